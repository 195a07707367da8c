"""Build benchmarks/eval/set_zza/truth.jsonl from the annotation specs below (same format as set T).

Set ZZA: wire and agency copy with official statements (12 held-out articles, written blind). The
annotation helpers and the writer that checks every anchor and offset are in
benchmarks/eval/annotate.py; this file adds the fields the shared README (../README.md) lists beyond
set T's: casualty ``low``/``high``/``group``/``side``, distance ``value``/``qualifier``, date ``basis``
(and ``time_of_day`` where the text gives one) and location ``country``.

    .venv/bin/python benchmarks/eval/set_zza/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate as an  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, build, cur  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zza/articles/"

SPECS = Specs()

SF, CIV, MIL, FN = "security_forces", "civilian", "militants", "foreign_nationals"
BT = "Tajikistan's Border Troops"
SAQIB = "Mawlawi Abdul Rahim Saqib, Badakhshan provincial police spokesman"
TPA = "Transoxiana Press"
COUNTRY = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def C(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    """Casualty claim with the shared README's low/high bounds, group and side."""
    rec = an.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: vague words ("several" -> 3, "dozens" -> 24)
        assert low is not None, rec
        lo, hi = low, None
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis=None, tod=None, nth=None):
    """Date claim; basis defaults to weekday when the anchor names a weekday, otherwise explicit."""
    rec = an.D(ctx, norm, end, nth)
    if basis is None:
        basis = "weekday" if any(w in rec["anchor"].lower() for w in an.WEEKDAYS) else "explicit"
    assert basis in ("explicit", "weekday", "relative", "dateline"), rec
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    """Explicit location; ``country`` is derived from the admin1 code unless given."""
    rec = an.L(ctx, code, prec, role, nth)
    rec["country"] = country or (code[:2] if code else None)
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = an.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def finish() -> None:
    """Gazetteer locations for the rest of the body, then ``country`` on every location claim."""
    a = cur()
    an.auto_locations(a, GAZ)
    for c in a.claims:
        if c["kind"] == "location" and "country" not in c:
            code = c["admin1_code"]
            c["country"] = code[:2] if code else COUNTRY.get(c["anchor"])


def spec(name):
    def deco(fn):
        def run():
            fn()
            finish()
        SPECS[name] = run
        return fn
    return deco


# --------------------------------------------------------------------------------------------------
# Annotation specs: the shared README (../README.md) strictly, plus the judgement calls in
# set_zza/README.md. "neutralised" (official Tajik usage) = killed; "martyred" = killed.
# --------------------------------------------------------------------------------------------------


@spec("eval_zza01_wire_dateline_darvoz.txt")
def _zza01():  # no header; dateline Aug 9 = Saturday 2025-08-09; attack ~02:30 local on 9 August
    MED = "a medical source at the regional hospital in Khorugh"
    C("killed", "[Two] Tajik border guards killed as", 2, group="Tajik border guards", side=SF)
    L("gunmen from [Afghanistan] attack", None, "country", "origin", "AF")
    L("[KHORUGH], Tajikistan", "TJ-GB", "town")
    D("[Aug 9] (Transoxiana", "2025-08-09", basis="dateline")
    C("killed", "[Two] Tajik border guards were killed", 2, group="Tajik border guards", side=SF)
    C("injured", "killed and [three] wounded", 3, group="Tajik border guards", side=SF)
    L("crossed from [Afghanistan] attacked", None, "country", "origin", "AF")
    D("district [overnight]", "2025-08-08", "2025-08-09", basis="relative", tod="night")
    A("Border Troops [said] on Saturday", OS, BT)
    D("said on [Saturday]", "2025-08-09")
    W("[automatic weapons]", "small_arms")
    W("[grenade launchers]", "rpg")
    D("GMT on [Friday]", "2025-08-08", tod="night")
    A("Border Troops [said] in a statement", OS, BT)
    C("killed", "[Three] of the gunmen", 3, group="gunmen", side=MIL)
    A("battle, it [said]", OS, BT)
    C("killed", "\"[Two] servicemen lost", 2, group="servicemen", side=SF)
    C("injured", "[Three] more sustained", 3, group="servicemen", side=SF)
    A("the statement [said]", OS, BT)
    A("[told] Transoxiana Press that", REP, MED)
    A("centre, [said] he had heard", REP, "a resident of Qalaikhumb")
    C("killed", "that [four] soldiers", 4, group="soldiers", side=SF)
    A("province, [denied]", DEN, SAQIB)
    L("from the [Afghan side]", None, "country", "origin", "AF")
    L("group from [Darwaz]", "AF-BDS", "district", "origin")
    A("he [told] Transoxiana Press by telephone", DEN, SAQIB)
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    C("killed", "since [two] guards were killed", 2, group="border guards", side=SF)
    D("district in [March]", "2025-03-01", "2025-03-31")
    D("It came [two days after]", "2025-08-07", basis="relative")
    A("Dushanbe [said] it was", OS, "the Tajik government (Dushanbe)")
    A("has repeatedly [accused]", OS, "Tajikistan")
    L("militants based in [Afghanistan]", None, "country", "origin", "AF")


