"""Build benchmarks/eval/set_zo/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZO lives here: where its articles are, the ``file`` prefix written into
truth, its gazetteer (set_zo/gazetteer.py: the shared frontier table plus "Tajik-Afghan border") and its
specs. The annotation helpers and the writer that checks every anchor are in benchmarks/eval/annotate.py.

On top of set T's fields, this builder also writes three fields the shared README lists but the shared
helpers leave out: casualty ``low``/``high`` (from value and qualifier, README rules), date ``basis``
and location ``country``. They are added after the shared writer has checked every anchor.

    .venv/bin/python benchmarks/eval/set_zo/build_truth.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zo/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

WEEKDAY_RE = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
EXPLICIT_RE = re.compile(r"\d|january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|hoot", re.I)


def DT(ctx, norm, end=None, basis=None, nth=None):
    """D(...) plus ``basis``: given, or weekday / explicit / relative from the anchor's words."""
    rec = D(ctx, norm, end, nth)
    if basis is None:
        a = rec["anchor"]
        basis = "weekday" if WEEKDAY_RE.search(a) else "explicit" if EXPLICIT_RE.search(a) else "relative"
    assert basis in ("explicit", "weekday", "relative", "dateline"), basis
    rec["basis"] = basis
    return rec


def ORIGIN(ctx, nth=None):
    """Adjective phrase ("Afghan territory", "the Tajik bank") in its origin use: country, role origin."""
    return L(ctx, None, "country", role="origin", nth=nth)


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls in
# set_zo/README.md. Gazetteer names not covered by an L(...) or SKIP(...) are annotated automatically.
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zo01_kabul_english_darqad.txt")
def _zo01():  # published 2024-04-17 (Wednesday); the clash on Monday night, 15 April
    HQ = "Mawlawi Abdul Rahman Haqbin, Takhar provincial police spokesman"
    L("[TALOQAN] -", "AF-TAK", "town")
    K("killed", "[Two] members of the border forces", 2)
    K("injured", "and [three] others sustained", 3)
    DT("province on [Monday night]", "2024-04-15")
    A("provincial officials [said]", OS, "Takhar provincial officials")
    A("[told] Aryana Times", OS, HQ)
    A("He [said] the mujahideen", OS, HQ)
    K("killed", "that [one] of the wounded succumbed", 1)
    DT("on [Tuesday morning]", "2024-04-16")
    K("killed", "martyrs to [three]", 3)
    A("Residents of Darqad [said]", REP, "residents of Darqad")
    K("injured", "said [two] civilians", 2)
    K("injured", "\"[Two] women", 2)
    A("[said] Gul Mohammad", REP, "Gul Mohammad, a shopkeeper")
    A("Border Troops [gave] a different account", OS, BT)
    DT("statement on [Tuesday]", "2024-04-16")
    A("Tuesday, they [said]", OS, BT)
    ORIGIN("from the [Afghan bank]")
    K("killed", "that [one] armed man", 1)
    K("injured", "that [no] Tajik servicemen", 0)
    A("[according to] residents on the Tajik side", REP, "residents on the Tajik side")
    A("Afghan officials [rejected]", DEN, "Afghan officials")
    X("roughly [40 kilometres]", 40, "kilometres")
    DT("[In January]", "2024-01-01", "2024-01-31")
    K("detained", "[two] smugglers were detained", 2)
    A("the police [said] at the time", OS, "the police")


