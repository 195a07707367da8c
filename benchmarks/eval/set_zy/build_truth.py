"""Build benchmarks/eval/set_zy/truth.jsonl from the annotation specs below (same format as set T).

Set ZY (newspaper print) is modelled on set T's builder: the anchor/offset machinery is the shared
benchmarks/eval/annotate.py, the gazetteer a copy of set T's (set_zy/gazetteer.py). On top of the fields
set T writes, every claim carries the fields the shared README (../README.md) lists: casualty ``low``,
``high``, ``group`` and ``side``; date ``basis`` (and ``time_of_day`` where the text gives one); location
``country``; distance ``value`` and ``qualifier``; population ``qualifier``.

    .venv/bin/python benchmarks/eval/set_zy/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Art, Specs, W, auto_locations  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import occurrences  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zy/articles/"

SPECS = Specs()
spec = SPECS.register

BT = "Tajikistan's Border Troops"
CIV, SF, MIL, FN = "civilian", "security_forces", "militants", "foreign_nationals"


# --------------------------------------------------------------------------------------------------
# Wrappers around annotate.py adding the README fields set T's builder leaves out.
# --------------------------------------------------------------------------------------------------
def K(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    """Casualty claim with low/high per the shared README; ``low`` only for vague words."""
    rec = annotate.K(kind, ctx, value, q, nth=nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: several -> 3, dozens -> 24
        lo, hi = low, None
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", tod=None, nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth=nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    rec = annotate.L(ctx, code, prec, role=role, nth=nth)
    rec["country"] = country or (code[:2] if code else COUNTRY_NAMES.get(rec["anchor"]))
    if prec == "country":
        assert rec["country"] in ("TJ", "AF"), rec
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth=nth)
    rec.update(value=value, qualifier=q)
    return rec


def P(ctx, value, q="exact", nth=None):
    rec = annotate.P(ctx, value, nth=nth)
    rec["qualifier"] = q
    return rec


COUNTRY_NAMES = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def add_country(c: dict) -> None:
    """Auto (gazetteer) locations: country from the admin1 code, the country name, or null for borders."""
    if "country" in c:
        return
    if c["admin1_code"]:
        c["country"] = c["admin1_code"][:2]
    elif c["precision"] == "country":
        c["country"] = COUNTRY_NAMES[c["anchor"]]
    else:
        assert c["precision"] == "border", c
        c["country"] = None


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zy/README.md (written before any run; no extractor or scorer was run on this set).
# --------------------------------------------------------------------------------------------------
@spec("eval_zy01_tabloid_splash_ambush.txt")
def _zy01():  # published 2024-09-12 (Thursday); the attack on Wednesday night, 11 September
    SRC = "a security source (the Daily Flash)"
    K("killed", "[THREE] GUARDS GUNNED DOWN", 3, group="border guards", side=SF)
    K("injured", "[Fourth] fighting for his life", 1, group="border guard", side=SF)
    L("on the [Afghan border]", None, "border")
    K("killed", "[THREE] young border guards", 3, group="border guards", side=SF)
    D("gunned down [last night]", "2024-09-11", basis="relative", tod="night")
    K("injured", "[A fourth] soldier", 1, group="border guard", side=SF)
    D("in hospital [this morning]", "2024-09-12", basis="relative", tod="morning")
    W("[Kalashnikovs]", "small_arms")
    W("[hand grenades]", "grenade")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("source [told] the Flash", REP, SRC)
    A("chance,\" he [said]", REP, SRC)
    K("killed", "[Two] of the raiders", 2, group="raiders (drug runners)", side=MIL)
    K("detained", "[Two] more were caught", 2, group="raiders (drug runners)", side=MIL)
    X("about [300 metres] wide", 300, "metres", q="about")
    A("Border Troops [confirmed] only", OS, BT)
    A("our source [said]", REP, SRC)
    K("killed", "could reach [five]", 5, "up_to", group="border guards (final toll)", side=SF)
    A("loud,\" he [added]", REP, SRC)
    D("[Last night]'s bloodshed", "2024-09-11", basis="relative", tod="night")
    D("since [March]", "2024-03-01", "2024-03-31")
    K("killed", "when [two] guards died", 2, group="border guards (Farkhor, March)", side=SF)


@spec("eval_zy02_broadsheet_analysis_factbox.txt")
def _zy02():  # published 2024-09-14 (Saturday); same attack; the fourth guard died on Friday 13th
    TAL = "a spokesman for the Taliban's defence ministry"
    D("[Saturday 14 September 2024]", "2024-09-14", basis="dateline")
    K("killed", "death of [a fourth] guard", 1, group="border guard", side=SF)
    D("guard on [Friday]", "2024-09-13", basis="weekday")
    K("killed", "When [a fourth] conscript", 1, group="border guard (conscript)", side=SF)
    D("hospital on [Friday]", "2024-09-13", basis="weekday")
    D("from [Wednesday night]'s attack", "2024-09-11", basis="weekday", tod="night")
    K("killed", "rose to [four]", 4, group="border guards", side=SF)
    A("first day [spoke] only", OS, BT)
    A("Border Troops now [confirm]", OS, BT)
    K("killed", "confirm [four] dead", 4, group="border guards", side=SF)
    K("injured", "and [one] other guard", 1, group="border guard", side=SF)
    K("killed", "[Three] of the intruders", 3, group="intruders", side=MIL)
    A("the Border Troops [say], not", OS, BT)
    K("killed", "not the [two] reported", 2, group="intruders (Thursday's figure)", side=MIL)
    A("two [reported] on Thursday", REP, "Thursday's reports")
    D("reported on [Thursday]", "2024-09-12", basis="weekday")
    K("detained", "and [two] were detained", 2, group="intruders", side=MIL)
    A("ministry [rejected]", DEN, TAL)
    L("crossed from [Afghanistan]", None, "country", role="origin")
    A("officials [say] the threat", OS, "Tajik officials")
    A("[By the Observer's count]", REP, "The Central Asian Observer")
    K("killed", "at least [nine] Tajik", 9, "at_least", group="Tajik border guards (this year)", side=SF)
    D("[since the start of the year]", "2024-01-01", "2024-09-14", basis="relative")
    K("killed", "against [five] in", 5, group="Tajik border guards (2023)", side=SF)
    D("the whole of [last year]", "2023-01-01", "2023-12-31", basis="relative")
    X("the [1,344-kilometre] frontier", 1344, "kilometre", "TJ-AF border")
    A("named, [said]", REP, "a diplomat in Dushanbe")
    W("more [drones]", "drone")
    A("equipment,\" he [said]", REP, "a diplomat in Dushanbe")
    X("Length: [1,344 km]", 1344, "km", "TJ-AF border")
    X("([835 miles])", 835, "miles", "TJ-AF border")
    P("population [about 3.6 million]", 3600000, "about")
    K("killed", "this year: at least [9]", 9, "at_least", group="border guards (this year)", side=SF)
    D("killed [this year]:", "2024-01-01", "2024-09-14", basis="relative")
    D("[night of 11-12 September]", "2024-09-11", "2024-09-12", tod="night")
    K("killed", "[4] guards killed", 4, group="border guards", side=SF)
    K("injured", "[1] wounded", 1, group="border guard", side=SF)
    K("killed", "[3] attackers killed", 3, group="attackers", side=MIL)
    K("detained", "[2] detained", 2, group="attackers", side=MIL)


@spec("eval_zy03_provincial_front_page_aivaj.txt")
def _zy03():  # no header; masthead Saturday 14 October 2023, dateline 13 October; shooting Thursday 12th
    D("[Saturday, 14 October 2023]", "2023-10-14", basis="dateline")
    K("killed", "[ONE] DEAD", 1, group="smuggler", side=MIL)
    K("detained", "[TWO] HELD", 2, group="smugglers", side=MIL)
    L("AT [AIVAJ]", "TJ-KT", "village")
    K("injured", "[One] guard wounded as", 1, group="border guard", side=SF)
    SKIP("By our correspondent in Shahritus")
    L("[SHAHRITUS], 13 October", "TJ-KT", "town")
    D("SHAHRITUS, [13 October]", "2023-10-13", basis="dateline")
    K("killed", "[A] smuggler was killed", 1, group="smuggler", side=MIL)
    K("detained", "and [two] others were detained", 2, group="smugglers", side=MIL)
    D("on [Thursday night]", "2023-10-12", basis="weekday", tod="night")
    A("administration [said] on Friday", OS, "the Shahritus district administration")
    D("administration said on [Friday]", "2023-10-13", basis="weekday")
    K("injured", "[One] guard, a sergeant", 1, group="border guard (sergeant)", side=SF)
    A("Doctors [said]", REP, "doctors at the district hospital")
    A("[According to the border detachment]", OS, "the border detachment")
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    W("[automatic weapons]", "small_arms")
    K("killed", "fire [one] man was killed", 1, group="smuggler", side=MIL)
    K("detained", "[two] were detained on the spot", 2, group="smugglers", side=MIL)
    A("Aivaj [told] the Herald", REP, "residents of Aivaj")
    A("[said] Gulnora", REP, "Gulnora Rahimova, a teacher in Aivaj")
    K("injured", "[Nobody] in the village", 0, group="villagers of Aivaj", side=CIV)
    D("In [August]", "2023-08-01", "2023-08-31")
    K("killed", "August [a] guard", 1, group="border guard (Navobod, August)", side=SF)
    K("killed", "and [a] smuggler died", 1, group="smuggler (Navobod, August)", side=MIL)
    K("missing", "[A] 14-year-old boy", 1, group="boy from Dahana", side=CIV)
    D("since [Wednesday]", "2023-10-11", basis="weekday")
    D("again on [Friday]", "2023-10-13", basis="weekday")
    A("police [said]", OS, "police")


@spec("eval_zy04_funeral_report_shkev.txt")
def _zy04():  # published 2025-05-05 (Monday); funeral Sunday 4 May; shelling Friday 2 May
    K("killed", "as [three] members", 3, group="members of one family", side=CIV)
    L("[SHKEV], Darvoz", "TJ-GB", "village")
    D("village [yesterday]", "2025-05-04", basis="relative")
    D("[two days after]", "2025-05-02", basis="relative")
    L("from across the [Panj]", None, "border", role="origin")
    K("killed", "were [a] retired schoolteacher", 1, group="retired schoolteacher (grandfather)", side=CIV)
    K("killed", "his [two] grandsons", 2, group="grandsons", side=CIV)
    X("some [200 metres]", 200, "metres", q="about")
    K("injured", "one of [four] people", 4, group="villagers of Shkev in hospital", side=CIV)
    A("doctors [describe]", REP, "doctors in Khorugh")
    A("[said] Sharif's brother", REP, "Nurullo, brother of Sharif Nazarov")
    K("killed", "\"[Three] coffins", 3, group="members of one family", side=CIV)
    A("Border Troops [said] on Saturday", OS, BT)
    D("said on [Saturday]", "2025-05-03", basis="weekday")
    L("from [Darwaz] district", "AF-BDS", "district", role="origin")
    L("on the [Afghan bank]", None, "country", role="origin", country="AF")
    A("Badakhshan [denied]", DEN, "a Taliban spokesman in Badakhshan")
    A("officials [said] eleven", OS, "local officials")
    K("killed", "[Nobody] else in Shkev", 0, group="residents of Shkev", side=CIV)
    A("Qodirov, [told] mourners", OS, "Saidmurod Qodirov, district head")
    X("more than [20 kilometres]", 20, "kilometres", q="more_than")


@spec("eval_zy05_page_two_digest.txt")
def _zy05():  # no header; page line Monday 3 March 2025
    GKNB = "the State Committee for National Security"
    D("[Monday, 3 March 2025]", "2025-03-03", basis="dateline")
    K("killed", "[Two] killed, ten held", 2, group="armed men", side=MIL)
    K("detained", "Two killed, [ten] held", 10, group="border crossers", side=MIL)
    K("killed", "killed [two] armed men", 2, group="armed men", side=MIL)
    K("detained", "detained [ten] others", 10, group="border crossers", side=MIL)
    D("early on [Saturday]", "2025-03-01", basis="weekday", tod="early morning")
    A("Security [said] in a statement", OS, GKNB)
    D("on [Saturday evening]", "2025-03-01", basis="weekday", tod="evening")
    W("two [Kalashnikov rifles]", "small_arms")
    W("a [pistol]", "firearms")
    A("the committee [said]", OS, GKNB)
    K("injured", "[No] Tajik servicemen were hurt", 0, group="Tajik servicemen", side=SF)
    K("killed", "body of [a] fisherman", 1, group="fisherman", side=CIV)
    K("missing", "body of [a] fisherman", 1, group="fisherman", side=CIV)
    D("the Panj [last week]", "2025-02-24", "2025-03-02", basis="relative")
    D("Poyon on [Friday]", "2025-02-28", basis="weekday")
    A("Shohin district [said]", OS, "police in Shamsiddin Shohin district")
    K("missing", "[A second] man", 1, group="second man in the boat", side=CIV)
    W("[Mine] blast", "mine")
    K("injured", "[A] shepherd, 43", 1, group="shepherd", side=CIV)
    W("a [landmine]", "mine")
    D("district on [Thursday]", "2025-02-27", basis="weekday")
    A("health department [said]", OS, "the regional health department")
    K("detained", "[Nine] Afghans detained", 9, group="Afghan citizens", side=FN)
    L("at [Khorugh] bridge", "TJ-GB", "site")
    K("detained", "[Nine] Afghan citizens", 9, group="Afghan citizens", side=FN)
    L("the [Khorugh] border bridge", "TJ-GB", "site")
    D("bridge on [Saturday]", "2025-03-01", basis="weekday")
    A("the Border Troops [said]", OS, BT)
    D("[the same day]", "2025-03-01", basis="relative")
    K("killed", "risen to [six]", 6, group="flood victims (Takhar)", side=CIV)
    K("missing", "[three] people still unaccounted", 3, group="flood victims (Takhar)", side=CIV)
    A("authority [said] yesterday", OS, "the Takhar provincial disaster authority")
    D("said [yesterday]", "2025-03-02", basis="relative")


@spec("eval_zy06_readers_editor_wrong_figure.txt")
def _zy06():  # published 2025-03-08 (Saturday); the Ishkoshim crossing early on Saturday 1 March
    GKNB = "the State Committee for National Security"
    K("killed", "How [two] dead", 2, group="armed men", side=MIL)
    K("killed", "became [twelve]", 12, group="armed men (wrong front-page figure)", side=MIL)
    D("wrote to me [this week]", "2025-03-03", "2025-03-08", basis="relative")
    D("printed on [Sunday]", "2025-03-02", basis="weekday")
    A("which [told] them", RET, "The Dushanbe Tribune (Sunday front page)")
    K("killed", "\"[12] killed\" in a clash", 12, group="wrong front-page figure", side=MIL)
    D("evening of [Saturday 1 March]", "2025-03-01", tod="evening")
    A("statement [saying]", OS, GKNB)
    K("killed", "that [two] armed men", 2, group="armed men", side=MIL)
    K("detained", "and [ten] detained near", 10, group="border crossers", side=MIL)
    A("which [reported]", REP, "a news agency")
    K("killed", "\"[2] killed, 10", 2, group="armed men", side=MIL)
    K("detained", "2 killed, [10] detained", 10, group="border crossers", side=MIL)
    K("killed", "\"[12] killed in Ishkoshim", 12, group="wrong first-edition headline", side=MIL)
    K("killed", "\"[Two] killed, ten held\"", 2, group="armed men", side=MIL)
    K("detained", "\"Two killed, [ten] held\"", 10, group="border crossers", side=MIL)
    D("On [Monday] our", "2025-03-03", basis="weekday")
    A("digest [gave]", REP, "The Dushanbe Tribune (Monday news digest)")
    A("The [official figures]", OS, GKNB)
    K("killed", "since: [two] dead", 2, group="armed men", side=MIL)
    K("detained", "[ten] in custody", 10, group="border crossers", side=MIL)
    K("injured", "and [no one] hurt", 0, group="Tajik side", side=SF)
    A("A [report] on one Afghan channel", REP, "an Afghan TV channel")
    K("killed", "that [a] guard was also killed", 1, group="border guard (denied)", side=SF)
    A("[was denied] by the committee", DEN, GKNB)
    D("committee on [Tuesday]", "2025-03-04", basis="weekday")


@spec("eval_zy07_qa_border_commander.txt")
def _zy07():  # published 2023-12-20 (Wednesday); interview on Monday 18 December
    D("Khorugh on [Monday]", "2023-12-18", basis="weekday")
    D("[Since January]", "2023-01-01", "2023-01-31")
    K("detained", "detained [41] violators", 41, group="border violators (2023)")
    K("detained", "against [29]", 29, group="border violators (2022)")
    K("killed", "[Two]. One,", 2, group="the commander's men (2023)", side=SF)
    K("killed", "[One], Junior Sergeant", 1, group="junior sergeant", side=SF)
    D("killed in [June]", "2023-06-01", "2023-06-30")
    K("killed", "and [a] conscript", 1, group="conscript", side=SF)
    D("died in [October] when", "2023-10-01", "2023-10-31")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("injured", "[Three] others were wounded", 3, group="the commander's men (2023)", side=SF)
    D("wounded [this year]", "2023-01-01", "2023-12-20", basis="relative")
    A("Afghan media [said]", REP, "Afghan media")
    K("killed", "said [five] of your", 5, group="Tajik soldiers (Afghan media figure)", side=SF)
    D("soldiers died in [October]", "2023-10-01", "2023-10-31")
    K("killed", "[One] soldier died", 1, group="Tajik soldier", side=SF)
    W("[Kalashnikovs]", "small_arms")
    W("a [machine gun]", "small_arms")
    D("[Last month]", "2023-11-01", "2023-11-30", basis="relative")
    W("two [hand grenades]", "grenade")
    W("an [anti-personnel mine]", "mine")
    A("The Taliban [say]", OS, "the Taliban")
    K("detained", "detained [four] of our", 4, group="Tajik citizens (held by the Taliban)", side=CIV)
    D("illegally in [November]", "2023-11-01", "2023-11-30")
    D("[Last winter]", "2022-12-01", "2023-02-28", basis="relative")
    K("killed", "[two] Afghans drowned", 2, group="Afghans crossing the ice", side=FN)
    K("missing", "and [a third] was never", 1, group="Afghan crossing the ice", side=FN)


@spec("eval_zy08_leader_four_lives.txt")
def _zy08():  # no header; page line Monday 16 September 2024; the attack on Wednesday night, 11th
    D("[Monday 16 September 2024]", "2024-09-16", basis="dateline")
    K("killed", "[Four] lives", 4, group="border guards (conscripts)", side=SF)
    K("killed", "[Four] young men", 4, group="border guards (conscripts)", side=SF)
    D("on [Wednesday night]", "2024-09-11", basis="weekday", tod="night")
    D("hospital on [Friday]", "2024-09-13", basis="weekday")
    K("injured", "[A fifth] guard", 1, group="border guard", side=SF)
    K("killed", "buried [three] of them", 3, group="border guards", side=SF)
    D("them on [Saturday]", "2024-09-14", basis="weekday")
    D("Kulob [yesterday]", "2024-09-15", basis="relative")
    D("On [Thursday] the Border", "2024-09-12", basis="weekday")
    A("Troops [spoke] only", OS, BT)
    D("On [Friday] they", "2024-09-13", basis="weekday")
    A("they [confirmed]", OS, BT)
    K("killed", "confirmed [three] dead", 3, group="border guards", side=SF)
    D("and on [Saturday] four", "2024-09-14", basis="weekday")
    K("killed", "Saturday [four].", 4, group="border guards", side=SF)
    K("killed", "from [two] to three", 2, group="attackers (earlier figure)", side=MIL)
    K("killed", "two to [three]", 3, group="attackers", side=MIL)
    A("[By this newspaper's tally]", REP, "The Capital Courier")
    K("killed", "at least [nine] guards", 9, "at_least", group="border guards (this year)", side=SF)
    D("river [this year]", "2024-01-01", "2024-09-16", basis="relative")
    K("injured", "[Dozens] more", None, "unspecified", group="border guards", side=SF, low=24)
    X("The [1,344 kilometres]", 1344, "kilometres", "TJ-AF border")
    A("[insists]", DEN, "the Taliban government in Kabul")
    L("come from [Afghanistan]", None, "country", role="origin")
    W("carrying [Kalashnikovs]", "small_arms")
    W("and [grenades]", "grenade")


@spec("eval_zy09_one_week_on_panji_poyon.txt")
def _zy09():  # published 2024-09-19 (Thursday); the attack on the night of 11 September
    TAL = "a Taliban official in Imam Sahib district"
    RAH = "Ismoil Rahimov, a shopkeeper in Panji Poyon"
    L("[PANJI POYON] —", "TJ-KT", "town")
    D("[the night of 11 September]", "2024-09-11", tod="night")
    K("killed", "at [four] guards dead", 4, group="border guards", side=SF)
    K("injured", "and [one] wounded", 1, group="border guard (private)", side=SF)
    D("Dushanbe on [Monday]", "2024-09-16", basis="weekday")
    A("his father [said]", REP, "the wounded private's father")
    D("telephone [yesterday]", "2024-09-18", basis="relative")
    A("Border Troops [say] three", OS, BT)
    K("killed", "say [three] attackers", 3, group="attackers", side=MIL)
    K("detained", "and [two] captured", 2, group="attackers", side=MIL)
    D("captured [that night]", "2024-09-11", basis="relative", tod="night")
    K("detained", "Since then, [three] more men", 3, group="suspected accomplices", side=MIL)
    K("detained", "held to [five]", 5, group="attackers and suspected accomplices", side=MIL)
    A("[according to a source in the district police]", REP, "a source in the district police")
    A("Kunduz [told] local reporters", DEN, TAL)
    D("reporters on [Sunday]", "2024-09-15", basis="weekday")
    K("killed", "bodies of [two] men", 2, group="attackers (bodies handed back)", side=MIL)
    K("killed", "not [three],", 3, group="attackers (figure denied)", side=MIL)
    A("Border Troops [say] the third", OS, BT)
    A("shopkeepers [say]", REP, "shopkeepers in Panji Poyon")
    A("materials, [said]", REP, RAH)
    A("that,\" he [said]", REP, RAH)
    K("killed", "The [four] guards were buried", 4, group="border guards", side=SF)
    A("families [said] on Wednesday", REP, "two of the guards' families")
    D("said on [Wednesday]", "2024-09-18", basis="weekday")


@spec("eval_zy10_picture_story_shkev.txt")
def _zy10():  # no header; page line Saturday 10 May 2025; the shelling on the morning of 2 May
    D("[Saturday, 10 May 2025]", "2025-05-10", basis="dateline")
    D("On [the morning of 2 May]", "2025-05-02", tod="morning")
    W("[mortar] rounds", "mortar")
    K("killed", "[Four] people died", 4, group="villagers of Shkev", side=CIV)
    K("killed", "latest [a] seven-year-old girl", 1, group="girl (died of injuries)", side=CIV)
    D("Khorugh on [Wednesday]", "2025-05-07", basis="weekday")
    K("injured", "[Three] more are still", 3, group="villagers of Shkev in hospital", side=CIV)
    K("killed", "and [two] great-nephews", 2, group="great-nephews (the two boys)", side=CIV)
    D("them on [Thursday]", "2025-05-08", basis="weekday")
    A("Neighbours [counted]", REP, "neighbours")
    A("officials now [put the figure]", OS, "officials")
    A("Border Troops [say]", OS, BT)
    W("[machine guns]", "small_arms")
    K("injured", "[No] soldiers were hurt", 0, group="Tajik soldiers", side=SF)
    A("hurt, they [said]", OS, BT)
    D("Khorugh on [Tuesday]", "2025-05-06", basis="weekday")
    A("Doctors [say]", REP, "doctors in Khorugh")
    X("some [45 kilometres]", 45, "kilometres", q="about")
    A("Badakhshan still [denies]", DEN, "the Taliban administration in Badakhshan")
    W("any [mortar] was fired", "mortar")


@spec("eval_zy11_russian_paper_english_edition.txt")
def _zy11():  # published 2026-01-22 (Thursday); dateline 21 January; the crossing on the night of 19-20
    PS = "the press service of the Border Troops (State Committee for National Security)"
    D("Russian edition of [21 January]", "2026-01-21")
    K("detained", "[Three] Afghans detained on the ice", 3, group="Afghan citizens", side=FN)
    K("missing", "Panj, [one] missing", 1, group="Afghan violator", side=FN)
    L("[KHORUGH], 21 January", "TJ-GB", "town")
    D("KHORUGH, [21 January]", "2026-01-21", basis="dateline")
    SKIP("Rushon detachment")
    SKIP("State Committee for National Security of the Republic of Tajikistan")
    SKIP("Badakhshan Today")
    D("on [the night of 19 to 20 January]", "2026-01-19", "2026-01-20", tod="night")
    K("detained", "detained [three] citizens", 3, group="Afghan citizens", side=FN)
    L("the [Islamic Emirate of Afghanistan]", None, "country", country="AF")
    A("Tajikistan [reported]", OS, PS)
    A("[According to the press service]", OS, PS)
    K("missing", "[One] of them fell", 1, group="Afghan violator", side=FN)
    K("injured", "[No one] among the servicemen", 0, group="Tajik servicemen", side=SF)
    W("a [hunting rifle]", "small_arms")
    A("Today, [citing]", REP, "relatives (cited by Badakhshan Today)")
    A("relatives, [wrote]", REP, "Badakhshan Today, an Afghan outlet")
    K("missing", "that [two] young men", 2, group="young men from Shighnan", side=CIV)
    D("since [Tuesday]", "2026-01-20", basis="weekday")
    D("[since the beginning of January]", "2026-01-01", "2026-01-22")
    D("On [8 January]", "2026-01-08")
    K("detained", "detained [two] Afghans", 2, group="Afghan citizens (Vanj)", side=FN)
    D("in total [this month]", "2026-01-01", "2026-01-22", basis="relative")
    K("detained", "month [11] violators", 11, group="violators (Gorno-Badakhshan, January)")
    A("press service [specified]", OS, PS)


@spec("eval_zy12_south_asian_regional_page.txt")
def _zy12():  # no header; page line Tuesday, July 19, 2022; the shooting on Sunday 17 July
    POL = "Mawlawi Abdul Rahim Haqyar, Takhar police spokesman"
    D("[Tuesday, July 19, 2022]", "2022-07-19", basis="dateline")
    K("killed", "[Two] Afghan boatmen killed", 2, group="Afghan boatmen", side=CIV)
    K("injured", "[three] hurt", 3, group="Afghan boatmen", side=CIV)
    L("firing from [Tajik side]", None, "country", role="origin", country="TJ")
    L("[KABUL]:", "AF-KAB", "town")
    K("killed", "[Two] Afghan boatmen were killed", 2, group="Afghan boatmen", side=CIV)
    K("injured", "and [three] others injured", 3, group="Afghan boatmen", side=CIV)
    D("province on [Sunday]", "2022-07-17", basis="weekday")
    A("officials [claimed]", OS, "Taliban officials")
    D("claimed on [Monday]", "2022-07-18", basis="weekday")
    A("[told] this scribe", OS, POL)
    L("from the [Tajik side]", None, "country", role="origin", country="TJ")
    A("He [said] the injured", OS, POL)
    A("[rejected] the claim", DEN, BT)
    A("The statement [said]", DEN, BT)
    K("killed", "and that [no one] was killed", 0, group="anyone", side=None)
    K("injured", "and that [no one] was killed", 0, group="anyone", side=None)
    A("[put the number]", REP, "locals in Darqad district")
    K("injured", "injured at [five]", 5, group="Afghan boatmen (locals' figure)", side=CIV)
    D("incident [this month]", "2022-07-01", "2022-07-19", basis="relative")
    D("On [July 4]", "2022-07-04")
    K("missing", "[two] fishermen", 2, group="fishermen from Chah Ab", side=CIV)
    A("relatives [said]", REP, "relatives")
    D("takeover in [August 2021]", "2021-08-01", "2021-08-31")
    X("a [1,344-km] border", 1344, "km", "TJ-AF border")


def build() -> int:
    """annotate.build with the extra README fields: country for gazetteer locations."""
    names = sorted(p.name for p in ART.glob("eval_zy*.txt"))
    assert sorted(SPECS) == names, set(SPECS) ^ set(names)
    claims: list[dict] = []
    for name in names:
        annotate.A_ = a = Art(name, ART, REL)
        SPECS[name]()
        auto_locations(a, GAZ)
        seen = set()
        for c in a.claims:
            assert a.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(a.text, c["anchor"])[c["occurrence"]] == c["start"], c
            assert c["start"] >= a.body, c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
            if c["kind"] == "location":
                add_country(c)
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
    sys.exit(build())
