"""Build benchmarks/eval/set_zt/truth.jsonl from the annotation specs below (same format as sets B–T).

Set ZT: regional and local press (12 held-out articles, written blind). Only what is particular to the
set lives here: where its articles are, the ``file`` prefix written into truth, its gazetteer
(set_zt/gazetteer.py: a copy of set T's, i.e. the shared frontier table plus "Tajik-Afghan border") and
its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

On top of set T's fields this builder writes the fields the shared README (../README.md) lists:
casualty ``low``/``high``/``group``/``side``, date ``basis`` (and ``time_of_day`` where the text gives
one) and location ``country``. They are added by thin wrappers around annotate's K/D/L and, for the
gazetteer's automatic locations, by a pass over the written file.

    .venv/bin/python benchmarks/eval/set_zt/build_truth.py
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
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import body_start  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zt/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

# Reference date of the article whose spec is running (header `published`, else the body's dateline).
REF: dt.date | None = None
# Files with a `key: value` header closed by `---`; the others carry their date in the body.
HEADER = {1, 2, 4, 5, 7, 8, 10, 11}

SEC, CIV, MIL = "security_forces", "civilian", "militants"


def ref(iso: str) -> None:
    global REF
    REF = dt.date.fromisoformat(iso)


def K(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    """annotate.K plus low/high (shared README rules), group and side."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: vague word, bound given by the caller (several -> 3, dozens -> 24)
        assert low is not None, rec
        lo, hi = low, None
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", tod=None, nth=None):
    """annotate.D plus basis (explicit, weekday, relative, dateline) and optional time_of_day.

    Every resolved date must lie on or before the article's reference date; a weekday must be the most
    recent such day on or before it (checked again here with datetime).
    """
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    assert REF is not None
    if rec["normalized"] is not None:
        assert dt.date.fromisoformat(rec["normalized_end"]) <= REF, (rec, REF)
    if basis == "weekday":
        d = dt.date.fromisoformat(norm)
        assert 0 <= (REF - d).days < 7, (rec, REF)
    if basis == "dateline":
        assert dt.date.fromisoformat(rec["normalized_end"]) == REF, (rec, REF)
    return rec


def P(ctx, value, q="exact", nth=None):
    """annotate.P plus the qualifier the shared README lists for populations."""
    rec = annotate.P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    """annotate.L plus country (ISO2 from the admin1 code, else as given; null for border features)."""
    rec = annotate.L(ctx, code, prec, role, nth)
    if country is None and code:
        country = code[:2]
    if country is None:
        country = {"Tajikistan": "TJ", "Afghanistan": "AF"}.get(rec["anchor"])
    if prec == "country":
        assert country in ("TJ", "AF"), rec
    rec["country"] = country
    return rec


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# listed in set_zt/README.md (written before any run of the extractor or a scorer; none was run).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zt01_kulob_weekly_mine_navobod.txt")
def _zt01():  # published 2023-05-18 (Thursday); the blast on Tuesday evening, 16 May
    ref("2023-05-18")
    HEAD = "Qurbon Safarov, head of the village (Navobod)"
    SPOK = "a spokesman for the mine action centre in Dushanbe"
    SKIP("By our correspondent in Shamsiddin Shohin")
    K("killed", "kills [a] shepherd", 1, group="shepherd", side=CIV)
    K("injured", "wounds [two] boys", 2, group="boys", side=CIV)
    K("killed", "[A] shepherd was killed", 1, group="shepherd", side=CIV)
    K("injured", "killed and [two] boys", 2, group="boys", side=CIV)
    W("when a [landmine] exploded", "mine")
    W("[Landmine] near", "mine")
    D("on [Tuesday evening]", "2023-05-16", basis="weekday", tod="evening")
    P("a village of some [1,500] people", 1500, "about")
    X("roughly [3 kilometres]", 3, "kilometres")
    A("[told] our newspaper", OS, HEAD)
    A("duty surgeon, [said]", REP, "Dr. Mavjuda Rahimova, duty surgeon at the regional hospital in Kulob")
    D("said on [Wednesday]", "2023-05-17", basis="weekday")
    A("Villagers [say]", REP, "villagers")
    K("injured", "say [three] children", 3, group="children", side=CIV)
    D("home [the same night]", "2023-05-16", basis="relative", tod="night")
    A("administration [counts]", OS, "the district administration")
    K("injured", "counts [two]", 2, group="children", side=CIV)
    A("Safarov [said] the slope", OS, HEAD)
    W("old [mines]", "mine")
    A("animals?\" he [said]", OS, HEAD)
    A("Dushanbe [said]", OS, SPOK)
    D("[Since the beginning of the year]", "2023-01-01", "2023-05-18", basis="relative")
    A("he [said], one other", OS, SPOK)
    K("injured", "[one] other person", 1, group="tractor driver", side=CIV)
    W("by a [mine]", "mine")
    D("Aivaj in [March]", "2023-03-01", "2023-03-31")
    D("buried on [Wednesday]", "2023-05-17", basis="weekday")


