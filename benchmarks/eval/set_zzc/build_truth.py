"""Build benchmarks/eval/set_zzc/truth.jsonl from the annotation specs below (same format as set T).

Set ZZC ("newspaper print") is a blind held-out set: twelve fictional articles laid out and worded the
way printed newspapers are. Only what is particular to the set lives here: where its articles are, the
``file`` prefix written into truth, its gazetteer (set_zzc/gazetteer.py, a copy of set T's) and its
specs. The annotation helpers and the anchor/offset machinery are in benchmarks/eval/annotate.py.

Compared with set T's builder, the wrappers below also write the fields the shared README lists but
annotate.py does not: casualty ``low``/``high``/``group``/``side``, date ``basis`` (and optional
``time_of_day``), location ``country``, distance ``value``/``qualifier`` and population ``qualifier``.
Every normalised date is also checked not to lie after its article's reference (publication) date.

    .venv/bin/python benchmarks/eval/set_zzc/build_truth.py
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
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import occurrences  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zzc/articles/"

SPECS = Specs()
spec = SPECS.register

SF, CIV, MIL, FN = "security_forces", "civilian", "militants", "foreign_nationals"
BT = "Tajikistan's Border Troops"
TJAF = "TJ-AF border"

# Reference (publication) date of every article: the header's `published`, or for files without a
# header the date in the page line / masthead (checked against the article text in its spec).
REF = {
    "eval_zzc01_tabloid_splash_dahana.txt": "2024-10-14",
    "eval_zzc02_broadsheet_analysis_year.txt": "2025-12-27",
    "eval_zzc03_readers_editor_aivaj.txt": "2022-02-19",
    "eval_zzc04_provincial_front_page_dahana.txt": "2024-10-15",
    "eval_zzc05_qa_border_commander.txt": "2023-08-03",
    "eval_zzc06_funeral_report_navobod.txt": "2024-10-16",
    "eval_zzc07_south_asian_daily_regional.txt": "2023-07-31",
    "eval_zzc08_page_two_digest.txt": "2026-03-11",
    "eval_zzc09_leader_shkev.txt": "2025-11-25",
    "eval_zzc10_one_week_on_dahana.txt": "2024-10-21",
    "eval_zzc11_russian_paper_english_edition.txt": "2023-08-01",
    "eval_zzc12_picture_story_shkev.txt": "2025-11-22",
}
HEADER = {n for n in REF if n[8:10] in ("01", "03", "05", "06", "09", "11", "12")}

COUNTRY = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def K(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    """Casualty count with the README's low/high bounds derived from value and qualifier."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: vague words, lower bound given by the spec (several 3, dozens 24)
        lo, hi = low, None
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", tod=None, nth=None):
    """Date or date range with its basis (explicit, weekday, relative, dateline)."""
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    """Explicit location; ``country`` derived from the admin1 code unless given."""
    rec = annotate.L(ctx, code, prec, role, nth)
    rec["country"] = country if country is not None else (code[:2] if code else None)
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def P(ctx, value, q="exact", nth=None):
    rec = annotate.P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


def finish(art: annotate.Art, name: str) -> None:
    """Fill location countries for gazetteer hits and check every date against the reference date."""
    ref = dt.date.fromisoformat(REF[name])
    for c in art.claims:
        if c["kind"] == "location" and "country" not in c:
            code = c["admin1_code"]
            c["country"] = code[:2] if code else COUNTRY.get(c["anchor"])
        if c["kind"] == "location" and c["precision"] == "country":
            assert c["country"] in ("TJ", "AF"), c
        if c["kind"] == "date" and c["normalized"]:
            assert dt.date.fromisoformat(c["normalized_end"]) <= ref, (c, ref)
            assert dt.date.fromisoformat(c["normalized"]) >= ref - dt.timedelta(days=366 * 5), c
        if c["kind"] in ("killed", "injured", "missing", "detained"):
            assert c["side"] in (None, SF, CIV, MIL, FN), c
    if name in HEADER:
        assert art.text.startswith("url: ") and art.body > 0, name
        assert f"published: {REF[name]}\n" in art.text[: art.body], name
    else:
        assert art.body == 0, (name, art.body)


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# listed in set_zzc/README.md. Locations not covered by an L(...) or SKIP(...) come from the gazetteer.
# --------------------------------------------------------------------------------------------------


