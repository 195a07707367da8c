"""Build benchmarks/eval/set_zze/truth.jsonl from the annotation specs below (same format as set T).

Set ZZE: wire and agency copy with official statements (see set_zze/README.md). Modelled on
set_t/build_truth.py; the annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. On top of set T's fields this builder writes the fields the shared
README (../README.md) lists: casualty ``low``/``high``, date ``basis``, location ``country`` (and
``name``) and distance ``qualifier``. It also checks every date against the article's reference
(publication) date: no normalised date may lie after it, and a weekday resolves to the most recent
such day on or before it.

    .venv/bin/python benchmarks/eval/set_zze/build_truth.py
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
from annotate import DEN, OS, REP, RET, SKIP, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import body_start  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zze/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

BASES = ("explicit", "weekday", "relative", "dateline")
REF: dict[str, dt.date] = {}  # article name -> reference date, set by ref() at the top of each spec


def ref(day: str) -> None:
    """The reference date of the article being annotated (header `published` or dateline)."""
    REF[annotate.cur().name] = dt.date.fromisoformat(day)


def K(kind, ctx, value, q="exact", low=None, nth=None):
    """Casualty claim with ``low``/``high`` per the shared README; ``low`` only for vague words."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: several -> 3, dozens -> 24
        assert low is not None, rec
        lo, hi = low, None
    rec.update(low=lo, high=hi)
    return rec


def D(ctx, norm, basis, end=None, nth=None):
    """Date claim with its basis, checked against the reference date with datetime."""
    assert basis in BASES, basis
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    p = REF[annotate.cur().name]
    first = dt.date.fromisoformat(rec["normalized"])
    last = dt.date.fromisoformat(rec["normalized_end"])
    assert last <= p, ("date after the reference date", rec, p)
    if basis == "weekday":
        assert first == last and 0 <= (p - first).days <= 6, ("weekday not in the week up to P", rec, p)
    if basis == "dateline":
        assert first == last == p, ("dateline is not the reference date", rec, p)
    return rec


def L(ctx, code, prec, country, role="place", nth=None):
    """Explicit location (overrides the gazetteer default) with its country."""
    assert country in ("TJ", "AF", None)
    assert role in ("place", "origin")
    rec = annotate.L(ctx, code, prec, role, nth)
    rec.update(name=rec["anchor"], country=country)
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def A(ctx, stance, source, nth=None):
    return annotate.A(ctx, stance, source, nth)


COUNTRY_NAMES = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def finish(path: Path) -> None:
    """Add ``name`` and ``country`` to the gazetteer's automatic locations; check the header split."""
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for c in lines:
        if c["kind"] == "location" and "country" not in c:
            code = c["admin1_code"]
            c["name"] = c["anchor"]
            c["country"] = code[:2] if code else COUNTRY_NAMES.get(c["anchor"])
            assert c["country"] or c["precision"] == "border", c
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in lines:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    for art in sorted(ART.glob("eval_zze*.txt")):
        text = art.read_bytes().decode("utf-8")
        assert "\r" not in text and text.endswith("\n"), art.name
        expect = text.index("\n---\n") + 5 if text.startswith("url:") else 0
        assert body_start(text) == expect, (art.name, body_start(text), expect)


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# listed in set_zze/README.md.
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"
BDS_POL = "Mawlawi Abdul Rahim Haqjo, Badakhshan police spokesman"


