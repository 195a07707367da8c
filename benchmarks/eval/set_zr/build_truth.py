"""Build benchmarks/eval/set_zr/truth.jsonl from the annotation specs below (same format as set T).

Set ZR is a blind, held-out set: analytical and reference formats (monitor reports, briefs, an
encyclopedia entry, a timeline, a parliamentary question, a paper, a dataset changelog, an FAQ, a
human-rights report, a Security Council record, a travel advisory, a fact-check). The annotation helpers
and the anchor-checking writer are benchmarks/eval/annotate.py, as for set T. Set ZR additionally writes
the fields the shared README lists that set T's helpers leave out:

* casualties: ``low``, ``high`` (derived from the qualifier as in ../README.md), ``group``, ``side``;
* dates: ``basis`` (explicit, weekday, relative, dateline);
* locations: ``country`` (ISO2, null for border features);
* distances: ``value`` and ``qualifier``.

    .venv/bin/python benchmarks/eval/set_zr/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, A, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zr/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"
BT = "Tajikistan's Border Troops"
GKNB = "Tajikistan's State Committee for National Security (GKNB)"
FIM = "Frontier Incident Monitor"


# --------------------------------------------------------------------------------------------------
# Wrappers adding the README fields set T does not write.
# --------------------------------------------------------------------------------------------------
def K(kind, ctx, value, q="exact", group=None, side=None, low=None, high=None, nth=None):
    """Casualty figure. low/high follow ../README.md; for ranges and vague words pass them explicitly."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q == "exact" or q == "about":
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: ranges ("1-2") and vague words ("several", "dozens")
        lo, hi = low, high
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    rec = annotate.L(ctx, code, prec, role, nth)
    rec["country"] = country if country is not None else (code[:2] if code else None)
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


COUNTRY_OF_NAME = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def add_country(c: dict) -> None:
    """Country of an automatic (gazetteer) location: from the admin1 code, the country name, or null."""
    if "country" in c:
        return
    if c["admin1_code"]:
        c["country"] = c["admin1_code"][:2]
    elif c["precision"] == "country":
        c["country"] = COUNTRY_OF_NAME[c["anchor"]]
    else:
        assert c["precision"] == "border", c
        c["country"] = None


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls in
# set_zr/README.md. Written blind (see README).
# --------------------------------------------------------------------------------------------------
@spec("eval_zr01_monitor_monthly.txt")
def _zr01():  # published 2023-10-05 (Thursday); covers September 2023
    D("REPORT No. 31 - [SEPTEMBER 2023]", "2023-09-01", "2023-09-30")
    K("killed", "- Killed: [5] (low", 5, group="all incidents, best estimate")
    K("killed", "(low [4], high 6)", 4, "at_least", group="all incidents, low estimate")
    K("killed", "(low 4, high [6])", 6, "up_to", group="all incidents, high estimate")
    K("injured", "- Injured: [9]", 9, group="all incidents")
    K("detained", "- Detained: [14]", 14, group="all incidents")
    D("In [September] the Monitor", "2023-09-01", "2023-09-30")
    A("the Monitor [recorded]", REP, FIM)
    D("1. [3 September]", "2023-09-03")
    K("killed", "Killed: [2] (high", 2, group="men crossing the Panj near Dahana")
    K("killed", "(high [3])", 3, "up_to", group="men crossing the Panj near Dahana")
    A("The Border Troops [said] two", OS, BT)
    K("killed", "said [two] \"violators\"", 2, group="\"violators\"", side=MIL)
    A("Afghan media, [citing]", REP, "relatives")
    A("relatives, [reported]", REP, "Afghan media")
    K("killed", "reported [a third] body", 1, group="crosser (body found downstream)")
    D("2. [8 September]", "2023-09-08")
    K("injured", "[A] shepherd lost", 1, group="shepherd", side=CIV)
    W("a [landmine]", "mine")
    K("injured", "1990s. Injured: [1]", 1, group="shepherd", side=CIV)
    D("3. [11-12 September]", "2023-09-11", "2023-09-12")
    K("detained", "detained [seven] Afghan traders", 7, group="Afghan traders", side=CIV)
    A("district chief [said]", DEN, "the Taliban district chief (Shighnan)")
    K("detained", "anything\". Detained: [7]", 7, group="Afghan traders", side=CIV)
    D("released on [20 September]", "2023-09-20")
    D("4. [17 September]", "2023-09-17")
    K("killed", "Killed: [1-2] (best", None, "unspecified", group="smugglers", side=MIL, low=1, high=2)
    K("killed", "(best [2])", 2, group="smugglers", side=MIL)
    K("injured", "Injured: [4]. Kunduz", 4)
    A("police [said] one", OS, "Kunduz police")
    K("killed", "said [one] smuggler", 1, group="smugglers", side=MIL)
    A("a local elder [said]", REP, "a local elder")
    K("killed", "elder said [two].", 2, group="smugglers", side=MIL)
    D("5. [24 September]", "2023-09-24")
    K("detained", "[Seven] men were detained", 7, group="armed crossers", side=MIL)
    K("injured", "[one] guard was wounded", 1, group="border guard", side=SEC)
    W("a [pistol] shot", "firearms")
    K("detained", "Detained: [7]. Injured", 7, group="armed crossers", side=MIL)
    K("injured", "Detained: 7. Injured: [1]", 1, group="border guard", side=SEC)
    D("6. [29 September]", "2023-09-29")
    W("[Mortar] rounds", "mortar")
    K("killed", "killing [a] woman", 1, group="woman", side=CIV)
    K("injured", "injuring [three] children", 3, group="children", side=CIV)
    K("injured", "Injured: [3]. Killed", 3, group="children", side=CIV)
    K("killed", "Injured: 3. Killed: [1].", 1, group="woman", side=CIV)
    D("([1 January - 30 September])", "2023-01-01", "2023-09-30")
    K("killed", "[19] killed", 19, group="year to date")
    K("injured", "[31] injured", 31, group="year to date")
    K("detained", "[64] detained", 64, group="year to date")
    A("Report No. 30 [listed]", RET, "Frontier Incident Monitor, Report No. 30")
    K("killed", "listed [four] people", 4, group="shelling of Khwahan (withdrawn figure)")
    D("on [19 August]", "2023-08-19")
    K("killed", "figure is [three]", 3, group="shelling of Khwahan (corrected)")