@spec("eval_zza02_wire_update3_darvoz.txt")
def _zza02():  # published 2025-08-10 (Sunday)
    C("killed", "toll rises to [three] after", 3, group="Tajik border guards", side=SF)
    L("after attack from [Afghanistan]\n", None, "country", "origin", "AF")
    C("killed", "* [Fourth] attacker's", 1, group="attacker", side=MIL)
    C("detained", "riverbank, [one] detained", 1, group="member of the attacking group", side=MIL)
    A("Afghan police [say] Tajik fire", OS, "Badakhshan provincial police")
    C("killed", "Tajik fire killed [two] civilians", 2, group="Afghan civilians", side=CIV)
    L("[KHORUGH], Tajikistan", "TJ-GB", "town")
    D("[Aug 10] (Transoxiana", "2025-08-10", basis="dateline")
    C("killed", "[A] Tajik border guard wounded", 1, group="wounded border guard (died)", side=SF)
    C("killed", "forces to [three]", 3, group="Tajik forces", side=SF)
    A("Border Troops [said] on Sunday", OS, BT)
    D("said on [Sunday]", "2025-08-10")
    D("on [Saturday evening] in", "2025-08-09", tod="evening")
    A("the troops [said] in an updated", OS, BT)
    C("injured", "The [two] other guards", 2, group="border guards", side=SF)
    A("Border Troops had [said] on Saturday", OS, BT)
    D("had said on [Saturday]", "2025-08-09")
    C("killed", "that [two] servicemen were killed", 2, group="servicemen", side=SF)
    C("injured", "killed and [three] wounded", 3, group="servicemen", side=SF)
    L("river from [Afghanistan] attacked", None, "country", "origin", "AF")
    C("killed", "of [a fourth] attacker", 1, group="attacker", side=MIL)
    D("riverbank on [Sunday morning]", "2025-08-10", tod="morning")
    C("killed", "killed to [four]", 4, group="gunmen", side=MIL)
    C("killed", "up from [three]", 3, group="gunmen", side=MIL)
    A("the statement [said]", OS, BT)
    C("detained", "[One] more member", 1, group="member of the group", side=MIL)
    A("[gave] a different account", OS, "police in Afghanistan's Badakhshan province")
    W("fired [mortar] rounds", "mortar")
    D("district on [Friday night]", "2025-08-08", tod="night")
    C("killed", "killing [two] civilians", 2, group="civilians", side=CIV)
    C("injured", "wounding [four]", 4, group="civilians", side=CIV)
    A("Abdul Rahim Saqib [said]. He", OS, SAQIB)
    L("from [Afghan soil]", None, "country", "origin", "AF")
    A("\"[baseless]\"", DEN, SAQIB)
    A("river,\" Saqib [said]", DEN, SAQIB)
    A("Foreign Ministry [said]", OS, "Tajikistan's Foreign Ministry")
    SKIP("Wahid Sharifi in Kabul")


