"""Build benchmarks/eval/set_zw/truth.jsonl from the annotation specs below (same format as set T).

Set ZW (wire and agency copy with official statements) was written blind: see README.md. The shared
annotation helpers and offset logic are in benchmarks/eval/annotate.py; set ZW's gazetteer (a copy of
set T's) is set_zw/gazetteer.py. Unlike set T, this builder also writes the fields the shared README
lists for each kind: casualty ``low``/``high``/``group``/``side``, date ``basis``, location ``country``
and distance ``qualifier``.

    .venv/bin/python benchmarks/eval/set_zw/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import (  # noqa: E402
    DEN,
    OS,
    REP,
    RET,
    SKIP,
    A,
    Art,
    Specs,
    W,
    auto_locations,
    occurrences,
)
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zw/articles/"

SPECS = Specs()
spec = SPECS.register

SF, MIL, CIV, FN = "security_forces", "militants", "civilian", "foreign_nationals"
BASES = ("explicit", "weekday", "relative", "dateline")


def bounds(value, q, low=None):
    """low/high from the shared README: exact/about N -> N..N; at_least N -> N..; more_than/over N ->
    N+1..; nearly/up_to N -> ..N; unspecified -> the vague word's floor (several 3, dozens 24)."""
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    assert q == "unspecified" and low is not None
    return low, None


def K(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    rec = annotate.K(kind, ctx, value, q, nth=nth)
    lo, hi = bounds(value, q, low)
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", nth=None):
    assert basis in BASES
    rec = annotate.D(ctx, norm, end, nth=nth)
    rec["basis"] = basis
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    rec = annotate.L(ctx, code, prec, role, nth=nth)
    rec["country"] = country if country is not None else country_of(rec)
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth=nth)
    rec["qualifier"] = q
    return rec


def country_of(c):
    if c["admin1_code"]:
        return c["admin1_code"][:2]
    if c["precision"] == "country":
        name = c["anchor"]
        if "Tajik" in name:
            return "TJ"
        if "Afghan" in name:
            return "AF"
        raise AssertionError(("country of", c))
    return None  # border features


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zw/README.md. Locations not listed here are the gazetteer defaults (auto_locations).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"
RAHIMI = "Ehsanullah Rahimi, Badakhshan police spokesman"


@spec("eval_zw01_wire_update3_rushon.txt")
def _zw01():  # no header; page line and dateline Saturday 9 Aug 2025; clash late on Thursday 7 Aug
    G = "Tajik border guards"
    D("[Saturday, August 9, 2025] 9:47", "2025-08-09", basis="dateline")
    L("toll from [Afghan border] clash", None, "border")
    K("killed", "rises to [three]", 3, group=G, side=SF)
    L("[KHORUGH], Tajikistan", "TJ-GB", "town")
    D("Tajikistan, [Aug 9] (Meridian)", "2025-08-09", basis="dateline")
    K("killed", "- [A] Tajik border guard wounded", 1, group="a wounded Tajik border guard (died of wounds)", side=SF)
    L("on the [Afghan frontier]", None, "border")
    D("in hospital on [Saturday]", "2025-08-09", basis="weekday")
    K("killed", "killed to [three]", 3, group=G, side=SF)
    A("country's Border Troops [said]", OS, BT)
    K("killed", "[Two] guards were killed", 2, group=G, side=SF)
    K("injured", "killed and [three] wounded", 3, group=G, side=SF)
    D("late on [Thursday]", "2025-08-07", basis="weekday")
    A("the Border Troops [said] on Friday", OS, BT)
    D("said on [Friday]. One", "2025-08-08", basis="weekday")
    K("killed", "[One] of the wounded", 1, group="a wounded sergeant (died of wounds)", side=SF)
    D("early on [Saturday]", "2025-08-09", basis="weekday")
    A("a spokesman [said] by telephone", OS, "a Border Troops spokesman")
    A("the spokesman [said], asking", OS, "a Border Troops spokesman")
    A("The Border Troops [said] four", OS, BT)
    K("killed", "said [four] members", 4, group="members of the armed group", side=MIL)
    K("detained", "and [one] was detained", 1, group="member of the armed group", side=MIL)
    W("two [Kalashnikov rifles]", "small_arms")
    A("the statement [said]", OS, BT)
    A("Ehsanullah Rahimi, [said]", OS, RAHIMI)
    K("killed", "said [three] residents", 3, group="residents of Shighnan", side=CIV)
    K("missing", "and [two] were missing", 2, group="residents of Shighnan", side=CIV)
    L("fire from the [Tajik side]", None, "country", role="origin", country="TJ")
    D("on [Thursday night]", "2025-08-07", basis="weekday")
    A("Rahimi [told] Meridian", DEN, RAHIMI)
    A("[put the number]", REP, "a resident of Shighnan")
    K("killed", "of dead at [five]", 5, group="Afghan dead (resident's count)", side=CIV)
    K("killed", "saying [two] bodies", 2, group="bodies pulled from the river", side=CIV)
    D("river on [Friday]", "2025-08-08", basis="weekday")
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("In [March], two", "2025-03-01", "2025-03-31")
    K("killed", "March, [two] foreign workers", 2, group="foreign workers", side=FN)


