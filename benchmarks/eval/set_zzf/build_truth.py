"""Build benchmarks/eval/set_zzf/truth.jsonl from the annotation specs below (same format as set T).

Set ZZF: regional and local press (district portals, local radio, messaging channels, village and
mahalla notices, school and farmers' papers, a diaspora site, an Afghan local radio's English page).
Modelled on set T's builder; the annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. This builder adds the fields the shared README (../README.md) lists that
the annotate helpers do not write: casualty ``low``/``high``/``group``/``side``, date ``basis`` (and
``time_of_day`` where the text gives one), location ``country``, distance ``value``/``qualifier``.

    .venv/bin/python benchmarks/eval/set_zzf/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate as an  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zzf/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

REF: dt.date | None = None  # the reference (publication) date of the article being annotated
VAGUE_LOW = {"several": 3, "dozens": 24}
COUNTRY = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def hdr(ref: str, header: bool) -> None:
    """Set the reference date and check where the body starts (after `---` for header files)."""
    global REF
    REF = dt.date.fromisoformat(ref)
    a = an.cur()
    if header:
        assert a.text.startswith("url: "), a.name
        assert a.text[: a.body].endswith("\n---\n"), (a.name, a.body)
        assert f"\npublished: {ref}\n" in a.text[: a.body], a.name
    else:
        assert a.body == 0, (a.name, a.body)


def K(kind, ctx, value, q="exact", group="", side=None, low=None, nth=None):
    """Casualty figure with the README's low/high bounds."""
    rec = an.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: a vague word
        lo, hi = VAGUE_LOW.get(rec["anchor"].lower(), low), None
    assert side in (None, "civilian", "security_forces", "militants", "foreign_nationals"), side
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def D(ctx, norm, end=None, basis="explicit", tod=None, nth=None, note=None):
    """Date; checks the weekday (annotate.D) and that it is not after the reference date."""
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec = an.D(ctx, norm, end, nth)
    assert REF is not None and dt.date.fromisoformat(rec["normalized_end"]) <= REF, (rec, REF)
    if basis == "weekday":  # the most recent such day on or before the reference date
        d = dt.date.fromisoformat(norm)
        assert 0 <= (REF - d).days < 7, (rec, REF)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    if note:
        rec["note"] = note
    return rec


def L(ctx, code, prec, country, role="place", nth=None):
    rec = an.L(ctx, code, prec, role, nth)
    rec["country"] = country
    return rec


def X(ctx, value, unit, q="exact", measures=None, nth=None):
    rec = an.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zzf/README.md. Locations not given explicitly are the gazetteer defaults (auto_locations).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zzf01_district_portal_farkhor.txt")
def _zzf01():  # published 2023-05-16 (Tuesday); the detention on the night of 14 to 15 May
    hdr("2023-05-16", True)
    SKIP("Tags: border, Dahana, security")
    SKIP("Farkhor farmers begin cotton sowing")
    SKIP("Road repair in Dahana completed")
    K("detained", "[Three] detained near Dahana", 3, group="men crossing near Dahana")
    D("[16.05.2023] |", "2023-05-16", basis="dateline")
    D("On [the night of Sunday to Monday]", "2023-05-14", "2023-05-15", basis="weekday", tod="night")
    K("detained", "detained [three] men", 3, group="men bringing goods across the Panj")
    A("administration [reports]", OS, "press service of the Farkhor district administration")
    A("[According to the information provided by the border detachment]", OS, "the border detachment")
    K("detained", "[Two] of the detainees", 2, group="residents of Farkhor district", side="civilian")
    K("detained", "the [third] is a citizen", 1, group="citizen of Afghanistan", side="foreign_nationals")
    K("injured", "[No one] was hurt", 0)
    A("the detachment [said]", OS, "the border detachment")
    W("a [hunting rifle]", "small_arms")
    A("Sharipov, [told] the portal", OS, "Nurali Sharipov, head of Dahana village")
    K("injured", "[nobody] in the village was injured", 0, group="villagers", side="civilian")
    A("injured,\" he [said]", OS, "Nurali Sharipov, head of Dahana village")
    D("on [Monday afternoon]", "2023-05-15", basis="weekday", tod="afternoon")
    A("[reminded] them", OS, "Jamshed Rahimzoda, chairman of the district")
    A("He [said] that since", OS, "Jamshed Rahimzoda, chairman of the district")
    D("[since the beginning of the year]", "2023-01-01", "2023-05-16", basis="relative")
    K("detained", "year [11] people", 11, group="people detained on the district's border section (tally)")
    D("[In April]", "2023-04-01", "2023-04-30")
    K("injured", "[a] shepherd from Dahana", 1, group="shepherd", side="civilian")
    L("from the [Afghan side]", None, "country", "AF", role="origin")