@spec("eval_zr02_thinktank_drones.txt")
def _zr02():  # published 2025-11-18 (Tuesday)
    W("[Drones] over the Panj: reading", "drone")
    D("[Since the start of the year]", "2025-01-01", "2025-11-18", "relative")
    W("involving [drones]", "drone")
    K("killed", "killed [between four and eight] people", None, "unspecified",
      group="two drone cases", low=4, high=8)
    D("Ryn, [27 July 2025]", "2025-07-27")
    W("A small [drone]", "drone")
    W("an [explosive charge]", "explosives")
    A("National Security [said]", OS, GKNB)
    K("killed", "said [the driver] was killed", 1, group="fuel-truck driver", side=CIV)
    K("injured", "and [two] road workers were wounded", 2, group="road workers", side=CIV)
    L("from [Afghan territory]", None, "country", role="origin", country="AF")
    K("killed", "[One] of the wounded died", 1, group="road worker", side=CIV)
    D("[three days later]", "2025-07-30", basis="relative")
    A("[put the dead at]", REP, "residents of Ryn")
    K("killed", "dead at [three]", 3, group="people at Ryn")
    A("in Badakhshan [said]", DEN, "the Taliban's spokesman in Badakhshan")
    W("possess [drones]", "drone")
    D("Khwahan, [9 October 2025]", "2025-10-09")
    W("A [drone] struck", "drone")
    A("provincial spokesman [said]", OS, "the Taliban's provincial spokesman")
    K("killed", "said [two] fighters", 2, group="Taliban fighters", side=SEC)
    K("injured", "and [none] wounded", 0, group="Taliban fighters", side=SEC)
    A("[claimed]", REP, "a Telegram channel close to the Tajik security services")
    K("killed", "\"up to [five]\"", 5, "up_to", group="Taliban fighters", side=SEC)
    K("killed", "| Ryn | [2] |", 2, "at_least", group="Ryn, low estimate")
    K("killed", "| Ryn | 2 | [2] |", 2, group="Ryn, best estimate")
    K("killed", "| Ryn | 2 | 2 | [3] |", 3, "up_to", group="Ryn, high estimate")
    K("killed", "| Khwahan | [2] |", 2, "at_least", group="Khwahan, low estimate")
    K("killed", "| Khwahan | 2 | [2] |", 2, group="Khwahan, best estimate")
    K("killed", "| Khwahan | 2 | 2 | [5] |", 5, "up_to", group="Khwahan, high estimate")
    K("killed", "| Total | [4] |", 4, "at_least", group="total, low estimate")
    K("killed", "| Total | 4 | [4] |", 4, group="total, best estimate")
    K("killed", "| Total | 4 | 4 | [8] |", 8, "up_to", group="total, high estimate")
    W("notifying [drone] incidents", "drone")
    X("the [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")