@spec("eval_zze01_wire_update3_barchid.txt")
def _zze01():  # published Sat 2025-08-09; attack at 02:30 local on Saturday 9 August
    ref("2025-08-09")
    K("killed", "UPDATE 3-[Three] Tajik", 3)
    L("armed group from [Afghanistan]\n", None, "country", "AF", role="origin")
    K("killed", "rises to [three]", 3)
    K("killed", "after [a] wounded guard dies", 1)
    A("Tajik side [says] four", OS, "the Tajik side")
    K("killed", "says [four] attackers", 4)
    A("Badakhshan [deny] anyone", DEN, "Taliban police in Badakhshan")
    L("[KHOROG], Tajikistan", "TJ-GB", "town", "TJ")
    D("Tajikistan, [Aug 9] (Central", "2025-08-09", "dateline")
    K("killed", "[Three] Tajik border guards were killed", 3)
    K("injured", "killed and [two] wounded when", 2)
    L("river from [Afghanistan] and", None, "country", "AF", role="origin")
    D("early on [Saturday]", "2025-08-09", "weekday")
    A("Tajik officials [said] later", OS, "Tajik officials")
    D("said [later that day]", "2025-08-09", "relative")
    A("had earlier [put the toll]", OS, "Tajik officials")
    K("killed", "toll at [two]", 2)
    K("killed", "[A third] guard", 1)
    A("administration [told] Central Wire", OS, "a spokesman for the Gorno-Badakhshan regional administration")
    K("killed", "lost [three] of our boys", 3)
    A("boys,\" he [said]", OS, "a spokesman for the Gorno-Badakhshan regional administration")
    D("issued on [Saturday morning]", "2025-08-09", "weekday")
    A("Border Troops [said] a group", OS, BT)
    D("GMT on [Friday]", "2025-08-08", "weekday")
    K("killed", "[Four] of the attackers", 4)
    A("the statement [said]. Two", OS, BT)
    W("Two [Kalashnikov rifles]", "small_arms")
    W("a [hand grenade]", "grenade")
    A("not to be named, [said]", REP, "a resident of Barchid")
    K("injured", "detained [two] wounded men", 2)
    K("detained", "detained [two] wounded men", 2)
    A("province, [said] nobody", DEN, BDS_POL)
    L("crossed from [Shighnan] district", "AF-BDS", "district", "AF", role="origin")
    A("Tajikistan,\" he [said], adding", DEN, BDS_POL)
    K("injured", "that [a] fisherman", 1)
    L("fire from the [Tajik side]", None, "country", "TJ", role="origin")
    X("the [1,344-km]", 1344, "km", "TJ-AF border")
    X("([835-mile])", 835, "mile", "TJ-AF border")
    D("in [August 2021]", "2021-08-01", "explicit", "2021-08-31")
    D("In [October last year]", "2024-10-01", "explicit", "2024-10-31")
    K("killed", "year, [two] Tajik guards", 2)


@spec("eval_zze02_border_troops_statement.txt")
def _zze02():  # published Sat 2025-08-09; statement of the same morning, reproduced in full
    ref("2025-08-09")
    A("[issued the following statement]", OS, BT)
    D("statement on [Saturday morning]", "2025-08-09", "weekday")
    D("On [the night of 8 to 9 August 2025]", "2025-08-08", "explicit", "2025-08-09")
    SKIP("Rushon border detachment")
    L("state border of the [Republic of Tajikistan] from", None, "country", "TJ")
    L("territory of the [Islamic Emirate of Afghanistan]", None, "country", "AF", role="origin")
    K("killed", "clash, [four] violators", 4)
    K("killed", "[Two] servicemen of the Border Troops lost", 2)
    K("injured", "[Three] servicemen sustained", 3)
    K("injured", "[No] civilians were hurt", 0)
    W("two [Kalashnikov assault rifles]", "small_arms")
    W("one [hand grenade]", "grenade")
    SKIP("State Committee for National Security of the Republic of Tajikistan")
    D("\n[9 August 2025]\n", "2025-08-09", "explicit")
    A("Khorugh [said] one", OS, "the Gorno-Badakhshan regional administration")
    K("killed", "said [one] of the wounded", 1)
    K("killed", "dead guards to [three]", 3)
    A("Barchid [told] Pamir Today", REP, "residents of Barchid")
    K("injured", "that [two] wounded attackers", 2)
    K("detained", "that [two] wounded attackers", 2)
    A("have [denied] that anyone", DEN, "the Taliban's police in Badakhshan province")