@spec("eval_zt02_khorugh_portal_vanj_fishermen.txt")
def _zt02():  # published 2024-07-10 (Wednesday); the men went out on Sunday night, 7 July
    ref("2024-07-10")
    SPOK = "a Border Troops spokesman in Khorugh"
    K("missing", "Vanj: [two] fishermen", 2, group="fishermen", side=CIV)
    K("killed", "body of [a third] recovered", 1, group="fisherman", side=CIV)
    L("[KHORUGH] —", "TJ-GB", "town")
    K("missing", "for [two] men", 2, group="fishermen", side=CIV)
    D("on [Sunday night]", "2024-07-07", basis="weekday", tod="night")
    K("killed", "body of [a third] man", 1, group="fisherman", side=CIV)
    D("found on [Tuesday]", "2024-07-09", basis="weekday")
    X("about [12 kilometres]", 12, "kilometres")
    A("[according to relatives]", REP, "relatives")
    D("[Monday morning]", "2024-07-08", basis="weekday", tod="morning")
    A("[said] the brothers' uncle", REP, "Mamadsho Mamadnazarov, the brothers' uncle")
    A("He [said] men from", REP, "Mamadsho Mamadnazarov, the brothers' uncle")
    A("Khorugh [confirmed]", OS, SPOK)
    K("killed", "that [one] body", 1, group="fisherman", side=CIV)
    K("missing", "that [two] people", 2, group="fishermen", side=CIV)
    A("He [said] guards", OS, SPOK)
    A("water,\" he [said]", OS, SPOK)
    A("named, [said]", REP, "a teacher in the village")
    A("[had told] relatives", REP, "people on the Afghan bank in Nusay")
    K("detained", "that [two] young Tajiks", 2, group="fishermen", side=CIV)
    D("guards on [Monday]", "2024-07-08", basis="weekday")
    D("[Last year]", "2023-01-01", "2023-12-31", basis="relative")
    K("killed", "year [two] people drowned", 2, group="fishermen", side=CIV)
    A("[according to the district emergency committee]", OS, "the Vanj district emergency committee")
    D("[Wednesday morning]", "2024-07-10", basis="weekday", tod="morning")


