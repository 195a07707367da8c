"""Build benchmarks/eval/set_zq/truth.jsonl from the annotation specs below (same format as set T).

Set ZQ: 12 held-out articles in newspaper-print style. Only what is particular to this set lives here:
where its articles are, the ``file`` prefix, its gazetteer (a copy of set T's) and its specs. The
anchor/offset machinery is the shared benchmarks/eval/annotate.py; the thin wrappers below add the
fields the shared README (../README.md) lists beyond set T's: casualty ``low``/``high``/``group``/``side``
(and an optional ``note``), date ``basis`` (and optional ``note``), distance ``qualifier`` and location
``country``.

    .venv/bin/python benchmarks/eval/set_zq/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zq/articles/"

SPECS = Specs()
spec = SPECS.register

CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"


def K(kind, ctx, value, q="exact", group=None, side=None, low="auto", high="auto", nth=None, note=None):
    """Casualty claim with low/high derived from the shared README's rules unless given."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if low == "auto" or high == "auto":
        if q in ("exact", "about"):
            lo, hi = value, value
        elif q == "at_least":
            lo, hi = value, None
        elif q in ("more_than", "over"):
            lo, hi = value + 1, None
        elif q in ("nearly", "up_to"):
            lo, hi = None, value
        else:  # unspecified: pass low/high explicitly
            lo, hi = None, None
        low = lo if low == "auto" else low
        high = hi if high == "auto" else high
    rec.update(low=low, high=high, group=group, side=side)
    if note:
        rec["note"] = note
    return rec