@spec("eval_zze03_badakhshan_police_denial.txt")
def _zze03():  # no header; dateline Sun 2025-08-10; the Barchid clash early on Saturday 9 August
    ref("2025-08-10")
    A("Badakhshan police [deny] Tajik account", DEN, "the Badakhshan police")
    L("[FAYZABAD], Sunday", "AF-BDS", "town", "AF")
    D("FAYZABAD, [Sunday 10 August 2025]", "2025-08-10", "dateline")
    D("province on [Sunday]", "2025-08-10", "weekday")
    A("Sunday [rejected] claims", DEN, "the Badakhshan provincial police command")
    A("rejected [claims] by", OS, "Tajikistan's border forces")
    L("from [Shighnan] district and", "AF-BDS", "district", "AF", role="origin")
    L("crossed from [Shighnan].", "AF-BDS", "district", "AF", role="origin")
    K("killed", "[Nobody] from this side was killed", 0)
    K("detained", "killed, [nobody] was captured", 0)
    A("Haqjo [said] in a statement", DEN, BDS_POL)
    A("[According to the statement]", OS, BDS_POL)
    W("heavy [machine guns]", "small_arms")
    D("3 a.m. on [Saturday]", "2025-08-09", "weekday")
    K("injured", "wounding [a] fisherman", 1)
    K("missing", "[A second] fisherman", 1)
    A("Panj, the statement [said]", OS, BDS_POL)
    A("Shighnan [told] Hindukush Press", REP, "residents of Shighnan")
    K("injured", "that [two] men, both", 2)
    A("Tajik officials [said] on Saturday", OS, "Tajik officials")
    D("said on [Saturday] that four", "2025-08-09", "weekday")
    K("killed", "that [four] attackers", 4)
    K("killed", "that [three] Tajik border guards", 3)
    A("news site later [reported]", REP, "a Tajik news site")
    K("injured", "that [two] wounded attackers", 2)
    K("detained", "that [two] wounded attackers", 2)
    A("Haqjo [dismissed]", DEN, BDS_POL)
    L("The [Islamic Emirate of Afghanistan]", None, "country", "AF")
    A("has repeatedly [said]", OS, "the Islamic Emirate of Afghanistan")
    D("In [December last year]", "2024-12-01", "explicit", "2024-12-31")
    A("police [reported] that an", OS, "the Badakhshan police")
    K("killed", "that [an] Afghan trader", 1)


@spec("eval_zze04_wire_correction_dahana.txt")
def _zze04():  # no header; page line and dateline Wed 2023-05-17; shooting on Tuesday 16 May
    ref("2023-05-17")
    POL = "Jamshed Rahimzoda, Khatlon police spokesman"
    TB = "a Taliban border commander in Yangi Qala district"
    D("[Wednesday, May 17, 2023]", "2023-05-17", "dateline")
    K("killed", "CORRECTED-[Two] Tajik", 2)
    L("from [Afghan bank] - police", None, "country", "AF", role="origin")
    A("([CORRECTS]", RET, "Meridian News (correction of its earlier story)")
    K("killed", "to [two] dead", 2)
    K("injured", "dead and [one] wounded", 1)
    K("killed", "from [three] dead", 3)
    A("police [revised] figure", OS, "Khatlon police")
    L("[DUSHANBE], May 17", "TJ-DU", "town", "TJ")
    D("DUSHANBE, [May 17]", "2023-05-17", "dateline")
    L("Gunmen on the [Afghan bank] of", None, "country", "AF", role="origin")
    D("on [Tuesday evening]", "2023-05-16", "weekday")
    A("region [said] on Wednesday", OS, "Khatlon police")
    D("said on [Wednesday]", "2023-05-17", "weekday")
    K("killed", "[Two] of the fishermen", 2)
    K("injured", "and [a third] was wounded", 1)
    A("wounded, police [said]", OS, "Khatlon police")
    A("this story, [based on] a preliminary", OS, "a preliminary police report")
    A("police report, [said] three", RET, "Meridian News (earlier version of the story)")
    K("killed", "said [three] people", 3)
    A("Jamshed Rahimzoda [said]", OS, POL)
    A("alarm, Rahimzoda [said]", OS, POL)
    A("Police [said] they were", OS, "Khatlon police")
    K("missing", "for [a fifth] member", 1)
    A("telephone, [said] his men", DEN, TB)
    A("anyone,\" he [said]", DEN, TB)
    A("Tajik authorities [say]", OS, "Tajik authorities")
    K("killed", "at least [nine]", 9, "at_least")