@spec("eval_zw02_wire_correction_rushon.txt")
def _zw02():  # published 2025-08-08 (Friday); clash shortly before midnight on Thursday 7 Aug
    G = "Tajik border guards"
    K("killed", "CORRECTED-[Two] Tajik", 2, group=G, side=SF)
    L("smugglers on [Afghan frontier]", None, "border")
    A("([Corrects]", RET, "Meridian")
    K("killed", "paragraph 2 to [two]", 2, group=G, side=SF)
    A("this story [said]", RET, "Meridian (earlier version of the story)")
    K("killed", "story said [three]", 3, group=G, side=SF)
    L("[DUSHANBE], Aug 8", "TJ-DU", "town")
    D("DUSHANBE, [Aug 8]", "2025-08-08", basis="dateline")
    L("river from [Afghanistan]", None, "country", role="origin")
    A("the Border Troops [said] on Friday", OS, BT)
    D("said on [Friday], in", "2025-08-08", basis="weekday")
    K("killed", "[Two] border guards were killed", 2, group=G, side=SF)
    K("injured", "and [three] others sustained", 3, group=G, side=SF)
    A("the Border Troops [said] in a statement", OS, BT)
    D("midnight on [Thursday]", "2025-08-07", basis="weekday")
    K("killed", "[Four] of the smugglers", 4, group="smugglers", side=MIL)
    K("detained", "and [a fifth] was detained", 1, group="smuggler (wounded)", side=MIL)
    K("injured", "and [a fifth] was detained", 1, group="smuggler (wounded)", side=MIL)
    A("the statement [said]. It", OS, BT)
    A("Shighnan [told] local media", OS, "a Taliban district official in Shighnan")
    K("missing", "\"[several]\" men", None, "unspecified", low=3, group="men from Shighnan", side=CIV)
    D("since [Thursday evening]", "2025-08-07", basis="weekday")
    W("and a [grenade]", "grenade")
    A("[according to the statement]", OS, BT)
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    A("The Border Troops [said] in January", OS, BT)
    D("said in [January]", "2025-01-01", "2025-01-31")
    K("killed", "that [11] smugglers", 11, group="smugglers (2024)", side=MIL)
    K("detained", "and [46] detained", 46, group="smugglers (2024)", side=MIL)


@spec("eval_zw03_state_agency_rushon.txt")
def _zw03():  # published 2025-08-09 (Saturday); the crossing on the night of 7 to 8 August
    SKIP("Rushon border detachment")
    D("Dushanbe, [9 August 2025]", "2025-08-09", basis="dateline")
    D("On [the night of 7 to 8 August 2025]", "2025-08-07", "2025-08-08")
    L("the [Republic of Tajikistan]", None, "country")
    L("territory of [Afghanistan]", None, "country", role="origin")
    A("National Security [reported]", OS, "the press centre of the Border Troops")
    W("with [automatic weapons]", "small_arms")
    K("killed", "taken, [four] violators", 4, group="violators", side=MIL)
    K("detained", "and [one] was detained", 1, group="violator", side=MIL)
    K("killed", "[Three] servicemen of the Border Troops", 3, group="Tajik border guards", side=SF)
    D("wounds on [9 August]", "2025-08-09")
    K("injured", "[Two] more servicemen", 2, group="Tajik border guards", side=SF)
    W("2 [automatic weapons]", "small_arms")
    W("1 [hand grenade]", "grenade")
    A("The press centre [emphasised]", OS, "the press centre of the Border Troops")
    K("injured", "that [no] local residents", 0, group="local residents", side=CIV)
    K("killed", "\"[dozens] of dead\"", None, "unspecified", low=24, group="dead on the Afghan bank (social networks, denied)")
    A("the press centre [stated]", DEN, "the press centre of the Border Troops")
    D("[Since the beginning of 2025]", "2025-01-01", "2025-08-09")
    K("detained", "detained [17] violators", 17, group="violators of the state border (2025)", side=MIL)


