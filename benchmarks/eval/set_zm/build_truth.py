"""Build benchmarks/eval/set_zm/truth.jsonl from the annotation specs below (same format as set T).

Only what is particular to set ZM lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_zm/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. Thin wrappers below add the README fields set T leaves out: casualty
``low``/``high``/``group``/``side``, date ``basis``, location ``country``, distance ``value``/``qualifier``
and population ``qualifier``.

    .venv/bin/python benchmarks/eval/set_zm/build_truth.py
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
REL = "benchmarks/eval/set_zm/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

# Sides
CIV, SEC, MIL, FOR = "civilian", "security_forces", "militants", "foreign_nationals"
# Date bases
EXP, WD, REL_, DL = "explicit", "weekday", "relative", "dateline"


def C(kind, ctx, value, q="exact", group=None, side=None, low=None, nth=None):
    """Casualty claim with README bounds; ``low`` only for vague words (several -> 3)."""
    rec = K(kind, ctx, value, q, nth)
    if q == "unspecified":
        lo, hi = low, None
    elif q in ("exact", "about"):
        lo = hi = value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    else:  # nearly, up_to
        lo, hi = None, value
    rec.update(low=lo, high=hi, group=group, side=side)
    return rec


def DT(ctx, norm, basis, end=None, nth=None):
    assert basis in (EXP, WD, REL_, DL)
    rec = D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


def LC(ctx, code, prec, country, role="place", nth=None):
    rec = L(ctx, code, prec, role, nth)
    rec["country"] = country
    return rec


def XD(ctx, value, unit, q="exact", measures=None, nth=None):
    rec = X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def PQ(ctx, value, q="exact", nth=None):
    rec = P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


COUNTRY_NAMES = {"Tajikistan": "TJ", "Afghanistan": "AF"}


def add_country(path: Path) -> None:
    """Give every location claim a ``country``: explicit (LC), from admin1, by name, or null (border)."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] != "location" or "country" in r:
            continue
        if r["admin1_code"]:
            r["country"] = r["admin1_code"][:2]
        elif r["precision"] == "border":
            r["country"] = None
        else:
            r["country"] = COUNTRY_NAMES[r["anchor"]]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


BT = "Tajikistan's Border Troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls in
# set_zm/README.md. Locations not listed are gazetteer defaults (place role).
# --------------------------------------------------------------------------------------------------


@spec("eval_zm01_portal_english_farkhor.txt")
def _zm01():  # published Wed 2024-02-07; the clash early on Monday 5 February
    PC = "the GKNB Border Troops press centre"
    TAL = "Mawlawi Abdul Rahim Faizi, Taliban police spokesman in Takhar"
    C("killed", "[Two] border guards killed in clash", 2, group="border guards", side=SEC)
    DT("Dushanbe, [7 February 2024]", "2024-02-07", DL)
    C("killed", "[Two] Tajik border guards were killed", 2, group="border guards", side=SEC)
    C("injured", "[three] others wounded", 3, group="border guards", side=SEC)
    A("(GKNB) [said] on Wednesday", OS, PC)
    DT("said on [Wednesday]", "2024-02-07", WD)
    A("[According to the press centre]", OS, PC)
    DT("02:00 on [Monday]", "2024-02-05", WD)
    LC("river from [Afghanistan]", None, "country", "AF", role="origin")
    W("[automatic weapons]", "small_arms")
    C("killed", "fire [three] smugglers were killed", 3, group="smugglers", side=MIL)
    A("the statement [said]", OS, PC)
    C("injured", "[A fourth], wounded", 1, group="smuggler", side=MIL)
    C("detained", "[A fourth], wounded", 1, group="smuggler", side=MIL)
    W("two [Kalashnikov rifles]", "small_arms")
    W("a [hand grenade]", "grenade")
    A("a doctor there [told]", REP, "a doctor at the regional hospital in Kulob")
    A("Takhar province, [said]", DEN, TAL)
    DT("men shot on [Monday]", "2024-02-05", WD)
    C("killed", "only [two] of them had died", 2, group="villagers", side=CIV)
    A("He [denied]", DEN, TAL)
    LC("fired from the [Afghan bank]", None, "country", "AF", role="origin")
    A("Residents of Dahana [said]", REP, "residents of Dahana")
    C("injured", "\"[Nobody] from our village", 0, group="villagers of Dahana", side=CIV)
    A("Rahimov, [told]", REP, "Saidmurod Rahimov, a Dahana resident")
    DT("the border [this year]", "2024-01-01", REL_, end="2024-02-07")
    DT("On [19 January]", "2024-01-19", EXP)
    C("injured", "[one] guard was injured", 1, group="border guard", side=SEC)
    A("the GKNB [reported]", OS, "the GKNB")
    DT("[Last year], according", "2023-01-01", REL_, end="2023-12-31")
    A("[according to official data]", OS, "official data")
    C("killed", "killed [11] smugglers", 11, group="smugglers", side=MIL)
    C("detained", "and detained [27]", 27, group="smugglers", side=MIL)
    XD("for [1,344 kilometres]", 1344, "kilometres", measures="TJ-AF border")