@spec("eval_zze05_wire_factbox.txt")
def _zze05():  # published Mon 2025-08-11
    ref("2025-08-11")
    D("[Aug 11] (Central", "2025-08-11", "dateline")
    K("killed", "[Three] Tajik border guards were killed on Saturday", 3)
    D("killed on [Saturday]", "2025-08-09", "weekday")
    A("Tajik officials [said]. The", OS, "Tajik officials")
    A("have [denied] that anyone", DEN, "the Taliban police in Badakhshan")
    X("the [1,344-km] frontier", 1344, "km", "TJ-AF border")
    D("in [August 2021]", "2021-08-01", "explicit", "2021-08-31")
    # JAN 2022
    D("[JAN 2022]", "2022-01-01", "explicit", "2022-01-31")
    K("killed", "kill [three] Afghan drug", 3)
    A("[according to the Border Troops]", OS, BT)
    A("Afghan media [put the toll]", REP, "Afghan media")
    K("killed", "at up to [five]", 5, "up_to")
    # OCT 11, 2022
    D("[OCT 11, 2022]", "2022-10-11", "explicit")
    K("killed", "[Two] Afghan smugglers are killed", 2)
    K("detained", "and [one] is detained", 1)
    A("defence ministry [says]", OS, "the Taliban defence ministry")
    # FEB 16, 2023
    D("[FEB 16, 2023]", "2023-02-16", "explicit")
    W("[Mortar] rounds hit", "mortar")
    K("killed", "killing [two] civilians", 2)
    K("killed", "[Two] of the 13 wounded", 2)
    K("injured", "of the [13] wounded", 13)
    A("[according to the Red Cross]", OS, "the Red Cross")
    A("Tajik officials [say] the rounds", OS, "Tajik officials")
    L("came from [Afghanistan]'s Takhar", None, "country", "AF", role="origin")
    L("from Afghanistan's [Takhar] province", "AF-TAK", "region", "AF", role="origin")
    A("the Taliban [deny] it", DEN, "the Taliban")
    # MAY 16, 2023
    D("[MAY 16, 2023]", "2023-05-16", "explicit")
    L("Gunmen on the [Afghan bank] kill", None, "country", "AF", role="origin")
    K("killed", "kill [two] Tajik fishermen", 2)
    K("injured", "wound [a third]", 1)
    K("missing", "[a fifth] man is missing", 1)
    A("Police first [report]", OS, "Khatlon police")
    K("killed", "report [three] dead", 3)
    # APRIL 21, 2024
    D("[APRIL 21, 2024]", "2024-04-21", "explicit")
    K("killed", "[Four] Afghan civilians", 4)
    K("killed", "including [two] children", 2)
    K("injured", "and [six] injured", 6)
    L("from across the [Amu Darya] hit", None, "border", None, role="origin")
    A("U.N. mission [says]", OS, "the U.N. mission in Afghanistan")
    A("Border Troops [deny] firing", DEN, BT)
    # OCT 2024
    D("[OCT 2024]", "2024-10-01", "explicit", "2024-10-31")
    K("killed", "[Two] Tajik border guards are killed in a shootout", 2)
    # AUG 9, 2025
    D("[AUG 9, 2025]", "2025-08-09", "explicit")
    K("killed", "[Three] Tajik border guards are killed and", 3)
    K("injured", "killed and [two] wounded near", 2)
    A("Tajik side [says]", OS, "the Tajik side")
    K("killed", "says [four] attackers were", 4)
    A("residents [say]", REP, "residents")
    K("injured", "say [two] wounded attackers", 2)
    K("detained", "say [two] wounded attackers", 2)
    A("Afghan police [say]", OS, "Afghan police")
    K("injured", "say [a] fisherman", 1)
    K("missing", "and [another] is missing", 1)
    A("[By Central Wire's count]", REP, "Central Wire")
    K("killed", "at least [24] people", 24, "at_least")


@spec("eval_zze06_state_agency_awards.txt")
def _zze06():  # no header; dateline 14.08.2025 (Thursday)
    ref("2025-08-14")
    L("[DUSHANBE], 14.08.2025", "TJ-DU", "town", "TJ")
    D("DUSHANBE, [14.08.2025]", "2025-08-14", "dateline")
    K("killed", "decree, [three] servicemen", 3)
    D("on [9 August] have", "2025-08-09", "explicit")
    L("territory of [Afghanistan]", None, "country", "AF", role="origin")
    D("on [the same day]", "2025-08-09", "relative")
    K("injured", "[Two] wounded servicemen", 2)
    A("[According to the Regional Clinical Hospital]", OS, "the Regional Clinical Hospital in Khorugh")
    K("killed", "battle, [four] violators", 4)
    K("detained", "[Two] members of the armed group", 2)
    K("injured", "[Two] members of the armed group", 2)
    D("on [11 August] in", "2025-08-11", "explicit")
    D("[Since the beginning of the year]", "2025-01-01", "relative", "2025-08-14")
    K("detained", "detained [31] violators", 31)
    A("Border Troops [told] SHARQ", REP, "a source in the Border Troops")


