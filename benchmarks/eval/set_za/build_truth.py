"""Build benchmarks/eval/set_za/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZA lives here: where its articles are, the ``file`` prefix written into
truth, its gazetteer (set_za/gazetteer.py: the shared frontier table plus "Tajik-Afghan border") and its
specs. The annotation helpers and the writer that checks every anchor are in benchmarks/eval/annotate.py.
Thin wrappers below add the fields the shared README lists but set T's specs leave out: casualty
``low``/``high``/``group``/``side``, date ``basis`` and ``time_of_day``, distance and population
``qualifier``.

    .venv/bin/python benchmarks/eval/set_za/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_za/articles/"

SPECS = Specs()
spec = SPECS.register

# --------------------------------------------------------------------------------------------------
# One event throughout: gunmen on the Afghan bank fire on five fishermen from Dahana (Farkhor district,
# Khatlon) on the Panj at about 23:40 on Tuesday 7 October 2025. Official account: 2 killed at once,
# 1 missing (body found Thursday 9 October -> 3 killed), 2 wounded (1 fisherman + 1 border guard).
# Disputes: a website's "four" dead (withdrawn); relatives' "three" wounded; Afghan media's 2 Taliban
# guards wounded (denied); Taliban detain 3 (2 released by 6 November).
# --------------------------------------------------------------------------------------------------
CIV, SF = "civilian", "security_forces"
BT = "Tajikistan's Border Troops"
FISH = "fishermen"


def bounds(value, q):
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)


def C(kind, ctx, value, q="exact", side=CIV, group=FISH, nth=None):
    """Casualty claim with the shared README's low/high bounds, group and side."""
    rec = K(kind, ctx, value, q, nth)
    lo, hi = bounds(value, q)
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def G(kind, ctx, value, q="exact", nth=None):
    """Border guards / servicemen (Tajik or Taliban)."""
    return C(kind, ctx, value, q, side=SF, group="border guards", nth=nth)