@spec("eval_zza03_wire_correction_darvoz.txt")
def _zza03():  # published 2025-08-11 (Monday)
    L("CORRECTED-[Tajikistan]", None, "country", country="TJ")
    A("([CORRECTS] toll", RET, TPA)
    C("killed", "to [three] guards killed", 3, group="border guards", side=SF)
    C("killed", "not [four];", 4, group="border guards (withdrawn figure)", side=SF)
    L("[DUSHANBE], Aug 11", "TJ-DU", "town")
    D("[Aug 11] (Transoxiana", "2025-08-11", basis="dateline")
    D("Tajikistan on [Monday]", "2025-08-11")
    L("near the [Afghan border]", None, "border")
    C("killed", "[Three] guards were killed", 3, group="border guards", side=SF)
    D("[the night of Aug 8-9]", "2025-08-08", "2025-08-09", tod="night")
    C("killed", "[one] of them dying", 1, group="border guard who died of wounds", side=SF)
    D("[later that day]", "2025-08-09", basis="relative")
    A("the Border Troops [said]. Two", OS, BT)
    C("injured", "[Two] more remain", 2, group="border guards", side=SF)
    C("killed", "[Four] attackers were killed", 4, group="attackers", side=MIL)
    C("detained", "and [one] was detained", 1, group="attacker", side=MIL)
    A("president's office [said]", OS, "the Tajik president's office")
    C("killed", "[Two] of the guards were buried", 2, group="guards buried in Dushanbe", side=SF)
    C("killed", "and [one] in his home village", 1, group="guard buried near Kulob", side=SF)
    A("television [reported]", REP, "Tajik state television")
    A("Relatives of the dead [said]", REP, "relatives of the dead guards")
    D("on [Friday evening]", "2025-08-08", tod="evening")
    A("[told] the Farhang", REP, "the mother of one guard")
    A("province [said] two civilians", OS, "police in Badakhshan province")
    C("killed", "[two] civilians were killed", 2, group="civilians", side=CIV)
    C("injured", "and [four] wounded by", 4, group="civilians", side=CIV)
    W("Tajik [mortar] fire", "mortar")
    D("On [Monday] police", "2025-08-11")
    A("police [put it at] five", OS, "police in Badakhshan province")
    C("injured", "put it at [five]", 5, group="civilians", side=CIV)
    C("injured", "saying [a] wounded woman", 1, group="woman", side=CIV)
    D("Fayzabad [overnight]", "2025-08-10", "2025-08-11", basis="relative", tod="night")
    A("Taliban officials have [denied]", DEN, "Taliban officials")
    L("came from [Afghanistan]", None, "country", "origin", "AF")
    D("Darwaz on [Sunday]", "2025-08-10")
    A("district officials [said]", OS, "district officials in Darwaz")


@spec("eval_zza04_border_troops_statement.txt")
def _zza04():  # published 2025-08-09 (Saturday)
    PC = "Press Centre of Tajikistan's Border Troops"
    L("[DUSHANBE], 9 August", "TJ-DU", "town")
    D("DUSHANBE, [9 August 2025]", "2025-08-09", basis="dateline")
    A("has [distributed] the following", OS, PC)
    D("On [the night of 8 to 9 August 2025]", "2025-08-08", "2025-08-09", tod="night")
    L("the [Islamic Emirate of Afghanistan]", None, "country", "origin", "AF")
    SKIP("Darvoz border detachment")
    C("killed", "battle [three] armed violators", 3, group="armed violators", side=MIL)
    C("killed", "[Two] servicemen of the Border Troops", 2, group="servicemen", side=SF)
    L("the [Republic of Tajikistan]", None, "country", country="TJ")
    C("injured", "[Three] more servicemen", 3, group="servicemen", side=SF)
    W("[Kalashnikov assault rifles]", "small_arms")
    W("[RPG-7 grenade launcher]", "rpg")
    W("[hand grenades]", "grenade")
    A("Border Troops [note]", OS, PC)
    D("[since the beginning of 2025]", "2025-01-01", "2025-08-09")
    C("killed", "[9] armed violators", 9, group="armed violators (2025 to date)", side=MIL)
    C("detained", "[31] were detained", 31, group="violators (2025 to date)", side=MIL)


