"""Build benchmarks/eval/set_zs/truth.jsonl from the annotation specs below (same format as set T).

Set ZS: wire and agency copy with official statements, 12 held-out articles written blind. The
annotation helpers (anchor lookup, offsets, automatic gazetteer locations) are the shared ones in
benchmarks/eval/annotate.py. Thin wrappers here add the fields the shared README (../README.md) lists
and set T's builder does not write: casualty ``low``/``high``/``group``/``side``, date ``basis``,
location ``country``, distance ``value``/``qualifier``.

    .venv/bin/python benchmarks/eval/set_zs/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate as AN  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, Art, Specs, W, auto_locations  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import occurrences  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zs/articles/"

SPECS = Specs()
spec = SPECS.register

SF, MIL, CIV, FN = "security_forces", "militants", "civilian", "foreign_nationals"
VAGUE_LOW = {"several": 3, "dozens": 24}


def K(kind, ctx, value, q="exact", g=None, s=None, nth=None):
    """Casualty claim with value/low/high/qualifier/group/side (shared README conventions)."""
    rec = AN.K(kind, ctx, value, q, nth)
    if q == "unspecified":
        low, high = VAGUE_LOW[rec["anchor"].lower()], None
    elif q in ("exact", "about"):
        low, high = value, value
    elif q == "at_least":
        low, high = value, None
    elif q in ("more_than", "over"):
        low, high = value + 1, None
    elif q in ("nearly", "up_to"):
        low, high = None, value
    else:
        raise ValueError(q)
    for k in ("value", "qualifier"):
        rec.pop(k)
    rec.update(value=value, low=low, high=high, qualifier=q, group=g, side=s)
    return rec


def D(ctx, norm, end=None, basis="explicit", nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = AN.D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


COUNTRY_OF = {"Tajikistan": "TJ", "Afghanistan": "AF", "Republic of Tajikistan": "TJ",
              "Islamic Emirate of Afghanistan": "AF"}


def country_for(anchor, code, prec):
    if code:
        return code[:2]
    if prec == "country":
        return COUNTRY_OF[anchor]
    assert prec == "border", (anchor, prec)
    return None


def L(ctx, code, prec, role="place", country="derive", nth=None):
    rec = AN.L(ctx, code, prec, role, nth)
    rec["country"] = country_for(rec["anchor"], code, prec) if country == "derive" else country
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = AN.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


A = AN.A

BT = "Tajikistan's border troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls in
# set_zs/README.md. Every location not given with L(...) is the gazetteer default (automatic pass).
# --------------------------------------------------------------------------------------------------


@spec("eval_zs01_urgent_wire_farkhor.txt")
def _zs01():  # no header; dateline Mon 2025-10-13; attack in the early hours of Monday 13 October
    K("killed", "URGENT-[Two] Tajik", 2, g="Tajik border guards", s=SF)
    L("armed group from [Afghanistan] - border", None, "country", "origin")
    L("[DUSHANBE], Oct 13", "TJ-DU", "town")
    D("DUSHANBE, [Oct 13]", "2025-10-13", basis="dateline")
    K("killed", "(Meridian) - [Two] Tajik", 2, g="Tajik border guards", s=SF)
    K("injured", "[three] others wounded", 3, g="Tajik border guards", s=SF)
    L("the river from [Afghanistan] and", None, "country", "origin")
    D("early hours of [Monday]", "2025-10-13", basis="weekday")
    A("border troops [said] on Monday", OS, BT)
    D("said on [Monday].", "2025-10-13", basis="weekday")
    K("killed", "[Three] of the attackers", 3, g="attackers", s=MIL)
    A("the border troops [said] in a brief", OS, BT)
    K("detained", "[One] more was detained", 1, g="attackers", s=MIL)
    A("the message [said]", OS, BT)
    W("[Kalashnikov rifles]", "small_arms")
    W("[rocket-propelled grenade launcher]", "rpg")
    A("launcher, it [said]", OS, BT)
    A("official [told] Meridian", REP, "a regional health official (anonymous)")
    A("the official [said]", REP, "a regional health official (anonymous)")
    A("Takhar [said] he had", OS, "a spokesman for the Taliban-appointed governor of Takhar")
    X("The [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    D("In [March], two", "2025-03-01", "2025-03-31")
    K("killed", "March, [two] guards", 2, g="border guards (March attack)", s=SF)
    SKIP("Reporting by Nodira Yusupova in Dushanbe; Additional reporting by Ahmad Farid Sultani in Kabul")


@spec("eval_zs02_wire_update1_farkhor.txt")
def _zs02():  # published Mon 2025-10-13 (UPDATE 1 of zs01)
    HAM = "Qari Nasrullah Hamdard, Taliban spokesman"
    K("killed", "rises to [three]; Taliban", 3, g="Tajik border guards", s=SF)
    A("Taliban [deny] involvement", DEN, "the Taliban")
    K("killed", "* [One] of three wounded", 1, g="wounded Tajik guard who died", s=SF)
    K("injured", "One of [three] wounded", 3, g="Tajik border guards", s=SF)
    A("border troops [say]", OS, BT)
    A("* Taliban [say] four", OS, "the Taliban")
    K("killed", "say [four] Afghan fishermen", 4, g="Afghan fishermen", s=CIV)
    L("[DUSHANBE], Oct 13", "TJ-DU", "town")
    D("DUSHANBE, [Oct 13]", "2025-10-13", basis="dateline")
    K("killed", "rose to [three] on Monday", 3, g="Tajik border guards", s=SF)
    D("three on [Monday] after", "2025-10-13", basis="weekday")
    K("killed", "after [one] of the wounded", 1, g="wounded Tajik serviceman who died", s=SF)
    A("border troops [said].", OS, BT)
    K("killed", "[Two] guards were killed outright", 2, g="Tajik border guards", s=SF)
    L("the Panj river from [Afghanistan] and", None, "country", "origin")
    D("early on [Monday]", "2025-10-13", basis="weekday")
    K("injured", "[Three] were wounded;", 3, g="Tajik border guards", s=SF)
    K("killed", "wounded; [one] of them died", 1, g="wounded Tajik guard who died", s=SF)
    A("the troops [said]", OS, BT)
    K("killed", "[Three] attackers were neutralised", 3, g="attackers", s=MIL)
    K("detained", "and [one] was detained", 1, g="attackers", s=MIL)
    A("the message [said]", OS, BT)
    A("Hamdard [denied]", DEN, HAM)
    L("from [Afghan territory]", None, "country", "origin", country="AF")
    K("killed", "killing [four] of them", 4, g="Afghan fishermen", s=CIV)
    K("killed", "\"[Four] innocent fishermen", 4, g="Afghan fishermen", s=CIV)
    K("injured", "and [two] were wounded", 2, g="Afghan fishermen", s=CIV)
    A("Hamdard [said] in a statement", DEN, HAM)
    A("Yangi Qala [put] it", OS, "local police in Yangi Qala")
    K("killed", "put it at [five]", 5, g="Afghan fishermen (police figure)", s=CIV)
    A("foreign ministry [said]", OS, "the Tajik foreign ministry")


@spec("eval_zs03_state_agency_info_message.txt")
def _zs03():  # published Tue 2025-10-14; the attack on the night of 12 to 13 October
    SKIP("State Committee for National Security of the Republic of Tajikistan")
    SKIP("Farkhor border detachment")
    D("Dushanbe, [14 October 2025]", "2025-10-14", basis="dateline")
    A("has [distributed]", OS, "the press centre of the Border Troops")
    D("On [the night of 12 to 13 October 2025]", "2025-10-12", "2025-10-13")
    L("state border of the [Republic of Tajikistan]", None, "country")
    L("territory of [Afghanistan]", None, "country", "origin")
    L("frontier post \"[Dahana]\"", "TJ-KT", "site")
    K("killed", "[three] servicemen of the Border Troops lost", 3, g="Border Troops servicemen", s=SF)
    K("injured", "while [two] others sustained", 2, g="Border Troops servicemen", s=SF)
    K("killed", "[One] of the servicemen, Junior", 1, g="serviceman who died of his wounds", s=SF)
    D("wounds on [13 October]", "2025-10-13")
    K("killed", "[Three] violators were neutralised", 3, g="violators", s=MIL)
    K("detained", "[One] violator, a citizen", 1, g="violator, citizen of Afghanistan", s=MIL)
    W("3 [Kalashnikov assault rifles]", "small_arms")
    W("1 [rocket-propelled grenade launcher]", "rpg")
    W("2 [hand grenades]", "grenade")
    A("The Border Troops [note]", OS, BT)
    K("injured", "that [no] civilians were injured", 0, g="civilians", s=CIV)
    D("honours on [14 October]", "2025-10-14")
    A("Tojikinfo [reports]", REP, "Tojikinfo")
    D("[Since the beginning of 2025]", "2025-01-01", "2025-10-14")
    A("press centre [reported] earlier", OS, BT)
    K("killed", "[6] violators were neutralised", 6, g="violators (2025 to date)", s=MIL)
    K("detained", "and [19] detained", 19, g="violators (2025 to date)", s=MIL)


@spec("eval_zs04_russian_agency_protest_note.txt")
def _zs04():  # published Wed 2025-10-15
    MFA = "the Tajik Ministry of Foreign Affairs"
    HAM = "Qari Nasrullah Hamdard, Taliban deputy spokesman"
    SRC = "a Vostok-Inform source in the Tajik security services"
    L("[DUSHANBE], October 15", "TJ-DU", "town")
    D("DUSHANBE, [October 15]", "2025-10-15", basis="dateline")
    K("killed", "lives of [three] Tajik servicemen", 3, g="Tajik servicemen", s=SF)
    A("press service [said] on Wednesday", OS, MFA)
    D("said on [Wednesday]", "2025-10-15", basis="weekday")
    L("territory of [Afghanistan]", None, "country", "origin")
    A("the ministry [said] in a statement", OS, MFA)
    A("[According to the statement]", OS, MFA)
    D("handed over on [Tuesday]", "2025-10-14", basis="weekday")
    A("security services [said]", REP, SRC)
    K("injured", "bank, [two] of them wounded", 2, g="members of the attacking group", s=MIL)
    A("the border troops [said] three", OS, BT)
    K("killed", "said [three] attackers", 3, g="attackers", s=MIL)
    A("Hamdard, [told]", DEN, HAM)
    L("from [Afghan soil]", None, "country", "origin", country="AF")
    A("[According to him]", OS, HAM)
    K("killed", "him, [four] fishermen", 4, g="Afghan fishermen", s=CIV)
    K("injured", "killed and [two] wounded", 2, g="Afghan fishermen", s=CIV)
    L("the [Tajik bank]", None, "country", "origin", country="TJ")
    D("on [Monday morning]", "2025-10-13", basis="weekday")
    K("killed", "[one] of the wounded later died", 1, g="wounded fisherman who died", s=CIV)
    K("killed", "toll to [five]", 5, g="Afghan fishermen", s=CIV)
    A("secretariat [said]", OS, "the CSTO secretariat")
    X("about [1,400 kilometres]", 1400, "kilometres", "TJ-AF border", q="about")


@spec("eval_zs05_embassy_alert_ishkoshim.txt")
def _zs05():  # published Tue 2024-04-23; exchange of fire on the evening of Monday 22 April
    SKIP("U.S. Embassy Dushanbe")
    D("[April 23, 2024]", "2024-04-23", basis="dateline")
    L("([GBAO])", "TJ-GB", "region")
    D("evening of [April 22]", "2024-04-22")
    A("local authorities [reported]", OS, "local authorities")
    A("[According to Tajik media]", REP, "Tajik media")
    K("killed", "[one] Tajik border guard was killed", 1, g="Tajik border guard", s=SF)
    K("injured", "[two] civilians were injured", 2, g="civilians", s=CIV)
    A("Afghan media, [citing]", OS, "Taliban officials in Eshkashem district")
    A("district, [reported]", REP, "Afghan media")
    K("killed", "up to [three] Afghan nationals", 3, "up_to", g="Afghan nationals", s=None)
    K("injured", "There are [no] reports", 0, g="U.S. citizens", s=FN)
    D("authorities on [April 23]", "2024-04-23")
    X("within [5 kilometers]", 5, "kilometers", q="up_to")
    W("[Landmines]", "mine")
    W("[unexploded ordnance]", "explosives")


@spec("eval_zs06_interior_ministry_shahritus.txt")
def _zs06():  # no header; issue line Dushanbe, Wed 7 June 2023; operation on 5 June 2023
    SKIP("Criminal Code of the Republic of Tajikistan")
    D("Dushanbe, [7 June 2023]", "2023-06-07", basis="dateline")
    D("on [5 June 2023]", "2023-06-05")
    L("territory of [Afghanistan]", None, "country", "origin")
    K("killed", "[one] of the offenders", 1, g="offender, citizen of Afghanistan", s=MIL)
    K("injured", "[Two] police officers", 2, g="police officers", s=SF)
    K("detained", "[Five] persons", 5, g="members of the trafficking group", s=MIL)
    K("detained", "[three] citizens of Afghanistan", 3, g="citizens of Afghanistan", s=MIL)
    K("detained", "[two] citizens of the Republic", 2, g="citizens of Tajikistan", s=MIL)
    L("citizens of the [Republic of Tajikistan] aged", None, "country")
    W("2 [Kalashnikov assault rifles]", "small_arms")
    W("a [Makarov pistol]", "firearms")
    W("3 [hand grenades]", "grenade")
    D("[Since the beginning of the year]", "2023-01-01", "2023-06-07", basis="relative")
    K("detained", "detained [38] persons", 38, g="drug trafficking suspects (2023 to date)", s=MIL)
    A("the press centre [said]", OS, "the press centre of the Ministry of Internal Affairs")


@spec("eval_zs07_un_statement_darwaz.txt")
def _zs07():  # no header; dateline Kabul, Wed 4 March 2026; explosion on Monday 2 March
    SKIP("UNICEF Afghanistan")
    L("[KABUL], 4 March", "AF-KAB", "town")
    D("KABUL, [4 March 2026]", "2026-03-04", basis="dateline")
    A("by [reports] that", REP, "unattributed reports")
    K("killed", "that [three] children lost", 3, g="children", s=CIV)
    K("injured", "and [two] others were seriously", 2, g="children", s=CIV)
    D("on [Monday] when", "2026-03-02", basis="weekday")
    W("[unexploded ordnance]", "explosives")
    A("[According to information received from local health workers]", REP, "local health workers")
    W("that [explosive remnants of war] continue", "explosives")
    D("[Since the start of the year]", "2026-01-01", "2026-03-04", basis="relative")
    K("killed", "at least [seven] children", 7, "at_least", g="children in Afghanistan (2026 to date)", s=CIV)
    K("injured", "at least [12] injured", 12, "at_least", g="children in Afghanistan (2026 to date)", s=CIV)
    W("by [landmines]", "mine")
    W("and [explosive remnants of war] in the country", "explosives")
    A("[according to the United Nations Mine Action Service]", OS, "UNMAS")
    D("[Last year]", "2025-01-01", "2025-12-31", basis="relative")
    A("UNMAS [recorded]", OS, "UNMAS")
    K("killed", "recorded [58] child deaths", 58, g="children in Afghanistan (2025)", s=CIV)


@spec("eval_zs08_wire_protest_rushon.txt")
def _zs08():  # published Wed 2022-09-14; shooting on Tuesday 13 September
    MFA = "Tajikistan's foreign ministry"
    ADM = "the Gorno-Badakhshan regional administration"
    L("[DUSHANBE], Sept 14", "TJ-DU", "town")
    D("DUSHANBE, [Sept 14]", "2022-09-14", basis="dateline")
    D("ministry on [Wednesday] handed", "2022-09-14", basis="weekday")
    K("killed", "which [one] man was killed", 1, g="Tajik farmers", s=CIV)
    K("injured", "and [four] were wounded", 4, g="Tajik farmers", s=CIV)
    A("wounded, the ministry [said]", OS, MFA)
    D("\"On [13 September 2022]", "2022-09-13")
    L("the [Afghan bank] of the Panj river opened", None, "country", "origin", country="AF")
    W("with [small arms]", "small_arms")
    K("killed", "[one] resident of the village lost", 1, g="resident of Barchid", s=CIV)
    K("injured", "and [four] others, including", 4, g="residents of Barchid", s=CIV)
    K("injured", "including [a] woman", 1, g="woman", s=CIV)
    A("the note [said]", OS, MFA + " (note of protest)")
    A("Rahmani, [said]", DEN, "Mawlawi Sharafuddin Rahmani, Taliban foreign ministry spokesman")
    K("detained", "that [two] smugglers", 2, g="smugglers", s=MIL)
    A("Khorugh [said] on Wednesday", REP, "doctors at the regional hospital in Khorugh")
    D("said on [Wednesday] that three", "2022-09-14", basis="weekday")
    A("initially [put the number]", OS, ADM)
    K("injured", "wounded at [six]", 6, g="residents of Barchid (initial figure)", s=CIV)
    A("It later [corrected]", RET, ADM)
    K("injured", "the figure to [four]", 4, g="residents of Barchid (corrected figure)", s=CIV)
    D("Rushon [this year]", "2022-01-01", "2022-09-14", basis="relative")
    D("In [July], a shepherd", "2022-07-01", "2022-07-31")
    K("injured", "[a] shepherd was wounded", 1, g="shepherd", s=CIV)


@spec("eval_zs09_corrected_wire_imam_sahib.txt")
def _zs09():  # no header; dateline Kunduz, Mon 2024-08-19; detention on Saturday 17 August
    POL = "Mawlawi Abdul Wahid Jalali, Kunduz provincial police spokesman"
    K("detained", "detain [six] Tajik fishermen", 6, g="Tajik fishermen", s=CIV)
    A("([Corrects]", RET, "Meridian (correction of the earlier version)")
    K("detained", "paragraph 1 to [six] from nine", 6, g="Tajik fishermen (corrected figure)", s=CIV)
    K("detained", "to six from [nine]", 9, g="Tajik fishermen (erroneous original figure)", s=CIV)
    L("[KUNDUZ], Afghanistan", "AF-KDZ", "town")
    D("Afghanistan, [Aug 19]", "2024-08-19", basis="dateline")
    K("detained", "detained [six] Tajik fishermen whose", 6, g="Tajik fishermen", s=CIV)
    K("missing", "and [a seventh] man is missing", 1, g="Tajik fisherman", s=CIV)
    A("spokesman [said] on Monday", OS, POL)
    D("said on [Monday].", "2024-08-19", basis="weekday")
    D("detained on [Saturday]", "2024-08-17", basis="weekday")
    A("Jalali [told] Meridian", OS, POL)
    A("checks,\" he [said]", OS, POL)
    K("missing", "[A seventh] fisherman", 1, g="Tajik fisherman", s=CIV)
    A("found, Jalali [said]", OS, POL)
    D("continuing on [Monday]", "2024-08-19", basis="weekday")
    A("border troops [confirmed]", OS, BT)
    K("missing", "boat with [seven] residents", 7, g="residents of Panji Poyon", s=CIV)
    D("on [Saturday evening]", "2024-08-17", basis="weekday")
    A("they [said] the men", OS, BT)
    A("Panji Poyon, [said]", REP, "a relative of one of the men")
    A("alive,\" he [said]", REP, "a relative of one of the men")
    D("case in [May], Taliban", "2024-05-01", "2024-05-31")
    K("detained", "detained [four] Tajik citizens", 4, g="Tajik citizens", s=CIV)


@spec("eval_zs10_russian_agency_shohin.txt")
def _zs10():  # published Tue 2025-02-11; crossing attempt on the night of 10 February
    SRC = "a source in the law enforcement agencies of Tajikistan"
    L("[DUSHANBE], February 11", "TJ-DU", "town")
    D("DUSHANBE, [February 11]", "2025-02-11", basis="dateline")
    K("killed", "have killed [two] members", 2, g="drug smugglers", s=MIL)
    L("the [Pyanj] river", None, "border")
    L("river from [Afghanistan] in", None, "country", "origin")
    A("republic [told]", REP, SRC)
    D("correspondent on [Tuesday]", "2025-02-11", basis="weekday")
    D("On [the night of February 10]", "2025-02-10")
    K("killed", "fire, [two] smugglers were killed", 2, g="smugglers", s=MIL)
    K("injured", "[one] was wounded and detained", 1, g="smuggler", s=MIL)
    K("detained", "[one] was wounded and detained", 1, g="smuggler", s=MIL)
    A("bank,\" the source [said]", REP, SRC)
    A("[According to him]", REP, SRC)
    K("killed", "were [no casualties]", 0, g="border guards", s=SF)
    K("injured", "were [no casualties]", 0, g="border guards", s=SF)
    W("two [Kalashnikov assault rifles]", "small_arms")
    W("Chinese-made [pistol]", "firearms")
    A("the source [added]", REP, SRC)
    A("province [reported]", REP, "media in Afghanistan's Badakhshan province")
    K("detained", "detained [14] drug couriers", 14, g="drug couriers (detained by Taliban units)", s=MIL)
    D("border in [January]", "2025-01-01", "2025-01-31")
    X("is [1,344 km]", 1344, "km", "TJ-AF border")
    X("about [1,100 km]", 1100, "km", q="about")
    D("[Since the beginning of the year]", "2025-01-01", "2025-02-11", basis="relative")
    K("detained", "more than [20] violators", 20, "more_than", g="violators (2025 to date)", s=MIL)
    A("[according to official data]", OS, "official data")


@spec("eval_zs11_taliban_statement_khwahan.txt")
def _zs11():  # published Tue 2026-01-20; the incident on Sunday 18 January
    TS = "Mawlawi Inayatullah Khorasani, spokesman of the Islamic Emirate"
    GKNB = "the State Committee for National Security of Tajikistan"
    SKIP("State Committee for National Security of Tajikistan")
    L("The spokesman of the [Islamic Emirate of Afghanistan]", None, "country")
    D("on [Monday night] published", "2026-01-19", basis="weekday")
    A("statement [rejecting]", DEN, TS)
    A("rejecting [claims] by", OS, "Tajikistan's security services")
    L("armed men from [Badakhshan] had", "AF-BDS", "region", "origin")
    D("\"On [Sunday, 18 January 2026]", "2026-01-18")
    L("across the [Amu River]", None, "border")
    K("killed", "[two] mujahideen", 2, g="Taliban border forces", s=SF)
    K("injured", "and [one] was injured", 1, g="Taliban border forces", s=SF)
    L("from the [Afghan side]", None, "country", "origin", country="AF")
    A("The [claims] of the Tajik side", OS, "the Tajik side")
    K("killed", "that [four] 'terrorists'", 4, g="'terrorists' (Tajik claim)", s=MIL)
    L("[Islamic Emirate of Afghanistan] does not", None, "country")
    A("Tajikistan [said] on Sunday", OS, GKNB)
    D("on [Sunday evening]", "2026-01-18", basis="weekday")
    K("killed", "that [four] armed violators", 4, g="armed violators", s=MIL)
    L("crossed from [Afghanistan] into", None, "country", "origin")
    K("injured", "that [one] Tajik serviceman", 1, g="Tajik serviceman", s=SF)
    A("what it [said] were weapons", OS, GKNB)
    W("three [automatic rifles]", "small_arms")
    W("a [hand grenade]", "grenade")
    A("Khwahan [told] Amu News", REP, "local residents in Khwahan")
    K("killed", "bodies of [three] men", 3, g="men whose bodies were brought to the district centre", s=None)
    D("centre on [Monday]", "2026-01-19", basis="weekday")
    A("anonymity, [said]", REP, "a health official in Fayzabad (anonymous)")
    K("injured", "said [two] wounded men", 2, g="wounded men at the provincial hospital", s=None)
    K("killed", "[one] of whom died", 1, g="wounded man who died", s=None)
    D("died on [Monday night]", "2026-01-19", basis="weekday")
    X("about [60 kilometres]", 60, "kilometres", q="about")


@spec("eval_zs12_factbox_border.txt")
def _zs12():  # published Tue 2025-10-14; Meridian factbox
    D("[Oct 14] (Meridian)", "2025-10-14", basis="dateline")
    K("killed", "(Meridian) - [Three] Tajik border guards", 3, g="Tajik border guards", s=SF)
    D("district on [Monday]", "2025-10-13", basis="weekday")
    D("frontier [this year]", "2025-01-01", "2025-10-14", basis="relative")
    A("The Taliban [deny]", DEN, "the Taliban")
    L("came from [Afghanistan]", None, "country", "origin")
    K("killed", "killed [five] Afghan fishermen", 5, g="Afghan fishermen", s=CIV)
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    D("* [Sept 13, 2022]", "2022-09-13")
    K("killed", "[One] farmer killed", 1, g="farmer", s=CIV)
    K("injured", "and [four] wounded by fire", 4, g="farmers", s=CIV)
    L("from the [Afghan bank] near the village", None, "country", "origin", country="AF")
    A("administration first [gave]", OS, "the Gorno-Badakhshan administration")
    K("injured", "wounded as [six]", 6, g="farmers (initial figure)", s=CIV)
    D("* [May 2023]", "2023-05-01", "2023-05-31")
    K("killed", "[Two] drug smugglers killed", 2, g="drug smugglers", s=MIL)
    K("injured", "and [a] border guard wounded", 1, g="border guard", s=SF)
    A("Navobod, the border troops [said]", OS, BT)
    D("* [April 22, 2024]", "2024-04-22")
    K("killed", "[A] Tajik border guard killed", 1, g="Tajik border guard", s=SF)
    K("injured", "and [two] civilians wounded", 2, g="civilians", s=CIV)
    A("Taliban officials [said] up to", OS, "Taliban officials")
    K("killed", "up to [three] Afghans", 3, "up_to", g="Afghans", s=None)
    D("* [Aug 17, 2024]", "2024-08-17")
    K("detained", "[Six] Tajik fishermen detained", 6, g="Tajik fishermen", s=CIV)
    K("missing", "[a seventh] man went missing", 1, g="Tajik fisherman", s=CIV)
    D("handed back [12 days later]", "2024-08-29", basis="relative")
    D("* [Feb 10, 2025]", "2025-02-10")
    K("killed", "[Two] smugglers killed", 2, g="smugglers", s=MIL)
    K("injured", "and [one] wounded and detained", 1, g="smuggler", s=MIL)
    K("detained", "and [one] wounded and detained", 1, g="smuggler", s=MIL)
    A("a security source [said]", REP, "a security source")
    K("injured", "[No] guards were hurt", 0, g="border guards", s=SF)
    D("* [March 2025]", "2025-03-01", "2025-03-31")
    K("killed", "[Two] border guards killed when", 2, g="border guards", s=SF)
    A("Border troops [said] three", OS, BT)
    K("killed", "said [three] attackers were neutralised", 3, g="attackers", s=MIL)
    K("injured", "[Several] Afghan villagers", None, "unspecified", g="Afghan villagers", s=CIV)
    D("* [Oct 13, 2025]", "2025-10-13")
    K("killed", "[Three] border guards killed, one", 3, g="Tajik border guards", s=SF)
    K("killed", "[one] of whom died", 1, g="border guard who died of his wounds", s=SF)
    K("injured", "and [two] wounded in Farkhor", 2, g="Tajik border guards", s=SF)
    K("killed", "[three] attackers neutralised", 3, g="attackers", s=MIL)
    K("detained", "neutralised, [one] detained", 1, g="attacker", s=MIL)
    A("Taliban officials [say] five", OS, "Taliban officials")
    K("killed", "say [five] fishermen died", 5, g="Afghan fishermen", s=CIV)
    A("[By Meridian's count]", REP, "Meridian")
    K("killed", "at least [21] people", 21, "at_least", g="people killed on the border since 2021", s=None)
    W("from [landmines]", "mine")


# --------------------------------------------------------------------------------------------------


def build(specs: Specs, *, articles: Path, pattern: str, rel: str, out: Path) -> int:
    """annotate.build plus: header/body sanity check and the ``country`` of automatic locations."""
    names = sorted(p.name for p in articles.glob(pattern))
    assert sorted(specs) == names, set(specs) ^ set(names)
    claims: list[dict] = []
    for name in names:
        a = Art(name, articles, rel)
        if a.text.startswith("url:"):
            assert a.body > a.text.index("\n---\n"), (name, a.body)
        else:
            assert a.body == 0, (name, a.body)
        AN.A_ = a
        specs[name]()
        auto_locations(a, GAZ)
        seen = set()
        for c in a.claims:
            if c["kind"] == "location" and "country" not in c:
                c["country"] = country_for(c["anchor"], c["admin1_code"], c["precision"])
            assert a.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(a.text, c["anchor"])[c["occurrence"]] == c["start"], c
            assert c["start"] >= a.body, c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
        claims += sorted(a.claims, key=lambda c: (c["start"], c["kind"]))
        AN.A_ = None
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    print(f"wrote {len(claims)} claims for {len(names)} files:", json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zs*.txt", rel=REL, out=HERE / "truth.jsonl"))
