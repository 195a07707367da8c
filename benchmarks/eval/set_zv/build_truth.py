"""Build benchmarks/eval/set_zv/truth.jsonl from the annotation specs below (format of sets B–T).

Modelled on set T's builder. The anchor/offset machinery (context strings with the anchor in square
brackets, occurrence counting, gazetteer auto-locations, the final anchor and offset checks) is the
shared benchmarks/eval/annotate.py. Set ZV writes every field the shared README (../README.md) lists:

* casualties: value, low, high, qualifier, group, side (low/high derived from the qualifier; ranges
  such as "6–8" or "four or five" are one claim with value null, low/high the ends, qualifier
  "unspecified");
* dates: normalized, normalized_end, basis (explicit, weekday, relative, dateline); every date is
  checked against the article's reference (publication) date, weekdays against the calendar;
* locations: admin1_code, precision, country, role (country filled in for gazetteer auto-locations);
* distances: value, unit, value_km, qualifier, measures.

    .venv/bin/python benchmarks/eval/set_zv/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, Specs, build, cur  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zv/articles/"

SPECS = Specs()
spec = SPECS.register

WEEKDAYS = annotate.WEEKDAYS
MILE = annotate.MILE
SIDES = ("civilian", "security_forces", "militants", "foreign_nationals", None)
REF: dict[str, dt.date] = {}  # article name -> reference date


def ref(iso: str) -> None:
    """Declare the reference date of the article being annotated (header `published` or dateline)."""
    REF[cur().name] = dt.date.fromisoformat(iso)


def _bounds(value, q):
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)


def K(kind, ctx, value, q="exact", group="", side=None, nth=None, low=None, high=None, note=None):
    """Casualty figure. For q="unspecified" (vague words, ranges) pass low/high explicitly."""
    assert kind in ("killed", "injured", "missing", "detained")
    assert side in SIDES, side
    if q == "unspecified":
        assert value is None
        lo, hi = low, high
    else:
        assert value is not None and low is None and high is None
        lo, hi = _bounds(value, q)
    fields = dict(value=value, low=lo, high=hi, qualifier=q, group=group, side=side)
    if note:
        fields["note"] = note
    return cur().add(kind, ctx, nth, **fields)


def R(kind, ctx, low, high, group="", side=None, nth=None):
    """A range of figures stated as one ("6–8", "four or five"): value null, low/high its ends."""
    return K(kind, ctx, None, "unspecified", group, side, nth, low=low, high=high,
             note="range of figures stated as one claim")


def K0(ctx, group="", side=None, nth=None):
    """A zero covering both deaths and injuries ("no casualties", "No one was killed or injured")."""
    K("killed", ctx, 0, group=group, side=side, nth=nth)
    K("injured", ctx, 0, group=group, side=side, nth=nth)


def D(ctx, norm, end=None, basis="explicit", nth=None, note=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    fields = dict(normalized=norm, normalized_end=end or norm, basis=basis)
    if note:
        fields["note"] = note
    rec = cur().add("date", ctx, nth, **fields)
    days = [w for w in WEEKDAYS if w in rec["anchor"].lower()]
    if days and end is None:
        d = dt.date.fromisoformat(norm)
        assert WEEKDAYS[d.weekday()] == days[0], (rec, WEEKDAYS[d.weekday()])
    start, stop = dt.date.fromisoformat(rec["normalized"]), dt.date.fromisoformat(rec["normalized_end"])
    assert start <= stop, rec
    assert stop <= REF[cur().name], (rec, "after the reference date")
    return rec


def L(ctx, code, prec, country, role="place", nth=None):
    assert role in ("place", "origin") and country in ("TJ", "AF", None)
    return cur().add("location", ctx, nth, name=None, admin1_code=code, precision=prec,
                     country=country, role=role)


def W(ctx, weapon, nth=None):
    assert weapon in ("drone", "grenade", "firearms", "small_arms", "explosives", "mortar",
                      "artillery", "rocket", "mine", "rpg")
    return cur().add("weapon", ctx, nth, weapon=weapon)


def X(ctx, value, unit, q="exact", measures=None, nth=None):
    u = unit.lower()
    if u.startswith("kilomet") or u == "km":
        km = float(value)
    elif u.startswith("mile"):
        km = round(value * MILE, 1)
    elif u.startswith("met") or u == "m":
        km = value / 1000
    else:
        raise ValueError(unit)
    return cur().add("distance", ctx, nth, value=value, unit=unit, value_km=km, qualifier=q,
                     measures=measures)


def A(ctx, stance, source, nth=None):
    assert stance in (REP, OS, DEN, RET)
    return cur().add("attribution", ctx, nth, stance=stance, source=source)


def cells(kind, row, values, group="", side=None):
    """Plain-text table row: the i-th figure after the row label gets values[i].

    ``values`` items are an int (exact), a (low, high) tuple (a range cell such as "5–6"), or None to
    skip a column. The context of each cell is the row from its label up to the cell, so it is unique.
    """
    a = cur()
    m = re.search(r"^" + re.escape(row) + r"(.*)$", a.text[a.body:], re.M)
    assert m, (a.name, "row not found", row)
    line = m.group(0)
    toks = list(re.finditer(r"\S+", line[len(row):]))
    assert len(toks) >= len(values), (row, toks)
    for tok, v in zip(toks, values):
        if v is None:
            continue
        s, e = len(row) + tok.start(), len(row) + tok.end()
        ctx = line[:s] + "[" + line[s:e] + "]"
        if isinstance(v, tuple):
            R(kind, ctx, v[0], v[1], group, side)
        else:
            assert str(v) == tok.group(0), (row, tok.group(0), v)
            K(kind, ctx, v, group=group, side=side)


def _auto_locations_with_country(a, gaz):
    """annotate.auto_locations, then the `country` field the shared README lists for locations."""
    _orig_auto(a, gaz)
    for c in a.claims:
        if c["kind"] != "location":
            continue
        c.setdefault("name", None)
        c["name"] = c["anchor"]
        if "country" not in c:
            code = c["admin1_code"]
            if code:
                c["country"] = code[:2]
            elif c["anchor"] == "Tajikistan":
                c["country"] = "TJ"
            elif c["anchor"] == "Afghanistan":
                c["country"] = "AF"
            else:
                assert c["precision"] == "border", c
                c["country"] = None


_orig_auto = annotate.auto_locations
annotate.auto_locations = _auto_locations_with_country

BT = "Tajikistan's Border Troops"
FEDP = "Frontier Events Data Project"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# listed in set_zv/README.md.
# --------------------------------------------------------------------------------------------------


@spec("eval_zv01_quarterly_assessment.txt")
def _zv01():  # published 2024-07-15 (Monday); covers Q2 2024
    ref("2024-07-15")
    PRA = "Pamir Risk Analytics"
    D("assessment, [Q2 2024]\n", "2024-04-01", "2024-06-30")
    D("tense in [Q2 2024]", "2024-04-01", "2024-06-30")
    A("We [recorded] five", REP, PRA)
    D("casualties in [April–June]", "2024-04-01", "2024-06-30")
    D("three in [Q1 2024]", "2024-01-01", "2024-03-31")
    K("killed", "At least [nine] people", 9, "at_least", "people killed in the quarter")
    K("injured", "up to [seven] injured", 7, "up_to", "people injured in the quarter")
    D("injured in the [quarter]", "2024-04-01", "2024-06-30", "relative")
    D("1. [3 Apr]", "2024-04-03")
    L("the Panj from [Afghanistan]", None, "country", "AF", "origin")
    A("Border Troops [said] two", OS, BT)
    K("killed", "said [two] servicemen", 2, group="Tajik servicemen", side="security_forces")
    K("injured", "killed and [three] wounded", 3, group="Tajik servicemen", side="security_forces")
    K("killed", "that [four] attackers", 4, group="attackers", side="militants")
    A("outlets [put] the attackers'", REP, "Afghan outlets")
    K("killed", "dead at [six]", 6, group="attackers", side="militants")
    A("[Our estimate]", REP, PRA)
    R("killed", "estimate: [6–8] dead", 6, 8, "people killed in the Farkhor attack, all sides")
    D("2. [22 Apr]", "2024-04-22")
    K("injured", "[A] shepherd was wounded", 1, group="shepherd", side="civilian")
    W("a [landmine]", "mine")
    K0("[No other casualties]", group="others")
    D("3. [19 May]", "2024-05-19")
    K("detained", "detained [14] people", 14, group="people crossing with contraband")
    K("killed", "[One] of them, a Tajik citizen", 1, group="detainee (Tajik citizen), died in custody",
      side="civilian")
    D("custody [two days later]", "2024-05-21", basis="relative")
    A("[according to his family]", REP, "the detainee's family")
    D("4. [Mid-June]", "2024-06-11", "2024-06-20")
    L("Fire from the [Afghan bank]", None, "country", "AF", "origin")
    K("injured", "up to [three] workers", 3, "up_to", "road workers", "civilian")
    A("Local authorities [said]", OS, "local authorities in Darvoz")
    K("killed", "said [no one] was killed", 0, group="road crew", side="civilian")
    D("5. [27 Jun]", "2024-06-27")
    A("Taliban police [reported]", OS, "Taliban police")
    K("killed", "bodies of [two] men", 2, group="men (bodies recovered from the river)")
    K("missing", "[a third] man is still missing", 1, group="man")
    W("[Small-arms] fire", "small_arms")
    W("but [mines] along", "mine")
    D("press release, [4 April 2024]", "2024-04-04")
    A("Relatives [quoted by] Ovoz", REP, "Ovoz Weekly")
    D("Weekly, [24 May 2024]", "2024-05-24")


@spec("eval_zv02_event_data_overview.txt")
def _zv02():  # published 2025-05-28 (Wednesday); covers 17-23 May 2025
    ref("2025-05-28")
    D("[17-23 May 2025]\n", "2025-05-17", "2025-05-23")
    A("(FEDP) [recorded]", REP, FEDP)
    D("four [the week before]", "2025-05-10", "2025-05-16", "relative")
    K("killed", "to at least [5]", 5, "at_least", "reported fatalities in the week")
    D("figure [since February]", "2025-02-01", "2025-02-28")
    D("on [19 May] in", "2025-05-19")
    A("Provincial police [reported]", OS, "Takhar provincial police")
    K("killed", "reported [three] smugglers", 3, group="smugglers")
    K("detained", "and [two] arrested", 2, group="smugglers")
    A("outlet [put] the dead", REP, "a local outlet")
    R("killed", "\"[four or five]\"", 4, 5, "smugglers")
    A("FEDP [records] three", REP, FEDP)
    K("killed", "records [three] fatalities", 3, group="smugglers")
    D("On [21 May]", "2025-05-21")
    W("a [mortar] round", "mortar")
    K("injured", "injuring [two] children", 2, group="children", side="civilian")
    K("killed", "[no fatalities] were reported", 0, group="people near the school", side="civilian")
    D("on [20 May], a border", "2025-05-20")
    K("killed", "[a] border serviceman was killed", 1, group="Tajik border serviceman", side="security_forces")
    A("Border Troops [attributed]", OS, BT)
    L("from the [Afghan side]", None, "country", "AF", "origin")
    K("killed", "[A second] serviceman", 1, group="Tajik border serviceman (died of wounds)",
      side="security_forces")
    D("on [22 May], the", "2025-05-22")
    A("administration [said]", OS, "the regional administration")
    K("detained", "detained [eleven] Afghan", 11, group="Afghan nationals", side="foreign_nationals")
    D("on [23 May]; the", "2025-05-23")
    A("authorities [said] the men", OS, "the authorities")
    D("[since the start of 2025]", "2025-01-01", "2025-05-28")
    A("FEDP has [recorded]", REP, FEDP)
    K("killed", "and [38] reported fatalities", 38, group="reported fatalities since the start of 2025")


@spec("eval_zv03_data_table.txt")
def _zv03():  # published 2023-09-18 (Monday)
    ref("2023-09-18")
    D("border [this year]", "2023-01-01", "2023-09-18", "relative")
    D("from [January to August 2023]", "2023-01-01", "2023-08-31")
    D("[2023-01-14]", "2023-01-14")
    D("[2023-03-09]", "2023-03-09")
    D("[2023-05-27]", "2023-05-27")
    D("[2023-07-30]", "2023-07-30")
    cells("killed", "2023-01-14  Shahritus", [1], "killed (official figure)")
    cells("killed", "2023-01-14  Shahritus", [None, 1], "killed (media figure)")
    cells("injured", "2023-01-14  Shahritus", [None, None, 0], "injured")
    cells("killed", "2023-03-09  Dahana, Farkhor", [2], "killed (official figure)")
    cells("killed", "2023-03-09  Dahana, Farkhor", [None, 4], "killed (media figure)")
    cells("injured", "2023-03-09  Dahana, Farkhor", [None, None, 3], "injured")
    cells("killed", "2023-05-27  Ishkoshim", [0], "killed (official figure)")
    cells("killed", "2023-05-27  Ishkoshim", [None, 0], "killed (media figure)")
    cells("injured", "2023-05-27  Ishkoshim", [None, None, 2], "injured")
    cells("killed", "2023-07-30  Qalaikhumb", [3], "killed (official figure)")
    cells("killed", "2023-07-30  Qalaikhumb", [None, (5, 6)], "killed (media figure)")
    cells("injured", "2023-07-30  Qalaikhumb", [None, None, 1], "injured")
    cells("killed", "Total", [6], "killed, total (official figures)")
    cells("killed", "Total", [None, (10, 11)], "killed, total (media figures)")
    cells("injured", "Total", [None, None, 6], "injured, total")
    A("[Sources]: Border", REP, "Border Troops press releases; media reports compiled by The Data Desk")
    D("In [March], officials", "2023-03-01", "2023-03-31")
    A("officials [counted]", OS, "Tajik officials")
    K("killed", "counted [two] dead guards", 2, group="Tajik border guards", side="security_forces")
    A("outlets [reported] four", REP, "Afghan and Tajik independent outlets")
    K("killed", "reported [four] deaths", 4, group="people killed at the Dahana post")
    K("killed", "including [two] attackers", 2, group="attackers", side="militants")
    D("In [July], the official", "2023-07-01", "2023-07-31")
    A("the [official toll]", OS, "Tajik officials")
    K("killed", "was [three], while", 3, group="people killed near Qalaikhumb")
    A("media [put] it at", REP, "media")
    R("killed", "at [five or six]", 5, 6, "people killed near Qalaikhumb")
    A("spokesman [told] us", OS, "a Border Troops spokesman")
    D("us in [June] that", "2023-06-01", "2023-06-30")
    A("Border Troops [say] they", OS, BT)
    K("detained", "detained [87]", 87, group="border violators")
    D("in [the first half of the year]", "2023-01-01", "2023-06-30", "relative")


@spec("eval_zv04_court_judgment_summary.txt")
def _zv04():  # no header; page line "Bokhtar, 9 December 2024" (Monday)
    ref("2024-12-09")
    D("Bokhtar, [9 December 2024]", "2024-12-09", basis="dateline")
    D("On [the night of 2 to 3 April 2024]", "2024-04-02", "2024-04-03")
    L("river from [Afghanistan]", None, "country", "AF", "origin")
    W("with [Kalashnikov rifles]", "small_arms")
    W("a [grenade launcher]", "rpg")
    K("killed", "[Two] servicemen of", 2, group="Border Troops servicemen", side="security_forces")
    K("injured", "and [three] were wounded", 3, group="Border Troops servicemen", side="security_forces")
    K("killed", "[Four] attackers", 4, group="attackers", side="militants")
    K("detained", "The [three] defendants were detained", 3, group="attackers (the defendants)",
      side="militants")
    D("detained [the next morning]", "2024-04-03", basis="relative")
    A("prosecutor [submitted]", OS, "the prosecutor")
    L("based in [Kunduz] province", "AF-KDZ", "region", "AF", "origin")
    K("killed", "that [a fifth] attacker", 1, group="attacker (drowned, per the prosecution)",
      side="militants")
    A("court [rejected] this allegation", DEN, "the court")
    A("defendant [argued]", DEN, "counsel for the first defendant")
    A("court [rejected] this argument", DEN, "the court")


@spec("eval_zv05_landmine_monitor_extract.txt")
def _zv05():  # no header; "Last updated 14 November 2022" (Monday)
    ref("2022-11-14")
    MAO = "Mine Action Observatory"
    L("[TAJIKISTAN]: CASUALTIES", None, "country", "TJ")
    D("Last updated [14 November 2022]", "2022-11-14", basis="dateline")
    K("killed", "([383] killed", 383, group="mine/ERW casualties 1992-2021")
    K("injured", "[500] injured", 500, group="mine/ERW casualties 1992-2021")
    K("killed", "([2] killed; 4", 2, group="mine/ERW casualties 2021")
    K("injured", "2 killed; [4] injured", 4, group="mine/ERW casualties 2021")
    K("killed", "([1] killed; 8", 1, group="mine/ERW casualties 2020")
    K("injured", "1 killed; [8] injured", 8, group="mine/ERW casualties 2020")
    A("Observatory [identified]", REP, MAO)
    W("of [mines] and explosive", "mine")
    W("[explosive remnants of war]", "explosives")
    W("([ERW])", "explosives")
    K("killed", "[two] people killed", 2, group="mine/ERW casualties 2021", side="civilian")
    K("injured", "and [four] injured", 4, group="mine/ERW casualties 2021", side="civilian")
    A("centre [recorded] eight", OS, "the national mine action centre")
    D("on [27 August 2021]", "2021-08-27")
    W("[anti-personnel mine]", "mine")
    K("killed", "killed [two] boys", 2, group="boys herding goats", side="civilian")
    K("injured", "[a third] boy", 1, group="boy", side="civilian")
    D("As of [30 September 2022]", "2022-09-30")
    D("reported [this year]", "2022-01-01", "2022-11-14", "relative")
    K("injured", "[a] shepherd who lost", 1, group="shepherd", side="civilian")
    D("in [early May]", "2022-05-01", "2022-05-10")
    K("injured", "[a] deminer injured", 1, group="deminer", side="civilian")
    D("in [mid-July]", "2022-07-11", "2022-07-20")
    A("centre [told] the Observatory", OS, "the national mine action centre")
    K("killed", "that [no] deminer", 0, group="deminers", side="civilian")
    A("Observatory [found]", REP, MAO)


@spec("eval_zv06_policy_paper_annex.txt")
def _zv06():  # published 2025-11-28 (Friday)
    ref("2025-11-28")
    D("[September 2021] –", "2021-09-01", "2021-09-30")
    K("detained", "about [40] Afghans", 40, "about", "Afghans who crossed", "foreign_nationals")
    D("[14 March 2022] –", "2022-03-14")
    K("killed", "[One] Tajik guard killed", 1, group="Tajik guard", side="security_forces")
    A("killed ([Border Troops])", OS, BT)
    A("Afghan sources [report]", REP, "Afghan sources")
    K0("report [no casualties]", group="Afghan side")
    D("[Late 2023] –", "2023-09-01", "2023-12-31",
      note="'late <year>' taken as 1 Sep - 31 Dec, the mirror of the README's 'early <year>'")
    W("[drone] sightings", "drone")
    K0("Darvoz; [no casualties]")
    A("Border Troops [deny]", DEN, BT)
    W("any [drone] crossed", "drone")
    D("[Q2 2024] –", "2024-04-01", "2024-06-30")
    D("Deadliest: [3 April]", "2024-04-03")
    K("killed", "Farkhor, [2] guards", 2, group="Tajik guards", side="security_forces")
    K("killed", "and [4] attackers", 4, group="attackers", side="militants")
    A("killed ([official])", OS, "Tajik officials")
    K("killed", "; [6] attackers", 6, group="attackers", side="militants")
    A("[according to Afghan media]", REP, "Afghan media")
    D("[Mid-June 2024] –", "2024-06-11", "2024-06-20")
    L("from the [Afghan bank]", None, "country", "AF", "origin")
    K("injured", "up to [3] workers", 3, "up_to", "road workers", "civilian")
    K("killed", "[no deaths]", 0, group="road crew", side="civilian")
    D("[October 2025] –", "2025-10-01", "2025-10-31")
    K("missing", "[Two] fishermen missing", 2, group="fishermen", side="civilian")
    K("killed", "bodies of [both]", 2, group="fishermen (bodies recovered)", side="civilian")
    D("recovered on [2 November]", "2025-11-02")
    D("report, [20 September 2021]", "2021-09-20")
    D("statement, [15 March 2022]", "2022-03-15")
    D("Radio, [16 March 2022]", "2022-03-16")
    D("statement, [12 December 2023]", "2023-12-12")
    D("assessment, [15 July 2024]", "2024-07-15")
    A("Relatives [quoted by] Rahnaward", REP, "Rahnaward Daily")
    D("Daily, [3 November 2025]", "2025-11-03")


@spec("eval_zv07_encyclopedia_list.txt")
def _zv07():  # no header; "This page was last edited on 2 March 2026" (Monday)
    ref("2026-03-02")
    HY = "year-less list date: year taken from the section heading above it"
    L("List of incidents on the [Tajikistan–Afghanistan border]", None, "border", None)
    L("incidents on the [Tajikistan–Afghanistan border] since", None, "border", None)
    SKIP("Tajikistan–Afghanistan relations")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    W("[mine] incidents", "mine")
    D("- [12 February] –", "2022-02-12", note=HY)
    K("killed", "[one] intruder", 1, group="intruder", side="militants")
    K("injured", "[two] Tajik guards", 2, group="Tajik guards", side="security_forces")
    D("- [17 July] –", "2022-07-17", note=HY)
    K("detained", "detained [8] Afghan", 8, group="Afghan citizens", side="foreign_nationals")
    K("injured", "[no injuries]", 0)
    D("- [22 March] –", "2023-03-22", note=HY)
    K("killed", "post; [2] guards", 2, group="Tajik guards", side="security_forces")
    A("[according to the Border Troops]", OS, BT)
    K("killed", "Troops, [3] according", 3, group="Tajik guards", side="security_forces")
    A("[according to relatives]", REP, "relatives")
    D("- [27 May] –", "2023-05-27", note=HY)
    K("injured", "[two] children injured", 2, group="children", side="civilian")
    W("[unexploded ordnance]", "explosives")
    D("- [3 April] –", "2024-04-03", note=HY)
    K("killed", "Dahana; [2] guards", 2, group="Tajik guards", side="security_forces")
    R("killed", "and [4–6] attackers", 4, 6, "attackers", "militants")
    K("killed", "[A third] guard", 1, group="Tajik guard (died of wounds)", side="security_forces")
    D("- [27 June] –", "2024-06-27", note=HY)
    K("killed", "[two] bodies", 2, group="bodies recovered from the river")
    K("missing", "[one] man missing", 1, group="man")
    D("- [20 May] –", "2025-05-20", note=HY)
    K("killed", "[a] Tajik serviceman killed", 1, group="Tajik serviceman", side="security_forces")
    K("killed", "[a second] died", 1, group="Tajik serviceman (died of wounds)", side="security_forces")
    D("wounds [two days later]", "2025-05-22", basis="relative")
    D("- [11 January] –", "2026-01-11", note=HY)
    W("[drone] strike", "drone")
    K("killed", "killing [three]", 3, group="road crew", side="civilian")
    A("authorities [denied]", DEN, "the Taliban authorities")
    D("Project. [15 January 2026]", "2026-01-15")
    D("Radio. [13 February 2022]", "2022-02-13")
    D("last edited on [2 March 2026]", "2026-03-02", basis="dateline")


@spec("eval_zv08_press_freedom_report.txt")
def _zv08():  # published 2023-05-03 (Wednesday)
    ref("2023-05-03")
    PFW = "Press Freedom Watch"
    A("we [documented]", REP, PFW)
    K("detained", "at least [nine] journalists", 9, "at_least", "journalists and bloggers", "civilian")
    K("detained", "from [three] the previous", 3, group="journalists and bloggers", side="civilian")
    D("three [the previous year]", "2021-01-01", "2021-12-31", "relative")
    K("detained", "[Four] of them remain", 4, group="journalists and bloggers still in custody",
      side="civilian")
    D("Khorugh, [May 2022]", "2022-05-01", "2022-05-31")
    K("detained", "[Two] reporters", 2, group="reporters of Pamir Sado", side="civilian")
    D("on [18 May 2022]", "2022-05-18")
    A("Police [said]", OS, "police")
    D("sentenced in [October]", "2022-10-01", "2022-10-31")
    A("called \"[absurd]\"", DEN, "Firuz Nazarov's lawyer")
    D("Kulob, [January 2023]", "2023-01-01", "2023-01-31")
    D("on [11 January]", "2023-01-11")
    A("residents of Farkhor [said]", REP, "residents of Farkhor (in the video)")
    K("killed", "said [three] local men", 3, group="local men", side="civilian")
    D("Panj in [December]", "2022-12-01", "2022-12-31")
    A("Border Troops [denied]", DEN, BT)
    K("killed", "\"[no] citizen", 0, group="citizens of Tajikistan", side="civilian")
    D("released on [20 January]", "2023-01-20")
    K("detained", "detained [two] Afghan journalists", 2, group="Afghan journalists", side="civilian")
    D("in [February 2023]", "2023-02-01", "2023-02-28")
    K("killed", "killing of [a] fisherman", 1, group="fisherman", side="civilian")
    K("detained", "[several] more journalists", None, "unspecified", "journalists", "civilian", low=3)


@spec("eval_zv09_committee_hearing.txt")
def _zv09():  # no header; "Wednesday 11 June 2025" (the sitting)
    ref("2025-06-11")
    SAIDOV = "Dr Anvar Saidov, Centre for Frontier Studies"
    D("[Wednesday 11 June 2025]", "2025-06-11", basis="dateline")
    D("[since the beginning of the year]", "2025-01-01", "2025-06-11", "relative")
    A("[By our count]", REP, SAIDOV)
    K("killed", "at least [17]", 17, "at_least", "people killed on the border this year")
    K("killed", "includes [eleven] people", 11, group="people killed in Tajikistan, mostly servicemen")
    K("killed", "and [six] on the Afghan", 6, group="people killed on the Afghan side")
    A("they have [confirmed]", OS, "the Tajik authorities")
    K("killed", "confirmed [nine] deaths", 9, group="people killed on the border this year (official)")
    A("seen [reports] of", REP, "unattributed reports")
    W("a [drone] strike", "drone")
    D("Darvoz in [April]", "2025-04-01", "2025-04-30")
    D("On [14 April]", "2025-04-14")
    W("a [drone] hit", "drone")
    K("killed", "[Two] men died", 2, group="men in the lorry", side="civilian")
    A("Local sources [said]", REP, "local sources")
    K("injured", "said [a third]", 1, group="the driver's son", side="civilian")
    A("Dushanbe [blamed]", OS, "the Tajik government")
    L("operating from [Afghanistan]", None, "country", "AF", "origin")
    A("Kabul [said]", DEN, "the Taliban government")
    W("the [drone] was not", "drone")
    D("In [March] alone", "2025-03-01", "2025-03-31")
    A("Border Troops [reported] detaining", OS, BT)
    K("detained", "detaining [46] people", 46, group="people detained on the border, mostly smugglers")
    K("detained", "[One] of our field researchers", 1, group="field researcher", side="civilian")
    D("Kulob [last month]", "2025-05-01", "2025-05-31", "relative")


@spec("eval_zv10_week_in_review.txt")
def _zv10():  # published 2026-01-23 (Friday)
    ref("2026-01-23")
    BB = "The Border Brief"
    D("border [this week]", "2026-01-19", "2026-01-23", "relative")
    D("a deadly [Tuesday]", "2026-01-20", basis="weekday")
    K("killed", "[Four] people were killed", 4, group="people (border units and smugglers)")
    D("killed on [Tuesday]", "2026-01-20", basis="weekday")
    A("provincial police [said]", OS, "Takhar provincial police")
    A("elder [told] us", REP, "a local elder")
    R("injured", "\"[seven or eight]\"", 7, 8, "wounded")
    A("Police later [said]", OS, "Takhar provincial police")
    K("killed", "said [two] of the wounded", 2, group="wounded who died in hospital")
    K("killed", "toll to [six]", 6, group="people killed near Darqad")
    K("detained", "Vanj: [23] detained", 23, group="people detained in Vanj")
    K("detained", "detained [23] people", 23, group="people detained in Vanj")
    D("on [Wednesday] and", "2026-01-21", basis="weekday")
    D("and [Thursday] in", "2026-01-22", basis="weekday")
    A("Border Troops [said] all", OS, BT)
    K("detained", "all [23] were", 23, group="Afghan nationals", side="foreign_nationals")
    A("they [said], were", OS, BT)
    W("[hunting rifles]", "small_arms")
    K0("[No one] was killed or injured", group="people in Khatlon")
    D("Khatlon [this week], according", "2026-01-19", "2026-01-23", "relative")
    A("[according to the Border Troops]", OS, BT)
    D("since [early December]", "2025-12-01", "2025-12-10")
    D("[Since 1 January]", "2026-01-01", "2026-01-23")
    A("we have [logged]", REP, BB)
    K("killed", "logged [14] killed", 14, group="killed along the border since 1 January")
    K("injured", "[21] injured", 21, group="injured along the border since 1 January")
    K("detained", "[58] detained", 58, group="detained along the border since 1 January")
    K("killed", "against [9], 12", 9, group="killed, same period last year")
    K("injured", "9, [12] and", 12, group="injured, same period last year")
    K("detained", "and [40] in the", 40, group="detained, same period last year")
    D("[the same period last year]", "2025-01-01", "2025-01-23", "relative")
    A("edition [said]", RET, "The Border Brief (last week's edition)")
    K("injured", "said [three] guards", 3, group="guards in Shahritus", side="security_forces")
    D("on [12 January]", "2026-01-12")
    A("Border Troops [say] the correct", OS, BT)
    K("injured", "figure is [two]", 2, group="guards in Shahritus", side="security_forces")


@spec("eval_zv11_one_year_on.txt")
def _zv11():  # published 2025-04-03 (Thursday); the attack on 3 April 2024
    ref("2025-04-03")
    MOTHER = "Gulnora Ismoilova, mother of Sergeant Ismoilov"
    D("[A year ago today]", "2024-04-03", basis="relative")
    K("killed", "[two] conscripts", 2, group="conscripts", side="security_forces")
    K("injured", "[Three] other servicemen", 3, group="servicemen", side="security_forces")
    K("killed", "[one] of them, Sergeant", 1, group="wounded serviceman who died", side="security_forces")
    D("hospital in [May]", "2024-05-01", "2024-05-31")
    K("killed", "toll to [three]", 3, group="Tajik servicemen", side="security_forces")
    A("the next day [spoke of]", OS, BT)
    D("statement [the next day]", "2024-04-04", basis="relative")
    K("killed", "spoke of [four] attackers", 4, group="attackers", side="militants")
    A("[put the figure]", REP, "Afghan media")
    K("killed", "figure at [six]", 6, group="attackers", side="militants")
    A("[citing] residents", REP, "residents of Imam Sahib")
    A("authorities [denied]", DEN, "the Taliban authorities")
    D("In [December], a court", "2024-12-01", "2024-12-31")
    A("Gulnora, [says]", REP, MOTHER)
    X("about [35 kilometres]", 35, "kilometres", "about")
    A("Officials [say]", OS, "officials")
    K0("[no further casualties]", group="people at the Dahana section")
    K("killed", "at least [20] people", 20, "at_least", "people killed elsewhere on the border")
    D("in [the past year]", "2024-04-03", "2025-04-02", "relative")
    A("[according to the Frontier Events Data Project]", REP, FEDP)
    A("[says] Gulnora", REP, MOTHER)


@spec("eval_zv12_statistical_yearbook_note.txt")
def _zv12():  # no header; "Release date: 30 April 2024" (Tuesday)
    ref("2024-04-30")
    D("Release date: [30 April 2024]", "2024-04-30", basis="dateline")
    A("[recorded by] the border service", OS, "the border service")
    cells("killed", "Persons killed", [5, None, None], "persons killed, 2021")
    cells("killed", "Persons killed", [None, 8, None], "persons killed, 2022")
    cells("killed", "Persons killed", [None, None, 7], "persons killed, 2023")
    SF = "security_forces"
    cells("killed", "  of whom border service personnel", [2, None, None], "border service personnel, 2021", SF)
    cells("killed", "  of whom border service personnel", [None, 3, None], "border service personnel, 2022", SF)
    cells("killed", "  of whom border service personnel", [None, None, 4], "border service personnel, 2023", SF)
    cells("injured", "Persons injured", [9, None, None], "persons injured, 2021")
    cells("injured", "Persons injured", [None, 13, None], "persons injured, 2022")
    cells("injured", "Persons injured", [None, None, 10], "persons injured, 2023")
    cells("detained", "Persons detained for illegal crossing", [312, None, None], "detained for illegal crossing, 2021")
    cells("detained", "Persons detained for illegal crossing", [None, 268, None], "detained for illegal crossing, 2022")
    cells("detained", "Persons detained for illegal crossing", [None, None, 241], "detained for illegal crossing, 2023")
    cells("missing", "Persons missing", [0, None, None], "persons missing, 2021")
    cells("missing", "Persons missing", [None, 1, None], "persons missing, 2022")
    cells("missing", "Persons missing", [None, None, 2], "persons missing, 2023")
    K("killed", "[seven] persons were killed", 7, group="persons killed, 2023")
    K("killed", "[Four] of the dead", 4, group="border service members, 2023", side=SF)
    K("detained", "row, to [241]", 241, group="detained for illegal crossing, 2023")
    K("killed", "revised from [9] to", 9, group="persons killed, 2022 (before revision)")
    K("killed", "from 9 to [8]", 8, group="persons killed, 2022 (revised)")
    K("killed", "after [one] death", 1, group="death reclassified as an unrelated drowning")
    D("in [August 2022]", "2022-08-01", "2022-08-31")
    K("missing", "are [two] fishermen", 2, group="fishermen from Farkhor", side="civilian")
    D("in [November 2023]", "2023-11-01", "2023-11-30")
    A("[Source]: Border Troops", OS, BT)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zv*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
