"""Build benchmarks/eval/set_zg/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZG lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_zg/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. Two thin wrappers add the fields the shared README lists but the shared
helpers leave out: casualty ``low``/``high`` (derived from value and qualifier), ``group`` and ``side``;
date ``basis`` (explicit, weekday, relative, dateline).

    .venv/bin/python benchmarks/eval/set_zg/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, A, L, P, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zg/articles/"

SPECS = Specs()
spec = SPECS.register

CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"


def _bounds(value, q, low):
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    return low, None  # unspecified: several -> 3, dozens -> 24, else None


def K(kind, ctx, value, q="exact", side=None, group=None, low=None, nth=None):
    """Casualty claim with the README's low/high bounds, group and side."""
    rec = annotate.K(kind, ctx, value, q, nth)
    lo, hi = _bounds(value, q, low)
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, b="explicit", nth=None):
    """Date claim with its basis; the shared helper checks weekdays in single-day anchors."""
    assert b in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = b
    for v in (rec["normalized"], rec["normalized_end"]):
        dt.date.fromisoformat(v)
    return rec


WK, REL_, DL = "weekday", "relative", "dateline"
BT = "Tajikistan's Border Troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zg/README.md. Locations not listed here are added from the gazetteer with its defaults.
# Solar Hijri dates are separate date claims with the same normalised Gregorian value.
# --------------------------------------------------------------------------------------------------