@spec("eval_zw04_afghan_police_statement.txt")
def _zw04():  # published 2025-08-10 (Sunday); the shooting on the night of Thursday 7 August
    SKIP("Badakhshan Times")
    L("[FAYZABAD] - The", "AF-BDS", "town")
    A("Rahimi, [told] a press", OS, RAHIMI)
    D("Fayzabad on [Sunday]", "2025-08-10", basis="weekday")
    D("the night of [Thursday, 7 August]", "2025-08-07")
    L("the [Amu River]", None, "border")
    K("killed", "[three] of our compatriots", 3, group="residents of Shighnan", side=CIV)
    K("injured", "and [one] was injured", 1, group="resident of Shighnan", side=CIV)
    K("missing", "[Two] others have been missing", 2, group="residents of Shighnan", side=CIV)
    D("missing since [that night]", "2025-08-07", basis="relative")
    L("The [Islamic Emirate of Afghanistan]", None, "country")
    A("smugglers,\" Rahimi [said]", DEN, RAHIMI)
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    A("Rahimi [rejected]", DEN, RAHIMI)
    A("which [said] four", OS, "the Tajik Border Troops")
    K("killed", "said [four] armed men", 4, group="armed men (Tajik account, rejected)", side=MIL)
    K("detained", "and [one] detained on", 1, group="armed man (Tajik account)", side=MIL)
    A("the water,\" he [said]", DEN, RAHIMI)
    D("On [Sunday afternoon]", "2025-08-10", basis="weekday")
    A("police [put] it", OS, "Badakhshan police")
    K("killed", "it at [four]", 4, group="Afghan dead", side=CIV)
    K("killed", "body of [one] of the missing", 1, group="missing man found dead", side=CIV)
    K("missing", "The [second] man", 1, group="missing man", side=CIV)
    A("searched for, Rahimi [said]", OS, RAHIMI)
    A("Shighnan [told] Badakhshan", REP, "local elders in Shighnan")
    D("buried on [Saturday]", "2025-08-09", basis="weekday")
    A("One elder [said]", REP, "a local elder")
    D("village [that evening]", "2025-08-07", basis="relative")
    A("Border Troops [said] on Friday", OS, "the Tajik Border Troops")
    D("on [Friday] that", "2025-08-08", basis="weekday")
    K("killed", "that [two] of their guards", 2, group="Tajik border guards", side=SF)
    A("state media [reported]", REP, "Tajik state media")
    D("reported on [Saturday]", "2025-08-09", basis="weekday")
    K("killed", "risen to [three]", 3, group="Tajik border guards", side=SF)