@spec("eval_zzf02_radio_transcript_shkev.txt")
def _zzf02():  # broadcast Saturday 2024-09-14 (no header); the boat overturned on Tuesday night, 10 Sep
    hdr("2024-09-14", False)
    D("[Saturday, 14 September 2024]", "2024-09-14", basis="dateline")
    K("missing", "search for [two] fishermen", 2, group="fishermen from Shkev", side="civilian")
    D("on [Tuesday night]", "2024-09-10", basis="weekday", tod="night")
    X("about [300 metres]", 300, "metres", "about")
    K("killed", "The body of [another]", 1, group="fisherman", side="civilian")
    D("on [Thursday morning]", "2024-09-12", basis="weekday", tod="morning")
    K("missing", "[Two] are still missing", 2, group="fishermen", side="civilian")
    A("emergency committee [says]", OS, "the Darvoz district emergency committee")
    K("killed", "We buried [one] of our boys", 1, group="fisherman", side="civilian")
    D("boys [yesterday]", "2024-09-13", basis="relative")
    A("Residents [told] me", REP, "residents of Shkev")
    D("[since the beginning of the summer]", "2024-06-01", "2024-09-14", basis="relative")
    D("[in July]", "2024-07-01", "2024-07-31")
    K("killed", "[a] boy drowned", 1, group="boy", side="civilian")
    D("[in August]", "2024-08-01", "2024-08-31")
    K("missing", "[a] shepherd was swept", 1, group="shepherd", side="civilian")
    D("on [Friday] after", "2024-09-13", basis="weekday")
    L("the [Shkev] bridge", "TJ-GB", "site", "TJ")


@spec("eval_zzf03_channel_roundup_aivaj.txt")
def _zzf03():  # published 2024-06-13 (Thursday); the shooting on Tuesday night, 11 June
    hdr("2024-06-13", True)
    CH = "post on a local messaging channel"
    D("Since [Tuesday night]", "2024-06-11", basis="weekday", tod="night")
    D("[Tue] 23:52", "2024-06-11", basis="weekday", tod="night")
    A("They [say] several", REP, "unnamed people quoted by the channel")
    K("injured", "They say [several] wounded", None, "unspecified", group="people on the melon fields",
      side="civilian")
    D("[Wed] 00:40", "2024-06-12", basis="weekday", tod="night")
    K("injured", "Up to [five] people hurt", 5, "up_to", group="people", side="civilian")
    K("injured", "[one] of them a woman", 1, group="woman", side="civilian")
    A("woman, [says] a cousin", REP, "a cousin of one of the workers (" + CH + ")")
    D("[Wed] 07:15", "2024-06-12", basis="weekday", tod="morning")
    A("district hospital [says]", OS, "the district hospital (" + CH + ")")
    K("injured", "says [four] people were brought", 4, group="people with gunshot wounds", side="civilian")
    D("[Wed] 11:30", "2024-06-12", basis="weekday", tod="morning")
    K("killed", "[A] worker from Navobod", 1, group="worker from Navobod", side="civilian")
    D("died [this morning]", "2024-06-12", basis="relative", tod="morning",
      note="the morning of the post dated Wed 12 June")
    D("[Wed] 18:05", "2024-06-12", basis="weekday", tod="evening")
    A("Border troops [say]", OS, BT + " (" + CH + ")")
    L("from [Afghan territory]", None, "country", "AF", role="origin")
    K("injured", "and [no] border guards were hurt", 0, group="border guards", side="security_forces")
    D("[Thu] 09:10", "2024-06-13", basis="weekday", tod="morning")
    A("Police [put it at]", OS, "police (" + CH + ")")
    K("injured", "at [three] injured", 3, group="people", side="civilian")
    K("injured", "not [four]", 4, group="people", side="civilian")
    A("administration [said] on Wednesday", OS, "press service of the regional administration")
    D("said on [Wednesday evening]", "2024-06-12", basis="weekday", tod="evening")
    K("killed", "that [one] resident", 1, group="resident of the district", side="civilian")
    K("injured", "and [three] were receiving", 3, group="residents", side="civilian")
    A("Hakimov, [told] us", OS, "Sattor Hakimov, chief doctor of the district hospital")
    D("on [Thursday morning]", "2024-06-13", basis="weekday", tod="morning")
    A("province [said] no shots", DEN, "a Taliban spokesman for Kunduz province")
    L("from the [Afghan bank]", None, "country", "AF", role="origin")
    D("bank [that night]", "2024-06-11", basis="relative", tod="night")
    A("Farmers there have [complained]", REP, "farmers of Aivaj")