@spec("eval_zzc01_tabloid_splash_dahana.txt")
def _zzc01():  # published Monday 2024-10-14 (morning tabloid); the raid late on Sunday 13 October
    K("killed", "[TWO] GUARDS DEAD", 2, group="border guards", side=SF)
    K("injured", "DEAD, [FOUR] HURT", 4, group="border guards", side=SF)
    K("killed", "[Three] gunmen shot dead", 3, group="gunmen", side=MIL)
    K("detained", "dead - [fourth] caught", 1, group="gunman", side=MIL)
    K("killed", "[TWO] young border guards", 2, group="border guards", side=SF)
    D("gunned down [last night]", "2024-10-13", basis="relative", tod="night")
    L("on the [Afghan border]", None, "border")
    K("injured", "[Four] of their comrades", 4, group="border guards", side=SF)
    L("the [Dahana] post", "TJ-KT", "site")
    K("killed", "[Three] of the raiders", 3, group="raiders", side=MIL)
    K("detained", "[A fourth] was dragged", 1, group="raider", side=MIL)
    A("the Border Troops [said]", OS, BT)
    L("from [Afghanistan] in two", None, "country", role="origin", country="AF")
    W("[Kalashnikovs]", "small_arms")
    W("[hand grenades]", "grenade")
    A("officials [told] the Star", OS, "officials")
    A("[said] shopkeeper", REP, "Rahmon Boboev, shopkeeper")
    X("barely [300 metres]", 300, "metres")
    D("was [last night] fighting", "2024-10-13", basis="relative", tod="night")
    A("province [insisted]", DEN, "Taliban officials in Takhar province")
    A("one [told] a local", DEN, "a Taliban official in Takhar")
    X("the [1,344km] frontier", 1344, "km", TJAF)
    D("frontier [this year]", "2024-01-01", "2024-10-14", basis="relative")
    D("In [March] two", "2024-03-01", "2024-03-31")
    K("killed", "March [two] guards died", 2, group="border guards", side=SF)


@spec("eval_zzc02_broadsheet_analysis_year.txt")
def _zzc02():  # page line Saturday 2025-12-27 (no header)
    D("[Saturday 27 December 2025]", "2025-12-27", basis="dateline")
    W("When [mortar] shells", "mortar")
    D("Shkev on [18 November]", "2025-11-18")
    K("killed", "killing [four] people", 4, group="Shkev villagers", side=CIV)
    D("every month [this year]", "2025-01-01", "2025-12-27", basis="relative")
    A("[By the Review's count]", REP, "The Dushanbe Review")
    K("killed", "local reporting, [14] civilians", 14, group="civilians (Tajik side, 2025)", side=CIV)
    K("injured", "at least [31] were wounded", 31, "at_least", group="civilians (Tajik side, 2025)", side=CIV)
    K("killed", "[Five] border guards died", 5, group="border guards (2025)", side=SF)
    K("killed", "were [six] civilians", 6, group="civilians (2024)", side=CIV)
    K("killed", "civilians and [three] guards", 3, group="border guards (2024)", side=SF)
    D("briefing on [Tuesday]", "2025-12-23", basis="weekday")
    A("Border Troops [spoke of]", OS, BT)
    K("killed", "spoke of [nine] civilian", 9, group="civilians (official, 2025)", side=CIV)
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    K("killed", "the [two] teenagers", 2, group="teenagers (landmine near Vanj)", side=CIV)
    W("an old [landmine]", "mine")
    D("Vanj in [June]", "2025-06-01", "2025-06-30")
    A("[said] Parviz", REP, "Parviz Mirzoev, security analyst")
    P("some [23,000] people", 23000, "about")
    A("Afghan officials [dispute]", DEN, "Afghan officials")
    A("[quoted by] Afghan media", REP, "Afghan media")
    D("[earlier this month]", "2025-12-01", "2025-12-26", basis="relative")
    A("this month, [said]", OS, "a spokesman for the Taliban's border forces in Badakhshan")
    K("killed", "\"more than [20]\"", 20, "more_than", group="Afghans (Taliban claim)", side=CIV)
    D("by Tajik fire [this year]", "2025-01-01", "2025-12-27", basis="relative")
    L("THE [TAJIK-AFGHAN BORDER] IN", None, "border")
    X("Length: [1,344 km]", 1344, "km", TJAF)
    X("([835 miles])", 835, "miles", TJAF)
    K("killed", "Tajik side: [14]", 14, group="civilians (fact box)", side=CIV)
    K("injured", "Tajik side: at least [31]", 31, "at_least", group="civilians (fact box)", side=CIV)
    K("killed", "Border guards killed: [5]", 5, group="border guards (fact box)", side=SF)
    K("killed", "(official): [12]", 12, group="attackers and smugglers (official)", side=MIL)
    K("detained", "detained (official): [58]", 58, group="violators (official)", side=MIL)
    D("Darvoz, [18 November]", "2025-11-18")
    K("killed", "- [4] dead", 4, group="Shkev villagers", side=CIV)
    K("injured", "dead, [4] wounded", 4, group="Shkev villagers", side=CIV)