@spec("eval_zza05_afghan_police_statement.txt")
def _zza05():  # published 2025-08-10 (Sunday); Afghan account of the same night
    A("police [say] Tajik fire", OS, "Badakhshan provincial police")
    C("killed", "killed [two] civilians in Darwaz\n", 2, group="civilians", side=CIV)
    L("[FAYZABAD] -", "AF-BDS", "town")
    C("killed", "[Two] civilians were killed", 2, group="civilians", side=CIV)
    C("injured", "and [four] others wounded", 4, group="civilians", side=CIV)
    W("fired [mortar] rounds", "mortar")
    W("[heavy machine guns]", "small_arms")
    D("district on [Friday night], the", "2025-08-08", tod="night")
    A("provincial police [said] on Saturday", OS, SAQIB)
    D("police said on [Saturday]", "2025-08-09")
    A("Fayzabad, [reads]", DEN, SAQIB)
    D("\"On [Friday night]", "2025-08-08", tod="night")
    W("with [mortars]", "mortar")
    C("killed", "result, [two] of our compatriots", 2, group="a father and his son", side=CIV)
    C("injured", "and [four] others, among", 4, group="residents", side=CIV)
    C("injured", "among them [a] woman", 1, group="woman", side=CIV)
    C("injured", "woman and [a] child", 1, group="child", side=CIV)
    C("killed", "[No casualties] were suffered", 0, group="Afghan police and border units", side=SF)
    C("injured", "[No casualties] were suffered", 0, group="Afghan police and border units", side=SF)
    A("Tajik officials [said] on Saturday", OS, "Tajik officials")
    D("officials said on [Saturday]", "2025-08-09")
    L("gunmen from [Afghanistan]", None, "country", "origin", "AF")
    C("killed", "killing [two] guards", 2, group="Tajik border guards", side=SF)
    C("injured", "wounding [three]", 3, group="Tajik border guards", side=SF)
    A("Border Troops [said] three", OS, BT)
    C("killed", "said [three] attackers", 3, group="attackers", side=MIL)
    A("telephone, [said]", REP, "a resident of the Darwaz district centre")
    C("killed", "said [three] people had died", 3, group="villagers", side=CIV)
    A("Police [put it at] two", OS, "Badakhshan provincial police")
    C("killed", "put it at [two]", 2, group="villagers", side=CIV)
    A("Saqib [told] Hindu Kush Post", OS, SAQIB)
    D("Post on [Sunday]", "2025-08-10")


@spec("eval_zza06_wire_factbox.txt")
def _zza06():  # published 2026-02-17 (Tuesday)
    D("[Feb 17] (Transoxiana", "2026-02-17", basis="dateline")
    C("killed", "[Two] Chinese workers were killed", 2, group="Chinese workers", side=FN)
    D("killed on [Friday] when", "2026-02-13")
    W("a [drone] struck", "drone")
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    C("killed", "At least [four] people", 4, "at_least", group="people on the Tajik side (2026 tally)")
    D("[since the start of this year]", "2026-01-01", "2026-02-17", basis="relative")
    A("[according to] a Transoxiana Press tally", REP, "Transoxiana Press tally")
    D("* [Feb 14-15, 2026]", "2026-02-14", "2026-02-15")
    C("killed", "[One] Tajik serviceman is killed", 1, group="Tajik serviceman", side=SF)
    C("injured", "killed and [two] wounded", 2, group="Tajik servicemen", side=SF)
    C("killed", "[One] of the wounded dies", 1, group="wounded serviceman (died)", side=SF)
    D("Kulob on [Feb 15]", "2026-02-15")
    A("defence ministry [says]", OS, "Tajikistan's defence ministry")
    C("killed", "says [two] \"armed violators\"", 2, group="armed violators", side=MIL)
    D("* [Feb 13, 2026]", "2026-02-13")
    W("A [drone] launched", "drone")
    L("launched from [Afghanistan]", None, "country", "origin", "AF")
    A("Dushanbe [says]", OS, "China's embassy in Dushanbe")
    C("killed", "says [two] Chinese citizens", 2, group="Chinese citizens", side=FN)
    C("injured", "killed and [one] injured", 1, group="Chinese citizen", side=FN)
    A("[puts the number]", OS, "Tajikistan's foreign ministry")
    C("injured", "injured at [two]", 2, group="people at the camp")
    D("* [Feb 2, 2026]", "2026-02-02")
    C("injured", "[A] Tajik serviceman is wounded", 1, group="Tajik serviceman", side=SF)
    W("a [landmine]", "mine")
    D("* [Late Nov 2025]", "2025-11-21", "2025-11-30")
    L("from [Afghan territory]", None, "country", "origin", "AF")
    D("* [Aug 9, 2025]", "2025-08-09")
    C("killed", "[Three] Tajik guards", 3, group="Tajik guards", side=SF)
    C("killed", "[one] of them dying", 1, group="guard who died of wounds", side=SF)
    D("[later that day]", "2025-08-09", basis="relative")
    C("killed", "[four] attackers are killed", 4, group="attackers", side=MIL)
    C("detained", "and [one] detained", 1, group="attacker", side=MIL)
    A("Afghan police [say]", OS, "Afghan police")
    W("Tajik [mortar] fire", "mortar")
    C("killed", "fire killed [two] civilians", 2, group="civilians", side=CIV)
    C("injured", "wounded up to [five]", 5, "up_to", group="civilians", side=CIV)
    D("* [March 2025]", "2025-03-01", "2025-03-31")
    C("killed", "[Two] border guards are killed", 2, group="border guards", side=SF)
    A("Border Troops [say]", OS, BT)
    C("killed", "say [five] smugglers", 5, group="drug smugglers")
    D("* [Oct 31, 2024]", "2024-10-31")
    C("killed", "[One] suspected smuggler", 1, group="suspected smuggler")
    C("detained", "and [four] people are detained", 4, group="suspected smugglers")