@spec("eval_zze07_foreign_agency_darvoz.txt")
def _zze07():  # published Thu 2026-03-05; attack on Wednesday evening 4 March
    ref("2026-03-05")
    EMB = "the Chinese Embassy in Tajikistan"
    MVD = "Tajikistan's Ministry of Internal Affairs"
    TAL = "Mohammad Ashraf Nazari, spokesman for the Taliban administration in Badakhshan"
    K("killed", "[One] Chinese worker killed", 1)
    K("injured", "killed, [two] injured in attack", 2)
    L("[DUSHANBE], March 5", "TJ-DU", "town", "TJ")
    D("DUSHANBE, [March 5]", "2026-03-05", "dateline")
    K("killed", "[One] Chinese national", 1)
    K("injured", "and [two] others were injured", 2)
    L("border with [Afghanistan] on", None, "country", "AF", role="origin")
    D("on [Wednesday evening]", "2026-03-04", "weekday")
    A("Tajikistan [said] Thursday", OS, EMB)
    D("said [Thursday]", "2026-03-05", "weekday")
    A("the embassy [said] in a statement", OS, EMB)
    A("projects,\" the statement [said]", OS, EMB)
    A("Internal Affairs [said]", OS, MVD)
    K("injured", "said [a] Tajik security guard", 1)
    K("injured", "injured at [three]", 3)
    A("[According to the ministry]", OS, MVD)
    L("from the [Afghan bank]", None, "country", "AF", role="origin")
    X("some [300 metres]", 300, "metres", q="about")
    W("a [drone] was seen", "drone")
    A("[told] ESNA", DEN, TAL)
    L("fired from [Darwaz]", "AF-BDS", "district", "AF", role="origin")
    A("Darwaz,\" he [said]", DEN, TAL)
    D("In [late November last year]", "2025-11-21", "explicit", "2025-11-30")
    K("killed", "[three] Chinese employees", 3)
    W("a [drone] attack", "drone")
    K("killed", "and [two] more died", 2)


@spec("eval_zze08_mod_daily_briefing.txt")
def _zze08():  # published Wed 2022-10-12; the Darqad clash on the night of Tuesday 11 October
    ref("2022-10-12")
    MOD = "Mawlawi Habibullah Sarwari, deputy spokesman of the Ministry of National Defence"
    D("[Wednesday, 12 October 2022]", "2022-10-12", "dateline")
    A("briefing [read by]", OS, MOD)
    D("On [the night of Tuesday, 11 October]", "2022-10-11", "explicit")
    K("killed", "[Two] smugglers were killed", 2)
    K("detained", "and [one] was arrested", 1)
    K("injured", "[No] mujahid was harmed", 0)
    W("an [anti-tank mine]", "mine")
    K("injured", "district, [an] Afghan citizen", 1)
    L("from the [Tajik side] of the river", None, "country", "TJ", role="origin")
    K("detained", "detained [four] members", 4)
    W("Two [Kalashnikovs]", "small_arms")
    W("quantity of [explosives]", "explosives")
    L("the [Sher Khan Bandar] port", "AF-KDZ", "site", "AF")
    K("killed", "Killed: [2]", 2)
    K("detained", "Detained: [5]", 5)
    K("injured", "Wounded: [1]", 1)
    A("spokesman [added]", DEN, MOD)
    A("added that [reports] on", REP, "some social media accounts")
    K("killed", "\"[dozens] of mujahideen", None, "unspecified", low=24)


@spec("eval_zze09_red_cross_update.txt")
def _zze09():  # published Fri 2023-02-24; shelling on the evening of Thursday 16 February
    ref("2023-02-24")
    D("district, [16-23 February 2023]", "2023-02-16", "explicit", "2023-02-23")
    D("evening of [16 February]", "2023-02-16", "explicit")
    W("[mortar] rounds struck", "mortar")
    A("[According to the district authorities]", OS, "the Farkhor district authorities")
    K("killed", "authorities, [two] civilians", 2)
    SKIP("Red Crescent Society of Tajikistan")
    D("as of [23 February]", "2023-02-23", "explicit")
    K("injured", "admitted [13] weapon-wounded", 13)
    K("injured", "among them [five] children", 5)
    K("killed", "[Two] of the patients died", 2)
    K("missing", "families of [three] men", 3)
    D("since [the night of the shelling]", "2023-02-16", "relative")
    K("detained", "visited [17] detainees", 17)
    W("[unexploded ordnance]", "explosives")
    A("Tajik officials have [said]", OS, "Tajik officials")
    L("fired from [Afghanistan]'s Takhar", None, "country", "AF", role="origin")
    L("from Afghanistan's [Takhar] province", "AF-TAK", "region", "AF", role="origin")
    A("have [denied] this", DEN, "the Taliban authorities in Takhar")
    A("attack,\" [said] Ruth Bechtel", OS, "Ruth Bechtel, head of the ICRC mission in Dushanbe")