@spec("eval_zo02_badakhshan_radio_bulletin.txt")
def _zo02():  # no header; dateline Thursday 6 July 2023 (the reference date)
    SKIP("Badakhshan Provincial Radio")
    DT("Fayzabad, [Thursday 6 July 2023]", "2023-07-06", basis="dateline")
    K("killed", "[Three] people have lost", 3)
    DT("on [Wednesday afternoon]", "2023-07-05")
    A("culture department [said]", OS, "the Badakhshan information and culture department")
    K("missing", "and [two] are still missing", 2)
    K("killed", "bodies of the [three] victims", 3)
    DT("[this morning]", "2023-07-06")
    K("detained", "detained [five] men", 5)
    DT("on [Tuesday night]", "2023-07-04")
    A("provincial police [said]", OS, "a Badakhshan police spokesman")
    A("Nusay district [say]", REP, "elders in Nusay district")
    W("old [landmine]", "mine")
    K("injured", "injured [two] children", 2)
    DT("goats on [Monday]", "2023-07-03")
    A("doctors [say]", REP, "doctors at the provincial hospital")
    A("mine action office [says]", OS, "the provincial mine action office")
    A("Tajik media [reported]", REP, "Tajik media")
    DT("reported on [Wednesday]", "2023-07-05")
    K("detained", "detained [one] Afghan citizen", 1)
    A("correspondent [says]", REP, "the radio's correspondent")
    A("Nusay, [believes]", REP, "the detained man's family")
    A("agriculture department [says]", OS, "the provincial agriculture department")


@spec("eval_zo03_spokesman_statement_imam_sahib.txt")
def _zo03():  # published 2025-11-02 (Sunday); the incident on the night of Friday 31 October
    IEA = "the Islamic Emirate (deputy spokesman's statement)"
    DT("the night of [Friday, 31 October 2025]", "2025-10-31", basis="explicit")
    A("[According to] the initial information", OS, "the Kunduz provincial police")
    K("killed", "[two] civilians from Aqtepa", 2)
    K("injured", "and [one] other sustained", 1)
    A("[citing] sources in Dushanbe", REP, "sources in Dushanbe")
    A("[have claimed]", REP, "some foreign media")
    K("killed", "that [four] armed men", 4)
    ORIGIN("from [Afghan territory]")
    K("injured", "and that [one] Tajik border", 1)
    L("The [Islamic Emirate of Afghanistan] categorically", None, "country")
    A("[categorically rejects]", DEN, IEA)
    K("injured", "[No] member of the border forces", 0)
    A("[According to] the families", REP, "the families")
    K("missing", "[a third] man from the village", 1)
    DT("since [that night]", "2025-10-31")
    L("The [Islamic Emirate of Afghanistan] wants", None, "country")
    DT("Deputy Spokesman\n[2 November 2025]", "2025-11-02", basis="dateline")


@spec("eval_zo04_tv_website_darwaz_mine.txt")
def _zo04():  # published 2022-05-24 (Tuesday); the blast on Sunday afternoon, 22 May
    KG = "Ehsanullah Kamgar, Badakhshan police spokesman"
    RH = "Dr Nasir Ahmad Rahimi, head of the district health department"
    K("killed", "[Three] children lost", 3)
    K("injured", "[two] others sustained", 2)
    W("old [landmine]", "mine")
    DT("on [Sunday afternoon]", "2022-05-22")
    A("local officials [said]", OS, "local officials")
    X("about [two kilometres]", 2, "kilometres")
    A("the officials [said]", OS, "local officials")
    A("[told] Ariana Sky", OS, KG)
    K("killed", "\"[One] of the wounded children", 1)
    DT("on [Monday night]", "2022-05-23")
    A("he [said], bringing", OS, KG)
    K("killed", "death toll to [four]", 4)
    A("Rahimi, [gave]", OS, RH)
    K("killed", "saying [two] children had died", 2)
    K("injured", "and [three] were being treated", 3)
    A("He [said] the confusion", OS, RH)
    A("Residents [said]", REP, "residents")
    W("that [mines] and unexploded", "mine")
    W("mines and [unexploded ordnance] still", "explosives")
    A("[said] Abdul Qadir", REP, "Abdul Qadir, a village elder")
    K("injured", "[a] Tajik deminer", 1)
    DT("injured on [Saturday]", "2022-05-21")
    W("an [anti-personnel mine]", "mine")
    A("Tajik media [reported]", REP, "Tajik media")
    A("[According to] figures", OS, "the provincial mine action office")
    K("killed", "at least [seven]", 7, "at_least")
    W("by [mines] and", "mine")
    W("mines and [unexploded ordnance] in", "explosives")
    DT("[since the start of the year]", "2022-01-01", "2022-05-24")