@spec("eval_zm02_russian_translation_darvoz_drowning.txt")
def _zm02():  # published Tue 2022-07-19; the teenagers went missing on Sunday evening 17 July
    CES = "the regional department of the Committee of Emergency Situations"
    DT("in Russian on [the same day]", "2022-07-19", REL_)
    C("killed", "Darvoz, [two] teenagers drowned", 2, group="teenagers", side=CIV)
    C("missing", "Panj, [one] is being searched for", 1, group="teenager", side=CIV)
    DT("Khorugh, [19 July]", "2022-07-19", DL)
    C("missing", "[Three] teenagers from the village", 3, group="teenagers", side=CIV)
    DT("on [Sunday evening]", "2022-07-17", WD)
    A("Emergency Situations [reported]", OS, CES)
    A("[According to preliminary data]", OS, CES)
    C("killed", "The body of [one] of the boys", 1, group="teenager", side=CIV)
    DT("on [Monday morning]", "2022-07-18", WD)
    XD("about [3 kilometres]", 3, "kilometres", q="about")
    C("killed", "the body of [a second] boy", 1, group="teenager", side=CIV)
    DT("late on [Monday]", "2022-07-18", WD)
    C("missing", "search for the [third] teenager", 1, group="teenager", side=CIV)
    A("the department [said]", OS, CES)
    A("Relatives [told]", REP, "relatives")
    A("\" [said] a resident", REP, "a resident of Shkev")
    A("[citing] residents", REP, "residents of Darwaz")
    A("Darwaz, [wrote]", REP, "Afghan social media")
    DT("wrote on [Tuesday]", "2022-07-19", WD)
    C("killed", "that [a] body had been found", 1, side=CIV)
    DT("[Since the beginning of the year]", "2022-01-01", REL_, end="2022-07-19")
    A("[according to the Committee]", OS, "the Committee of Emergency Situations")
    C("killed", "the Committee, [9] people", 9, group="drowned in the region's rivers", side=CIV)
    C("killed", "including [4] in the Panj", 4, group="drowned in the Panj", side=CIV)
    DT("In [July of last year]", "2021-07-01", REL_, end="2021-07-31")
    C("killed", "year, [two] residents of Vanj", 2, group="residents of Vanj", side=CIV)