@spec("eval_zw05_foreign_agency_darvoz.txt")
def _zw05():  # no header; page line and dateline Wednesday 12 March 2025; attack on Tuesday night
    CH = "Chinese workers"
    TAL = "a Taliban spokesman for Badakhshan"
    D("[Wednesday, March 12, 2025] 16:05", "2025-03-12", basis="dateline")
    K("killed", "[Two] Chinese workers killed", 2, group=CH, side=FN)
    L("[DUSHANBE], March 12", "TJ-DU", "town")
    D("DUSHANBE, [March 12]", "2025-03-12", basis="dateline")
    K("killed", "[Two] Chinese nationals", 2, group=CH, side=FN)
    K("injured", "and [another] was injured", 1, group="Chinese worker", side=FN)
    D("on [Tuesday night]", "2025-03-11", basis="weekday")
    A("embassy [said] on Wednesday", OS, "the Chinese embassy")
    D("said on [Wednesday]", "2025-03-12", basis="weekday")
    A("The embassy [said] the injured", OS, "the Chinese embassy")
    A("[According to a local official]", OS, "a local official")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    X("some [300 metres]", 300, "metres", q="about")
    A("National Security [said]", OS, "Tajikistan's State Committee for National Security")
    L("territory of [Afghanistan]", None, "country", role="origin")
    K("killed", "[two] foreign citizens", 2, group=CH, side=FN)
    K("injured", "and [one] citizen sustained", 1, group="Chinese worker", side=FN)
    A("It [said] a criminal", OS, "Tajikistan's State Committee for National Security")
    A("opposite Darvoz, [said]", DEN, TAL)
    L("the soil of [Afghanistan]", None, "country", role="origin")
    A("He [said] no shots", DEN, TAL)
    L("from [Afghan territory]", None, "country", role="origin", country="AF")
    D("territory [that night]", "2025-03-11", basis="relative")
    D("In [late December]", "2024-12-21", "2024-12-31")
    K("killed", "[one] Chinese engineer", 1, group="Chinese engineer", side=FN)
    K("injured", "and [two] were wounded", 2, group="Chinese workers", side=FN)
    A("Tajik officials [said] at the time", OS, "Tajik officials")
    X("the [1,344-km] border", 1344, "km", "TJ-AF border")


@spec("eval_zw06_embassy_alert_darvoz.txt")
def _zw06():  # published 2025-03-13 (Thursday); the shooting on the evening of 11 March
    SKIP("British Embassy Dushanbe")
    D("Dushanbe\n[13 March 2025]", "2025-03-13", basis="dateline")
    L("Region ([GBAO])", "TJ-GB", "region")
    D("the evening of [11 March]", "2025-03-11")
    K("killed", "[two] foreign nationals", 2, group="foreign road workers", side=FN)
    K("injured", "and [a third] was injured", 1, group="foreign road worker", side=FN)
    L("from across the [Panj] river", None, "border", role="origin")
    X("within [20 km]", 20, "km", q="up_to")
    L("in [GBAO] and", "TJ-GB", "region")
    L("Khorugh and [Ishkoshim] and", "TJ-GB", "town")
    D("issued [this year]", "2025-01-01", "2025-03-13", basis="relative")
    D("In [January], the", "2025-01-01", "2025-01-31")
    A("the Embassy [reported]", OS, "the British Embassy in Dushanbe")
    L("near the [Ishkoshim] border crossing", "TJ-GB", "site")
    K("injured", "which [one] Tajik border guard", 1, group="Tajik border guard", side=SF)


@spec("eval_zw07_red_cross_update.txt")
def _zw07():  # published 2025-03-18 (Tuesday); covers the week 11-17 March
    L("[Tajikistan–Afghanistan border]: operational", None, "border")
    D("update\n[18 March 2025]", "2025-03-18", basis="dateline")
    D("[Over the past week]", "2025-03-11", "2025-03-17", basis="relative")
    K("injured", "treated [9] people", 9, group="people wounded in weapon-related incidents")
    W("on [landmines]", "mine")
    W("[unexploded ordnance]", "explosives")
    D("On [11 March]", "2025-03-11")
    K("killed", "left [two] people dead", 2, group="people at the road-construction site")
    K("injured", "dead and [one] wounded", 1, group="man at the road-construction site")
    D("On [14 March]", "2025-03-14")
    K("injured", "[two] shepherds", 2, group="shepherds", side=CIV)
    W("an [anti-personnel mine]", "mine")
    K("injured", "admitted [six] wounded", 6, group="patients from Darwaz and Khwahan")
    D("between [10 and 16 March]", "2025-03-10", "2025-03-16")
    K("injured", "among them [two] children", 2, group="children", side=CIV)
    A("Hospital staff [said]", REP, "staff of the provincial hospital in Fayzabad")
    K("killed", "said [one] of the six", 1, group="wounded patient (died)")
    D("died on [15 March]", "2025-03-15")
    A("Khwahan [told] us", REP, "health workers in Khwahan")
    K("injured", "up to [four] more", 4, "up_to", group="injured people who did not reach hospital")
    K("missing", "of [two] fishermen", 2, group="fishermen from Nusay", side=CIV)
    D("Panj on [12 March]", "2025-03-12")
    A("injury,\" [said] Martina", REP, "Martina Keller, head of the ICRC regional delegation")