@spec("eval_zo05_diaspora_khwahan_toll.txt")
def _zo05():  # published 2026-01-19 (Monday); the clash on Tuesday evening, 13 January
    TAL = "the Taliban's Badakhshan information department"
    HW = "a local health worker"
    DT("in [last week]'s clash", "2026-01-12", "2026-01-18")
    A("[according to] three sources", REP, "three sources in Khwahan district")
    A("information department [said]", OS, TAL)
    DT("said on [Wednesday]", "2026-01-14")
    K("killed", "that [one] member", 1)
    K("injured", "and [two] were wounded", 2)
    DT("on [Tuesday evening]", "2026-01-13")
    A("health worker [said]", REP, HW)
    K("killed", "at least [five] bodies", 5, "at_least")
    DT("clinic [that night]", "2026-01-13")
    K("injured", "that [seven] wounded", 7)
    A("numbers,\" he [said]", REP, HW)
    A("district centre [said]", REP, "a resident of the district centre")
    K("killed", "[two] of the dead", 2)
    DT("Kunduz [last year]", "2025-01-01", "2025-12-31")
    A("Border Troops [said] on Thursday", OS, BT)
    DT("said on [Thursday]", "2026-01-15")
    K("killed", "[three] of them were eliminated", 3)
    K("detained", "and [one] detained", 1)
    K("injured", "[No] Tajik personnel", 0)
    A("the statement [said]", OS, BT)
    DT("On [Saturday] the Taliban", "2026-01-17")
    A("Taliban [revised] their figure", OS, "the Taliban")
    K("killed", "saying [two] border force", 2)
    K("killed", "after [one] of the wounded", 1)
    A("continue to [deny]", DEN, "the Taliban")
    A("Critics [say]", REP, "critics")
    DT("in [August 2024]", "2024-08-01", "2024-08-31")
    A("Taliban [announced]", OS, "the Taliban")
    K("killed", "announced [no casualties]", 0)
    K("injured", "announced [no casualties]", 0)
    K("killed", "buried [four] men", 4)
    A("relatives [told]", REP, "relatives")


@spec("eval_zo06_ngo_protection_update.txt")
def _zo06():  # published 2023-12-05 (Tuesday); reporting period November 2023
    DT("Reporting period: [1-30 November 2023]", "2023-11-01", "2023-11-30")
    A("incidents [recorded] by our", REP, "Hamdel Protection Network's community monitors")
    K("killed", "killed: [3]", 3)
    K("injured", "injured: [4]", 4)
    K("missing", "river: [3]", 3)
    K("detained", "crossing: [21]", 21)
    L("[TAKHAR]", "AF-TAK", "region")
    DT("Yangi Qala, [4 November]", "2023-11-04")
    K("killed", "[One] drowned", 1)
    K("missing", "the [other] is still missing", 1)
    DT("Chah Ab, [17 November]", "2023-11-17")
    W("a [mortar] bomb", "mortar")
    K("killed", "killing [a] woman", 1)
    K("injured", "injuring [four]", 4)
    A("authorities [put the number]", OS, "the Chah Ab district authorities")
    K("injured", "injured at [three]", 3)
    L("[KUNDUZ]", "AF-KDZ", "region")
    DT("Imam Sahib, [9-12 November]", "2023-11-09", "2023-11-12")
    K("detained", "November: [21] people", 21)
    K("detained", "among them [six] women", 6)
    L("the [Sher Khan Bandar] crossing", "AF-KDZ", "site")
    DT("on [14 November]", "2023-11-14")
    A("Returnees [said]", REP, "returnees")
    L("[BADAKHSHAN]", "AF-BDS", "region")
    DT("Khwahan, [26 November]", "2023-11-26")
    K("missing", "[two] men who crossed", 2)
    A("Relatives [believe]", REP, "relatives")
    DT("Shighnan, [28 November]", "2023-11-28")
    K("killed", "[a] fisherman was shot", 1)
    A("Local officials [said]", OS, "Shighnan local officials")
    ORIGIN("the [Tajik bank]")