@spec("eval_zzf04_village_notice_namadgut.txt")
def _zzf04():  # notice dated Sunday 2022-04-03 (no header); the mine blast on Friday 1 April
    hdr("2022-04-03", False)
    D("Namadgut, [3 April 2022]", "2022-04-03", basis="dateline")
    K("killed", "that [one] of our herders", 1, group="herder", side="civilian")
    D("on [Friday, 1 April]", "2022-04-01")
    W("on a [mine] on the slope", "mine")
    X("about [2 kilometres]", 2, "kilometres", "about")
    K("injured", "[Another] villager", 1, group="villager (the herder's nephew)", side="civilian")
    L("hospital in [Ishkoshim]", "TJ-GB", "town", "TJ")
    A("Doctors [say]", REP, "doctors")
    D("held [yesterday afternoon]", "2022-04-02", basis="relative", tod="afternoon")
    A("[According to the commander of the border outpost]", OS, "the commander of the border outpost")
    W("the [mine] was most likely", "mine")
    D("on [Saturday evening]", "2022-04-02", basis="weekday", tod="evening")
    W("more [anti-personnel mines]", "mine")
    W("see a [mine] or", "mine")
    W("any [unexploded ordnance]", "explosives")
    D("in [May 2020]", "2020-05-01", "2020-05-31")
    K("injured", "[two] children from Ryn", 2, group="children from Ryn", side="civilian")
    W("an old [grenade]", "grenade")


@spec("eval_zzf05_tv_bulletin_khatlon.txt")
def _zzf05():  # published 2025-02-20 (Thursday)
    hdr("2025-02-20", True)
    BD = "the regional border department"
    D("20:30 - [THURSDAY]", "2025-02-20", basis="dateline")
    A("Khatlon [say]", OS, "border guards in Khatlon")
    D("In [the early hours of Tuesday]", "2025-02-18", basis="weekday", tod="night")
    K("detained", "[Five] people were detained", 5, group="men who crossed the Amu Darya",
      side="foreign_nationals")
    A("border department [said]", OS, BD)
    K("injured", "[One] of the violators", 1, group="violator", side="foreign_nationals")
    W("Two [Kalashnikov rifles]", "small_arms")
    K("detained", "\"All [five] are", 5, group="citizens of Afghanistan", side="foreign_nationals")
    K("injured", "[Nobody] on our side", 0, group="border guards", side="security_forces")
    D("alarmed [yesterday morning]", "2025-02-19", basis="relative", tod="morning")
    W("small [drone]", "drone")
    A("administration [said] no one", OS, "the Shamsiddin Shohin district administration")
    K("injured", "said [no one] was hurt", 0)
    D("In Kulob [today]", "2025-02-20", basis="relative")
    K("killed", "funeral of [a] border serviceman", 1, group="border serviceman", side="security_forces")
    W("by a [mine] blast", "mine")
    D("blast [last week]", "2025-02-13", "2025-02-19", basis="relative")
    K("injured", "[Two] other servicemen", 2, group="servicemen", side="security_forces")
    A("his unit [told]", OS, "the serviceman's unit")
    D("[Since the start of the year]", "2025-01-01", "2025-02-20", basis="relative")
    K("detained", "detained [19] people", 19, group="people detained for drug smuggling (tally)")
    A("[according to the department]", OS, BD)