@spec("eval_zw08_interior_ministry_seizures.txt")
def _zw08():  # no header; issue line 16 January 2026 (Friday); covers 1-15 January 2026
    D("Dushanbe, [16 January 2026]", "2026-01-16", basis="dateline")
    D("period from [1 to 15 January 2026]", "2026-01-01", "2026-01-15")
    L("the [Republic of Tajikistan]", None, "country")
    K("detained", "As a result, [14] persons", 14, group="smuggling suspects")
    K("detained", "among them [5] citizens", 5, group="citizens of Afghanistan", side=FN)
    W("3 [firearms]", "firearms")
    W("1 [grenade]", "grenade")
    D("On [9 January]", "2026-01-09")
    K("killed", "arrest, [one] of them", 1, group="drug carrier (armed resistance)", side=MIL)
    K("detained", "[two] others were detained", 2, group="drug carriers", side=MIL)
    A("[According to the Border Troops]", OS, BT)
    D("crossed the river [the previous night]", "2026-01-08", basis="relative")
    K("killed", "were [no casualties]", 0, group="law enforcement officers", side=SF)
    K("injured", "were [no casualties]", 0, group="law enforcement officers", side=SF)
    D("On [12 January]", "2026-01-12")
    K("detained", "district, [2] residents", 2, group="residents of Shamsiddin Shohin", side=CIV)
    L("territory of [Afghanistan]", None, "country", role="origin")
    D("with [the same period of last year]", "2025-01-01", "2025-01-15", basis="relative")


@spec("eval_zw09_osce_statement_rushon.txt")
def _zw09():  # published 2025-08-11 (Monday); the incident on the night of 7 to 8 August
    SKIP("OSCE Programme Office in Dushanbe")
    SKIP("UN Assistance Mission in Afghanistan")
    SKIP("Border Management Staff College in Dushanbe")
    L("[DUSHANBE], 11 August", "TJ-DU", "town")
    D("DUSHANBE, [11 August 2025]", "2025-08-11", basis="dateline")
    A("Lovaas, [issued] the following statement", OS, "Henrik Lovaas, Head of the OSCE Programme Office")
    D("statement [today]", "2025-08-11", basis="relative")
    D("on [the night of 7 to 8 August]", "2025-08-07", "2025-08-08")
    A("[According to information provided by the authorities]", OS, "the authorities of Tajikistan")
    K("killed", "[three] border guards lost", 3, group="Tajik border guards", side=SF)
    K("injured", "and [two] others were injured", 2, group="Tajik border guards", side=SF)
    K("killed", "and [four] members", 4, group="members of an armed group", side=MIL)
    A("Reports from Afghanistan [indicate]", REP, "reports from Afghanistan")
    A("(UNAMA) [said]", OS, "UNAMA")
    D("said on [Sunday]", "2025-08-10", basis="weekday")
    A("about [reports] that", REP, "unattributed reports")
    K("killed", "that [three] civilians", 3, group="civilians from Shighnan", side=CIV)
    K("missing", "that [two] others were unaccounted", 2, group="civilians from Shighnan", side=CIV)