@spec("eval_zzc03_readers_editor_aivaj.txt")
def _zzc03():  # published Saturday 2022-02-19; the shooting on Sunday afternoon, 13 February
    PAPER = "The Capital Times"
    D("On [Tuesday] this newspaper", "2022-02-15", basis="weekday")
    A("this newspaper [reported]", RET, PAPER + " (Tuesday's front-page story)")
    K("killed", "that [four] fishermen", 4, group="fishermen from Aivaj", side=CIV)
    A("wrote to [tell] us so", REP, "readers")
    D("on [Monday evening]", "2022-02-14", basis="weekday", tod="evening")
    D("out on [Sunday afternoon]", "2022-02-13", basis="weekday", tod="afternoon")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("killed", "[Two] were killed", 2, group="fishermen", side=CIV)
    K("injured", "[A third], Farhod", 1, group="fisherman", side=CIV)
    K("missing", "[The fourth], his brother", 1, group="fisherman", side=CIV)
    A("[told] him by telephone", REP, "a neighbour of the families")
    K("killed", "\"all [four] are dead", 4, group="fishermen", side=CIV)
    A("had [put the number]", OS, "the Shahritus district administration")
    K("killed", "of dead at [two]", 2, group="fishermen", side=CIV)
    A("We [printed]", RET, PAPER)
    K("killed", "(\"[Four] fishermen", 4, group="fishermen", side=CIV)
    K("killed", "vaguer \"at least [two]\"", 2, "at_least", group="fishermen", side=CIV)
    D("On [Thursday] divers", "2022-02-17", basis="weekday")
    K("killed", "recovered [a] body", 1, group="fisherman (Bakhtiyor Yusufov)", side=CIV)
    X("some [3 km]", 3, "km", q="about")
    A("the administration [said]. The toll", OS, "the Shahritus district administration")
    K("killed", "now [three] dead", 3, group="fishermen", side=CIV)
    K("injured", "dead and [one] wounded", 1, group="fisherman", side=CIV)
    A("The Border Troops [said] on Wednesday", DEN, BT)
    D("said on [Wednesday]", "2022-02-16", basis="weekday")
    A("Aivaj, [denied]", DEN, "officials in Qala-i-Zal district, Kunduz province")
    A("We have [corrected]", RET, PAPER)