@spec("eval_zze10_un_statement_khwahan.txt")
def _zze10():  # published Tue 2024-04-23; the shelling on Sunday 21 April
    ref("2024-04-23")
    UN = "UNAMA"
    L("[KABUL], 23 April", "AF-KAB", "town", "AF")
    D("KABUL, [23 April 2024]", "2024-04-23", "dateline")
    SKIP("United Nations Assistance Mission in Afghanistan")
    A("concerned by [reports] of civilian", REP, "unattributed reports")
    D("on [Sunday, 21 April]", "2024-04-21", "explicit")
    L("from across the [Amu Darya] struck", None, "border", None, role="origin")
    A("[According to UNAMA's preliminary findings]", OS, UN)
    K("killed", "findings, [four] civilians", 4)
    K("killed", "including [two] children", 2)
    K("injured", "[six] others were injured", 6)
    A("Badakhshan have [said]", OS, "the de facto authorities in Badakhshan")
    L("from the [Tajik bank]", None, "country", "TJ", role="origin")
    A("spokesman [told] local media", OS, "a de facto provincial spokesman in Badakhshan")
    K("injured", "\"up to [ten]\"", 10, "up_to")
    A("statement [carried by]", REP, "the Tajik state news agency")
    A("agency, [said] their units", DEN, BT)
    W("used [artillery]", "artillery")
    W("or [mortars]", "mortar")
    D("the area [that day]", "2024-04-21", "relative")
    A("mechanisms,\" [said] Deputy", OS, "Marta Lindqvist, UNAMA Deputy Special Representative")
    A("UNAMA [recorded]", OS, UN)
    K("killed", "at least [five] civilians", 5, "at_least")
    W("by [landmines]", "mine")
    W("and [unexploded ordnance]", "explosives")
    D("in [the first three months of 2024]", "2024-01-01", "explicit", "2024-03-31")


@spec("eval_zze11_info_message_seizures.txt")
def _zze11():  # no header; issue line Dushanbe, 3 December 2024 (Tuesday)
    ref("2024-12-03")
    SKIP("Drug Control Agency under the President of the Republic of Tajikistan")
    D("Dushanbe, [3 December 2024]", "2024-12-03", "dateline")
    D("period [from 25 November to 1 December 2024]", "2024-11-25", "explicit", "2024-12-01")
    K("detained", "operations, [12] persons", 12)
    K("detained", "among them [3] citizens", 3)
    D("On [28 November]", "2024-11-28", "explicit")
    K("killed", "fire, [one] violator", 1)
    K("detained", "and [one] was detained", 1)
    K("injured", "[One] serviceman", 1)
    W("A [Kalashnikov assault rifle]", "small_arms")
    A("[According to the Border Troops]", OS, BT)
    D("On [30 November]", "2024-11-30", "explicit")
    K("detained", "district, [two] residents", 2)
    D("[Since the beginning of 2024]", "2024-01-01", "relative", "2024-12-03")
    K("detained", "detained [143] persons", 143)


@spec("eval_zze12_embassy_alert.txt")
def _zze12():  # published Tue 2026-06-02
    ref("2026-06-02")
    SKIP("U.S. Embassy Dushanbe")
    D("([June 2, 2026])", "2026-06-02", "dateline")
    L("Oblast ([GBAO])", "TJ-GB", "region", "TJ")
    A("government sources [report]", REP, "local media and Tajik government sources")
    D("on [the night of May 31]", "2026-05-31", "explicit")
    L("near the [Panji Poyon] border crossing point", "TJ-KT", "site", "TJ")
    A("[According to] Tajikistan's Ministry", OS, "Tajikistan's Ministry of Internal Affairs")
    K("killed", "[one] Tajik border guard", 1)
    K("injured", "and [two] customs officers", 2)
    A("social media [put the number]", REP, "unconfirmed reports on social media")
    K("killed", "at up to [four]", 4, "up_to")
    D("traffic on [Monday]", "2026-06-01", "weekday")
    D("Separately, on [Saturday]", "2026-05-30", "weekday")
    W("a [landmine] explosion", "mine")
    K("injured", "injured [two] foreign cyclists", 2)
    A("Local authorities [said]", OS, "local authorities")
    K("injured", "[No] U.S. citizens", 0)
    X("within [50 kilometers]", 50, "kilometers", q="up_to")
    L("the [Panji Poyon] crossing", "TJ-KT", "site", "TJ")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zze*.txt", rel=REL, gaz=GAZ, out=OUT)
    finish(OUT)
    sys.exit(rc)