@spec("eval_zt03_farkhor_district_site_smugglers.txt")
def _zt03():  # no header; page date Saturday 7 September 2024; the crossing on Thursday night, 5 September
    ref("2024-09-07")
    PS = "the press service of the border unit in Farkhor"
    SKIP("Sadoi Farkhor")
    D("[Saturday, 7 September 2024]", "2024-09-07", basis="dateline")
    K("detained", "[Five] detained with", 5, group="smugglers", side=MIL)
    K("killed", "say [a sixth] man", 1, group="smuggler", side=MIL)
    K("detained", "detained [five] men", 5, group="smugglers", side=MIL)
    D("on [Thursday night]", "2024-09-05", basis="weekday", tod="night")
    A("Farkhor [said] on Friday", OS, PS)
    D("said on [Friday]", "2024-09-06", basis="weekday")
    K("detained", "[Four] of the detainees", 4, group="Afghan citizens", side=MIL)
    K("detained", "the [fifth] is a resident", 1, group="resident of Farkhor district", side=MIL)
    A("[according to investigators]", OS, "investigators")
    A("[According to the statement]", OS, PS)
    W("Two [Kalashnikov rifles]", "small_arms")
    W("a [pistol]", "firearms")
    K("injured", "[No] border guards", 0, group="border guards", side=SEC)
    A("the statement [said]", OS, PS)
    A("Dahana [tell] a different story", REP, "residents of Dahana")
    A("people [told]", REP, "residents of Dahana")
    K("killed", "that [a sixth] member", 1, group="smuggler", side=MIL)
    A("[said] a farmer", REP, "a farmer in Dahana")
    A("[put the number]", OS, "the district police")
    K("detained", "detainees at [four]", 4, group="smugglers", side=MIL)
    A("border unit [said]:", DEN, "an official at the border unit")
    K("killed", "\"[Nobody] was killed", 0, group="smugglers", side=MIL)
    K("detained", "[Five] were detained", 5, group="smugglers", side=MIL)
    D("[since the beginning of the year]", "2024-01-01", "2024-09-07", basis="relative")
    D("In [May]", "2024-05-01", "2024-05-31")
    K("detained", "detained [two] men", 2, group="smugglers", side=MIL)
    D("in [July] a smuggler", "2024-07-01", "2024-07-31")
    K("injured", "July [a] smuggler", 1, group="smuggler", side=MIL)
    K("detained", "July [a] smuggler", 1, group="smuggler", side=MIL)


@spec("eval_zt04_radio_transcript_drone_shohin.txt")
def _zt04():  # published 2025-03-05 (Wednesday); the blast late on Monday night, 3 March
    ref("2025-03-05")
    ADM = "the Shamsiddin Shohin district administration"
    D("[Wednesday, 5 March 2025]", "2025-03-05", basis="dateline")
    W("a [drone] has exploded", "drone")
    A("Officials [say]", OS, "officials")
    K("killed", "say [one] soldier", 1, group="border guards", side=SEC)
    D("late on [Monday night]", "2025-03-03", basis="weekday", tod="night")
    A("administration [confirmed]", OS, ADM)
    D("confirmed [yesterday]", "2025-03-04", basis="relative")
    K("killed", "that [one] serviceman", 1, group="border guards", side=SEC)
    K("injured", "killed and [two] were wounded", 2, group="border guards", side=SEC)
    A("channel [wrote]", REP, "a local Telegram channel")
    D("wrote [yesterday afternoon]", "2025-03-04", basis="relative", tod="afternoon")
    K("killed", "that [three] soldiers had died", 3, group="border guards", side=SEC)
    A("also [say]", REP, "people in Navobod")
    K("killed", "say [three] soldiers died", 3, group="border guards", side=SEC)
    D("held [yesterday]", "2025-03-04", basis="relative")
    A("[told] me", DEN, "the head of the district information department")
    D("me [this morning]", "2025-03-05", basis="relative", tod="morning")
    K("killed", "\"Only [one] soldier died", 1, group="border guards", side=SEC)
    K("injured", "The other [two] are", 2, group="border guards", side=SEC)
    A("the [official figure]", OS, ADM)
    K("killed", "is still [one]", 1, group="border guards", side=SEC)
    W("did the [drone] come", "drone")
    A("Residents [say]", REP, "residents")
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    A("have [told] Afghan media", DEN, "Taliban officials in Takhar")
    W("no [drones]", "drone")
    A("administration [says]", OS, ADM)
    K("injured", "says [no] civilians", 0, group="civilians", side=CIV)