def D(ctx, norm, end=None, basis="explicit", nth=None, note=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if note:
        rec["note"] = note
    return rec


def _country(code, prec, name):
    if code:
        return code[:2]
    if prec == "country":
        low = name.lower()
        if "tajik" in low:
            return "TJ"
        if "afghan" in low:
            return "AF"
        raise AssertionError(name)
    return None


def L(ctx, code, prec, role="place", country="auto", nth=None):
    rec = annotate.L(ctx, code, prec, role, nth)
    rec["country"] = _country(code, prec, rec["anchor"]) if country == "auto" else country
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec["qualifier"] = q
    return rec


_auto = annotate.auto_locations


def _auto_locations(a, gaz):
    _auto(a, gaz)
    for c in a.claims:
        if c["kind"] == "location" and "country" not in c:
            c["country"] = _country(c["admin1_code"], c["precision"], c["anchor"])


annotate.auto_locations = _auto_locations  # build() looks the name up in annotate's globals

BT = "Tajikistan's Border Troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zq/README.md. Every gazetteer name in the body is annotated automatically with its default;
# L(...) overrides, SKIP(...) excludes (outlet names, sign-offs, court/road names).
# --------------------------------------------------------------------------------------------------


@spec("eval_zq01_frontpage_farkhor.txt")
def _zq01():  # no header; page line Thursday 16 October 2025 (reference), dateline Oct. 15; attack early Wed 15 Oct
    D("[Thursday, 16 October 2025]", "2025-10-16", basis="dateline")
    K("killed", "[THREE] GUARDS KILLED", 3, group="border guards", side=SEC)
    L("ON [FARKHOR] POST", "TJ-KT", "district")
    K("injured", "[Four] wounded as gunmen", 4, group="border guards", side=SEC)
    A("residents [say] toll", REP, "residents")
    L("[FARKHOR], Oct. 15", "TJ-KT", "district")
    D("FARKHOR, [Oct. 15]", "2025-10-15", basis="dateline")
    K("killed", "[Three] Tajik border guards", 3, group="Tajik border guards", side=SEC)
    K("injured", "killed and [four] others", 4, group="Tajik border guards", side=SEC)
    D("early hours of [Wednesday]", "2025-10-15", basis="weekday")
    A("the Border Troops [said].\n", OS, BT)
    W("with [Kalashnikovs]", "small_arms")
    W("[rocket-propelled grenade launcher]", "rpg")
    A("statement [said]. Two", OS, BT)
    K("killed", "[Two] of the attackers", 2, group="attackers", side=MIL)
    K("detained", "and [a third] was detained", 1, group="attackers", side=MIL)
    A("[told] the Courier", OS, "Colonel Rustam Davlatov, Border Troops spokesman")
    K("killed", "We lost [three]", 3, group="border guards", side=SEC)
    X("about [two kilometres]", 2, "kilometres", q="about")
    A("residents [gave] a different", REP, "residents of Dahana")
    K("killed", "\"[Five] soldiers died", 5, group="soldiers (border guards)", side=SEC)
    K("killed", "died, not [three]", 3, group="soldiers (border guards)", side=SEC,
      note="the official figure, quoted to be disputed")
    A("[said] Saidmurod Qodirov", REP, "Saidmurod Qodirov, Dahana resident")
    A("neighbour [put the number]", REP, "a neighbour in Dahana")
    K("injured", "\"[six or seven]\"", None, "unspecified", group="border guards", side=SEC, low=6, high=7,
      note="range 'six or seven'")
    K("injured", "[Two] villagers were also hurt", 2, group="villagers", side=CIV)
    A("[according to the district hospital in Farkhor]", OS, "the district hospital in Farkhor")
    A("Takhar province [said]", DEN, "the Taliban's border command in Takhar province")
    D("said on [Wednesday] that", "2025-10-15", basis="weekday")
    X("the [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    D("since [August 2021]", "2021-08-01", "2021-08-31")


@spec("eval_zq02_evening_late_edition.txt")
def _zq02():  # published 2025-10-15 (Wednesday, late edition); attack before dawn the same day
    SKIP("By our Khatlon correspondent")
    D("[WEDNESDAY 15 OCTOBER 2025]", "2025-10-15", basis="dateline")
    K("killed", "RISES TO [THREE]", 3, group="border guards", side=SEC)
    L("AT [FARKHOR] POST", "TJ-KT", "district")
    K("killed", "Wounded [guard] dies", 1, group="border guard", side=SEC)
    K("killed", "[A third] border guard", 1, group="border guard", side=SEC)
    K("killed", "bringing to [three]", 3, group="servicemen", side=SEC)
    D("in [this morning]'s attack", "2025-10-15", basis="relative")
    A("the Border Troops [said] at 6", OS, BT)
    A("first edition [reported]", RET, "The Evening Bulletin, first edition")
    K("killed", "reported [two] guards", 2, group="guards", side=SEC)
    K("injured", "dead and [five] wounded", 5, group="guards", side=SEC)
    A("Border Troops now [give]", OS, BT)
    K("injured", "the wounded as [four]", 4, group="guards", side=SEC)
    A("Border Troops [described]", OS, BT)
    W("with [automatic rifles]", "small_arms")
    W("a [grenade launcher]", "rpg")
    K("killed", "[Two] of them were killed", 2, group="attackers", side=MIL)
    K("detained", "and [one] was captured", 1, group="attackers", side=MIL)
    A("the statement [said]", OS, BT)
    A("[spoke of] heavier losses", REP, "residents of Dahana")
    A("One farmer [said]", REP, "a farmer in Dahana")
    K("killed", "\"at least [four]\"", 4, "at_least", group="bodies (border guards)", side=SEC)
    A("another [said] the figure", REP, "another resident of Dahana")
    K("killed", "the figure was [five]", 5, group="border guards", side=SEC)
    A("Police [put it at]", OS, "police")
    K("killed", "put it at [three]", 3, group="border guards", side=SEC)
    K("killed", "[No] civilians were killed", 0, group="civilians", side=CIV)
    A("administration [said], but", OS, "the Farkhor district administration")
    K("injured", "but [two] villagers", 2, group="villagers", side=CIV)
    A("Hamdard, [said]", DEN, "Mawlawi Abdul Qahar Hamdard, spokesman for the Taliban's border forces")
    L("\"not from [Afghanistan]\"", None, "country", role="origin")
    L("from [Afghan soil]", None, "country", role="origin", country="AF")
    D("[Last month]", "2025-09-01", "2025-09-30", basis="relative")
    K("injured", "[one] guard was wounded", 1, group="guard", side=SEC)
    W("by a [mine]", "mine")


@spec("eval_zq03_inside_page_ryn.txt")
def _zq03():  # published 2024-04-12 (Friday); shooting on Tuesday night, 9 April
    G = "men crossing the Panj (violators per Tajik side, shepherds per Afghan side)"
    GOV = "the Eshkashem district governor's office"
    SKIP("Our correspondent in Ishkoshim")
    K("killed", "[Two] killed as guards", 2, group=G)
    A("Afghan officials [say]", DEN, "Afghan officials")
    L("[KHORUGH] —", "TJ-GB", "town")
    K("killed", "shot dead [two] men", 2, group=G)
    K("injured", "wounded [a third]", 1, group=G)
    D("on [Tuesday night]", "2024-04-09", basis="weekday")
    A("the river [said], but", OS, "officials on both sides of the river")
    A("regional command [said]", OS, BT)
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("opened fire, it [said]", OS, BT)
    K("killed", "[Two] were killed on a sandbank", 2, group="violators")
    K("injured", "sandbank, [one] was wounded", 1, group="violators")
    K("detained", "sandbank, [one] was wounded", 1, group="violators")
    A("The command [said]", OS, BT)
    W("a [hunting rifle]", "small_arms")
    A("a doctor there [told]", REP, "a doctor at the hospital in Khorugh")
    D("Tribune on [Thursday]", "2024-04-11", basis="weekday")
    A("governor's office [said]", DEN, GOV)
    A("Qari Nasrullah, [told]", DEN, "Qari Nasrullah, spokesman for " + GOV)
    A("He [said] only", DEN, "Qari Nasrullah, spokesman for " + GOV)
    D("crossed [that night]", "2024-04-09", basis="relative")
    K("missing", "that [one] of them, a teenager", 1, group="a teenager among the men who crossed")
    A("[According to figures published by the Border Troops]", OS, BT)
    D("Border Troops in [January]", "2024-01-01", "2024-01-31")
    K("detained", "detained [31] violators", 31, group="violators")
    K("killed", "killed [four] last year", 4, group="violators")
    D("four [last year]", "2023-01-01", "2023-12-31", basis="relative")
    D("[Tuesday]'s shooting", "2024-04-09", basis="weekday")
    D("district [this year]", "2024-01-01", "2024-04-12", basis="relative")


@spec("eval_zq04_news_in_brief.txt")
def _zq04():  # no header; page line Tuesday 27 May 2025 (reference)
    D("[Tuesday, 27 May 2025]", "2025-05-27", basis="dateline")
    # Vanj
    L("[VANJ]\n", "TJ-GB", "district")
    K("injured", "[Boy] hurt by old mine", 1, group="boy", side=CIV)
    W("old [mine]", "mine")
    K("injured", "[A] 12-year-old boy", 1, group="12-year-old boy", side=CIV)
    D("injured on [Sunday]", "2025-05-25", basis="weekday")
    W("a [landmine]", "mine")
    A("the district administration [said]. He", OS, "the Vanj district administration")
    # Shahritus
    L("[SHAHRITUS]\n", "TJ-KT", "district")
    K("killed", "[Body] recovered from river", 1, group="fisherman", side=CIV)
    K("killed", "body of [a] man", 1, group="fisherman", side=CIV)
    D("Aivaj on [Saturday]", "2025-05-24", basis="weekday")
    D("[three days after] he", "2025-05-21", basis="relative",
      note="the day the two men went out: three days before Saturday 24 May")
    A("nets, police [said]", OS, "police")
    K("missing", "The [second] man is still missing", 1, group="fisherman", side=CIV)
    X("a [15-kilometre] stretch", 15, "kilometre")
    # Ishkoshim
    L("[ISHKOSHIM]\n", "TJ-GB", "district")
    K("detained", "[Three] held with hashish", 3, group="Afghan citizens", side=FOR)
    K("detained", "detained [three] Afghan citizens", 3, group="Afghan citizens", side=FOR)
    D("Namadgut on [Monday]", "2025-05-26", basis="weekday")
    A("National Security [said]", OS, "the State Committee for National Security")
    # Khwahan
    L("[KHWAHAN] (AFGHANISTAN)", "AF-BDS", "district")
    L("KHWAHAN ([AFGHANISTAN])", None, "country")
    K("injured", "house, [no one] hurt", 0, group="residents", side=CIV)
    L("from the [Tajik bank]", None, "country", role="origin", country="TJ")
    D("late on [Sunday]", "2025-05-25", basis="weekday")
    K("injured", "Sunday; [no one] was hurt", 0, group="residents", side=CIV)
    A("district officials [told]", OS, "Khwahan district officials")
    # Dushanbe tally
    L("[DUSHANBE]\nBorder tally", "TJ-DU", "town")
    A("The Border Troops [said] on Monday", OS, BT)
    D("said on [Monday] that 14", "2025-05-26", basis="weekday")
    K("detained", "that [14] violators", 14, group="violators")
    K("killed", "detained and [two] killed", 2, group="violators")
    L("the [Tajik–Afghan border]", None, "border")
    D("[since the start of the year]", "2025-01-01", "2025-05-27", basis="relative")
    K("killed", "that [one] serviceman had died", 1, group="serviceman", side=SEC)
    D("In [the same period last year]", "2024-01-01", "2024-05-27", basis="relative",
      note="the same period (1 January - 27 May) of the previous year")
    K("detained", "figures were [22]", 22, group="violators", note="elliptical: detained violators")
    K("killed", "were 22, [five]", 5, group="violators", note="elliptical: violators killed")
    K("killed", "five and [three]", 3, group="servicemen", side=SEC, note="elliptical: servicemen who died")


@spec("eval_zq05_photo_captions.txt")
def _zq05():  # published 2025-10-18 (Saturday); captions on the Farkhor attack of Wednesday 15 October
    D("[SATURDAY 18 OCTOBER 2025]", "2025-10-18", basis="dateline")
    K("killed", "one of [four] border guards", 4, group="border guards", side=SEC)
    D("in [Wednesday]'s attack", "2025-10-15", basis="weekday")
    D("Kulob on [Friday]", "2025-10-17", basis="weekday")
    K("killed", "[A fourth] guard", 1, group="border guard (Sergeant Bahrom Nazarov)", side=SEC)
    D("late on [Thursday]", "2025-10-16", basis="weekday")
    K("injured", "[three] others remain in hospital", 3, group="border guards", side=SEC)
    D("bullet on [Thursday]", "2025-10-16", basis="weekday")
    A("Farkhor [says]", OS, "the district hospital in Farkhor")
    K("injured", "treated [three] villagers", 3, group="villagers", side=CIV)
    K("injured", "among them [a] nine-year-old girl", 1, group="nine-year-old girl", side=CIV)
    K("killed", "[no one] in the village was killed", 0, group="villagers", side=CIV)
    D("reopened on [Tuesday]", "2025-10-14", basis="weekday")
    D("attended [on the first day]", "2025-10-14", basis="relative")
    D("Panji Poyon on [Thursday]", "2025-10-16", basis="weekday")
    A("The Border Troops [say]", OS, BT)
    K("detained", "detained [41] violators", 41, group="violators")
    D("[so far this year]", "2025-01-01", "2025-10-18", basis="relative")
    D("guards on [Wednesday evening]", "2025-10-15", basis="weekday")
    K("killed", "[two] of whom were killed", 2, group="attackers", side=MIL)
    L("crossed from [Afghanistan]", None, "country", role="origin")
    A("[according to the Border Troops]", OS, BT)
    K("detained", "[A third] man, captured", 1, group="attacker", side=MIL)


@spec("eval_zq06_corrections_box.txt")
def _zq06():  # published 2025-10-18 (Saturday); corrects Thursday 16 Oct, Tuesday 14 Oct, 9 and 11 October
    CO = "The Morning Courier (corrected report)"
    L("[Farkhor] attack.", "TJ-KT", "district")
    D("front-page report on [Thursday]", "2025-10-16", basis="weekday")
    K("killed", "(\"[Three] guards killed", 3, group="guards", side=SEC,
      note="headline of the corrected report, quoted")
    A("post\") [said] that two", RET, CO)
    K("injured", "that [two] villagers", 2, group="villagers", side=CIV)
    A("bullets, [citing] the district hospital", OS, "the district hospital in Farkhor")
    A("The hospital has since [told] us", OS, "the district hospital in Farkhor")
    K("injured", "it treated [three] villagers", 3, group="villagers", side=CIV)
    K("injured", "villagers, [one] of them a child", 1, group="child", side=CIV)
    A("The report also [gave]", RET, CO)
    A("Border Troops have since [said]", OS, BT)
    K("killed", "that [a fourth] guard", 1, group="guard", side=SEC)
    D("late on [Thursday], after", "2025-10-16", basis="weekday")
    D("news-in-brief item on [Tuesday]", "2025-10-14", basis="weekday")
    K("missing", "\"[Two] missing on the Amu Darya\"", 2, group="fishermen", side=CIV,
      note="headline of the corrected item, quoted")
    A("Amu Darya\", [said]", RET, CO)
    K("missing", "that [two] fishermen", 2, group="fishermen from Shahritus", side=CIV)
    D("missing since [Sunday]", "2025-10-12", basis="weekday")
    K("missing", "[One] of the men was found alive", 1, group="fisherman", side=CIV,
      note="reported missing, later found alive (shared README)")
    D("found alive on [Wednesday]", "2025-10-15", basis="weekday")
    K("missing", "the [other] is still missing", 1, group="fisherman", side=CIV)
    D("An article on [9 October]", "2025-10-09")
    A("Ishkoshim [said] that the", RET, CO)
    X("was [1,200 kilometres] long", 1200, "kilometres", "TJ-AF border")
    X("It is [1,344 km] long", 1344, "km", "TJ-AF border")
    D("A caption on [11 October]", "2025-10-11")
    A("[described] Taloqan", RET, CO)


@spec("eval_zq07_letters_shkev.txt")
def _zq07():  # no header; page line Monday 2 March 2026 (reference); shelling on the night of 23 to 24 February
    SKIP("Shkev, Darvoz district\n")  # letter signature (sign-off)
    SKIP("Farrukh Aminov\nBokhtar")  # letter signature (sign-off)
    D("[Monday, 2 March 2026]", "2026-03-02", basis="dateline")
    D("Your report of [24 February]", "2026-02-24")
    K("injured", "(\"[Two] hurt as shells", 2, group="residents of Shkev", side=CIV,
      note="headline of the earlier report, quoted")
    K("injured", "[Three] people were hurt", 3, group="residents of Shkev", side=CIV)
    D("hurt [that night]", "2026-02-23", "2026-02-24", basis="relative")
    K("injured", "that night, not [two]", 2, group="residents of Shkev", side=CIV,
      note="the earlier report's figure, disputed")
    K("injured", "my neighbour's [wife]", 1, group="neighbour's wife", side=CIV)
    K("injured", "her [son], who is eleven", 1, group="her son, 11", side=CIV)
    K("injured", "and [an] old shepherd", 1, group="shepherd", side=CIV)
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    D("did [last August]", "2025-08-01", "2025-08-31")
    K("killed", "when [a] woman was killed", 1, group="woman", side=CIV)
    D("[Since last summer]", "2025-06-01", "2025-08-31", basis="relative")
    K("killed", "buried [two] people", 2, group="villagers of Shkev", side=CIV)
    W("A [drone] can watch", "drone")
    D("[On Friday]", "2026-02-27", basis="weekday")
    A("Border Troops [told] the Courier", OS, BT)
    K("injured", "that [two] civilians", 2, group="civilians", side=CIV)
    D("on [the night of 23 to 24 February]", "2026-02-23", "2026-02-24")
    K("killed", "\"[no one] was killed\"", 0, group="civilians", side=CIV)
    A("A spokesman [said]", OS, "a Border Troops spokesman")
    K("injured", "the figure of [three]", 3, group="residents of Shkev", side=CIV)
    A("has [denied]", DEN, "the Taliban-run administration in Darwaz")
    L("fired from [Afghanistan]", None, "country", role="origin")


@spec("eval_zq08_court_page_shohin.txt")
def _zq08():  # published 2024-11-27 (Wednesday); dateline Nov. 26; ambush on the night of 3 to 4 June 2024
    SKIP("Khatlon regional court")
    L("over [Shohin] border ambush", "TJ-KT", "district")
    L("[BOKHTAR], Nov. 26", "TJ-KT", "town")
    D("BOKHTAR, [Nov. 26]", "2024-11-26", basis="dateline")
    D("court on [Tuesday]", "2024-11-26", basis="weekday")
    D("district in [June]", "2024-06-01", "2024-06-30")
    K("killed", "which [one] guard was killed", 1, group="border guard", side=SEC)
    K("injured", "and [two] were wounded", 2, group="border guards", side=SEC)
    A("[According to the indictment]", OS, "the prosecution (indictment)")
    D("on [the night of 3 to 4 June]", "2024-06-03", "2024-06-04")
    W("carrying [automatic rifles]", "small_arms")
    W("[hand grenades]", "grenade")
    K("injured", "the [two] privates with him", 2, group="privates (border patrol)", side=SEC)
    K("killed", "[Two] of the Afghans were shot dead", 2, group="Afghan accomplices", side=MIL)
    A("Odinaev, [told]", OS, "Shukhrat Odinaev, prosecutor")
    K("detained", "The [four] defendants were detained", 4, group="defendants", side=MIL)
    D("between [5 and 12 June]", "2024-06-05", "2024-06-12")
    A("Defence lawyers [disputed]", DEN, "defence lawyers")
    A("Ismoilov, 31, [said]", DEN, "counsel for Faridun Ismoilov")
    A("sergeant,\" she [said]", DEN, "counsel for Faridun Ismoilov")
    A("[testified]", REP, "a wounded private (witness)")
    D("testified [last month]", "2024-10-01", "2024-10-31", basis="relative")
    A("The defence [said]", REP, "the defence")


@spec("eval_zq09_long_read_namadgut.txt")
def _zq09():  # published 2023-07-29 (Saturday); the shooting on the evening of 17 September 2022
    D("[SATURDAY 29 JULY 2023]", "2023-07-29", basis="dateline")
    L("the [Wakhan], a strip", "AF-BDS", "district")
    D("one night [last September]", "2022-09-01", "2022-09-30")
    X("[100 kilometres] downstream", 100, "kilometres")
    D("evening of [17 September last year]", "2022-09-17")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("killed", "[One] of them, Aslam", 1, group="resident of Namadgut", side=CIV)
    K("injured", "[A second] man, his cousin", 1, group="resident of Namadgut", side=CIV)
    K("injured", "and [a third] broke his ankle", 1, group="resident of Namadgut", side=CIV)
    A("The Border Troops [said] at the time", OS, BT)
    K("killed", "that [one] resident", 1, group="resident", side=CIV)
    K("injured", "killed and [two] injured", 2, group="residents", side=CIV)
    L("territory of [Afghanistan]", None, "country", role="origin")
    A("[told] local reporters", OS, "officials in Eshkashem")
    K("injured", "that [nobody] had been hurt", 0, group="Eshkashem side (Taliban fighters)", side=MIL)
    D("[In March] he died", "2023-03-01", "2023-03-31")
    A("his family [says]", REP, "Sherali's family")
    K("killed", "the [second] man to die", 1, group="resident of Namadgut (Sherali)", side=CIV)
    D("die of [that night]", "2022-09-17", basis="relative")
    A("administration still [lists]", OS, "the Ishkoshim district administration")
    K("killed", "lists [one] dead", 1, group="residents", side=CIV)
    K("killed", "one dead, not [two]", 2, group="residents", side=CIV, note="the family's figure, disputed")
    A("Villagers [say]", REP, "villagers of Namadgut")
    A("[said] Sherali's widow", REP, "Gulbahor, Sherali's widow")
    D("[This spring]", "2023-03-01", "2023-05-31", basis="relative")


@spec("eval_zq10_weekly_regional_shohin.txt")
def _zq10():  # no header; page line Friday 22 November 2024 (reference); shooting on Monday 18 November
    SKIP("Kulob–Khovaling road")  # a road name
    D("[Friday, 22 November 2024]", "2024-11-22", basis="dateline")
    K("injured", "[Two] shepherds wounded", 2, group="shepherds", side=CIV)
    K("injured", "[Two] shepherds from", 2, group="shepherds", side=CIV)
    D("on [Monday afternoon]", "2024-11-18", basis="weekday")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    A("administration [told] the Voice", OS, "the Shamsiddin Shohin district administration")
    A("Doctors there [said]", REP, "doctors at the central district hospital")
    D("said on [Wednesday]", "2024-11-20", basis="weekday")
    W("a [machine gun]", "small_arms")
    A("[said] a third brother", REP, "a brother of the wounded shepherds")
    A("The Border Troops [confirmed]", OS, BT)
    A("Khwahan [told]", DEN, "the Taliban's district chief in Khwahan")
    D("district [this year]", "2024-01-01", "2024-11-22", basis="relative")
    D("[In April]", "2024-04-01", "2024-04-30")
    K("killed", "[a] herdsman was killed", 1, group="herdsman", side=CIV)
    D("in [August] two boys", "2024-08-01", "2024-08-31")
    K("injured", "August [two] boys", 2, group="boys collecting firewood", side=CIV)
    A("[By the Voice's count]", REP, "Kulob Voice")
    K("killed", "makes [one] dead", 1, group="civilians", side=CIV)
    K("injured", "dead and [four] injured", 4, group="civilians", side=CIV)
    D("[since the spring]", "2024-03-01", "2024-05-31", basis="relative",
      note="start of the span: spring 2024 (cf. set T's 'since June' -> June)")
    A("Nazriev, [said]", OS, "Sulton Nazriev, district deputy chairman")
    K("missing", "[A] 16-year-old boy reported missing", 1, group="16-year-old boy", side=CIV,
      note="reported missing, found safe (shared README)")
    D("missing [last week]", "2024-11-15", "2024-11-21", basis="relative")
    D("village on [Saturday]", "2024-11-16", basis="weekday")


@spec("eval_zq11_sunday_magazine_farkhor.txt")
def _zq11():  # published 2026-03-01 (Sunday); looks back at the Farkhor attack of 15 October 2025
    D("[1 MARCH 2026]", "2026-03-01", basis="dateline")
    L("AT [DAHANA]\n", "TJ-KT", "village")
    K("killed", "included [a] cook", 1, group="border guard (cook)", side=SEC)
    K("killed", "[a] driver who had", 1, group="border guard (driver)", side=SEC)
    K("killed", "and [a] sergeant", 1, group="border guard (sergeant)", side=SEC)
    X("[two kilometres] from the post", 2, "kilometres")
    D("broke on [15 October]", "2025-10-15")
    A("the Border Troops [said] two", OS, BT)
    K("killed", "said [two] guards", 2, group="guards", side=SEC)
    D("By [that evening]", "2025-10-15", basis="relative")
    K("killed", "the figure was [three]", 3, group="guards", side=SEC)
    D("by [the Friday]", "2025-10-17", basis="relative", note="the Friday after 15 October 2025")
    K("killed", "by the Friday, [four]", 4, group="guards", side=SEC)
    D("[In January]", "2026-01-01", "2026-01-31")
    K("killed", "In January [a fifth]", 1, group="border guard (Private Umed Saidov)", side=SEC)
    A("the [official toll]", OS, BT)
    K("killed", "stands at [five] dead", 5, group="border guards", side=SEC)
    K("injured", "dead and [two] wounded", 2, group="border guards", side=SEC)
    K("killed", "\"We said [five]", 5, group="border guards", side=SEC)
    D("five [that first morning]", "2025-10-15", basis="relative")
    A("[says] Saidmurod Qodirov", REP, "Saidmurod Qodirov, Dahana resident")
    D("the Panj [that night]", "2025-10-14", "2025-10-15", basis="relative",
      note="the night of 14 to 15 October 2025 (attack in the early hours of the 15th)")
    K("killed", "[Two] were killed at the post", 2, group="attackers", side=MIL)
    K("detained", "[A third], an Afghan citizen", 1, group="attacker, Afghan citizen", side=MIL)
    D("sentenced in [December]", "2025-12-01", "2025-12-31")
    K("detained", "detained [dozens] of people", None, "unspecified", group="people in Farkhor and Kulob",
      low=24, high=None)
    D("in [the week after the attack]", "2025-10-16", "2025-10-22", basis="relative",
      note="the seven days after the attack of 15 October 2025")
    A("has always [said]", DEN, "the Taliban administration in Takhar")
    A("quickly,\" she [says]", REP, "Zulfiya, Karimov's mother")
    W("A [drone] now", "drone")
    A("would [say only]", OS, "a Border Troops lieutenant")
    D("[Last week]", "2026-02-22", "2026-02-28", basis="relative")
    A("Border Troops [announced]", OS, BT)


@spec("eval_zq12_afghan_daily_darqad.txt")
def _zq12():  # no header; page line Sunday 30 July 2023 (reference), dateline July 29; shooting on Friday 28 July
    SAFI = "Mawlawi Abdul Mubin Safi, Takhar police spokesman"
    REL_ = "a relative of the dead men"
    D("[Sunday, July 30, 2023]", "2023-07-30", basis="dateline")
    K("killed", "[Two] fishermen killed", 2, group="fishermen", side=CIV)
    K("missing", "killed, [one] missing", 1, group="fisherman", side=CIV)
    L("[TALOQAN], July 29", "AF-TAK", "town")
    D("TALOQAN, [July 29]", "2023-07-29", basis="dateline")
    K("killed", "[Two] fishermen were killed", 2, group="fishermen", side=CIV)
    K("injured", "and [one] other wounded", 1, group="fisherman", side=CIV)
    L("on the [Amu River] in", None, "border")
    D("on [Friday morning]", "2023-07-28", basis="weekday")
    A("provincial officials [said]", OS, "Takhar provincial officials")
    D("said on [Saturday].", "2023-07-29", basis="weekday")
    K("missing", "[A fourth] man who was in the boat", 1, group="fisherman", side=CIV)
    A("found, [said]", OS, SAFI)
    A("he [told] the Ledger", OS, SAFI)
    A("Safi [said]", DEN, SAFI)
    A("doctors [described]", REP, "doctors at the provincial hospital in Taloqan")
    A("[gave] a higher toll", REP, REL_)
    K("killed", "\"My [two] cousins", 2, group="cousins (fishermen)", side=CIV)
    K("killed", "and [a] neighbour's son", 1, group="neighbour's son (fisherman)", side=CIV)
    K("killed", "[Three] families have lost", 3, group="fishermen", side=CIV,
      note="three families have lost their sons: three dead")
    A("sons,\" he [said]", REP, REL_)
    K("killed", "body of the [third] man", 1, group="fisherman", side=CIV)
    D("river on [Saturday afternoon]", "2023-07-29", basis="weekday")
    A("[carried by] the state news agency", REP, "the Tajik state news agency")
    A("news agency, [said]", OS, "Tajikistan's border service")
    K("killed", "that [one] violator", 1, group="violator", side=MIL)
    A("fishermen and [said]", OS, "Tajikistan's border service")
    K("injured", "said [no] Tajik personnel", 0, group="Tajik border personnel", side=SEC)
    A("foreign ministry [said]", OS, "the Taliban's foreign ministry")
    D("Darqad [this year]", "2023-01-01", "2023-07-30", basis="relative")
    D("in [March] a 15-year-old", "2023-03-01", "2023-03-31")
    K("killed", "[a] 15-year-old boy", 1, group="15-year-old boy", side=CIV)
    A("[according to district officials]", OS, "Darqad district officials")
    A("Local elders [say]", REP, "local elders in Darqad")
    K("killed", "at least [nine] people", 9, "at_least", group="people from Darqad district", side=CIV)
    L("from the [Tajik bank]", None, "country", role="origin", country="TJ")
    X("about [170 kilometres]", 170, "kilometres", q="about")
    L("along the [Amu River].", None, "border")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zq*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
