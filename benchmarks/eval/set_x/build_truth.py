"""Build benchmarks/eval/set_x/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set X lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_x/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

Set X adds thin wrappers around the shared helpers so that each truth line carries every field of the
shared README's format: casualties get ``low``/``high`` (derived from the qualifier as the README
prescribes, or given explicitly for ranges), ``group`` and ``side``; dates get ``basis``; locations get
``name`` and ``country`` (added after the build from ``admin1_code`` / the country-level name).

    .venv/bin/python benchmarks/eval/set_x/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402,F401
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_x/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"
BT = "Tajikistan's Border Troops"


def C(kind, ctx, value, q="exact", g=None, s=None, low=None, high=None, nth=None):
    """Casualty claim with low/high per the shared README (ranges: value None, q unspecified, low/high)."""
    rec = K(kind, ctx, value, q, nth)
    if q == "unspecified":
        lo, hi = low, high
    elif q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    else:  # nearly, up_to
        lo, hi = None, value
    rec.update(low=lo, high=hi, group=g, side=s)
    return rec


def R(kind, ctx, low, high, g=None, s=None, nth=None):
    """A range ("between 2 and 4", "six or seven"): one claim on the whole range, value null."""
    return C(kind, ctx, None, "unspecified", g, s, low=low, high=high, nth=nth)


def DT(ctx, norm, end=None, basis="explicit", nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


Q3_24 = ("2024-07-01", "2024-09-30")

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_x/README.md (ranges, low/best/high estimates, table cells, "the reporting period").
# --------------------------------------------------------------------------------------------------


@spec("eval_x01_conflict_data_digest.txt")
def _x01():  # published 2024-10-07 (Monday); digest for September 2024
    SRC = "Pamir Conflict Data Project"
    DT("frontier, [September 2024]", "2024-09-01", "2024-09-30")
    DT("coded to [30 September 2024]", "2024-09-30")
    DT("Released [7 October 2024]", "2024-10-07")
    DT("border in [September 2024]", "2024-09-01", "2024-09-30")
    DT("from 4 in [August]", "2024-08-01", "2024-08-31")
    A("[By our count]", REP, SRC)
    C("killed", "for the month total [5]", 5, g="people (September roll-up)")
    # row 1
    DT("[2024-09-03] |", "2024-09-03")
    C("killed", "unidentified smugglers | [2] |", 2, g="smugglers")
    A("Border Troops [said] two", OS, BT)
    C("killed", "said [two] smugglers", 2, g="smugglers")
    C("detained", "and [one] detained", 1, g="smugglers")
    A("media [put the dead at]", REP, "Afghan local media")
    C("killed", "dead at [3]", 3, g="smugglers")
    # row 2
    DT("[2024-09-09] |", "2024-09-09")
    C("killed", "Civilians | [1] |", 1, g="civilians", s=CIV)
    C("killed", "[A] herder killed", 1, g="herder", s=CIV)
    W("by a [landmine]", "mine")
    C("injured", "his [nephew] injured", 1, g="the herder's nephew", s=CIV)
    # row 3
    DT("[2024-09-14] |", "2024-09-14")
    C("killed", "Arrests | Taliban border forces | [0] |", 0)
    C("detained", "| [11] people detained", 11, g="people crossing back from Tajikistan")
    L("back from [Tajikistan]", None, "country", role="origin")
    A("[according to the district police chief]", OS, "the Yangi Qala district police chief")
    # row 4
    DT("[2024-09-18] |", "2024-09-18")
    C("killed", "armed group | [2] |", 2, g="fighters", s=MIL)
    R("killed", "Between [2 and 4] fighters", 2, 4, g="fighters", s=MIL)
    A("[according to local sources]", REP, "local sources")
    A("the Taliban [confirmed]", OS, "the Taliban")
    C("killed", "confirmed [two]", 2, g="fighters", s=MIL)
    # row 5
    DT("[2024-09-22] |", "2024-09-22")
    C("killed", "Shelling | Unidentified | [0] |", 0)
    W("[Mortar] rounds", "mortar")
    C("killed", "[no casualties] reported", 0)
    C("injured", "[no casualties] reported", 0)
    # row 6
    DT("[2024-09-27] |", "2024-09-27")
    C("killed", "Residents | [0] |", 0)
    C("missing", "Relatives of [3] men", 3, g="men missing on the Amu Darya")
    DT("since [mid-September]", "2024-09-11", "2024-09-20")
    # trends
    DT("Trends. [September]'s", "2024-09-01", "2024-09-30")
    C("killed", "September's [5] fatalities", 5, g="people (September roll-up)")
    C("killed", "2024 total to [19]", 19, g="people (2024 to date)")
    C("killed", "of whom [8] were civilians", 8, g="civilians (2024 to date)", s=CIV)
    DT("In [the third quarter]", *Q3_24)
    C("killed", "events and [9] fatalities", 9, g="people (Q3 2024)")
    DT("for the [3 September] clash", "2024-09-03")


@spec("eval_x02_flash_update_shkev.txt")
def _x02():  # published 2025-05-16 (Friday); firing on the night of Tuesday 13 to Wednesday 14 May
    DT("Situation as of [16 May 2025]", "2025-05-16")
    C("killed", "• [3] civilians killed", 3, g="civilians in Shkev", s=CIV)
    C("injured", "at least [9] injured", 9, "at_least", g="civilians in Shkev", s=CIV)
    W("[small-arms] fire", "small_arms")
    L("from the [Afghan bank]", None, "country", role="origin")
    DT("on [the night of 13-14 May]", "2025-05-13", "2025-05-14")
    C("missing", "• [2] people remain missing", 2, g="residents", s=CIV)
    A("[according to the district emergency commission]", OS, "the Darvoz district emergency commission")
    DT("midnight on [Tuesday]", "2025-05-13", basis="weekday")
    A("[According to the district hospital in Qalaikhumb]", OS, "the district hospital in Qalaikhumb")
    C("injured", "[9] people were admitted", 9, g="people admitted to hospital", s=CIV)
    DT("on [Wednesday] morning", "2025-05-14", basis="weekday")
    C("injured", "[4] of them children", 4, g="children", s=CIV)
    C("killed", "[One] woman died", 1, g="woman", s=CIV)
    DT("[the following day]", "2025-05-15", basis="relative")
    C("killed", "number of dead to [3]", 3, g="civilians", s=CIV)
    A("No. 1 had [reported]", REP, "Flash Update No. 1")
    C("killed", "reported [2] killed", 2, g="civilians (earlier update)", s=CIV)
    C("injured", "killed and [6] injured", 6, g="civilians (earlier update)", s=CIV)
    A("Tajik authorities [said]", OS, "Tajik authorities")
    L("from [Darwaz] district", "AF-BDS", "district", role="origin")
    L("district in [Afghanistan]'s", None, "country", role="origin")
    L("[Badakhshan] province", "AF-BDS", "region", role="origin")
    A("Fayzabad [denied]", DEN, "a spokesman for the Taliban administration in Fayzabad")
    L("from the [Afghan side]", None, "country", role="origin")
    X("less than [1 km]", 1, "km")
    A("teams [said]", REP, "mine-risk education teams")
    W("[unexploded ordnance]", "explosives")
    DT("distributed by [15 May]", "2025-05-15")


@spec("eval_x03_embassy_alert_ishkoshim.txt")
def _x03():  # no header; dateline Dushanbe, 22 August 2023 (Tuesday)
    DT("Dushanbe, [22 August 2023]", "2023-08-22", basis="dateline")
    DT("evening of [Sunday, 20 August]", "2023-08-20")
    A("Local authorities [said]", OS, "local authorities")
    C("killed", "said [2] attackers", 2, g="attackers", s=MIL)
    C("injured", "and [1] border guard", 1, g="border guard", s=SEC)
    A("social media [speak of]", REP, "unconfirmed reports on social media")
    C("killed", "\"up to [5]\"", 5, "up_to", g="people")
    C("detained", "[Two] foreign cyclists", 2, g="foreign cyclists", s=FOR)
    DT("released [the same night]", "2023-08-20", basis="relative")
    C("injured", "[No] embassy citizens", 0, g="embassy citizens", s=FOR)
    DT("incident [last week]", "2023-08-15", "2023-08-21", basis="relative")
    C("killed", "which [a] shepherd", 1, g="shepherd", s=CIV)
    W("by a [landmine] near", "mine")
    DT("Farkhor on [3 August]", "2023-08-03")
    C("killed", "which [3] people died", 3, g="people")
    C("injured", "and [several] were wounded", None, "unspecified", g="people", low=3)
    X("about [100 kilometres]", 100, "kilometres")
    X("within [5 km]", 5, "km")
    W("[landmines] and", "mine")
    W("and [unexploded ordnance] are", "explosives")


@spec("eval_x04_insurer_risk_note.txt")
def _x04():  # published 2025-10-16 (Thursday); Q3 2025 review
    Q3, Q2 = ("2025-07-01", "2025-09-30"), ("2025-04-01", "2025-06-30")
    SRC = "Meridian Re Political Risk Desk"
    DT("Review of [Q3 2025]", *Q3)
    X("the [1,344-kilometre]", 1344, "kilometre", "TJ-AF border")
    DT("in [the third quarter of 2025]", *Q3)
    A("[By our count]", REP, SRC)
    DT("7 incidents in [the quarter]", *Q3, basis="relative")
    W("gunfire, [drones]", "drone")
    W("or [explosives]", "explosives")
    DT("4 in [the second quarter]", *Q2)
    C("killed", "rose to [6]", 6, g="people (Q3 2025, confirmed)")
    C("killed", "from [2] in the", 2, g="people (Q2 2025, confirmed)")
    DT("in [the previous quarter]", *Q2, basis="relative")
    A("monitors [put the figure]", REP, "independent monitors")
    R("killed", "between [6 and 11]", 6, 11, g="people (Q3 2025, independent)")
    DT("- [12 July]", "2025-07-12")
    W("a [drone] dropped", "drone")
    W("dropped [explosives]", "explosives")
    A("Tajik officials [said]", OS, "Tajik officials")
    C("killed", "said [2] workers", 2, g="road workers", s=CIV)
    C("injured", "and [5] injured", 5, g="road workers", s=CIV)
    A("staff [said]", REP, "the contractor's staff")
    C("killed", "[a third] worker", 1, g="road worker", s=CIV)
    DT("- [2 August]", "2025-08-02")
    W("[small-arms] fire", "small_arms")
    L("from the [Afghan bank]", None, "country", role="origin")
    C("injured", "wounded [one] person", 1, g="lorry driver", s=CIV)
    DT("- [19 September]", "2025-09-19")
    C("killed", "left [1] Tajik", 1, g="Tajik serviceman", s=SEC)
    C("injured", "dead and [2] wounded", 2, g="Tajik servicemen", s=SEC)
    A("[according to the Border Troops]", OS, BT)
    A("Afghan sources [reported]", REP, "Afghan sources")
    C("killed", "reported [4] intruders", 4, g="intruders", s=MIL)
    A("[spoke only of]", OS, BT)
    C("killed", "\"[several]\"", None, "unspecified", g="intruders", s=MIL, low=3)
    A("Taloqan [denied]", DEN, "Taliban officials in Taloqan")
    L("operated from [Takhar]", "AF-TAK", "region", role="origin")
    P("about [3.5 million] people", 3500000)
    C("killed", "[No] insured personnel", 0, g="insured personnel")
    C("injured", "[No] insured personnel", 0, g="insured personnel")
    DT("injured in [the quarter]", *Q3, basis="relative")
    X("within [10 km]", 10, "km")


@spec("eval_x05_demining_quarterly.txt")
def _x05():  # published 2022-07-20 (Wednesday); Q2 2022
    Q2 = ("2022-04-01", "2022-06-30")
    TNMAC = "the Tajikistan National Mine Action Centre"
    SKIP("Tajikistan National Mine Action Centre")
    DT("Quarterly report, [April-June 2022]", *Q2)
    DT("During [the reporting period]", *Q2, basis="relative")
    W("61 [anti-personnel mines]", "mine")
    W("3 [anti-tank mines]", "mine")
    W("140 items of [unexploded ordnance]", "explosives")
    DT("operation in [the quarter]", *Q2, basis="relative")
    DT("On [11 April]", "2022-04-11")
    C("injured", "[a] 14-year-old boy", 1, g="boy herding goats", s=CIV)
    W("on an [anti-personnel mine]", "mine")
    C("injured", "His [cousin]", 1, g="the boy's cousin", s=CIV)
    DT("On [23 May]", "2022-05-23")
    W("an [anti-tank mine] in", "mine")
    C("killed", "[One] man, the tractor driver", 1, g="tractor driver", s=CIV)
    C("injured", "[a] passenger was injured", 1, g="passenger", s=CIV)
    A("[According to the Tajikistan National Mine Action Centre]", OS, TNMAC)
    W("Centre, [mines] and", "mine")
    W("and [unexploded ordnance] killed", "explosives")
    C("killed", "killed [2] people", 2, g="people (national, H1 2022)")
    C("injured", "injured [5] in", 5, g="people (national, H1 2022)")
    DT("in [the first half of 2022]", "2022-01-01", "2022-06-30")
    C("killed", "with [1] killed", 1, g="people (national, H1 2021)")
    C("injured", "and [3] injured in", 3, g="people (national, H1 2021)")
    DT("in [the same period of 2021]", "2021-01-01", "2021-06-30", basis="relative")
    A("centre has [recorded]", OS, TNMAC)
    C("killed", "recorded [380] deaths", 380, g="people (national, cumulative)")
    C("injured", "more than [500] injuries", 500, "more_than", g="people (national, cumulative)")
    A("Badakhshan [reported]", REP, "partners in Badakhshan")
    C("killed", "reported [no casualties]", 0)
    C("injured", "reported [no casualties]", 0)
    W("from [mines] in", "mine")
    DT("during [the quarter]", *Q2, basis="relative")
    A("official [said]", OS, "a Taliban provincial official")
    DT("said [last month]", "2022-06-01", "2022-06-30", basis="relative")
    C("injured", "\"[several]\" children", None, "unspecified", g="children", s=CIV, low=3)
    W("by [unexploded ordnance] in", "explosives")
    DT("since [March]", "2022-03-01", "2022-03-31")
    C("injured", "[No] ClearGround staff", 0, g="ClearGround staff")
    DT("the [14 June] shooting", "2022-06-14")
    C("injured", "which [one] border guard", 1, g="border guard", s=SEC)


@spec("eval_x06_working_paper_annex.txt")
def _x06():  # no header; "Draft of 14 March 2023" is the reference date
    DT("border, [July 2021 - June 2022]", "2021-07-01", "2022-06-30")
    DT("Draft of [14 March 2023]", "2023-03-14", basis="dateline")
    DT("B1. [5-6 August 2021]", "2021-08-05", "2021-08-06")
    L("the [Sher Khan Bandar] crossing", "AF-KDZ", "site")
    L("[Kunduz] city", "AF-KDZ", "town")
    DT("fell on [8 August]", "2021-08-08")
    C("killed", "Killed: low [4], best", 4, "at_least", g="fighters and forces (low estimate)")
    C("killed", "best [7], high", 7, "about", g="fighters and forces (best estimate)")
    C("killed", "high [12]. Injured", 12, "up_to", g="fighters and forces (high estimate)")
    DT("B2. [17 September 2021]", "2021-09-17")
    C("detained", "Panj; [9] were detained", 9, g="Afghan nationals", s=FOR)
    C("killed", "Killed: [0]. Sources", 0)
    DT("B3. [Late October 2021]", "2021-10-21", "2021-10-31")
    W("A [landmine] exploded", "mine")
    C("killed", "Killed: [2]. Injured", 2, g="traders", s=CIV)
    C("injured", "Injured: [1]. Sources", 1, g="traders", s=CIV)
    DT("B4. [23 January 2022]", "2022-01-23")
    C("killed", "Killed: [1], according", 1, g="suspected smugglers")
    A("[according to the Border Troops]", OS, BT)
    A("relatives [say]", REP, "relatives")
    C("killed", "[a second] man died", 1, g="suspected smuggler")
    DT("[a week later]", "2022-01-30", basis="relative")
    DT("B5. [15-19 May 2022]", "2022-05-15", "2022-05-19")
    C("injured", "Injured: [3]. Missing", 3, g="people")
    C("missing", "Missing: [1].", 1, g="person")
    C("killed", "Killed: low [7]", 7, "at_least", g="all entries (low estimate)")
    C("killed", "best [11]", 11, "about", g="all entries (best estimate)")
    C("killed", "high [16]", 16, "up_to", g="all entries (high estimate)")


@spec("eval_x07_think_tank_tolls.txt")
def _x07():  # published 2025-11-04 (Tuesday); attack on the night of 7-8 September 2025
    FT = "Frontier Tally, an independent monitor"
    DT("on [the night of 7-8 September]", "2025-09-07", "2025-09-08")
    A("Border Troops [announced]", OS, BT)
    C("killed", "that [2] servicemen", 2, g="servicemen", s=SEC)
    C("injured", "killed and [3] wounded", 3, g="servicemen", s=SEC)
    DT("On [10 September]", "2025-09-10")
    A("attention, [said]", OS, "the regional hospital in Bokhtar")
    C("injured", "treated [6] wounded", 6, g="wounded")
    C("killed", "[a fourth] serviceman", 1, g="serviceman", s=SEC)
    DT("on [15 September]", "2025-09-15")
    A("[By the Institute's count]", REP, "Steppe Policy Institute")
    A("statements [acknowledged]", OS, "official statements")
    C("killed", "acknowledged [9] Tajik", 9, g="Tajik security personnel (2025)", s=SEC)
    L("the [Afghan border]", None, "border")
    DT("in [the first nine months of 2025]", "2025-01-01", "2025-09-30")
    A("Tally [recorded]", REP, FT)
    R("killed", "between [12 and 15]", 12, 15, g="Tajik security personnel (2025)", s=SEC)
    A("officials [reported]", OS, "officials")
    C("killed", "reported [4] dead", 4, g="civilians (2025)", s=CIV)
    C("killed", "against [11] in", 11, g="civilians (2025)", s=CIV)
    A("Kunduz [said]", OS, "Taliban spokesmen in Kunduz")
    C("killed", "said [none] of their", 0, g="Taliban fighters", s=MIL)
    A("also [denied]", DEN, "Taliban spokesmen in Kunduz")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    A("Imam Sahib [counted]", REP, "local journalists in Imam Sahib")
    C("killed", "counted [3] funerals", 3, g="young men")
    DT("between [9 and 12 September]", "2025-09-09", "2025-09-12")
    A("relative [told] us", REP, "a relative")
    C("killed", "that [2] of the dead", 2, g="members of a Taliban border unit", s=SEC)
    A("Tally [lists]", REP, FT)
    C("missing", "lists [5] people", 5, g="people missing on the river (2025)")
    DT("river [this year]", "2025-01-01", "2025-11-04", basis="relative")
    A("the [official figure] of 9", OS, "official statements")
    C("killed", "figure of [9] should", 9, g="Tajik security personnel (2025)", s=SEC)


@spec("eval_x08_rights_report_crossers.txt")
def _x08():  # published 2024-06-12 (Wednesday)
    SRC = "Central Asia Rights Monitor"
    DT("Between [January 2023 and April 2024]", "2023-01-01", "2024-04-30")
    A("Monitor [documented]", REP, SRC)
    C("killed", "left [5] people dead", 5, g="border-crossers (all incidents)")
    C("injured", "at least [11] injured", 11, "at_least", g="border-crossers (all incidents)")
    C("detained", "[27] people were detained", 27, g="border-crossers (all incidents)")
    DT("Farkhor, [14 February 2023]", "2023-02-14")
    C("killed", "[Two] were killed", 2, g="men wading across")
    C("injured", "and [one] was injured", 1, g="men wading across")
    A("The Border Troops [said] the men", OS, BT)
    W("armed with [rifles]", "small_arms")
    A("survivor [told] us", REP, "the survivor")
    C("detained", "remaining [four] were detained", 4, g="men wading across")
    DT("[ten days later]", "2023-02-24", basis="relative")
    DT("Shohin, [2 August 2023]", "2023-08-02")
    C("injured", "[A] 16-year-old", 1, g="16-year-old fishing", s=CIV)
    A("Darqad [said]", OS, "Afghan officials in Darqad")
    L("fired from [Tajikistan]", None, "country", role="origin")
    A("Tajik side [denied]", DEN, "the Tajik side")
    DT("[that day]", "2023-08-02", basis="relative")
    DT("Ishkoshim, [late November 2023]", "2023-11-21", "2023-11-30")
    C("detained", "[Eleven] Afghan traders", 11, g="Afghan traders", s=FOR)
    A("Witnesses [said]", REP, "witnesses")
    R("injured", "between [3 and 5] of them", 3, 5, g="Afghan traders", s=FOR)
    DT("Khwahan, [9 March 2024]", "2024-03-09")
    L("back from [Tajikistan]", None, "country", role="origin")
    C("killed", "[Three] people drowned", 3, g="migrants", s=CIV)
    A("[according to relatives]", REP, "relatives")
    A("police [denied]", DEN, "the provincial police")
    C("missing", "[Two] men are still", 2, g="migrants", s=CIV)
    DT("sent on [20 May]", "2024-05-20")
    A("command [rejected]", DEN, "the Taliban's Badakhshan police command")


@spec("eval_x09_mine_casualty_table.txt")
def _x09():  # no header; dateline Khorugh, 6 December 2021
    Y = ("2021-01-01", "2021-11-30")
    SKIP("Khorugh office")
    W("[Landmine] and unexploded", "mine")
    W("Landmine and [unexploded ordnance] casualties", "explosives")
    DT("Gorno-Badakhshan, [January-November 2021]", *Y)
    DT("Khorugh, [6 December 2021]", "2021-12-06", basis="dateline")
    DT("district, [1 January - 30 November 2021]", *Y)
    for dist, inc, k, i in (("Ishkoshim", 2, 1, 2), ("Rushon", 1, 0, 1), ("Vanj", 1, 1, 0),
                            ("Darvoz", 3, 2, 4), ("Total", 7, 4, 7)):
        g = f"mine/UXO casualties, {dist}"
        C("killed", f"| {dist} | {inc} | [{k}] |", k, g=g)
        C("injured", f"| {dist} | {inc} | {k} | [{i}] |", i, g=g)
    DT("accident of [18 October]", "2021-10-18")
    W("a [mine] killed", "mine")
    C("killed", "killed [two] brothers", 2, g="brothers aged 9 and 12", s=CIV)
    C("injured", "their [mother]", 1, g="their mother", s=CIV)
    C("injured", "include [a] border guard", 1, g="border guard", s=SEC)
    DT("on [2 March]", "2021-03-02")
    A("[according to hospital records]", OS, "hospital records")
    A("Afghan partners [report]", REP, "Afghan partners")
    C("killed", "report [6] killed", 6, g="people in Badakhshan province")
    C("injured", "and [9] injured by", 9, g="people in Badakhshan province")
    W("by [mines] and", "mine")
    W("and [unexploded ordnance] in Badakhshan", "explosives")
    DT("over [the same period]", *Y, basis="relative")
    C("killed", "including [3] killed", 3, g="people in Khwahan")
    DT("incident in [September]", "2021-09-01", "2021-09-30")
    DT("completed in [October]", "2021-10-01", "2021-10-31")


@spec("eval_x10_written_answer.txt")
def _x10():  # published 2025-02-27 (Thursday)
    DT("tabled on [13 February 2025]", "2025-02-13")
    DT("on [26 February 2025]", "2025-02-26")
    A("[According to official Tajik statements]", OS, "official Tajik statements")
    C("killed", "at least [7] people", 7, "at_least", g="people (2024)")
    C("killed", "including [3] members", 3, g="members of the Tajik Border Troops (2024)", s=SEC)
    A("monitors [report]", REP, "independent monitors")
    C("killed", "of up to [12]", 12, "up_to", g="people (2024)")
    C("injured", "Around [20] people", 20, "about", g="people (2024)")
    C("killed", "[No] British nationals were killed", 0, g="British nationals", s=FOR)
    C("injured", "[No] British nationals were killed", 0, g="British nationals", s=FOR)
    DT("on [9 October]", "2024-10-09")
    C("killed", "left [2] Tajik servicemen", 2, g="Tajik servicemen", s=SEC)
    C("killed", "and [3] attackers dead", 3, g="attackers", s=MIL)
    DT("in [early December]", "2024-12-01", "2024-12-10")
    C("detained", "[5] Afghan nationals", 5, g="Afghan nationals", s=FOR)
    A("authorities [informed] us", OS, "the Tajik authorities")
    DT("visit on [21 January]", "2025-01-21")
    X("within [10 km]", 10, "km")
    DT("updated on [3 February]", "2025-02-03")


@spec("eval_x11_un_sg_report.txt")
def _x11():  # published 2024-03-18 (Monday); reporting period 1 Dec 2023 - 29 Feb 2024
    RP = ("2023-12-01", "2024-02-29")
    UN = "the United Nations"
    DFA = "the de facto authorities"
    SKIP("Government of Tajikistan")
    DT("During [the reporting period]", *RP, basis="relative")
    DT("from [1 December 2023 to 29 February 2024]", *RP)
    A("United Nations [recorded]", REP, UN)
    DT("On [12 January]", "2024-01-12")
    C("killed", "deaths of [2] members", 2, g="members of a crossing group")
    C("injured", "[1] Tajik border guard", 1, g="Tajik border guard", s=SEC)
    A("[according to the Tajik authorities]", OS, "the Tajik authorities")
    A("authorities [stated]", OS, DFA)
    DT("On [3 February]", "2024-02-03")
    C("killed", "[4] civilians, including", 4, g="civilians", s=CIV)
    C("killed", "including [2] children", 2, g="children", s=CIV)
    W("of [unexploded ordnance] detonated", "explosives")
    P("about [1 million] people", 1000000)
    C("injured", "further [3] civilians", 3, g="civilians", s=CIV)
    A("authorities [reported] having", OS, DFA)
    C("detained", "detained [14] people", 14, g="people attempting to cross")
    DT("during [the period]", *RP, basis="relative")
    A("Tajik authorities [reported] the", OS, "the Tajik authorities")
    C("detained", "detention of [23]", 23, g="violators of the State border")
    R("killed", "between [9 and 14] people", 9, 14, g="people (2023)")
    A("[according to information compiled by the United Nations]", REP, UN)


@spec("eval_x12_media_monitoring_brief.txt")
def _x12():  # published 2026-03-03 (Tuesday); clash on the night of Friday 27 February 2026
    SKIP("Dushanbe Courier")
    SKIP("Kabul Line")
    DT("tolls for [Friday]'s clash", "2026-02-27", basis="weekday")
    DT("On [the night of 27 February]", "2026-02-27")
    L("Panj from [Afghanistan]", None, "country", role="origin")
    A("Courier, [citing]", OS, "the Border Troops press centre")
    A("press centre, [reported]", REP, "Dushanbe Courier")
    DT("reported on [Saturday] that 3", "2026-02-28", basis="weekday")
    C("killed", "that [3] \"terrorists\"", 3, g="\"terrorists\"", s=MIL)
    C("detained", "and [1] was detained", 1, g="\"terrorists\"", s=MIL)
    C("injured", "that [1] Tajik serviceman", 1, g="Tajik serviceman", s=SEC)
    DT("Its [Monday] follow-up", "2026-03-02", basis="weekday")
    A("follow-up [repeated]", REP, "Dushanbe Courier")
    A("Amu Post [reported]", REP, "Amu Post")
    DT("reported on [Saturday] that 5", "2026-02-28", basis="weekday")
    C("killed", "that [5] people", 5, g="people, mostly farmers from Imam Sahib")
    C("missing", "that [2] were missing", 2, g="people")
    DT("On [Sunday] it", "2026-03-01", basis="weekday")
    A("it [revised]", REP, "Amu Post")
    C("killed", "down to [4]", 4, g="people")
    A("[quoting] a village elder", REP, "a village elder")
    A("Line, [quoting]", DEN, "Kunduz police")
    A("police, [said]", DEN, "Kabul Line")
    L("crossed from [Afghanistan] and", None, "country", role="origin")
    C("killed", "that [no] Afghan citizens", 0, g="Afghan citizens")
    C("injured", "that [no] Afghan citizens", 0, g="Afghan citizens")
    A("[Our assessment]", REP, "Frontier Media Watch")
    R("killed", "between [3 and 5]", 3, 5, g="people")
    DT("[Over the past week]", "2026-02-24", "2026-03-02", basis="relative")


@spec("eval_x13_investigation_barchid.txt")
def _x13():  # published 2022-10-18 (Tuesday); the night of Saturday 1 to Sunday 2 October 2022
    DT("on [Saturday, 1 October]", "2022-10-01")
    A("[according to nine residents we interviewed separately]", REP, "nine residents of Barchid")
    W("[machine-gun] fire", "small_arms")
    DT("[the next morning]", "2022-10-02", basis="relative")
    A("Border Troops [said] 4", OS, BT)
    C("killed", "said [4] \"militants\"", 4, g="\"militants\"", s=MIL)
    C("injured", "and [2] servicemen wounded", 2, g="servicemen", s=SEC)
    C("injured", "that [no] civilians", 0, g="civilians", s=CIV)
    DT("[Two days later]", "2022-10-04", basis="relative")
    A("Khorugh [added]", OS, "the regional administration in Khorugh")
    C("injured", "added [a third]", 1, g="serviceman", s=SEC)
    A("farmer, [said]", REP, "Davlat, a farmer")
    R("killed", "\"[six or seven]\"", 6, 7, g="bodies")
    A("named, [said]", REP, "a nurse at the village clinic")
    C("injured", "treated [5] people", 5, g="people treated at the village clinic")
    C("injured", ": [3] soldiers", 3, g="soldiers", s=SEC)
    C("injured", "and [2] residents", 2, g="residents", s=CIV)
    C("injured", "[one] of them a girl", 1, g="girl of 10", s=CIV)
    A("A neighbour [said]", REP, "a neighbour")
    C("missing", "[a] man from the burned house", 1, g="Shodmon Karimov, 58", s=CIV)
    DT("images from [2 October]", "2022-10-02")
    X("about [400 metres]", 400, "metres")
    A("spokesman [told]", OS, "a Border Troops spokesman")
    DT("on [5 October]", "2022-10-05")
    A("Shighnan [told] us", DEN, "a Taliban commander in Shighnan")
    L("not from [Afghanistan]", None, "country", role="origin")


@spec("eval_x14_data_explainer.txt")
def _x14():  # published 2026-01-09 (Friday)
    DT("Data as of [5 January 2026]", "2026-01-05")
    for row, kind, a, b in (("Killed (official)", "killed", 9, 16), ("Killed (independent)", "killed", 14, 27),
                            ("Injured (official)", "injured", 12, 21), ("Detained (official)", "detained", 140, 183)):
        C(kind, f"| {row} | [{a}] |", a, g=f"{row} 2024")
        C(kind, f"| {row} | {a} | [{b}] |", b, g=f"{row} 2025")
    DT("month was [November]", "2025-11-01", "2025-11-30")
    C("killed", "with [7] deaths", 7, g="people (November 2025)")
    A("[according to the independent monitors]", REP, "the independent monitors")
    C("killed", "Khatlon: [19] of", 19, g="people in Shamsiddin Shohin, Farkhor and Panj (2025)")
    C("killed", "of the [27] deaths", 27, g="people (2025, independent)")
    L("Farkhor and [Panj] districts", "TJ-KT", "district")
    P("about [60,000] people", 60000)
    C("killed", "accounted for [8]", 8, g="people in Shamsiddin Shohin (2025)")
    C("missing", "At least [8] people", 8, "at_least", g="people missing on the river (2025)")
    C("killed", "bodies of [3]", 3, g="missing people later recovered")
    A("Border Troops [say]", OS, BT)
    C("detained", "detained [183] people", 183, g="people (2025)")
    A("the Taliban [say]", OS, "the Taliban")
    C("detained", "\"more than [200]\"", 200, "more_than", g="people returning from Tajikistan (2025)")
    L("returning from [Tajikistan]", None, "country", role="origin")


COUNTRY_NAMES = {"Tajik": "TJ", "Afghan": "AF"}


def add_location_fields(path: Path) -> None:
    """Give every location line ``name`` (= anchor) and ``country`` (from admin1, or a country-level name)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] != "location":
            continue
        r["name"] = r["anchor"]
        if r["admin1_code"]:
            r["country"] = r["admin1_code"][:2]
        elif r["precision"] == "country":
            r["country"] = next(c for k, c in COUNTRY_NAMES.items() if k in r["anchor"])
        else:
            r["country"] = None  # border features
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_x*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_location_fields(OUT)
    sys.exit(rc)