@spec("eval_zza07_defence_ministry_briefing.txt")
def _zza07():  # published 2026-02-16 (Monday)
    MOD = "Ministry of Defence of Tajikistan"
    SPOX = "Colonel Davron Sharipov, defence ministry spokesman"
    SKIP("Ministry of Defence of Tajikistan")
    A("[released] the following", OS, MOD)
    D("briefing on [Monday]", "2026-02-16")
    D("[16 February 2026], as of", "2026-02-16", basis="dateline")
    D("[Over the past day]", "2026-02-15", "2026-02-16", basis="relative")
    W("an [unmanned aerial vehicle]", "drone")
    L("from the [Afghan bank]", None, "country", "origin", "AF")
    W("The [UAV] was", "drone")
    W("[improvised explosive device]", "explosives")
    C("injured", "[No one] was hurt", 0)
    D("[the night of 14 to 15 February]", "2026-02-14", "2026-02-15", tod="night")
    C("killed", "[one] serviceman of the Border Troops", 1, group="Border Troops serviceman", side=SF)
    C("injured", "and [two] sustained", 2, group="Border Troops servicemen", side=SF)
    D("On [15 February], Private", "2026-02-15")
    C("killed", "Rahimov, [one] of the wounded", 1, group="wounded serviceman (died)", side=SF)
    C("killed", "[Two] armed violators", 2, group="armed violators", side=MIL)
    A("[Reports circulated]", REP, "social networks")
    C("killed", "\"[dozens] of dead", None, "unspecified", group="servicemen (denied)", side=SF, low=24)
    A("are [not true]", DEN, MOD)
    D("since [1 February]", "2026-02-01")
    W("7 [UAVs]", "drone")
    C("killed", "[2] servicemen have been killed", 2, group="servicemen (since 1 February)", side=SF)
    C("injured", "killed and [2] wounded", 2, group="servicemen (since 1 February)", side=SF)
    D("On [2 February]", "2026-02-02")
    C("injured", "February [one] serviceman was wounded", 1, group="serviceman", side=SF)
    W("[anti-personnel mine]", "mine")
    A("Sharipov, [said]", OS, SPOX)
    A("settlements,\" he [said]", OS, SPOX)