@spec("eval_zo07_elder_eshkashem.txt")
def _zo07():  # published 2024-10-08 (Tuesday); the shooting on the night of 29 September
    EL = "Haji Sayed Qurban, head of a village council of elders"
    FZ = "Mawlawi Fazlullah, Eshkashem district governor"
    L("[ESHKASHEM], Badakhshan", "AF-BDS", "district")
    DT("On [Sunday] he sat", "2024-10-06")
    DT("the night of [29 September]", "2024-09-29")
    A("he [says], two", REP, EL)
    K("killed", "[two] young herders", 2)
    A("back,\" he [said]", REP, EL)
    K("injured", "[A third] boy", 1)
    A("The elder [said]", REP, EL)
    ORIGIN("the [Tajik bank]")
    DT("published on [1 October]", "2024-10-01")
    A("1 October, [said]", OS, BT)
    K("killed", "[two] of the violators", 2)
    A("They [said] nobody", OS, BT)
    K("injured", "said [nobody] on the Tajik side", 0)
    A("district officials [said]", OS, "Eshkashem district officials")
    DT("meeting on [Thursday]", "2024-10-03")
    A("[said] Mawlawi Fazlullah", OS, FZ)
    A("He [said] three", OS, FZ)
    K("killed", "said [three] people", 3)
    DT("[since the start of the year]", "2024-01-01", "2024-10-08")
    DT("\"[Last year]", "2023-01-01", "2023-12-31")
    K("detained", "took [four] of our men", 4)
    K("detained", "[Two] are still there", 2)


@spec("eval_zo08_refugee_outlet_panj_crossing.txt")
def _zo08():  # published 2022-01-25 (Tuesday); the boat sank on the night of 2 January
    L("left [Kunduz] city", "AF-KDZ", "town")
    DT("city in [December]", "2021-12-01", "2021-12-31")
    DT("the night of [2 January]", "2022-01-02")
    A("she [told]", REP, "Farida, a survivor")
    L("house in [Kunduz] city", "AF-KDZ", "town")
    K("killed", "[Two] people drowned", 2)
    DT("[three days later]", "2022-01-05")
    A("Imam Sahib [said]", OS, "the border police in Imam Sahib")
    K("killed", "recovered [two] bodies", 2)
    DT("in [early January]", "2022-01-01", "2022-01-10")
    K("missing", "that [a third] person", 1)
    A("Border Troops [said]", OS, BT)
    K("detained", "that [37] Afghan", 37)
    DT("[since the beginning of the year]", "2022-01-01", "2022-01-25")
    A("A spokesperson [said]", OS, "a Border Troops spokesperson")
    K("killed", "said [no] migrants", 0)
    A("Dushanbe [say]", REP, "human rights groups in Dushanbe")
    A("named, [said]", REP, "an unnamed lawyer")
    K("detained", "at least [60] Afghans", 60, "at_least")
    DT("Poyon [last week]", "2022-01-18", "2022-01-24")
    K("detained", "among them [14] children", 14)
    DT("in [August 2021]", "2021-08-01", "2021-08-31")
    A("Farida [says]", REP, "Farida, a survivor")


