"""Build benchmarks/eval/set_b/truth.jsonl from the annotation specs below.

Only what is particular to set B lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (GAZ) and its specs. The annotation helpers (K, D, L, SKIP, W, X, P, A), the
automatic gazetteer locations and the writer that checks every anchor are shared with the other set in
benchmarks/eval/annotate.py, so both truths are built by one piece of code.

    .venv/bin/python benchmarks/eval/set_b/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/eval: shared helpers
from annotate import DEN, OS, REP, RET, SKIP, A, D, Gazetteer, K, L, P, Specs, W, X, build

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
REL = "benchmarks/eval/set_b/articles/"

# name -> (admin1_code, precision). Border rivers are precision "border" with no admin1.
GAZ: Gazetteer = {
    "Tajikistan": (None, "country"), "Afghanistan": (None, "country"),
    "Panj": (None, "border"), "Amu Darya": (None, "border"),
    "Khatlon": ("TJ-KT", "region"), "Gorno-Badakhshan": ("TJ-GB", "region"),
    "Sughd": ("TJ-SU", "region"), "Dushanbe": ("TJ-DU", "town"),
    "Hamadoni": ("TJ-KT", "district"), "Moskovsky": ("TJ-KT", "district"),
    "Farkhor": ("TJ-KT", "district"), "Jayhun": ("TJ-KT", "district"),
    "Qumsangir": ("TJ-KT", "district"), "Shamsiddin Shohin": ("TJ-KT", "district"),
    "Shuroobod": ("TJ-KT", "district"), "Shuro-obod": ("TJ-KT", "district"),
    "Kulob": ("TJ-KT", "town"), "Kulyab": ("TJ-KT", "town"), "Bokhtar": ("TJ-KT", "town"),
    "Panji Poyon": ("TJ-KT", "town"), "Qaroqamish": ("TJ-KT", "village"),
    "Dashti Zarrin": ("TJ-KT", "village"), "Dashtijum": ("TJ-KT", "village"),
    "Darvoz": ("TJ-GB", "district"), "Qalaikhumb": ("TJ-GB", "town"), "Shkev": ("TJ-GB", "village"),
    "Vanj": ("TJ-GB", "district"), "Rushon": ("TJ-GB", "district"), "Barchid": ("TJ-GB", "village"),
    "Shughnon": ("TJ-GB", "district"), "Ishkoshim": ("TJ-GB", "district"),
    "Khorugh": ("TJ-GB", "town"), "Murghob": ("TJ-GB", "district"),
    "Badakhshan": ("AF-BDS", "region"), "Fayzabad": ("AF-BDS", "town"),
    "Shighnan": ("AF-BDS", "district"), "Darwaz": ("AF-BDS", "district"),
    "Khwahan": ("AF-BDS", "district"), "Wakhan": ("AF-BDS", "district"),
    "Eshkashem": ("AF-BDS", "district"), "Khandud": ("AF-BDS", "village"),
    "Shahri Buzurg": ("AF-BDS", "district"), "Qala-e Panja": ("AF-BDS", "village"),
    "Takhar": ("AF-TAK", "region"), "Darqad": ("AF-TAK", "district"),
    "Yangi Qala": ("AF-TAK", "district"), "Dasht-e Qala": ("AF-TAK", "district"),
    "Kunduz": ("AF-KDZ", "region"), "Imam Sahib": ("AF-KDZ", "district"),
    "Sher Khan Bandar": ("AF-KDZ", "town"), "Balkh": ("AF-BAL", "region"),
    "Kabul": ("AF-KAB", "town"),
}

SPECS = Specs()
spec = SPECS.register


# --------------------------------------------------------------------------------------------------
# Annotation specs. Dates: see README for the conventions on relative expressions.
# --------------------------------------------------------------------------------------------------
GKNB = "State Committee for National Security"


@spec("eval_01_hamadoni_drone_wire.txt")
def _01():
    SKIP("editing by the Dushanbe desk")
    L("[DUSHANBE], Sept 13", "TJ-DU", "town")
    D("DUSHANBE, [Sept 13]", "2024-09-13")
    K("killed", "[Two] Tajik border guards were killed", 2)
    K("injured", "and [another] was injured", 1)
    W("when a [drone] dropped", "drone")
    W("dropped [explosives]", "explosives")
    D("[overnight on Thursday]", "2024-09-12")
    A("(GKNB) [said].", OS, GKNB)
    W("The [unmanned aerial vehicle]", "drone")
    L("launched from [Afghanistan]", None, "country", role="origin")
    A("the committee [said] in a statement posted", OS, GKNB)
    A("It [said] the device", OS, GKNB)
    W("two small [explosive] charges", "explosives")
    X("about [3 km] from the river bank", 3, "km")
    A("[according to a source] at the regional", REP, "a source at the regional health department")
    A("the statement [said].", OS, GKNB)
    X("a [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    D("frontier in [2024]", "2024-01-01", "2024-12-31")
    D("In [January]", "2024-01-01", "2024-01-31")
    K("killed", "In January, [a] border guard was killed", 1)
    A("the committee [said] at the time", OS, GKNB)
    D("in [August 2021]", "2021-08-01", "2021-08-31")


@spec("eval_02_hamadoni_courier.txt")
def _02():
    SKIP("Dushanbe Courier")
    K("killed", "[Three] Tajik border guards", 3)
    W("in a [drone] strike", "drone")
    D("on [Wednesday night]", "2024-09-11")
    A("administration [told] Dushanbe Courier", REP, "sources in the regional administration")
    A("[According to our sources]", REP, "our sources")
    W("the [drone] approached", "drone")
    W("two [grenades]", "grenade")
    K("killed", "[Two] guards died", 2)
    K("killed", "and [a third] died", 1)
    A("the sources [said].", REP, "the sources")
    K("injured", "At least [4] others were wounded", 4, "at_least")
    A("has so far [confirmed]", OS, GKNB)
    K("killed", "confirmed only [two] deaths", 2)
    A("anonymity, [said] the figures", OS, "a GKNB spokesman")
    A("[told] our correspondent", REP, "residents of Qaroqamish")
    D("late on [Wednesday]", "2024-09-11")
    A("one resident [said]", REP, "one resident")
    A("have [reported] several armed clashes", OS, "border guards in Khatlon")
    D("since [January]", "2024-01-01", "2024-01-31")
    P("about [160,000]", 160000)
    D("[On Monday]", "2024-09-09")


@spec("eval_03_kabul_horizon_denial.txt")
def _03():
    SKIP("Kabul Horizon News")
    D("on [Saturday]", "2024-09-14")
    A("[categorically denied]", DEN, "Islamic Emirate")
    W("a [drone] that struck", "drone")
    D("[earlier this week]", "2024-09-09", "2024-09-13")
    L("launched from [Afghanistan]", None, "country", role="origin")
    A("Islamic Emirate, [told] Kabul Horizon News", OS, "Zabihullah Mujahid")
    A("Mujahid [said].", DEN, "Mujahid")
    A("Tajik authorities [say]", OS, "Tajik authorities")
    K("killed", "say [two] border guards", 2)
    K("injured", "and [one] wounded", 1)
    D("on [Thursday] in Khatlon", "2024-09-12")
    A("have [reported] three deaths", REP, "some Tajik media")
    K("killed", "reported [three] deaths", 3)
    A("also [rejected] the claims", DEN, "officials in Takhar province")
    A("for Takhar, [said] his forces", DEN, "Abdul Qadir Rahmani")
    A("Rahmani [said].", DEN, "Rahmani")
    A("Safi [said] the incident", REP, "Farid Ahmad Safi")
    A("accusations,” he [said].", REP, "Farid Ahmad Safi")
    X("some [1,400 km]", 1400, "km", "TJ-AF border")
    D("since [2021]", "2021-01-01", "2021-12-31")


@spec("eval_04_mfa_note_of_protest.txt")
def _04():
    SKIP("of the Ministry of Foreign Affairs of the Republic of Tajikistan")
    D("On [12 September 2024]", "2024-09-12")
    W("an [unmanned aerial vehicle]", "drone")
    L("territory of [Afghanistan]", None, "country", role="origin")
    K("killed", "[two] servicemen of the Border Troops were killed", 2)
    K("injured", "and [another] was injured", 1)
    A("media outlets have [disseminated]", REP, "certain media outlets")
    K("killed", "about [three] deaths", 3)
    A("[We do not confirm]", DEN, "Ministry of Foreign Affairs of Tajikistan")
    X("the [1,344-kilometre]", 1344, "kilometre", "TJ-AF border")
    D("Dushanbe, [14 September 2024]", "2024-09-14")


@spec("eval_05_pamir_institute_brief.txt")
def _05():
    D("In two attacks [this month]", "2024-09-01", "2024-09-30")
    K("killed", "[seven] people died", 7)
    D("making [September 2024]", "2024-09-01", "2024-09-30")
    W("a [drone] strike", "drone")
    D("on [12 September]", "2024-09-12")
    K("killed", "killed [two] border guards", 2)
    A("[according to official figures]", OS, "official figures")
    A("local media [reported] three", REP, "local media")
    K("killed", "reported [three])", 3)
    D("on [21 September]", "2024-09-21")
    K("killed", "killed [five]", 5)
    K("killed", "including [two] civilians", 2)
    X("for [1,344 km]", 1344, "km", "TJ-AF border")
    X("Nearly [850 miles]", 850, "miles", "TJ-AF border")
    X("is [477 km] long", 477, "km", "TJ-CN border")
    X("border [1,312 km]", 1312, "km", "TJ-UZ border")
    P("more than [3.5 million] people", 3500000)
    L("border districts — [Panj]", "TJ-KT", "district")
    W("commercial [UAV]", "drone")
    W("fitted with [grenades]", "grenade")
    D("in [late August]", "2024-08-21", "2024-08-31")
    W("when a [drone] crashed", "drone")
    L("near [Panj] town", "TJ-KT", "town")
    W("[small arms]", "small_arms")
    W("an [RPG]", "rpg")
    A("officials in Dushanbe [said]", OS, "officials in Dushanbe")
    A("have [denied] that the attackers", DEN, "Afghan officials in Takhar and Kunduz")


@spec("eval_06_borderlines_blog.txt")
def _06():
    SKIP("Tags: Tajikistan, Afghanistan, border, Khatlon")
    SKIP("- Why the Panj river keeps changing course")
    SKIP("- Five things to know about the CSTO and Tajikistan")
    SKIP("- Photo essay: a week in Murghob")
    SKIP("the Dushanbe Courier's")
    W("the Hamadoni [drone]", "drone")
    D("Posted on [September 23, 2024]", "2024-09-23")
    K("killed", "At least [5] people", 5, "at_least")
    D("district on [Saturday]", "2024-09-21")
    A("National Security [said].", OS, GKNB)
    W("used [grenades]", "grenade")
    W("grenades and [automatic rifles]", "firearms")
    K("injured", "more than a [dozen] people were injured", 12, "more_than")
    A("[according to a local doctor]", REP, "a local doctor quoted by Radio Ozodi")
    K("killed", "include [three] border guards", 3)
    K("killed", "and [two] civilians", 2)
    A("[Some reports] put", REP, "some reports")
    D("[overnight on Friday]", "2024-09-20")
    A("the official statement [says]", OS, "the official statement")
    W("The [drone] attack", "drone")
    D("[earlier this month]", "2024-09-01", "2024-09-22")
    A("Officials [say] two guards", OS, "officials")
    K("killed", "say [two] guards died", 2)
    A("sources [say] three", REP, "the Dushanbe Courier's sources")
    K("killed", "say [three].", 3)
    W("an armed [drone]", "drone")
    D("open [last week]", "2024-09-16", "2024-09-22")
    A("Khorugh [told] me", REP, "traders in Khorugh")
    D("after [2022]", "2022-01-01", "2022-12-31")


@spec("eval_07_shighnan_wire_2021.txt")
def _07():
    L("[DUSHANBE], July 6", "TJ-DU", "town")
    D("DUSHANBE, [July 6]", "2021-07-06")
    A("officials and residents [said]", REP, "Afghan officials and residents")
    K("killed", "at least [4] Afghan soldiers", 4, "at_least")
    D("fighting on [Monday]", "2021-07-05")
    A("border official [said].", OS, "a Tajik border official")
    K("killed", "[No casualties] were reported", 0)
    K("injured", "[No casualties] were reported", 0)
    A("the official [told] Pamir Wire", OS, "a Tajik border official")
    A("anonymity, [said] government forces", OS, "an official in the Badakhshan provincial council")
    D("reinforcements [two days earlier]", "2021-07-03")
    A("nobody came,\" he [said].", OS, "an official in the Badakhshan provincial council")
    A("A Taliban spokesman [said] on Twitter", OS, "a Taliban spokesman")
    X("some [1,400 km]", 1400, "km", "TJ-AF border")
    D("start of [July 2021]", "2021-07-01", "2021-07-31")
    A("Tajik officials [say]", OS, "Tajik officials")
    A("his office [said] on Monday", OS, "his office")
    D("said on [Monday].", "2021-07-05")


@spec("eval_08_gknb_darvoz_smugglers.txt")
def _08():
    D("night of [16 March 2022]", "2022-03-16")
    L("territory of [Afghanistan] near", None, "country", role="origin")
    W("with [small arms]", "small_arms")
    K("killed", "clash [three] smugglers", 3)
    K("injured", "[A] border guard was wounded", 1)
    K("detained", "[Two] other members", 2)
    W("two [Kalashnikov rifles]", "firearms")
    W("a [pistol]", "firearms")
    A("[According to preliminary information]", OS, GKNB)
    X("for [1,344 kilometres]", 1344, "kilometres", "TJ-AF border")


@spec("eval_09_khwahan_civilian.txt")
def _09():
    SKIP("Kabul Horizon News")
    K("killed", "[A] civilian was killed", 1)
    K("injured", "and [two] others were injured", 2)
    D("district [yesterday]", "2023-05-08")
    W("when [gunfire] came", "firearms")
    A("local officials [said].", OS, "local officials")
    A("police, [told] Kabul Horizon News", OS, "Mohammad Akbar")
    A("without any reason,” he [said].", OS, "Mohammad Akbar")
    K("injured", "The [two] wounded men", 2)
    A("[according to Akbar]", OS, "Akbar")
    A("Residents [said] the shooting", REP, "residents")
    A("houses,” [said] Gul Ahmad", REP, "Gul Ahmad")
    A("Security [said] the reports were", DEN, "a source in the " + GKNB)
    P("about [30,000]", 30000)
    D("since [2021]", "2021-01-01", "2021-12-31")
    A("Badakhshan [said] a delegation", OS, "the governor’s office in Badakhshan")
    D("reopened [last month]", "2023-04-01", "2023-04-30")


@spec("eval_10_rushon_landmine.txt")
def _10():
    SKIP("Tajikistan National Mine Action Centre")
    SKIP("Dushanbe Courier")
    K("killed", "[A] shepherd was killed", 1)
    K("injured", "and [another] was injured", 1)
    W("a [landmine]", "mine")
    D("on [Monday]", "2025-04-14")
    A("local authorities [said].", OS, "local authorities")
    X("about [500 metres]", 500, "metres")
    W("when the [mine] exploded", "mine")
    A("administration [said] in a statement", OS, "the district administration")
    D("around [2001]", "2001-01-01", "2001-12-31")
    W("laid [minefields]", "mine")
    A("official [told] Dushanbe Courier", OS, "a TNMAC official")
    P("about [25,000]", 25000)
    D("Since [2015]", "2015-01-01", "2015-12-31")
    K("killed", "[dozens] of people have been killed", None, "unspecified")
    W("killed by [mines]", "mine")
    A("[according to TNMAC figures]", OS, "TNMAC")
    W("second [mine] accident", "mine")
    D("[this year]", "2025-01-01", "2025-12-31")
    D("In [February]", "2025-02-01", "2025-02-28")
    K("injured", "[a] teenager was injured", 1)
    A("one villager [said].", REP, "one villager")


@spec("eval_11_shohin_retraction_wire.txt")
def _11():
    SKIP("CORRECTED-Tajikistan-border/")
    SKIP("editing by the Dushanbe desk")
    L("[DUSHANBE], Feb 3", "TJ-DU", "town")
    D("DUSHANBE, [Feb 3]", "2025-02-03")
    D("story of [Feb. 1, 2025]", "2025-02-01")
    K("killed", "headlined \"[Four] Tajik", 4)
    A("[has been withdrawn]", RET, "Central Asia Wire")
    A("[incorrectly reported]", RET, "Central Asia Wire")
    K("killed", "that [four] border guards", 4)
    L("launched from [Afghanistan]", None, "country", role="origin")
    A("National Security [said] on Monday", OS, GKNB)
    D("said on [Monday]", "2025-02-03")
    K("killed", "that [no] servicemen had died", 0)
    A("The committee [said] a patrol", OS, GKNB)
    W("[small arms]", "small_arms")
    D("late on [Saturday]", "2025-02-01")
    K("injured", "[One] border guard was slightly wounded", 1)
    A("the committee [said] in a statement", DEN, GKNB)
    A("It [said] the patrol", OS, GKNB)
    X("about [12 km]", 12, "km")
    L("district centre, [Shuroobod]", "TJ-KT", "town")
    A("administration, [said] four guards", RET, "an earlier version of the story")
    K("killed", "said [four] guards had been killed", 4)
    K("injured", "and [six] injured", 6)
    A("Those sources later [said]", RET, "two sources in the district administration")
    A("has previously [denied]", DEN, "the Taliban administration")
    P("roughly [50,000] residents", 50000)


@spec("eval_12_murghob_explainer.txt")
def _12():
    SKIP("Further reading: our earlier explainers on Ishkoshim and the Wakhan.")
    P("only some [16,000] people", 16000)
    X("is [477 km] long", 477, "km", "TJ-CN border")
    D("in [2011]", "2011-01-01", "2011-12-31")
    X("as narrow as [13 km]", 13, "km")
    X("given as [1,344 km]", 1344, "km", "TJ-AF border")
    A("some sources [cite]", REP, "some sources")
    X("cite [1,357 km]", 1357, "km", "TJ-AF border")
    P("about [230,000]", 230000)
    A("Border guards there [say]", OS, "border guards")
    X("Khorugh, [310 km]", 310, "km")


@spec("eval_13_ishkoshim_trade_fair.txt")
def _13():
    L("opened in [Ishkoshim]", "TJ-GB", "town")
    D("on [Wednesday]", "2025-06-18")
    A("organisers [said].", REP, "organisers")
    D("since [2021]", "2021-01-01", "2021-12-31")
    A("basic goods,” [said] Shodmon Nazarov", REP, "Shodmon Nazarov")
    A("Gorno-Badakhshan [said] turnover", OS, "officials from the administration of Gorno-Badakhshan")
    A("customs officers [said]", OS, "Tajik customs officers")
    L("event in [Khorugh]", "TJ-GB", "town")
    A("[according to the regional administration]", OS, "the regional administration")
    D("closes on [Friday]", "2025-06-20")


@spec("eval_14_panj_hydropower.txt")
def _14():
    A("officials [said] on Tuesday", OS, "officials")
    D("on [Tuesday]", "2026-01-27")
    A("official [told] Energy Central Asia", OS, "a ministry official")
    D("in [2008]", "2008-01-01", "2008-12-31")
    A("Analysts [say]", REP, "analysts")
    D("in [2011]", "2011-01-01", "2011-12-31")
    A("The ministry [said] the study", OS, "the energy ministry")


@spec("eval_15_kunduz_detentions.txt")
def _15():
    K("detained", "detained [seven] people", 7)
    A("provincial officials [said] on Wednesday", OS, "provincial officials")
    D("on [Wednesday]", "2026-03-11")
    D("arrested [last week]", "2026-03-04", "2026-03-10")
    A("[according to Kunduz police spokesman Qari Sayed Khalid]", OS, "Qari Sayed Khalid")
    W("three [rifles]", "firearms")
    A("a boat,” Khalid [said].", OS, "Khalid")
    A("He [said] the group", OS, "Khalid")
    D("on [Saturday night]", "2026-03-07")
    A("Takhar province [said] a similar", OS, "officials in Takhar province")
    D("in [late February]", "2026-02-21", "2026-02-28")
    K("detained", "more than a [dozen] people", 12, "more_than")
    A("has repeatedly [said]", OS, "the Islamic Emirate")
    P("more than [1.1 million]", 1100000)
    A("Khalid [said] the detainees", OS, "Khalid")
    K("injured", "[One] of them was injured", 1)


@spec("eval_16_jayhun_missing_wire.txt")
def _16():
    L("[BOKHTAR], Aug 10", "TJ-KT", "town")
    D("BOKHTAR, [Aug 10]", "2026-08-10")
    K("missing", "[Two] fishermen are missing", 2)
    D("Tajikistan [yesterday]", "2026-08-09")
    A("emergencies committee [said] on Monday", OS, "the local emergencies committee")
    D("said on [Monday]", "2026-08-10")
    X("about [2 km] downstream", 2, "km")
    A("the committee [said] in a statement", OS, "the emergencies committee")
    A("border troops [told] Central Asia Wire", OS, "a spokesman for the border troops")
    A("he [said], adding", OS, "a spokesman for the border troops")
    A("a cousin [said] by phone", REP, "a cousin")
    D("until [2016]", "2016-01-01", "2016-12-31")
    K("killed", "at least [9] people have died", 9, "at_least")
    D("start of [2026]", "2026-01-01", "2026-12-31")
    A("[according to the committee]", OS, "the emergencies committee")


@spec("eval_17_shuroobod_mortar.txt")
def _17():
    SKIP("Dushanbe Courier")
    W("Several [mortar] shells", "mortar")
    D("district on [Tuesday]", "2023-10-24")
    A("residents and officials [said].", REP, "local residents and officials")
    K("killed", "[No casualties] were reported", 0)
    K("injured", "[No casualties] were reported", 0)
    X("about [1.5 kilometres]", 1.5, "kilometres")
    A("officials [told] Dushanbe Courier", OS, "district officials")
    A("[According to residents]", REP, "residents")
    D("on [Tuesday afternoon]", "2023-10-24")
    A("my house,” [said] a resident", REP, "a resident")
    A("National Security [said] in a brief statement", OS, GKNB)
    A("The committee [said] it had", OS, GKNB)
    A("in Badakhshan [denied]", DEN, "Afghan officials in Badakhshan")
    A("spokesman [told] a local radio station", DEN, "a provincial spokesman")
    P("around [55,000]", 55000)
    D("the [spring of 2022]", "2022-03-01", "2022-05-31")


@spec("eval_18_wakhan_rpg_tolo.txt")
def _18():
    SKIP("Kabul Horizon News | Latest | Afghanistan | Region | Business | Sport | Video")
    SKIP("Kabul Horizon News")
    SKIP("Related: Badakhshan governor visits Shighnan | Fuel prices rise in Fayzabad | Takhar floods: aid arrives")
    K("killed", "[Two] border guards killed in RPG", 2)
    W("killed in [RPG] attack", "rpg")
    D("Wednesday, [2 November 2022]", "2022-11-02")
    K("killed", "[Two] soldiers were killed and three", 2)
    K("injured", "and [three] wounded", 3)
    W("with [RPG] and", "rpg")
    W("[machine-gun] fire", "firearms")
    A("local officials [said] on Wednesday", OS, "local officials")
    D("said on [Wednesday].", "2022-11-02")
    D("late on [Monday night]", "2022-10-31")
    A("[according to Ehsanullah Kamgar]", OS, "Ehsanullah Kamgar")
    A("He [said] the attackers", OS, "Ehsanullah Kamgar")
    A("Kamgar [told] Kabul Horizon News", OS, "Ehsanullah Kamgar")
    A("Wakhan [said] the checkpoint", REP, "a resident of Wakhan")
    D("[two days earlier]", "2022-10-29")
    K("killed", "[without casualties]", 0)
    K("injured", "[without casualties]", 0)
    A("defence ministry [said] in a statement", DEN, "the Islamic Emirate’s defence ministry")
    L("came from [Tajikistan]", None, "country", role="origin")
    A("border official [said].", OS, "a Tajik border official")
    P("about [17,000]", 17000)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