@spec("eval_zza08_foreign_agency_english.txt")
def _zza08():  # no header; dateline February 14 = Saturday 2026-02-14
    EMB = "the Chinese embassy in Dushanbe"
    SRC = "a source in the local law enforcement agencies"
    C("killed", "[Two] Chinese nationals killed", 2, group="Chinese nationals", side=FN)
    L("[DUSHANBE], February 14", "TJ-DU", "town")
    D("DUSHANBE, [February 14]", "2026-02-14", basis="dateline")
    C("killed", "[Two] citizens of the People's", 2, group="Chinese citizens", side=FN)
    C("injured", "and [one] more was injured", 1, group="Chinese citizen", side=FN)
    W("an [unmanned aerial vehicle]", "drone")
    D("region on [Friday]", "2026-02-13")
    A("embassy in Dushanbe [said]", OS, EMB)
    D("\"On [13 February]", "2026-02-13")
    W("using a [drone]", "drone")
    L("territory of [Afghanistan] against", None, "country", "origin", "AF")
    C("killed", "[Two] Chinese citizens lost", 2, group="Chinese citizens", side=FN)
    C("injured", "lives, [one] was injured", 1, group="Chinese citizen", side=FN)
    A("the embassy [said] in a statement", OS, EMB)
    D("website on [Saturday]", "2026-02-14")
    A("It [urged]", OS, EMB)
    A("Ministry [confirmed]", OS, "the Tajik Foreign Ministry")
    C("killed", "said [two] Chinese workers", 2, group="Chinese workers", side=FN)
    C("injured", "and [two] people injured", 2, group="people at the camp")
    C("injured", "injured, [one] of them a local driver", 1, group="local driver", side=CIV)
    A("Qalaikhumb, the ministry [said]", OS, "the Tajik Foreign Ministry")
    A("agencies [told] Sever-Inform", REP, SRC)
    W("the [drone] had flown", "drone")
    L("from [Khwahan] district", "AF-BDS", "district", "origin")
    L("of [Afghanistan]'s Badakhshan", None, "country", "origin", "AF")
    L("Afghanistan's [Badakhshan] province", "AF-BDS", "region", "origin")
    W("an [explosive charge]", "explosives")
    X("about [3 km]", 3, "km", None, "about")
    A("the source [said]", REP, SRC)
    A("Badakhshan [said] on Saturday", DEN, "the Taliban-controlled administration of Badakhshan")
    D("said on [Saturday] it", "2026-02-14")
    W("about [drones] being", "drone")
    D("in [late November 2025]", "2025-11-21", "2025-11-30")
    A("Beijing [urged]", OS, "the Chinese government (Beijing)")
    X("about [1,340 km]", 1340, "km", "TJ-AF border", "about")


@spec("eval_zza09_osce_statement.txt")
def _zza09():  # published 2026-02-18 (Wednesday)
    HEAD = "Ambassador Marta Kovalenko, Head of the OSCE Programme Office in Dushanbe"
    SKIP("OSCE Programme Office in Dushanbe")
    L("[DUSHANBE], 18 February", "TJ-DU", "town")
    D("DUSHANBE, [18 February 2026]", "2026-02-18", basis="dateline")
    D("Kovalenko, [today]", "2026-02-18", basis="relative")
    A("today [expressed]", OS, HEAD)
    A("[According to] information provided", OS, "the Tajik authorities")
    C("killed", "at least [four] people", 4, "at_least", group="civilians and servicemen")
    D("since [13 February]", "2026-02-13")
    C("killed", "[two] of them foreign nationals", 2, group="foreign nationals", side=FN)
    C("injured", "and [several] others", None, "unspecified", group="people in the border areas", low=3)
    A("[said] Ambassador Kovalenko", OS, HEAD)
    A("also [noted]", OS, HEAD)
    A("noted [reports]", REP, "unattributed reports")
    C("missing", "that [two] fishermen", 2, group="fishermen from Shamsiddin Shohin", side=CIV)
    D("since [the night of 14 to 15 February]", "2026-02-14", "2026-02-15", tod="night")
    A("She [called on]", OS, HEAD)
    X("more than [1,300-kilometre]", 1300, "kilometre", "TJ-AF border", "more_than")