@spec("eval_zo09_info_department_shighnan.txt")
def _zo09():  # no header; dateline Tuesday 14 March 2023 (23 Hoot 1401)
    SKIP("Information and Culture Department of Badakhshan Province")
    DT("Fayzabad, [14 March 2023]", "2023-03-14", basis="dateline")
    DT("([23 Hoot 1401])", "2023-03-14", basis="dateline")
    K("detained", "detain [eight] smugglers", 8)
    K("killed", "[one] mujahid martyred", 1)
    DT("On [Sunday night], the mujahideen", "2023-03-12")
    K("detained", "arrested [eight] smugglers", 8)
    L("from [Gorno-Badakhshan]", "TJ-GB", "region", role="origin")
    K("killed", "[one] mujahid of the border", 1)
    K("injured", "[two] others sustained", 2)
    K("injured", "[Two] of the smugglers", 2)
    W("2 [Kalashnikovs]", "small_arms")
    W("1 [pistol]", "firearms")
    A("police chief [said]", OS, "the Badakhshan police chief")
    K("detained", "[six] of them residents", 6)
    K("detained", "and [two] citizens", 2)
    A("He [added]", OS, "the Badakhshan police chief")
    DT("[Last week]", "2023-03-07", "2023-03-13")
    K("detained", "arrested [three] people", 3)
    A("Some media [reports]", REP, "some media")
    K("killed", "that [three] border forces", 3)
    A("the department [said]", DEN, "the Badakhshan information and culture department")


@spec("eval_zo10_kabul_outlet_drone_denial.txt")
def _zo10():  # published 2026-03-11 (Wednesday); the strike on the evening of Sunday 8 March
    MOD = "the Afghan defence ministry"
    SKIP("Kabul Mirror")
    L("[KABUL] -", "AF-KAB", "town")
    DT("Kabul on [Tuesday]", "2026-03-10")
    A("on Tuesday [rejected]", DEN, MOD)
    W("a [drone] launched", "drone")
    ORIGIN("from [Afghan territory]")
    A("foreign ministry [said]", OS, "Tajikistan's foreign ministry")
    DT("said on [Monday]", "2026-03-09")
    W("the [unmanned aerial vehicle]", "drone")
    DT("the evening of [8 March]", "2026-03-08")
    K("killed", "killing [one] worker", 1)
    K("injured", "injuring [three] others", 3)
    L("\"The [Islamic Emirate of Afghanistan] does", None, "country")
    W("have [drones] in", "drone")
    A("[told] Kabul Mirror", DEN, "Mawlawi Enayatullah Khawari, defence ministry spokesman")
    A("[quoting] local doctors", REP, "local doctors in Kulob")
    A("have [put the toll]", REP, "Tajik media")
    K("killed", "[two] dead", 2)
    K("injured", "[four] injured", 4)
    A("news site [reported]", REP, "a Tajik news site")
    DT("reported on [Tuesday]", "2026-03-10")
    K("killed", "that [a third] worker", 1)
    A("district hospital [said]", DEN, "the district hospital")
    K("killed", "record of [a third] death", 1)
    A("Shohin, [said]", OS, "Afghan border officials in Khwahan")
    DT("on [Sunday evening]", "2026-03-08")
    K("injured", "\"[Nobody] on our side", 0)
    A("border forces [said]", OS, "a commander of the Afghan border forces")
    A("after Tajikistan [said]", OS, "Tajikistan")
    W("said [drones] from", "drone")
    ORIGIN("drones from [Afghanistan]")
    DT("in [late November]", "2025-11-21", "2025-11-30")
    K("killed", "killing [several] people", None, "unspecified")
    A("Kabul also [denied]", DEN, "the Afghan authorities")