@spec("eval_zg01_kabul_tv_darwaz_river.txt")
def _zg01():  # published 2024-06-17 (Monday); the shooting on Saturday night, 15 June (26 Jawza 1403)
    RAH = "Abdul Wahid Rahmani, Islamic Emirate police spokesman in Badakhshan"
    K("killed", "[Three] Afghans killed by Tajik", 3, side=CIV, group="Afghan men")
    K("killed", "[Three] Afghan men were killed", 3, side=CIV, group="Afghan men")
    K("injured", "killed and [one] was wounded", 1, side=CIV)
    D("on [Saturday night] (26", "2024-06-15", b=WK)
    D("([26 Jawza 1403])", "2024-06-15")
    A("Islamic Emirate [told] Shahrak TV", OS, "local officials of the Islamic Emirate")
    D("Shahrak TV on [Monday]", "2024-06-17", b=WK)
    K("missing", "[Two] other men who were on the boat", 2, side=CIV)
    A("the officials [said]", OS, "local officials of the Islamic Emirate")
    A("in Badakhshan, [said] the men", OS, RAH)
    K("killed", "recovered [three] bodies", 3, side=CIV)
    D("on [Sunday morning]", "2024-06-16", b=WK)
    A("Fayzabad,\" he [said]", OS, RAH)
    A("The Tajik side [gave] a different account", OS, "the Tajik side")
    D("published on [Sunday]", "2024-06-16", b=WK)
    A("Border Troops [said] that a group", OS, BT)
    L("the river from [Afghanistan] into", None, "country", role="origin")
    D("on [the night of 15 June]", "2024-06-15")
    K("killed", "[Two] violators were killed", 2, side=MIL, group="violators (drug traffickers)")
    K("detained", "and [one] was detained", 1, side=MIL)
    A("the statement [said], adding", OS, BT)
    W("a [Kalashnikov rifle]", "small_arms")
    K("injured", "[No] Tajik servicemen were hurt", 0, side=SEC)
    A("were hurt, it [said]", OS, BT)
    A("Rahmani [rejected]", DEN, RAH)
    A("Nasim, [told] Shahrak TV", REP, "Mohammad Nasim, a relative")
    K("killed", "buried [three] of them", 3, side=CIV)
    D("three of them [yesterday]", "2024-06-16", b=REL_)
    K("missing", "The other [two] are still missing", 2, side=CIV)
    A("still missing,\" he [said]", REP, "Mohammad Nasim, a relative")
    X("the [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    A("Residents of Darwaz [say]", REP, "residents of Darwaz")
    K("killed", "at least [a dozen] people", 12, "at_least", side=CIV)


@spec("eval_zg02_news_agency_shighnan_statement.txt")
def _zg02():  # published 2023-08-09 (Wednesday); the firing on Monday 7 August (16 Asad 1402)
    DEP = "the Islamic Emirate's information and culture department in Badakhshan"
    L("[FAYZABAD] (HPA)", "AF-BDS", "town")
    D("in Badakhshan on [Wednesday]", "2023-08-09", b=WK)
    D("on [Monday's] firing", "2023-08-07", b=WK)
    A("from Dari, [said]:", OS, DEP)
    D("afternoon of [Monday, 16 Asad 1402]", "2023-08-07")
    D("([7 August 2023])", "2023-08-07")
    W("with [heavy machine guns]", "small_arms")
    K("killed", "[one] Mujahid of the border forces", 1, side=SEC)
    K("injured", "and [two] others were wounded", 2, side=SEC)
    K("killed", "[No] civilian was killed or wounded", 0, side=CIV)
    K("injured", "[No] civilian was killed or wounded", 0, side=CIV)
    A("statement also [rejected]", DEN, DEP)
    A("[reports] in some media", REP, "some media")
    K("killed", "that [four] border forces personnel", 4, side=SEC)
    K("killed", "is [one] martyr", 1, side=SEC)
    K("injured", "martyr and [two] wounded", 2, side=SEC)
    A("wounded,\" it [said]", DEN, DEP)
    A("by phone, [said] the firing", REP, "a resident of Shighnan")
    K("injured", "that [a] shepherd had also been hurt", 1, side=CIV)
    D("In [Hamal], two", "2023-03-21", "2023-04-20")
    K("detained", "[two] Afghan traders were detained", 2, side=CIV)
    A("the department [said]", OS, DEP)


@spec("eval_zg03_exile_outlet_chah_ab_dispute.txt")
def _zg03():  # published 2025-05-14 (Wednesday); the shooting on Sunday 11 May (21 Sawr 1404)
    GOV = "Mawlawi Sayed Rahim Mubariz, Islamic Emirate district governor in Chah Ab"
    A("Families [dispute] Tajik claim", DEN, "families in Chah Ab")
    A("dispute Tajik [claim]", OS, BT)
    A("have [disputed] a statement", DEN, "families in Chah Ab")
    A("disputed a [statement] by", OS, BT)
    K("killed", "that [three] men shot dead", 3, side=MIL, group="armed drug smugglers (Tajik account)")
    D("on [Sunday, 11 May]", "2025-05-11")
    D("([21 Sawr 1404])", "2025-05-11")
    A("[According to the Tajik statement]", OS, BT)
    D("issued on [Monday]", "2025-05-12", b=WK)
    L("from the [Afghan bank] into", None, "country", role="origin")
    K("killed", "[Three] of the violators", 3, side=MIL)
    A("the statement [said]. It listed", OS, BT)
    W("two [Kalashnikov rifles]", "small_arms")
    K("injured", "[One] Tajik border guard", 1, side=SEC)
    A("it [added]", OS, BT)
    A("Relatives [told] Amu Review", REP, "relatives")
    K("killed", "only [two] of them died", 2, side=CIV, group="fishermen")
    K("injured", "[A third] man, our neighbour", 1, side=CIV)
    A("swam back,\" [said] Faridullah", REP, "Faridullah, a relative")
    W("not [rifles]", "small_arms")
    A("Mubariz, [said] the Islamic", OS, GOV)
    K("killed", "recovered [two] bodies", 2, side=CIV)
    K("injured", "that [one] wounded man", 1, side=CIV)
    A("He [denied]", DEN, GOV)
    L("fired from [Afghan soil]", None, "country", role="origin")
    A("researcher, [said]", REP, "Nargis Sultani, an Afghan rights researcher")
    K("killed", "at least [seven] Afghan civilians", 7, "at_least", side=CIV)
    D("over [the past year]", "2024-05-14", "2025-05-13", b=REL_)
    D("In [March], Tajik", "2025-03-01", "2025-03-31")
    A("border guards [said] they had killed", OS, "Tajik border guards")
    K("killed", "killed [two] smugglers", 2, side=MIL)


@spec("eval_zg04_women_site_imam_sahib_hospital.txt")
def _zg04():  # published 2022-09-21 (Wednesday); the shelling on Monday evening, 19 September
    DOC = "a female doctor at the regional hospital in Kunduz (anonymous)"
    SAQ = "Qari Noorullah Saqib, Islamic Emirate spokesman in Kunduz"
    K("killed", "[A] woman was killed and four", 1, side=CIV)
    K("injured", "and [four] women and girls were wounded", 4, side=CIV)
    W("[mortar] shells", "mortar")
    D("on [Monday evening]", "2022-09-19", b=WK)
    A("relatives [told] Roshanak News", REP, "doctors and relatives")
    L("from the [Tajik side] of the Panj", None, "country", role="origin")
    A("the Islamic Emirate [said]. Tajik", OS, "local officials of the Islamic Emirate")
    L("hospital in [Kunduz] city", "AF-KDZ", "town")
    A("to the media, [said] five", REP, DOC)
    K("injured", "[five] patients from Imam Sahib", 5, side=CIV)
    D("on [Monday night]", "2022-09-19", b=WK)
    K("injured", "night: [four] girls and women", 4, side=CIV, group="girls and women")
    K("injured", "women, and [a] man", 1, side=CIV, group="a man")
    A("her legs,\" she [said]", REP, DOC)
    K("killed", "[One] woman had died", 1, side=CIV)
    A("she [added]", REP, DOC)
    A("among the wounded, [said] by phone", REP, "Nafisa, mother of a wounded girl")
    A("[put the number] of wounded", OS, SAQ)
    K("injured", "wounded at [three] and said", 3, side=CIV)
    K("killed", "said [no one] had been killed", 0, side=CIV)
    A("condition is good,\" he [said]", OS, SAQ)
    A("Women in Imam Sahib [say]", REP, "women in Imam Sahib")
    A("Roshanak News has [recorded]", REP, "Roshanak News")
    K("injured", "at least [11] civilians", 11, "at_least", side=CIV)
    K("injured", "[eight] of them women or children", 8, side=CIV, group="women or children")
    D("in Kunduz and Takhar [this year]", "2022-01-01", "2022-09-21", b=REL_)


@spec("eval_zg05_local_radio_khwahan_elders.txt")
def _zg05():  # no header; dateline 2024-10-28 (Monday); detentions on Saturday 26 October
    QAD = "Haji Abdul Qadir, an elder from Khwahan"
    SAK = "Mawlawi Ghulam Sakhi, Islamic Emirate district chief in Khwahan"
    K("detained", "hold [seven] Khwahan men", 7, side=CIV)
    K("killed", "[one] shot dead", 1, side=CIV)
    L("[FAYZABAD], 28 October", "AF-BDS", "town")
    D("FAYZABAD, [28 October 2024]", "2024-10-28", b=DL)
    D("([7 Aqrab 1403])", "2024-10-28", b=DL)
    A("Elders in Khwahan district [say]", REP, "elders in Khwahan")
    K("detained", "detained [seven] men from the district", 7, side=CIV)
    D("the district on [Saturday]", "2024-10-26", b=WK)
    K("killed", "shot dead [an eighth]", 1, side=CIV)
    A("[told] Radio Kohsar by phone", REP, QAD)
    D("on [Friday night]", "2024-10-25", b=WK)
    K("detained", "\"[Seven] of our young men", 7, side=CIV)
    D("handed to us on [Sunday]", "2024-10-27", b=WK)
    A("He was 19,\" he [said]", REP, QAD)
    A("anonymity, [said] two more", REP, "another elder (anonymous)")
    K("injured", "[two] more men had been hurt", 2, side=CIV)
    A("Sakhi, [gave] a higher figure", OS, SAK)
    A("He [said] nine men", OS, SAK)
    K("detained", "[nine] men had been detained", 9, side=CIV)
    K("killed", "detained and [one] killed", 1, side=CIV)
    A("news website [reported] on Sunday", REP, "a Tajik news website")
    D("reported on [Sunday]", "2024-10-27", b=WK)
    K("detained", "had detained [six]", 6, side=MIL, group="violators of the state border")
    K("killed", "that [one] violator had died", 1, side=MIL)
    A("The report [said]", REP, "a Tajik news website")
    K("injured", "[no] Tajik servicemen were injured", 0, side=SEC)
    A("Residents [said] the Khwahan", REP, "residents")


@spec("eval_zg06_business_daily_sher_khan_bandar.txt")
def _zg06():  # published 2025-11-06 (Thursday); crossing closed Sunday 2 November after the night of 1 November
    L("as [Sher Khan Bandar] crossing", "AF-KDZ", "site")
    L("the [Sher Khan Bandar] port", "AF-KDZ", "site")
    D("crossing on [Sunday] (11", "2025-11-02", b=WK)
    D("([11 Aqrab 1404])", "2025-11-02")
    A("customs officials [said] on Thursday", OS, "Afghan customs officials")
    D("said on [Thursday]", "2025-11-06", b=WK)
    D("on [the night of 1 November]", "2025-11-01")
    A("[According to Afghan customs officials]", OS, "Afghan customs officials at the port")
    K("injured", "[two] Afghan truck drivers", 2, side=CIV, group="truck drivers")
    L("hospital in [Kunduz] city", "AF-KDZ", "town")
    A("border forces [said] one of", OS, "the Islamic Emirate's border forces")
    K("injured", "[one] of their men had also", 1, side=SEC)
    A("Border Troops [said] that one attacker", OS, BT)
    K("killed", "that [one] attacker", 1, side=MIL)
    K("injured", "that [none] of their personnel", 0, side=SEC)
    A("news site [reported]", REP, "a Tajik news site")
    K("killed", "that [two] attackers", 2, side=MIL)
    A("will rot,\" [said] Abdul Basir", REP, "Abdul Basir, a trader from Imam Sahib")
    A("He [said] drivers", REP, "Abdul Basir, a trader from Imam Sahib")
    X("about [60 kilometres]", 60, "kilometres")
    L("north of [Kunduz] city", "AF-KDZ", "town")
    P("some [270,000] people", 270000)
    A("Traders [say]", REP, "traders")
    A("Nazarov [said]", OS, "Firuz Nazarov, Tajik customs spokesman")
    D("in [June] the port", "2025-06-01", "2025-06-30")
    W("a [drone] attack", "drone")
    K("killed", "nearby killed [three] people", 3, side=CIV)
    A("[according to Afghan officials]", OS, "Afghan officials")
    D("separate incident [last week]", "2025-10-30", "2025-11-05", b=REL_)
    K("detained", "detained [four] Afghan traders", 4, side=CIV, group="traders")
    A("local officials [said]", OS, "local officials")
    D("released on [Tuesday]", "2025-11-04", b=WK)


@spec("eval_zg07_commander_interview_takhar.txt")
def _zg07():  # published 2026-01-20 (Tuesday); interview on Sunday 18 January (28 Jadi 1404)
    D("Taloqan on [Sunday]", "2026-01-18", b=WK)
    D("([28 Jadi 1404])", "2026-01-18")
    A("Tajikistan [says]", OS, "Tajikistan")
    K("killed", "killed [11] armed smugglers", 11, side=MIL)
    L("coming from [Afghanistan]", None, "country", role="origin")
    D("from Afghanistan [last year]", "2025-01-01", "2025-12-31", b=REL_)
    D("[Last year] two of our", "2025-01-01", "2025-12-31", b=REL_)
    K("killed", "[two] of our Mujahideen", 2, side=SEC)
    K("injured", "and [four] were wounded", 4, side=SEC)
    K("killed", "seen [eleven] dead smugglers", 11, side=MIL)
    D("on [9 January]", "2026-01-09")
    D("[That night] Tajik", "2026-01-09", b=REL_)
    K("killed", "[One] boy was martyred", 1, side=CIV)
    K("injured", "and [two] other men were wounded", 2, side=CIV)
    A("The Tajik side [said]", OS, "the Tajik side")
    D("In [the past year] we", "2025-01-20", "2026-01-19", b=REL_)
    K("detained", "detained [23] people", 23, group="people trying to cross illegally")
    K("detained", "including [three] Tajik citizens", 3, side=FOR, group="Tajik citizens")
    A("Tajik officials [accuse]", OS, "Tajik officials")
    L("from the [Afghan bank] in December", None, "country", role="origin")
    D("Afghan bank in [December]", "2025-12-01", "2025-12-31")
    W("fired [mortars]", "mortar")
    D("on [17 December]", "2025-12-17")
    K("injured", "[none] of our men were hurt", 0, side=SEC)
    D("was in [Qaws]", "2025-11-22", "2025-12-21")


@spec("eval_zg08_news_agency_un_note.txt")
def _zg08():  # published 2025-07-24 (Thursday); a UN mission note covering January-June 2025
    UN = "the United Nations mission (internal note)"
    K("killed", "UN note: [four] civilians killed", 4, side=CIV)
    K("injured", "killed, [10] injured along", 10, side=CIV)
    D("in [first half of 2025]", "2025-01-01", "2025-06-30")
    L("[KABUL] (SNA)", "AF-KAB", "town")
    D("in [the first six months of 2025]", "2025-01-01", "2025-06-30")
    A("[according to] a note", OS, UN)
    D("Setara News Agency on [Wednesday]", "2025-07-23", b=WK)
    D("Between [1 January and 30 June 2025]", "2025-01-01", "2025-06-30")
    K("killed", "documented [4] civilians killed", 4, side=CIV)
    K("injured", "killed and [10] injured by", 10, side=CIV)
    W("fire, [unexploded ordnance] and", "explosives")
    A("the note [said]. \"Children", OS, UN)
    K("injured", "for [six] of the injured", 6, side=CIV, group="children")
    A("[According to the note]", OS, UN)
    D("on [22 March]", "2025-03-22")
    K("killed", "which [two] fishermen", 2, side=CIV, group="fishermen")
    K("injured", "and [a third] was injured", 1, side=CIV)
    K("injured", "[Three] boys were injured", 3, side=CIV, group="boys")
    W("by [unexploded ordnance] near", "explosives")
    D("Takhar, in [May]", "2025-05-01", "2025-05-31")
    A("in May, the note [said]", OS, UN)
    A("ministry of defence [said]", OS, "the Islamic Emirate's ministry of defence")
    K("killed", "that [three] of its border personnel", 3, side=SEC)
    K("injured", "martyred and [five] wounded", 5, side=SEC)
    D("in [the same period]", "2025-01-01", "2025-06-30", b=REL_)
    D("In [April], Tajikistan's", "2025-04-01", "2025-04-30")
    A("Border Troops [said] they had killed", OS, BT)
    K("killed", "killed [nine]", 9, side=MIL, group="members of armed groups")
    L("cross from [Afghanistan]", None, "country", role="origin")
    D("in [the first three months of the year]", "2025-01-01", "2025-03-31", b=REL_)
    A("The mission [said] in February", OS, "the United Nations mission")
    D("said in [February]", "2025-02-01", "2025-02-28")


@spec("eval_zg09_fayzabad_hospital_nusay.txt")
def _zg09():  # no header; dateline 2023-04-12 (Wednesday); the clash on Monday 10 April
    DIR = "Dr Mohammad Ishaq Rasikh, director of the provincial hospital in Fayzabad"
    OMA = "Qari Fazlullah Omari, district security chief"
    K("injured", "treating [seven] wounded from", 7)
    L("[FAYZABAD], 12 April", "AF-BDS", "town")
    D("FAYZABAD, [12 April 2023]", "2023-04-12", b=DL)
    K("injured", "treating [seven] people wounded", 7)
    D("in [Monday's] clash", "2023-04-10", b=WK)
    K("injured", "among them [four] members", 4, side=SEC)
    K("injured", "and [three] civilians", 3, side=CIV)
    A("director [said] on Wednesday", OS, DIR)
    D("said on [Wednesday]", "2023-04-12", b=WK)
    A("Rasikh [told] Shamal Post", OS, DIR)
    D("on [Monday night]", "2023-04-10", b=WK)
    D("and on [Tuesday] (22", "2023-04-11", b=WK)
    D("([22 Hamal 1402])", "2023-04-11")
    K("injured", "\"[Two] of the civilians are children", 2, side=CIV, group="children")
    A("danger now,\" he [said]", OS, DIR)
    K("killed", "[A fifth] soldier died", 1, side=SEC)
    D("on [Tuesday morning]", "2023-04-11", b=WK)
    A("he [added]", OS, DIR)
    K("killed", "in the clash to [three]", 3, side=SEC)
    A("Local officials [said]", OS, "local officials")
    W("with [rifles]", "small_arms")
    W("[rocket-propelled grenades]", "rpg")
    A("Omari, [said]", OS, OMA)
    A("He [said] two Tajik", OS, OMA)
    K("killed", "[two] Tajik soldiers had been killed", 2, side=SEC)
    A("Border Troops [said] on Tuesday", OS, BT)
    D("said on [Tuesday] that", "2023-04-11", b=WK)
    L("territory of [Afghanistan]", None, "country", role="origin")
    A("They [said] no Tajik", OS, BT)
    K("killed", "[no] Tajik servicemen had been killed", 0, side=SEC)
    K("injured", "and [one] had been slightly wounded", 1, side=SEC)


@spec("eval_zg10_kabul_tv_eshkashem_clash.txt")
def _zg10():  # published 2022-02-16 (Wednesday); the clash on Monday 14 February (25 Dalw 1400)
    FAT = "Qari Amanullah Fateh, Islamic Emirate border forces commander in Badakhshan"
    A("Tajik side [give] conflicting accounts", OS, "Islamic Emirate and Tajik officials")
    A("have [given] conflicting accounts", OS, "Islamic Emirate and Tajik officials")
    D("province on [Monday] (25", "2022-02-14", b=WK)
    D("([25 Dalw 1400])", "2022-02-14")
    A("Fateh, [told] Farda TV", OS, FAT)
    K("killed", "killing [one] trader", 1, side=CIV)
    K("injured", "wounding [three]", 3, side=CIV)
    K("killed", "[Two] Tajik soldiers were killed", 2, side=SEC)
    A("were killed,\" he [said]", OS, FAT)
    A("Border Troops [denied] this", DEN, BT)
    K("killed", "saying [no] Tajik servicemen", 0, side=SEC)
    D("statement on [Tuesday]", "2022-02-15", b=WK)
    A("on Tuesday, they [said]", OS, BT)
    L("from the [Afghan bank]", None, "country", role="origin")
    K("killed", "that [one] attacker was killed", 1, side=MIL)
    K("injured", "and [two] were wounded", 2, side=MIL)
    K("injured", "[No] Tajik border guard was hurt", 0, side=SEC)
    A("was hurt, the statement [said]", OS, BT)
    A("Sher Mohammad, [told] Farda TV", REP, "Sher Mohammad, a resident of Eshkashem")
    K("injured", "that [four] other people", 4, side=CIV)
    K("injured", "including [a] woman", 1, side=CIV, group="a woman")
    A("fired first,\" he [said]", REP, "Sher Mohammad, a resident of Eshkashem")
    D("in [January], one", "2022-01-01", "2022-01-31")
    K("killed", "[one] Afghan was killed", 1, side=CIV)
    A("[according to local officials]", OS, "local officials")


@spec("eval_zg11_women_site_shighnan_detained.txt")
def _zg11():  # published 2024-12-04 (Wednesday); detentions last week, Tajik statement Monday 2 December
    SPK = "a spokesman for the Islamic Emirate's governor in Badakhshan"
    K("detained", "[Seven] women among 19", 7, side=CIV, group="women")
    K("detained", "among [19] Afghans", 19, side=CIV)
    A("Shighnan families [say]", REP, "families in Shighnan")
    A("Badakhshan province [say] Tajik", REP, "families in Shighnan")
    K("detained", "holding [19] Afghans", 19, side=CIV)
    K("detained", "[seven] of them women", 7, side=CIV, group="women")
    D("the Panj [last week]", "2024-11-27", "2024-12-03", b=REL_)
    A("our district,\" [said] Shirin", REP, "Shirin, sister of a detainee")
    P("about [30,000] people", 30000)
    A("in Badakhshan [said] 17", OS, SPK)
    K("detained", "[17] people had been detained", 17, side=CIV)
    K("detained", "not [19]", 19, side=CIV)
    A("He [said] two of", OS, SPK)
    K("injured", "[two] of the detained men", 2, side=CIV)
    A("National Security [said] on Monday", OS, "Tajikistan's State Committee for National Security")
    D("said on [Monday]", "2024-12-02", b=WK)
    K("detained", "group of [16] citizens", 16, side=CIV)
    D("in Shighnan on [Tuesday]", "2024-12-03", b=WK)
    A("the families [said]", REP, "families in Shighnan")


@spec("eval_zg12_news_agency_qala_i_zal_smugglers.txt")
def _zg12():  # published 2021-11-25 (Thursday); the shooting on Tuesday night, 23 November (2 Qaws 1400)
    JAL = "Mawlawi Sayed Jalal, Qala-i-Zal district police chief"
    K("killed", "kills [four] Afghan smugglers", 4, side=CIV, group="smugglers")
    A("Kunduz officials [say]", OS, "Islamic Emirate officials in Kunduz")
    K("killed", "[Four] Afghan men were killed", 4, side=CIV, group="smugglers")
    D("on [Tuesday night]", "2021-11-23", b=WK)
    D("([2 Qaws 1400])", "2021-11-23")
    A("in Kunduz [said] on Thursday", OS, "Islamic Emirate officials in Kunduz")
    D("said on [Thursday]", "2021-11-25", b=WK)
    A("police chief, [said]", OS, JAL)
    K("killed", "\"[Four] bodies", 4, side=CIV)
    K("injured", "[A fifth] man was wounded", 1, side=CIV)
    L("hospital in [Kunduz] city", "AF-KDZ", "town")
    K("detained", "arrested [two] others", 2, side=CIV)
    A("our bank,\" he [said]", OS, JAL)
    A("Taliban officials [said]", OS, "Taliban officials")
    A("Border Troops [said] in a statement", OS, BT)
    D("statement on [Wednesday]", "2021-11-24", b=WK)
    L("from [Afghan territory]", None, "country", role="origin")
    K("killed", "[Three] smugglers were killed", 3, side=MIL)
    W("a [Kalashnikov]", "small_arms")
    W("a [pistol]", "firearms")
    A("seized, the statement [said]", OS, BT)
    K("injured", "\"[No] border guards were injured", 0, side=SEC)
    A("[told] Mashal by phone", REP, "relatives in Aqtepa")
    K("killed", "that [five] men had died", 5, side=CIV)
    K("killed", "not [four]", 4, side=CIV)
    A("Islamic Emirate [said] they could not", OS, "officials of the Islamic Emirate")
    D("on [30 October]", "2021-10-30")
    K("killed", "[two] Afghans drowned", 2, side=CIV)
    A("local residents [said]", REP, "local residents")


@spec("eval_zg13_local_radio_khwahan_landmine.txt")
def _zg13():  # published 2026-03-05 (Thursday); the blast on Tuesday 3 March (12 Hut 1404)
    DEP = "the Islamic Emirate's information department in Badakhshan"
    W("[Landmine] on Panj island", "mine")
    K("injured", "injures [two] children", 2, side=CIV, group="children")
    K("killed", "[A] 12-year-old boy was killed", 1, side=CIV)
    K("injured", "and [two] other children were injured", 2, side=CIV, group="children")
    W("when a [landmine] exploded", "mine")
    D("district on [Tuesday] (12", "2026-03-03", b=WK)
    D("([12 Hut 1404])", "2026-03-03")
    A("health officials [told] Radio Kohsar", OS, "Khwahan district health officials")
    A("which residents [say] was mined", REP, "residents")
    A("[said] a neighbour", REP, "Gul Mohammad, a neighbour")
    A("where doctors [said]", REP, "doctors in Fayzabad")
    A("in Badakhshan [said] in a statement", OS, DEP)
    K("killed", "that [one] child had been killed", 1, side=CIV)
    K("injured", "killed and [two] wounded", 2, side=CIV)
    W("\"the [mines] belong", "mine")
    W("clear the [mines]", "mine")
    A("Residents [say] three", REP, "residents")
    K("killed", "[three] people from Khwahan", 3, side=CIV)
    W("by [mines] on the riverbank", "mine")
    D("over [the past year]", "2025-03-05", "2026-03-04", b=REL_)
    K("injured", "at least [five] injured", 5, "at_least", side=CIV)
    D("separate incident [last week]", "2026-02-26", "2026-03-04", b=REL_)
    K("injured", "[a] man from Darwaz", 1, side=CIV)
    W("an [explosive device]", "explosives")
    A("correspondent [reported]", REP, "Radio Kohsar's correspondent")
    A("Tajikistan [says]", OS, "Tajikistan")
    W("most of the [mines] laid", "mine")
    X("its [1,344-km] border", 1344, "km", "TJ-AF border")


@spec("eval_zg14_exile_outlet_takhar_drone_denial.txt")
def _zg14():  # no header; dateline 2025-09-30 (Tuesday); the strike late on Friday 26 September (4 Mizan 1404)
    WAS = "Mawlawi Abdul Samad Wasiq, Islamic Emirate ministry of defence spokesman"
    A("Islamic Emirate [rejects]", DEN, "the Islamic Emirate")
    A("rejects Tajik [claim]", OS, "Tajikistan")
    W("[drone] attack from Takhar", "drone")
    L("attack from [Takhar]", "AF-TAK", "region", role="origin")
    D("Amu Review | [30 September 2025]", "2025-09-30", b=DL)
    A("has [rejected] a claim", DEN, "the Islamic Emirate")
    A("a [claim] by Tajikistan", OS, "Tajikistan")
    W("a [drone] carrying", "drone")
    W("carrying [explosives]", "explosives")
    L("launched from [Yangi Qala]", "AF-TAK", "district", role="origin")
    L("district of [Takhar] province against", "AF-TAK", "region", role="origin")
    A("Border Troops [said] on Saturday", OS, BT)
    D("said on [Saturday]", "2025-09-27", b=WK)
    W("that the [drone] struck", "drone")
    D("late on [Friday] (4", "2025-09-26", b=WK)
    D("([4 Mizan 1404])", "2025-09-26")
    K("killed", "killing [one] serviceman", 1, side=SEC)
    K("injured", "and wounding [two]", 2, side=SEC)
    W("smaller [drone] was shot", "drone")
    A("shot down, the statement [said]", OS, BT)
    K("injured", "[No] civilians were hurt", 0, side=CIV)
    A("hurt, it [added]", OS, BT)
    A("It [said] Tajik forces", OS, BT)
    L("launch site on the [Afghan bank]", None, "country", role="origin")
    A("defence, [said] in a voice", DEN, WAS)
    W("\"no [drone] was launched", "drone")
    L("the soil of [Afghanistan]", None, "country", role="origin")
    W("such [drones]", "drone")
    A("in Takhar,\" he [said]", DEN, WAS)
    K("killed", "suffered [no casualties]", 0, side=SEC)
    K("injured", "suffered [no casualties]", 0, side=SEC)
    A("no casualties, he [added]", OS, WAS)
    A("by phone [said] they", REP, "residents of Yangi Qala")
    D("on [Friday night]", "2025-09-26", b=WK)
    A("One elder [said]", REP, "an elder in Yangi Qala")
    D("[the same night]", "2025-09-26", b=REL_)
    K("injured", "wounding [a] young man", 1, side=CIV)
    A("[citing] a source", REP, "a source in the Border Troops")
    A("[reported] on Sunday", REP, "a Tajik news website")
    D("reported on [Sunday]", "2025-09-28", b=WK)
    K("killed", "risen to [two]", 2, side=SEC)
    K("killed", "after [a] wounded soldier died", 1, side=SEC)
    W("of [drone] use", "drone")
    L("use from [Afghan territory]", None, "country", role="origin")
    D("Afghan territory [this year]", "2025-01-01", "2025-09-30", b=REL_)
    D("In [August], Dushanbe", "2025-08-01", "2025-08-31")
    A("Dushanbe [said]", OS, "Dushanbe (the Tajik government)")
    W("an armed [drone]", "drone")
    K("injured", "wounded [three] Chinese workers", 3, side=FOR, group="Chinese workers")
    A("Islamic Emirate [denied] involvement", DEN, "the Islamic Emirate")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zg*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