@spec("eval_zzc04_provincial_front_page_dahana.txt")
def _zzc04():  # masthead Tuesday 2024-10-15 (no header); the attack late on Sunday 13 October
    ADM = "the Khatlon regional administration"
    D("[Tuesday, 15 October 2024]", "2024-10-15", basis="dateline")
    L("[DAHANA] TOLL", "TJ-KT", "village")
    K("killed", "RISES TO [THREE]", 3, group="border guards", side=SF)
    K("killed", "[A THIRD] border guard", 1, group="border guard", side=SF)
    D("[Sunday night]'s attack", "2024-10-13", basis="weekday", tod="night")
    L("the [Dahana] post", "TJ-KT", "site")
    A("administration [said] yesterday", OS, ADM)
    D("said [yesterday].", "2024-10-14", basis="relative")
    D("late on [Monday afternoon]", "2024-10-14", basis="weekday", tod="afternoon")
    A("doctors [said]", REP, "doctors")
    K("killed", "[Two] of his comrades", 2, group="border guards", side=SF)
    K("injured", "[Three] other guards", 3, group="border guards", side=SF)
    K("injured", "and [a] shepherd", 1, group="shepherd from Dahana", side=CIV)
    A("the administration [said]. Earlier", OS, ADM)
    A("Earlier statements had [said]", OS, "earlier official statements")
    K("injured", "said [no] civilians", 0, group="civilians", side=CIV)
    A("The Border Troops [said] three", OS, BT)
    K("killed", "said [three] attackers", 3, group="attackers", side=MIL)
    K("detained", "and [a fourth], an Afghan", 1, group="attacker (Afghan citizen)", side=MIL)
    W("Two [Kalashnikov rifles]", "small_arms")
    W("a [pistol]", "firearms")
    W("four [hand grenades]", "grenade")
    A("Noori, [said]", DEN, "Mawlawi Abdul Basir Noori, police spokesman in Takhar")
    L("from [Yangi Qala] district", "AF-TAK", "district", role="origin")
    A("Courier [gave the number]", RET, "The Southern Courier (first edition)")
    K("injured", "guards as [five]", 5, group="border guards", side=SF)
    A("figure [given by] the Border Troops", OS, BT)
    K("injured", "at the time was [four]", 4, group="border guards", side=SF)
    A("were [corrected]", RET, "The Southern Courier")
    K("killed", "for the [two] guards killed", 2, group="border guards", side=SF)
    D("killed on [Sunday] were", "2024-10-13", basis="weekday")
    D("were held [yesterday] in", "2024-10-14", basis="relative")
    SKIP("Page 2: What the villagers of Dahana saw")


@spec("eval_zzc05_qa_border_commander.txt")
def _zzc05():  # published Thursday 2023-08-03; the shooting on the night of 28 to 29 July
    # The commander's answers carry no cue of their own (see README); cues inside them are claims.
    A("province [say]", OS, "Taliban officials in Badakhshan province")
    K("killed", "killed [three] fishermen", 3, group="fishermen from Khwahan", side=CIV)
    D("on [the night of 28 to 29 July]", "2023-07-28", "2023-07-29", tod="night")
    D("Qalaikhumb on [Tuesday]", "2023-08-01", basis="weekday")
    D("happened [that night]?", "2023-07-28", "2023-07-29", basis="relative", tod="night")
    W("an [automatic rifle]", "small_arms")
    K("killed", "[Two] of the violators", 2, group="violators", side=MIL)
    K("detained", "[The third] jumped", 1, group="violator", side=MIL)
    A("Kabul [says]", OS, "the Afghan authorities (Kabul)")
    K("killed", "and that [three] were killed", 3, group="fishermen (Afghan account)", side=CIV)
    K("killed", "killed, not [two].", 2, group="men in the boat (Tajik account)")
    W("a [Kalashnikov]", "small_arms")
    K("killed", "recovered [two] bodies", 2, group="violators", side=MIL)
    K("killed", "bodies, not [three]", 3, group="men in the boat (Afghan account)")
    K("injured", "[Nobody] on our side", 0, group="border guards", side=SF)
    A("The Afghan side also [says]", OS, "the Afghan side")
    K("injured", "says [a fourth] man", 1, group="man in the boat (Afghan account)", side=CIV)
    D("quieter than [last year]?", "2022-01-01", "2022-12-31", basis="relative")
    D("[Since the start of the year]", "2023-01-01", "2023-08-03", basis="relative")
    K("detained", "detained [17] violators", 17, group="violators (2023 to date)", side=MIL)
    D("[Last year] we detained", "2022-01-01", "2022-12-31", basis="relative")
    K("detained", "detained [26] over", 26, group="violators (2022)", side=MIL)
    A("been [reports] of drones", REP, "unattributed reports")
    W("reports of [drones]", "drone")
    W("use [drones] here", "drone")
    X("about [200 kilometres]", 200, "kilometres", q="about")


