"""Build benchmarks/eval/set_zx/truth.jsonl from the annotation specs below (same format as set T).

Set ZX: regional and local press (district portals, local radio, messaging-channel roundups, village and
mahalla notices, TV scripts, hospital statements, columns, school newsletters, farmers' papers, an Afghan
local radio's English page). Written blind; see README.md.

The annotation helpers and the writer that checks every anchor and offset are in
benchmarks/eval/annotate.py. This builder wraps them to also write the fields the shared README
(../README.md) lists but set T's builder leaves out: casualty ``low``/``high``/``group``/``side``, date
``basis`` (and ``time_of_day`` where the text gives one), location ``country`` and distance ``qualifier``.

    .venv/bin/python benchmarks/eval/set_zx/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, auto_locations, build, cur  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zx/articles/"

CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"
EXPL, WD, REL_, DL = "explicit", "weekday", "relative", "dateline"


def _bounds(value, q):
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)


def K(kind, ctx, value, q="exact", group=None, side=None, low=None, high=None, nth=None):
    """Casualty claim with low/high derived from value and qualifier (vague words: pass ``low``)."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q == "unspecified":
        assert low is not None, rec
        lo, hi = low, high
    else:
        lo, hi = _bounds(value, q)
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis=EXPL, tod=None, nth=None):
    assert basis in (EXPL, WD, REL_, DL)
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    rec = annotate.L(ctx, code, prec, role, nth)
    rec["country"] = country if country is not None else _country(rec)
    return rec