@spec("eval_zzf06_hospital_statement_shohin.txt")
def _zzf06():  # published 2021-11-10 (Wednesday); the explosion on Sunday 7 November
    hdr("2021-11-10", True)
    HOSP = "the central district hospital in Shamsiddin Shohin"
    K("killed", "hospital: [one] child dead", 1, group="child", side="civilian")
    K("injured", "dead, [four] treated", 4, group="children", side="civilian")
    A("Shohin [said] in a statement", OS, HOSP)
    D("statement on [Monday]", "2021-11-08", basis="weekday")
    K("killed", "that [a] child had died", 1, group="child", side="civilian")
    D("Panj [the day before]", "2021-11-07", basis="relative")
    D("DISTRICT HOSPITAL, [8 November 2021]", "2021-11-08")
    D("On [7 November 2021]", "2021-11-07")
    K("injured", "16:10, [five] children", 5, group="children aged 9 to 14", side="civilian")
    K("killed", "[one] of them, a boy aged 11", 1, group="boy aged 11", side="civilian")
    D("died [that night]", "2021-11-07", basis="relative", tod="night")
    A("anonymity, [said]", REP, "a district police officer speaking anonymously")
    W("old [mortar round]", "mortar")
    A("Residents [say]", REP, "residents")
    K("killed", "\"[Two] boys died", 2, group="boys", side="civilian")
    K("killed", "not [one]. The second", 1, group="boy", side="civilian")
    K("killed", "The [second] died", 1, group="boy", side="civilian")
    D("died [yesterday] in Kulob", "2021-11-08", basis="relative",
      note="said by the neighbour on Tuesday 9 November")
    A("families [told] us", REP, "a neighbour of one of the families")
    D("us on [Tuesday]", "2021-11-09", basis="weekday")
    A("would only [say]", OS, "the regional hospital in Kulob")
    K("injured", "\"[a number of]\" children", None, "unspecified", group="children from the district",
      side="civilian")
    A("their teacher [said]", REP, "the children's teacher")
    D("[Last month]", "2021-10-01", "2021-10-31", basis="relative")
    A("district administration [said] two", OS, "the district administration")
    K("injured", "said [two] men had been injured", 2, group="men ploughing", side="civilian")
    W("by [unexploded ordnance]", "explosives")


@spec("eval_zzf07_mahalla_newsletter_bokhtar.txt")
def _zzf07():  # issue dated Thursday 2026-01-15 (no header); the attack on Sunday night, 11 January
    hdr("2026-01-15", False)
    D("(86) · [15 January 2026]", "2026-01-15", basis="dateline")
    D("Darvoz on [Sunday night]", "2026-01-11", basis="weekday", tod="night")
    D("since [April 2025]", "2025-04-01", "2025-04-30")
    A("[According to the Border Troops]", OS, BT)
    L("crossed from [Afghanistan]", None, "country", "AF", role="origin")
    K("killed", "[One] serviceman was killed", 1, group="serviceman", side="security_forces")
    K("injured", "killed and [one] was wounded", 1, group="serviceman", side="security_forces")
    K("killed", "and [three] of the attackers", 3, group="attackers", side="militants")
    A("Border Troops [said] in a statement", OS, BT)
    A("comrades [told]", REP, "Umedjon's comrades")
    K("injured", "that [two] soldiers had been wounded", 2, group="soldiers", side="security_forces")
    K("injured", "wounded, not [one]", 1, group="soldier", side="security_forces")
    D("home on [Tuesday]", "2026-01-13", basis="weekday")
    A("Nazarov, [said]", OS, "Saidali Nazarov, chairman of the mahalla committee")
    A("Rahimova, [said]", REP, "Malika Rahimova, his former class teacher")
    D("[In December] two", "2025-12-01", "2025-12-31")
    K("injured", "December [two] conscripts", 2, group="conscripts from the mahalla", side="security_forces")
    W("hit a [mine]", "mine")
    K("missing", "[Two] brothers from Street 5", 2, group="brothers gone to Kunduz for work",
      side="civilian")
    D("work [in October]", "2025-10-01", "2025-10-31")
    D("[since November]", "2025-11-01", "2025-11-30")


