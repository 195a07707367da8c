"""Build benchmarks/eval/set_k/truth.jsonl from the annotation specs below (same format as sets B–I).

Only what is particular to set K lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_k/gazetteer.py: the shared frontier table plus five names) and its
specs. The annotation helpers and the writer that checks every anchor and offset are in
benchmarks/eval/annotate.py; ``check()`` below re-reads the written truth and checks every line once
more (text[start:end] == anchor, occurrence, span in the body, no same-kind overlaps).

Set K is entirely held-out and was written blind (see README.md).

    .venv/bin/python benchmarks/eval/set_k/build_truth.py
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, D, L, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import body_start, occurrences  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_k/articles/"
ROOT = HERE.parent.parent.parent

SPECS = Specs()
spec = SPECS.register

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the READMEs of sets B–I (later sets win) plus this set's README
# ("overnight into Tuesday" -> the night's two days; Solar Hijri dates beside Gregorian ones -> two
# claims; "Ten years ago" -> that calendar year; "Last night" -> P - 1; table/list cells -> claims).
# --------------------------------------------------------------------------------------------------
GKNB = "GKNB"
SIDES = ("civilian", "security_forces", "militants", "foreign_nationals", None)


def bounds(value: int | None, q: str) -> tuple[int | None, int | None]:
    """low/high as in benchmarks/eval/README.md (set A's casualty fields)."""
    if q in ("exact", "about"):
        return value, value
    if q == "at_least":
        return value, None
    if q in ("more_than", "over"):
        return value + 1, None
    if q in ("nearly", "up_to"):
        return None, value
    raise ValueError(q)  # no vague ("unspecified") casualty words in set K


def K(kind, ctx, value, q="exact", nth=None, *, g, s):
    """annotate.K plus set A's low/high, group and side, which set K records as well."""
    assert s in SIDES, s
    rec = annotate.K(kind, ctx, value, q, nth)
    low, high = bounds(value, q)
    rec.update(low=low, high=high, group=g, side=s)
    return rec


def X(ctx, value, unit, measures=None, nth=None, q="exact"):
    """annotate.X plus the value as written and its qualifier (benchmarks/eval/README.md)."""
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def P(ctx, value, nth=None, q="exact"):
    """annotate.P plus its qualifier."""
    rec = annotate.P(ctx, value, nth)
    rec.update(qualifier=q)
    return rec


def country(r: dict) -> str | None:
    """ISO2 country of a location claim: from admin1, else from the name; border features None."""
    if r["admin1_code"]:
        return r["admin1_code"][:2]
    if r["precision"] == "border":
        return None
    return "AF" if r["anchor"].startswith("Afghan") else "TJ" if r["anchor"].startswith("Tajik") else None


@spec("eval_k01_amp_wire_navobod_correction.txt")
def _k01():  # published 2021-10-06 (Wednesday); the clash overnight into Tuesday 5 October
    L("[DUSHANBE], Oct 6", "TJ-DU", "town")
    D("DUSHANBE, [Oct 6, 2021]", "2021-10-06")
    K("killed", "[Two] Tajik border guards", 2, g="Tajik border guards", s="security_forces")
    K("injured", "killed and [three] wounded", 3, g="Tajik border guards", s="security_forces")
    L("river from [Afghanistan]", None, "country", role="origin")
    D("[overnight into Tuesday]", "2021-10-04", "2021-10-05")
    A("border service [said] on Wednesday", OS, "Tajikistan's border service")
    D("said on [Wednesday]", "2021-10-06")
    X("about [4 km] from", 4, "km", q="about")
    A("the service [said] in a statement", OS, "Tajikistan's border service")
    A("It [said] the attackers", OS, "Tajikistan's border service")
    W("armed with [rifles]", "firearms")
    W("a [rocket-propelled grenade launcher]", "rpg")
    K("killed", "[One] attacker was killed", 1, g="attackers", s="militants")
    K("detained", "and [two] were detained", 2, g="attackers", s="militants")
    A("it [added]", OS, "Tajikistan's border service")
    A("hospital [told] AMP", REP, "a medic at the Kulob regional hospital")
    K("injured", "that the [three] wounded guards", 3, g="Tajik border guards", s="security_forces")
    K("injured", "that [a] local shepherd", 1, g="local shepherd", s="civilian")
    D("in [mid-August]", "2021-08-11", "2021-08-20")
    A("province [told] AMP by telephone", DEN, "a spokesman for the Taliban administration in Badakhshan")
    X("a [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    D("[Last Thursday]", "2021-09-30")
    K("injured", "with [no one] hurt", 0, g="border guards", s="security_forces")
    A("[according to the service]", OS, "Tajikistan's border service")
    D("CORRECTION, [Oct 7]", "2021-10-07")
    A("this story [said]", RET, "AMP (earlier version of the story)")
    K("injured", "said [four] guards had been wounded", 4, g="Tajik border guards", s="security_forces")
    A("statement [gave] the figure", OS, "Tajikistan's border service")
    K("injured", "the figure as [three]", 3, g="Tajik border guards", s="security_forces")


@spec("eval_k02_mfa_statement_ryn.txt")
def _k02():  # no header: publication from the date line, 2023-05-12 (Friday)
    SKIP("Ministry of Foreign Affairs of the Republic of Tajikistan")
    D("Dushanbe, [12 May 2023]", "2023-05-12")
    D("on [the night of 9 to 10 May 2023]", "2023-05-09", "2023-05-10")
    A("[According to the State Committee for National Security]", OS, GKNB)
    L("from the territory of [Afghanistan]", None, "country", role="origin")
    K("killed", "fire [one] serviceman", 1, g="Tajik border serviceman", s="security_forces")
    K("injured", "and [two] others were wounded", 2, g="Tajik border servicemen", s="security_forces")
    K("killed", "[Three] (3) violators were neutralized", 3, g="armed violators", s="militants")
    D("Earlier, on [2 May]", "2023-05-02")
    K("injured", "[a] civilian resident", 1, g="civilian resident of Ishkoshim", s="civilian")
    A("The Ministry [notes]", OS, "the Ministry of Foreign Affairs of Tajikistan")
    D("[Since the beginning of the year]", "2023-01-01", "2023-05-12")
    K("killed", "which [four] citizens", 4, g="citizens of Tajikistan", s=None)
    A("We [categorically reject]", DEN, "the Ministry of Foreign Affairs of Tajikistan")
    A("the [assertions] circulated", REP, "certain social networks")


@spec("eval_k03_mod_statement_dari_khwaja_bahauddin.txt")
def _k03():  # no header: publication from the date line, 15 Jawza 1403 = 2024-06-04 (Tuesday)
    SKIP("Ministry of National Defence of the Islamic Emirate of Afghanistan")
    D("Kabul, [15 Jawza 1403]", "2024-06-04")
    D("1403 / [4 June 2024]", "2024-06-04")
    D("[Last night]", "2024-06-03")
    L("from the territory of [Tajikistan]", None, "country", role="origin")
    K("killed", "result, [two] of the smugglers", 2, g="armed smugglers", s="militants")
    K("detained", "and [one] was captured alive", 1, g="armed smugglers", s="militants")
    K("injured", "while [one] border soldier", 1, g="Taliban border soldier", s="security_forces")
    A("foreign media have [claimed]", REP, "some foreign media")
    K("injured", "that [five] Tajik soldiers", 5, g="Tajik soldiers", s="security_forces")
    A("Defence [rejects] these claims", DEN, "the Ministry of National Defence of the Islamic Emirate")
    D("took place [earlier this year]", "2024-01-01", "2024-06-03")
    D("On [21 Hamal] (", "2024-04-09")
    D("21 Hamal ([9 April])", "2024-04-09")
    K("injured", "back; [no one] was hurt", 0, g="people in Dasht-e Qala", s=None)
    D("[Three weeks later]", "2024-04-30")
    K("killed", "district, [a] shepherd was martyred", 1, g="shepherd", s="civilian")
    W("by a [landmine]", "mine")
    A("Saberi, [told] Bakhtar", OS, "Mawlawi Hamidullah Saberi, ministry spokesman")
    K("killed", "bodies of the [two] dead", 2, g="armed smugglers", s="militants")


@spec("eval_k04_feature_darvoz_timeline.txt")
def _k04():  # published 2022-03-20 (Sunday)
    L("[QALAIKHUMB], Tajikistan", "TJ-GB", "town")
    D("For [the past week]", "2022-03-13", "2022-03-19")
    D("[Since the start of March]", "2022-03-01", "2022-03-20")
    K("killed", "has left [three] people dead", 3, g="people in Darvoz", s="civilian")
    K("injured", "between [four] and six wounded", 4, "at_least", g="people in Darvoz", s="civilian")
    A("[according to residents and local officials]", REP, "residents and local officials")
    A("service has [confirmed]", OS, "the Tajik border service")
    K("killed", "only [two] of the deaths", 2, g="people in Darvoz", s="civilian")
    A("[said] a teacher", REP, "a teacher in Ruzvai")
    A("on the Afghan side [say]", DEN, "officials in Darwaz district")
    D("[12 March] - A fisherman", "2022-03-12")
    K("killed", "[A] fisherman from Ruzvai", 1, g="fisherman", s="civilian")
    K("injured", "riverbank; [his nephew]", 1, g="fisherman's nephew", s="civilian")
    D("[14 March] - A mortar", "2022-03-14")
    W("A [mortar] round", "mortar")
    K("injured", "centre; [no one] is hurt", 0, g="people near Qalaikhumb", s=None)
    D("[16 March] - Border", "2022-03-16")
    K("detained", "detain [four] men", 4, g="men crossing from Afghanistan", s="militants")
    L("crossing from [Afghanistan]", None, "country", role="origin")
    K("injured", "opium; [one] guard is injured", 1, g="Tajik border guard", s="security_forces")
    D("[18 March] - Late", "2022-03-18")
    K("killed", "evening [a] woman is killed", 1, g="woman", s="civilian")
    K("injured", "and [two] of her children", 2, g="her children", s="civilian")
    X("some [150 miles]", 150, "miles", q="about")
    D("since [Thursday]", "2022-03-17")
    A("Khorugh, [said] the wounded", OS, "Sharif Nazarov, spokesman for the regional administration")
    A("Gulnora [says]", REP, "Gulnora, a resident of Ruzvai")


@spec("eval_k05_kulob_paper_hamadoni_ordnance.txt")
def _k05():  # no header: publication from the dateline, 3.04.2025 = 2025-04-03 (Thursday)
    L("[KULOB], 3.04.2025", "TJ-KT", "town")
    D("KULOB, [3.04.2025]", "2025-04-03")
    D("[Last Tuesday afternoon]", "2025-04-01")
    K("injured", "afternoon [two] brothers", 2, g="brothers (children)", s="civilian")
    W("an old [mortar] shell", "mortar")
    A("the district hospital [reported]", OS, "the Hamadoni district hospital")
    A("district [told] our newspaper", OS, "the deputy chairman of Hamadoni district")
    W("pieces of [unexploded ordnance]", "explosives")
    D("over [the winter]", "2024-12-01", "2025-02-28")
    A("he [said]. In late", OS, "the deputy chairman of Hamadoni district")
    D("In [late March], he", "2025-03-21", "2025-03-31")
    A("he [added]", OS, "the deputy chairman of Hamadoni district")
    D("suffered [this spring]", "2025-03-01", "2025-05-31")
    A("Residents [recall]", REP, "residents")
    D("on [24 March]", "2025-03-24")
    K("missing", "[a] fisherman from the district", 1, g="fisherman", s="civilian")
    D("found [two days later]", "2025-03-26")
    D("[Last year], according", "2024-01-01", "2024-12-31")
    A("[according to the district emergency committee]", OS, "the district emergency committee")
    K("killed", "[three] people were killed", 3, g="people in Hamadoni and Farkhor", s="civilian")
    K("injured", "and [seven] injured", 7, g="people in Hamadoni and Farkhor", s="civilian")
    W("by [mines] and", "mine")
    D("[Since 2022]", "2022-01-01", "2022-12-31")
    K("injured", "[a dozen] children have been hurt", 12, g="children", s="civilian")
    A("the committee [says]", OS, "the district emergency committee")
    X("a [12-kilometre] stretch", 12, "kilometre")


@spec("eval_k06_icrc_update_november.txt")
def _k06():  # published 2023-11-28 (Tuesday)
    SKIP("Dushanbe delegation")
    D("Period covered: [1-26 November 2023]", "2023-11-01", "2023-11-26")
    K("killed", "- [2] civilians killed", 2, g="civilians", s="civilian")
    K("injured", "killed and [5] injured", 5, g="civilians", s="civilian")
    K("injured", "- [14] wounded people", 14, g="wounded people treated in Kunduz and Takhar", s=None)
    K("injured", "among them [6] children", 6, g="children", s="civilian")
    K("missing", "- [1] new case", 1, g="missing person (Vanj family)", s="civilian")
    D("On [9 November]", "2023-11-09")
    W("a [mine] exploded", "mine")
    K("killed", "the [driver] was killed", 1, g="tractor driver", s="civilian")
    K("injured", "and [his son] seriously", 1, g="driver's son", s="civilian")
    D("on [the night of 17 November]", "2023-11-17")
    K("injured", "received [four] injured", 4, g="injured in Farkhor shooting", s=None)
    D("injured [that night]", "2023-11-17")
    K("detained", "visited [23] detainees", 23, g="detainees held over border incidents", s=None)
    A("[said] the head of the ICRC delegation", OS, "the head of the ICRC delegation in Dushanbe")
    D("Next update: [mid-December 2023]", "2023-12-11", "2023-12-20")


@spec("eval_k07_digest_january_table.txt")
def _k07():  # published 2026-02-02 (Monday); covers January 2026
    D("No. 37 - [January 2026]", "2026-01-01", "2026-01-31")
    D("[January] was the deadliest", "2026-01-01", "2026-01-31")
    D("since [last August]", "2025-08-01", "2025-08-31")
    K("killed", "left [nine] people dead", 9, g="people", s=None)
    K("injured", "dead and [11] injured", 11, g="people", s=None)
    K("missing", "[two] more people remain", 2, g="people unaccounted for", s="civilian")
    D("| [3 Jan] |", "2026-01-03")
    K("killed", "| 3 Jan | Shamsiddin Shohin | [2] |", 2, g="people", s=None)
    K("injured", "| 3 Jan | Shamsiddin Shohin | 2 | [1] |", 1, g="people", s=None)
    D("| [9 Jan] |", "2026-01-09")
    K("killed", "| 9 Jan | Darqad (Takhar) | [0] |", 0, g="people", s=None)
    K("injured", "| 9 Jan | Darqad (Takhar) | 0 | [3] |", 3, g="people", s=None)
    D("| [14-15 Jan] |", "2026-01-14", "2026-01-15")
    K("killed", "| 14-15 Jan | Vanj | [4] |", 4, g="people", s=None)
    K("injured", "| 14-15 Jan | Vanj | 4 | [0] |", 0, g="people", s=None)
    D("| [22 Jan] |", "2026-01-22")
    K("killed", "| 22 Jan | Imam Sahib (Kunduz) | [1] |", 1, g="people", s=None)
    K("injured", "| 22 Jan | Imam Sahib (Kunduz) | 1 | [5] |", 5, g="people", s=None)
    D("| [28 Jan] |", "2026-01-28")
    K("killed", "| 28 Jan | Rushon | [2] |", 2, g="people", s=None)
    K("injured", "| 28 Jan | Rushon | 2 | [2] |", 2, g="people", s=None)
    D("The [14-15 January] figure", "2026-01-14", "2026-01-15")
    A("the GKNB [says]", OS, GKNB)
    K("killed", "only [one] of the four", 1, g="dead in Vanj", s=None)
    K("killed", "one of the [four] dead", 4, g="dead in Vanj", s=None)
    W("by [gunfire]", "firearms")
    A("Badakhshan [denies]", DEN, "the Taliban's border brigade in Badakhshan")
    K("missing", "The [two] people unaccounted for", 2, g="herders", s="civilian")
    D("Khwahan on [19 January]", "2026-01-19")
    D("from [November 2025 to January 2026]", "2025-11-01", "2026-01-31")
    A("our [tally]", REP, "Central Asia Borders Observatory")
    K("killed", "at [17] killed", 17, g="people", s=None)
    K("injured", "and [24] injured", 24, g="people", s=None)
    K("killed", "against [6] and 9", 6, g="people", s=None)
    K("injured", "against 6 and [9]", 9, g="people", s=None)
    D("in [the same period a year earlier]", "2024-11-01", "2025-01-31")
    W("[Drone] sightings", "drone")
    W("no [drone] attack", "drone")
    D("Next issue: [early March]", "2026-03-01", "2026-03-10")


@spec("eval_k08_rights_report_village_figures.txt")
def _k08():  # published: unknown; only explicit dates (all of them carry or share a year)
    D("[Between September 2021 and June 2023]", "2021-09-01", "2023-06-30")
    W("fire, [mines], or", "mine")
    K("killed", "- Dahana: [4] /", 4, g="residents of Dahana", s="civilian")
    K("injured", "- Dahana: 4 / [9] /", 9, g="residents of Dahana", s="civilian")
    K("missing", "- Dahana: 4 / 9 / [1]", 1, g="residents of Dahana", s="civilian")
    K("killed", "- Aivaj: [2] /", 2, g="residents of Aivaj", s="civilian")
    K("injured", "- Aivaj: 2 / [6] /", 6, g="residents of Aivaj", s="civilian")
    K("missing", "- Aivaj: 2 / 6 / [0]", 0, g="residents of Aivaj", s="civilian")
    K("killed", "- Navobod: [3] /", 3, g="residents of Navobod", s="civilian")
    K("injured", "- Navobod: 3 / [11] /", 11, g="residents of Navobod", s="civilian")
    K("missing", "- Navobod: 3 / 11 / [2]", 2, g="residents of Navobod", s="civilian")
    L("- [Farkhor] (district centre)", "TJ-KT", "town")
    K("killed", "(district centre): [0] /", 0, g="residents of Farkhor", s="civilian")
    K("injured", "(district centre): 0 / [4] /", 4, g="residents of Farkhor", s="civilian")
    K("missing", "(district centre): 0 / 4 / [0]", 0, g="residents of Farkhor", s="civilian")
    D("described [the night of 9 January 2023]", "2023-01-09")
    W("when [mortar] rounds", "mortar")
    L("fired from the [Afghan bank]", None, "country", role="origin")
    K("killed", "[An] eight-year-old girl", 1, g="girl", s="civilian")
    K("killed", "girl and [her grandfather]", 1, g="girl's grandfather", s="civilian")
    K("injured", "\"[A dozen] people were hurt", 12, g="people in Navobod", s="civilian")
    A("a neighbour [told]", REP, "a neighbour in Navobod")
    A("Local officials [confirmed]", OS, "local officials")
    K("killed", "confirmed [two] deaths", 2, g="people in Navobod", s="civilian")
    K("missing", "how [her husband] disappeared", 1, g="woman's husband", s="civilian")
    D("riverbank in [March 2022]", "2022-03-01", "2022-03-31")
    D("letters of [14 February]", "2023-02-14")
    D("and [2 March 2023]", "2023-03-02")
    A("Takhar [denied]", DEN, "a Taliban official in Takhar")
    L("come from [Afghan territory]", None, "country", role="origin")


@spec("eval_k09_telegram_roundup_panji_poyon.txt")
def _k09():  # published 2024-08-17 (Saturday); the shooting on Friday 16 August
    SKIP("Dushanbe time")
    SKIP("Khatlon 24")
    SKIP("Kunduz Today")
    D("[Friday's] shooting", "2024-08-16")
    D("[16.08] 06:42 |", "2024-08-16")
    A("Asia Frontline [wrote]", REP, "Asia Frontline (Telegram channel)")
    K("injured", "at least [5] border guards", 5, "at_least", g="Tajik border guards", s="security_forces")
    D("[16.08] 07:15 |", "2024-08-16")
    A("Khatlon 24 [posted]", REP, "Khatlon 24 (Telegram channel)")
    K("killed", "\"[Three] dead, including", 3, g="people at Panji Poyon", s=None)
    K("killed", "including [a] customs officer, at", 1, g="customs officer", s="security_forces")
    D("[16.08] 09:03 |", "2024-08-16")
    A("an Afghan channel, [replied]", REP, "Kunduz Today (Afghan Telegram channel)")
    K("killed", "\"[Nobody] was killed on our side", 0, g="people on the Afghan side", s=None)
    K("injured", "side, [two] Emirate fighters", 2, g="Taliban (Emirate) fighters", s="security_forces")
    D("[16.08] 13:30 |", "2024-08-16")
    A("Asia Frontline [corrected itself]", RET, "Asia Frontline (Telegram channel)")
    K("injured", "\"[2] wounded, not 5", 2, g="Tajik border guards", s="security_forces")
    K("injured", "wounded, not [5]", 5, g="Tajik border guards", s="security_forces")
    D("[17.08] 08:10 |", "2024-08-17")
    A("Khatlon 24 [added]", REP, "Khatlon 24 (Telegram channel)")
    K("killed", "\"The customs [officer] died", 1, g="customs officer", s="security_forces")
    K("killed", "Toll now [four]", 4, g="people at Panji Poyon", s=None)
    A("press service [said]", OS, "the border troops' press service")
    D("on [Friday evening]", "2024-08-16")
    K("injured", "that [one] serviceman had been wounded", 1, g="Tajik serviceman", s="security_forces")
    K("killed", "and [an] \"armed violator\" killed", 1, g="armed violator", s="militants")
    A("customs service [told] us", DEN, "a spokesman for the customs service")
    D("on [Saturday morning]", "2024-08-17")
    K("injured", "that [none] of its staff", 0, g="customs staff", s="security_forces")
    K("killed", "the \"[three] dead\" claim", 3, g="people at Panji Poyon", s=None)
    D("at noon on [Saturday]", "2024-08-17")


@spec("eval_k10_tv_transcript_namadgut_mine.txt")
def _k10():  # no header: publication from the transcript's date line, 2021-12-13 (Monday)
    D("[Monday, 13 December 2021]", "2021-12-13")
    W("where a [landmine]", "mine")
    K("killed", "has killed [two] Tajik soldiers", 2, g="Tajik soldiers", s="security_forces")
    D("happened [yesterday morning]", "2021-12-12")
    X("roughly [90 kilometres] south", 90, "kilometres", q="about")
    A("[According to the regional military command]", OS, "the regional military command")
    W("an [anti-personnel mine]", "mine")
    K("killed", "[Two] were killed outright", 2, g="Tajik soldiers", s="security_forces")
    K("injured", "outright and [a third], a lieutenant", 1, g="lieutenant", s="security_forces")
    K("injured", "three were [unhurt]", 0, g="Tajik soldiers", s="security_forces")
    W("that the [mine] was newly laid", "mine")
    A("Officials here [say] no", DEN, "officials in Khorugh")
    A("local council [told] me", OS, "a deputy of the local council")
    D("only [last week]", "2021-12-06", "2021-12-12")
    D("on [Tuesday night]", "2021-12-07")
    D("village [two days later]", "2021-12-09")
    A("across the river, [says]", DEN, "the Taliban's district office in Eshkashem")
    W("have laid no [mines]", "mine")
    A("action centre [says]", OS, "the national mine action centre")
    W("says [mines] have killed", "mine")
    K("killed", "killed almost [400] people", 400, "nearly", g="people killed by mines", s=None)
    K("injured", "maimed more than [500]", 500, "more_than", g="people maimed by mines", s=None)


@spec("eval_k11_trade_feature_border_lengths.txt")
def _k11():  # published 2025-07-22 (Tuesday); few claims: lengths, populations, one incident
    D("in [the first half of 2025]", "2025-01-01", "2025-06-30")
    A("[according to customs data]", OS, "customs data")
    D("released on [Monday]", "2025-07-21")
    P("some [10.3 million] people", 10300000, q="about")
    X("a [1,344-km] (", 1344, "km", "TJ-AF border")
    X("([835-mile]) border", 835, "mile", "TJ-AF border")
    X("runs for [477 kilometres]", 477, "kilometres", "TJ-CN border")
    X("for about [1,300 km]", 1300, "km", "TJ-UZ border", q="about")
    D("tonnage [last year]", "2024-01-01", "2024-12-31")
    A("Development [said]", OS, "the Ministry of Economic Development")
    A("Drivers there [describe]", REP, "drivers at Panji Poyon")
    X("a [kilometre-long] queue", 1, "kilometre")
    D("mornings in [June]", "2025-06-01", "2025-06-30")
    P("around [1.1 million] people", 1100000, q="about")
    X("new [600-metre] bridge", 600, "metre")
    D("promised in [2019]", "2019-01-01", "2019-12-31")
    D("trade routes [this year]", "2025-01-01", "2025-12-31")
    D("crossing in [March]", "2025-03-01", "2025-03-31")
    K("killed", "left [no casualties]", 0, g="people", s=None)
    K("injured", "left [no casualties]", 0, g="people", s=None)
    A("[according to the border service]", OS, "the border service")
    A("[said] Zarina Olimova", REP, "Zarina Olimova, an economist in Dushanbe")


@spec("eval_k12_jayhun_wedding_conflicting_tolls.txt")
def _k12():  # published 2026-05-08 (Friday); the shooting late on Wednesday 6 May
    W("when [gunfire] from", "firearms")
    D("late on [Wednesday]", "2026-05-06")
    A("District officials [said]", OS, "district officials")
    D("said on [Thursday] that", "2026-05-07")
    K("killed", "that [three] people had been killed", 3, g="wedding guests", s="civilian")
    K("injured", "killed and [11] wounded", 11, g="wedding guests", s="civilian")
    A("hospital [told] our correspondent", OS, "the chief doctor of the district hospital")
    D("correspondent [the same evening]", "2026-05-07")
    K("killed", "that [five] bodies", 5, g="wedding guests", s="civilian")
    K("injured", "\"around [a dozen]\" wounded", 12, "about", g="wedding guests", s="civilian")
    K("injured", "treated, [four] of them children", 4, g="children", s="civilian")
    A("by telephone, [said]", REP, "residents of the village")
    K("killed", "at least [seven] people had died", 7, "at_least", g="wedding guests", s="civilian")
    K("killed", "among them [the bride's father]", 1, g="bride's father", s="civilian")
    K("missing", "that [two] guests were still missing", 2, g="wedding guests", s="civilian")
    D("statement on [Friday morning]", "2026-05-08")
    A("[put] the death toll", OS, GKNB)
    K("killed", "death toll at [four]", 4, g="wedding guests", s="civilian")
    L("territory of [Afghanistan]", None, "country", role="origin")
    A("It [said] border guards", OS, GKNB)
    K("detained", "detained [nine] suspects", 9, g="suspects", s="militants")
    D("bank [overnight into Friday]", "2026-05-07", "2026-05-08")
    A("Sarwari, [denied]", DEN, "Abdul Hadi Sarwari, Taliban police spokesman in Kunduz")
    L("fired from [Afghan soil]", None, "country", role="origin")
    K("injured", "said [nobody] on the Afghan side", 0, g="people on the Afghan side", s=None)
    A("Relatives [said]", REP, "relatives")
    K("killed", "funerals for [five] of the dead", 5, g="wedding guests", s="civilian")
    D("held on [Thursday afternoon]", "2026-05-07")
    D("shelling of [12 September 2024]", "2024-09-12")
    K("killed", "which [two] people died", 2, g="people in Jayhun", s="civilian")


@spec("eval_k13_editors_note_rushon_withdrawn.txt")
def _k13():  # published 2022-11-24 (Thursday); the alleged shooting on the night of 19 November
    D("On [Monday], this website", "2022-11-21")
    A("[published a report]", RET, "Pamir Watch (the withdrawn report)")
    A("[citing] two anonymous sources", REP, "two anonymous sources in Rushon district")
    K("killed", "that [eight] Afghan gold prospectors", 8, g="Afghan gold prospectors", s="foreign_nationals")
    K("injured", "\"up to [15]\" wounded", 15, "up_to", g="Afghan gold prospectors", s="foreign_nationals")
    D("on [the night of 19 November]", "2022-11-19")
    A("We [have withdrawn] that report", RET, "Pamir Watch")
    A("National Security [told] us", DEN, "the Border Troops of the State Committee for National Security")
    D("us on [Tuesday]", "2022-11-22")
    D("sector [that week]", "2022-11-14", "2022-11-20")
    A("opposite bank, also [said]", DEN, "officials of the Islamic Emirate in Shighnan")
    K("killed", "said [nobody] had been killed", 0, g="people in Shighnan", s=None)
    A("one official [described]", DEN, "an official of the Islamic Emirate in Shighnan")
    A("sources now [says]", REP, "a local resident, one of the original sources")
    K("killed", "that [one] prospector drowned", 1, g="gold prospector", s="civilian")
    D("Barchid on [20 November]", "2022-11-20")
    A("[according to his brother]", REP, "the prospector's brother")
    A("still [carry the figure]", REP, "some Russian-language channels")
    K("killed", "figure of [eight] dead", 8, g="Afghan gold prospectors", s="foreign_nationals")


@spec("eval_k14_farkhor_anniversary_dahana.txt")
def _k14():  # no header: publication from the dateline, 2024-03-09 (Saturday)
    L("[FARKHOR], 9 March", "TJ-KT", "town")
    D("FARKHOR, [9 March 2024]", "2024-03-09")
    D("On [Friday], as every year", "2024-03-08")
    D("[Ten years ago]", "2014-01-01", "2014-12-31")
    D("on [the evening of 8 March 2014]", "2014-03-08")
    K("killed", "killing [four] border guards", 4, g="border guards", s="security_forces")
    K("killed", "and [a] watchman", 1, g="watchman", s="civilian")
    K("killed", "[Two] of the attackers", 2, g="attackers", s="militants")
    K("detained", "[three] others were captured", 3, g="attackers", s="militants")
    D("captured [the following spring]", "2015-03-01", "2015-05-31")
    A("[said] Mavjuda Rahimova", REP, "Mavjuda Rahimova, mother of a killed guard")
    D("told us [the next morning]", "2014-03-09")
    D("In [the summer of 2016]", "2016-06-01", "2016-08-31")
    W("a [mortar] shell", "mortar")
    K("injured", "injured [six] farm workers", 6, g="farm workers", s="civilian")
    D("In [October 2019]", "2019-10-01", "2019-10-31")
    W("a [drone], then", "drone")
    W("no [explosives]", "explosives")
    K("injured", "and [nobody] was hurt", 0, g="people in Dahana", s="civilian")
    D("[Last year] a shepherd", "2023-01-01", "2023-12-31")
    K("killed", "year [a] shepherd was killed", 1, g="shepherd", s="civilian")
    W("by a [mine]", "mine")
    K("injured", "and [his grandson], 12", 1, g="shepherd's grandson", s="civilian")
    A("district administration [says]", OS, "the Farkhor district administration")
    A("outpost [told] those gathered", OS, "the commander of the local border outpost")
    D("any year since [2014]", "2014-01-01", "2014-12-31")
    A("[According to the district administration]", OS, "the Farkhor district administration")
    D("the [2014] attack", "2014-01-01", "2014-12-31")


def check(out: Path) -> None:
    """Re-read the written truth: every anchor at its offsets, in the body, no same-kind overlap."""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts: dict[str, str] = {}
    for r in rows:
        if r["file"] not in texts:
            raw = (ROOT / r["file"]).read_bytes()
            assert b"\r" not in raw, r["file"]
            texts[r["file"]] = raw.decode("utf-8")
        t = texts[r["file"]]
        assert t[r["start"]:r["end"]] == r["anchor"], r
        assert occurrences(t, r["anchor"])[r["occurrence"]] == r["start"], r
        assert r["start"] >= body_start(t), ("claim in header", r)
    by: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in rows:
        by.setdefault((r["file"], r["kind"]), []).append((r["start"], r["end"]))
    for key, spans in by.items():
        spans.sort()
        for (s1, e1), (s2, e2) in itertools.pairwise(spans):
            assert e1 <= s2, ("same-kind overlap", key, (s1, e1), (s2, e2))
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    names = sorted(p.name for p in ART.glob("eval_k*.txt"))
    assert split["dev"] == [] and sorted(split["heldout"]) == names, "split.json"
    assert {r["file"].rsplit("/", 1)[1] for r in rows} == set(names), "a file without claims"
    print(f"check: {len(rows)} anchors and offsets OK in {len(names)} files")


if __name__ == "__main__":
    out = HERE / "truth.jsonl"
    rc = build(SPECS, articles=ART, pattern="eval_k*.txt", rel=REL, gaz=GAZ, out=out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] == "location":
            r["name"] = r["anchor"]
            r["country"] = country(r)
            assert r["precision"] == "border" or r["country"] in ("TJ", "AF"), r
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    check(out)
    sys.exit(rc)