@spec("eval_zo11_takhar_police_yangi_qala.txt")
def _zo11():  # published 2021-11-22 (Monday); the boat overturned on Friday evening, 19 November
    MO = "the Takhar police Media Office"
    SKIP("Takhar Police Command")
    DT("statement of [Saturday]", "2021-11-20")
    DT("on [Friday evening]", "2021-11-19")
    K("killed", "is [two], not three", 2)
    K("killed", "not [three] as reported", 3)
    A("as [reported earlier]", RET, MO + " (its statement of Saturday)")
    DT("on [Sunday morning]", "2021-11-21")
    K("missing", "[One] other passenger", 1)
    DT("On [Sunday night], the border", "2021-11-21")
    K("detained", "detained [four] people", 4)
    L("from [Khatlon]", "TJ-KT", "region", role="origin")
    K("injured", "[One] of the detainees", 1)
    A("Media Office [rejects]", DEN, MO)
    A("[reports] on some social", REP, "some social media pages")
    K("killed", "that [five] people", 5)
    DT("[Since the start of the year]", "2021-01-01", "2021-11-22")
    K("killed", "[19] people have drowned", 19)
    A("[according to] our records", OS, MO)


@spec("eval_zo12_kunduz_byline_qala_i_zal.txt")
def _zo12():  # no header; byline date Tuesday 27 June 2023; the clash late on Sunday 25 June
    BS = "Qari Abdul Basir, Qala-i-Zal district police chief"
    L("[Kunduz], 27 June 2023", "AF-KDZ", "town")
    DT("Kunduz, [27 June 2023]", "2023-06-27", basis="dateline")
    K("killed", "[Two] smugglers were killed", 2)
    K("injured", "and [a] member of the border", 1)
    DT("late on [Sunday]", "2023-06-25")
    A("local officials [said] on Tuesday", OS, "local officials")
    DT("said on [Tuesday]", "2023-06-27")
    A("[According to] the district police chief", OS, BS)
    ORIGIN("from the [Tajik bank]")
    A("civilians\", he [said]", OS, BS)
    K("killed", "[Two] men from the boat", 2)
    K("detained", "and [a third] was detained", 1)
    K("injured", "[One] mujahid was slightly", 1)
    A("Border Troops [gave]", OS, BT)
    A("They [said] a group", OS, BT)
    K("killed", "that [three] of them", 3)
    K("injured", "that [two] Tajik servicemen", 2)
    ORIGIN("from the [Afghan bank]")
    A("[told] this reporter", REP, "local residents in Qala-i-Zal")
    K("killed", "that [four] bodies", 4)
    DT("river on [Monday]", "2023-06-26")
    K("missing", "that [two] other men", 2)
    A("district administration [said]", OS, "the Qala-i-Zal district administration")
    X("some [50 kilometres]", 50, "kilometres")
    L("of [Kunduz] city", "AF-KDZ", "town")


@spec("eval_zo13_tv_website_chah_ab_toll.txt")
def _zo13():  # published 2024-07-30 (Tuesday); the shooting on Saturday afternoon, 27 July
    DT("in [Saturday]'s shooting", "2024-07-27")
    K("killed", "risen to [three]", 3)
    K("killed", "after [one] of the wounded", 1)
    DT("on [Monday night]", "2024-07-29")
    A("[told] Shamal TV", OS, "the Takhar provincial health department")
    K("killed", "[Two] farmers were killed", 2)
    K("injured", "[four] others sustained", 4)
    DT("on [Saturday afternoon]", "2024-07-27")
    A("[according to] residents", REP, "residents")
    A("had [put the number]", REP, "earlier reports")
    DT("Earlier reports on [Saturday]", "2024-07-27")
    K("injured", "injured at [six]", 6)
    A("officials later [revised]", OS, "officials")
    K("injured", "figure to [four]", 4)
    A("Mansoor, [said]", OS, "Mawlawi Obaidullah Mansoor, Takhar governor's spokesman")
    DT("said on [Sunday] that the mujahideen", "2024-07-28")
    A("[citing] a source", REP, "a source in the Farkhor border detachment")
    SKIP("Farkhor border detachment")
    A("detachment, [said]", REP, "a Tajik news website")
    DT("said on [Sunday] that the guards", "2024-07-28")
    K("killed", "that [no one] had been killed", 0)
    K("injured", "that [no one] had been killed", 0)
    A("[reports] that the funerals", REP, "Shamal TV's correspondent in Chah Ab")
    DT("held on [Sunday]", "2024-07-28")
    K("missing", "[another] man who was", 1)
    A("Police [say]", OS, "police")
    DT("in [June last year]", "2023-06-01", "2023-06-30")
    K("killed", "[one] farmer was killed", 1)
    K("injured", "and [two] injured", 2)