@spec("eval_zt05_russian_translated_ryn.txt")
def _zt05():  # published 2022-10-20 (Thursday); the clash on the night of 17 to 18 October
    ref("2022-10-20")
    SRC = "a source in the regional department of the State Committee for National Security"
    HEAD = "Qari Nazar Mohammad, head of Eshkashem district"
    SKIP("Ishkoshim border detachment")
    D("edition of [20 October 2022]", "2022-10-20", basis="dateline")
    L("NEAR [RYN]", "TJ-GB", "village")
    K("killed", "RYN: [ONE] VIOLATOR", 1, group="violators", side=MIL)
    K("detained", "ELIMINATED, [THREE] DETAINED", 3, group="violators", side=MIL)
    D("On [the night of 17 to 18 October]", "2022-10-17", "2022-10-18", tod="night")
    A("[informed] Vesti Pamira", REP, SRC)
    L("territory of [Afghanistan]", None, "country", role="origin")
    K("killed", "battle [one] violator", 1, group="violators", side=MIL)
    K("detained", "and [three] were detained", 3, group="violators", side=MIL)
    K("injured", "[One] of the border guards", 1, group="border guards", side=SEC)
    W("a [Kalashnikov assault rifle]", "small_arms")
    W("two [hand grenades]", "grenade")
    A("Afghan side [gives]", OS, "the Afghan side")
    A("[told] the Afghan agency", OS, HEAD)
    K("killed", "that [two] of them", 2, group="herders", side=CIV)
    K("detained", "\"up to [four]\"", 4, "up_to", group="herders", side=CIV)
    A("He [rejected]", DEN, HEAD)
    A("residents [told]", REP, "residents of Ryn")
    K("killed", "brought [a] body", 1, group="violators", side=MIL)
    A("[said] pensioner", REP, "Gulbahor Sh., a pensioner in Ryn")
    D("district [this year]", "2022-01-01", "2022-10-20", basis="relative")
    D("In [April]", "2022-04-01", "2022-04-30")
    K("detained", "detained [two] Afghan", 2, group="Afghan citizens (smugglers)", side=MIL)
    K("injured", "[no one] was hurt", 0, group="all", side=None)
    A("[According to the regional department]", OS, "the regional department of the State Committee for National Security")
    D("since [January 2022]", "2022-01-01", "2022-01-31")
    K("detained", "detained [19] violators", 19, group="violators", side=MIL)
    K("killed", "killed [four] who", 4, group="violators", side=MIL)


@spec("eval_zt06_telegram_posts_drone_shohin.txt")
def _zt06():  # no header; archive page saved 5 March 2025 (Wednesday); the blast on Monday 3 March
    ref("2025-03-05")
    CH = "Shohin 24/7 (local Telegram channel)"
    ADM = "the district administration"
    D("posts of [4 and 5 March 2025]", "2025-03-04", "2025-03-05")
    D("editors on [5 March 2025]", "2025-03-05", basis="dateline")
    for i in range(5):
        D("\n[4 March], ", "2025-03-04", nth=i)
    for i in range(3):
        D("\n[5 March], ", "2025-03-05", nth=i)
    D("23:00 on [Monday]", "2025-03-03", basis="weekday", tod="night")
    A("Residents [report]", REP, "residents")
    A("[According to our sources]", REP, "the channel's sources")
    W("a [drone] hit", "drone")
    A("Navobod [writes]", REP, "a subscriber from Navobod")
    K("killed", "writes: [three] soldiers", 3, group="border guards", side=SEC)
    K("injured", "at least [four] wounded", 4, "at_least", group="border guards", side=SEC)
    A("administration [confirms]", OS, ADM)
    K("killed", "confirms [one] soldier", 1, group="border guards", side=SEC)
    K("injured", "killed and [two] wounded", 2, group="border guards", side=SEC)
    A("Locals [insist]", REP, "locals")
    D("post [yesterday]", "2025-03-04", basis="relative")
    A("we [wrote]", RET, CH)
    K("killed", "wrote \"[three] soldiers", 3, group="border guards", side=SEC)
    A("administration [says] this", DEN, ADM)
    A("We [have removed]", RET, CH)
    A("[Official figure]", OS, ADM)
    K("killed", "figure: [1] killed", 1, group="border guards", side=SEC)
    K("injured", "killed, [2] wounded", 2, group="border guards", side=SEC)
    A("father [told]", REP, "Umed Saidov's father")
    A("son [say]", REP, "soldiers who served with Umed Saidov")
    K("killed", "say [a second] soldier", 1, group="border guards", side=SEC)
    W("A second [drone]?", "drone")
    A("Navobod [say]", REP, "residents of Navobod")
    D("on [Sunday evening]", "2025-03-02", basis="weekday", tod="evening")
    W("small [drone]", "drone")