def Dt(ctx, norm, end=None, basis="explicit", tod=None, nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def Xq(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = X(ctx, value, unit, measures, nth)
    rec["qualifier"] = q
    return rec


def Pq(ctx, value, q="exact", nth=None):
    rec = P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


def ORIGIN(ctx, code=None, prec="country", nth=None):
    return L(ctx, code, prec, role="origin", nth=nth)


TJA = "TJ-AF border"


@spec("eval_za01_wire_flash.txt")
def _za01():  # no header: reference date = the wire's date line, Wednesday 8 October 2025
    C("killed", "URGENT-[Two] Tajik", 2)
    L("on [Afghan border]", None, "border")
    Dt("[Wednesday, October 8, 2025] 02:51", "2025-10-08", basis="dateline")
    L("[DUSHANBE], Oct 8", "TJ-DU", "town")
    Dt("DUSHANBE, [Oct 8]", "2025-10-08", basis="dateline")
    C("killed", "[Two] Tajik fishermen were killed", 2)
    C("injured", "and [one] was wounded", 1)
    ORIGIN("from the [Afghan bank] of the Panj")
    Dt("late on [Tuesday]", "2025-10-07", basis="weekday", tod="night")
    A("Border Troops [said] on Wednesday", OS, BT)
    Dt("said on [Wednesday].", "2025-10-08", basis="weekday")
    C("missing", "[A third] fisherman is missing", 1)
    A("the Border Troops [said] in a short", OS, BT)
    G("injured", "[A] border serviceman", 1)
    A("fire, it [said]", OS, BT)
    A("[according to the statement]", OS, BT)
    C("killed", "\"[Two] bodies", 2)
    A("duty officer [told]", REP, "an anonymous Border Troops duty officer")
    Dt("early on [Wednesday]", "2025-10-08", basis="weekday", tod="morning")
    A("the officer [said]", REP, "an anonymous Border Troops duty officer")
    A("in Khatlon [reported]", REP, "a local news website in Khatlon")
    C("killed", "that [four] fishermen", 4)
    A("[put the number]", OS, BT)
    C("killed", "dead at [two]", 2)
    Xq("a [1,344-km]", 1344, "km", TJA)
    Xq("([835-mile])", 835, "mile", TJA)


@spec("eval_za02_wire_update1.txt")
def _za02():  # published Wednesday 2025-10-08
    TAL = "Mawlawi Abdul Basir Hanif, Takhar police spokesman"
    A("UPDATE 1-Tajikistan [says]", OS, "Tajikistan")
    ORIGIN("shot from [Afghan side]")
    A("river; Taliban [deny]", DEN, "the Taliban")
    L("[DUSHANBE], Oct 8", "TJ-DU", "town")
    Dt("DUSHANBE, [Oct 8]", "2025-10-08", basis="dateline")
    A("Tajikistan [said] on Wednesday", OS, "Tajikistan")
    Dt("said on [Wednesday] that gunmen", "2025-10-08", basis="weekday")
    ORIGIN("firing from [Afghanistan]")
    C("killed", "killed [two] fishermen", 2)
    A("across the border [denied]", DEN, "the Taliban administration")
    Dt("midnight on [Tuesday]", "2025-10-07", basis="weekday", tod="night")
    W("[automatic rifles]", "small_arms")
    ORIGIN("fire from the [Afghan bank]")
    A("Border Troops [said]. Two", OS, BT)
    C("killed", "[Two] were killed", 2)
    C("injured", "killed, [one] was wounded", 1)
    C("missing", "and [one] is still missing", 1)
    G("injured", "[A] border guard was wounded", 1)
    A("Sharipov [told] reporters", OS, "Khurshed Sharipov, Farkhor district chairman")
    A("a doctor [said]", REP, "a doctor in Kulob")
    A("Hanif [said] the Taliban", DEN, TAL)
    C("detained", "detained [three] men", 3, side=None, group="suspected smugglers")
    Dt("district [this morning]", "2025-10-08", basis="relative", tod="morning")
    A("he [told] Meridian Wire", OS, TAL)
    A("outlets [reported]", REP, "some Afghan outlets")
    G("injured", "that [two] Taliban border guards", 2)
    A("claim Hanif [rejected]", DEN, TAL)
    G("injured", "\"[None] of our mujahideen", 0)
    A("hurt,\" he [said]", DEN, TAL)
    A("had earlier [reported]", REP, "Navo24, a Tajik news website")
    C("killed", "reported [four] deaths", 4)
    A("[changed the figure]", RET, "Navo24, a Tajik news website")
    C("killed", "figure to [two]", 2)
    G("killed", "since [two] Tajik guards", 2)
    Dt("in [February]", "2025-02-01", "2025-02-28")
    A("[according to a Meridian Wire count]", REP, "Meridian Wire")
    SKIP("Reporting by Firuza Khamidova in Dushanbe")


@spec("eval_za03_wire_wrapup.txt")
def _za03():  # published Thursday 2025-10-09
    C("killed", "rises to [three]", 3)
    C("killed", "Body of [third] fisherman", 1)
    G("injured", "* [One] border guard", 1)
    A("Taliban [deny] firing", DEN, "the Taliban")
    C("detained", "say [three] suspects", 3, side=None, group="suspects")
    L("[DUSHANBE]/KABUL", "TJ-DU", "town")
    L("DUSHANBE/[KABUL]", "AF-KAB", "town")
    Dt("KABUL, [Oct 9]", "2025-10-09", basis="dateline")
    C("killed", "rose to [three]", 3)
    Dt("three on [Thursday]", "2025-10-09", basis="weekday")
    A("Tajik officials [said].\n", OS, "Tajik officials")
    Xq("about [3 km]", 3, "km", q="about")
    Dt("late on [Tuesday]", "2025-10-07", basis="weekday", tod="night")
    A("district administration [said]", OS, "the Farkhor district administration")
    C("killed", "[Two] other fishermen", 2)
    C("injured", "[A fourth] man", 1)
    G("injured", "and [a] Tajik border guard", 1)
    A("the Border Troops [said]. That", OS, BT)
    C("injured", "wounded to [two]", 2, side=None, group="fisherman and border guard")
    A("have [denied]", DEN, "the Taliban-run authorities in Takhar province")
    A("Provincial police [said]", OS, "Takhar provincial police")
    Dt("said on [Wednesday] they", "2025-10-08", basis="weekday")
    C("detained", "detained [three] men", 3, side=None, group="suspects")
    Dt("[On the same evening]", "2025-10-08", basis="relative", tod="evening")
    A("Dushanbe and [said]", OS, "Tajikistan's Foreign Ministry")
    A("Residents of Dahana [told]", REP, "residents of Dahana")
    Dt("[the night before last]", "2025-10-07", basis="relative", tod="night")
    A("[said] Gulnora", REP, "Gulnora Saidova, a neighbour")
    Dt("Early on [Wednesday]", "2025-10-08", basis="weekday", tod="morning")
    A("news site [reported]", REP, "a Tajik news site")
    C("killed", "reported [four] people", 4)
    A("it [withdrew]", RET, "a Tajik news site")
    Pq("about [150,000] people", 150000, "about")
    A("Tajik officials [say]", OS, "Tajik officials")
    C("killed", "at least [five] fishermen", 5, "at_least")
    Dt("[since the start of the year]", "2025-01-01", "2025-10-09", basis="relative")
    SKIP("Reporting by Firuza Khamidova in Dushanbe and Ahmad Shah Wardak in Kabul")


@spec("eval_za04_tv_anchor_script.txt")
def _za04():  # published Wednesday 2025-10-08 (evening bulletin)
    C("killed", "where [two] fishermen", 2)
    Dt("shot dead [last night]", "2025-10-07", basis="relative", tod="night")
    C("missing", "and [a third] is still missing", 1)
    A("The Border Troops [say]", OS, BT)
    ORIGIN("gunmen on the [Afghan bank] opened")
    W("[automatic weapons]", "small_arms")
    C("killed", "[Two] of them died", 2)
    C("injured", "[One] was wounded", 1)
    G("injured", "[A] border guard was also hurt", 1)
    A("chairman [told] me", OS, "the Farkhor district chairman")
    Dt("me [this afternoon]", "2025-10-08", basis="relative", tod="afternoon")
    Dt("Earlier [today]", "2025-10-08", basis="relative")
    A("websites [were saying]", REP, "some websites")
    C("killed", "saying [four] people", 4)
    A("The [official figure]", OS, "Tajik officials")
    C("killed", "remains [two] dead", 2)
    C("missing", "dead, [one] missing", 1)
    C("injured", "and [two] wounded, counting", 2, side=None, group="fisherman and border guard")
    A("river, [deny] their", DEN, "the Taliban police in Takhar province")
    A("They [say] they have", OS, "the Taliban police in Takhar province")
    C("detained", "detained [three] suspects", 3, side=None, group="suspects")
    A("are also [reporting]", REP, "Afghan media")
    G("injured", "that [two] of their border guards", 2)
    A("Kabul [denies]", DEN, "the Taliban government in Kabul")
    Dt("river [this year]", "2025-01-01", "2025-10-08", basis="relative")
    Dt("in [June]", "2025-06-01", "2025-06-30")
    C("killed", "[two] fishermen from Panji Poyon", 2)
    ORIGIN("from the [Afghan side]")


@spec("eval_za05_front_page.txt")
def _za05():  # published Friday 2025-10-10; "yesterday" = Thursday 9 October
    C("killed", "[THREE] DEAD", 3)
    L("IN [PANJ] AMBUSH", None, "border")
    C("killed", "of the [third] Dahana", 1)
    Dt("Panj [yesterday] morning", "2025-10-09", basis="relative", tod="morning")
    C("killed", "bringing to [three]", 3)
    Dt("on [Tuesday night]", "2025-10-07", basis="weekday", tod="night")
    Xq("about [three kilometres]", 3, "kilometres", q="about")
    A("administration [said]. His", OS, "the Farkhor district administration")
    Dt("[the same afternoon]", "2025-10-09", basis="relative", tod="afternoon")
    Dt("[the day before]", "2025-10-08", basis="relative")
    A("The Border Troops [said] yesterday", OS, BT)
    Dt("said [yesterday] that", "2025-10-09", basis="relative")
    W("[Kalashnikov rifles]", "small_arms")
    W("a [machine gun]", "small_arms")
    ORIGIN("from the [Afghan bank]")
    Xq("about [300 metres]", 300, "metres", q="about")
    C("injured", "[A] fisherman, Farrukh", 1)
    G("injured", "[A] border guard suffered", 1)
    A("Relatives of the dead [told]", REP, "relatives of the dead")
    C("injured", "There are [three] wounded", 3, side=None, group="fishermen and border guard")
    C("injured", "not [two],\"", 2, side=None, group="fishermen and border guard")
    A("[said] his mother", REP, "Sanavbar, Jamshed Nazarov's mother")
    A("The Border Troops [said] Mr", OS, BT)
    A("Sadiqi, [said]", DEN, "Mawlawi Nasrullah Sadiqi, Taliban defence ministry spokesman")
    L("THE [PANJ] SHOOTING", None, "border")
    Dt("on [Tuesday, 7 October]", "2025-10-07", tod="night")
    C("killed", "Killed: [3]", 3)
    C("injured", "Wounded: [2]", 2, side=None, group="fisherman and border guard")
    C("detained", "Detained in Afghanistan: [3]", 3, side=None, group="suspects")
    Xq("share [1,344 km]", 1344, "km", TJA)
    Dt("Earlier [this year]", "2025-01-01", "2025-10-10", basis="relative")
    C("killed", "[2] fishermen killed", 2)
    Dt("([June])", "2025-06-01", "2025-06-30")


@spec("eval_za06_press_conference.txt")
def _za06():  # published Thursday 2025-10-09; briefing the same day at 15:00
    Dt("Dushanbe, [9 October 2025]", "2025-10-09", basis="dateline")
    Dt("On [7 October] at", "2025-10-07", tod="night")
    ORIGIN("territory of [Afghanistan] while")
    W("[automatic weapons]", "small_arms")
    W("one [machine gun]", "small_arms")
    C("killed", "result, [two] citizens", 2)
    Dt("[This morning] at 07:20", "2025-10-09", basis="relative", tod="morning")
    C("killed", "body of [a third] citizen", 1)
    C("killed", "therefore [three]", 3)
    C("injured", "[One] citizen received", 1)
    G("injured", "[One] serviceman of the Border", 1)
    A("Afghan media [say]", REP, "some Afghan media")
    G("injured", "say [two] Taliban fighters", 2)
    A("Relatives [say]", REP, "relatives")
    C("injured", "[a second] fisherman was injured", 1)
    A("[According to our information]", OS, "Colonel Rustam Odinaev, Border Troops spokesman")
    C("injured", "information, [two] people", 2, side=None, group="fisherman and serviceman")
    C("injured", ": [one] fisherman and", 1)
    G("injured", "and [one] serviceman. The", 1)
    Dt("doctors on [Wednesday]", "2025-10-08", basis="weekday")
    W("[drones] used", "drone")
    W("no [drones]", "drone")
    W("[Small arms] only", "small_arms")
    A("Kabul [says]", OS, "the Taliban authorities in Kabul")
    A("Afghan side [says] it", OS, "the Afghan side")
    C("detained", "detained [three] people", 3, side=None, group="suspects")
    Dt("[since the beginning of this year]", "2025-01-01", "2025-10-09", basis="relative")
    C("killed", "[four] citizens of Tajikistan", 4, side=None, group="citizens of Tajikistan")
    ORIGIN("from the [Afghan side]")


@spec("eval_za07_regional_local_angle.txt")
def _za07():  # published Friday 2025-10-10
    L("[DAHANA] - In", "TJ-KT", "village")
    Pq("about [2,500] people", 2500, "about")
    Dt("Since [Tuesday night]", "2025-10-07", basis="weekday", tod="night")
    C("killed", "[Three] of Dahana's", 3)
    Dt("on [Thursday morning]", "2025-10-09", basis="weekday", tod="morning")
    A("[said] his wife", REP, "Mohira, Farrukh Sadulloev's wife")
    A("administration [says] 46", OS, "the Farkhor district administration")
    Dt("On [Wednesday] it", "2025-10-08", basis="weekday")
    Xq("a [12 km] stretch", 12, "km")
    C("killed", "[one] fisherman was shot dead", 1)
    C("killed", "bury [three] men", 3)
    A("[said] Nurali", REP, "Nurali Boboev, a retired teacher")
    A("Villagers [dispute]", DEN, "villagers")
    A("Several [said]", REP, "villagers")
    A("Some [told] the Courier", REP, "villagers")
    C("injured", "that [a second] man", 1)
    C("injured", "make [three] wounded", 3, side=None, group="fishermen and border guard")
    A("Border Troops [count]", OS, BT)
    C("injured", "count [two].", 2, side=None, group="fisherman and border guard")
    A("regional administration [said]", OS, "the Khatlon regional administration")
    Dt("said on [Thursday] that", "2025-10-09", basis="weekday")
    A("Taliban police [said]", OS, "the Taliban police in Takhar")
    C("detained", "the [three] men they detained", 3, side=None, group="suspects")
    Dt("detained on [Wednesday] were", "2025-10-08", basis="weekday")
    A("in Takhar [reported]", REP, "an Afghan outlet in Takhar")
    G("injured", "that [two] Taliban border guards", 2)
    A("the Taliban [denied] it", DEN, "the Taliban")


@spec("eval_za08_qa_explainer.txt")
def _za08():  # published Saturday 2025-10-11
    Dt("[Four days after] gunmen", "2025-10-11", basis="relative")
    Dt("midnight on [7 October]", "2025-10-07", tod="night")
    ORIGIN("fire from the [Afghan bank]")
    A("Border Troops [say] the fire", OS, BT)
    W("[automatic rifles]", "small_arms")
    W("a [machine gun]", "small_arms")
    C("killed", "died?\n[Three].", 3)
    C("killed", "Three. [Two] men died", 2)
    C("killed", "the [third] man's body", 1)
    Dt("river on [9 October]", "2025-10-09")
    C("killed", "reports of [four] dead", 4)
    Dt("the [morning after the shooting]", "2025-10-08", basis="relative", tod="morning")
    A("were [withdrawn]", RET, "a Tajik website")
    C("injured", "Officially [two]", 2, side=None, group="fisherman and border guard")
    C("injured", ": [one] fisherman and", 1)
    G("injured", "and [a] border guard who", 1)
    A("Relatives [say]", REP, "relatives")
    C("injured", "say [a second] fisherman", 1)
    C("injured", "make it [three]", 3, side=None, group="fishermen and border guard")
    A("Afghan media [said]", REP, "Afghan media")
    G("injured", "said [two] Taliban", 2)
    A("The Taliban [deny] this", DEN, "the Taliban")
    A("Border Troops [say] they have", OS, BT)
    A("The Taliban [say] their", DEN, "the Taliban")
    A("Takhar province [say]", OS, "police in Takhar province")
    C("detained", "arrested [three] men", 3, side=None, group="suspects")
    Dt("[the following day]", "2025-10-08", basis="relative")
    A("Tajik officials have [said]", OS, "Tajik officials")
    A("Tajik officials [say] four", OS, "Tajik officials")
    C("killed", "[four] citizens had", 4, side=None, group="citizens of Tajikistan")
    Dt("river [this year]", "2025-01-01", "2025-10-11", basis="relative")
    C("killed", "including [two] fishermen", 2)
    Dt("in [June]", "2025-06-01", "2025-06-30")
    Xq("The [1,344-kilometre]", 1344, "kilometre", TJA)


@spec("eval_za09_weekly_magazine.txt")
def _za09():  # published Saturday 2025-10-11; the week 4-10 October
    Dt("[4-10 October 2025]", "2025-10-04", "2025-10-10")
    C("killed", "[Three] fishermen from Dahana", 3)
    ORIGIN("gunmen on the [Afghan bank] of the Panj")
    Dt("late on [Tuesday]", "2025-10-07", basis="weekday", tod="night")
    C("injured", "[One] fisherman and", 1)
    G("injured", "and [one] border guard", 1)
    A("Tajikistan [blamed]", OS, "Tajikistan")
    ORIGIN("territory of [Afghanistan]\"")
    A("[denied] any role", DEN, "the Taliban")
    C("detained", "detained [three] suspected", 3, side=None, group="suspected smugglers")
    C("killed", "report of [four] dead", 4)
    A("was [retracted]", RET, "a Tajik website")
    C("killed", "At least [11] people", 11, "at_least", group="flood victims")
    C("missing", "and [four] were missing", 4, group="flood victims")
    Dt("province on [Sunday]", "2025-10-05", basis="weekday")
    A("provincial officials [said]", OS, "Badakhshan provincial officials")
    A("Tajik officials [said] on Monday", OS, "Tajik officials")
    Dt("said on [Monday]", "2025-10-06", basis="weekday")
    C("killed", "[3] - fishermen killed", 3)
    C("injured", "[2] - people wounded", 2, side=None, group="fisherman and border guard")
    A("by the [official count]", OS, "Tajik officials")
    A("relatives [say] 3", REP, "relatives")
    C("injured", "say [3])", 3, side=None, group="fishermen and border guard")
    C("detained", "[3] - suspects held", 3, side=None, group="suspects")
    C("killed", "[7] - Tajik citizens", 7, side=None, group="Tajik citizens")
    ORIGIN("from [Afghanistan] so far")
    Dt("so far [this year]", "2025-01-01", "2025-10-11", basis="relative")
    A("[according to the Border Troops]", OS, BT)


@spec("eval_za10_survivor_feature.txt")
def _za10():  # published Sunday 2025-10-12
    FS = "Farrukh Sadulloev, survivor"
    L("[KULOB] - Farrukh", "TJ-KT", "town")
    A("us,\" he [says] from", REP, FS)
    Dt("[On Tuesday night]", "2025-10-07", basis="weekday", tod="night")
    ORIGIN("from the [Afghan bank].")
    A("Sadulloev [says]. Two", REP, FS)
    C("killed", "[Two] of the men", 2)
    Dt("found [two days later]", "2025-10-09", basis="relative")
    Xq("about [three kilometres]", 3, "kilometres", q="about")
    C("killed", "buried [three] men", 3)
    A("Sadulloev [says] quietly", REP, FS)
    G("injured", "[A] border guard was wounded", 1)
    A("The [official toll]", OS, "Tajik officials")
    C("killed", "is [three] killed", 3)
    C("injured", "and [two] wounded, Sadulloev", 2, side=None, group="fisherman and border guard")
    A("The family [says]", REP, "the Nazarov family")
    C("injured", "wounded is [three]", 3, side=None, group="fishermen and border guard")
    A("[said] Jamshed's mother", REP, "Sanavbar, Jamshed Nazarov's mother")
    A("the Taliban [say]", OS, "the Taliban")
    C("detained", "holding [three] men", 3, side=None, group="suspects")
    A("bank,\" he [says]", REP, FS)
    Dt("him on [Wednesday]", "2025-10-08", basis="weekday")
    A("Wednesday, [said] he", REP, "Dr. Nodira Ismoilova, surgeon")
    A("cotton,\" he [says]", REP, FS)


@spec("eval_za11_opinion_column.txt")
def _za11():  # published Monday 2025-10-13
    C("killed", "Opinion: [Three] dead", 3)
    Dt("[Six days after the shooting]", "2025-10-13", basis="relative")
    C("killed", "nobody disputes is [three]", 3)
    C("killed", "[Three] fishermen were killed", 3)
    Dt("on [the night of 7 October]", "2025-10-07", tod="night")
    Dt("[On the first morning]", "2025-10-08", basis="relative", tod="morning")
    A("website [reported]", REP, "a Tajik website")
    C("killed", "reported [four] dead", 4)
    A("[changed the figure]", RET, "a Tajik website")
    A("Border Troops [say] two", OS, BT)
    C("injured", "say [two] people were wounded", 2, side=None, group="fisherman and border guard")
    A("the families [say] three", REP, "the families")
    C("injured", "families say [three]", 3, side=None, group="fishermen and border guard")
    A("Afghan outlets [said]", REP, "Afghan outlets")
    G("injured", "said [two] Taliban border guards", 2)
    A("the Taliban [said] nobody", DEN, "the Taliban")
    G("injured", "[nobody] on their side was hurt", 0)
    A("Takhar [say] they have", OS, "the Taliban police in Takhar")
    C("detained", "detained [three] men", 3, side=None, group="suspects")
    A("[By the Border Troops' own count]", OS, BT)
    C("killed", "[seven] Tajik citizens", 7, side=None, group="Tajik citizens")
    ORIGIN("fire from [Afghanistan]")
    Dt("since [January]", "2025-01-01", "2025-01-31")
    C("killed", "including these [three]", 3)
    Dt("[Last year]", "2024-01-01", "2024-12-31", basis="relative")
    C("killed", "the figure was [five]", 5, side=None, group="Tajik citizens")
    Pq("about [2,500] people", 2500, "about")
    SKIP("political analyst in Dushanbe")


@spec("eval_za12_un_security_council.txt")
def _za12():  # no header: reference date = "New York, 15 October 2025" (Wednesday)
    PR = "Davlatali Sharifzoda, Permanent Representative of Tajikistan to the UN"
    SKIP("Permanent Representative of the Republic of Tajikistan")
    Dt("New York, [15 October 2025]", "2025-10-15", basis="dateline")
    Dt("On [the night of 7 to 8 October 2025]", "2025-10-07", "2025-10-08", tod="night")
    ORIGIN("territory of [Afghanistan] opened")
    W("[automatic weapons]", "small_arms")
    C("killed", "[Three] citizens of the", 3)
    L("the [Republic of Tajikistan] were", None, "country")
    C("injured", "[One] fisherman and", 1)
    G("injured", "and [one] serviceman", 1)
    Dt("[Since the beginning of this year]", "2025-01-01", "2025-10-15", basis="relative")
    C("killed", "[seven] citizens", 7, side=None, group="citizens of Tajikistan")
    ORIGIN("from [Afghan territory]")
    C("injured", "at least [nine]", 9, "at_least", side=None, group="citizens of Tajikistan")
    A("Kabul have [stated]", OS, "the de facto authorities in Kabul")
    C("detained", "that [three] persons", 3, side=None, group="suspects")
    Dt("[the day after the attack]", "2025-10-08", basis="relative")
    A("Certain media [reported]", REP, "certain media")
    C("killed", "dead was [four]", 4)
    A("were later [corrected]", RET, "certain media")
    Xq("the [1,344-kilometre]", 1344, "kilometre", TJA)
    Pq("more than [10 million] people", 10_000_000, "more_than")
    _ = PR


@spec("eval_za13_radio_documentary.txt")
def _za13():  # no header: reference date = "Thursday, 23 October 2025"
    Dt("[Thursday, 23 October 2025]", "2025-10-23", basis="dateline")
    Dt("[Sixteen days ago]", "2025-10-07", basis="relative", tod="night")
    C("killed", "[Three] of them came home", 3)
    Xq("about [300 metres]", 300, "metres", q="about")
    C("killed", "[two] men were already dead", 2)
    C("missing", "[A third] man, Bakhtiyor", 1)
    C("injured", "[A fourth], Farrukh", 1)
    A("Odinaev, [told] us", OS, "Colonel Rustam Odinaev, Border Troops spokesman")
    C("killed", "[Three] citizens killed", 3)
    C("injured", "killed, [two] wounded", 2, side=None, group="fisherman and serviceman")
    C("injured", "- [one] fisherman", 1)
    G("injured", "fisherman, [one] serviceman", 1)
    A("The families [say]", REP, "the families")
    C("injured", "was [a third] wounded man", 1)
    A("police [told] our stringer", OS, "the Taliban-run police in Takhar")
    C("detained", "holding [three] men", 3, side=None, group="suspects")
    A("They [denied]", DEN, "the Taliban-run police in Takhar")
    Dt("[On Monday], the Farkhor", "2025-10-20", basis="weekday")
    Dt("[Since January]", "2025-01-01", "2025-01-31")
    C("killed", "[seven] Tajik citizens", 7, side=None, group="Tajik citizens")
    A("[according to the Border Troops]", OS, BT)
    A("The Taliban [dispute]", DEN, "the Taliban")


@spec("eval_za14_follow_up_month.txt")
def _za14():  # published Saturday 2025-11-08
    TAL = "Mawlawi Abdul Basir Hanif, Takhar police spokesman"
    L("[DAHANA], Tajikistan", "TJ-KT", "village")
    Dt("Tajikistan, [Nov 8]", "2025-11-08", basis="dateline")
    Dt("On [Friday], a month", "2025-11-07", basis="weekday")
    Dt("[a month to the day after]", "2025-11-07", basis="relative")
    ORIGIN("gunmen on the [Afghan bank] of the Panj")
    C("killed", "killed [three] fishermen", 3)
    A("Takhar province [said] on Thursday", OS, "the Taliban-run police in Takhar province")
    Dt("on [Thursday] that two", "2025-11-06", basis="weekday")
    C("detained", "of the [three] men detained", 3, side=None, group="suspects")
    Dt("[the day after the shooting]", "2025-10-08", basis="relative")
    C("detained", "The [third], a 30-year-old", 1, side=None, group="suspect")
    A("Hanif [said]", OS, TAL)
    A("he [added]", OS, TAL)
    A("Border Troops [said] the investigation", OS, BT)
    C("killed", "remained [three] dead", 3)
    C("injured", "dead and [two] wounded", 2, side=None, group="fisherman and border guard")
    Dt("duty [last week]", "2025-11-01", "2025-11-07", basis="relative")
    Dt("on [17 October]", "2025-10-17")
    A("The families still [count]", REP, "the families")
    C("injured", "count [three] wounded", 3, side=None, group="fishermen and border guard")
    C("injured", "not [two]:", 2, side=None, group="fisherman and border guard")
    A("and [says] he was never", REP, "Jamshed Nazarov")
    Dt("on [29 October] a", "2025-10-29")
    G("injured", "and [one] serviceman was slightly", 1)
    A("[according to the Border Troops]", OS, BT)
    A("Taliban officials [said]", DEN, "Taliban officials")
    C("killed", "this year to [seven]", 7, side=None, group="Tajik citizens")
    ORIGIN("fire from [Afghanistan] this year")
    Dt("Afghanistan [this year]", "2025-01-01", "2025-11-08", basis="relative")
    C("injured", "at least [10]", 10, "at_least", side=None, group="Tajik citizens")
    A("[by the Border Troops' count]", OS, BT)
    Dt("on [20 October]", "2025-10-20")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_za*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