@spec("eval_zr03_encyclopedia_shohin.txt")
def _zr03():  # published (last edited) 2025-03-02 (Sunday); the clash on the night of 18-19 April 2024
    D("Date: [18-19 April 2024]", "2024-04-18", "2024-04-19")
    K("killed", "[3] border guards killed", 3, group="Tajik border guards", side=SEC)
    K("injured", "[1] wounded (official)", 1, group="Tajik border guards", side=SEC)
    A("1 wounded ([official])", OS, "official Tajik figures")
    K("killed", "[4] attackers killed", 4, group="attackers", side=MIL)
    K("detained", "[2] captured", 2, group="attackers", side=MIL)
    D("on [the night of 18-19 April 2024]", "2024-04-18", "2024-04-19")
    L("from [Afghanistan].[1]", None, "country", role="origin", country="AF")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    A("[According to the State Committee for National Security]", OS, GKNB)
    W("[automatic rifles]", "small_arms")
    W("a [grenade launcher]", "rpg")
    K("killed", "[Two] border guards were killed", 2, group="Tajik border guards", side=SEC)
    K("injured", "and [two] were wounded", 2, group="Tajik border guards", side=SEC)
    K("killed", "[one] of whom died", 1, group="Tajik border guard (died of wounds)", side=SEC)
    D("on [21 April]", "2024-04-21")
    A("[Official Tajik figures give]", OS, "official Tajik figures")
    K("killed", "give [three] border guards", 3, group="Tajik border guards", side=SEC)
    K("injured", "killed and [one] wounded", 1, group="Tajik border guards", side=SEC)
    K("killed", "and [four] attackers", 4, group="attackers", side=MIL)
    K("detained", "and [two] captured", 2, group="attackers", side=MIL)
    A("Amu Times [reported]", REP, "Amu Times")
    K("killed", "that [five] Afghan nationals", 5, group="Afghan nationals")
    K("killed", "among them [two] teenagers", 2, group="teenagers from Chah Ab")
    A("ministry [denied]", DEN, "the Taliban interior ministry")
    K("killed", "saying [none] of the dead", 0, group="Taliban personnel", side=SEC)
    A("Monitor [lists]", REP, FIM)
    K("killed", "with [7] deaths", 7, group="all")
    K("killed", "(low [7],", 7, "at_least", group="all, low estimate")
    K("killed", "high [8])", 8, "up_to", group="all, high estimate")
    D("In [November 2024]", "2024-11-01", "2024-11-30")
    D("press release, [19 April 2024]", "2024-04-19")
    D("Wire, [20 April 2024]", "2024-04-20")
    D("statement, [22 April 2024]", "2024-04-22")
    D("Amu Times, [23 April 2024]", "2024-04-23")
    D("No. 38, [6 May 2024]", "2024-05-06")
    D("Wire, [15 November 2024]", "2024-11-15")