@spec("eval_zt07_shkev_community_newsletter.txt")
def _zt07():  # published 2021-11-30 (Tuesday); the ordnance exploded on 15 November, the boy died on 21st
    ref("2021-11-30")
    D("No. 11, [November 2021]", "2021-11-01", "2021-11-30", basis="dateline")
    P("the [640] residents", 640)
    K("killed", "death of [a] pupil", 1, group="schoolboy", side=CIV)
    D("on [21 November]", "2021-11-21")
    D("[six days after]", "2021-11-15", basis="relative")
    W("[unexploded ordnance] that", "explosives")
    K("injured", "[Two] boys were injured", 2, group="boys", side=CIV)
    D("injured [that day]", "2021-11-15", basis="relative")
    A("[told] the council on", OS, "the commander of the border post")
    D("on [24 November]", "2021-11-24")
    W("old [mortar] rounds", "mortar")
    K("missing", "[one] of our herders", 1, group="herder", side=CIV)
    D("in [September]", "2021-09-01", "2021-09-30")
    D("on [18 November]", "2021-11-18")
    K("detained", "one of [three] Tajik herders", 3, group="Tajik herders", side=CIV)
    A("He [told] the council", REP, "Davlatmand Sh., a herder")
    A("[According to the district administration]", OS, "the Darvoz district administration")
    D("[since the beginning of the year]", "2021-01-01", "2021-11-30", basis="relative")
    K("killed", "year [five] residents", 5, group="residents of Darvoz district", side=CIV)
    K("injured", "at least [eleven]", 11, "at_least", group="residents of Darvoz district", side=CIV)
    W("by [mines]", "mine")
    W("and [unexploded ordnance], and", "explosives")
    K("missing", "and [two] people", 2, group="residents of Darvoz district", side=CIV)


@spec("eval_zt08_badakhshan_outlet_nusay_fishermen.txt")
def _zt08():  # published 2024-07-12 (Friday); the men found on Monday morning, 8 July
    ref("2024-07-12")
    FAIZI = "Mawlawi Abdul Wahid Faizi, head of the information department in Nusay"
    TJO = "a Tajik border official"
    SKIP("Badakhshan Mirror")
    L("[FAYZABAD] -", "AF-BDS", "town")
    K("detained", "FAYZABAD - [Two] Tajik men", 2, group="Tajik fishermen", side=CIV)
    D("since [Monday]", "2024-07-08", basis="weekday")
    A("officials [told]", OS, "local officials in Nusay")
    D("on [Thursday]", "2024-07-11", basis="weekday")
    A("Nusay, [said]", OS, FAIZI)
    D("on [Monday morning]", "2024-07-08", basis="weekday", tod="morning")
    A("He [said] they", OS, FAIZI)
    A("Faizi [said].", OS, FAIZI)
    A("[According to Faizi]", OS, FAIZI)
    K("killed", "Faizi, [a third] man", 1, group="Tajik fisherman", side=CIV)
    X("about [10 km]", 10, "km")
    A("Tajik media [reported]", REP, "Tajik media")
    K("killed", "body of [one] fisherman", 1, group="Tajik fisherman", side=CIV)
    D("on [Tuesday]", "2024-07-09", basis="weekday")
    K("missing", "the other [two]", 2, group="Tajik fishermen", side=CIV)
    A("Khorugh, [said]", OS, TJO)
    A("missing,\" he [said]", OS, TJO)
    A("Nusay [said]", REP, "residents of Nusay")
    K("detained", "[Dozens] of Afghan fishermen", None, "unspecified", low=24, group="Afghan fishermen", side=CIV)
    K("detained", "in 2022 [two] were kept", 2, group="Afghan fishermen", side=CIV)
    A("one elder [said]", REP, "an elder in Nusay")
    A("on Friday, [said]", OS, "the provincial spokesman in Badakhshan")
    D("reached on [Friday]", "2024-07-12", basis="weekday")
    L("the [Shighnan] bridge", "AF-BDS", "site")
    D("province [this year]", "2024-01-01", "2024-07-12", basis="relative")
    A("[according to figures collected by this outlet]", REP, "Badakhshan Mirror")
    K("detained", "all, [nine] Tajik", 9, group="Tajik citizens", side=CIV)
    D("since [January]", "2024-01-01", "2024-01-31")