@spec("eval_zm03_un_flash_update_chah_ab.txt")
def _zm03():  # published Tue 2023-09-12; the shelling on the evening of Sunday 10 September
    PART = "humanitarian partners"
    DFA = "the de facto provincial authorities"
    DT("No. 1 | [12 September 2023]", "2023-09-12", DL)
    C("killed", "At least [4] civilians", 4, "at_least", group="civilians", side=CIV)
    C("killed", "including [2] children", 2, group="children", side=CIV)
    C("injured", "and [9] injured", 9, group="civilians", side=CIV)
    A("[according to initial reports from humanitarian partners]", REP, PART)
    A("De facto authorities [report]", OS, DFA)
    C("killed", "report [3] civilians", 3, group="civilians", side=CIV)
    DT("evening of [10 September]", "2023-09-10", EXP)
    W("[mortar] rounds struck", "mortar")
    A("[According to partners on the ground]", REP, PART)
    C("killed", "at least [four] civilians", 4, "at_least", group="civilians", side=CIV)
    C("killed", "[two] of them children", 2, group="children", side=CIV)
    C("injured", "and [nine] others injured", 9, group="civilians", side=CIV)
    XD("some [70 km]", 70, "km", q="about")
    A("[put the number]", OS, DFA)
    C("killed", "killed at [three]", 3, group="civilians", side=CIV)
    LC("fired from [Tajikistan]", None, "country", "TJ", role="origin")
    DT("On [11 September], a partner", "2023-09-11", EXP)
    A("assessment [reported]", REP, "a partner conducting a rapid assessment")
    C("killed", "that [a fifth] person", 1, group="woman", side=CIV)
    PQ("population of [110,000] people", 110000, "about")
    DT("villages on [11 September]", "2023-09-11", EXP)
    W("[Unexploded ordnance]", "explosives")
    DT("started on [12 September]", "2023-09-12", EXP)


@spec("eval_zm04_embassy_alert_ishkoshim.txt")
def _zm04():  # published Wed 2025-04-16; the crossing on the night of 13-14 April
    TJA = "the Tajik authorities"
    DT("Consular Section, [16 April 2025]", "2025-04-16", DL)
    A("Media [report] that", REP, "media")
    DT("the night of [13–14 April]", "2025-04-13", EXP, end="2025-04-14")
    LC("river from [Afghanistan]", None, "country", "AF", role="origin")
    A("[According to a statement by the Tajik authorities]", OS, TJA)
    C("killed", "statement by the Tajik authorities, [two] Tajik servicemen", 2,
      group="servicemen", side=SEC)
    C("killed", "and [three] members of the group", 3, group="armed group", side=MIL)
    C("detained", "killed; [one] further member", 1, group="armed group", side=MIL)
    A("[citing] the regional hospital", OS, "the regional hospital in Khorugh")
    A("Khorugh, [reported]", REP, "Tajik media")
    DT("reported on [Tuesday]", "2025-04-15", WD)
    C("injured", "that [four] servicemen", 4, group="servicemen", side=SEC)
    C("injured", "[No] foreign nationals", 0, group="foreign nationals", side=FOR)
    A("Badakhshan have [denied]", DEN, "Taliban officials in Badakhshan")
    LC("crossed from [Eshkashem] district", "AF-BDS", "district", "AF", role="origin")
    DT("[Monday, 14 April]", "2025-04-14", EXP)
    A("Local media [said]", REP, "local media")
    DT("said on [Tuesday]", "2025-04-15", WD)
    DT("area [this year]", "2025-01-01", REL_, end="2025-04-16")
    DT("[In February]", "2025-02-01", EXP, end="2025-02-28")
    C("injured", "[one] border guard was wounded", 1, group="border guard", side=SEC)
    W("a [landmine]", "mine")
    XD("within [5 km]", 5, "km", q="up_to")


@spec("eval_zm05_governor_statement_imam_sahib.txt")
def _zm05():  # no header; dated Kunduz, Sun 2023-05-14; the shooting on Friday night 12 May
    GOV = "the Kunduz provincial governor's office"
    C("killed", "[Two] civilians martyred", 2, group="civilians", side=CIV)
    LC("[Kunduz], 14 May", "AF-KDZ", "town", "AF")
    DT("Kunduz, [14 May 2023]", "2023-05-14", DL)
    DT("On [Friday night]", "2023-05-12", WD)
    LC("from the [Tajik bank]", None, "country", "TJ", role="origin")
    W("[machine guns]", "small_arms")
    C("killed", "[two] residents, Abdul Wahid", 2, group="residents of Aqtepa", side=CIV)
    C("injured", "[one] person was injured", 1, group="resident", side=CIV)
    C("detained", "[Four] residents who were working", 4, group="residents", side=CIV)
    DT("on [Saturday evening]", "2023-05-13", WD)
    C("detained", "the [three] remaining detainees", 3, group="residents", side=CIV)
    LC("[Islamic Emirate of Afghanistan]", None, "country", "AF")
    A("[Reports] in some media", REP, "some media")
    C("killed", "[five] of them were killed", 5, group="men described as smugglers", side=CIV)
    A("are [baseless]", DEN, GOV)
    A("Haqyar, [told]", OS, "Mawlawi Matiullah Haqyar, the governor's spokesman")
    DT("reporters on [Saturday]", "2023-05-13", WD)
    LC("hospital in [Kunduz]", "AF-KDZ", "town", "AF")
    A("He [said] the provincial", OS, "Mawlawi Matiullah Haqyar, the governor's spokesman")
    DT("[since the beginning of the year]", "2023-01-01", REL_, end="2023-05-14")
    C("killed", "total of [four] civilians", 4, group="civilians", side=CIV)


