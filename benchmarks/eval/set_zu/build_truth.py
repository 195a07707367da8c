"""Build benchmarks/eval/set_zu/truth.jsonl from the annotation specs below (same format as set T).

Set ZU (newspaper print) was written blind; see set_zu/README.md. Only what is particular to set ZU
lives here: where its articles are, the ``file`` prefix written into truth, its gazetteer (a copy of
set T's: the shared frontier table plus "Tajik-Afghan border") and its specs. The annotation helpers
and the writer that checks every anchor are in benchmarks/eval/annotate.py.

Set ZU also writes the fields the shared README (../README.md) lists beyond set T's: casualty
``low``/``high``/``group``/``side``, date ``basis`` (and ``time_of_day`` where the text gives one),
location ``country``, distance ``value``/``qualifier``. The thin wrappers below add them; locations
found automatically from the gazetteer get ``country`` in a pass after ``build`` (from the admin1 code,
or the country name; border features get null). Every date is also checked to lie on or before its
article's reference (publication) date.

    .venv/bin/python benchmarks/eval/set_zu/build_truth.py
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
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zu/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

BT = "Tajikistan's Border Troops"
TJAF = "TJ-AF border"
SF, CIV, MIL, FN = "security_forces", "civilian", "militants", "foreign_nationals"

# Reference (publication) date of every article: header `published`, else the page line / dateline.
REF = {
    "eval_zu01_tabloid_splash_shkev.txt": "2024-10-22",
    "eval_zu02_broadsheet_analysis_darvoz.txt": "2024-10-26",
    "eval_zu03_provincial_front_aivaj.txt": "2023-05-17",
    "eval_zu04_funeral_report_qalaikhumb.txt": "2024-10-25",
    "eval_zu05_page_two_digest.txt": "2022-03-10",
    "eval_zu06_readers_editor_namadgut.txt": "2023-08-13",
    "eval_zu07_qa_border_commander_rushon.txt": "2025-04-18",
    "eval_zu08_one_week_on_darvoz.txt": "2024-10-28",
    "eval_zu09_editorial_imam_sahib_boat.txt": "2026-01-14",
    "eval_zu10_south_asian_daily_kunduz_boat.txt": "2026-01-05",
    "eval_zu11_picture_story_upper_panj.txt": "2025-07-12",
    "eval_zu12_russian_paper_english_edition_farkhor.txt": "2021-11-20",
}


def _bounds(value, q, low):
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    return low, None  # unspecified: several -> 3, dozens -> 24


def K(kind, ctx, value, q="exact", group=None, side=None, low=None, note=None, nth=None):
    rec = annotate.K(kind, ctx, value, q, nth)
    lo, hi = _bounds(value, q, low)
    rec.update(low=lo, high=hi, group=group, side=side)
    if note:
        rec["note"] = note
    return rec


def D(ctx, norm, end=None, basis="explicit", tod=None, note=None, nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    if note:
        rec["note"] = note
    ref = REF[annotate.cur().name]
    assert rec["normalized_end"] <= ref, (rec, ref)
    return rec


def _country(code, name, prec):
    if code:
        return code[:2]
    if prec == "country":
        return "AF" if "Afghan" in name else "TJ" if "Tajik" in name else None
    return None


def L(ctx, code, prec, role="place", country="derive", nth=None):
    rec = annotate.L(ctx, code, prec, role, nth)
    rec["country"] = _country(code, rec["anchor"], prec) if country == "derive" else country
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zu/README.md (written before any run; no extractor or scorer was run on this set).
# --------------------------------------------------------------------------------------------------
GUARDS = "Tajik border guards (Shkev patrol)"


@spec("eval_zu01_tabloid_splash_shkev.txt")
def _zu01():  # no header; page line Tuesday 22 October 2024; ambush in the early hours of Monday 21
    D("[Tuesday, 22 October 2024]", "2024-10-22", basis="dateline")
    K("killed", "[FOUR] of our guards", 4, group=GUARDS, side=SF)
    K("missing", "[fifth] hero MISSING", 1, group=GUARDS, side=SF)
    K("killed", "[FOUR] young border guards", 4, group=GUARDS, side=SF)
    D("early hours of [yesterday]", "2024-10-21", basis="relative", tod="night")
    K("missing", "[A fifth] soldier", 1, group=GUARDS, side=SF)
    K("injured", "[Two] more were rushed", 2, group=GUARDS, side=SF)
    A("Officials at first [said]", OS, "Tajik officials")
    K("killed", "said [three] had died", 3, group=GUARDS, side=SF)
    K("killed", "rose to [four] last night", 4, group=GUARDS, side=SF)
    D("four [last night]", "2024-10-21", basis="relative", tod="night")
    K("killed", "when [one] of the wounded", 1, group=GUARDS, side=SF)
    W("[machine guns]", "small_arms")
    W("[grenades]", "grenade")
    A("a comrade [told]", REP, "a comrade of the dead guards")
    A("The Border Troops [said]", OS, BT)
    L("from [Afghanistan]'s Darwaz", None, "country", role="origin")
    L("Afghanistan's [Darwaz] district", "AF-BDS", "district", role="origin")
    A("Badakhshan [claimed]", DEN, "a Taliban spokesman in Badakhshan")
    A("[sobbed]", REP, "Gulbahor, mother of a dead guard")
    D("phoned me on [Sunday]", "2024-10-20", basis="weekday")
    K("killed", "gang killed [two] guards", 2, group="Tajik border guards (Ishkoshim)", side=SF)
    D("Ishkoshim in [April]", "2024-04-01", "2024-04-30")


@spec("eval_zu02_broadsheet_analysis_darvoz.txt")
def _zu02():  # published 2024-10-26 (Saturday)
    D("ANALYSIS | [Saturday 26 October 2024]", "2024-10-26", basis="dateline")
    D("home on [Thursday]", "2024-10-24", basis="weekday")
    K("killed", "[Five] coffins", 5, group=GUARDS, side=SF)
    K("killed", "[four] guards killed in Monday's", 4, group=GUARDS, side=SF)
    D("killed in [Monday]'s ambush", "2024-10-21", basis="weekday")
    K("killed", "and [a fifth] whose body", 1, group=GUARDS, side=SF)
    D("Panj on [Wednesday]", "2024-10-23", basis="weekday")
    K("injured", "The [sixth] member", 1, group=GUARDS, side=SF)
    X("the [1,344-kilometre] frontier", 1344, "kilometre", TJAF)
    D("Since [August 2021]", "2021-08-01", "2021-08-31")
    A("Officials [say]", OS, "Tajik officials")
    L("from [Afghan territory]", None, "country", role="origin", country="AF")
    A("Badakhshan [denies]", DEN, "the Taliban's provincial administration in Badakhshan")
    K("detained", "detained [two] men", 2, group="men held for questioning by the Taliban")
    X("no more than [100 metres]", 100, "metres", q="up_to")
    A("across,\" [said] Parviz", REP, "Parviz Olimov, former border officer")
    X("every [ten metres]", 10, "metres")
    X("along [1,344 kilometres]", 1344, "kilometres", TJAF)
    X("border: [1,344 km]", 1344, "km", TJAF)
    X("([835 miles])", 835, "miles", TJAF)
    K("killed", "this year: [7]", 7, group="Tajik servicemen, 2024", side=SF)
    D("killed [this year]", "2024-01-01", "2024-10-26", basis="relative")
    K("killed", "([five] in the Darvoz", 5, group=GUARDS, side=SF)
    K("killed", "[two] at Ishkoshim", 2, group="Tajik servicemen (Ishkoshim)", side=SF)
    D("Ishkoshim in [April]", "2024-04-01", "2024-04-30")
    K("killed", "at least [3]", 3, "at_least", group="civilians, 2024", side=CIV)
    K("detained", "detained: [41]", 41, group="border violators, 2024", side=MIL)
    A("[official figure]", OS, "official figure (Border Troops)")
    D("to [30 September]", "2024-09-30")


@spec("eval_zu03_provincial_front_aivaj.txt")
def _zu03():  # no header; page line Wednesday 17 May 2023; the gunfight on Monday night, 15 May
    SM = "smugglers from Afghanistan"
    SKIP("Khatlon Pravda")
    D("[Wednesday, 17 May 2023]", "2023-05-17", basis="dateline")
    K("killed", "[TWO] SMUGGLERS", 2, group=SM, side=MIL)
    K("detained", "[THREE] HELD", 3, group=SM, side=MIL)
    L("AT [AIVAJ]", "TJ-KT", "village")
    K("injured", "[One] guard wounded", 1, group="Tajik border guard", side=SF)
    L("[BOKHTAR] -", "TJ-KT", "town")
    K("killed", "[Two] armed smugglers", 2, group=SM, side=MIL)
    K("detained", "and [three] others detained", 3, group=SM, side=MIL)
    D("on [Monday night]", "2023-05-15", basis="weekday", tod="night")
    A("directorate [said] yesterday", OS, "the regional border directorate")
    D("said [yesterday].", "2023-05-16", basis="relative")
    A("[According to the directorate]", OS, "the regional border directorate")
    L("from [Afghanistan] in two", None, "country", role="origin")
    W("[Kalashnikov rifles]", "small_arms")
    W("[hand grenade]", "grenade")
    K("killed", "[two] of the intruders died", 2, group=SM, side=MIL)
    K("injured", "and [a third] was wounded", 1, group=SM, side=MIL)
    K("detained", "and [a third] was wounded", 1, group=SM, side=MIL)
    K("detained", "along with [two] companions", 2, group=SM, side=MIL)
    K("injured", "[One] of our guards", 1, group="Tajik border guard", side=SF)
    A("Shahritus [said] yesterday", REP, "doctors at the central hospital in Shahritus")
    D("said [yesterday] that", "2023-05-16", basis="relative")
    K("injured", "[No] residents of Aivaj", 0, group="residents of Aivaj", side=CIV)
    A("Boboev [told]", OS, "Sharif Boboev, district chairman")
    A("morning,\" he [said]", OS, "Sharif Boboev, district chairman")
    W("two [rifles]", "small_arms")
    L("in [Balkh] province", "AF-BAL", "region")
    D("[since the start of the year]", "2023-01-01", "2023-05-17", basis="relative")
    D("In [March], one", "2023-03-01", "2023-03-31")
    K("killed", "[one] smuggler was killed", 1, group="smuggler (March)", side=MIL)


@spec("eval_zu04_funeral_report_qalaikhumb.txt")
def _zu04():  # published 2024-10-25 (Friday); funeral on Thursday 24 October
    D("| [Friday, 25 October 2024] |", "2024-10-25", basis="dateline")
    K("killed", "buries [five] guards", 5, group=GUARDS, side=SF)
    L("Mamadnazarova\n[QALAIKHUMB]", "TJ-GB", "town")
    D("Qalaikhumb [yesterday]", "2024-10-24", basis="relative")
    K("killed", "buried [five] border guards", 5, group=GUARDS, side=SF)
    D("in [this week]'s ambush", "2024-10-21", "2024-10-25", basis="relative")
    K("killed", "[Four] of the men died", 4, group=GUARDS, side=SF)
    D("dawn on [Monday]", "2024-10-21", basis="weekday")
    K("killed", "[The fifth], Private", 1, group=GUARDS, side=SF)
    X("recovered [eight kilometres] downstream", 8, "kilometres")
    D("downstream on [Wednesday]", "2024-10-23", basis="weekday")
    K("killed", "[Four] of the guards were", 4, group="dead guards from Darvoz", side=SF)
    K("killed", "and [one] from Vanj", 1, group="dead guard from Vanj", side=SF)
    A("months,\" [said] Hamida", REP, "Hamida Saidova, mother of a dead guard")
    A("Border Troops, [told] mourners", OS, "General Rustam Nazarzoda, deputy commander of the Border Troops")
    L("come from [Afghanistan]", None, "country", role="origin")
    A("He [said] one of the patrol", OS, "General Rustam Nazarzoda, deputy commander of the Border Troops")
    K("injured", "said [one] of the patrol", 1, group=GUARDS, side=SF)
    A("have [denied]", DEN, "the Taliban-run authorities in Badakhshan province")
    A("spokesman [said] on Wednesday", OS, "the Taliban authorities' spokesman in Badakhshan")
    D("said on [Wednesday] that two", "2024-10-23", basis="weekday")
    K("detained", "that [two] men had been detained", 2, group="men held for questioning by the Taliban")
    D("by [last night]", "2024-10-24", basis="relative", tod="night")
    A("administration [said].", OS, "the district administration")


@spec("eval_zu05_page_two_digest.txt")
def _zu05():  # published 2022-03-10 (Thursday)
    D("| [Thursday, March 10, 2022]", "2022-03-10", basis="dateline")
    W("BY [MINE]", "mine")
    L("[ISHKOSHIM] -", "TJ-GB", "district")
    K("injured", "[A] shepherd was wounded", 1, group="shepherd", side=CIV)
    W("[anti-personnel mine]", "mine")
    D("Ryn on [Tuesday]", "2022-03-08", basis="weekday")
    A("administration [said]. The 37", OS, "the Ishkoshim district administration")
    K("detained", "[FOUR] AFGHANS", 4, group="Afghan nationals", side=FN)
    L("[FARKHOR] -", "TJ-KT", "district")
    K("detained", "detained [four] Afghan", 4, group="Afghan nationals", side=FN)
    D("early on [Monday]", "2022-03-07", basis="weekday")
    A("the Border Troops [said]", OS, BT)
    A("[told] investigators", REP, "the detained Afghan nationals")
    K("killed", "[TWO] DIE", 2, group="suspected smugglers", side=MIL)
    L("[KUNDUZ] -", "AF-KDZ", "town")
    A("province [said] two", OS, "Afghan police in Kunduz province")
    K("killed", "said [two] suspected smugglers", 2, group="suspected smugglers", side=MIL)
    K("injured", "and [a] policeman injured", 1, group="Afghan policeman", side=SF)
    D("Sahib [last week]", "2022-03-03", "2022-03-09", basis="relative")
    A("[according to the Bakhtar news agency]", REP, "the Bakhtar news agency")
    K("injured", "[NO INJURIES]", 0, group="people near Panji Poyon", side=CIV)
    L("[PANJI POYON] -", "TJ-KT", "town")
    W("stray [mortar] shell", "mortar")
    L("from the [Afghan bank] landed", None, "country", role="origin", country="AF")
    D("on [Wednesday afternoon]", "2022-03-09", basis="weekday", tod="afternoon")
    K("injured", "[No one] was hurt", 0, group="people near Panji Poyon", side=CIV)
    A("hurt, police [said]", OS, "police")
    L("[KHORUGH] -", "TJ-GB", "town")
    A("government [said] on Wednesday", OS, "the regional government (Gorno-Badakhshan)")
    D("said on [Wednesday]. The market", "2022-03-09", basis="weekday")
    D("closed in [August]", "2021-08-01", "2021-08-31")
    D("In [yesterday]'s edition", "2022-03-09", basis="relative")
    A("we [reported]", RET, "Dushanbe Daily Courier (yesterday's edition)")
    K("detained", "that [three] Afghans", 3, group="Afghan nationals (wrong figure, corrected)", side=FN)
    K("detained", "as above, is [four]", 4, group="Afghan nationals", side=FN)


@spec("eval_zu06_readers_editor_namadgut.txt")
def _zu06():  # published 2023-08-13 (Sunday); the shooting on the night of 1 to 2 August
    V = "violators from Afghanistan"
    WRONG = "the paper's wrong first-edition figure"
    D("| [Sunday 13 August 2023] |", "2023-08-13", basis="dateline")
    K("killed", "How [two] dead", 2, group=V, side=MIL)
    K("killed", "became [twelve] on", 12, group=WRONG, side=MIL)
    D("edition of [Thursday 3 August]", "2023-08-03")
    A("which [reported]", RET, "The Tajik Tribune (edition of 3 August)")
    K("killed", "\"[12] die", 12, group=WRONG, side=MIL)
    K("killed", "[Twelve] people did not die", 12, group=WRONG, side=MIL)
    K("killed", "[Two] did.", 2, group=V, side=MIL)
    D("evening of [Wednesday 2 August]", "2023-08-02", tod="evening")
    A("August, [said] that during", OS, BT)
    D("during [the night of 1 to 2 August]", "2023-08-01", "2023-08-02", tod="night")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    K("killed", "[Two] of them were killed", 2, group=V, side=MIL)
    K("detained", "and [ten] were detained", 10, group=V, side=MIL)
    K("injured", "[No] servicemen were hurt", 0, group="Tajik servicemen", side=SF)
    K("killed", "\"killed - [2]", 2, group=V, side=MIL)
    K("detained", "detained - [10]\"", 10, group=V, side=MIL)
    K("killed", "\"[Two] killed, ten held\"", 2, group=V, side=MIL)
    K("detained", "killed, [ten] held", 10, group=V, side=MIL)
    A("[changed the headline]", RET, "The Tajik Tribune (city edition of 3 August)")
    K("detained", "among the [ten] men detained", 10, group=V, side=MIL)
    A("We [published a correction]", RET, "The Tajik Tribune")
    D("on [Saturday 5 August]", "2023-08-05")
    A("later [said] three", OS, "the Afghan authorities in Eshkashem")
    K("killed", "said [three] of their citizens", 3, group="Afghan citizens (per Eshkashem authorities)")
    K("killed", "Our [twelve] was not", 12, group=WRONG, side=MIL)


@spec("eval_zu07_qa_border_commander_rushon.txt")
def _zu07():  # no header; page line Friday 18 April 2025; interview on Wednesday 16 April
    ME = "Colonel Mirzoev's guards (Rushon)"
    SM = "smugglers (night of 11 February)"
    D("[Friday, 18 April 2025]", "2025-04-18", basis="dateline")
    K("killed", "\"[Nobody] died. Two", 0, group=ME, side=SF)
    K("injured", "died. [Two] of my men", 2, group=ME, side=SF)
    D("Barchid on [Wednesday]", "2025-04-16", basis="weekday")
    A("Afghan media [reported]", REP, "Afghan media")
    D("reported in [February]", "2025-02-01", "2025-02-28")
    K("killed", "that [three] of your soldiers", 3, group=ME, side=SF)
    D("On [the night of 11 February]", "2025-02-11", tod="night")
    K("injured", "first. [Two] of my men", 2, group=ME, side=SF)
    K("killed", "[Nobody] died on our side", 0, group=ME, side=SF)
    K("killed", "[One] of the smugglers", 1, group=SM, side=MIL)
    D("bridge [the next morning]", "2025-02-12", basis="relative", tod="morning")
    K("detained", "[Two] were detained", 2, group=SM, side=MIL)
    D("detained [since January]", "2025-01-01", "2025-01-31",
      note="set T's convention: 'since June' -> the whole of June")
    K("detained", "[Nineteen] violators", 19, group="border violators since January", side=MIL)
    D("Darvoz [last year]", "2024-01-01", "2024-12-31", basis="relative")
    W("about [drones]?", "drone")
    W("seen [drones]", "drone")
    W("small [quadcopters]", "drone")
    A("He [tells] me", OS, "the Taliban's border commander from Shighnan")
    K("detained", "arrested [the fourth] man", 1, group=SM, side=MIL)


@spec("eval_zu08_one_week_on_darvoz.txt")
def _zu08():  # no header; page line Monday 28 October 2024
    D("[Monday, October 28, 2024]", "2024-10-28", basis="dateline")
    L("[QALAIKHUMB], Oct. 28", "TJ-GB", "town")
    D("QALAIKHUMB, [Oct. 28]", "2024-10-28", basis="dateline")
    K("killed", "after [five] border guards", 5, group=GUARDS, side=SF)
    D("Dushanbe [last Monday]", "2024-10-21", basis="weekday",
      note="'last Monday' in a Monday paper: the Monday a week before")
    A("there [said] on Saturday", REP, "doctors at the military hospital in Dushanbe")
    D("said on [Saturday]", "2024-10-26", basis="weekday")
    A("Border Troops [say] six", OS, BT)
    D("hours of [Monday, October 21]", "2024-10-21", tod="night")
    K("killed", "[Three] died at the scene", 3, group=GUARDS, side=SF)
    K("killed", "[a fourth] in hospital", 1, group=GUARDS, side=SF)
    D("hospital [that evening]", "2024-10-21", basis="relative", tod="evening")
    K("killed", "and [a fifth], Private", 1, group=GUARDS, side=SF)
    K("missing", "and [a fifth], Private", 1, group=GUARDS, side=SF,
      note="'who had been missing' before being found drowned")
    D("drowned [two days later]", "2024-10-23", basis="relative")
    A("channels [put the toll]", REP, "several Telegram channels")
    K("killed", "toll at [seven]", 7, group=GUARDS, side=SF)
    D("[that first day]", "2024-10-21", basis="relative")
    A("the Border Troops [rejected]", DEN, BT)
    A("Dushanbe [say] they crossed", OS, "officials in Dushanbe")
    L("from [Afghanistan]'s Darwaz", None, "country", role="origin")
    L("Afghanistan's [Darwaz] district", "AF-BDS", "district", role="origin")
    K("detained", "detained [two] men", 2, group="men detained by the Taliban in Darwaz")
    A("Fayzabad [said]", OS, "Taliban officials in Fayzabad")
    D("said on [Friday]", "2024-10-25", basis="weekday")
    A("They again [denied]", DEN, "Taliban officials in Fayzabad")
    A("Shkev [say] shots", REP, "villagers in Shkev")
    A("any more,\" [said] Bibisoro", REP, "Bibisoro, a villager in Shkev")
    A("[By our count]", REP, "The Morning Post")
    K("killed", "count, [seven] Tajik", 7, group="Tajik servicemen, 2024", side=SF)
    L("the [Afghan frontier]", None, "border", country=None)
    D("frontier [this year]", "2024-01-01", "2024-10-28", basis="relative")
    K("killed", "[five] of them in the Darvoz", 5, group=GUARDS, side=SF)


BOAT = "people on the boat (Imam Sahib, 3 January 2026)"


@spec("eval_zu09_editorial_imam_sahib_boat.txt")
def _zu09():  # published 2026-01-14 (Wednesday)
    D("LEADER | [Wednesday 14 January 2026]", "2026-01-14", basis="dateline")
    A("Kunduz [say]", OS, "the Afghan authorities in Kunduz")
    K("killed", "say [five] people", 5, group=BOAT, side=CIV)
    K("killed", "[three] bodies were recovered", 3, group=BOAT, side=CIV)
    D("on [the night of 3 January]", "2026-01-03", tod="night")
    K("killed", "and [two more] were found", 2, group=BOAT, side=CIV)
    D("downstream [last week]", "2026-01-07", "2026-01-13", basis="relative")
    K("missing", "[Two] men are still missing", 2, group=BOAT, side=CIV)
    A("Border Troops [insist]", DEN, BT)
    K("killed", "that [nobody] was killed", 0, group=BOAT, side=CIV)
    K("detained", "[Two] survivors", 2, group=BOAT, side=FN)
    A("newspaper [counted]", REP, "Riverbank Weekly")
    K("killed", "at least [14] deaths", 14, "at_least", group="Afghan civilians near the river, 2024", side=CIV)
    K("killed", "the [five] guards killed at Shkev", 5, group=GUARDS, side=SF)
    D("in [October 2024]", "2024-10-01", "2024-10-31")
    X("The [1,344-kilometre] border", 1344, "kilometre", TJAF)


@spec("eval_zu10_south_asian_daily_kunduz_boat.txt")
def _zu10():  # published 2026-01-05 (Monday); the boat on Saturday evening, 3 January
    HAN = "Mawlawi Abdul Wahid Hanafi, spokesman for the Kunduz provincial governor"
    TBT = "the Border Troops of Tajikistan"
    SKIP("Border Troops of Tajikistan")
    D("CENTRAL ASIA | [Monday, January 05, 2026]", "2026-01-05", basis="dateline")
    K("killed", "\n[Three] dead, four missing as", 3, group=BOAT, side=CIV)
    K("missing", "dead, [four] missing as", 4, group=BOAT, side=CIV)
    L("[KUNDUZ]: At", "AF-KDZ", "town")
    K("killed", "At least [three] Afghan men", 3, "at_least", group=BOAT, side=CIV)
    K("missing", "and [four] others are missing", 4, group=BOAT, side=CIV)
    D("on [Saturday evening]", "2026-01-03", basis="weekday", tod="evening")
    A("local officials [said]", OS, "local officials in Kunduz")
    D("said on [Sunday]", "2026-01-04", basis="weekday")
    A("[According to Mawlawi Abdul Wahid Hanafi]", OS, HAN)
    K("killed", "\"[Three] bodies", 3, group=BOAT, side=CIV)
    K("missing", "[Four] people are still missing", 4, group=BOAT, side=CIV)
    K("injured", "[Two] were wounded", 2, group=BOAT, side=CIV)
    L("in [Kunduz] city", "AF-KDZ", "town")
    A("city,\" he [said]", OS, HAN)
    K("detained", "[Two] other passengers", 2, group=BOAT, side=FN)
    A("there, he [added]", OS, HAN)
    A("statement, [said] a patrol", DEN, TBT)
    A("The statement [said]", OS, TBT)
    K("detained", "that [two] Afghan citizens", 2, group=BOAT, side=FN)
    A("Aqtepa [told]", REP, "residents of Aqtepa")
    K("killed", "could rise to [seven]", 7, "up_to", group=BOAT, side=CIV)
    A("in it,\" [said] Gul", REP, "Gul Mohammad, relative of two passengers")
    D("in [August 2021]", "2021-08-01", "2021-08-31")


@spec("eval_zu11_picture_story_upper_panj.txt")
def _zu11():  # no header; page line Saturday 12 July 2025
    D("PICTURE STORY   [Saturday 12 July 2025]", "2025-07-12", basis="dateline")
    D("districts [this month]", "2025-07-01", "2025-07-12", basis="relative")
    D("In [March] a patrol", "2025-03-01", "2025-03-31")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("injured", "[no one] was hurt", 0, group="Tajik border patrol", side=SF)
    D("Vanj on [29 June]", "2025-06-29")
    K("killed", "[One] of the two men on board", 1, group="fishermen (Vanj boat)", side=CIV)
    D("recovered [three days later]", "2025-07-02", basis="relative")
    K("missing", "[The other] is still missing", 1, group="fishermen (Vanj boat)", side=CIV)
    W("of [landmines]", "mine")
    K("injured", "[Two] boys were injured", 2, group="boys near Qalaikhumb", side=CIV)
    W("an old [mine]", "mine")
    A("chairman [said]", OS, "the district's deputy chairman")
    K("killed", "one of [five] guards", 5, group=GUARDS, side=SF)
    D("in [last October]'s ambush", "2024-10-01", "2024-10-31", basis="relative")
    K("injured", "of [a] 16-year-old shepherd", 1, group="shepherd (Vanj)", side=CIV)
    W("by a [mine] in May", "mine")
    D("mine in [May]", "2025-05-01", "2025-05-31")
    W("\"[Mines] are still", "mine")
    A("moves them,\" she [said]", REP, "a doctor at the hospital in Vanj")


@spec("eval_zu12_russian_paper_english_edition_farkhor.txt")
def _zu12():  # published 2021-11-20 (Saturday); the clash on the night of 17 to 18 November
    V = "border violators from Afghanistan"
    D("| [20 November 2021]\n", "2021-11-20", basis="dateline")
    D("edition of [19 November]", "2021-11-19")
    K("killed", "Dushanbe. [A] serviceman", 1, group="Tajik border serviceman", side=SF)
    K("injured", "and [another] was injured", 1, group="Tajik border serviceman", side=SF)
    A("Border Troops [reported]", OS, BT)
    A("[According to the press centre]", OS, BT)
    D("on [the night of 17 to 18 November]", "2021-11-17", "2021-11-18", tod="night")
    L("territory of [Afghanistan]", None, "country", role="origin")
    W("[automatic weapons]", "small_arms")
    K("killed", "[three] violators were liquidated", 3, group=V, side=MIL)
    K("detained", "and [two] were detained", 2, group=V, side=MIL)
    K("injured", "[one] of them with a gunshot", 1, group=V, side=MIL)
    K("injured", "[one more] serviceman", 1, group="Tajik border serviceman", side=SF)
    W("2 [Kalashnikov assault rifles]", "small_arms")
    W("a [pistol]", "firearms")
    W("4 [hand grenades]", "grenade")
    A("Afghan media, [citing]", REP, "residents of Yangi Qala")
    A("Qala, [wrote]", REP, "Afghan media")
    D("[since the beginning of the year]", "2021-01-01", "2021-11-20", basis="relative")
    A("[according to official data]", OS, "official data (Border Troops)")
    K("detained", "detained [27] violators", 27, group="border violators, 2021", side=MIL)
    A("article [stated]", RET, "Novaya Nedelya (Russian-language edition)")
    K("killed", "that [two] border guards", 2, group="Tajik border guards (wrong figure)", side=SF)
    K("killed", "transmission; [one] serviceman", 1, group="Tajik border serviceman", side=SF)


def add_country(path: Path) -> None:
    """Give gazetteer-found locations their ``country`` (explicit L(...) already carry one)."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] == "location" and "country" not in r:
            r["country"] = _country(r["admin1_code"], r["anchor"], r["precision"])
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    assert all(dt.date.fromisoformat(v) for v in REF.values())
    rc = build(SPECS, articles=ART, pattern="eval_zu*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_country(OUT)
    sys.exit(rc)