@spec("eval_zzc06_funeral_report_navobod.txt")
def _zzc06():  # published Wednesday 2024-10-16; dateline 15 October (the funeral)
    K("killed", "son, [the third] guard to die", 1, group="border guard", side=SF)
    L("[NAVOBOD], Oct. 15", "TJ-KT", "village")
    D("NAVOBOD, [Oct. 15]", "2024-10-15", basis="dateline")
    D("in Kulob on [Monday]", "2024-10-14", basis="weekday")
    D("here on [Tuesday afternoon]", "2024-10-15", basis="weekday", tod="afternoon")
    K("killed", "He was [the third] border guard", 1, group="border guard", side=SF)
    L("the [Dahana] post", "TJ-KT", "site")
    D("late on [Sunday]", "2024-10-13", basis="weekday")
    D("rest on [Monday] in", "2024-10-14", basis="weekday")
    D("me on [Saturday]", "2024-10-12", basis="weekday")
    A("Hakimov, [said]", REP, "Sattor Hakimov, the guard's father")
    SKIP("the Farkhor detachment")
    A("[told] mourners", OS, "Lt Col Bahrom Saidov, deputy commander of the Farkhor detachment")
    K("killed", "killed [three] of the attackers", 3, group="attackers", side=MIL)
    K("detained", "captured [a fourth]", 1, group="attacker", side=MIL)
    A("fourth, he [said]", OS, "Lt Col Bahrom Saidov, deputy commander of the Farkhor detachment")
    K("injured", "Another [three] guards", 3, group="border guards", side=SF)
    K("injured", "[A] civilian hurt", 1, group="shepherd Karim Odinaev", side=CIV)
    A("His son [said]", REP, "the shepherd's son")
    A("District officials [said]", OS, "district officials")
    A("Takhar have [said]", DEN, "Taliban officials in Takhar")
    X("barely [150 metres]", 150, "metres")


@spec("eval_zzc07_south_asian_daily_regional.txt")
def _zzc07():  # page line Monday 2023-07-31 (no header); the shooting late on Friday 28 July
    HAM = "Maulvi Abdul Wahid Hamdard, Badakhshan provincial information head"
    D("Peshawar, [Monday, July 31, 2023]", "2023-07-31", basis="dateline")
    K("killed", "[3] Afghan fishermen", 3, group="Afghan fishermen", side=CIV)
    L("[KABUL]: Three", "AF-KAB", "town")
    K("killed", "[Three] Afghan fishermen", 3, group="Afghan fishermen", side=CIV)
    K("injured", "and [another] injured", 1, group="Afghan fisherman", side=CIV)
    L("the [Amu river]", None, "border")
    D("late on [Friday night]", "2023-07-28", basis="weekday", tod="night")
    A("Taliban officials [said] on Sunday", OS, "Taliban officials")
    D("said on [Sunday].", "2023-07-30", basis="weekday")
    A("Hamdard [told]", OS, HAM)
    A("\" he [said], adding", OS, HAM)
    D("families on [Saturday]", "2023-07-29", basis="weekday")
    D("[the same day]", "2023-07-29", basis="relative")
    A("day, he [said].", OS, HAM)
    A("[put the toll] at four", REP, "a district council member (anonymous)")
    K("killed", "toll at [four]", 4, group="men on the boat", side=CIV)
    K("missing", "saying [a] teenage boy", 1, group="teenage boy on the boat", side=CIV)
    A("[quoted by] a Russian", REP, "a Russian-language website")
    D("website on [Saturday]", "2023-07-29", basis="weekday")
    A("Saturday, [said] two", OS, BT)
    K("killed", "said [two] \"violators\"", 2, group="violators", side=MIL)
    W("a [Kalashnikov]", "small_arms")
    K("detained", "and [a third] detained", 1, group="violator", side=MIL)
    L("The [Amu], known", None, "border")
    X("[1,344-kilometre]", 1344, "kilometre", TJAF)
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    D("In [March], two", "2023-03-01", "2023-03-31")
    K("killed", "[two] Afghan traders", 2, group="Afghan traders", side=CIV)
    A("sides [blamed]", OS, "officials on both sides")