@spec("eval_zt09_takhar_outlet_yangi_qala.txt")
def _zt09():  # no header; dateline Tuesday 13 January 2026; the shooting late on Sunday, 11 January
    ref("2026-01-13")
    POL = "Mawlawi Abdul Mutalib Haqqani, Takhar provincial police spokesman"
    SKIP("Takhar Today")
    K("killed", "Qala: [one] woman dead", 1, group="woman", side=CIV)
    K("injured", "dead, [three] relatives", 3, group="family members", side=CIV)
    L("[TALOQAN], 13", "AF-TAK", "town")
    D("TALOQAN, [13 January 2026]", "2026-01-13", basis="dateline")
    K("killed", "- [A] woman was killed", 1, group="woman", side=CIV)
    K("injured", "and [three] members", 3, group="family members", side=CIV)
    L("the [Amu River]", None, "border")
    D("late on [Sunday]", "2026-01-11", basis="weekday", tod="night")
    A("local officials [said]", OS, "local officials")
    A("Haqqani, [said]", OS, POL)
    L("from the [Tajik side]", None, "country", role="origin", country="TJ")
    A("He [said] the dead", OS, POL)
    K("injured", "that [two] of the wounded", 2, group="children", side=CIV)
    A("published, [said]", REP, "an anonymous doctor at the provincial hospital in Taloqan")
    D("said on [Monday]", "2026-01-12", basis="weekday")
    K("injured", "that [four] patients", 4, group="family members", side=CIV)
    K("injured", "not [three]", 3, group="family members", side=CIV)
    A("[said] Abdul Rauf", REP, "Abdul Rauf, a relative")
    D("[Monday afternoon]", "2026-01-12", basis="weekday", tod="afternoon")
    A("news site [quoted]", REP, "a Tajik regional news site")
    A("[as saying]", DEN, "an unnamed Tajik border official")
    L("from [Tajik territory]", None, "country", role="origin", country="TJ")
    D("on [Sunday night]", "2026-01-11", basis="weekday", tod="night")
    D("[Last week]", "2026-01-06", "2026-01-12", basis="relative")
    K("injured", "week [a] shepherd", 1, group="shepherd", side=CIV)
    A("[according to the district governor's office]", OS, "the Darqad district governor's office")
    D("Since [August 2021]", "2021-08-01", "2021-08-31")
    K("killed", "more than [a dozen]", 12, "more_than", group="Afghan civilians", side=CIV)
    A("[according to a tally]", REP, "Takhar Today")


