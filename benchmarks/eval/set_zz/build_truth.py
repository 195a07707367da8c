"""Build benchmarks/eval/set_zz/truth.jsonl from the annotation specs below (same format as set T).

Set ZZ (analytical and reference formats) is written in set T's format, using the shared helpers in
benchmarks/eval/annotate.py, plus the fields the shared README (../README.md) lists and set T's helpers
leave out: casualty ``low``/``high``, date ``basis``, location ``country``, distance ``value``/``qualifier``
and population ``qualifier``. Every normalised date is checked against the article's reference
(publication) date with ``datetime``: no annotated date may lie after it.

    .venv/bin/python benchmarks/eval/set_zz/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate as an  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, build, cur  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zz/articles/"

SPECS = Specs()
spec = SPECS.register

# Reference date of each article: the header's ``published`` or, without a header, the dateline/page
# line date. Used for the date sanity check only (no normalised date may be later).
REF: dict[str, str] = {}

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "oct", "nov", "dec")


def bounds(value, q):
    """low/high per the shared README: at_least N -> N..; more_than/over N -> N+1..; nearly/up_to -> ..N."""
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)


def K(kind, ctx, value, q="exact", low=None, high=None, nth=None):
    """Casualty claim with low/high; for ``unspecified`` (vague words, ranges) pass low/high."""
    rec = an.K(kind, ctx, value, q, nth)
    if q == "unspecified":
        rec["low"], rec["high"] = low, high
    else:
        rec["low"], rec["high"] = bounds(value, q)
    return rec


def D(ctx, norm, end=None, basis=None, nth=None):
    """Date claim with ``basis`` (inferred unless given) and the reference-date check."""
    rec = an.D(ctx, norm, end, nth)
    if basis is None:
        words = re.findall(r"[a-z]+", rec["anchor"].lower())
        if any(ch.isdigit() for ch in rec["anchor"]) or any(w in MONTHS for w in words):
            basis = "explicit"
        elif any(w in an.WEEKDAYS for w in words):
            basis = "weekday"
        else:
            basis = "relative"
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec["basis"] = basis
    ref = dt.date.fromisoformat(REF[cur().name])
    assert dt.date.fromisoformat(rec["normalized_end"]) <= ref, (rec, ref)
    return rec


def country_of(code, name):
    if code:
        return code[:2]
    n = name.lower()
    if "tajik" in n and "afghan" not in n:
        return "TJ"
    if "afghan" in n and "tajik" not in n:
        return "AF"
    return None


def L(ctx, code, prec, role="place", country="derive", nth=None):
    rec = an.L(ctx, code, prec, role, nth)
    rec["country"] = country_of(code, rec["anchor"]) if country == "derive" else country
    if prec == "border":
        assert rec["country"] is None, rec
    return rec


_auto = an.auto_locations


def auto_locations(a, gaz):
    """The shared gazetteer pass, then ``country`` for the claims it added."""
    _auto(a, gaz)
    for c in a.claims:
        if c["kind"] == "location" and "country" not in c:
            c["country"] = None if c["precision"] == "border" else country_of(c["admin1_code"], c["anchor"])


an.auto_locations = auto_locations  # build() looks the name up in annotate at call time


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    """Distance; miles (also "mi") -> km with 1.609344, one decimal."""
    u = unit.lower()
    if u.startswith("kilomet") or u == "km":
        km = float(value)
    elif u.startswith("mile") or u == "mi":
        km = round(value * an.MILE, 1)
    elif u.startswith("met") or u == "m":
        km = value / 1000
    else:
        raise ValueError(unit)
    return cur().add("distance", ctx, nth, value=value, value_km=km, qualifier=q, measures=measures,
                     unit=unit)


def P(ctx, value, q="exact", nth=None):
    return cur().add("population", ctx, nth, value=value, qualifier=q)


def ROW(label, cells):
    """Table row: the numbers after ``label`` on its (unique) line, in order, one casualty claim each.

    ``cells`` is a list of (kind, value) or (kind, value, qualifier)."""
    text = cur().text
    hits = [m.start() for m in re.finditer(re.escape(label), text) if m.start() >= cur().body]
    assert len(hits) == 1, (cur().name, label, hits)
    line_start = text.rfind("\n", 0, hits[0]) + 1
    line_end = text.find("\n", hits[0])
    after = hits[0] + len(label)
    nums = list(re.finditer(r"\d+", text[after:line_end]))
    assert len(nums) == len(cells), (cur().name, label, [m.group() for m in nums])
    for m, cell in zip(nums, cells, strict=True):
        kind, value, *rest = cell
        s = after + m.start()
        ctx = text[line_start:s] + "[" + m.group() + "]"
        assert int(m.group()) == value, (label, m.group(), value)
        K(kind, ctx, value, *rest)


BT = "Tajikistan's Border Troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, set T's judgement calls
# where they apply, and the calls listed in set_zz/README.md. Locations not written with L(...) are
# added from the gazetteer (set T's copy) by the shared pass.
# --------------------------------------------------------------------------------------------------


@spec("eval_zz01_quarterly_assessment.txt")
def _zz01():  # published 2024-07-16 (Tuesday); covers April-June 2024
    REF[cur().name] = "2024-07-16"
    ME = "Frontier Risk Analytics"
    D("Tajik-Afghan border | [Q2 2024]", "2024-04-01", "2024-06-30")
    D("[The second quarter of 2024]", "2024-04-01", "2024-06-30")
    K("killed", "At least [ten] people", 10, "at_least")
    K("injured", "and [four] were injured", 4)
    K("detained", "[six] were detained", 6)
    D("[12-13 Apr]", "2024-04-12", "2024-04-13")
    A("Border Troops [said] two", OS, BT)
    K("killed", "said [two] servicemen", 2)
    K("injured", "and [three] wounded", 3)
    K("killed", "[One] of the wounded died", 1)
    D("died on [18 April]", "2024-04-18")
    K("killed", "toll to [three]", 3)
    K("killed", "[Three] attackers", 3)
    K("detained", "and [two] detained", 2)
    A("[according to the Border Troops]", OS, BT)
    A("outlets [put] the attackers'", REP, "Afghan outlets")
    K("killed", "dead at [four]", 4)
    A("ministry [denied]", DEN, "the Taliban defence ministry")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    D("[7 May], near", "2024-05-07")
    K("killed", "[One] smuggler", 1)
    K("detained", "and [two] were detained; no", 2)
    K("injured", "[no] border guards were hurt", 0)
    D("[3 Jun], Imam", "2024-06-03")
    A("Local media [reported]", REP, "local media")
    K("killed", "up to [five] dead", 5, "up_to")
    A("Provincial police [said]", OS, "Kunduz provincial police")
    K("killed", "police said [two]", 2)
    D("[Mid-June], Namadgut", "2024-06-11", "2024-06-20")
    W("[anti-personnel mine]", "mine")
    K("killed", "[A] 14-year-old shepherd", 1)
    K("injured", "his [uncle] injured", 1)
    D("[Year to date]", "2024-01-01", "2024-07-16")
    D("[1 January and 30 June]", "2024-01-01", "2024-06-30")
    A("our log [counts]", REP, ME)
    K("killed", "counts [15] deaths", 15)
    K("killed", "against [six] in", 6)
    D("[the same period of 2023]", "2023-01-01", "2023-06-30", basis="relative")
    K("killed", "[Nine] of this year's", 9)
    D("Nine of [this year]'s", "2024-01-01", "2024-07-16")
    W("[Rifles]", "small_arms")
    W("[grenades]", "grenade")
    W("[drones]", "drone")
    X("the [1,344 km] frontier", 1344, "km", "TJ-AF border")


@spec("eval_zz02_regional_overview.txt")
def _zz02():  # no header; page line "Published 19 March 2025" (Wednesday); covers 8-14 March 2025
    REF[cur().name] = "2025-03-19"
    PROJ = "Border Conflict Monitoring Project"
    D("[8-14 March 2025]", "2025-03-08", "2025-03-14")
    D("Published [19 March 2025]", "2025-03-19", basis="dateline")
    L("the [Tajikistan-Afghanistan frontier]", None, "border")
    A("project [recorded] seven", REP, PROJ)
    D("[the week before]", "2025-03-01", "2025-03-07", basis="relative")
    K("killed", "and [6] reported fatalities", 6)
    D("On [9 March], Taliban", "2025-03-09")
    A("Provincial police [said]", OS, "Kunduz provincial police")
    K("killed", "said [three] smugglers", 3)
    K("killed", "and [one] member", 1)
    A("residents [told] media", REP, "local residents")
    K("killed", "as many as [seven]", 7, "up_to")
    K("killed", "among them [two] boys", 2)
    A("project [codes]", REP, PROJ)
    K("killed", "codes [four] fatalities", 4)
    D("[Two days later]", "2025-03-11", basis="relative")
    D("on [11 March]", "2025-03-11")
    K("detained", "detained [14] men", 14)
    A("troops [reported]", OS, BT)
    D("the [9 March] exchange", "2025-03-09")
    K("injured", "[no one] was hurt", 0)
    D("On [12 March]", "2025-03-12")
    K("detained", "detained [two] Tajik", 2)
    K("detained", "and [a third] person", 1)
    W("carrying [rifles]", "small_arms")
    D("On [Thursday, 13 March]", "2025-03-13")
    K("killed", "[a] conscript was found dead", 1)
    A("Border Troops [attributed]", OS, BT)
    K("injured", "[A] man was injured", 1)
    W("[explosive device]", "explosives")
    D("on [10 March]", "2025-03-10")
    A("Local sources [said]", REP, "local sources")
    K("missing", "[A second] man", 1)
    D("[1-7 March]", "2025-03-01", "2025-03-07")
    K("killed", "[one] fatality earlier", 1)
    A("source [retracted]", RET, "an unnamed source")
    D("for [that week]", "2025-03-01", "2025-03-07", basis="relative")
    K("killed", "at [2] fatalities", 2)


@spec("eval_zz03_data_mines_table.txt")
def _zz03():  # published 2025-04-04 (Friday); byline date in the body
    REF[cur().name] = "2025-04-04"
    ME = "Data Desk Central Asia"
    W("four years of [mine] casualties", "mine")
    D("Aske | [4 April 2025]", "2025-04-04", basis="dateline")
    D("morning of [27 September 2024]", "2024-09-27")
    W("[anti-personnel mine]", "mine")
    K("killed", "[One], aged 17", 1)
    K("injured", "his [brother] was", 1)
    K("injured", "[A] cousin", 1)
    W("every [mine] and", "mine")
    W("mine and [explosive-remnant] casualty we", "explosives")
    W("[Mine] and explosive-remnant casualties, border", "mine")
    W("Mine and [explosive-remnant] casualties, border", "explosives")
    A("districts ([our count])", REP, ME)
    ROW("2021 |", [("killed", 0), ("injured", 2), ("killed", 9), ("injured", 14)])
    ROW("2022 |", [("killed", 2), ("injured", 2), ("killed", 7), ("injured", 10, "about")])
    ROW("2023 |", [("killed", 1), ("injured", 4), ("killed", 12), ("injured", 19)])
    ROW("2024 |", [("killed", 3), ("injured", 5), ("killed", 8), ("injured", 13)])
    A("we [count]", REP, ME)
    K("killed", "count [6] deaths", 6)
    K("injured", "and [13] injuries", 13)
    K("killed", "at least [36] deaths", 36, "at_least")
    A("agency [reported]", OS, "Tajikistan's national demining agency")
    K("killed", "reported [two] deaths", 2)
    K("injured", "and [two] injuries", 2)
    A("office [put] the 2024 toll", OS, "a UN humanitarian office")
    K("killed", "at [11] dead", 11)
    K("injured", "and [15] injured", 15)
    W("[unexploded ordnance]", "explosives")
    X("within [2 kilometres]", 2, "kilometres", q="up_to")
    A("[according to the provincial hospital in Fayzabad]", OS, "the provincial hospital in Fayzabad")


@spec("eval_zz04_court_judgement_summary.txt")
def _zz04():  # no header; "Judgement delivered on 28 January 2025" (Tuesday)
    REF[cur().name] = "2025-01-28"
    SKIP("Regional Court of Khatlon Province")
    D("delivered on [28 January 2025]", "2025-01-28", basis="dateline")
    D("on [the night of 12 to 13 April 2024]", "2024-04-12", "2024-04-13")
    K("detained", "[Two] of the accused", 2)
    K("detained", "[The third], a citizen", 1)
    D("Kulob on [2 May 2024]", "2024-05-02")
    D("opened on [9 December 2024]", "2024-12-09")
    A("The court [found]", OS, "the court")
    L("Panj from [Afghanistan]", None, "country", role="origin")
    W("[automatic rifles]", "small_arms")
    W("[grenade launcher]", "rpg")
    K("killed", "[Two] servicemen were killed", 2)
    K("killed", "[A third] died", 1)
    D("Kulob on [18 April 2024]", "2024-04-18")
    K("injured", "[Two] other servicemen", 2)
    K("killed", "[Three] of the attackers", 3)
    A("defendant [argued]", REP, "counsel for the third defendant")
    A("defence also [disputed]", DEN, "the defence")
    A("prosecution's [claim]", OS, "the prosecution")
    K("killed", "that [a fourth] attacker", 1)
    W("Two [rifles] seized", "small_arms")


@spec("eval_zz05_landmine_monitor_extract.txt")
def _zz05():  # published 2025-11-20 (Thursday); covers casualties in 2024
    REF[cur().name] = "2025-11-20"
    ME = "Mine Watch Monitor"
    L("[TAJIKISTAN]\nCasualties", None, "country")
    D("casualties to [31 December 2024]", "2024-12-31")
    W("907 [mine]/ERW", "mine")
    W("907 mine/[ERW]", "explosives")
    K("killed", "([377] killed", 377)
    K("injured", "[530] injured", 530)
    K("killed", "outcome: [2] killed", 2)
    K("injured", "killed; [5] injured", 5)
    K("killed", "(2023: [3] killed", 3)
    K("injured", "killed; [2] injured)", 2)
    W("5 [antipersonnel mine]", "mine")
    W("[explosive remnants of war]", "explosives")
    W("war ([ERW])", "explosives")
    A("the Monitor [recorded]", REP, ME)
    K("killed", "recorded [two] people", 2)
    K("injured", "and [five] injured", 5)
    W("by [mines] and ERW", "mine")
    W("mines and [ERW] in", "explosives")
    A("[according to data provided by TNMAC]", OS, "TNMAC (national mine action centre)")
    K("injured", "except [one] deminer", 1)
    K("injured", "accounted for [three] of the injured", 3)
    D("On [27 September 2024]", "2024-09-27")
    K("killed", "[a] 17-year-old shepherd", 1)
    K("injured", "and [two] of his relatives", 2)
    W("by an [antipersonnel mine] on", "mine")
    D("In [mid-May 2024]", "2024-05-11", "2024-05-20")
    K("injured", "[a] deminer was injured", 1)
    A("TNMAC [stated]", OS, "TNMAC")
    K("injured", "[A further casualty]", 1)
    W("[unexploded ordnance]", "explosives")
    D("in [July 2024]", "2024-07-01", "2024-07-31")
    A("was [reported by local media]", REP, "local media")
    A("project, which [counted]", REP, "a regional data project")
    K("killed", "counted [three] deaths", 3)
    K("killed", "relates to [a] man who died", 1)
    D("in [December 2024]", "2024-12-01", "2024-12-31")
    A("TNMAC [classified]", OS, "TNMAC")
    W("a [mine] casualty", "mine")
    A("authorities [reported]", OS, "Afghan mine action authorities")
    K("killed", "reported [9] people", 9)
    K("injured", "and [14] injured", 14)
    D("TNMAC, [14 May 2025]", "2025-05-14", nth=0)
    D("TNMAC, [14 May 2025]", "2025-05-14", nth=1)
    D("Pamir Today, [28 September 2024]", "2024-09-28")
    D("figures, [April 2025]", "2025-04-01", "2025-04-30")
    D("Kabul, [2 June 2025]", "2025-06-02")


@spec("eval_zz06_policy_paper_annex.txt")
def _zz06():  # published 2023-06-12 (Monday); chronology August 2021 - May 2023
    REF[cur().name] = "2023-06-12"
    D("incidents, [August 2021 - May 2023]", "2021-08-01", "2023-05-31")
    D("[2021-11-06]", "2021-11-06")
    K("killed", "[One] is killed", 1)
    K("detained", "and [five] are detained", 5)
    D("[2022-03-18]", "2022-03-18")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("injured", "wounds [two] road workers", 2)
    A("Darwaz [deny]", DEN, "Taliban officials in Darwaz")
    D("[2022-09-30]", "2022-09-30")
    K("detained", "detain [eight] men", 8)
    K("killed", "[a ninth] man drowns", 1)
    D("[2023-01-14]", "2023-01-14")
    K("killed", "[No casualties]", 0)
    K("injured", "[No casualties]", 0)
    A("casualties [reported] by either side", OS, "both sides")
    A("each [blames]", OS, "both sides")
    D("[2023-04-02 to 2023-04-04]", "2023-04-02", "2023-04-04")
    K("killed", "[Three] smugglers killed", 3)
    A("[according to the Border Troops]", OS, BT)
    A("outlet [put the figure]", REP, "an Afghan outlet (Ruzgar)")
    K("killed", "figure at [five]", 5)
    D("[2023-05-27]", "2023-05-27")
    L("[Panji Poyon] crossing", "TJ-KT", "site")
    K("killed", "[A] lorry driver", 1)
    K("injured", "and [two] passengers", 2)
    A("Police later [revised]", OS, "Khatlon police")
    K("injured", "wounded to [three]", 3)
    D("release, [7 November 2021]", "2021-11-07")
    D("statement, [18 March 2022]", "2022-03-18")
    A("denial was [reported by] Amu Khabar", REP, "Amu Khabar")
    D("on [20 March 2022]", "2022-03-20")
    A("as [quoted by]", REP, "Ruzgar")
    D("Ruzgar, [1 October 2022]", "2022-10-01")
    D("sides, [14-15 January 2023]", "2023-01-14", "2023-01-15")
    D("Border Troops, [5 April 2023]", "2023-04-05")
    D("Ruzgar, [6 April 2023]", "2023-04-06")
    D("of [27] and 29 May", "2023-05-27")
    D("27 and [29 May 2023]", "2023-05-29")


@spec("eval_zz07_encyclopedia_list.txt")
def _zz07():  # published (revision date) 2025-12-02 (Tuesday)
    REF[cur().name] = "2025-12-02"
    L("on the [Tajikistan–Afghanistan border]", None, "border")
    D("power in [August 2021]", "2021-08-01", "2021-08-31")
    W("and [mine] explosions", "mine")
    X("The [1,344-kilometre]", 1344, "kilometre", "TJ-AF border")
    X("([835 mi])", 835, "mi", "TJ-AF border")
    D("- [18 March 2022]", "2022-03-18")
    K("injured", "[Two] Tajik road workers", 2)
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    D("- [14 January 2023]", "2023-01-14")
    K("injured", "[No injuries]", 0)
    D("- [12–13 April 2024]", "2024-04-12", "2024-04-13")
    K("killed", "killing [two] Tajik servicemen", 2)
    K("injured", "wounding [three]", 3)
    K("killed", "[one] of whom died", 1)
    D("on [18 April 2024]", "2024-04-18")
    K("killed", "[Three] attackers", 3)
    K("detained", "and [two] captured", 2)
    D("in [January 2025]", "2025-01-01", "2025-01-31")
    D("- [3 August 2024]", "2024-08-03")
    K("killed", "killing [four] people", 4)
    K("killed", "([three] workers", 3)
    K("killed", "and [a] guard", 1)
    K("injured", "injuring [six]", 6)
    K("killed", "[A fifth] victim", 1)
    D("in [September 2024]", "2024-09-01", "2024-09-30")
    A("government [said]", OS, "the Tajik government")
    L("come from [Darwaz]", "AF-BDS", "district", role="origin")
    L("Darwaz in [Afghanistan]", None, "country", role="origin")
    A("the Taliban [denied]", DEN, "the Taliban")
    D("- [27 September 2024]", "2024-09-27")
    K("killed", "[A] 17-year-old shepherd", 1)
    W("a [landmine]", "mine")
    D("- [9 March 2025]", "2025-03-09")
    K("killed", "between [4 and 7] people", None, "unspecified", low=4, high=7)
    A("Local residents [reported]", REP, "local residents")
    K("killed", "[two] of the dead", 2)
    D("- [Mid-June 2025]", "2025-06-11", "2025-06-20")
    K("missing", "[A] Tajik border guard", 1)
    K("killed", "[a] body was recovered", 1)
    D("recovered [three days later]", "2025-06-14", "2025-06-23", basis="relative")


@spec("eval_zz08_statistical_yearbook_note.txt")
def _zz08():  # no header; page line "Dushanbe, 29 April 2022" (Friday); covers 2019-2021
    REF[cur().name] = "2022-04-29"
    D("Dushanbe, [29 April 2022]", "2022-04-29", basis="dateline")
    L("Farkhor, [Panj], Shamsiddin", "TJ-KT", "district")
    P("of [3.5 million]", 3500000)
    D("at [1 January 2022]", "2022-01-01")
    P("about [230,000]", 230000, "about")
    P("of [9.75 million]", 9750000)
    ROW("Persons killed", [("killed", 1), ("killed", 0), ("killed", 4)])
    ROW("  of which servicemen", [("killed", 0), ("killed", 0), ("killed", 2)])
    ROW("Persons injured", [("injured", 2), ("injured", 3), ("injured", 7)])
    ROW("  crossing of the border", [("detained", 31), ("detained", 24), ("detained", 58)])
    ROW("Persons reported missing", [("missing", 0), ("missing", 0), ("missing", 2)])
    D("after [mid-August]", "2021-08-11", "2021-08-20")
    K("killed", "[Four] persons were killed", 4)
    K("killed", "[two] of them servicemen", 2)
    K("injured", "and [seven] were injured", 7)
    K("detained", "Of the [58] persons", 58)
    K("detained", "[41] were citizens", 41)
    K("missing", "[Two] fishermen", 2)
    D("in [October 2021]", "2021-10-01", "2021-10-31")
    D("by [31 December]", "2021-12-31")
    A("[compiled] from the reports", OS, "the Border Troops and district internal affairs departments")
    A("border zone, [recorded] five", OS, "the Ministry of Internal Affairs")
    K("killed", "recorded [five] deaths", 5)
    A("have been [revised]", RET, "the statistical yearbook")
    A("yearbook [gave]", RET, "the previous edition of the yearbook")
    K("injured", "gave [two] persons", 2)


@spec("eval_zz09_press_freedom_section.txt")
def _zz09():  # published 2022-05-03 (Tuesday); covers September 2021 - March 2022
    REF[cur().name] = "2022-05-03"
    ME = "Press Freedom Watch"
    D("takeover in [August 2021]", "2021-08-01", "2021-08-31")
    L("the [Tajik-Afghan frontier]", None, "border")
    A("Watch [documented]", REP, ME)
    K("detained", "detention of [11] journalists", 11)
    D("between [September 2021 and March 2022]", "2021-09-01", "2022-03-31")
    K("detained", "[seven] of them in Afghanistan", 7)
    K("injured", "[None] of the detained", 0)
    D("On [14 October 2021]", "2021-10-14")
    K("detained", "detained [three] reporters", 3)
    K("killed", "of [a] man killed", 1)
    D("released [the next day]", "2021-10-15", basis="relative")
    D("In [January], two", "2022-01-01", "2022-01-31")
    K("detained", "[two] freelance photographers", 2)
    A("spokesman [said] they", DEN, "the Taliban's provincial spokesman")
    K("detained", "[Two] more media workers", 2)
    K("detained", "[Four] journalists were detained", 4)
    K("detained", "[Firuza Rahmonova], a correspondent", 1)
    D("Khorugh on [22 November 2021]", "2021-11-22")
    A("she [reported]", REP, "Firuza Rahmonova")
    K("killed", "that [five] border guards", 5)
    A("Border Troops [said] only", OS, BT)
    K("killed", "only [two] guards", 2)
    D("On [3 March], police", "2022-03-03")
    K("detained", "detained [a] cameraman", 1)
    A("office [told] us", DEN, "the Tajik ombudsman's office")
    D("us in [April]", "2022-04-01", "2022-04-30")
    K("detained", "that [no] journalists", 0)


@spec("eval_zz10_committee_hearing.txt")
def _zz10():  # no header; "hearing of Thursday, 23 May 2024"
    REF[cur().name] = "2024-05-23"
    NAZ = "Col. Nazarov, First Deputy Commander, Border Troops"
    D("hearing of [Thursday, 23 May 2024]", "2024-05-23", basis="dateline")
    D("On [the night of 12 to 13 April]", "2024-04-12", "2024-04-13")
    L("Panj from [Afghanistan]", None, "country", role="origin")
    K("killed", "[Two] servicemen were killed", 2)
    K("injured", "[three] were wounded", 3)
    D("On [18 April]", "2024-04-18")
    K("killed", "[Private Sharipov] died", 1)
    K("killed", "lost [three] men", 3)
    K("killed", "[Three] violators", 3)
    K("detained", "[two] were detained", 2)
    K("missing", "[A fourth] is believed", 1)
    A("channel [wrote]", REP, "a Telegram channel")
    D("on [14 April]", "2024-04-14")
    K("killed", "that [five] of our", 5)
    A("[spoke of]", REP, "a website in Dushanbe")
    K("killed", "at least [six] dead", 6, "at_least")
    A("[categorically deny]", DEN, NAZ)
    K("killed", "figures. [Three].", 3)
    K("killed", "Not [five]", 5)
    K("killed", "not [six].", 6)
    K("injured", "[No] civilians were hurt", 0)
    D("In [March last year]", "2023-03-01", "2023-03-31", basis="relative")
    K("killed", "[two] of our guards", 2)
    A("I would [add]", OS, NAZ)
    D("[since the beginning of the year]", "2024-01-01", "2024-05-23", basis="relative")
    K("detained", "[19] violators", 19)
    K("killed", "and [four] killed", 4)
    A("[According to the Afghan side]", OS, "the Afghan side")
    K("detained", "another [seven] members", 7)
    D("at [the end of April]", "2024-04-21", "2024-04-30", basis="explicit")


@spec("eval_zz11_week_in_review.txt")
def _zz11():  # published 2025-03-16 (Sunday); the Aqtepa clash on Sunday 9 March 2025
    REF[cur().name] = "2025-03-16"
    ME = "The Frontier Week"
    K("killed", "[5] - the Kunduz", 5)
    K("detained", "[14] - men detained", 14)
    K("killed", "[0] - casualties", 0)
    K("injured", "[0] - casualties", 0)
    D("happened [a week ago today]", "2025-03-09", basis="relative")
    A("spokesman [said] on Tuesday", OS, "the Kunduz police spokesman")
    D("said on [Tuesday]", "2025-03-11")
    K("killed", "that [a] wounded smuggler", 1)
    L("in [Kunduz] city", "AF-KDZ", "town")
    K("killed", "dead to [five]", 5)
    K("killed", "[four] smugglers", 4)
    K("killed", "and [one] border guard", 1)
    A("Residents still [say]", REP, "residents")
    K("killed", "say [seven]", 7)
    K("killed", "including the [two] boys", 2)
    A("Police [put the number]", OS, "Kunduz police")
    K("injured", "wounded at [three]", 3)
    K("detained", "detained [14] men", 14)
    D("Takhar on [11 March]", "2025-03-11")
    A("[according to relatives]", REP, "relatives")
    K("detained", "[three] remain in custody", 3)
    K("missing", "[A] man reported missing", 1)
    K("killed", "[A] man reported missing", 1)
    D("Rushon district, on [Monday]", "2025-03-10")
    D("found dead on [Thursday]", "2025-03-13")
    X("about [400 metres]", 400, "metres", q="about")
    A("local officials [said]", OS, "local officials")
    K("injured", "His [companion]", 1)
    A("Police [think]", OS, "police")
    W("old [mortar] round", "mortar")
    K("injured", "\"[No one] was injured", 0)
    A("spokesman [told] us", OS, "a Border Troops spokesman")
    L("from the [Aqtepa] fight", "AF-KDZ", "village", role="origin")
    D("[Last week] we wrote", "2025-03-09", "2025-03-15", basis="relative")
    A("we [wrote]", RET, ME)
    K("killed", "that [two] fishermen", 2)
    D("Poyon on [5 March]", "2025-03-05")
    K("killed", "fact [one] drowned", 1)


@spec("eval_zz12_one_year_on_shkev.txt")
def _zz12():  # no header; dateline "KHORUGH, 3 August 2025" (Sunday); the attack on 3 August 2024
    REF[cur().name] = "2025-08-03"
    TS = "the Taliban's provincial spokesman in Fayzabad"
    L("[KHORUGH], 3 August", "TJ-GB", "town")
    D("KHORUGH, [3 August 2025]", "2025-08-03", basis="dateline")
    D("[A year ago today]", "2024-08-03", basis="relative")
    K("killed", "[Four] people were killed", 4)
    D("killed [that night]", "2024-08-03", basis="relative")
    K("killed", "[three] road workers", 3)
    K("killed", "and [a] night watchman", 1)
    K("injured", "[Six] were wounded", 6)
    K("killed", "and [one] of them", 1)
    D("hospital in [September]", "2024-09-01", "2024-09-30")
    K("killed", "toll to [five]", 5)
    K("missing", "[Two] more workers", 2)
    D("Qalaikhumb [two days later]", "2024-08-05", basis="relative")
    K("missing", "[the other], his cousin", 1)
    A("Internal Affairs [said]", OS, "the Ministry of Internal Affairs")
    W("[Kalashnikovs]", "small_arms")
    W("[grenade launcher]", "rpg")
    L("river from [Darwaz]", "AF-BDS", "district", role="origin")
    L("Darwaz in [Afghanistan]", None, "country", role="origin")
    A("Fayzabad [rejected]", DEN, TS)
    D("accusation [the same day]", "2024-08-03", basis="relative")
    A("he [told] reporters", DEN, TS)
    D("In [January] the prosecutor's", "2025-01-01", "2025-01-31")
    A("office [said]", OS, "the prosecutor's office")
    A("Relatives of the dead [say]", REP, "relatives of the dead")
    K("killed", "say [six] people", 6)
    A("crew [lists]", REP, "the contractor that employed the crew")
    K("killed", "lists [four] dead", 4)
    D("paid only in [March]", "2025-03-01", "2025-03-31")
    D("resumed in [April]", "2025-04-01", "2025-04-30")
    A("company [says]", REP, "the contractor")
    K("injured", "[no one] on the crew", 0)
    X("[40 kilometres]", 40, "kilometres")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zz*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