@spec("eval_zzc08_page_two_digest.txt")
def _zzc08():  # page line Wednesday 2026-03-11 (no header)
    D("[Wednesday, 11 March 2026]", "2026-03-11", basis="dateline")
    K("injured", "[A] Tajik border guard", 1, group="border guard", side=SF)
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    D("district on [Monday]", "2026-03-09", basis="weekday")
    A("the Border Troops [said]. His", OS, BT)
    D("section [this month]", "2026-03-01", "2026-03-11", basis="relative")
    K("injured", "[no one] was hurt in the first", 0)
    D("on [the 2nd]", "2026-03-02")
    K("detained", "[Five] held with", 5, group="Afghan citizens", side=FN)
    K("detained", "detained [five] Afghan", 5, group="Afghan citizens", side=FN)
    D("on [Sunday night]", "2026-03-08", basis="weekday", tod="night")
    K("injured", "[No one] was hurt, officials", 0)
    A("officials [said]", OS, "officials")
    K("missing", "[A] 13-year-old boy", 1, group="boy", side=CIV)
    D("since [Saturday]", "2026-03-07", basis="weekday")
    X("a [4-kilometre] stretch", 4, "kilometre")
    A("committee [said]", OS, "the emergencies committee")
    W("[Landmine] kills", "mine")
    K("killed", "kills [two] shepherds", 2, group="shepherds", side=CIV)
    K("killed", "[Two] shepherds were killed", 2, group="shepherds", side=CIV)
    K("injured", "and [a third] lost", 1, group="shepherd", side=CIV)
    W("on a [landmine] in", "mine")
    D("province [yesterday]", "2026-03-10", basis="relative")
    A("agency [reported]", REP, "the Bakhtar news agency")
    A("digest we [said]", RET, "The Capital Times (Monday's digest)")
    K("detained", "said [four] men", 4, group="men after the Farkhor clash")
    D("on [6 March]", "2026-03-06")
    A("Border Troops [say]", OS, BT)
    K("detained", "say [three] were", 3, group="men after the Farkhor clash")