@spec("eval_zzf08_week_in_district_rushon.txt")
def _zzf08():  # published 2025-08-09 (Saturday)
    hdr("2025-08-09", True)
    DET = "the Rushon border detachment"
    SKIP("Rushon border detachment")
    L("THE DISTRICT: [RUSHON]", "TJ-GB", "district", "TJ")
    D("on [the past seven days]", "2025-08-02", "2025-08-08", basis="relative")
    K("missing", "[A] herder from the village", 1, group="herder from Barchid", side="civilian")
    D("pasture on [Monday]", "2025-08-04", basis="weekday")
    D("On [Wednesday morning] his", "2025-08-06", basis="weekday", tod="morning")
    A("his daughter [said]", REP, "the herder's daughter")
    K("detained", "[Two] detained.", 2, group="men who crossed from Afghanistan", side="foreign_nationals")
    D("On [Thursday] border", "2025-08-07", basis="weekday")
    K("detained", "detained [two] men", 2, group="men who crossed from Afghanistan", side="foreign_nationals")
    L("crossed from [Afghanistan]", None, "country", "AF", role="origin")
    A("detachment [told] our paper", OS, DET)
    K("detained", "[Both] are citizens", 2, group="citizens of Afghanistan", side="foreign_nationals")
    A("the detachment [says]", OS, DET)
    D("[Since the beginning of the year]", "2025-01-01", "2025-08-09", basis="relative")
    K("detained", "year, [14] people", 14, group="people detained for illegal crossing (tally)")
    A("[according to the district prosecutor's office]", OS, "the district prosecutor's office")
    W("A [drone] over the river", "drone")
    A("Barchid [say]", REP, "residents of Barchid")
    W("watched a [drone]", "drone")
    D("on [Tuesday evening]", "2025-08-05", basis="weekday", tod="evening")
    A("The detachment [said] it was", OS, DET)
    W("civilian [quadcopter]", "drone")
    K("injured", "that [no one] was hurt", 0)
    W("\"A [UAV]", "drone")
    A("Saidov, [said]", OS, "Amonullo Saidov, village head")
    A("we [wrote]", RET, "the paper's previous column")
    K("killed", "that [two] Afghan fishermen", 2, group="Afghan fishermen", side="foreign_nationals")
    A("administration [says] only", OS, "the district administration")
    K("killed", "only [one] body", 1, group="Afghan fisherman", side="foreign_nationals")


@spec("eval_zzf09_diaspora_site_shkev.txt")
def _zzf09():  # published 2024-09-20 (Friday); same event as zzf02 (boat overturned 10 September)
    hdr("2024-09-20", True)
    KH = "Mirzo Kholov, head of Shkev village"
    K("killed", "fishermen: [a second] body found", 1, group="fisherman", side="civilian")
    K("missing", "found, [one] still missing", 1, group="fisherman", side="civilian")
    D("On [Wednesday morning], eight", "2024-09-18", basis="weekday", tod="morning")
    K("killed", "body of [a second] fisherman", 1, group="fisherman", side="civilian")
    D("Shkev [the same evening]", "2024-09-18", basis="relative", tod="evening")
    K("missing", "The [third] man is still missing", 1, group="fisherman", side="civilian")
    D("on [the night of 10 September]", "2024-09-10", tod="night")
    K("killed", "the body of [another] was found", 1, group="fisherman", side="civilian")
    D("found [two days later]", "2024-09-12", basis="relative")
    A("Kholov, [told] us", OS, KH)
    A("Some of you [have written]", REP, "community members on social media")
    K("killed", "all [three] bodies", 3, group="fishermen", side="civilian")
    A("Darvoz [put the number]", OS, "emergency officials in Darvoz")
    K("killed", "dead at [two]", 2, group="fishermen", side="civilian")
    K("missing", "and the [third] man is officially", 1, group="fisherman", side="civilian")
    D("jamoat on [Monday]", "2024-09-16", basis="weekday")


@spec("eval_zzf10_school_newsletter_dahana.txt")
def _zzf10():  # newsletter dated Friday 2023-03-03 (no header); the blast on Tuesday 28 February
    hdr("2023-03-03", False)
    SKIP("Tajikistan National Mine Action Centre")
    D("NEWSLETTER · [3 March 2023]", "2023-03-03", basis="dateline")
    K("injured", "[One] of our pupils", 1, group="pupil", side="civilian")
    D("on [Tuesday afternoon]", "2023-02-28", basis="weekday", tod="afternoon")
    W("piece of [unexploded ordnance]", "explosives")
    K("injured", "[No] other children were hurt", 0, group="children", side="civilian")
    A("His mother [told]", REP, "the pupil's mother")
    D("teacher [the day before yesterday]", "2023-03-01", basis="relative")
    A("pasture [say]", OS, "the border guards")
    W("old [mortar round]", "mortar")
    D("Behruz [last week]", "2023-02-24", "2023-03-02", basis="relative")
    W("lesson on [mines]", "mine")
    W("mines and [unexploded ordnance]", "explosives")
    D("Remember: [last year]", "2022-01-01", "2022-12-31", basis="relative")
    K("injured", "year [two] pupils", 2, group="pupils from the district", side="civilian")
    W("by a [mine] on the bank", "mine")
    K("injured", "2019 [a] boy from Dahana", 1, group="boy from Dahana", side="civilian")