@spec("eval_zm06_telegram_roundup_aivaj_drone.txt")
def _zm06():  # published Tue 2026-01-20; the drone attack on Sunday 18 January at about 19:40
    CH = "Chegara 24 (Telegram channel)"
    DT("[Sunday]'s attack", "2026-01-18", WD)
    A("subscribers) [wrote]", REP, "Sarhad Live (Telegram channel)")
    DT("21:12 on [Sunday]", "2026-01-18", WD)
    W("A [drone] dropped", "drone")
    C("killed", "[2] workers dead", 2, group="workers", side=CIV)
    C("injured", "[several] injured", None, "unspecified", group="workers", side=CIV, low=3)
    W("The [drone] came", "drone")
    LC("from the [Afghan side]", None, "country", "AF", role="origin")
    A("[posted] at 08:40", REP, CH)
    DT("08:40 on [Monday]", "2026-01-19", WD)
    A("[According to our sources in the border service]", REP, "Chegara 24's sources in the border service")
    C("killed", "[three] people were killed", 3, group="civilians", side=CIV)
    DT("on [Sunday evening]", "2026-01-18", WD)
    C("injured", "[Four] more are in hospital", 4, side=CIV)
    A("channel, [posted]", DEN, "Amu Sado (Telegram channel)")
    A("[quoting] Mawlawi", DEN, "Mawlawi Shafiqullah, a district official in Qala-i-Zal")
    W("No [drone] was launched", "drone")
    A("Border Troops [published]", OS, BT)
    DT("14:30 on [Monday]", "2026-01-19", WD)
    DT("On [18 January]", "2026-01-18", EXP)
    W("[unmanned aerial vehicle]", "drone")
    LC("the [Republic of Tajikistan]", None, "country", "TJ")
    LC("territory of [Afghanistan]", None, "country", "AF", role="origin")
    W("[explosive device]", "explosives")
    C("killed", "[one] citizen of Tajikistan died", 1, group="citizen of Tajikistan", side=CIV)
    C("injured", "and [two] were injured", 2, side=CIV)
    DT("On [Tuesday morning]", "2026-01-20", WD)
    A("Chegara 24 [posted] again", REP, CH)
    A("Relatives [say]", REP, "relatives")
    C("killed", "[a third] worker", 1, group="worker", side=CIV)