@spec("eval_zzc09_leader_shkev.txt")
def _zzc09():  # published Tuesday 2025-11-25; the shelling on Tuesday 18 November
    PAPER = "The Capital Times"
    D("[A week ago today]", "2025-11-18", basis="relative")
    W("today, [mortar] shells", "mortar")
    P("about [400] people", 400, "about")
    K("killed", "[A] woman and two", 1, group="woman", side=CIV)
    K("killed", "and [two] of her grandchildren", 2, group="grandchildren", side=CIV)
    K("injured", "[five] other villagers", 5, group="villagers", side=CIV)
    D("On [Sunday] one", "2025-11-23", basis="weekday")
    K("killed", "Sunday [one] of them", 1, group="16-year-old girl (died of wounds)", side=CIV)
    K("killed", "toll to [four]", 4, group="Shkev villagers", side=CIV)
    A("which [said] the shells", OS, BT)
    L("territory of [Afghanistan]", None, "country", role="origin", country="AF")
    A("have [denied]", DEN, "the Taliban authorities in Badakhshan")
    A("[By this newspaper's count]", REP, PAPER)
    K("killed", "at least [13] civilians", 13, "at_least", group="civilians (Tajik side, this year)", side=CIV)
    D("the river [this year]", "2025-01-01", "2025-11-25", basis="relative")
    K("injured", "at least [30] wounded", 30, "at_least", group="civilians (Tajik side, this year)", side=CIV)
    D("published [last month]", "2025-10-01", "2025-10-31", basis="relative")
    A("[gives] nine", OS, "the interior ministry (year-to-date list)")
    K("killed", "gives [nine] dead", 9, group="civilians (official list)", side=CIV)
    A("spokesman [told] this", OS, "a Border Troops spokesman")
    D("newspaper on [Monday]", "2025-11-24", basis="weekday")
    X("The [1,344-kilometre] border", 1344, "kilometre", TJAF)


@spec("eval_zzc10_one_week_on_dahana.txt")
def _zzc10():  # page line Monday 2024-10-21 (no header), dateline 20 October; the attack 13 October
    TAK = "the Taliban's police in Takhar"
    D("[Monday 21 October 2024]", "2024-10-21", basis="dateline")
    L("[FARKHOR], 20 October", "TJ-KT", "district")
    D("FARKHOR, [20 October]", "2024-10-20", basis="dateline")
    L("the [Dahana] border post", "TJ-KT", "site")
    D("night of [the 13th]", "2024-10-13", tod="night")
    K("killed", "[Three] guards are dead", 3, group="border guards", side=SF)
    K("killed", "dead: [two] killed", 2, group="border guards", side=SF)
    K("killed", "and [a third], Private", 1, group="border guard", side=SF)
    D("[the following afternoon]", "2024-10-14", basis="relative", tod="afternoon")
    K("injured", "[Three] more were wounded", 3, group="border guards", side=SF)
    K("injured", "together with [a] shepherd", 1, group="shepherd", side=CIV)
    D("home on [Saturday]", "2024-10-19", basis="weekday")
    A("first [statement]", OS, BT)
    D("[last Monday]", "2024-10-14", basis="weekday")
    L("from [Afghanistan], three", None, "country", role="origin", country="AF")
    K("killed", "[three] attackers were killed", 3, group="attackers", side=MIL)
    K("detained", "and [a fourth] was captured", 1, group="attacker", side=MIL)
    D("charged on [Friday]", "2024-10-18", basis="weekday")
    A("prosecutors [said]", OS, "prosecutors")
    A("[told] the Review", REP, "villagers")
    A("site [reported] on Wednesday", REP, "an Afghan news site")
    D("reported on [Wednesday]", "2024-10-16", basis="weekday")
    K("killed", "that [four] of the attackers", 4, group="attackers (Afghan report)", side=MIL)
    K("killed", "not [three], citing", 3, group="attackers (official figure)", side=MIL)
    A("[citing] relatives", REP, "relatives in Takhar")
    K("killed", "collected [a fourth] body", 1, group="attacker (Afghan report)", side=MIL)
    A("Takhar [said] on Thursday", OS, TAK)
    D("said on [Thursday]", "2024-10-17", basis="weekday")
    K("detained", "detained [two] men", 2, group="suspected helpers (Yangi Qala)")
    A("continue to [deny]", DEN, TAK)
    A("[said] Nodira", REP, "Nodira Safarova, teacher")


