"""Build benchmarks/eval/set_ze/truth.jsonl from the annotation specs below (same format as set T).

Only what is particular to set ZE lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_ze/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

Set ZE adds, beside set T's keys, the fields the shared README lists that set T's helpers do not write:
casualty ``low``/``high`` (derived from value and qualifier by the README's rules), the date ``basis``,
and the ``qualifier`` of distances and populations. Scoring fields are unchanged.

    .venv/bin/python benchmarks/eval/set_ze/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, SKIP, A, L, Specs, W, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_ze/articles/"

SPECS = Specs()
spec = SPECS.register

# --------------------------------------------------------------------------------------------------
# Thin wrappers over the shared helpers that also write the README fields set T leaves out.
# --------------------------------------------------------------------------------------------------


def K(kind, ctx, value, q="exact", nth=None, low=None):
    """Casualty count with ``low``/``high`` per the shared README (vague words pass ``low``)."""
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
    rec["low"], rec["high"] = lo, hi
    return rec


def D(ctx, norm, basis="explicit", end=None, nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec["value"], rec["qualifier"] = value, q
    return rec


def P(ctx, value, q="exact", nth=None):
    rec = annotate.P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_ze/README.md. Every place name not covered by an L(...) or SKIP(...) gets the gazetteer
# default automatically (build -> auto_locations).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"
TJB = "TJ-AF border"


@spec("eval_ze01_border_troops_info_shohin.txt")
def _ze01():  # published 2024-03-14 (Thursday); the clash at 02:30 that day
    D("Dushanbe, [14.03.2024]", "2024-03-14", "dateline")
    D("On [14.03.2024] at about", "2024-03-14")
    L("state border of the [Republic of Tajikistan]", None, "country")
    L("territory of [Afghanistan]", None, "country", role="origin")
    W("from [automatic weapons]", "small_arms")
    W("threw two [hand grenades]", "grenade")
    K("killed", "clash, [three] violators", 3)
    K("detained", "neutralised and [two] were detained", 2)
    K("injured", "[one] of whom sustained", 1)
    K("injured", "[Two] servicemen of the Border Troops", 2)
    K("killed", "There were [no] fatalities", 0)
    W("3 [Kalashnikov assault rifles]", "small_arms")
    W("1 [pistol]", "firearms")
    W("2 [hand grenades]", "grenade")
    K("injured", "[No] civilians were injured", 0)
    A("press centre [recalls]", OS, BT)
    D("[since the beginning of 2024]", "2024-01-01", "relative", end="2024-03-14")
    K("killed", "2024, [7] armed violators", 7)
    K("detained", "eliminated and\n[17] detained", 17)
    X("[1,344 kilometres] long", 1344, "kilometres", TJB)
    A("The Border Troops [state]", OS, BT)


@spec("eval_ze02_mfa_protest_note.txt")
def _ze02():  # published 2024-03-16 (Saturday); the clash on the night of 13 to 14 March
    MFA = "Tajikistan's Ministry of Foreign Affairs"
    SPK = "the spokesman of the defence ministry in Kabul"
    D("On [15 March 2024] the head", "2024-03-15")
    D("on [the night of 13 to 14 March]", "2024-03-13", end="2024-03-14")
    A("The note [states]", OS, MFA)
    L("territory of [Afghanistan]", None, "country", role="origin")
    K("injured", "Afghanistan, [two] Tajik servicemen", 2)
    K("killed", "[Three] members of the armed group", 3)
    K("detained", "eliminated and [two] were detained", 2)
    D("the border [this year]", "2024-01-01", "relative", end="2024-03-16")
    D("incidents of\n[22 January]", "2024-01-22")
    D("and [9 February]", "2024-02-09")
    K("killed", "[one] serviceman lost his life", 1)
    K("killed", "and [four] violators were neutralised", 4)
    D("made on [15 March] by", "2024-03-15")
    A("who [claimed]", DEN, SPK)
    K("killed", "that [three] fishermen", 3)
    L("crossed from\n[Afghan soil]", None, "country", role="origin")
    A("[categorically rejects]", DEN, MFA)
    W("three\n[Kalashnikov assault rifles]", "small_arms")
    W("[hand grenades] -", "grenade")
    A("The Ministry also [corrects]", DEN, MFA)
    A("earlier [reports] in some media", REP, "some media")
    K("injured", "that [four] servicemen had been wounded", 4)
    K("injured", "correct figure is [two]", 2)
    L("The [Republic of Tajikistan] remains", None, "country")


@spec("eval_ze03_taliban_mod_posts.txt")
def _ze03():  # published 2024-03-15 (Friday); the shooting early on Thursday 14 March, posts that evening
    SPK = "Mawlawi Enayatullah Haqyar, Taliban defence ministry spokesman"
    L("on [Tajik border] were", None, "border")
    D("on [Thursday evening]", "2024-03-14", "weekday")
    A("first post he [wrote]", OS, SPK)
    D("\"Early [this morning]", "2024-03-14", "relative")
    K("killed", "[Three] of our countrymen", 3)
    L("crossed from [Afghanistan] are baseless", None, "country", role="origin")
    A("he [added] in a second message", DEN, SPK)
    A("third post he [wrote]", OS, SPK)
    K("detained", "[Two] more fishermen were taken away", 2)
    K("missing", "forces and [one] is still", 1)
    A("The last message [said]", OS, SPK)
    K("injured", "that [none] of the ministry's", 0)
    A("Border Troops [said] on Thursday", OS, BT)
    D("said on [Thursday] that three", "2024-03-14", "weekday")
    K("killed", "that [three] \"violators\"", 3)
    K("detained", "neutralised and [two]\ndetained", 2)
    K("injured", "that [two] Tajik servicemen", 2)
    A("They [said] the group", OS, BT)
    W("fired\n[automatic weapons]", "small_arms")
    W("thrown [hand grenades]", "grenade")
    A("district governor [told]", OS, "a spokesman for the Khwahan district governor")
    D("Ledger on [Friday]", "2024-03-15", "weekday")
    K("killed", "bodies of [three] men", 3)
    D("families on [Thursday night]", "2024-03-14", "weekday")
    A("named, [said]", REP, "a relative of one of the dead")
    W("not [Kalashnikovs]", "small_arms")


@spec("eval_ze04_badakhshan_police_shighnan.txt")
def _ze04():  # published 2023-11-28 (Tuesday); the operation on Monday night, 27 November
    POL = "the Badakhshan provincial police command"
    SKIP("Badakhshan provincial police, press office")
    D("police\n[28 November 2023]", "2023-11-28", "dateline")
    D("1. On [Monday night]", "2023-11-27", "weekday")
    K("detained", "operation [6] smugglers", 6)
    W("with [firearms]", "firearms")
    K("killed", "fire, [one] police member", 1)
    K("injured", "and [two] others were injured", 2)
    K("killed", "[One] smuggler was killed", 1)
    L("from the [Tajik bank]", None, "country", role="origin")
    K("injured", "[A] woman in a nearby village", 1)
    K("killed", "that [four] policemen", 4)
    A("command\n[rejects]", DEN, POL)
    A("Kamgar [said]", OS, "Ehsanullah Kamgar, police spokesman")
    A("He [said] the police", OS, "Ehsanullah Kamgar, police spokesman")
    A("Khorugh [reported]", REP, "media in Khorugh")
    D("reported on [Tuesday]", "2023-11-28", "weekday")
    K("detained", "detained [two] members", 2)
    A("police command [said] it had", OS, POL)
    D("[Over the past month]", "2023-10-29", "relative", end="2023-11-27")
    K("detained", "detained [31] suspected", 31)
    A("[according to the statement]", OS, POL)
    W("two [Kalashnikovs]", "small_arms")
    W("one [pistol]", "firearms")
    D("seized on\n[Monday night]", "2023-11-27", "weekday")


@spec("eval_ze05_russian_base_denial.txt")
def _ze05():  # no header: dateline Dushanbe, 12 June 2023 (Monday); the incident on Friday 9 June
    BASE = "the press service of the 201st military base"
    SKIP("Armed Forces of Tajikistan")
    D("Dushanbe, [12 June 2023]", "2023-06-12", "dateline")
    A("have spread [reports]", REP, "a number of Telegram channels")
    D("on [Friday, 9 June]", "2023-06-09")
    K("killed", "that [two] Russian servicemen", 2)
    K("injured", "and [five] were wounded", 5)
    A("base [states]", DEN, BASE)
    D("any clash on [9 June]", "2023-06-09")
    K("killed", "[No] servicemen of the base", 0)
    K("injured", "[No] servicemen of the base", 0)
    A("[According to] Tajikistan's", OS, BT)
    D("incident on [9 June] involved", "2023-06-09")
    K("detained", "[One] violator was detained", 1)
    K("injured", "[No one] was hurt", 0)
    A("the Border Troops [said]", OS, BT)
    A("one of which [claimed]", REP, "a media outlet")
    K("killed", "\"up to [ten]\"", 10, "up_to")
    W("[small arms]", "small_arms")
    W("[mortars]", "mortar")
    W("[unmanned aerial vehicles]", "drone")


@spec("eval_ze06_csto_secretariat_ishkoshim.txt")
def _ze06():  # published 2021-10-06 (Wednesday); the clash on Monday 4 October 2021
    CSTO = "the CSTO Secretariat"
    D("\n[6 October 2021]\n", "2021-10-06", "dateline")
    D("place on [4 October 2021]", "2021-10-04")
    A("[According to] information received", OS, "the competent authorities of Tajikistan")
    L("authorities of the [Republic of Tajikistan]", None, "country")
    L("from [Eshkashem] district", "AF-BDS", "district", role="origin")
    L("district of [Afghanistan]", None, "country", role="origin")
    K("killed", "clash, [one]\nTajik", 1)
    K("injured", "and [two] others sustained", 2)
    K("killed", "[Two] members of\nthe armed", 2)
    K("detained", "and [one] was detained", 1)
    A("The Secretariat [notes]", DEN, CSTO)
    A("that [reports] in a number", REP, "a number of media outlets")
    K("killed", "\"[dozens] of dead\"", None, "unspecified", low=24)
    A("Kabul [said]", DEN, "representatives of the new authorities in Kabul")
    D("said on [Tuesday]", "2021-10-05", "weekday")
    K("killed", "that [three] smugglers", 3)
    A("The Secretariat [recalls]", OS, CSTO)
    D("[since the beginning of the year]", "2021-01-01", "relative", end="2021-10-06")
    K("killed", "year, [5] violators", 5)
    K("detained", "and [26]\ndetained", 26)
    X("for [1,344 kilometres]", 1344, "kilometres", TJB)


@spec("eval_ze07_osce_office_farkhor.txt")
def _ze07():  # published 2026-01-21 (Wednesday); the attack on Monday 19 January
    AMB = "Ambassador Ingrid Solheim-Berg, Head of the OSCE Programme Office"
    D("Dushanbe, [21 January 2026]", "2026-01-21", "dateline")
    D("Solheim-Berg, [today]", "2026-01-21", "relative")
    D("region on [19 January]", "2026-01-19")
    K("killed", "which [two] Tajik border guards", 2)
    K("killed", "and [one] civilian lost", 1)
    A("[According to] the Tajik authorities", OS, "the Tajik authorities")
    K("injured", "authorities, [four] people", 4)
    K("injured", "including [a] child", 1)
    K("killed", "[three] of whom were eliminated", 3)
    L("from the [Afghan bank]", None, "country", role="origin")
    A("Solheim-Berg [said]", OS, AMB)
    P("about [150,000] inhabitants", 150000, "about")
    A("authorities [said] on Tuesday", DEN, "the Afghan authorities")
    D("said on [Tuesday] that no one", "2026-01-20", "weekday")
    K("detained", "detained [two] suspects", 2)
    D("incident [this month]", "2026-01-01", "relative", end="2026-01-21")
    K("killed", "after [a] fisherman", 1)
    D("Aivaj on\n[8 January]", "2026-01-08")
    A("Local media have [reported]", REP, "local media")
    K("killed", "that [three] civilians died", 3)
    A("She [noted]", OS, AMB)
    X("the [1,344-kilometre]", 1344, "kilometre", TJB)
    W("detection of\n[explosives]", "explosives")
    W("and [mines]", "mine")


@spec("eval_ze08_un_agency_darwaz.txt")
def _ze08():  # published 2025-08-15 (Friday); the exchange of fire on Monday evening, 11 August
    UN = "the UN mission (human rights service)"
    L("[KABUL], 15 August", "AF-KAB", "town")
    D("KABUL, [15 August 2025]", "2025-08-15", "dateline")
    A("has [verified]", OS, UN)
    K("killed", "verified that [four] civilians", 4)
    K("killed", "including [two] children", 2)
    K("injured", "and [seven] injured", 7)
    W("when [mortar] rounds", "mortar")
    D("evening of [11 August]", "2025-08-11")
    A("service [said]", OS, UN)
    D("statement on\n[Friday]", "2025-08-15", "weekday")
    K("injured", "[Three] of the injured", 3)
    A("[put the number]", OS, "local officials in Badakhshan")
    K("killed", "dead at [six]", 6)
    A("defence ministry [said]", OS, "the Taliban defence ministry")
    D("said on\n[Tuesday] that the mortar", "2025-08-12", "weekday")
    W("the [mortar] fire", "mortar")
    L("came from [Tajikistan]", None, "country", role="origin")
    K("injured", "that [none] of its personnel", 0)
    A("have [denied]", DEN, "the Tajik authorities")
    A("Khorugh [said]", OS, "the regional administration in Khorugh")
    D("said on [Tuesday] that the exchange", "2025-08-12", "weekday")
    L("fire from [Afghanistan]", None, "country", role="origin")
    K("killed", "which [one] worker", 1)
    K("injured", "and [three] were injured", 3)
    A("It has [rejected]", DEN, "the regional administration in Khorugh")
    A("origin,\" [said]", OS, "Helena Marquez-Obi, deputy head of the UN mission")
    A("The mission [said]", OS, UN)
    A("aware of [reports]", REP, "unattributed reports")
    W("a [drone] was used", "drone")
    D("[Since the beginning of 2025]", "2025-01-01", "relative", end="2025-08-15")
    A("the mission has [documented]", OS, UN)
    K("killed", "documented [8] civilian", 8)
    K("injured", "and [11] injuries", 11)


@spec("eval_ze09_embassy_citizen_vanj.txt")
def _ze09():  # no header: dateline Dushanbe, 7 September 2022 (Wednesday); the shooting on Monday 5 September
    EMB = "the Embassy of Kazakhstan in Dushanbe"
    D("Dushanbe, [7 September 2022]", "2022-09-07", "dateline")
    K("killed", "death of [a] citizen", 1)
    D("killed on [5 September]", "2022-09-05")
    A("[According to] the Tajik side", OS, "the Tajik side")
    L("territory of [Afghanistan]", None, "country", role="origin")
    L("from [Nusay] district", "AF-BDS", "district", role="origin")
    L("Nusay district of [Badakhshan]", "AF-BDS", "region", role="origin")
    K("killed", "[one] Kazakh citizen was killed", 1)
    K("injured", "and [another], a", 1)
    K("injured", "[Two] Tajik\nworkers", 2)
    K("injured", "[None] of the other", 0)
    A("The Embassy [informs]", DEN, EMB)
    A("that [reports] in several", REP, "several Kazakh media outlets")
    K("killed", "that [three] Kazakh citizens", 3)
    A("Border Troops [said]", OS, BT)
    K("killed", "that [one] of the attackers", 1)
    A("province [stated]", OS, "the authorities in Badakhshan province")
    D("stated on [Tuesday]", "2022-09-06", "weekday")
    K("detained", "detained [three] people", 3)
    L("authorities of the [Republic of Tajikistan]", None, "country")


@spec("eval_ze10_hospital_qalaikhumb.txt")
def _ze10():  # published 2025-08-13 (Wednesday); the shooting on the evening of Monday 11 August
    HOSP = "the Darvoz Central District Hospital"
    SKIP("Darvoz Central District Hospital")
    D("On the evening of [11 August 2025]", "2025-08-11")
    K("injured", "admitted [five] persons", 5)
    K("injured", "Shkev: [three] road workers", 3)
    K("injured", "[one] lorry driver", 1)
    K("injured", "driver and [a]\n12-year-old", 1)
    K("killed", "body of [one] worker", 1)
    K("killed", "doctors, [one] of the", 1)
    D("wounds on [12 August]", "2025-08-12")
    K("killed", "risen to [two]", 2)
    D("08:00 [today]", "2025-08-13", "relative")
    A("The hospital [notes]", DEN, HOSP)
    K("injured", "\"more than [ten]\"", 10, "more_than")
    D("on the [night of the incident]", "2025-08-11", "relative")
    A("Sharifov [told]", OS, "Dr. Nurali Sharifov, chief physician")
    A("he [said]", OS, "Dr. Nurali Sharifov, chief physician")


@spec("eval_ze11_prosecutor_charges_shohin.txt")
def _ze11():  # published 2024-05-21 (Tuesday); the clash on the night of 13 to 14 March 2024
    PROS = "the Khatlon regional prosecutor's office"
    SKIP("Khatlon regional court")
    D("Press release, [21.05.2024]", "2024-05-21", "dateline")
    A("prosecutor's office [informs]", OS, PROS)
    D("district on [14.03.2024]", "2024-03-14")
    A("[According to the materials of the case]", OS, PROS)
    D("On [the night of 13 to 14 March 2024]", "2024-03-13", end="2024-03-14")
    L("the\nterritory of [Afghanistan]", None, "country", role="origin")
    W("with [Kalashnikov assault rifles]", "small_arms")
    K("killed", "clash [three] members", 3)
    K("injured", "and [two] servicemen", 2)
    K("killed", "[No] civilians were killed", 0)
    K("injured", "[No] civilians were killed", 0)
    K("detained", "The [two] accused", 2)
    K("injured", "[One] of\nthem was wounded", 1)
    K("detained", "[A third] suspect", 1)
    D("Kulob on [2 April 2024]", "2024-04-02")
    A("The prosecutor's office [notes]", DEN, PROS)
    A("refute the [statements]", OS, "the Afghan side")


@spec("eval_ze12_gbao_governor_darvoz.txt")
def _ze12():  # published 2025-08-12 (Tuesday); the shooting on Monday 11 August at 18:20
    ADM = "the press service of the Chairman of Gorno-Badakhshan"
    D("1. On [11 August 2025]", "2025-08-11")
    L("territory of [Afghanistan], from", None, "country", role="origin")
    L("from [Darwaz] district", "AF-BDS", "district", role="origin")
    L("district of\n[Badakhshan] province", "AF-BDS", "region", role="origin")
    W("from [small arms]", "small_arms")
    W("and a [mortar]", "mortar")
    W("An [unmanned aerial vehicle]", "drone")
    K("killed", "[one] worker lost his life", 1)
    K("injured", "and [three] sustained", 3)
    K("injured", "[No] servicemen were injured", 0)
    K("missing", "[Two] workers reported missing", 2)
    D("on [Tuesday morning]", "2025-08-12", "weekday")
    A("[Reports] circulating", REP, "social networks")
    K("killed", "\"[five] dead\"", 5)
    A("[do not correspond to reality]", DEN, ADM)
    A("The [claims] of the Afghan side", OS, "the Afghan side")
    K("killed", "that [four] civilians", 4)
    L("by fire from\n[Tajikistan]", None, "country", role="origin")
    A("[are not supported by any evidence]", DEN, ADM)
    P("roughly [23,000] residents", 23000, "about")
    A("It is [recalled]", OS, ADM)
    D("on [3 July]", "2025-07-03")
    K("injured", "left [two] shepherds", 2)


@spec("eval_ze13_rights_group_darvoz.txt")
def _ze13():  # published 2025-08-20 (Wednesday); the shooting on Monday 11 August
    NGO = "Pamir Rights Monitor"
    A("rights monitor [says]", REP, NGO)
    D("release - [20 August 2025]", "2025-08-20", "dateline")
    A("have [said] that one", OS, "the regional authorities of Gorno-Badakhshan")
    K("killed", "that [one] road worker", 1)
    K("injured", "and [three] were\ninjured", 3)
    D("district, on [11 August]", "2025-08-11")
    A("Our monitors [documented]", REP, NGO)
    K("killed", "[Three] people lost", 3)
    K("killed", "lives: [two] road workers", 2)
    K("killed", "and [a]\n15-year-old", 1)
    K("injured", "At least\n[eight]", 8, "at_least")
    A("Qalaikhumb [said]", OS, "the hospital in Qalaikhumb")
    D("said on [13 August]", "2025-08-13")
    K("killed", "that [two] people had\ndied", 2)
    K("injured", "admitted [five] wounded", 5)
    A("doors,\" [said]", REP, "Dilorom Nazarova, director of Pamir Rights Monitor")
    A("has [verified]", OS, "the United Nations")
    K("killed", "that [four] civilians", 4)
    K("killed", "[two] of them children", 2)
    K("killed", "at least [seven] civilians", 7, "at_least")
    P("about [230,000] people", 230000, "about")
    W("using [mortars]", "mortar")
    W("and [drones]", "drone")


@spec("eval_ze14_joint_statement_commissions.txt")
def _ze14():  # no header: dateline Panji Poyon, 25 April 2024 (Thursday)
    L("[Panji Poyon], 25 April", "TJ-KT", "town")
    D("Panji Poyon, [25 April 2024]", "2024-04-25", "dateline")
    D("On [24-25 April 2024]", "2024-04-24", end="2024-04-25")
    L("commissions of the [Republic of Tajikistan]", None, "country")
    L("the [Panji Poyon] border crossing", "TJ-KT", "site")
    D("incident of [14 March 2024]", "2024-03-14")
    K("killed", "which [three]\npersons", 3)
    K("injured", "[two] Tajik servicemen were injured", 2)
    K("detained", "and [two] persons were detained", 2)
    A("The Tajik delegation [stated]", OS, "the Tajik delegation")
    A("Afghan delegation [maintained]", OS, "the Afghan delegation")
    K("killed", "that [three] fishermen", 3)
    D("on [20 March 2024]", "2024-03-20")
    A("Afghan side [informed] that one", OS, "the Afghan side")
    K("missing", "that [one] citizen of Afghanistan", 1)
    D("incident of [9 February 2024]", "2024-02-09")
    K("killed", "which [one] Tajik\nserviceman", 1)
    A("The Tajik side [stated]", DEN, "the Tajik side")
    K("injured", "that [no] civilians had\nbeen injured", 0)
    A("Afghan side [informed] that since", OS, "the Afghan side")
    D("[since the beginning of the year]", "2024-01-01", "relative", end="2024-04-25")
    K("detained", "detained [12] persons", 12)
    L("meeting in [Kunduz]", "AF-KDZ", "town")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_ze*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
