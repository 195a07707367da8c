"""Build benchmarks/eval/set_zzd/truth.jsonl from the annotation specs below (same format as set T).

Only what is particular to set ZZD lives here: where its articles are, the ``file`` prefix written into
truth, its gazetteer (set_zzd/gazetteer.py: a copy of set T's) and its specs. The annotation helpers and
the writer that checks every anchor and offset are in benchmarks/eval/annotate.py.

On top of the fields set T writes, this set also writes the fields the shared README (../README.md)
lists: casualty ``low``/``high``/``group``/``side``, date ``basis`` (and ``time_of_day`` where the text
gives one), location ``country``, distance ``value``/``qualifier`` and population ``qualifier``. The
helpers C, Dt, Lc, Xd and Pp below wrap annotate's K, D, L and ``add`` to do that; the location
``country`` of automatic gazetteer claims is added after ``build`` has written the file.

    .venv/bin/python benchmarks/eval/set_zzd/build_truth.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, MILE, OS, REP, RET, SKIP, A, D, K, L, Specs, W, build, cur  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zzd/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

CIV, SF, MIL, FN = "civilian", "security_forces", "militants", "foreign_nationals"
BT = "Tajikistan's Border Troops"


# --------------------------------------------------------------------------------------------------
# Helpers adding the shared README's extra fields.
# --------------------------------------------------------------------------------------------------
def bounds(value, q):
    """low/high from the qualifier, as the shared README defines them."""
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)


def C(kind, ctx, value, q="exact", group=None, side=None, *, low=None, high=None, nth=None, note=None):
    """Casualty claim. Vague words and ranges (q="unspecified") pass ``low``/``high`` explicitly."""
    rec = K(kind, ctx, value, q, nth)
    if q == "unspecified":
        rec["low"], rec["high"] = low, high
    else:
        rec["low"], rec["high"] = bounds(value, q)
    rec["group"], rec["side"] = group, side
    if note:
        rec["note"] = note
    return rec


def Dt(ctx, norm, end=None, basis="explicit", *, tod=None, nth=None, note=None):
    """Date claim with its basis (explicit, weekday, relative, dateline)."""
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec = D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    if note:
        rec["note"] = note
    return rec


def Lc(ctx, code, prec, role="place", country=None, nth=None):
    """Explicit location; ``country`` defaults to the admin1 prefix (None for border features)."""
    rec = L(ctx, code, prec, role, nth)
    rec["country"] = country if country is not None else (code[:2] if code else None)
    return rec


def Xd(ctx, value, unit, q="exact", measures=None, nth=None):
    """Distance; ``value_km`` from the unit as written ("mi" included)."""
    u = unit.lower()
    if u.startswith("kilomet") or u == "km":
        km = float(value)
    elif u.startswith("mile") or u == "mi":
        km = round(value * MILE, 1)
    elif u.startswith("met") or u == "m":
        km = value / 1000
    else:
        raise ValueError(unit)
    return cur().add("distance", ctx, nth, value=value, unit=unit, value_km=km, qualifier=q,
                     measures=measures)


def Pp(ctx, value, q="exact", nth=None):
    return cur().add("population", ctx, nth, value=value, qualifier=q)


def cell(line, col):
    """Context for a table cell of a ``|`` table: the line with column ``col`` bracketed."""
    parts = line.split("|")
    v = parts[col].strip()
    i = parts[col].index(v)
    parts[col] = parts[col][:i] + "[" + v + "]" + parts[col][i + len(v):]
    return "|".join(parts)


def num(line, k):
    """Context for the k-th number of a space-aligned table line, bracketed."""
    m = list(re.finditer(r"\d[\d,]*", line))[k]
    return line[: m.start()] + "[" + m.group() + "]" + line[m.end():]


def country_of(c):
    if c["precision"] == "border":
        return None
    if c.get("admin1_code"):
        return c["admin1_code"][:2]
    return {"Tajikistan": "TJ", "Afghanistan": "AF"}[c["anchor"]]


def finish(path: Path) -> None:
    """Add ``country`` to automatic location claims and check every claim carries the extra fields."""
    claims = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for c in claims:
        if c["kind"] == "location" and "country" not in c:
            c["country"] = country_of(c)
        need = {"killed": ("low", "high", "group", "side"), "injured": ("low", "high", "group", "side"),
                "missing": ("low", "high", "group", "side"), "detained": ("low", "high", "group", "side"),
                "date": ("basis",), "location": ("country",)}.get(c["kind"], ())
        assert all(k in c for k in need), c
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zzd/README.md.
# --------------------------------------------------------------------------------------------------
@spec("eval_zzd01_quarterly_assessment.txt")
def _zzd01():  # published 2024-07-08 (Monday); covers April-June 2024
    Q2 = ("2024-04-01", "2024-06-30")
    Dt("ASSESSMENT - [Q2 2024]", *Q2)
    Dt("([April-June])", *Q2)
    Dt("[The second quarter] was", *Q2)
    Dt("since [August 2021]", "2021-08-01", "2021-08-31")
    A("We [recorded]", REP, "Pamir Policy Institute")
    C("killed", "at least [nine] people", 9, "at_least", "people")
    C("injured", "and [six] were injured", 6, group="people")
    A("[put] the dead at", OS, BT)
    C("killed", "dead at [five]", 5, group="servicemen and violators")
    Dt("statement of [2 July].", "2024-07-02")
    # 1
    Dt("[9 Apr]", "2024-04-09")
    C("detained", "[two] Afghan nationals were detained", 2, group="Afghan nationals", side=FN)
    # 2
    Dt("[23 Apr]", "2024-04-23")
    C("killed", "[A] shepherd was killed", 1, group="shepherd", side=CIV)
    C("injured", "his [two] sons", 2, group="the shepherd's sons", side=CIV)
    W("[anti-personnel mine]", "mine")
    # 3
    Dt("[13-14 May]", "2024-05-13", "2024-05-14")
    Lc("crossed from [Afghanistan]", None, "country", "origin", "AF")
    W("[small arms]", "small_arms")
    W("and [grenades]", "grenade")
    C("killed", "[Two] border guards were killed", 2, group="border guards", side=SF)
    C("injured", "and [three] wounded; three", 3, group="border guards", side=SF)
    C("killed", "[three] attackers were killed", 3, group="attackers", side=MIL)
    C("detained", "and [one] was detained", 1, group="attacker", side=MIL)
    A("Local media initially [reported]", REP, "local media")
    C("killed", "reported [four] guards dead", 4, group="border guards", side=SF)
    # 4
    Dt("[Mid-May]", "2024-05-11", "2024-05-20")
    C("injured", "[no one] was hurt", 0, group="people")
    # 5
    Dt("[2 Jun]", "2024-06-02")
    Lc("on the [Afghan bank]", None, "country", "origin", "AF")
    C("injured", "[one] officer was wounded", 1, group="customs officer", side=SF)
    # 6
    Dt("[17 Jun]", "2024-06-17")
    C("killed", "[one] smuggler was killed", 1, group="smuggler")
    A("[according to Afghan media]", REP, "Afghan media")
    A("provincial police [said]", OS, "Kunduz provincial police")
    C("killed", "police said [two]", 2, group="smugglers")
    # 7
    Dt("[Late June]", "2024-06-21", "2024-06-30")
    C("missing", "[Two] fishermen went missing", 2, group="fishermen", side=CIV)
    C("killed", "[one] body was recovered", 1, group="fisherman", side=CIV)
    Dt("on [30 Jun]", "2024-06-30")
    Xd("some [200 km]", 200, "km", "about")
    # Notes
    Dt("statement of [2 July 2024]", "2024-07-02")
    Dt("briefing of [15 May 2024]", "2024-05-15")
    Dt("Pamir Daily, [14 May 2024]", "2024-05-14")
    A("[corrected] the following day", RET, "Pamir Daily")
    Dt("corrected [the following day]", "2024-05-15", basis="relative")
    Dt("Amu Today, [18 June 2024]", "2024-06-18")
    A("[quoting] the Kunduz", OS, "the Kunduz police spokesman (quoted by Amu Today)")


@spec("eval_zzd02_event_data_overview.txt")
def _zzd02():  # published 2025-06-18 (Wednesday); covers Saturday 7 to Friday 13 June 2025
    Dt("[7-13 June 2025]", "2025-06-07", "2025-06-13")
    A("FEDP [recorded]", REP, "Frontier Event Data Project")
    Dt("in [the previous week]", "2025-05-31", "2025-06-06", "relative")
    C("killed", "rose to [8]", 8, group="people")
    Dt("since [March]", "2025-03-01", "2025-03-31")
    Dt("on [10 June]", "2025-06-10")
    Lc("from the [Afghan bank]", None, "country", "origin", "AF")
    A("Tajik authorities [reported]", OS, "Tajik authorities")
    C("killed", "[one] serviceman killed", 1, group="serviceman", side=SF)
    C("injured", "and [two] wounded", 2, group="servicemen", side=SF)
    A("Badakhshan [said] its forces", DEN, "the Taliban border command in Badakhshan")
    Dt("On [12 June]", "2025-06-12")
    C("detained", "detained [five] Afghan", 5, group="Afghan nationals", side=FN)
    W("[Kalashnikov rifles]", "small_arms")
    W("[hand grenade]", "grenade")
    C("killed", "[a] civilian was killed", 1, group="civilian", side=CIV)
    Dt("on [8 June]", "2025-06-08")
    W("old [mortar] shell", "mortar")
    Dt("on [9] and 11 June", "2025-06-09")
    Dt("9 and [11 June]", "2025-06-11")
    A("Local sources [reported]", REP, "local sources")
    C("killed", "[between four and six] traffickers", None, "unspecified", "traffickers", low=4, high=6)
    C("killed", "and [two] Taliban fighters", 2, group="Taliban fighters", side=SF)
    C("killed", "lowest figure, [four]", 4, group="traffickers")
    C("detained", "at least [14] people", 14, "at_least", "people accused of helping crossers", CIV)
    Dt("[over the week]", "2025-06-07", "2025-06-13", "relative")
    A("[accusing] them", OS, "Taliban intelligence in Takhar")
    A("overview [listed]", RET, "Frontier Event Data Project (previous overview)")
    C("killed", "listed [three] fatalities", 3, group="people")
    Dt("the [4 June] clash", "2025-06-04")
    C("killed", "figure is [two]", 2, group="people")


Q_ROWS = [
    "Q1 2025  |     9     |    3   |    5    |    21",
    "Q2 2025  |    14     |   11   |    9    |    34",
    "Q3 2025  |     8     |    4   |    2    |    17",
    "Q4 2025  |     6     |    2   |    3    |    12",
    "Total    |    37     |   20   |   19    |    84",
]
Q_SPANS = [("2025-01-01", "2025-03-31"), ("2025-04-01", "2025-06-30"), ("2025-07-01", "2025-09-30"),
           ("2025-10-01", "2025-12-31")]


@spec("eval_zzd03_data_desk_table.txt")
def _zzd03():  # published 2026-01-15 (Thursday); covers 2025
    OL = "The Oxus Ledger (data desk)"
    Dt("Data Desk | [15 January 2026]", "2026-01-15", basis="dateline")
    A("[By our count]", REP, OL)
    C("killed", "at least [20] people", 20, "at_least", "people")
    C("injured", "and [19] were injured", 19, group="people")
    Dt("border [last year]", "2025-01-01", "2025-12-31", "relative")
    Dt("released on [9 January]", "2026-01-09")
    A("9 January, [counts]", OS, BT)
    C("killed", "counts [14] deaths", 14, group="violators and servicemen")
    for row, (lo, hi) in zip(Q_ROWS, Q_SPANS):
        Dt(cell(row, 0), lo, hi)
    for row in Q_ROWS:
        vals = [int(x.strip()) for x in row.split("|")[2:]]
        C("killed", cell(row, 2), vals[0], group="people")
        C("injured", cell(row, 3), vals[1], group="people")
        C("detained", cell(row, 4), vals[2], group="people detained by the Tajik side")
    Dt("in [the second quarter]", "2025-04-01", "2025-06-30")
    Dt("On [22 May]", "2025-05-22")
    C("killed", "[between five and eight] people", None, "unspecified", "people", low=5, high=8)
    A("we [count] five", REP, OL)
    C("killed", "count [five].", 5, group="people")
    A("Afghan media [put] the toll", REP, "Afghan media")
    C("killed", "toll at [eight]", 8, group="people")
    C("killed", "account for [seven] of", 7, group="civilians", side=CIV)
    C("killed", "of the [20] deaths", 20, group="people")
    C("killed", "[two] children killed", 2, group="children", side=CIV)
    W("a [landmine]", "mine")
    Dt("district in [August]", "2025-08-01", "2025-08-31")
    C("injured", "[Nine] of the 19", 9, group="civilians", side=CIV)
    C("injured", "of the [19] injured", 19, group="people")
    A("[announced] dozens", OS, "Taliban authorities in Takhar and Kunduz")
    C("detained", "[dozens] of further arrests", None, "unspecified", "would-be crossers", low=24)
    Dt("[during the year]", "2025-01-01", "2025-12-31", "relative")


@spec("eval_zzd04_court_judgement_summary.txt")
def _zzd04():  # no header; published in the Court Bulletin 2023-03-06 (Monday)
    COURT = "the Khatlon Regional Court (judgement)"
    SKIP("Khatlon Regional Court")
    SKIP("Prosecutor's Office of Khatlon Region")
    Dt("judgement: [28 February 2023]", "2023-02-28")
    Dt("Court Bulletin, [6 March 2023]", "2023-03-06", basis="dateline")
    A("[According to the judgement]", OS, COURT)
    Dt("on [the night of 16 to 17 September 2022]", "2022-09-16", "2022-09-17")
    Lc("Panj from [Afghanistan]", None, "country", "origin", "AF")
    W("two [Kalashnikov rifles]", "small_arms")
    C("killed", "[One] serviceman, Private", 1, group="serviceman", side=SF)
    C("injured", "[a second] was wounded", 1, group="serviceman", side=SF)
    C("detained", "All [four] defendants were detained", 4, group="defendants")
    A("[according to the prosecution]", OS, "the prosecution")
    A("Rahimi [argued]", DEN, "counsel for Rahimi")
    A("The court [found] this", DEN, "the court")
    A("had [spoken of]", OS, "the Prosecutor's Office (earlier statement)")
    Dt("on [20 September 2022]", "2022-09-20")
    C("injured", "spoken of [two] servicemen", 2, group="servicemen", side=SF)
    A("judgement [records]", OS, COURT)
    C("killed", "records [one] killed", 1, group="serviceman", side=SF)
    C("injured", "killed and [one] wounded", 1, group="serviceman", side=SF)
    A("Afghan media [reported]", REP, "Afghan media")


@spec("eval_zzd05_landmine_monitor_extract.txt")
def _zzd05():  # no header; "Last updated: 18 November 2024" (Monday)
    MON = "the Landmine and ERW Monitor"
    YEAR = "year-less list date; year 2023 from the list heading 'Casualties recorded in 2023'"
    SKIP("Tajikistan National Mine Action Centre")
    Dt("Last updated: [18 November 2024]", "2024-11-18", basis="dateline")
    A("the Monitor [identified]", REP, MON)
    W("casualties of [mines] and", "mine")
    W("[explosive remnants of war]", "explosives")
    W("([ERW])", "explosives")
    C("killed", "[3] people were killed", 3, group="mine/ERW casualties")
    C("injured", "and [6] injured", 6, group="mine/ERW casualties")
    C("injured", "when [5] casualties", 5, group="mine/ERW casualties (2022)")
    A("(TNMAC) [reported]", OS, "Tajikistan National Mine Action Centre (TNMAC)")
    Dt("[12 Mar]", "2023-03-12", note=YEAR)
    C("killed", "[a] shepherd was killed", 1, group="shepherd", side=CIV)
    W("[antipersonnel mine]", "mine")
    Dt("[4 May]", "2023-05-04", note=YEAR)
    C("injured", "[two] boys", 2, group="boys", side=CIV)
    W("[unexploded ordnance]", "explosives")
    C("killed", "[one] later died", 1, group="boy", side=CIV)
    Dt("[Jun] (exact date unknown)", "2023-06-01", "2023-06-30", note=YEAR)
    C("injured", "[a] border guard lost", 1, group="border guard", side=SF)
    W("leg to a [mine]", "mine")
    C("injured", "[a second] guard", 1, group="border guard", side=SF)
    Dt("[27 Aug]", "2023-08-27", note=YEAR)
    C("killed", "[a] man collecting", 1, group="man collecting firewood", side=CIV)
    Dt("[Sep-Oct]", "2023-09-01", "2023-10-31", note=YEAR)
    C("injured", "[three] further injuries", 3, group="people")
    A("[reported by] local media", REP, "local media")
    Dt("As of [30 June 2024]", "2024-06-30")
    A("the Monitor had [recorded]", REP, MON)
    Dt("in [the first half of 2024]", "2024-01-01", "2024-06-30")
    C("killed", "([1] killed", 1, group="civilians", side=CIV)
    C("injured", "[3] injured)", 3, group="civilians", side=CIV)
    A("database [lists]", OS, "TNMAC casualty database")
    C("killed", "[377] were killed", 377, group="mine/ERW casualties since 1992")
    W("by [mines] laid", "mine")
    A("the Monitor [found]", REP, MON)


@spec("eval_zzd06_policy_paper_annex.txt")
def _zzd06():  # published 2024-02-26 (Monday)
    Dt("[2021-09-18]", "2021-09-18")
    C("killed", "[No casualties] reported", 0, group="people")
    C("injured", "[No casualties] reported", 0, group="people")
    A("[reported by] either side", OS, "both sides")
    Dt("[2022-03-06]  Near Ryn", "2022-03-06")
    C("killed", "[Two] Afghan nationals attempting", 2, group="Afghan nationals", side=FN)
    C("injured", "[one] Tajik serviceman", 1, group="serviceman", side=SF)
    C("killed", "Killed: [2] / 2 / 3", 2, "at_least", "Afghan nationals (low estimate)", FN)
    C("killed", "Killed: 2 / [2] / 3", 2, group="Afghan nationals (best estimate)", side=FN)
    C("killed", "Killed: 2 / 2 / [3]", 3, "up_to", "Afghan nationals (high estimate)", FN)
    Dt("[2022-11-21]", "2022-11-21")
    W("[Mortar] rounds", "mortar")
    Lc("from the [Tajik bank]", None, "country", "origin", "TJ")
    A("[according to Taliban officials]", OS, "Taliban officials")
    C("killed", "killing [a] woman", 1, group="woman", side=CIV)
    C("killed", "and [a] child", 1, group="child", side=CIV)
    A("Tajik authorities [deny]", DEN, "Tajik authorities")
    C("killed", "Killed: [2] / 2 / 4", 2, "at_least", "civilians (low estimate)", CIV)
    C("killed", "Killed: 2 / [2] / 4", 2, group="civilians (best estimate)", side=CIV)
    C("killed", "Killed: 2 / 2 / [4]", 4, "up_to", "civilians (high estimate)", CIV)
    Dt("[2023-04-02]", "2023-04-02")
    C("detained", "detain [17] people", 17, group="people")
    C("detained", "[15] of them Afghan", 15, group="Afghan citizens", side=FN)
    Dt("[2023-07-29]", "2023-07-29")
    C("injured", "up to [four] people", 4, "up_to", "people")
    A("[according to local sources]", REP, "local sources")
    A("[Official figure]", OS, "officials")
    C("injured", "figure: [none]", 0, group="people")
    C("injured", "Injured: [0] / 2 / 4", 0, "at_least", "people (low estimate)")
    C("injured", "Injured: 0 / [2] / 4", 2, group="people (best estimate)")
    C("injured", "Injured: 0 / 2 / [4]", 4, "up_to", "people (high estimate)")
    Dt("[2023-12-12]", "2023-12-12")
    C("killed", "[A] boy is killed", 1, group="boy", side=CIV)
    C("injured", "[three] other children", 3, group="children", side=CIV)
    W("unexploded [grenade]", "grenade")
    Dt("The [2022-03-06] figures", "2022-03-06")
    C("killed", "estimate of [three] dead", 3, "up_to", "Afghan nationals (high estimate)", FN)
    A("was [given by]", REP, "a relative")
    Dt("in [April 2023]", "2023-04-01", "2023-04-30")


@spec("eval_zzd07_encyclopedia_list.txt")
def _zzd07():  # published 2025-03-03 (Monday)
    SKIP("Tajikistan–Taliban relations")
    Lc("[Afghanistan–Tajikistan border]\n\nThis", None, "border")
    Lc("the [Afghanistan–Tajikistan border] since", None, "border")
    Dt("in [August 2021]", "2021-08-01", "2021-08-31")
    Xd("is [1,344 kilometres]", 1344, "kilometres", measures="TJ-AF border")
    Xd("([835 mi])", 835, "mi", measures="TJ-AF border")
    Dt("[6 March 2022]", "2022-03-06")
    C("killed", "[Two] Afghan nationals were shot dead", 2, group="Afghan nationals", side=FN)
    Dt("[21 November 2022]", "2022-11-21")
    A("Taliban officials [said]", OS, "Taliban officials")
    W("[mortar] fire", "mortar")
    Lc("fire from [Tajikistan]", None, "country", "origin", "TJ")
    C("killed", "killed [two] civilians", 2, group="civilians", side=CIV)
    A("Tajikistan [denied]", DEN, "Tajikistan")
    Dt("[29 July 2023]", "2023-07-29")
    C("injured", "[Between two and four] people", None, "unspecified", "people", low=2, high=4)
    Dt("[13–14 May 2024]", "2024-05-13", "2024-05-14")
    Lc("crossed from [Afghanistan]", None, "country", "origin", "AF")
    C("killed", "killed [two] Tajik border guards", 2, group="border guards", side=SF)
    C("injured", "wounded [three]", 3, group="border guards", side=SF)
    C("killed", "[three] attackers were killed", 3, group="attackers", side=MIL)
    C("detained", "[a fourth] was captured", 1, group="attacker", side=MIL)
    A("Tajik outlets [reported]", REP, "some Tajik outlets")
    C("killed", "reported [four] guards", 4, group="border guards", side=SF)
    A("later [withdrawn]", RET, "some Tajik outlets")
    Dt("[2 June 2024]", "2024-06-02")
    C("injured", "[A] Tajik customs officer", 1, group="customs officer", side=SF)
    Lc("from the [Afghan bank]", None, "country", "origin", "AF")
    Dt("[19 February 2025]", "2025-02-19")
    C("injured", "[Three] Tajik border guards", 3, group="border guards", side=SF)
    W("[anti-tank mine]", "mine")


Y_ROWS = [  # (line, kind, group, side)
    ("Violators detained                     412      389      451", "detained", "violators", None),
    ("  of which citizens of Afghanistan     297      301      360", "detained", "violators, citizens of Afghanistan",
     FN),
    ("Violators killed                        11        7       14", "killed", "violators", None),
    ("Servicemen killed                        3        2        5", "killed", "servicemen", SF),
    ("Servicemen injured                       6        4        9", "injured", "servicemen", SF),
]


@spec("eval_zzd08_statistical_yearbook_note.txt")
def _zzd08():  # no header; page line "Dushanbe, 28 April 2025" (Monday)
    Dt("Dushanbe, [28 April 2025]", "2025-04-28", basis="dateline")
    Lc("the [Republic of Tajikistan]", None, "country", country="TJ")
    for line, kind, group, side in Y_ROWS:
        for k, year in enumerate(("2022", "2023", "2024")):
            v = int(re.findall(r"\d[\d,]*", line)[k])
            C(kind, num(line, k), v, group=f"{group} ({year})", side=side)
    A("[compiled by]", OS, BT)
    Dt("received by [31 January 2025]", "2025-01-31")
    Xd("the [1,344 km] border", 1344, "km", measures="TJ-AF border")
    A("was [revised] from", RET, "the yearbook (Border Troops figures)")
    C("killed", "revised from [3] to 2", 3, group="servicemen (2023, before revision)", side=SF)
    C("killed", "from 3 to [2] after", 2, group="servicemen (2023, revised)", side=SF)
    C("killed", "after [one] death", 1, group="serviceman (death reclassified as an accident)", side=SF)
    A("[According to the Ministry of Health]", OS, "the Ministry of Health")
    C("injured", "[4] civilians were injured", 4, group="civilians", side=CIV)
    C("killed", "[one] of whom later died", 1, group="civilian", side=CIV)
    Pp("about [230,000]", 230000, "about")
    C("injured", "for [three] of them", 3, group="civilians in Gorno-Badakhshan", side=CIV)


@spec("eval_zzd09_press_freedom_section.txt")
def _zzd09():  # published 2025-05-03 (Saturday)
    FPW = "Frontier Press Freedom Watch"
    A("we [documented]", REP, FPW)
    C("detained", "detention of [13] journalists", 13, group="journalists", side=CIV)
    C("detained", "with [eight] the year", 8, group="journalists", side=CIV)
    Dt("[the year before]", "2023-01-01", "2023-12-31", "relative",
       note="anchored on 'In 2024' in the same sentence, so 2023 (not the year before the reference date)")
    Lc("the [Shkev] outpost", "TJ-GB", "site")
    Dt("in [May 2024]", "2024-05-01", "2024-05-31")
    C("detained", "at least [three] reporters", 3, "at_least", "reporters", CIV)
    C("detained", "[One] of them, a correspondent", 1, group="correspondent", side=CIV)
    A("outlet [put the number]", REP, "a Dushanbe weekly")
    C("killed", "guards at [four]", 4, group="border guards", side=SF)
    A("Border Troops [said] the figure", OS, BT)
    C("killed", "figure was [two]", 2, group="border guards", side=SF)
    Dt("on [27 May]", "2024-05-27")
    Dt("[In August]", "2024-08-01", "2024-08-31")
    C("detained", "[two] bloggers", 2, group="bloggers", side=CIV)
    A("[according to his family]", REP, "the blogger's family")
    C("detained", "at least [seven] journalists", 7, "at_least", "journalists", CIV)
    Dt("On [11 October]", "2024-10-11")
    C("detained", "[a] local radio reporter", 1, group="radio reporter", side=CIV)
    A("colleagues [said]", REP, "the reporter's colleagues")
    C("detained", "[Two] cameramen", 2, group="cameramen", side=CIV)
    Dt("in [December]", "2024-12-01", "2024-12-31")
    A("Badakhshan [denied]", DEN, "the provincial information department in Badakhshan")


@spec("eval_zzd10_committee_hearing_transcript.txt")
def _zzd10():  # no header; hearing of 20 November 2024 (Wednesday)
    NUROV = "Maj. Gen. K. Nurov, deputy commander of the Border Troops"
    Dt("hearing of [20 November 2024]", "2024-11-20", basis="dateline")
    Dt("[Since the beginning of the year]", "2024-01-01", "2024-11-20", "relative")
    C("killed", "[17] violators were eliminated", 17, group="violators", side=MIL)
    C("detained", "and [46] were detained", 46, group="violators", side=MIL)
    C("killed", "are [four] servicemen killed", 4, group="servicemen", side=SF)
    C("injured", "and [seven] wounded", 7, group="servicemen", side=SF)
    Dt("on [the night of 13 to 14 May]", "2024-05-13", "2024-05-14")
    C("killed", "[two] of our comrades", 2, group="servicemen", side=SF)
    A("The General [says]", OS, NUROV)
    C("killed", "says [four].", 4, group="servicemen", side=SF)
    Dt("[In September]", "2024-09-01", "2024-09-30")
    A("the press [wrote]", REP, "the press")
    C("killed", "of [six] servicemen killed", 6, group="servicemen", side=SF)
    Dt("killed [this year]", "2024-01-01", "2024-11-20", "relative")
    C("killed", "NUROV: [Four].", 4, group="servicemen", side=SF)
    C("killed", "The figure of [six]", 6, group="servicemen", side=SF)
    C("killed", "included [two] soldiers", 2, group="soldiers (road accident)", side=SF)
    Dt("in [July]", "2024-07-01", "2024-07-31")
    A("constituents [tell] me", REP, "constituents of F. Ismoilov")
    C("injured", "[two] shepherds", 2, group="shepherds", side=CIV)
    Lc("fire from the [Afghan side]", None, "country", "origin", "AF")
    Dt("[last month]", "2024-10-01", "2024-10-31", "relative")
    Dt("on [28 October]", "2024-10-28")
    C("injured", "[One] civilian was lightly injured", 1, group="civilian", side=CIV)
    Lc("came from the [Afghan side]", None, "country", "origin", "AF")
    W("old [mine]", "mine")


@spec("eval_zzd11_week_in_review_newsletter.txt")
def _zzd11():  # published 2026-03-07 (Saturday)
    FB = "The Frontier Brief"
    Dt("[Saturday, 7 March 2026]", "2026-03-07", basis="dateline")
    Dt("border [this week]", "2026-03-02", "2026-03-07", "relative")
    Dt("Deadly [Tuesday] in", "2026-03-03", basis="weekday")
    Dt("overnight on [Monday]", "2026-03-02", basis="weekday", tod="night")
    Dt("on [Tuesday morning]", "2026-03-03", basis="weekday", tod="morning")
    A("Border Troops [said] two", OS, BT)
    C("killed", "[two] servicemen were killed", 2, group="servicemen", side=SF)
    C("injured", "[one] was wounded", 1, group="serviceman", side=SF)
    C("killed", "[two] attackers were", 2, group="attackers (\"neutralised\")", side=MIL)
    A("[citing] a local official", OS, "a local official (cited by Radio Oxus)")
    A("[put] Tajik losses", REP, "Radio Oxus")
    C("killed", "losses at [three]", 3, group="Tajik servicemen", side=SF)
    Dt("On [Thursday] the wounded", "2026-03-05", basis="weekday")
    C("killed", "toll to [three]", 3, group="servicemen", side=SF)
    W("[Drone] over Darvoz", "drone")
    A("Qalaikhumb [reported]", REP, "residents of Qalaikhumb")
    W("a [drone] circling", "drone")
    Dt("on [Wednesday night]", "2026-03-04", basis="weekday", tod="night")
    C("injured", "[Nobody] was hurt", 0, group="people")
    A("Border Troops [said] the drone", OS, BT)
    W("said the [drone] had", "drone")
    A("Badakhshan [denied]", DEN, "Taliban officials in Badakhshan")
    Lc("came from the [Afghan side]", None, "country", "origin", "AF")
    A("Imam Sahib [said]", OS, "police in Imam Sahib")
    Dt("on [Friday] they", "2026-03-06", basis="weekday")
    C("detained", "detained [22] people", 22, group="would-be crossers")
    C("detained", "[three] women", 3, group="women", side=CIV)
    C("killed", "[3] servicemen dead", 3, group="servicemen", side=SF)
    C("injured", "[0] civilians hurt", 0, group="civilians", side=CIV)
    C("detained", "[22] detained.", 22, group="people")
    A("Last week we [wrote]", RET, FB)
    Dt("[Last week] we", "2026-02-28", "2026-03-06", "relative")
    C("missing", "[five] fishermen", 5, group="fishermen", side=CIV)
    A("Kunduz police [say]", OS, "Kunduz police")
    C("missing", "there were [four]", 4, group="fishermen", side=CIV)
    C("missing", "all [four] were found", 4, group="fishermen (found alive)", side=CIV)
    Dt("on [Sunday]", "2026-03-01", basis="weekday")


@spec("eval_zzd12_one_year_on_shkev.txt")
def _zzd12():  # no header; dateline KHORUGH, 13 May 2025 (Tuesday); the attack night of 13-14 May 2024
    REL_ = "a relative of one of the attackers"
    Lc("[KHORUGH], 13 May", "TJ-GB", "town")
    Dt("KHORUGH, [13 May 2025]", "2025-05-13", basis="dateline")
    Dt("[A year ago tonight]", "2024-05-13", basis="relative", tod="night")
    Lc("from [Afghanistan]'s Darwaz", None, "country", "origin", "AF")
    Lc("Afghanistan's [Darwaz] district", "AF-BDS", "district", "origin")
    Dt("facts of [that night]", "2024-05-13", basis="relative", tod="night")
    Dt("[the next morning]", "2024-05-14", basis="relative", tod="morning")
    A("next morning, [said]", OS, "the first official statement (Border Troops)")
    C("killed", "[two] border guards had been killed", 2, group="border guards", side=SF)
    C("injured", "and [three] wounded", 3, group="border guards", side=SF)
    A("Pamir Daily [reported]", REP, "Pamir Daily")
    C("killed", "reported [four] dead", 4, group="border guards", side=SF)
    Dt("[that afternoon]", "2024-05-14", basis="relative", tod="afternoon")
    A("it [withdrew]", RET, "Pamir Daily")
    Dt("withdrew [the following day]", "2024-05-15", basis="relative")
    C("killed", "[one] of the wounded", 1, group="border guard (died of wounds)", side=SF)
    Dt("hospital in [August]", "2024-08-01", "2024-08-31")
    C("killed", "attack to [three]", 3, group="servicemen", side=SF)
    A("Border Troops [said] three", OS, BT)
    C("killed", "said [three] were killed", 3, group="attackers", side=MIL)
    C("detained", "and [one], a 19-year-old", 1, group="attacker", side=MIL)
    W("four [Kalashnikovs]", "small_arms")
    W("a [grenade launcher]", "rpg")
    A("Badakhshan have [denied]", DEN, "Taliban officials in Badakhshan")
    A("attackers [told] us", REP, REL_)
    Dt("us [last month]", "2025-04-01", "2025-04-30", "relative")
    C("missing", "[Two] of them, he said", 2, group="young men from the relative's village")
    A("he [said], are still", REP, REL_)
    Dt("sentenced in [January]", "2025-01-01", "2025-01-31")
    Xd("about [300 metres]", 300, "metres", "about")
    Xd("some [35 km]", 35, "km", "about")
    C("injured", "[Nobody] from the village", 0, group="villagers", side=CIV)
    Dt("hurt [that night]", "2024-05-13", basis="relative", tod="night")
    A("God,\" [said] Gulnora", REP, "Gulnora, a shopkeeper in Shkev")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zzd*.txt", rel=REL, gaz=GAZ, out=OUT)
    finish(OUT)
    sys.exit(rc)