@spec("eval_zw10_wire_factbox.txt")
def _zw10():  # published 2025-08-12 (Tuesday); factbox of incidents 2021-2025
    D("[Aug 12] (Meridian)", "2025-08-12", basis="dateline")
    K("killed", "[Three] Tajik border guards", 3, group="Tajik border guards", side=SF)
    K("killed", "at least [four] Afghans", 4, "at_least", group="Afghans")
    D("killed [last week]", "2025-08-05", "2025-08-11", basis="relative")
    D("frontier [this year]", "2025-01-01", "2025-08-12", basis="relative")
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("[AUG 7-8, 2025]", "2025-08-07", "2025-08-08")
    A("Tajikistan [says]", OS, "Tajikistan")
    K("killed", "says [two] guards", 2, group="Tajik border guards", side=SF)
    K("killed", "and [a third] died", 1, group="Tajik border guard (died of wounds)", side=SF)
    K("killed", "[four] \"violators\"", 4, group="violators", side=MIL)
    K("detained", "and [one] detained", 1, group="violator", side=MIL)
    A("Badakhshan province [say]", OS, "police in Badakhshan")
    K("killed", "say [four] Shighnan", 4, group="Shighnan residents", side=CIV)
    K("missing", "and [one] is missing", 1, group="Shighnan resident", side=CIV)
    A("They [deny]", DEN, "police in Badakhshan")
    D("[MARCH 11, 2025]", "2025-03-11")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("killed", "killing [two] Chinese", 2, group="Chinese workers", side=FN)
    K("injured", "wounding [a third]", 1, group="Chinese worker", side=FN)
    A("The Taliban [deny]", DEN, "the Taliban")
    D("[DEC 2024]", "2024-12-01", "2024-12-31")
    K("killed", "[A] Chinese engineer", 1, group="Chinese engineer", side=FN)
    K("injured", "[two] colleagues", 2, group="Chinese workers", side=FN)
    D("[NOV 14-15, 2024]", "2024-11-14", "2024-11-15")
    A("Border Troops [say] they", OS, "Tajik Border Troops")
    K("killed", "killed [three] members", 3, group="members of an armed group", side=MIL)
    K("detained", "and detained [two]", 2, group="members of an armed group", side=MIL)
    A("defence ministry [says]", OS, "Afghanistan's defence ministry")
    K("killed", "says [two] fishermen", 2, group="fishermen from Qala-i-Zal", side=CIV)
    K("injured", "and [three] wounded", 3, group="fishermen from Qala-i-Zal", side=CIV)
    D("[JULY 2021]", "2021-07-01", "2021-07-31")
    K("killed", "[No casualties]", 0, group="Tajik side")
    K("injured", "[No casualties]", 0, group="Tajik side")


@spec("eval_zw11_mod_daily_briefing.txt")
def _zw11():  # no header; briefing line Saturday 16 November 2024; shooting on the night of 14-15 Nov
    HAQ = "Mawlawi Fazlullah Haqmal, deputy spokesman of the Ministry of National Defense"
    L("[Islamic Emirate of Afghanistan]\nMinistry", None, "country")
    D("Kabul, [16 November 2024]", "2024-11-16", basis="dateline")
    D("On [the night of Thursday to Friday]", "2024-11-14", "2024-11-15", basis="weekday")
    K("killed", "[two] civilians were martyred", 2, group="fishermen", side=CIV)
    K("injured", "and [three] others were wounded", 3, group="fishermen", side=CIV)
    K("detained", "[Two] more fishermen", 2, group="fishermen", side=CIV)
    L("[Kunduz] city", "AF-KDZ", "town")
    A("Defense [rejects]", DEN, "the Ministry of National Defense")
    A("the [claim] of the Tajik", OS, "the Tajik border authorities")
    L("from [Afghan territory]", None, "country", role="origin", country="AF")
    A("Haqmal, [told] the briefing", DEN, HAQ)
    A("Haqmal [said] that", OS, HAQ)
    D("[since the start of the year]", "2024-01-01", "2024-11-16", basis="relative")
    K("killed", "more than [20] Afghan", 20, "more_than", group="Afghan citizens")
    D("On [Friday], a demining", "2024-11-15", basis="weekday")
    W("of [unexploded ordnance]", "explosives")
    W("an [anti-tank mine]", "mine")
    K("injured", "[No one] was hurt", 0, group="demining team and residents")
    L("Takhar and [Balkh]", "AF-BAL", "region")


@spec("eval_zw12_border_troops_full_text.txt")
def _zw12():  # published 2024-11-15 (Friday); the crossing at about 02:30 on 15 November
    SKIP("State Committee for National Security of the Republic of Tajikistan")
    SKIP("Shahritus border detachment")
    D("statement on [Friday]", "2024-11-15", basis="weekday")
    A("[circulated] the following", OS, "the press centre of the Border Troops")
    D("On [15 November 2024]", "2024-11-15")
    L("state border of the [Republic of Tajikistan]", None, "country")
    L("the territory of [Afghanistan] across", None, "country", role="origin")
    W("with [automatic weapons]", "small_arms")
    K("killed", "[3] violators were neutralised", 3, group="violators", side=MIL)
    K("detained", "and [2] were detained", 2, group="violators", side=MIL)
    K("killed", "were [no losses]", 0, group="Border Troops personnel", side=SF)
    K("injured", "were [no losses]", 0, group="Border Troops personnel", side=SF)
    W("2 [Kalashnikov assault rifles]", "small_arms")
    W("a [rocket-propelled grenade launcher]", "rpg")
    W("4 [hand grenades]", "grenade")
    D("detachment [since the beginning of the year]", "2024-01-01", "2024-11-15", basis="relative")
    D("[since the beginning of 2024]", "2024-01-01", "2024-11-15")
    K("killed", "[9] violators have been neutralised", 9, group="violators (2024, this section)", side=MIL)
    K("detained", "and [31] detained", 31, group="violators (2024, this section)", side=MIL)
    D("comment on [Friday]", "2024-11-15", basis="weekday")
    A("Local media in Kunduz [reported]", REP, "local media in Kunduz")
    D("reported on [Friday]", "2024-11-15", basis="weekday")
    K("missing", "that [two] fishermen", 2, group="fishermen from Qala-i-Zal", side=CIV)