@spec("eval_zr04_timeline_border.txt")
def _zr04():  # published 2026-01-15 (Thursday); entry dates take the year of their section heading
    X("[1,344 km] border", 1344, "km", "TJ-AF border")
    D("since [August 2021]", "2021-08-01", "2021-08-31")
    D("- [22 July]:", "2021-07-22")
    D("- [4 March]:", "2022-03-04")
    K("injured", "[Two] Tajik border guards are wounded", 2, group="Tajik border guards", side=SEC)
    K("killed", "[one] smuggler is killed", 1, group="smuggler", side=MIL)
    A("Tajik officials [say]", OS, "Tajik officials")
    D("- [14 June]:", "2022-06-14")
    K("detained", "detain [nine] Tajik fishermen", 9, group="Tajik fishermen", side=CIV)
    D("[eleven days later]", "2022-06-25", basis="relative")
    D("- [October]:", "2022-10-01", "2022-10-31")
    K("killed", "[A] 15-year-old boy", 1, group="boy collecting firewood", side=CIV)
    A("who [call] him", OS, "Tajik border guards")
    D("- [3 September]:", "2023-09-03")
    K("killed", "[Two] men crossing", 2, group="men crossing the river")
    A("relatives [say]", REP, "relatives")
    K("killed", "say [a third] died", 1, group="men crossing the river")
    D("- [17 September]:", "2023-09-17")
    K("killed", "kills [one] smuggler", 1, group="smuggler", side=MIL)
    A("[according to police]", OS, "police (Kunduz)")
    A("an elder [says]", REP, "an elder")
    K("killed", "elder says [two].", 2, group="smugglers", side=MIL)
    D("- [18-19 April]:", "2024-04-18", "2024-04-19")
    K("killed", "[Two] border guards and four", 2, group="Tajik border guards", side=SEC)
    K("killed", "and [four] attackers die", 4, group="attackers", side=MIL)
    D("die [that night]", "2024-04-18", "2024-04-19", basis="relative")
    K("killed", "[a third] guard dies", 1, group="Tajik border guard (died of wounds)", side=SEC)
    D("[two days later]", "2024-04-21", basis="relative")
    K("detained", "[Two] attackers are captured", 2, group="attackers", side=MIL)
    D("- [27 July]:", "2025-07-27")
    W("A [drone] strikes", "drone")
    K("killed", "killing [the driver]", 1, group="fuel-truck driver", side=CIV)
    K("injured", "wounding [two] road workers", 2, group="road workers", side=CIV)
    K("killed", "[one] of whom dies", 1, group="road worker", side=CIV)
    D("dies on [30 July]", "2025-07-30")
    A("Residents [say]", REP, "residents")
    K("killed", "say [three] people", 3, group="people at Ryn")
    D("- [9 October]:", "2025-10-09")
    W("A [drone] hits", "drone")
    A("The Taliban [say]", OS, "the Taliban")
    K("killed", "say [two] fighters died", 2, group="Taliban fighters", side=SEC)
    D("- [21-22 December]:", "2025-12-21", "2025-12-22")
    K("detained", "detain [13] men", 13, group="men on the river")
    A("the Border Troops [say]", OS, BT)
    D("- [11 January]:", "2026-01-11")
    W("A [landmine] kills", "mine")
    K("killed", "kills [a] shepherd", 1, group="shepherd", side=CIV)
    K("injured", "injures his [brother]", 1, group="shepherd's brother", side=CIV)
    A("[Counting only official figures]", REP, "Central Asia Ledger (tally of official figures)")
    K("killed", "at least [17] people", 17, "at_least", group="all listed incidents, official figures")


@spec("eval_zr05_parliamentary_question.txt")
def _zr05():  # no header; reference date = the answer's date, 2 July 2024 (Tuesday)
    D("Lindqvist (Member)\n[6 May 2024]", "2024-05-06")
    D("On [the night of 18 to 19 April 2024]", "2024-04-18", "2024-04-19")
    L("crossed from [Afghanistan]", None, "country", role="origin", country="AF")
    A("[According to press reports]", REP, "press reports")
    K("killed", "press reports, [three] Tajik border guards", 3, group="Tajik border guards", side=SEC)
    K("injured", "and [several] others wounded", None, "unspecified", group="Tajik border guards",
      side=SEC, low=3)
    A("Independent monitors [recorded]", REP, "independent monitors")
    K("killed", "at least [20] deaths", 20, "at_least", group="deaths on the border in 2023")
    L("based in [Afghanistan]", None, "country", role="origin", country="AF")
    D("([2.7.2024])", "2024-07-02", basis="dateline")
    D("incident of [19 April 2024]", "2024-04-19")
    A("[according to the Tajik authorities]", OS, "the Tajik authorities")
    K("killed", "authorities, [three] border guards", 3, group="Tajik border guards", side=SEC)
    K("killed", "and [four] members", 4, group="members of the armed group", side=MIL)
    A("[has been informed]", OS, "the Tajik authorities (via the EU Delegation in Dushanbe)")
    K("detained", "that [two] further attackers", 2, group="attackers", side=MIL)
    K("injured", "[No] EU-funded staff", 0, group="EU-funded staff")
    A("the Commission [recorded]", REP, "the Commission's monitoring partner")
    K("killed", "which [24] people died", 24, group="border incidents in 2023")
    K("injured", "and [37] were injured", 37, group="border incidents in 2023")
    X("some [300 kilometres]", 300, "kilometres", None, "about")
    W("no [firearms]", "firearms")
    W("or [drones]", "drone")
    D("damaged on [18-19 April]", "2024-04-18", "2024-04-19")