@spec("eval_zzf11_farmers_paper_aivaj.txt")
def _zzf11():  # published 2024-06-18 (Tuesday); same event as zzf03 (shooting on the night of 11 June)
    hdr("2024-06-18", True)
    JUR = "Ismoil Jurayev, head of the farm"
    SKIP("Bogi Aivaj")
    L("[SHAHRITUS] DISTRICT", "TJ-KT", "district", "TJ")
    D("[A week ago today]", "2024-06-11", basis="relative")
    D("on [the night of 11 June]", "2024-06-11", tod="night")
    L("from the [Afghan bank]", None, "country", "AF", role="origin")
    K("killed", "[One] worker was killed", 1, group="farm worker", side="civilian")
    K("injured", "and [three] were wounded", 3, group="farm workers", side="civilian")
    A("Jurayev, [told]", REP, JUR)
    D("On [Saturday] the regional", "2024-06-15", basis="weekday")
    A("administration [raised the toll]", OS, "the regional administration")
    K("killed", "toll to [two] dead", 2, group="farm workers", side="civilian")
    K("killed", "dead: [a second] worker", 1, group="farm worker aged 19", side="civilian")
    D("Dushanbe on [Friday]", "2024-06-14", basis="weekday")
    K("killed", "[Both] men were buried", 2, group="farm workers", side="civilian")
    A("Witnesses [say]", REP, "witnesses")
    W("a [machine gun]", "small_arms")
    A("The Afghan side [has denied]", DEN, "the Afghan side")
    A("Jurayev [says]", REP, JUR)
    X("about [4 kilometres]", 4, "kilometres", "about")
    A("lost,\" he [said]", REP, JUR)
    X("camp [500 metres]", 500, "metres")
    A("detachment [said] on Monday", OS, "the border detachment")
    D("said on [Monday]", "2024-06-17", basis="weekday")


@spec("eval_zzf12_afghan_radio_khwahan.txt")
def _zzf12():  # published 2022-10-05 (Wednesday); the detention on Sunday 2 October
    hdr("2022-10-05", True)
    FAI = "Mawlawi Abdul Rahman Faizi, spokesman for the Khwahan district governor"
    A("Families [say] six Khwahan", REP, "families in Khwahan")
    K("detained", "say [six] Khwahan", 6, group="Khwahan men", side="civilian")
    A("officials [say] four", OS, "local officials")
    K("detained", "officials say [four]", 4, group="Khwahan men", side="civilian")
    A("Badakhshan province [say]", REP, "families in Khwahan")
    K("detained", "say [six] men", 6, group="men from the village", side="civilian")
    D("forces [three days ago]", "2022-10-02", basis="relative")
    A("Local officials [put the number]", OS, "local officials")
    K("detained", "number at [four]", 4, group="Khwahan men", side="civilian")
    K("detained", "\"[Four] people from Khwahan", 4, group="people from Khwahan", side="civilian")
    D("Tajik side on [Sunday]", "2022-10-02", basis="weekday")
    A("Faizi, [told]", OS, FAI)
    D("Kohsar on [Tuesday]", "2022-10-04", basis="weekday")
    A("Relatives [say]", REP, "relatives")
    K("injured", "say [one] of the men", 1, group="detained man", side="civilian")
    A("detainees [told] our reporter", REP, "a brother of one of the detainees")
    A("weapons,\" he [said]", REP, "a brother of one of the detainees")
    A("phone, [said] only", REP, "an unnamed source in the Tajik border service")
    K("detained", "\"[several]\" Afghan citizens", None, "unspecified", group="Afghan citizens",
      side="civilian")
    A("Residents [say] this", REP, "residents")
    D("Khwahan [this year]", "2022-01-01", "2022-10-05", basis="relative")
    D("[In June], three", "2022-06-01", "2022-06-30")
    K("detained", "June, [three] shepherds", 3, group="shepherds from Khwahan", side="civilian")
    D("[Last month]", "2022-09-01", "2022-09-30", basis="relative")
    K("killed", "[a] boy from Khwahan", 1, group="boy", side="civilian")
    X("found [2 kilometres]", 2, "kilometres")


def add_country(path: Path) -> int:
    """Gazetteer-default locations get ``country`` from their admin1 code or name (border: null)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] == "location" and "country" not in r:
            code = r["admin1_code"]
            r["country"] = code[:2] if code else COUNTRY.get(r["anchor"])
            assert r["country"] or r["precision"] == "border", r
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zzf*.txt", rel=REL, gaz=GAZ, out=OUT)
    sys.exit(rc or add_country(OUT))