@spec("eval_zo14_kabul_english_badakhshan_2021.txt")
def _zo14():  # published 2021-07-06 (Tuesday); the crossing on Sunday 4 July
    L("[FAYZABAD]/KABUL", "AF-BDS", "town")
    L("FAYZABAD/[KABUL]", "AF-KAB", "town")
    DT("Tajikistan on [Sunday]", "2021-07-04")
    A("Dushanbe [said] on Monday", OS, "officials in Kabul and Dushanbe")
    DT("said on [Monday]", "2021-07-05")
    A("not to be named, [said]", REP, "a Badakhshan provincial council member (unnamed)")
    K("killed", "at least [13]", 13, "at_least")
    DT("since [Friday]", "2021-07-02")
    K("injured", "more than [20]", 20, "more_than")
    A("[put its losses]", OS, "the Afghan defence ministry")
    K("killed", "at [five] dead", 5)
    A("National Security [said]", OS, "Tajikistan's State Committee for National Security")
    K("detained", "that [none] of them", 0)
    K("injured", "[Three] wounded soldiers", 3)
    A("it [said]", OS, "Tajikistan's State Committee for National Security")
    A("Taliban spokesman [said]", OS, "the Taliban spokesman")
    DT("said on [Sunday] that their", "2021-07-04")
    K("injured", "that [no] civilians were hurt", 0)
    A("Residents of Eshkashem [said]", REP, "residents of Eshkashem")
    K("killed", "[two] civilians were killed", 2)
    W("a [mortar] round", "mortar")
    DT("house on [Saturday]", "2021-07-03")
    P("about [one million] people", 1_000_000)
    P("nearly [10 million] people", 10_000_000)
    X("its [1,344-kilometre]", 1344, "kilometre", "TJ-AF border")


# --------------------------------------------------------------------------------------------------
# Fields the shared helpers do not write (README: casualty low/high, location country).
# --------------------------------------------------------------------------------------------------
VAGUE_LOW = {"several": 3, "dozens": 24}
COUNTRY_WORDS = {"Tajik": "TJ", "Afghan": "AF", "Islamic Emirate of Afghanistan": "AF"}
CASUALTY = ("killed", "injured", "missing", "detained")


def bounds(c: dict) -> tuple[int | None, int | None]:
    v, q = c["value"], c["qualifier"]
    if q in ("exact", "about"):
        return v, v
    if q == "at_least":
        return v, None
    if q in ("more_than", "over"):
        return v + 1, None
    if q in ("nearly", "up_to"):
        return None, v
    return VAGUE_LOW[c["anchor"].lower()], None  # unspecified


def country(c: dict) -> str | None:
    if c["admin1_code"]:
        return c["admin1_code"][:2]
    if c["precision"] != "country":
        return None  # border features
    name = c["anchor"]
    if name.startswith("Tajikistan") or name.startswith("Tajik"):
        return "TJ"
    if "Afghan" in name:
        return "AF"
    raise ValueError(c)


def enrich(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for c in rows:
        if c["kind"] in CASUALTY:
            c["low"], c["high"] = bounds(c)
        elif c["kind"] == "location":
            c["country"] = country(c)
        elif c["kind"] == "date":
            assert "basis" in c, c
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in rows:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zo*.txt", rel=REL, gaz=GAZ, out=OUT)
    enrich(OUT)
    sys.exit(rc)