@spec("eval_zza10_red_cross_update.txt")
def _zza10():  # published 2026-02-20 (Friday)
    ARCS = "the Afghan Red Crescent Society in Badakhshan"
    D("Dushanbe, [20 February 2026]", "2026-02-20", basis="dateline")
    D("Since [13 February], armed", "2026-02-13")
    SKIP("Red Crescent Society of Tajikistan")
    D("FIGURES, [13-19 FEBRUARY]", "2026-02-13", "2026-02-19")
    C("injured", "- [11] weapon-wounded", 11, group="weapon-wounded patients")
    C("killed", "[2] of them died", 2, group="weapon-wounded patients who died")
    C("killed", "- [2] bodies", 2, group="bodies handed over across the border")
    C("injured", "were [4] civilians", 4, group="civilian patients", side=CIV)
    C("injured", "civilians, [two] of them children", 2, group="children", side=CIV)
    D("shifts since [the night of 14 to 15 February]", "2026-02-14", "2026-02-15", tod="night")
    C("missing", "[Two] fishermen", 2, group="fishermen from Shamsiddin Shohin", side=CIV)
    D("since [that night]", "2026-02-14", "2026-02-15", basis="relative", tod="night")
    C("detained", "[Three] Afghan men", 3, group="Afghan men")
    D("on [18 February]", "2026-02-18")
    L("IN [AFGHANISTAN]", None, "country", country="AF")
    A("Badakhshan [said] it had", REP, ARCS)
    C("injured", "aid to [7] people", 7, group="people wounded in Darwaz")
    D("district since [13 February]", "2026-02-13")
    C("missing", "that [one] man was still missing", 1, group="man in Darwaz", side=CIV)


@spec("eval_zza11_drug_agency_message.txt")
def _zza11():  # no header; issue line Dushanbe, 1 November 2024 (Friday)
    DCA = "Drug Control Agency of Tajikistan"
    C("killed", "[one] smuggler killed", 1, group="smuggler")
    C("detained", "[four] detained in Farkhor", 4, group="suspected smugglers")
    SKIP("President of the Republic of Tajikistan")
    D("Dushanbe, [1 November 2024]", "2024-11-01", basis="dateline")
    D("[Yesterday, 31 October 2024]", "2024-10-31")
    L("border from [Afghanistan]", None, "country", "origin", "AF")
    C("killed", "[one] of the smugglers", 1, group="smuggler, a citizen of Afghanistan")
    C("detained", "[Three] citizens of Afghanistan", 3, group="citizens of Afghanistan")
    C("detained", "and [one] citizen of the Republic", 1, group="citizen of Tajikistan")
    L("citizen of the [Republic of Tajikistan]", None, "country", country="TJ")
    C("injured", "[No one] among the personnel", 0, group="operational group personnel", side=SF)
    W("[Kalashnikov assault rifle]", "small_arms")
    W("two [pistols]", "firearms")
    W("a [hand grenade]", "grenade")
    D("[since the beginning of the year]", "2024-01-01", "2024-11-01", basis="relative")
    C("detained", "detained [47] persons", 47, group="persons detained for drug trafficking in 2024")
    C("detained", "including [12] citizens", 12, group="citizens of Afghanistan")
    A("[According to the Agency]", OS, DCA)


@spec("eval_zza12_embassy_alert.txt")
def _zza12():  # published 2026-02-15 (Sunday)
    SKIP("U.S. Embassy Dushanbe")
    D("[February 15, 2026]", "2026-02-15", basis="dateline")
    L("Oblast ([GBAO])", "TJ-GB", "region")
    L("Farkhor, [Panj], Darvoz", "TJ-KT", "district")
    A("aware of [reports]", REP, "unattributed reports")
    D("On [February 13]", "2026-02-13")
    W("a [drone] attack", "drone")
    C("killed", "killed [two] foreign nationals", 2, group="foreign nationals", side=FN)
    C("injured", "at least [one] other person", 1, "at_least")
    A("Local media [report]", REP, "local media")
    D("overnight [February 14-15]", "2026-02-14", "2026-02-15", tod="night")
    A("authorities have [said]", OS, "Tajik authorities")
    C("killed", "that [one] Tajik serviceman", 1, group="Tajik serviceman", side=SF)
    C("injured", "[No] U.S. citizens", 0, group="U.S. citizens", side=FN)
    A("Tajikistan [advises] against", OS, "the U.S. Department of State (Travel Advisory)")
    X("within [20 kilometers]", 20, "kilometers", None, "up_to")
    X("([12 miles])", 12, "miles", None, "up_to")
    L("the [Afghan border]", None, "border")
    L("are in [GBAO]", "TJ-GB", "region")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zza*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