@spec("eval_zm07_rights_group_note_barchid.txt")
def _zm07():  # no header; issued Mon 2022-11-28; the shooting on the evening of 22 November 2022
    PRI = "Pamir Rights Initiative"
    DT("Date of issue: [28 November 2022]", "2022-11-28", DL)
    DT("Rushon district, [22 November 2022]", "2022-11-22", EXP)
    DT("evening of [22 November 2022]", "2022-11-22", EXP)
    A("[According to information collected by our monitors]", REP, PRI)
    C("killed", "[one] man was killed on the spot", 1, group="boat passenger", side=CIV)
    C("injured", "and [two] were wounded", 2, group="boat passengers", side=CIV)
    C("detained", "[Three] men were detained", 3, group="boat passengers", side=CIV)
    C("missing", "[A fourth] passenger", 1, group="boat passenger", side=CIV)
    DT("published on [24 November]", "2022-11-24", EXP)
    A("the Border Troops [said]", OS, BT)
    LC("goods from [Afghanistan]", None, "country", "AF", role="origin")
    A("The statement [says]", OS, BT)
    C("killed", "says [one] violator", 1, group="violator", side=MIL)
    C("detained", "and [two] were detained", 2, group="violators", side=MIL)
    C("injured", "that [no] servicemen were hurt", 0, group="servicemen", side=SEC)
    A("Both witnesses [said]", REP, "two witnesses from Barchid")
    W("[automatic weapons]", "small_arms")
    A("one of them [said]", REP, "a witness from Barchid")
    A("The relative [told]", REP, "a relative of a detained man")
    A("[according to the witnesses]", REP, "two witnesses from Barchid")
    DT("documented [this year]", "2022-01-01", REL_, end="2022-11-28")
    DT("On [3 June 2022]", "2022-06-03", EXP)
    C("killed", "[one] Afghan man was killed", 1, group="Afghan man", side=CIV)
    C("injured", "and [another] injured", 1, side=CIV)


@spec("eval_zm08_portal_correction_panji_poyon.txt")
def _zm08():  # published Thu 2024-10-03; the shooting on Monday evening 30 September
    NA = "Navigator Asia (earlier version of this story)"
    TAL = "Qari Nasratullah Zahid, Taliban police spokesman in Kunduz"
    C("killed", "shooting: [one] guard killed", 1, group="border guard", side=SEC)
    C("killed", "not [four], officials", 4, group="border guards", side=SEC)
    A("officials [say]", OS, "Tajik officials")
    DT("published on [Tuesday]", "2024-10-01", WD)
    A("on Tuesday, [said]", RET, NA)
    C("killed", "said [four] Tajik border guards", 4, group="border guards", side=SEC)
    A("We have [corrected]", RET, "Navigator Asia")
    C("killed", "[One] Tajik border guard was killed", 1, group="border guard", side=SEC)
    C("injured", "and [three] were injured", 3, group="border guards", side=SEC)
    LC("near the [Panji Poyon] crossing", "TJ-KT", "site", "TJ")
    DT("on [Monday evening]", "2024-09-30", WD)
    A("the Border Troops [said] on Wednesday", OS, BT)
    DT("said on [Wednesday]", "2024-10-02", WD)
    DT("issued on [Tuesday]", "2024-10-01", WD)
    A("had [said] only", OS, BT)
    A("channels then [reported]", REP, "unofficial Telegram channels")
    C("killed", "reported [four] dead", 4, group="border guards", side=SEC)
    A("[According to Wednesday's statement]", OS, BT)
    DT("According to [Wednesday's] statement", "2024-10-02", WD)
    LC("from the [Afghan bank]", None, "country", "AF", role="origin")
    DT("21:00 on [30 September]", "2024-09-30", EXP)
    C("killed", "[Two] smugglers were killed", 2, group="smugglers", side=MIL)
    C("detained", "and [a third] was detained", 1, group="smuggler", side=MIL)
    W("a [Kalashnikov rifle]", "small_arms")
    C("injured", "[Three] guards are being treated", 3, group="border guards", side=SEC)
    A("hospital official [said]", OS, "a hospital official")
    A("[told] Navigator Asia", DEN, TAL)
    LC("from [Afghan territory]", None, "country", "AF", role="origin")
    A("He [said] border forces", OS, TAL)
    C("killed", "body of [one] man", 1, side=None)
    DT("riverbank on [Tuesday]", "2024-10-01", WD)
    DT("[This year]", "2024-01-01", REL_, end="2024-10-03")
    A("[according to the Border Troops]", OS, BT)
    C("killed", "[five] Tajik servicemen", 5, group="servicemen", side=SEC)
    C("killed", "compared with [two]", 2, group="servicemen", side=SEC)
    DT("whole of [last year]", "2023-01-01", REL_, end="2023-12-31")


