"""Build benchmarks/eval/set_y/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set Y lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_y/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

Set Y also writes the optional fields of the shared README that set T leaves out: casualty
``low``/``high``/``group``/``side``, date ``basis`` (and ``time_of_day``/``note`` where given) and
location ``country``. They are added by thin wrappers (C, DT, LO) and, for the automatic gazetteer
locations, by a pass over the written file.

    .venv/bin/python benchmarks/eval/set_y/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_y/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

SF, CIV, MIL = "security_forces", "civilian", "militants"


def C(kind, ctx, value, q="exact", side=None, group=None, low=None, nth=None):
    """Casualty claim with the shared README's low/high bounds, group and side."""
    rec = K(kind, ctx, value, q, nth=nth)
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


def DT(ctx, basis, norm, end=None, tod=None, note=None, nth=None):
    """Date with its basis (explicit, weekday, relative, dateline) and optional time of day / note."""
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = D(ctx, norm, end, nth=nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    if note:
        rec["note"] = note
    return rec


def LO(ctx, code, prec, country, role="place", nth=None):
    rec = L(ctx, code, prec, role=role, nth=nth)
    rec["country"] = country
    return rec


def add_country(path: Path) -> None:
    """Give every location without an explicit ``country`` the one implied by its admin1 code or name."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if c["kind"] == "location" and "country" not in c:
            code, name = c["admin1_code"], c["anchor"]
            if code:
                c["country"] = code[:2]
            elif c["precision"] == "border":
                c["country"] = None
            elif "Tajikistan" in name:
                c["country"] = "TJ"
            elif "Afghanistan" in name:
                c["country"] = "AF"
            else:
                raise AssertionError(c)
        out.append(json.dumps(c, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_y/README.md. One fictional event runs through the set: the attack on the outpost near
# Namadgut (Ishkoshim, GBAO) before dawn on Tuesday 15 April 2025.
# --------------------------------------------------------------------------------------------------
GKNB = "Tajikistan's State Committee for National Security"
TAL_BDS = "Taliban provincial authorities in Badakhshan"
MFA = "Tajik foreign ministry (spokeswoman Shahlo Nuriddinova)"


@spec("eval_y01_agency_first_report.txt")
def _y01():  # published Tue 2025-04-15; attack before dawn the same day
    C("killed", "[Two] Tajik border guards killed in", 2, side=SF, group="Tajik border guards")
    LO("attack from [Afghanistan], officials", None, "country", "AF", role="origin")
    LO("[KHORUGH], Tajikistan, April 15", "TJ-GB", "town", "TJ")
    DT("Tajikistan, [April 15]", "dateline", "2025-04-15")
    C("killed", "[Two] Tajik border guards were killed", 2, side=SF, group="Tajik border guards")
    C("injured", "killed and [three] wounded", 3, side=SF, group="Tajik border guards")
    LO("river from [Afghanistan] before", None, "country", "AF", role="origin")
    DT("before dawn on [Tuesday]", "weekday", "2025-04-15", tod="before dawn")
    A("Tajik authorities [said]", OS, "Tajik authorities")
    A("Border Troops, [said] the attackers", OS, GKNB)
    W("[automatic rifles]", "small_arms")
    W("[rocket-propelled grenades]", "rpg")
    C("killed", "\"At least [three] of the violators", 3, "at_least", side=MIL, group="attackers")
    A("the committee [said] in a statement", OS, GKNB)
    C("injured", "[No] civilians were hurt", 0, side=CIV, group="civilians")
    A("hurt, it [added]", OS, GKNB)
    A("health official [told]", REP, "an unnamed regional health official")
    A("across the river, [said] he had", DEN, "a spokesman for the Taliban provincial police in Badakhshan")
    LO("crossing\" from [Eshkashem] district", "AF-BDS", "district", "AF", role="origin")
    P("a village of [about 1,500 people]", 1500)
    A("people, [said] the shooting", REP, "residents of Namadgut")
    A("One resident [said]", REP, "a resident of Namadgut")
    C("missing", "[a shepherd] who had been grazing", 1, side=CIV, group="shepherd")
    X("a [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    DT("in [November 2022]", "explicit", "2022-11-01", "2022-11-30")
    C("killed", "killed [two] border guards", 2, side=SF, group="border guards (Darvoz, 2022)")


@spec("eval_y02_agency_followup.txt")
def _y02():  # published Wed 2025-04-16
    C("killed", "rises to [three] as", 3, side=SF, group="Tajik border guards")
    LO("[KHORUGH], Tajikistan, April 16", "TJ-GB", "town", "TJ")
    DT("Tajikistan, [April 16]", "dateline", "2025-04-16")
    C("killed", "[A third] Tajik border guard", 1, side=SF, group="Tajik border guard")
    LO("on the [Afghan border]", None, "border", None)
    A("Tajik authorities [said] on Wednesday", OS, "Tajik authorities")
    DT("said on [Wednesday], as", "weekday", "2025-04-16")
    A("the Taliban [denied]", DEN, "the Taliban")
    DT("late on [Tuesday]", "weekday", "2025-04-15", tod="late evening")
    A("National Security [said], raising", OS, GKNB)
    C("killed", "among the troops to [three]", 3, side=SF, group="Tajik troops")
    C("injured", "[Two] other servicemen", 2, side=SF, group="Tajik servicemen")
    A("The committee [said] the number", OS, GKNB)
    C("killed", "risen to [four]", 4, side=MIL, group="attackers")
    C("killed", "from \"at least [three]\"", 3, "at_least", side=MIL, group="attackers (earlier figure)")
    DT("it gave [the day before]", "relative", "2025-04-15")
    A("It [said] one man", OS, GKNB)
    C("detained", "[one] man had been detained", 1, side=MIL, group="attacker, Afghan citizen")
    A("Residents of Namadgut [said]", REP, "residents of Namadgut")
    C("missing", "[a shepherd] who went missing", 1, side=CIV, group="shepherd")
    C("killed", "[a shepherd] who went missing", 1, side=CIV, group="shepherd")
    DT("on [Tuesday afternoon]", "weekday", "2025-04-15", tod="afternoon")
    C("injured", "teenage [nephew]", 1, side=CIV, group="shepherd's nephew")
    A("[confirmed] the shepherd's death", REP, "a local official speaking anonymously")
    A("statement again [said]", OS, GKNB)
    C("injured", "said [no] civilians had been hurt", 0, side=CIV, group="civilians")
    A("[rejected] the Tajik account", DEN, "Mawlawi Abdul Basir Rasikh, spokesman for the Badakhshan governor")
    A("the Tajik [account]", OS, "Tajik authorities")
    LO("crossed from [Eshkashem]", "AF-BDS", "district", "AF", role="origin")
    LO("from the [Tajik side]", None, "country", "TJ", role="origin")
    C("injured", "and [two] of our villagers", 2, side=CIV, group="Afghan villagers")
    A("he [told] Meridian", DEN, "Mawlawi Abdul Basir Rasikh, spokesman for the Badakhshan governor")
    A("He [said] none", OS, "Mawlawi Abdul Basir Rasikh, spokesman for the Badakhshan governor")
    C("killed", "said [none] of the Taliban's", 0, side=SF, group="Taliban guards")
    DT("before dawn on [Tuesday] was", "weekday", "2025-04-15", tod="before dawn")
    DT("since [November 2022]", "explicit", "2022-11-01", "2022-11-30")
    C("killed", "when [two] guards died", 2, side=SF, group="guards (Darvoz, 2022)")


@spec("eval_y03_broadcaster_explainer.txt")
def _y03():  # published Thu 2025-04-17
    DT("Before dawn on [Tuesday], a group", "weekday", "2025-04-15", tod="before dawn")
    A("Tajik officials [say] the attackers", OS, "Tajik officials")
    W("[Kalashnikovs]", "small_arms")
    W("[grenade launchers]", "rpg")
    LO("came from [Afghanistan]'s", None, "country", "AF", role="origin")
    LO("Afghanistan's [Eshkashem] district, directly", "AF-BDS", "district", "AF", role="origin")
    C("killed", "guards: [three] killed", 3, side=SF, group="Tajik border guards")
    A("[according to] the State Committee", OS, GKNB)
    C("killed", "[Two] died at the outpost", 2, side=SF, group="border guards at the outpost")
    C("killed", "and [a third] in hospital", 1, side=SF, group="border guard, in hospital")
    DT("on [Tuesday night]", "weekday", "2025-04-15", tod="night")
    C("killed", "Attackers: [four] killed", 4, side=MIL, group="attackers")
    C("detained", "and [one] captured", 1, side=MIL, group="attacker")
    A("captured, the committee [says]", OS, GKNB)
    DT("On [Tuesday] it had", "weekday", "2025-04-15")
    A("it [had spoken] of", OS, GKNB)
    C("killed", "\"at least [three]\" dead", 3, "at_least", side=MIL, group="attackers (earlier figure)")
    A("Civilians: the committee [says]", OS, GKNB)
    C("injured", "says [none] were hurt", 0, side=CIV, group="civilians")
    A("Namadgut [told] us", REP, "villagers in Namadgut")
    C("killed", "told us [a 58-year-old shepherd]", 1, side=CIV, group="shepherd")
    C("injured", "his [nephew] wounded", 1, side=CIV, group="shepherd's nephew")
    A("the Taliban [say] two", OS, "the Taliban")
    C("injured", "say [two] villagers", 2, side=CIV, group="Afghan villagers in Eshkashem")
    A("The Taliban [insist]", DEN, "the Taliban")
    X("the [1,344km] border", 1344, "km", "TJ-AF border")
    DT("in [November 2022]", "explicit", "2022-11-01", "2022-11-30")
    C("killed", "when [two] border guards", 2, side=SF, group="border guards (Darvoz, 2022)")
    DT("In [August 2024]", "explicit", "2024-08-01", "2024-08-31")
    W("a [drone] attack", "drone")
    C("killed", "killed [a road worker]", 1, side=CIV, group="road worker")
    LO("The bridge at [Ishkoshim]", "TJ-GB", "site", "TJ")
    DT("closed since [Wednesday]", "weekday", "2025-04-16")


@spec("eval_y04_feature_guard_family.txt")
def _y04():  # no header; byline date Sun 2025-04-20 is the reference date
    DT("[Sunday 20 April 2025]", "dateline", "2025-04-20")
    DT("On [Wednesday morning]", "weekday", "2025-04-16", tod="morning")
    C("injured", "one of [three] guards wounded", 3, side=SF, group="border guards")
    DT("before dawn [last Tuesday]", "weekday", "2025-04-15", tod="before dawn")
    C("killed", "[Two] of his comrades", 2, side=SF, group="border guards")
    C("killed", "[A third], the outpost's", 1, side=SF, group="deputy commander")
    DT("[the following night]", "relative", "2025-04-15", tod="night")
    A("nothing more,\" Rahimova [said]", REP, "Gulchehra Rahimova, mother of a wounded guard")
    C("killed", "news that [three] boys", 3, side=SF, group="border guards")
    DT("called up in [November]", "explicit", "2024-11-01", "2024-11-30")
    DT("Gorno-Badakhshan in [February]", "explicit", "2025-02-01", "2025-02-28")
    A("Doctors [say]", REP, "doctors")
    A("[according to] a nurse", REP, "an unnamed nurse")
    A("The [official figures]", OS, GKNB)
    DT("changed since [Wednesday]", "weekday", "2025-04-16")
    C("killed", "Wednesday: [three] guards", 3, side=SF, group="border guards")
    C("killed", "and [four] attackers killed", 4, side=MIL, group="attackers")
    C("detained", "[one] attacker detained", 1, side=MIL, group="attacker")
    C("injured", "[no] civilians hurt", 0, side=CIV, group="civilians")
    A("villagers [say] otherwise", DEN, "villagers in Namadgut")
    C("killed", "They buried [a shepherd]", 1, side=CIV, group="shepherd")
    DT("Qurbonov, on [Wednesday]", "weekday", "2025-04-16")
    A("and [say] his nephew", REP, "villagers in Namadgut")
    C("injured", "his [nephew] was treated", 1, side=CIV, group="shepherd's nephew")
    A("crying now,\" she [said]", REP, "Gulchehra Rahimova")
    DT("On [Saturday] she", "weekday", "2025-04-19")
    A("next time, she [said]", REP, "Gulchehra Rahimova")


@spec("eval_y05_dispatch_khorugh.txt")
def _y05():  # published Sat 2025-04-19
    P("a town of [about 30,000 people]", 30000)
    DT("[Since Tuesday] it has", "weekday", "2025-04-15")
    DT("By [Thursday evening]", "weekday", "2025-04-17", tod="evening")
    C("killed", "that [ten] guards had died", 10, side=SF, group="border guards (rumour)")
    X("[110 kilometres] to the south", 110, "kilometres")
    A("Officials in Dushanbe [have held to]", OS, "Tajik officials")
    C("killed", "held to [three]", 3, side=SF, group="border guards")
    C("killed", "They say [three]", 3, side=SF, group="border guards (officials, as quoted)")
    C("killed", "people here say [ten]", 10, side=SF, group="border guards (local talk)")
    A("[said] one driver", REP, "Alisher, a taxi driver in Khorugh")
    DT("Before dawn on [Tuesday] men", "weekday", "2025-04-15", tod="before dawn")
    C("killed", "[Two] guards died in the firefight", 2, side=SF, group="border guards")
    C("killed", "and [a third] in hospital", 1, side=SF, group="border guard")
    A("National Security [says]", OS, GKNB)
    C("killed", "says [four] attackers", 4, side=MIL, group="attackers")
    C("detained", "and [one] detained", 1, side=MIL, group="attacker")
    DT("I spent [Friday]", "weekday", "2025-04-18")
    A("who, they [say], was killed", REP, "residents of Namadgut")
    C("killed", "grave of [a shepherd]", 1, side=CIV, group="shepherd")
    C("injured", "[a 16-year-old boy] who was wounded", 1, side=CIV, group="boy")
    A("visited them, they [said]", REP, "residents of Namadgut")
    A("[told] a colleague", DEN, "Taliban officials in Eshkashem")
    DT("by telephone on [Wednesday]", "weekday", "2025-04-16")
    C("injured", "that [two] of their villagers", 2, side=CIV, group="Afghan villagers")
    LO("from the [Tajik bank]", None, "country", "TJ", role="origin")
    LO("from Khorugh to [Ishkoshim]", "TJ-GB", "town", "TJ")
    DT("reopened on [Thursday]", "weekday", "2025-04-17")
    A("Shonazarova, [said]", REP, "Zarina Shonazarova, a trader from Ishkoshim")
    A("until when,\" she [said]", REP, "Zarina Shonazarova, a trader from Ishkoshim")
    P("home to [about 220,000 people]", 220000)


@spec("eval_y06_obituary_officer.txt")
def _y06():  # published Mon 2025-04-21
    C("killed", "[the third] of its men", 1, side=SF, group="deputy commander Farhod Nazarov")
    DT("before dawn on [15 April]", "explicit", "2025-04-15", tod="before dawn")
    A("[according to] the account", OS, GKNB)
    DT("died [that night]", "relative", "2025-04-15", tod="night")
    C("killed", "[Two] of his men", 2, side=SF, group="border guards")
    DT("in [March 2021]", "explicit", "2021-03-01", "2021-03-31")
    C("killed", "in which [one] guard died", 1, side=SF, group="border guard (2021 ambush)")
    C("injured", "and [two] were wounded", 2, side=SF, group="border guards (2021 ambush)")
    A("behind,\" [said] Major", OS, "Major Rustam Alimov")
    A("The committee [says] four", OS, GKNB)
    C("killed", "says [four] of the attackers", 4, side=MIL, group="attackers")
    C("detained", "and [a fifth] was captured", 1, side=MIL, group="attacker")
    A("have [denied]", DEN, "officials in Afghanistan")
    A("residents of Namadgut [say]", REP, "residents of Namadgut")
    C("killed", "[a civilian shepherd]", 1, side=CIV, group="shepherd")
    DT("Kulob on [17 April]", "explicit", "2025-04-17")


@spec("eval_y07_editorial.txt")
def _y07():  # published Tue 2025-04-22
    DT("[A week ago today]", "relative", "2025-04-15")
    C("killed", "[Three] Tajik guards are dead", 3, side=SF, group="Tajik border guards")
    A("by [the government's account]", OS, "the Tajik government")
    C("killed", "are [four] of the attackers", 4, side=MIL, group="attackers")
    A("committee [insists]", OS, GKNB)
    C("injured", "that [no] civilians were hurt", 0, side=CIV, group="civilians")
    A("Villagers in Namadgut [say]", REP, "villagers in Namadgut")
    C("killed", "[a shepherd] was killed", 1, side=CIV, group="shepherd")
    C("injured", "and [a boy] wounded", 1, side=CIV, group="boy")
    A("for their part, [say]", OS, "the Taliban")
    C("injured", "that [two] Afghan villagers", 2, side=CIV, group="Afghan villagers")
    A("They [deny]", DEN, "the Taliban")
    LO("crossed from [Eshkashem]", "AF-BDS", "district", "AF", role="origin")
    DT("in [August 2021]", "explicit", "2021-08-01", "2021-08-31")
    X("the [1,344km] frontier", 1344, "km", "TJ-AF border")
    DT("In [November 2022]", "explicit", "2022-11-01", "2022-11-30")
    C("killed", "when [two] guards died", 2, side=SF, group="guards (Darvoz, 2022)")
    A("official statement [said] one", OS, "Tajik authorities (first statement, 2022)")
    C("killed", "statement said [one]", 1, side=SF, group="guards (Darvoz, 2022; first official figure)")
    DT("[Last Thursday]", "weekday", "2025-04-17")
    A("[promised]", OS, "Tajik foreign ministry")
    C("killed", "count [four] dead attackers", 4, side=MIL, group="attackers")
    C("killed", "count [one] dead shepherd", 1, side=CIV, group="shepherd")


@spec("eval_y08_foreign_ministry_briefing.txt")
def _y08():  # published Thu 2025-04-17
    A("Tajikistan [rejects]", DEN, "Tajik foreign ministry")
    A("Taliban [account] of border", OS, "the Taliban")
    LO("[DUSHANBE] - Tajikistan's", "TJ-DU", "town", "TJ")
    DT("ministry on [Thursday] rejected", "weekday", "2025-04-17")
    A("[rejected] Taliban claims", DEN, "Tajik foreign ministry")
    A("Taliban [claims]", OS, "the Taliban")
    DT("into [Tuesday's] attack", "weekday", "2025-04-15")
    A("The statement [said], in part", OS, MFA)
    DT("In the early hours of [15 April]", "explicit", "2025-04-15", tod="early hours")
    LO("the [Republic of Tajikistan] from", None, "country", "TJ")
    LO("from the territory of [Afghanistan], in the area", None, "country", "AF", role="origin")
    LO("area of [Eshkashem] district", "AF-BDS", "district", "AF", role="origin")
    SKIP("Ishkoshim detachment")
    C("killed", "[Three] servicemen of the Border", 3, side=SF, group="Tajik servicemen")
    C("injured", "[Two] servicemen were wounded", 2, side=SF, group="Tajik servicemen")
    C("killed", "\"[Four] members", 4, side=MIL, group="members of the armed group")
    C("detained", "[One] was detained", 1, side=MIL, group="member of the armed group")
    C("injured", "that [two] Afghan civilians", 2, side=CIV, group="Afghan civilians (denied)")
    A("any village,\" she [said]", DEN, MFA)
    C("killed", "There were [no civilian casualties]", 0, side=CIV, group="civilians")
    C("injured", "There were [no civilian casualties]", 0, side=CIV, group="civilians")
    A("she [added]", OS, MFA)
    A("residents of Namadgut [say]", REP, "residents of Namadgut")
    C("killed", "about [a shepherd] who", 1, side=CIV, group="shepherd")
    A("Nuriddinova [said] the case", OS, MFA)
    A("She [said] Dushanbe", OS, MFA)
    DT("in Kabul on [Wednesday]", "weekday", "2025-04-16")


@spec("eval_y09_podcast_transcript.txt")
def _y09():  # no header; "Recorded Wednesday 23 April 2025" is the reference date
    DT("Recorded [Wednesday 23 April 2025]", "dateline", "2025-04-23")
    C("killed", "is [three] guards dead", 3, side=SF, group="Tajik border guards")
    C("killed", "dead: [two] at the outpost", 2, side=SF, group="border guards at the outpost")
    DT("outpost on [the fifteenth]", "explicit", "2025-04-15")
    C("killed", "[one] in hospital", 1, side=SF, group="border guard, in hospital")
    DT("Dushanbe [that night]", "relative", "2025-04-15", tod="night")
    C("injured", "[Two] more wounded", 2, side=SF, group="Tajik border guards")
    C("killed", "[Four] attackers killed", 4, side=MIL, group="attackers")
    C("detained", "[one] captured", 1, side=MIL, group="attacker")
    DT("since [the day after the attack]", "relative", "2025-04-16")
    A("The villagers [say]", REP, "villagers in Namadgut")
    C("killed", "say [one] civilian was killed", 1, side=CIV, group="civilian (shepherd)")
    C("injured", "and [one] wounded, a boy", 1, side=CIV, group="boy")
    DT("family on [Monday]", "weekday", "2025-04-21")
    A("he [said] the same", REP, "a cousin of the shepherd's family")
    A("It just [says]", OS, "the Tajik government")
    C("injured", "says [no] civilians", 0, side=CIV, group="civilians")
    A("Badakhshan [say]", OS, TAL_BDS)
    C("injured", "say [two] of their villagers", 2, side=CIV, group="Afghan villagers")
    A("They also [say] nobody", DEN, TAL_BDS)
    A("channels were [saying]", REP, "Telegram channels")
    C("killed", "saying [a dozen]", 12, side=SF, group="guards (Telegram claim)")
    DT("on [the day of the attack]", "relative", "2025-04-15")
    A("a post [saying]", REP, "a Telegram post")
    C("killed", "saying [twelve] guards", 12, side=SF, group="guards (deleted post)")
    A("it [was deleted]", RET, "a Telegram post")
    A("I [counted]", REP, "Davron Kholov, researcher")
    C("killed", "counted [nine] people", 9, group="people killed along the Panj in 2023, mostly smugglers")


@spec("eval_y10_letters_figures.txt")
def _y10():  # published Thu 2025-04-24
    DT("Nazarov ([21 April])", "explicit", "2025-04-21")
    A("National Security [says]", OS, GKNB)
    C("killed", "says [three] guards", 3, side=SF, group="border guards")
    DT("at Namadgut on [15 April]", "explicit", "2025-04-15")
    A("Friends in Khorugh [tell] me", REP, "friends of a letter writer in Khorugh")
    C("killed", "at least [five] servicemen", 5, "at_least", side=SF, group="servicemen")
    A("Your obituary also [said]", REP, "The Daily Ledger's obituary")
    C("killed", "said that [four] attackers", 4, side=MIL, group="attackers")
    C("detained", "and [a fifth] captured", 1, side=MIL, group="attacker")
    A("Afghan officials have [disputed]", DEN, "Afghan officials")
    DT("Your editorial ([22 April])", "explicit", "2025-04-22")
    A("22 April) [said]", REP, "The Daily Ledger's editorial")
    C("killed", "count [four] dead attackers", 4, side=MIL, group="attackers")
    C("killed", "count [one] dead shepherd", 1, side=CIV, group="shepherd")
    A("Namadgut [tells] me", REP, "a letter writer's cousin in Namadgut")
    C("injured", "me [two] other villagers", 2, side=CIV, group="villagers")
    DT("wounded on [15 April]", "explicit", "2025-04-15")


@spec("eval_y11_longread_background.txt")
def _y11():  # published Fri 2025-05-02
    A("his colleagues [say]", REP, "Davlatov's colleagues")
    DT("before dawn on [15 April]", "explicit", "2025-04-15", tod="before dawn")
    C("killed", "killed [three] guards", 3, side=SF, group="Tajik border guards")
    A("[according to] the Tajik government", OS, "the Tajik government")
    C("killed", "[four] attackers were also killed", 4, side=MIL, group="attackers")
    C("detained", "and [one] was captured", 1, side=MIL, group="attacker")
    A("Villagers [say] a shepherd", REP, "villagers in Namadgut")
    C("killed", "[a shepherd] died too", 1, side=CIV, group="shepherd")
    A("Taliban still [deny]", DEN, "the Taliban")
    LO("attackers came from [Afghanistan]", None, "country", "AF", role="origin")
    X("the [1,344-kilometre] frontier", 1344, "kilometre", "TJ-AF border")
    P("a country of [about 10 million people]", 10_000_000)
    DT("Since [August 2021]", "explicit", "2021-08-01", "2021-08-31")
    C("killed", "at least [27] people", 27, "at_least", group="people killed on the border since August 2021")
    A("[by our count]", REP, "The Long View")
    C("killed", "[11] Tajik servicemen", 11, side=SF, group="Tajik servicemen")
    C("killed", "[9] suspected smugglers", 9, side=MIL, group="suspected smugglers or militants")
    C("killed", "and [7] civilians", 7, side=CIV, group="civilians")
    DT("In [November of that year]", "relative", "2022-11-01", "2022-11-30")
    C("killed", "[two] guards died in a night-long", 2, side=SF, group="guards (Darvoz, 2022)")
    DT("In [July 2023]", "explicit", "2023-07-01", "2023-07-31")
    C("killed", "[three] Afghan men were shot dead", 3, group="Afghan men (fishermen or smugglers)")
    A("Afghan media [said]", REP, "Afghan media")
    A("Tajik officials [said] they had been", OS, "Tajik officials")
    DT("In [August 2024]", "explicit", "2024-08-01", "2024-08-31")
    W("a [drone] strike", "drone")
    C("killed", "killed [a road worker]", 1, side=CIV, group="road worker")
    C("injured", "wounded [two] others", 2, side=CIV, group="road workers")
    A("Tajik officials [said] the drone", OS, "Tajik officials")
    W("the [drone] had been", "drone")
    LO("launched from [Darwaz]", "AF-BDS", "district", "AF", role="origin")
    A("[baseless]", DEN, "the Taliban")
    W("the [rifles]", "small_arms")
    A("retired colonel [told] me", REP, "a retired colonel")


@spec("eval_y12_business_wire_trade.txt")
def _y12():  # published Fri 2025-04-18
    LO("[DUSHANBE], April 18", "TJ-DU", "town", "TJ")
    DT("DUSHANBE, [April 18]", "dateline", "2025-04-18")
    LO("the [Ishkoshim] bridge", "TJ-GB", "site", "TJ")
    A("officials [said] on Friday", OS, "Tajik officials")
    DT("said on [Friday]", "weekday", "2025-04-18")
    DT("took effect on [Wednesday]", "weekday", "2025-04-16")
    DT("followed [Tuesday's] attack", "weekday", "2025-04-15")
    C("killed", "which [three] Tajik guards", 3, side=SF, group="Tajik border guards")
    C("killed", "and [four] attackers were killed", 4, side=MIL, group="attackers")
    A("[according to] the State Committee", OS, GKNB)
    C("injured", "[Two] guards remain", 2, side=SF, group="border guards")
    C("detained", "and [one] attacker was detained", 1, side=MIL, group="attacker")
    A("Residents [say]", REP, "residents of Namadgut")
    C("killed", "[a shepherd] was also killed", 1, side=CIV, group="shepherd")
    A("the committee [says] no", OS, GKNB)
    C("injured", "says [no] civilians were harmed", 0, side=CIV, group="civilians")
    A("The Taliban [say]", OS, "the Taliban")
    C("injured", "say [two] Afghan villagers", 2, side=CIV, group="Afghan villagers")
    A("They [deny]", DEN, "the Taliban")
    LO("the bridge at [Panji Poyon] opposite", "TJ-KT", "site", "TJ")
    X("about [500 kilometres]", 500, "kilometres")
    A("customs official there [said]", REP, "an unnamed customs official at Panji Poyon")
    DT("on [Thursday], against", "weekday", "2025-04-17")
    A("[said] Davlat Nazarbekov", REP, "Davlat Nazarbekov, wholesaler in Khorugh")
    DT("in [August 2024]", "explicit", "2024-08-01", "2024-08-31")
    W("a [drone] strike", "drone")
    C("killed", "killed [one] road worker", 1, side=CIV, group="road worker")
    A("Badakhshan [said]", REP, "Afghan traders in Badakhshan")
    DT("[last year]", "relative", "2024-01-01", "2024-12-31")
    A("[according to] official statistics", OS, "official statistics")


@spec("eval_y13_sports_silence_khorugh.txt")
def _y13():  # no header; byline/dateline Sun 2025-04-27 is the reference date
    DT("Nazirov, [27 April 2025]", "dateline", "2025-04-27")
    LO("[KHORUGH], April 27", "TJ-GB", "town", "TJ")
    DT("KHORUGH, [April 27]", "dateline", "2025-04-27")
    DT("Stadium on [Sunday]", "weekday", "2025-04-27")
    C("killed", "for the [three] border guards", 3, side=SF, group="border guards")
    DT("[earlier this month]", "relative", "2025-04-01", "2025-04-26")
    DT("postponed [last weekend]", "relative", "2025-04-19", "2025-04-20")
    C("injured", "one of [two] guards wounded", 2, side=SF, group="border guards")
    A("who he [said] was walking", REP, "Rustam Shodmonov, goalkeeper")
    DT("Dushanbe on [Friday]", "weekday", "2025-04-25")
    A("Shodmonov [said]", REP, "Rustam Shodmonov, goalkeeper")
    DT("The attack on [15 April]", "explicit", "2025-04-15")
    C("killed", "killed [four] of the attackers", 4, side=MIL, group="attackers")
    C("detained", "and [one] was captured", 1, side=MIL, group="attacker")
    A("[according to] officials", OS, "officials")
    A("Namadgut [say]", REP, "villagers in Namadgut")
    C("killed", "[a shepherd] died", 1, side=CIV, group="shepherd")
    A("The Taliban [deny]", DEN, "the Taliban")
    LO("came from [Afghanistan]", None, "country", "AF", role="origin")
    A("Aliev, [said]", OS, "Faridun Aliev, league spokesman")
    DT("in [November 2022]", "explicit", "2022-11-01", "2022-11-30")
    C("killed", "[two] guards had been killed", 2, side=SF, group="guards (Darvoz, 2022)")
    DT("Attendance on [Sunday]", "weekday", "2025-04-27")


@spec("eval_y14_one_year_on_photo_essay.txt")
def _y14():  # published Wed 2026-04-15, one year after the attack
    DT("[A year ago today]", "relative", "2025-04-15")
    P("a village of [about 1,500 people]", 1500)
    C("killed", "[Three] Tajik guards and", 3, side=SF, group="Tajik border guards")
    C("killed", "and [four] attackers were killed", 4, side=MIL, group="attackers")
    DT("Namadgut, [12 April 2026]", "explicit", "2026-04-12")
    DT("district, on [Saturday]", "weekday", "2026-04-11")
    C("injured", "one of [two] guards who survived", 2, side=SF, group="border guards")
    DT("discharged in [June]", "explicit", "2025-06-01", "2025-06-30")
    A("Villagers [say] he", REP, "villagers in Namadgut")
    DT("on [the morning of the attack]", "relative", "2025-04-15", tod="morning")
    DT("[Last month]", "relative", "2026-03-01", "2026-03-31")
    A("Khorugh [confirmed]", OS, "the prosecutor's office in Khorugh")
    C("killed", "that [a civilian] had died", 1, side=CIV, group="civilian (shepherd)")
    DT("Namadgut, [9 April 2026]", "explicit", "2026-04-09")
    DT("unveiled [last November]", "relative", "2025-11-01", "2025-11-30")
    DT("there on [Monday]", "weekday", "2026-04-13")
    DT("died [a year ago this week]", "relative", "2025-04-15",
       note="the deaths of 15 April 2025, one year before the Wednesday of publication")
    LO("The bridge at [Ishkoshim]", "TJ-GB", "site", "TJ")
    DT("Ishkoshim, on [Tuesday]", "weekday", "2026-04-14")
    DT("reopened in [September]", "explicit", "2025-09-01", "2025-09-30")
    A("Traders [say]", REP, "traders")
    C("injured", "relatives of [two] men", 2, side=CIV, group="Afghan villagers in Eshkashem")
    A("the Taliban [say] were", OS, "the Taliban")
    A("still [denies]", DEN, "the Tajik government")
    C("detained", "[One] attacker was detained", 1, side=MIL, group="attacker, Afghan citizen")
    DT("in [January]", "explicit", "2026-01-01", "2026-01-31")
    C("killed", "[one] more Tajik guard", 1, side=SF, group="Tajik border guard (Darvoz)")
    DT("Darvoz in [February]", "explicit", "2026-02-01", "2026-02-28")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_y*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_country(OUT)
    sys.exit(rc)