@spec("eval_zr06_academic_case_nusay.txt")
def _zr06():  # no header; reference date = "Published online 14 October 2025" (Tuesday)
    D("Published online [14 October 2025]", "2025-10-14", basis="dateline")
    D("boat shooting ([June 2023])", "2023-06-01", "2023-06-30")
    D("Nusay on [5 June 2023]", "2023-06-05")
    A("[According to the governor]", OS, "the governor of Nusay district")
    K("killed", "killing [four]", 4, group="fishermen", side=CIV)
    K("missing", "[two] others were missing", 2, group="fishermen", side=CIV)
    A("National Security [said]", OS, GKNB)
    K("killed", "said [two] of the men", 2, group="\"armed drug couriers\"", side=MIL)
    W("[automatic weapons]", "small_arms")
    L("weapons from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("It also [reported]", OS, GKNB)
    K("killed", "bodies of [two] of the missing", 2, group="fishermen (bodies recovered)", side=CIV)
    D("[a week later]", "2023-06-12", basis="relative")
    K("killed", "count to [six]", 6, group="fishermen (Afghan count)", side=CIV)
    A("in its quarterly update, [verified]", OS, "UNAMA")
    K("killed", "verified [three] civilian", 3, group="civilians", side=CIV)
    K("killed", "(media-based): [6]", 6, group="Dataset A")
    K("killed", "(official sources only): [2]", 2, group="Dataset B")
    K("killed", "(UNAMA-verified): [3]", 3, group="Dataset C")
    K("killed", "(authors' fieldwork): [5-6]", None, "unspecified", group="Dataset D", low=5, high=6)
    A("Our interviews in Nusay [suggest]", REP, "the authors")
    K("killed", "that [one] of the six bodies", 1, group="man drowned separately")
    D("[two days before the shooting]", "2023-06-03", basis="relative")
    A("We therefore [code]", REP, "the authors")
    K("killed", "code [five] deaths", 5, group="linked to the incident (authors)")
    K("killed", "high estimate of [six]", 6, "up_to", group="linked to the incident, high estimate")
    D("Daily, [6 June 2023]", "2023-06-06")
    D("press release, [6 June 2023]", "2023-06-06")
    D("statement of [13 June 2023]", "2023-06-13")
    D("update, [Q2 2023]", "2023-04-01", "2023-06-30")
    D("Nusay, [October 2024]", "2024-10-01", "2024-10-31")


@spec("eval_zr07_dataset_changelog.txt")
def _zr07():  # published 2025-02-10 (Monday)
    D("Released [10 February 2025]", "2025-02-10", basis="dateline")
    D("events for [October-December 2024]", "2024-10-01", "2024-12-31")
    D("| [18-19 Apr 2024]", "2024-04-18", "2024-04-19")
    K("killed", "deaths_best [6] -> 7", 6, group="all (before revision)")
    K("killed", "deaths_best 6 -> [7]", 7, group="all (after revision)")
    K("killed", "deaths_high [8]", 8, "up_to", group="all, high estimate")
    A("Ministry of Health [confirmed]", OS, "the Tajik Ministry of Health")
    D("confirmed on [22 April 2024]", "2024-04-22")
    K("killed", "that [a] wounded border guard", 1, group="Tajik border guard (died of wounds)", side=SEC)
    D("[the previous day]", "2024-04-21", basis="relative")
    K("killed", "losses to [three]", 3, group="Tajik border guards", side=SEC)
    K("killed", "Attackers: [4] killed", 4, group="attackers", side=MIL)
    K("detained", "[2] detained (GKNB)", 2, group="attackers", side=MIL)
    A("detained ([GKNB])", OS, GKNB)
    D("| [17 Sep 2023]", "2023-09-17")
    K("killed", "deaths_best [1] -> 2", 1, group="all (before revision)")
    K("killed", "deaths_best 1 -> [2]", 2, group="all (after revision)")
    K("killed", "deaths_low remains [1]", 1, "at_least", group="all, low estimate")
    A("[quoted by]", REP, "two outlets")
    A("[put the dead at]", REP, "a local elder")
    K("killed", "dead at [two]", 2, group="all")
    K("injured", "injured_best [4]", 4, group="all")
    D("| [4 Mar 2022]", "2022-03-04")
    K("killed", "unchanged: [1] killed", 1)
    K("injured", "[2] injured", 2)
    D("| [late Jul 2024] ->", "2024-07-21", "2024-07-31")
    D("-> [23 Jul 2024]", "2024-07-23")
    K("detained", "detained [3] -> 5", 3, group="all (before revision)")
    K("detained", "detained 3 -> [5]", 5, group="all (after revision)")
    K("detained", "[two] men held by Taliban", 2, group="men held by Taliban border police")
    D("| [22 Nov 2023]", "2023-11-22")
    A("post [claiming]", REP, "a social media post")
    K("killed", "\"[dozens] of Taliban", None, "unspecified", group="Taliban", side=SEC, low=24)
    A("Takhar police [denied]", DEN, "Takhar police")
    D("clash [that day]", "2023-11-22", basis="relative")


@spec("eval_zr08_explainer_faq.txt")
def _zr08():  # published 2024-04-24 (Wednesday); the clash late on Thursday 18 April
    D("[Last week]'s", "2024-04-17", "2024-04-23", basis="relative")
    L("the [Afghan frontier]", None, "border")
    D("Late on [Thursday]", "2024-04-18", basis="weekday")
    D("early hours of [Friday]", "2024-04-19", basis="weekday")
    A("[according to the State Committee for National Security]", OS, GKNB)
    A("[Officially], seven", OS, "Tajik officials")
    K("killed", "Officially, [seven]", 7, group="all")
    K("killed", "[three] border guards and four", 3, group="Tajik border guards", side=SEC)
    K("killed", "and [four] of the attackers", 4, group="attackers", side=MIL)
    K("killed", "[Two] guards died", 2, group="Tajik border guards", side=SEC)
    K("killed", "[a third] died", 1, group="Tajik border guard (died of wounds)", side=SEC)
    D("Kulob on [Sunday]", "2024-04-21", basis="weekday")
    K("detained", "[Two] attackers were captured", 2, group="attackers", side=MIL)
    A("Amu Times, [says]", REP, "Amu Times")
    K("killed", "says [five] Afghans", 5, group="Afghans")
    K("killed", "total at [eight]", 8, group="all (with Amu Times figure)")
    A("The GKNB [says]", OS, GKNB)
    W("[Kalashnikovs]", "small_arms")
    W("[hand grenades]", "grenade")
    L("came from [Afghanistan]", None, "country", role="origin", country="AF")
    A("[has denied]", DEN, "the Taliban's interior ministry")
    A("Officials [say]", OS, "officials")
    K("injured", "say [no] residents", 0, group="residents of nearby villages", side=CIV)
    X("for [1,344 km]", 1344, "km", "TJ-AF border")
    A("Monitor [counted]", REP, FIM)
    K("killed", "counted [24] deaths", 24, group="deaths on the border in 2023")
    D("border [last year]", "2023-01-01", "2023-12-31", basis="relative")
    D("In [the first three months of this year]", "2024-01-01", "2024-03-31", basis="relative")
    A("it [recorded] nine", REP, FIM)
    K("killed", "recorded [nine].", 9, group="deaths on the border, January-March 2024")
    X("within [20 km]", 20, "km", None, "up_to")


@spec("eval_zr09_rights_annual_report.txt")
def _zr09():  # no header; reference date = "Released 12 January 2023" (Thursday); events of 2022
    D("Released [12 January 2023]", "2023-01-12", basis="dateline")
    A("Our researchers [documented]", REP, "Rights Without Frontiers")
    K("killed", "at least [11] killings", 11, "at_least", group="civilians", side=CIV)
    K("detained", "more than [40] arbitrary", 40, "more_than")
    D("In [October], Tajik", "2022-10-01", "2022-10-31")
    K("killed", "shot dead [a] 15-year-old", 1, group="boy collecting firewood", side=CIV)
    A("Border Troops [described]", OS, BT)
    A("his family [said]", REP, "the boy's family")
    K("injured", "his [cousin], who was wounded", 1, group="the boy's cousin", side=CIV)
    D("On [4 March]", "2022-03-04")
    A("Tajik officials [said]", OS, "Tajik officials")
    K("killed", "said [one] \"smuggler\"", 1, group="\"smuggler\" (a herder, per residents)")
    K("injured", "and [two] border guards wounded", 2, group="Tajik border guards", side=SEC)
    A("Residents [told] us", REP, "residents")
    D("On [14 June]", "2022-06-14")
    K("detained", "detained [nine] Tajik fishermen", 9, group="Tajik fishermen", side=CIV)
    D("released on [25 June]", "2022-06-25")
    A("relatives [described]", REP, "relatives")
    K("detained", "detained at least [30] Afghan", 30, "at_least", group="Afghan nationals who crossed the river")
    D("in [the second half of the year]", "2022-07-01", "2022-12-31", basis="relative")
    K("detained", "[Two] men from Shighnan", 2, group="men from Shighnan")
    K("missing", "[Two] men from Shighnan", 2, group="men from Shighnan (detained, whereabouts unknown)")
    D("Tajik forces in [August]", "2022-08-01", "2022-08-31")
    A("the authorities [deny]", DEN, "the Tajik authorities")
    W("[Landmines] and unexploded ordnance\nLandmines", "mine")
    W("Landmines and [unexploded ordnance]\nLandmines", "explosives")
    W("ordnance\n[Landmines] and unexploded ordnance killed", "mine")
    W("[unexploded ordnance] killed", "explosives")
    K("killed", "killed at least [four] civilians", 4, "at_least", group="civilians (mines and ordnance)", side=CIV)
    K("killed", "among them [two] children", 2, group="children", side=CIV)
    D("in [May] when", "2022-05-01", "2022-05-31")
    W("a [mine] they", "mine")
    A("demining agency [reported]", OS, "Tajikistan's demining agency")
    K("killed", "reported [no mine casualties]", 0, group="mine casualties on the Tajik side")
    K("injured", "reported [no mine casualties]", 0, group="mine casualties on the Tajik side")


@spec("eval_zr10_unsc_briefing.txt")
def _zr10():  # no header; reference date = the meeting, Wednesday 17 September 2025
    D("[Wednesday, 17 September 2025]", "2025-09-17", basis="dateline")
    D("briefing, on [19 June]", "2025-06-19")
    A("the Mission has [documented]", OS, "UNAMA (the Special Representative)")
    D("On [27 July] a drone", "2025-07-27")
    W("a [drone] strike", "drone")
    K("killed", "killed [one] person", 1, group="people at Ryn", side=CIV)
    K("injured", "injured [two],", 2, group="people at Ryn", side=CIV)
    A("[according to the Tajik authorities]", OS, "the Tajik authorities")
    A("[put the toll at]", REP, "local sources")
    K("killed", "toll at [three] dead", 3, group="people at Ryn")
    A("[have denied]", DEN, "the de facto authorities")
    D("On [2 September] fire", "2025-09-02")
    L("from the [Tajik side]", None, "country", role="origin", country="TJ")
    K("killed", "killing [a] 12-year-old", 1, group="girl", side=CIV)
    K("injured", "wounding her [mother]", 1, group="the girl's mother", side=CIV)
    D("[Since 1 January]", "2025-01-01", "2025-09-17")
    A("the Mission has [verified]", OS, "UNAMA (the Special Representative)")
    K("killed", "verified [6] civilian", 6, group="civilians on the Afghan side", side=CIV)
    K("injured", "and [14] injuries", 14, group="civilians on the Afghan side", side=CIV)
    D("detention in [August]", "2025-08-01", "2025-08-31")
    K("detained", "of [16] Afghan nationals", 16, group="Afghan nationals")
    A("[According to the de facto authorities]", OS, "the de facto authorities (Taliban)")
    K("detained", "[three] of them are minors", 3, group="minors among the detainees")
    A("[categorically rejects]", DEN, "Tajikistan (Mr. Nazarov)")
    D("territory on [2 September]", "2025-09-02")
    A("investigation [established]", DEN, "Tajikistan (Mr. Nazarov)")
    L("from the [Tajik bank]", None, "country", role="origin", country="TJ")
    D("bank [that day]", "2025-09-02", basis="relative")
    D("[Since the beginning of this year]", "2025-01-01", "2025-09-17", basis="relative")
    K("killed", "[two] Tajik servicemen", 2, group="Tajik servicemen", side=SEC)
    K("injured", "and [five] wounded", 5, group="Tajik servicemen", side=SEC)
    L("from [Afghan territory]", None, "country", role="origin", country="AF")
    K("detained", "detained [41] violators", 41, group="\"violators\"", side=MIL)
    D("detained in [August] crossed", "2025-08-01", "2025-08-31")
    K("detained", "[none] of them is a minor", 0, group="minors among the detainees")


@spec("eval_zr11_travel_advisory_gbao.txt")
def _zr11():  # published 2025-08-04 (Monday)
    L("([GBAO])", "TJ-GB", "region")
    D("Issued: [4 August 2025]", "2025-08-04", basis="dateline")
    W("a [drone] strike", "drone")
    D("Ryn on [27 July]", "2025-07-27")
    A("officials initially [said]", OS, "Tajik officials")
    K("killed", "said [one] person", 1, group="fuel-truck driver", side=CIV)
    K("injured", "[two] road workers were injured", 2, group="road workers", side=CIV)
    D("On [30 July]", "2025-07-30")
    A("they [said] one", OS, "Tajik officials")
    K("killed", "[one] of the injured had died", 1, group="road worker", side=CIV)
    K("killed", "toll to [two]", 2, group="official toll")
    A("Local sources [report]", REP, "local sources")
    K("killed", "report [three] dead", 3, group="people at Ryn")
    K("injured", "[No] client personnel", 0, group="client personnel")
    W("lethal [drone] incident", "drone")
    A("authorities [blamed]", OS, "the Tajik authorities")
    L("operating from [Afghanistan]", None, "country", role="origin", country="AF")
    A("the Taliban [deny]", DEN, "the Taliban")
    D("[Over the past week]", "2025-07-28", "2025-08-03", basis="relative")
    K("detained", "at least [12] people", 12, "at_least", group="people in Ishkoshim and Rushon")
    A("[according to local sources]", REP, "local sources")
    D("in [August 2023]", "2023-08-01", "2023-08-31")
    K("killed", "([three] dead)", 3, group="shelling of Khwahan")
    X("at least [5 km]", 5, "km", None, "at_least")
    W("[landmines]", "mine")
    W("[unexploded ordnance]", "explosives")
    X("(about [100 km])", 100, "km", None, "about")


@spec("eval_zr12_factcheck_ryn.txt")
def _zr12():  # published 2025-08-01 (Friday); the strike on Sunday 27 July
    W("Did a [drone] strike kill", "drone")
    K("killed", "strike kill [11] Tajik", 11, group="Tajik soldiers (viral claim)", side=SEC)
    D("Telegram since [Sunday]", "2025-07-27", basis="weekday")
    A("since Sunday [says]", REP, "a viral social media post")
    W("\"Taliban [drone] killed", "drone")
    K("killed", "drone killed [11]", 11, group="Tajik soldiers (viral claim)", side=SEC)
    K("injured", "and wounded [20]", 20, group="Tajik soldiers (viral claim)", side=SEC)
    W("A [drone] did strike", "drone")
    D("Ryn on [27 July]", "2025-07-27")
    A("(GKNB) [said] on Monday", OS, GKNB)
    D("said on [Monday]", "2025-07-28", basis="weekday")
    K("killed", "that [the driver]", 1, group="fuel-truck driver", side=CIV)
    K("injured", "and [two] road workers", 2, group="road workers", side=CIV)
    D("On [Wednesday] it", "2025-07-30", basis="weekday")
    A("it [said] one", OS, GKNB)
    K("killed", "[one] of the two had died", 1, group="road worker", side=CIV)
    A("puts the [official toll] at", OS, "official (GKNB) figures")
    K("killed", "at [two] dead", 2, group="official toll")
    K("injured", "dead and [one] injured", 1, group="official toll")
    K("killed", "[No] soldiers were among", 0, group="soldiers", side=SEC)
    K("injured", "[No] soldiers were among", 0, group="soldiers", side=SEC)
    A("the GKNB [said].", OS, GKNB)
    A("Ryn [told] TruthMeter", REP, "residents of Ryn")
    K("killed", "that [three] people died", 3, group="people at Ryn")
    K("killed", "including [a] boy", 1, group="boy in the truck's cab", side=CIV)
    A("in Khorugh [said]", OS, "the chief doctor of the regional hospital in Khorugh")
    K("injured", "\"[two] patients", 2, group="road workers", side=CIV)
    D("on [the day of the strike]", "2025-07-27", basis="relative")
    A("which [puts the dead at]", REP, "a second version of the viral post")
    K("killed", "\"more than [30]\"", 30, "more_than", group="viral claim")
    A("[cites]", REP, "a Telegram channel")
    A("[has since deleted it]", RET, "a Telegram channel")
    A("Badakhshan [told] us", DEN, "the Taliban's spokesman in Badakhshan")
    W("have no [drones]", "drone")
    W("Not one [drone]", "drone")
    K("killed", "but [no] soldiers died", 0, group="soldiers", side=SEC)
    A("and the [official toll] is", OS, "official (GKNB) figures")
    K("killed", "toll is [two].", 2, group="official toll")


# --------------------------------------------------------------------------------------------------
def finish(path: Path) -> None:
    """Add ``country`` to the gazetteer locations and check every kind's fields."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    need = {
        "killed": {"value", "low", "high", "qualifier", "group", "side"},
        "date": {"normalized", "normalized_end", "basis"},
        "location": {"admin1_code", "precision", "country", "role"},
        "weapon": {"weapon"},
        "distance": {"value", "unit", "value_km", "qualifier", "measures"},
        "attribution": {"source", "stance"},
    }
    for k in ("injured", "missing", "detained"):
        need[k] = need["killed"]
    for c in rows:
        if c["kind"] == "location":
            add_country(c)
        missing = need[c["kind"]] - set(c)
        assert not missing, (c, missing)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in rows:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zr*.txt", rel=REL, gaz=GAZ, out=OUT)
    finish(OUT)
    sys.exit(rc)