@spec("eval_zm09_portal_english_ryn_mine.txt")
def _zm09():  # published Thu 2021-09-23; the blast on Tuesday 21 September
    W("[Mine] blast near", "mine")
    C("injured", "injures [two] boys", 2, group="boys", side=CIV)
    DT("Khorugh, [23 September 2021]", "2021-09-23", DL)
    C("killed", "[A] shepherd was killed", 1, group="shepherd", side=CIV)
    C("injured", "and [two] boys were injured", 2, group="boys", side=CIV)
    DT("injured on [Tuesday]", "2021-09-21", WD)
    W("a [landmine] exploded", "mine")
    A("local officials [said]", OS, "local officials")
    W("stepped on the [mine]", "mine")
    XD("about [300 metres]", 300, "metres", q="about")
    A("press service [told]", OS, "the Ishkoshim district administration's press service")
    A("Alibekov [said]", OS, "Shodmon Alibekov, deputy district head")
    W("cleared of [mines]", "mine")
    DT("[In May], two soldiers", "2021-05-01", EXP, end="2021-05-31")
    C("injured", "May, [two] soldiers", 2, group="soldiers", side=SEC)
    W("by a [mine] near Namadgut", "mine")
    A("the district administration [said]", OS, "the Ishkoshim district administration")
    SKIP("Tajikistan National Mine Action Centre")
    A("Centre [said] in a statement", OS, "the Tajikistan National Mine Action Centre")
    DT("statement on [Wednesday]", "2021-09-22", WD)
    W("that [landmines] and", "mine")
    W("[unexploded ordnance]", "explosives")
    C("killed", "killed [383] people", 383, side=None)
    C("injured", "and injured [498]", 498, side=None)
    C("killed", "[a] boy was killed", 1, group="boy", side=CIV)
    DT("killed on [Sunday]", "2021-09-19", WD)
    W("old [mortar] shell", "mortar")
    A("Ariana Sahar [reported]", REP, "the Afghan agency Ariana Sahar")
    A("[citing] local residents", REP, "local residents in Eshkashem")
    W("[Mines] along", "mine")


@spec("eval_zm10_russian_translation_vanj_shelling.txt")
def _zm10():  # published Tue 2025-08-05; the shelling on the night of 2 to 3 August
    SRC = "a source in the Tajik security agencies"
    TAL = "Mawlawi Ehsanullah Ahmadi, Taliban police spokesman in Badakhshan"
    C("injured", "[Two] Tajik border guards wounded", 2, group="border guards", side=SEC)
    LC("shelling from [Afghanistan]\n", None, "country", "AF", role="origin")
    DT("Dushanbe, [5 August]", "2025-08-05", DL)
    C("injured", "[Two] servicemen of the Border Troops", 2, group="servicemen", side=SEC)
    SKIP("Border Troops of Tajikistan")
    LC("territory of [Afghanistan]", None, "country", "AF", role="origin")
    A("[told] our correspondent", REP, SRC)
    A("[According to the source]", REP, SRC)
    DT("the night of [2 to 3 August]", "2025-08-02", EXP, end="2025-08-03")
    W("[small arms]", "small_arms")
    W("a [mortar]", "mortar")
    LC("from the [Afghan bank]", None, "country", "AF", role="origin")
    C("injured", "[Two] servicemen received", 2, group="servicemen", side=SEC)
    A("[according to preliminary data]", REP, SRC)
    C("killed", "up to [five] militants", 5, "up_to", group="militants", side=MIL)
    A("Border Troops [reported]", OS, BT)
    DT("reported on [Monday]", "2025-08-04", WD)
    C("killed", "that [none] of the personnel", 0, group="personnel", side=SEC)
    A("The Afghan side [rejected]", DEN, "the Afghan side")
    A("[told] the Afghan agency", DEN, TAL)
    LC("from the [Tajik bank]", None, "country", "TJ", role="origin")
    C("killed", "[one] resident of Khwahan", 1, group="farmer", side=CIV)
    C("injured", "and [three] people were injured", 3, group="villagers", side=CIV)
    DT("on [12 July]", "2025-07-12", EXP)
    C("killed", "[a] Tajik border guard died", 1, group="border guard", side=SEC)
    DT("[since the beginning of the year]", "2025-01-01", REL_, end="2025-08-05")
    A("[according to open sources]", REP, "open sources")
    C("killed", "at least [nine]", 9, "at_least", group="servicemen", side=SEC)
    XD("[1,344 km]", 1344, "km", measures="TJ-AF border")