@spec("eval_zt10_bokhtar_weekly_border_roundup.txt")
def _zt10():  # published 2024-09-12 (Thursday); items from 29 August to 9 September
    ref("2024-09-12")
    PROS = "the Khatlon regional prosecutor's office"
    L("[FARKHOR]. The group", "TJ-KT", "district")
    D("on [the night of 5 September]", "2024-09-05", tod="night")
    A("office [said] on Tuesday", OS, PROS)
    D("said on [Tuesday]", "2024-09-10", basis="weekday")
    K("detained", "that [six] men", 6, group="smugglers", side=MIL)
    K("detained", "not [five]", 5, group="smugglers", side=MIL)
    K("detained", "[a sixth] was picked up", 1, group="smuggler", side=MIL)
    K("injured", "[a sixth] was picked up", 1, group="smuggler", side=MIL)
    D("[the next morning]", "2024-09-06", basis="relative", tod="morning")
    A("had [reported]", REP, "Afghan media in Takhar")
    D("on [Sunday]", "2024-09-08", basis="weekday")
    K("killed", "that [one] member", 1, group="smuggler", side=MIL)
    A("report [baseless]", DEN, PROS)
    L("[SHAHRITUS]. Police", "TJ-KT", "district")
    K("detained", "detained [three] residents", 3, group="residents of Aivaj", side=CIV)
    D("on [Saturday]", "2024-09-07", basis="weekday")
    A("police [said]", OS, "police in Shahritus")
    L("[PANJ]. A fisherman", "TJ-KT", "district")
    K("injured", "PANJ. [A] fisherman", 1, group="fisherman", side=CIV)
    D("on [Monday evening]", "2024-09-09", basis="weekday", tod="evening")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("family [said]", REP, "the fisherman's family")
    L("hospital in [Panj]", "TJ-KT", "town")
    A("Panj [said]", REP, "doctors at the district hospital in Panj")
    A("Border Troops [said]", OS, BT)
    A("round-up [said]", RET, "Vakhsh Weekly (last week's round-up)")
    K("injured", "that [two] border guards", 2, group="border guards", side=SEC)
    D("on [29 August]", "2024-08-29")
    K("injured", "fact [one] guard", 1, group="border guards", side=SEC)
    A("[By our count]", REP, "Vakhsh Weekly")
    K("detained", "at least [31] people", 31, "at_least", group="people on the Khatlon section", side=None)
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    D("[since the start of the year]", "2024-01-01", "2024-09-12", basis="relative")
    K("killed", "and [four] have been killed", 4, group="people on the Khatlon section", side=None)
    K("killed", "[three] of them smugglers", 3, group="smugglers", side=MIL)
    K("killed", "and [one] a border guard", 1, group="border guard", side=SEC)


@spec("eval_zt11_kulob_tv_funeral.txt")
def _zt11():  # published 2022-06-07 (Tuesday); the clash on Sunday night, 5 June
    ref("2022-06-07")
    D("[Tuesday, 7 June 2022]", "2022-06-07", basis="dateline")
    D("Kulob [today]", "2022-06-07", basis="relative")
    K("killed", "bury [a] young border guard", 1, group="border guard", side=SEC)
    L("the [Afghan border]", None, "border")
    D("on [Sunday night]", "2022-06-05", basis="weekday", tod="night")
    A("[According to the Border Troops]", OS, BT)
    W("[automatic rifles]", "small_arms")
    K("killed", "[One] serviceman was killed", 1, group="border guards", side=SEC)
    K("killed", "fire [two] violators", 2, group="smugglers", side=MIL)
    K("detained", "and [one] was detained", 1, group="smugglers", side=MIL)
    A("press centre [said]", OS, BT)
    D("statement on [Monday]", "2022-06-06", basis="weekday")
    D("was on [Saturday]", "2022-06-04", basis="weekday")
    A("Neighbours [told]", REP, "neighbours")
    K("injured", "that [another] young man", 1, group="border guard", side=SEC)
    A("statement [mentions]", OS, BT)
    K("injured", "mentions [no] wounded", 0, group="border guards", side=SEC)
    A("media [citing]", OS, "local officials in Khwahan district")
    A("district [reported]", REP, "Afghan media")
    K("killed", "that [three] men", 3, group="men from Khwahan (traders or smugglers)", side=None)
    K("killed", "is the [third] soldier", 3, group="soldiers from Kulob, this year", side=SEC)
    D("[since the beginning of the year]", "2022-01-01", "2022-06-07", basis="relative")