@spec("eval_zzc11_russian_paper_english_edition.txt")
def _zzc11():  # published Tuesday 2023-08-01; dateline 31 July; the shooting on the night of 28 to 29 July
    PC = "the Border Troops press centre (GKNB)"
    K("killed", "[Two] violators eliminated on", 2, group="violators", side=MIL)
    K("detained", "[One] detained, no", 1, group="violator", side=MIL)
    K("killed", "detained, [no losses]", 0, group="border guards", side=SF)
    K("injured", "detained, [no losses]", 0, group="border guards", side=SF)
    L("[DUSHANBE], 31 July", "TJ-DU", "town")
    D("DUSHANBE, [31 July]", "2023-07-31", basis="dateline")
    D("On [the night of 28 to 29 July]", "2023-07-28", "2023-07-29", tod="night")
    SKIP("Kalai-Khumb border detachment")
    L("the [Islamic Emirate of Afghanistan]", None, "country", role="origin", country="AF")
    A("As [reported] to our", OS, PC)
    K("killed", "[two] violators were eliminated", 2, group="violators", side=MIL)
    K("detained", "and [one] was detained", 1, group="violator", side=MIL)
    K("killed", "There were [no losses]", 0, group="border patrol personnel", side=SF)
    K("injured", "There were [no losses]", 0, group="border patrol personnel", side=SF)
    W("one [AKM assault rifle]", "small_arms")
    A("[According to the press centre]", OS, PC)
    D("[since the beginning of 2023]", "2023-01-01", "2023-08-01")
    K("detained", "detained [17] violators", 17, group="violators (2023 to date)", side=MIL)
    D("On [30 July] Afghan", "2023-07-30")
    A("[citing] the Taliban", OS, "the Taliban administration of Badakhshan province")
    A("province, [reported]", REP, "Afghan media")
    K("killed", "that [three] persons", 3, group="fishermen from Khwahan (Afghan account)", side=CIV)
    K("injured", "killed and [one] wounded", 1, group="fisherman (Afghan account)", side=CIV)
    D("the [1 August] issue", "2023-08-01")


@spec("eval_zzc12_picture_story_shkev.txt")
def _zzc12():  # published Saturday 2025-11-22; the shelling on Tuesday afternoon, 18 November
    D("On [Tuesday afternoon]", "2025-11-18", basis="weekday", tod="afternoon")
    W("afternoon [mortar] shells", "mortar")
    K("killed", "[A] grandmother", 1, group="grandmother", side=CIV)
    K("killed", "and [two] of her grandsons", 2, group="grandsons", side=CIV)
    K("injured", "and [five] other villagers", 5, group="villagers", side=CIV)
    D("village on [Wednesday]", "2025-11-19", basis="weekday")
    D("[the same afternoon]", "2025-11-19", basis="relative", tod="afternoon")
    A("Neighbours [say]", REP, "neighbours")
    L("direction of [Darwaz]", "AF-BDS", "district", role="origin")
    L("on the [Afghan bank], about", None, "country", role="origin", country="AF")
    X("about [1.5 kilometres]", 1.5, "kilometres", q="about")
    D("Khorugh on [Thursday]", "2025-11-20", basis="weekday")
    A("Doctors [say]", REP, "doctors in Khorugh")
    X("some [15 km]", 15, "km", q="about")
    A("official [said]", OS, "a local official")
    A("The Border Troops [said] on Wednesday", OS, BT)
    D("said on [Wednesday] that", "2025-11-19", basis="weekday")
    L("territory of [Afghanistan]", None, "country", role="origin", country="AF")
    K("injured", "that [none] of their", 0, group="border guards", side=SF)
    A("Badakhshan [told]", DEN, "officials in Badakhshan")


def build() -> int:
    """Run every spec (as annotate.build does), fill the extra fields, check, write truth.jsonl."""
    names = sorted(p.name for p in ART.glob("eval_zzc*.txt"))
    assert sorted(SPECS) == names == sorted(REF), set(SPECS) ^ set(names)
    claims: list[dict] = []
    for name in names:
        art = annotate.Art(name, ART, REL)
        annotate.A_ = art
        SPECS[name]()
        annotate.auto_locations(art, GAZ)
        finish(art, name)
        seen = set()
        for c in art.claims:
            assert art.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(art.text, c["anchor"])[c["occurrence"]] == c["start"], c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
        claims += sorted(art.claims, key=lambda c: (c["start"], c["kind"]))
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