# --------------------------------------------------------------------------------------------------
HEADER = {  # file -> published date (None: no header; the reference date is the body's dateline)
    "eval_zw01_wire_update3_rushon.txt": None,
    "eval_zw02_wire_correction_rushon.txt": "2025-08-08",
    "eval_zw03_state_agency_rushon.txt": "2025-08-09",
    "eval_zw04_afghan_police_statement.txt": "2025-08-10",
    "eval_zw05_foreign_agency_darvoz.txt": None,
    "eval_zw06_embassy_alert_darvoz.txt": "2025-03-13",
    "eval_zw07_red_cross_update.txt": "2025-03-18",
    "eval_zw08_interior_ministry_seizures.txt": None,
    "eval_zw09_osce_statement_rushon.txt": "2025-08-11",
    "eval_zw10_wire_factbox.txt": "2025-08-12",
    "eval_zw11_mod_daily_briefing.txt": None,
    "eval_zw12_border_troops_full_text.txt": "2024-11-15",
}
REFERENCE = {  # reference date per file (header published, else dateline)
    "eval_zw01_wire_update3_rushon.txt": "2025-08-09",
    "eval_zw05_foreign_agency_darvoz.txt": "2025-03-12",
    "eval_zw08_interior_ministry_seizures.txt": "2026-01-16",
    "eval_zw11_mod_daily_briefing.txt": "2024-11-16",
}


def check_article(a: Art) -> None:
    """Header shape, body offset, no CR, and every date on or before the reference date."""
    assert "\r" not in a.text and a.text.endswith("\n"), a.name
    pub = HEADER[a.name]
    if pub is None:
        assert not a.text.startswith("url:"), a.name
        assert a.body == 0, (a.name, a.body)
        ref = REFERENCE[a.name]
    else:
        head, sep, _ = a.text.partition("\n---\n")
        assert sep and a.text.startswith("url:"), a.name
        assert a.body == len(head) + len(sep), (a.name, a.body, len(head) + len(sep))
        keys = [ln.split(":", 1)[0] for ln in head.split("\n")]
        assert keys == ["url", "outlet", "published", "title"], (a.name, keys)
        assert f"\npublished: {pub}\n" in head + "\n", a.name
        ref = pub
    r = dt.date.fromisoformat(ref)
    for c in a.claims:
        if c["kind"] == "date" and c["normalized"]:
            assert dt.date.fromisoformat(c["normalized_end"]) <= r, (a.name, c["anchor"], ref)


def main() -> int:
    names = sorted(p.name for p in ART.glob("eval_zw*.txt"))
    assert sorted(SPECS) == names, set(SPECS) ^ set(names)
    assert sorted(HEADER) == names
    claims: list[dict] = []
    for name in names:
        a = Art(name, ART, REL)
        annotate.A_ = a
        SPECS[name]()
        auto_locations(a, GAZ)
        for c in a.claims:
            if c["kind"] == "location" and "country" not in c:
                c["country"] = country_of(c)
            if c["kind"] == "distance" and "qualifier" not in c:
                c["qualifier"] = "exact"
        check_article(a)
        seen = set()
        for c in a.claims:
            assert a.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(a.text, c["anchor"])[c["occurrence"]] == c["start"], c
            assert c["start"] >= a.body, c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
        claims += sorted(a.claims, key=lambda c: (c["start"], c["kind"]))
        annotate.A_ = None
    with open(HERE / "truth.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    print(f"wrote {len(claims)} claims for {len(names)} files:", json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