@spec("eval_zt12_ishkoshim_site_missing_herders.txt")
def _zt12():  # no header; page date Wednesday 15 April 2026; the herders went missing on Sunday 12 April
    ref("2026-04-15")
    SKIP("Ishkoshim district news")
    D("[Wednesday, 15 April 2026]", "2026-04-15", basis="dateline")
    K("missing", "UPDATE: [One] herder", 1, group="herders", side=CIV)
    K("missing", "[second] still missing", 1, group="herders", side=CIV)
    A("[was updated]", RET, "Ishkoshim district news")
    A("earlier version [said]", RET, "Ishkoshim district news (earlier version)")
    K("missing", "that [both] missing", 2, group="herders", side=CIV)
    K("missing", "only [one] has been found", 1, group="herders", side=CIV)
    K("missing", "for [the second] continues", 1, group="herders", side=CIV)
    K("missing", "[Two] herders from", 2, group="herders", side=CIV)
    D("missing on [Sunday]", "2026-04-12", basis="weekday")
    D("[The day before yesterday]", "2026-04-13", basis="relative")
    A("[reported] seeing", REP, "residents on the Afghan bank in Eshkashem")
    D("water. [Yesterday]", "2026-04-14", basis="relative")
    A("administration [confirmed]", OS, "the Ishkoshim district administration")
    K("detained", "that [one] of the brothers", 1, group="herder", side=CIV)
    A("[said] Mirzo Bakhtov", OS, "Mirzo Bakhtov, deputy chairman of the district")
    X("about [15 kilometres]", 15, "kilometres")
    D("since [Monday]", "2026-04-13", basis="weekday")
    A("[said] their cousin", REP, "Gulnazar Alibekova, a cousin")
    A("Eshkashem [told]", OS, "Taliban officials in Eshkashem")
    D("on [Tuesday]", "2026-04-14", basis="weekday")
    K("detained", "only [one] man", 1, group="herder", side=CIV)
    K("missing", "the [third] person", 3, group="people missing on the river in Ishkoshim district", side=CIV)
    D("[since the start of the year]", "2026-01-01", "2026-04-15", basis="relative")
    D("In [February]", "2026-02-01", "2026-02-28")
    K("killed", "February [a] fisherman", 1, group="fisherman", side=CIV)


def add_country(path: Path) -> None:
    """Give every location claim a `country`: the explicit ones have it, gazetteer ones get it here."""
    names = {"Tajikistan": "TJ", "Afghanistan": "AF"}
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in recs:
        if r["kind"] == "location" and "country" not in r:
            code = r["admin1_code"]
            r["country"] = code[:2] if code else names.get(r["anchor"])
            if r["precision"] == "country":
                assert r["country"] in ("TJ", "AF"), r
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_articles() -> None:
    """UTF-8, LF, size, and the header (url … `---`) exactly where this set says there is one."""
    for p in sorted(ART.glob("eval_zt*.txt")):
        raw = p.read_bytes()
        text = raw.decode("utf-8")
        assert b"\r" not in raw and text.endswith("\n"), p.name
        assert 1400 <= len(raw) <= 2200, (p.name, len(raw))
        n = int(p.name[7:9])
        b = body_start(text)
        if n in HEADER:
            assert b > 0 and text.startswith("url: ") and "\npublished: " in text[:b], (p.name, b)
        else:
            assert b == 0, (p.name, b)


if __name__ == "__main__":
    check_articles()
    rc = build(SPECS, articles=ART, pattern="eval_zt*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_country(OUT)
    sys.exit(rc)