@spec("eval_zm11_ngo_flash_darqad_boat.txt")
def _zm11():  # published Tue 2024-06-18; the boat capsized on Saturday 15 June
    HB = "HopeBridge Afghanistan (field team)"
    DT("Issued: [18 June 2024]", "2024-06-18", DL)
    C("killed", "Killed: [6]", 6, group="boat passengers", side=CIV)
    C("missing", "Missing: [3]", 3, group="boat passengers", side=CIV)
    DT("[Saturday, 15 June]", "2024-06-15", EXP)
    C("killed", "recovered [four] bodies", 4, group="boat passengers", side=CIV)
    DT("on [Saturday evening]", "2024-06-15", WD)
    C("killed", "and [two] more on Sunday", 2, group="boat passengers", side=CIV)
    DT("two more on [Sunday]", "2024-06-16", WD)
    C("killed", "among them [three] children", 3, group="children", side=CIV)
    A("[put the number]", OS, "the Darqad district authorities")
    C("killed", "dead at [four]", 4, group="boat passengers", side=CIV)
    DT("four on [Sunday]", "2024-06-16", WD)
    DT("families on [Monday]", "2024-06-17", WD)
    A("[confirmed] six deaths", REP, HB)
    C("killed", "[six] deaths", 6, group="boat passengers", side=CIV)
    C("missing", "[three] people, including", 3, group="boat passengers", side=CIV)
    C("missing", "including [a] woman", 1, group="woman", side=CIV)
    C("missing", "her infant [son]", 1, group="infant", side=CIV)
    DT("on [Monday evening]", "2024-06-17", WD)
    A("Border Troops [said]", OS, BT)
    DT("said on [Sunday]", "2024-06-16", WD)
    C("killed", "body of [one] woman", 1, group="woman", side=CIV)
    PQ("around [35,000] people", 35000, "about")
    DT("in [August last year]", "2023-08-01", REL_, end="2023-08-31")
    C("killed", "killing [five] people", 5, group="boat passengers", side=CIV)
    DT("on [17 June]", "2024-06-17", EXP)


@spec("eval_zm12_governor_press_release_qalaikhumb.txt")
def _zm12():  # no header; dated Khorugh, Thu 2021-12-09; the crossing on the night of 5 to 6 December
    NAZ = "Colonel Bakhtiyor Nazriev, head of the border detachment"
    DT("Khorugh, [9 December 2021]", "2021-12-09", DL)
    DT("On [8 December 2021]", "2021-12-08", EXP)
    A("Nazriev, [reported]", OS, NAZ)
    DT("the night of [5 to 6 December]", "2021-12-05", EXP, end="2021-12-06")
    C("detained", "All [seven] were detained", 7, group="Afghan citizens", side=FOR)
    C("injured", "detention, [one] of the violators", 1, group="violator", side=FOR)
    C("injured", "[one] serviceman also", 1, group="serviceman", side=SEC)
    C("killed", "[No] servicemen were killed", 0, group="servicemen", side=SEC)
    W("A [pistol]", "firearms")
    W("a [hunting rifle]", "small_arms")
    A("Colonel Nazriev [said]", OS, NAZ)
    DT("in [November] two", "2021-11-01", EXP, end="2021-11-30")
    C("detained", "[two] violators had been detained", 2, group="violators", side=None)
    DT("[Since the beginning of the year]", "2021-01-01", REL_, end="2021-12-09")
    C("detained", "detained [46] violators", 46, group="violators", side=None)
    C("detained", "including [31] citizens", 31, group="Afghan citizens", side=FOR)
    C("killed", "and [2] violators were killed", 2, group="violators", side=None)
    A("he [added]", OS, NAZ)