def X(ctx, value, unit, q="exact", measures=None, nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec["qualifier"] = q
    return rec


_COUNTRY_NAMES = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def _country(rec):
    if rec.get("admin1_code"):
        return rec["admin1_code"][:2]
    if rec["precision"] == "border":
        return None
    return _COUNTRY_NAMES.get(rec["anchor"])


def _finish():
    """Gazetteer locations (with country) and a field check, run at the end of every spec."""
    a = cur()
    auto_locations(a, GAZ)
    for c in a.claims:
        if c["kind"] == "location":
            if "country" not in c:
                c["country"] = _country(c)
            if c["precision"] == "country":
                assert c["country"] in ("TJ", "AF"), c
        elif c["kind"] in ("killed", "injured", "missing", "detained"):
            assert {"low", "high", "group", "side"} <= set(c), c
        elif c["kind"] == "date":
            assert "basis" in c, c
        elif c["kind"] == "distance":
            assert "qualifier" in c, c


SPECS = Specs()


def spec(name):
    def deco(fn):
        def run():
            fn()
            _finish()
        SPECS[name] = run
        return fn
    return deco


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zx/README.md.
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zx01_district_portal_aivaj.txt")
def _zx01():  # published 2024-04-18 (Thursday); the blast on Tuesday afternoon, 16 April
    SKIP("Official portal of the executive body of state power of Shahritus district")
    SKIP("Related news\n- Two detained with 12 kg of hashish near Panji Poyon\n- Demining season opens in Farkhor\n"
         "(c) 2024 Executive body of state power of Shahritus district")
    K("killed", "[One] dead, one injured in landmine", 1, group="shepherd", side=CIV)
    K("injured", "One dead, [one] injured in landmine", 1, group="shepherd's nephew", side=CIV)
    W("in [landmine] blast", "mine")
    D("[18.04.2024] | 10:42", "2024-04-18", basis=DL)
    K("killed", "[A] 52-year-old shepherd", 1, group="shepherd from Aivaj", side=CIV)
    K("injured", "teenage [nephew]", 1, group="his teenage nephew", side=CIV)
    W("a [landmine] exploded", "mine")
    D("on [Tuesday afternoon]", "2024-04-16", basis=WD, tod="afternoon")
    A("the district administration [said].", OS, "the Shahritus district administration")
    A("[According to the district emergency department]", OS, "the district emergency department")
    X("roughly [300 metres]", 300, "metres", "about")
    W("an [anti-personnel mine]", "mine")
    A("Doctors [said]", REP, "doctors")
    A("Nazarov, [said]", OS, "Safarali Nazarov, deputy chairman of the district")
    D("said on [Wednesday]", "2024-04-17", basis=WD)
    K("injured", "\"[Nobody] else was hurt", 0, group="others on the slope", side=CIV)
    A("riverbank,\" he [said]", OS, "Safarali Nazarov, deputy chairman of the district")
    A("Davlatov, [told] the portal", REP, "Qurbon Davlatov, head of the village")
    K("injured", "2021 [one] herder lost", 1, group="herder (2021)", side=CIV)
    A("he [recalled]", REP, "Qurbon Davlatov, head of the village")
    D("pasture on [Thursday]", "2024-04-18", basis=WD)
    A("the portal [was told]", REP, "unnamed source")
    D("[Since the beginning of the year]", "2024-01-01", "2024-04-18", basis=REL_)
    K("injured", "[two] people have been injured", 2, group="people in Khatlon, year to date", side=CIV)
    W("by [mines] and", "mine")
    W("[unexploded ordnance] in Khatlon", "explosives")
    A("[according to the centre]", OS, "the mine action centre")
    D("Aivaj on [Wednesday]", "2024-04-17", basis=WD)


@spec("eval_zx02_radio_transcript_ryn.txt")
def _zx02():  # no header; dateline Thursday 7 September 2023; herders left on Monday evening, 4 September
    D("Transcript | [Thursday, 7 September 2023]", "2023-09-07", basis=DL)
    K("missing", "[Three] young men", 3, group="young herders from Ryn", side=CIV)
    D("on [Monday evening]", "2023-09-04", basis=WD, tod="evening")
    D("[The day before yesterday]", "2023-09-05", basis=REL_)
    K("killed", "body of [one] of them", 1, group="herder (Jamshed)", side=CIV)
    X("about [two kilometres]", 2, "kilometres", "about")
    K("missing", "The other [two] are still missing", 2, group="herders", side=CIV)
    A("detachment [told] us", OS, "the border detachment")
    K("missing", "that [two] herders are missing", 2, group="herders", side=CIV)
    A("emergency service [said]", OS, "the district emergency service")
    K("killed", "said [one] had drowned", 1, group="herder", side=CIV)
    K("missing", "and [two] were missing", 2, group="herders", side=CIV)
    A("Shoev, [believes]", REP, "Mamadnazar Shoev, village head")
    K("detained", "2019 [three] of our men", 3, group="men from Ryn (2019)", side=CIV)
    A("Relatives [told] me", REP, "relatives")
    A("river, [said] by phone", DEN, "people in Eshkashem")
    K("detained", "that [nobody] had been detained", 0, group="herders", side=CIV)
    D("buried [yesterday]", "2023-09-06", basis=REL_)
    K("injured", "[no one] was hurt", 0, group="mudslide, Rushon", side=CIV)


@spec("eval_zx03_channel_roundup_dahana.txt")
def _zx03():  # published 2025-02-11 (Tuesday); shooting in the early hours of Monday 10 February
    SKIP("Farkhor 24")
    SKIP("Farkhor Online")
    D("Since [Monday morning]", "2025-02-10", basis=WD, tod="morning")
    D("[Monday], 06:12", "2025-02-10", basis=WD)
    A("Residents [say] there", REP, "residents (via the channel)")
    K("injured", "are [several] wounded", None, "unspecified", group="unspecified", low=3)
    D("[Monday], 08:40", "2025-02-10", basis=WD)
    L("across from [Afghanistan]", None, "country", role="origin")
    K("killed", "[Two] are dead", 2, group="border violators", side=MIL)
    D("[Monday], 11:05", "2025-02-10", basis=WD)
    K("killed", "[one] dead, not two", 1, group="border violators", side=MIL)
    K("killed", "one dead, not [two]", 2, group="border violators", side=MIL)
    K("detained", "[Three] detained", 3, group="border violators", side=MIL)
    D("[Monday], 17:30", "2025-02-10", basis=WD)
    A("Villagers [say]", REP, "villagers (via the channel)")
    K("injured", "[a] boy from Dahana", 1, group="boy from Dahana", side=CIV)
    A("His mother [says]", REP, "the boy's mother")
    D("[Tuesday], 09:15", "2025-02-11", basis=WD)
    A("Rahimov, [told]", OS, "Major Saidmurod Rahimov, district police chief")
    D("Online on [Tuesday]", "2025-02-11", basis=WD)
    W("two [Kalashnikov rifles]", "small_arms")
    K("killed", "that [one] of them was killed", 1, group="border violators", side=MIL)
    K("detained", "that [three] were detained", 3, group="border violators", side=MIL)
    A("Police [put the number]", OS, "district police")
    K("injured", "injured at [one]", 1, group="border guard", side=SEC)
    A("Rahimov [said]:", OS, "Major Saidmurod Rahimov, district police chief")
    A("Dahana [insist]", REP, "residents of Dahana")
    K("killed", "that [two] of the smugglers", 2, group="smugglers", side=MIL)
    K("killed", "I saw [two] bodies", 2, group="smugglers", side=MIL)
    A("jeep,\" [said] a man", REP, "an anonymous resident")
    A("\"Farrukh\", [said]", REP, "the channel's administrator")
    D("[Last month]", "2025-01-01", "2025-01-31", basis=REL_)
    K("detained", "detained [eleven] smugglers", 11, group="smugglers (January)", side=MIL)


@spec("eval_zx04_village_council_notice_navobod.txt")
def _zx04():  # no header; dated Saturday 12 March 2022; boat overturned Monday evening, 7 March
    SKIP("NAVOBOD VILLAGE COUNCIL")
    D("[12 March 2022]", "2022-03-12", basis=DL)
    D("On [Monday evening]", "2022-03-07", basis=WD, tod="evening")
    D("On [Thursday] rescuers", "2022-03-10", basis=WD)
    K("killed", "recovered [one] body", 1, group="fisherman (Rustam Sharipov)", side=CIV)
    K("missing", "The [second] fisherman", 1, group="fisherman (Davron Sharipov)", side=CIV)
    D("held [today]", "2022-03-12", basis=REL_)
    A("has [reminded]", OS, "the border commandant's office")
    X("within [500 metres]", 500, "metres", "up_to")
    D("[Since the start of the year]", "2022-01-01", "2022-03-12", basis=REL_)
    K("detained", "[two] fishermen from Shahritus", 2, group="fishermen", side=CIV)
    K("killed", "[Three] people from our village have drowned", 3, group="villagers drowned since 2019", side=CIV)
    D("[Last spring]", "2021-03-01", "2021-05-31", basis=REL_)
    K("injured", "[one] boy from the upper quarter", 1, group="boy", side=CIV)
    W("an old [mine]", "mine")


@spec("eval_zx05_tv_bulletin_script_dahana.txt")
def _zx05():  # published 2025-02-12 (Wednesday); the incident at about 02:00 on Monday 10 February
    D("[Wednesday, 12 February 2025]", "2025-02-12", basis=DL)
    D("Troops [today]", "2025-02-12", basis=REL_)
    A("today [gave]", OS, BT)
    D("early hours of [Monday]", "2025-02-10", basis=WD, tod="night")
    A("[According to the press service of the border detachment]", OS, "the border detachment's press service")
    D("on [10 February]", "2025-02-10", basis=EXPL, tod="night")
    L("river from [Afghanistan]", None, "country", role="origin")
    K("killed", "fire [one] violator", 1, group="border violators", side=MIL)
    K("detained", "[Three] were detained", 3, group="border violators", side=MIL)
    K("detained", "and [a fourth] was detained", 1, group="border violator", side=MIL)
    D("on [Tuesday evening]", "2025-02-11", basis=WD, tod="evening")
    W("two [Kalashnikov assault rifles]", "small_arms")
    W("a [hand grenade]", "grenade")
    K("injured", "[One] serviceman received", 1, group="border serviceman", side=SEC)
    K("injured", "[No] civilians were harmed", 0, group="civilians", side=CIV)
    K("killed", "as many as [three]", 3, "up_to", group="border violators", side=MIL)
    A("press service [said].", DEN, "the border detachment's press service")
    L("district hospital in [Farkhor]", "TJ-KT", "town")
    A("[told] our channel", REP, "medics at the district hospital in Farkhor")
    K("injured", "[a] twelve-year-old boy", 1, group="boy", side=CIV)
    D("treated on [Monday]", "2025-02-10", basis=WD)
    D("[the same day]", "2025-02-10", basis=REL_)
    K("detained", "detained [two] lorry drivers", 2, group="lorry drivers from Kunduz", side=FOR)
    D("[since the start of the month]", "2025-02-01", "2025-02-12", basis=REL_)
    A("we [said]", RET, "Khatlon Regional Television (yesterday's bulletin)")
    K("injured", "that [two] border guards", 2, group="border guards", side=SEC)
    K("injured", "fact [one] serviceman", 1, group="border serviceman", side=SEC)


@spec("eval_zx06_hospital_statement_local_paper.txt")
def _zx06():  # published 2021-11-24 (Wednesday); the shooting on Sunday night, 21 November
    H = "the regional hospital in Kulob"
    SKIP("Ovozi Kulob")
    K("killed", "Kulob: [one] of the wounded", 1, group="wounded driver", side=CIV)
    D("Kulob on [Wednesday]", "2021-11-24", basis=WD)
    A("[issued a statement]", OS, H)
    D("[Sunday night]'s", "2021-11-21", basis=WD, tod="night")
    D("On [the night of 21 November]", "2021-11-21", basis=EXPL, tod="night")
    K("injured", "[four] persons with gunshot wounds", 4, group="people from the car", side=CIV)
    D("On [23 November]", "2021-11-23", basis=EXPL)
    K("killed", "[a] male patient", 1, group="patient (died of wounds)", side=CIV)
    D("Dushanbe on [22 November]", "2021-11-22", basis=EXPL)
    A("statement also [rejected]", DEN, H)
    K("killed", "of [eight] dead", 8, group="social-media figure", side=None)
    K("injured", "figure of [four] wounded", 4, group="people from the car", side=CIV)
    A("Monday [put] it at", OS, "the Shamsiddin Shohin district administration")
    D("administration on [Monday]", "2021-11-22", basis=WD)
    K("injured", "put it at [three]", 3, group="people from the car", side=CIV)
    A("hospital official [said]", OS, "a hospital official")
    A("[named by relatives]", REP, "relatives")
    D("home town [yesterday]", "2021-11-23", basis=REL_)
    A("Sherali [told]", REP, "Sherali Nazarov, brother of the dead man")
    K("injured", "that [a fifth] passenger", 1, group="student passenger", side=CIV)
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    W("a [machine gun]", "small_arms")
    A("bursts,\" he [said]", REP, "Sherali Nazarov, brother of the dead man")
    A("Afghan media, [denied]", DEN, "Taliban officials in Badakhshan")


@spec("eval_zx07_mahalla_newsletter_kulob.txt")
def _zx07():  # no header; dated Monday 20 October 2025; the attack on the night of 14 October
    D("No. 41 | [Monday, 20 October 2025]", "2025-10-20", basis=DL)
    K("killed", "[A] border guard from our mahalla", 1, group="border guard (Sgt Bahrom Odinaev)", side=SEC)
    A("[According to a letter]", OS, "his commander")
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    D("on [the night of 14 October]", "2025-10-14", basis=EXPL, tod="night")
    K("injured", "[Two] of his comrades", 2, group="border guards", side=SEC)
    A("the letter [says]", OS, "his commander")
    D("buried [three days ago]", "2025-10-17", basis=REL_)
    D("on [Friday], at", "2025-10-17", basis=WD)
    K("killed", "[Two] young men from our mahalla", 2, group="men from the mahalla, to date", side=SEC)
    A("video [claiming]", REP, "a video shared by neighbours")
    K("killed", "\"[ten] of our boys", 10, group="border guards (video claim)", side=SEC)
    D("killed [that night]", "2025-10-14", basis=REL_)
    A("commissariat [told]", DEN, "the district military commissariat")
    D("chairman on [Saturday]", "2025-10-18", basis=WD)
    K("killed", "was the [only one] killed", 1, group="border guard", side=SEC)


@spec("eval_zx08_week_in_district_darvoz.txt")
def _zx08():  # published 2026-05-25 (Monday); the grenade on Tuesday 19 May
    SKIP("writes from Darvoz")
    D("[Last Tuesday]", "2026-05-19", basis=WD)
    W("an old [grenade]", "grenade")
    A("Villagers [told] me", REP, "villagers")
    K("injured", "[both] boys were hurt", 2, group="boys from Shkev", side=CIV)
    A("administration [says]", OS, "the district administration")
    K("injured", "only [one] child", 1, group="boy from Shkev", side=CIV)
    D("came on [Thursday]", "2026-05-21", basis=WD)
    W("two more [grenades]", "grenade")
    W("a [mortar] round", "mortar")
    K("missing", "[A] fisherman, 46", 1, group="fisherman from Qalaikhumb", side=CIV)
    D("since [Thursday evening]", "2026-05-21", basis=WD, tod="evening")
    X("about [three kilometres]", 3, "kilometres", "about")
    A("Relatives [fear]", REP, "relatives")
    D("on [Friday] and", "2026-05-22", basis=WD)
    D("and [Saturday] without", "2026-05-23", basis=WD)
    D("On [Wednesday night]", "2026-05-20", basis=WD, tod="night")
    W("heard a [drone]", "drone")
    A("border post [told]", OS, "the border post")
    K("injured", "[no one] was hurt", 0, group="residents of Shkev", side=CIV)
    A("[By my count]", REP, "the columnist")
    W("the third [drone]", "drone")
    D("district [this month]", "2026-05-01", "2026-05-25", basis=REL_)
    A("detachment [says]", OS, "the border detachment")
    K("detained", "detained [5] people", 5, group="illegal crossers", side=None)
    D("[since the start of May]", "2026-05-01", "2026-05-25", basis=EXPL)


@spec("eval_zx09_diaspora_site_shighnan.txt")
def _zx09():  # published 2023-06-17 (Saturday); the shooting late on Monday 12 June
    SKIP("Khorugh border detachment")
    SKIP("Nodir_K: My uncle in Shighnan says four died, not three.")
    D("about [Monday]'s shooting", "2023-06-12", basis=WD)
    D("Posted [17 June 2023]", "2023-06-17", basis=DL)
    D("since [Tuesday]", "2023-06-13", basis=WD)
    D("Late on [Monday, 12 June]", "2023-06-12", basis=EXPL, tod="night")
    A("Afghan side [say]", REP, "relatives on the Afghan side")
    K("killed", "[three] men died", 3, group="men from Shighnan", side=CIV)
    K("injured", "[two] were wounded", 2, group="men from Shighnan", side=CIV)
    A("[quoted by] Afghan radio", REP, "Afghan radio")
    A("[put the dead]", OS, "the district authorities in Shighnan")
    K("killed", "dead at [two]", 2, group="men from Shighnan", side=CIV)
    K("detained", "[One] teenager was detained", 1, group="teenager from Shighnan", side=CIV)
    D("statement on [Thursday]", "2023-06-15", basis=WD)
    A("Border Troops [said]", OS, BT)
    K("detained", "that [one] violator", 1, group="border violator", side=FOR)
    A("detachment [told]", DEN, "a source at the Khorugh border detachment")
    K("killed", "\"[nobody] was killed", 0, group="violators", side=None)
    A("[writes] a member", REP, "a community member from Khorugh")
    D("[the next day]", "2023-06-13", basis=REL_)
    A("Another member [says]", REP, "a community member")


@spec("eval_zx10_school_newsletter_shkev.txt")
def _zx10():  # no header; dated Friday 22 May 2026; the grenade on Tuesday afternoon, 19 May
    D("parents | [Friday, 22 May 2026]", "2026-05-22", basis=DL)
    K("injured", "[One] of our pupils", 1, group="pupil (class 7B)", side=CIV)
    D("on [Tuesday afternoon]", "2026-05-19", basis=WD, tod="afternoon")
    W("an old [grenade]", "grenade")
    K("injured", "[No] other children were hurt", 0, group="children", side=CIV)
    D("him [yesterday]", "2026-05-21", basis=REL_)
    A("and [says] he is", REP, "Malika Davlatshoeva, class teacher")
    A("They [tell] us", OS, "specialists from the mine action centre")
    D("that [last year]", "2025-01-01", "2025-12-31", basis=REL_)
    K("injured", "[two] children in the Darvoz", 2, group="children", side=CIV)
    W("by [unexploded ordnance]", "explosives")


@spec("eval_zx11_farmers_paper_border_fields.txt")
def _zx11():  # published 2022-08-26 (Friday); the driver wounded on 19 August
    L("[FARKHOR] -", "TJ-KT", "town")
    A("farmers [say]", REP, "farmers")
    X("within [two kilometres]", 2, "kilometres", "up_to")
    A("Sangov, [says]", REP, "Abdulhakim Sangov, head of the Navbahor farm")
    D("[Last week]", "2022-08-19", "2022-08-25", basis=REL_)
    K("injured", "[a] tractor driver", 1, group="tractor driver", side=CIV)
    A("that, Sangov [says],", REP, "Abdulhakim Sangov, head of the Navbahor farm")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("seat,\" he [said]", REP, "Abdulhakim Sangov, head of the Navbahor farm")
    A("administration [confirmed]", OS, "the district administration")
    K("injured", "that [one] farm worker", 1, group="farm worker", side=CIV)
    D("on [19 August]", "2022-08-19", basis=EXPL)
    W("a [hunting rifle]", "small_arms")
    A("Poyon [tell] similar", REP, "farmers in Panji Poyon")
    D("did not come [this year]", "2022-01-01", "2022-08-26", basis=REL_)
    A("[said] Gulbahor", REP, "Gulbahor Rahmonova, farmer")
    K("missing", "[Two] herders from a farm", 2, group="herders", side=CIV)
    D("since [Tuesday]", "2022-08-23", basis=WD)
    A("Relatives [say]", REP, "relatives")
    A("the border guards [say]", OS, "the border guards")
    A("[According to the regional agriculture department]", OS, "the regional agriculture department")
    D("[this spring]", "2022-03-01", "2022-05-31", basis=REL_)
    D("[Since the start of the year]", "2022-01-01", "2022-08-26", basis=REL_)
    K("injured", "at least [six] farm workers", 6, "at_least", group="farm workers, year to date", side=CIV)
    A("the department [says]", OS, "the regional agriculture department")
    K("killed", "and [none] killed", 0, group="farm workers, year to date", side=CIV)


@spec("eval_zx12_afghan_radio_web_shighnan.txt")
def _zx12():  # published 2023-06-14 (Wednesday); the shooting late on Monday 12 June
    SKIP("Listen live: 98.6 FM, Fayzabad and districts")
    SKIP("Tags: Shighnan, Tajikistan, border, civilians")
    SKIP("Related: Darwaz: landmine kills two children (2022)")
    K("killed", "[Three] villagers killed", 3, group="villagers from Shighnan", side=CIV)
    A("residents [say]\n", REP, "residents")
    L("[FAYZABAD], 14 June", "AF-BDS", "town")
    D("FAYZABAD, [14 June 2023]", "2023-06-14", basis=DL)
    K("killed", "[Three] men from Shighnan", 3, group="men from Shighnan", side=CIV)
    K("injured", "[two] others wounded", 2, group="men from Shighnan", side=CIV)
    L("from the [Tajik bank]", None, "country", role="origin", country="TJ")
    D("late on [Monday]", "2023-06-12", basis=WD, tod="night")
    A("residents [told] Radio", REP, "residents")
    A("Sakhi, [said]", REP, "Ghulam Sakhi, a relative")
    A("minutes,\" he [said]", REP, "Ghulam Sakhi, a relative")
    K("killed", "[Two] of the dead were brothers", 2, group="brothers among the dead", side=CIV)
    A("[gave] a lower figure", OS, "Mawlawi Abdul Rahman Haqyar, district governor of Shighnan")
    A("He [told] our reporter", OS, "Mawlawi Abdul Rahman Haqyar, district governor of Shighnan")
    D("reporter on [Tuesday]", "2023-06-13", basis=WD)
    K("killed", "that [two] civilians", 2, group="civilians", side=CIV)
    K("injured", "killed and [one] wounded", 1, group="civilian", side=CIV)
    K("detained", "that [a third] man", 1, group="17-year-old from Shighnan", side=CIV)
    A("the boy,\" he [said]", OS, "Mawlawi Abdul Rahman Haqyar, district governor of Shighnan")
    A("Shighnan [said] the wounded", REP, "a health worker at the district clinic")
    X("about [150 kilometres]", 150, "kilometres", "about")
    D("on [Tuesday afternoon]", "2023-06-13", basis=WD, tod="afternoon")
    A("Badakhshan [said]", OS, "the provincial spokesman for Badakhshan")
    D("[Last month]", "2023-05-01", "2023-05-31", basis=REL_)
    K("detained", "[two] fishermen from Eshkashem", 2, group="fishermen from Eshkashem", side=CIV)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zx*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