@spec("eval_zm13_embassy_message_panji_poyon_crossing.txt")
def _zm13():  # published Wed 2026-03-11; the shooting on Sunday afternoon 8 March
    LC("Security message – [Panji Poyon] border crossing closed", "TJ-KT", "site", "TJ")
    DT("issued [11 March 2026]", "2026-03-11", DL)
    LC("the [Panji Poyon]–Sher Khan Bandar", "TJ-KT", "site", "TJ")
    LC("Panji Poyon–[Sher Khan Bandar] border crossing", "AF-KDZ", "site", "AF")
    DT("since [Sunday, 8 March]", "2026-03-08", EXP)
    A("[According to local media]", REP, "local media")
    C("killed", "[two] Afghan truck drivers", 2, group="truck drivers", side=FOR)
    C("injured", "at least [four] people", 4, "at_least", side=None)
    C("injured", "including [a] Tajik customs officer", 1, group="customs officer", side=SEC)
    DT("on [Sunday afternoon]", "2026-03-08", WD)
    A("Customs Service [confirmed]", OS, "the Tajik Customs Service")
    DT("confirmed on [Monday]", "2026-03-09", WD)
    C("injured", "that [one] of its officers", 1, group="customs officer", side=SEC)
    A("Kunduz have [blamed]", OS, "Afghan officials in Kunduz")
    A("has [rejected] this", DEN, "the Tajik side")
    A("television [reported]", REP, "Tajik state television")
    DT("reported on [Tuesday]", "2026-03-10", WD)
    C("detained", "that [12] people", 12, side=None)
    DT("crossing [this year]", "2026-01-01", REL_, end="2026-03-11")
    DT("[In January]", "2026-01-01", EXP, end="2026-01-31")
    C("injured", "[one] Afghan driver", 1, group="truck driver", side=FOR)
    XD("within [10 km]", 10, "km", q="up_to")


@spec("eval_zm14_telegram_roundup_nusay.txt")
def _zm14():  # published Thu 2023-03-30; the shooting on Tuesday 28 March
    SS = "Sada-e Shamal (Telegram channel)"
    TAL = "Mawlawi Abdul Hai Sabit, Taliban spokesman for Badakhshan"
    DT("province on [Tuesday]", "2023-03-28", WD)
    A("[posted] at 18:05", REP, SS)
    DT("18:05 on [Tuesday]", "2023-03-28", WD)
    C("killed", "[Three] martyred", 3, group="gold panners", side=CIV)
    C("injured", "[several] wounded", None, "unspecified", group="gold panners", side=CIV, low=3)
    A("[wrote] at 20:30", REP, "Pamir Sarhad (Telegram channel)")
    DT("[the same evening]", "2023-03-28", REL_)
    LC("from the [Afghan bank]", None, "country", "AF", role="origin")
    C("detained", "[4] violators were detained", 4, group="violators", side=MIL)
    C("killed", "[No one] was killed", 0, side=None)
    DT("On [Wednesday morning]", "2023-03-29", WD)
    A("Sabit, [said]", OS, TAL)
    C("killed", "that [one] gold panner", 1, group="gold panner", side=CIV)
    C("injured", "and [two] wounded", 2, group="gold panners", side=CIV)
    LC("fire from the [Tajik side]", None, "country", "TJ", role="origin")
    C("detained", "\"our [four] brothers\"", 4, group="gold panners", side=CIV)
    DT("13:10 on [Wednesday]", "2023-03-29", WD)
    A("[corrected] its earlier post", RET, SS)
    C("killed", "[1] martyr", 1, group="gold panner", side=CIV)
    C("injured", "[3] wounded", 3, group="gold panners", side=CIV)
    DT("Monitor on [Thursday]", "2023-03-30", WD)
    A("[denied] that anyone", DEN, "an anonymous Tajik official")
    A("he [said].", REP, "an anonymous Tajik official")
    PQ("around [20,000] people", 20000, "about")
    DT("[Last year], according", "2022-01-01", REL_, end="2022-12-31")
    A("[according to residents]", REP, "residents of Nusay")
    C("killed", "[two] panners drowned", 2, group="gold panners", side=CIV)


def main() -> int:
    rc = build(SPECS, articles=ART, pattern="eval_zm*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_country(OUT)
    return rc


if __name__ == "__main__":
    sys.exit(main())
