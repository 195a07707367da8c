"""Build benchmarks/eval/set_w/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set W lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_w/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. Set W is held-out: written blind, no extractor or scorer run on it.

    .venv/bin/python benchmarks/eval/set_w/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_w/articles/"

SPECS = Specs()
spec = SPECS.register


def XQ(ctx, value, unit, q, measures=None, nth=None):
    """Distance with its qualifier (the shared X leaves the qualifier out)."""
    rec = X(ctx, value, unit, measures, nth)
    rec["qualifier"] = q
    return rec


def PQ(ctx, value, q="exact", nth=None):
    """Population with its qualifier (the shared P leaves the qualifier out)."""
    rec = P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, set T's judgement calls
# (../set_t/README.md), plus the calls in set_w/README.md (Solar Hijri dates, figures in brackets,
# counts by name).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"
AFC = None  # country-level Afghan/Tajik adjective phrases: admin1 null


@spec("eval_w01_dushanbe_daily_farkhor.txt")
def _w01():  # published 2025-05-07 (Wednesday); the clash on the night of 5 to 6 May
    K("killed", "[Two] border guards killed in Farkhor", 2)
    A("clash, [says] Border Troops", OS, BT)
    K("killed", "[Two] Tajik border servicemen", 2)
    K("injured", "and [one] was wounded", 1)
    A("Border Troops [said] on Tuesday", OS, BT)
    D("said on [Tuesday]", "2025-05-06")
    A("[According to the statement]", OS, BT)
    D("on [the night of May 5 to 6]", "2025-05-05", "2025-05-06")
    L("from the [Afghan bank]", AFC, "country", role="origin")
    W("with [automatic weapons]", "small_arms")
    K("killed", "fire [three] violators", 3)
    K("detained", "and [two] were detained", 2)
    A("doctors [told]", REP, "doctors in Farkhor")
    W("two [Kalashnikov rifles]", "small_arms")
    A("centre [added]", OS, BT)
    A("Wednesday [gave] a different picture", REP, "Afghan private channels")
    D("channels on [Wednesday]", "2025-05-07")
    A("[Citing] residents", REP, "residents of Chah Ab district")
    A("they [said] four", REP, "Afghan private channels")
    K("killed", "[four] local men", 4)
    A("Takhar [denied]", DEN, "the Taliban police in Takhar")
    L("from [Afghan territory]", AFC, "country", role="origin")
    D("border [this year].", "2025-01-01", "2025-05-07")
    D("On [14 February this year]", "2025-02-14")
    K("killed", "this year [one] border guard", 1)
    D("[Since the beginning of the year]", "2025-01-01", "2025-05-07")
    K("detained", "detained [31] violators", 31)
    A("[according to the press centre]", OS, BT)
    XQ("[1,344 kilometres]", 1344, "kilometres", "exact", "TJ-AF border")


@spec("eval_w02_afghan_tv_chah_ab.txt")
def _w02():  # published 2025-05-07 (Wednesday, 17 Sawr 1404); shooting on Monday night, 5 May
    FAM = "families in Chah Ab"
    SAR = "Mawlawi Abdul Mubin Sarhadi, Takhar police spokesman"
    A("Chah Ab [say] four", REP, FAM)
    K("killed", "say [four] fishermen", 4)
    D("[Wednesday, 17 Sawr 1404]", "2025-05-07")
    D("([7 May 2025])", "2025-05-07")
    A("Takhar [say] Tajik", REP, FAM)
    K("killed", "killed [four] men", 4)
    D("on [Monday night]", "2025-05-05")
    A("Residents [told]", REP, "residents")
    D("on [Tuesday morning]", "2025-05-06")
    K("injured", "[A fifth] man", 1)
    A("[said] Abdul Wahid", REP, "Abdul Wahid, father of two of the dead")
    A("Tajik side [says]", OS, "the Tajik side")
    A("border troops [said]", OS, BT)
    K("killed", "said [two] of", 2)
    K("killed", "that [three] \"violators\"", 3)
    K("detained", "killed and [two] detained", 2)
    A("command, [said]", OS, SAR)
    K("killed", "said [three] bodies", 3)
    K("missing", "that the [fourth] man", 1)
    A("weapons,\" he [said]", DEN, SAR)
    A("elders [say]", REP, "elders")
    D("In\n[July last year]", "2024-07-01", "2024-07-31")
    K("killed", "year [two] fishermen", 2)
    A("[according to local]\nresidents", REP, "local residents")


@spec("eval_w03_russian_agency_farkhor.txt")
def _w03():  # published 2025-05-06 (Tuesday); the clash on the night of 5 to 6 May
    SRC = "a source in the power structures (the agency's interlocutor)"
    L("[DUSHANBE], 6 May", "TJ-DU", "town")
    D("DUSHANBE, [6 May]", "2025-05-06")
    K("killed", "[Two] servicemen of the Tajik", 2)
    K("injured", "died and [one] was wounded", 1)
    D("on [the night of 5 to 6 May]", "2025-05-05", "2025-05-06")
    A("[reported] to the agency", REP, SRC)
    L("territory of [Afghanistan]", AFC, "country", role="origin")
    K("killed", "collision [three] violators", 3)
    K("detained", "liquidated, [two] were detained", 2)
    K("killed", "junior sergeant [R. Sharipov]", 1)
    K("killed", "private [B. Kholov]", 1)
    K("injured", "private [S. Amirov]", 1)
    A("agency [said]", REP, SRC)
    A("[According to him]", REP, SRC)
    W("2 [Kalashnikov automatic rifles]", "small_arms")
    A("networks [reported]", REP, "Afghan social networks")
    K("killed", "reported [four] dead", 4)
    D("on [14.02]", "2025-02-14")
    K("killed", "border [one] serviceman", 1)
    K("killed", "region [4] violators", 4)
    K("detained", "and [57] detained", 57)


@spec("eval_w04_taliban_statement_takhar.txt")
def _w04():  # no header; dateline Taloqan, 18 Sawr 1404 (Thursday 8 May 2025)
    DIR = "the Information and Culture Directorate of Takhar"
    SAR = "Mawlawi Abdul Mubin Sarhadi, provincial spokesman"
    SKIP("Information and Culture Directorate of Takhar Province")
    SKIP("Information and Culture Directorate, Takhar")
    D("Taloqan, [18 Sawr 1404]", "2025-05-08")
    D("([8 May 2025])", "2025-05-08")
    D("On [the night of Monday, 15 Sawr 1404]", "2025-05-05")
    L("the [Republic of Tajikistan]", AFC, "country")
    A("[According to the investigation]", OS, "the provincial commission of the Islamic Emirate")
    K("killed", "Emirate, [three] civilians", 3)
    K("injured", "martyred and [one] was wounded", 1)
    K("missing", "while [one more] person", 1)
    D("border on [16 Sawr]", "2025-05-06")
    D("buried [the same day]", "2025-05-06")
    A("Directorate [rejects]", DEN, DIR)
    A("the [claims] of the Tajik side", OS, "the Tajik side")
    K("killed", "and that [two]\nTajik", 2)
    L("the\n[Islamic Emirate of Afghanistan]", AFC, "country", role="origin")
    A("Sarhadi, [said]", OS, SAR)
    K("detained", "the [two] detained", 2)
    D("In [the past year]", "2024-05-08", "2025-05-07")
    K("killed", "year [6] civilians", 6)


@spec("eval_w05_kabul_agency_imam_sahib.txt")
def _w05():  # published 2023-06-20 (Tuesday); the shooting on Sunday 18 June (28 Jawza 1402)
    GKNB = "Tajikistan's State Committee for National Security"
    L("[KABUL] (AKA)", "AF-KAB", "town")
    K("killed", "[A] 19-year-old man", 1)
    D("on [Sunday] (28 Jawza)", "2023-06-18")
    D("([28 Jawza])", "2023-06-18")
    A("his family [said]", REP, "the family")
    A("Relatives [said]", REP, "relatives")
    K("injured", "[One] friend was wounded", 1)
    K("detained", "and\n[another] was detained", 1)
    A("Haqyar [said]", OS, "Mawlawi Ghulam Rasul Haqyar, Kunduz police spokesman")
    A("Security [said]", OS, GKNB)
    D("statement on [Monday]", "2023-06-19")
    D("[18.06] stopped", "2023-06-18")
    L("the\n[Afghan side] near", AFC, "country", role="origin")
    K("killed", "[One] violator was killed", 1)
    K("detained", "and [one] was detained", 1)
    A("the statement [said]", OS, GKNB)
    K("injured", "[No] Tajik servicemen", 0)
    A("family [rejects]", DEN, "the family")
    A("uncle\n[told]", REP, "Shafiqullah's uncle")
    D("Kunduz [this year]", "2023-01-01", "2023-06-20")
    D("In [April]", "2023-04-01", "2023-04-30")
    K("killed", "April [two] men", 2)
    A("[according to local residents]", REP, "local residents")


@spec("eval_w06_badakhshan_radio_shighnan.txt")
def _w06():  # no header; dateline Fayzabad, 24 Sunbula 1403 (Saturday 14 September 2024)
    YOU = "Qari Mohammad Yousuf, spokesman of the district governor"
    SKIP("Badakhshan Radio, Fayzabad")
    D("Fayzabad, [24 Sunbula 1403]", "2024-09-14")
    D("/ [14 September 2024]", "2024-09-14")
    K("killed", "[Two] children killed, three", 2)
    K("injured", "killed, [three] hurt", 3)
    K("killed", "[Two] children were killed", 2)
    K("injured", "[three] other people", 3)
    W("old [mortar] shell", "mortar")
    D("district on [Thursday]", "2024-09-12")
    A("officials [said]", OS, "officials")
    A("[told] our radio", OS, YOU)
    W("found the [unexploded ordnance]", "explosives")
    K("killed", "it. \"[Two]", 2)
    K("injured", "their [brother]", 1)
    K("injured", "and [two] shepherds", 2)
    A("he [said]. The injured", OS, YOU)
    A("Residents of the village [said]", REP, "residents of the village")
    K("injured", "[four] people were wounded", 4)
    K("injured", "not [three]", 3)
    W("cleared of [mines]", "mine")
    A("the spokesman [said]", OS, YOU)
    D("In [the past year] at least", "2023-09-14", "2024-09-13")
    K("killed", "at least [7] people", 7, "at_least")
    W("by [mines] and", "mine")
    W("and [unexploded ordnance]", "explosives")
    A("[according to a demining organisation]", REP, "a demining organisation")
    D("On [3 September]", "2024-09-03")
    K("injured", "[a] boy was injured", 1)
    A("police\n[said]", OS, "the provincial police")


@spec("eval_w07_diaspora_darvoz.txt")
def _w07():  # published 2026-01-20 (Tuesday); the shooting on the night of 14 to 15 January
    A("conscripts [say] three", REP, "relatives of conscripts")
    K("killed", "say [three], not one", 3)
    K("killed", "three, not [one]", 1)
    A("district [say] the", REP, "families of soldiers")
    D("on [the night of 14 to 15 January]", "2026-01-14", "2026-01-15")
    D("on [15.01]", "2026-01-15")
    A("[says] one serviceman", OS, "the Border Troops (official version)")
    K("killed", "says [one] serviceman", 1)
    K("injured", "and [two] were lightly", 2)
    L("the [Afghan bank]", AFC, "country", role="origin")
    W("with [automatic weapons]", "small_arms")
    W("a [grenade launcher]", "rpg")
    K("killed", "\"[Three] boys", 3)
    D("on [17 January]", "2026-01-17")
    A("[said] his mother", REP, "Gulnora Rahimovna, a conscript's mother")
    A("from Dushanbe, [said]", REP, "a second family")
    D("on [16 January]", "2026-01-16")
    W("heavy [machine gun]", "small_arms")
    A("conscript [said]", REP, "a relative of a third conscript")
    K("injured", "at least [four] soldiers", 4, "at_least")
    K("injured", "not [two].", 2)
    A("phone, [said]", DEN, "the Taliban's district chief in Darwaz")
    A("[By our own count]", REP, "Paiom Online")
    K("killed", "at least [11]", 11, "at_least")
    A("[official figure]", OS, "official figure")
    K("killed", "is [five]", 5)
    A("Yusufi [says]", REP, "Saodat Kamolovna Yusufi, human rights lawyer")


@spec("eval_w08_weekly_court_police.txt")
def _w08():  # published 2024-02-15 (Thursday)
    D("on [12.02]", "2024-02-12")
    L("from [Afghanistan]", AFC, "country", role="origin")
    D("in [November last year]", "2023-11-01", "2023-11-30")
    A("[According to the case]", OS, "the case file (prosecution)")
    D("on [the night of 3 to 4 November]", "2023-11-03", "2023-11-04")
    K("killed", "November; [one] accomplice", 1)
    K("killed", "Farkhor: [two] fishermen", 2)
    K("killed", "[Two] residents", 2)
    D("on [9 February]", "2024-02-09")
    K("killed", "body of [one] man", 1)
    K("missing", "the [second] (26)", 1)
    A("department [reported]", OS, "the district emergencies department")
    K("detained", "Shohin: [four] detained", 4)
    K("detained", "detained [four] citizens", 4)
    K("detained", "([three] men", 3)
    K("detained", "and [a] teenager", 1)
    D("[10.02] with", "2024-02-10")
    W("two [Kalashnikovs]", "small_arms")
    W("a [hand grenade]", "grenade")
    A("Border Troops [said]", OS, BT)
    K("injured", "side [no one] was injured", 0)
    D("In [January]", "2024-01-01", "2024-01-31")
    K("detained", "[9 (nine)]", 9)
    A("police press service [said]", OS, "the regional police press service")


@spec("eval_w09_womens_outlet_nusay.txt")
def _w09():  # published 2023-03-08 (Wednesday); the explosion on Saturday 4 March
    K("killed", "[Two] women killed by landmine", 2)
    W("killed by [landmine] while", "mine")
    K("killed", "[Two] women were killed", 2)
    K("injured", "and [a] girl", 1)
    W("by a [landmine] on", "mine")
    D("on [Saturday]", "2023-03-04")
    A("relatives [told]", REP, "relatives")
    A("[confirmed] the explosion", OS, "a local Taliban official")
    K("killed", "only [one] woman", 1)
    K("injured", "died and [two] people", 2)
    A("Relatives [say]", REP, "relatives")
    W("the [mine] is", "mine")
    A("activists [say]", REP, "women's rights activists")
    A("Fayzabad [said]", REP, "an activist in Fayzabad")
    K("detained", "detained [five] Afghan women", 5)
    K("detained", "and [three] children", 3)
    L("from [Khwahan] district", "AF-BDS", "district", role="origin")
    D("district [last week]", "2023-03-01", "2023-03-07")
    D("on [Monday], family", "2023-03-06")
    A("members [said]", REP, "family members")
    A("[told] Zan Voices she", REP, "one of the women")
    D("In [the past year]", "2022-03-08", "2023-03-07")
    K("killed", "year [6] women", 6)
    W("by [landmines]", "mine")
    W("[explosive remnants]", "explosives")
    A("[according to a demining organisation]", REP, "a demining organisation")


@spec("eval_w10_phone_dispatch_vanj.txt")
def _w10():  # no header; dateline Vanj, 14 October 2022 (Friday)
    HOS = "the head of the district hospital in Vanj"
    SKIP("Our correspondent, Vanj")
    D("(by phone), [14 October 2022]", "2022-10-14")
    D("[last night]", "2022-10-13")
    L("from the [Afghan side] of the Panj", AFC, "country", role="origin")
    W("heard [machine guns]", "small_arms")
    W("one [mortar]", "mortar")
    A("[According to residents]", REP, "residents")
    K("killed", "at least [three] bodies", 3, "at_least")
    L("came from the [Afghan side]", AFC, "country", role="origin")
    K("injured", "wounded [a] woman", 1)
    A("[told] me by phone", OS, HOS)
    A("He [said] that since", OS, HOS)
    D("[since the start of the year]", "2022-01-01", "2022-10-14")
    K("injured", "year [2] residents", 2)
    A("Khorugh [say]", REP, "sources in Khorugh")
    K("killed", "[five] Taliban fighters", 5)
    K("injured", "[several] were wounded", None, "unspecified")
    A("[denied] any clash", DEN, "the Taliban spokesman in Badakhshan")
    K("injured", "accident, [one] man injured", 1)
    D("On [Wednesday night] (12", "2022-10-12")
    D("([12 October])", "2022-10-12")
    K("injured", "[nobody] was hurt", 0)
    D("hours on [Thursday]", "2022-10-13")
    A("Residents [say] that", REP, "residents")
    D("in [September]", "2022-09-01", "2022-09-30")
    K("detained", "[three] men from", 3)
    L("from the [Afghan side] crossed", AFC, "country", role="origin")
    A("teacher\n[said]", REP, "a teacher in Vanj")


@spec("eval_w11_traders_statement_crossing.txt")
def _w11():  # published 2026-03-10 (Tuesday); the shooting on the evening of 3 March
    ASSOC = "members of the Association of Cross-Border Traders"
    L("[Sher Khan Bandar] - Panji", "AF-KDZ", "site")
    L("Bandar - [Panji Poyon] crossing", "TJ-KT", "site")
    L("closure of the [Panji Poyon] crossing point", "TJ-KT", "site")
    D("since [4 March 2026]", "2026-03-04")
    D("evening of [3 March]", "2026-03-03")
    A("[According to our members]", REP, ASSOC)
    K("killed", "[one] driver, Haji", 1)
    K("injured", "and [two] drivers were injured", 2)
    A("later [gave] the figure", OS, "the Kunduz police")
    K("killed", "figure of [two] killed", 2)
    K("killed", "including [a] customs guard", 1)
    K("injured", "and [four] injured", 4)
    A("Tajik side [stated]", OS, "the Tajik side")
    L("from [Afghan territory]", AFC, "country", role="origin")
    K("injured", "that [one] of its customs", 1)
    A("Afghan side [rejects]", DEN, "the Afghan side")
    D("On [7 March]", "2026-03-07")
    K("injured", "[no one] was hurt", 0)
    K("detained", "[Three] of our drivers", 3)
    D("on [6 March]", "2026-03-06")
    D("on [8 March]", "2026-03-08")
    PQ("some [250,000] people", 250000, "about")
    L("[Kunduz], 10 March", "AF-KDZ", "town")
    D("Kunduz, [10 March 2026]", "2026-03-10")


@spec("eval_w12_health_update_qala_i_zal.txt")
def _w12():  # published 2024-07-14 (Sunday, 24 Saratan 1403); the explosion on 12 July (22 Saratan)
    D("Issued: [24 Saratan 1403]", "2024-07-14")
    D("([14 July 2024])", "2024-07-14")
    W("of a [rocket]", "rocket")
    D("of [22 Saratan]", "2024-07-12")
    D("([12 July 2024])", "2024-07-12")
    K("killed", "Deceased: [3 (three)]", 3)
    K("killed", "of them [1] child", 1)
    D("on [23 Saratan]", "2024-07-13")
    K("injured", "Injured: [6 (six)]", 6)
    K("injured", "among them [2] women", 2)
    K("injured", "and [2] children", 2)
    K("missing", "[2 (two)] persons", 2)
    K("killed", "figure of [2] dead", 2)
    K("injured", "and [4] injured", 4)
    D("([13 July])", "2024-07-13")
    A("has been [revised]", RET, "the Directorate (update No. 2)")
    A("department [said]", OS, "the provincial information department")
    W("the [rocket] was fired", "rocket")
    L("across the [Amu Darya]", None, "border", role="origin")


@spec("eval_w13_district_official_ishkoshim.txt")
def _w13():  # published 2022-06-23 (Thursday); the shooting on Monday evening, 20 June
    OFF = "Davlatbek Mamadnazarovich Shozodamamadov, deputy chairman of Ishkoshim district"
    L("fire from [Afghan bank]", AFC, "country", role="origin")
    A("[told] Pamir Pulse on", OS, OFF)
    D("on\n[Wednesday]", "2022-06-22")
    D("on [Monday evening]", "2022-06-20")
    A("[According to the shepherds]", REP, "the shepherds")
    L("from the [Afghan bank]. One", AFC, "country", role="origin")
    K("injured", "[One] of\nthem", 1)
    K("missing", "the [other one]", 1)
    A("killed,\" he [said]", OS, OFF)
    A("He [said] the wounded", OS, OFF)
    XQ("about [100 kilometres]", 100, "kilometres", "about")
    K("killed", "that\n[nobody] from the village", 0)
    A("Ryn [said]", REP, "villagers in Ryn")
    W("[Kalashnikov] bursts", "small_arms")
    A("Mamadnazarovich [added]", OS, OFF)
    D("that [this year]", "2022-01-01", "2022-06-23")
    K("injured", "already [3] people", 3)
    D("In [May]", "2022-05-01", "2022-05-31")
    K("killed", "body of [one] shepherd", 1)
    A("Eshkashem [said]", DEN, "the Taliban district chief of Eshkashem")
    A("Eshkashem [told]", REP, "a resident of Eshkashem")
    K("detained", "that [two] Afghan hunters", 2)
    A("Border troops [confirmed]", OS, BT)
    PQ("about [1,500] people", 1500, "about")


@spec("eval_w14_ombudsman_report.txt")
def _w14():  # published 2026-03-16 (Monday); the annual report for 2025
    D("on [12 March 2026]", "2026-03-12")
    XQ("[1,344 km]", 1344, "km", "exact", "TJ-AF border")
    PQ("about [230,000] people", 230000, "about")
    PQ("about [150,000] inhabitants", 150000, "about")
    D("On [14.02.2025]", "2025-02-14")
    K("killed", "[one] serviceman of the Border", 1)
    D("On [the night of 5 to 6 May 2025]", "2025-05-05", "2025-05-06")
    K("killed", "[two (2)] servicemen", 2)
    K("injured", "[one (1)] was wounded", 1)
    A("[according to the Border Troops]", OS, BT)
    K("killed", "[three (3)] violators", 3)
    K("detained", "[two (2)] were detained", 2)
    D("On [12.05]", "2025-05-12")
    K("injured", "[a] resident of Shkev", 1)
    W("a [mine] on", "mine")
    K("killed", "[4 (four)] civilians", 4)
    K("injured", "[9 (nine)] injured", 9)
    A("[according to data of the Ministry of Internal Affairs]", OS, "the Ministry of Internal Affairs")
    A("organisations [report]", REP, "non-governmental organisations")
    K("killed", "at least [6]", 6, "at_least")
    A("[According to the Afghan side]", OS, "the Afghan side (authorities)")
    K("killed", "[11] Afghan citizens", 11)
    K("detained", "[128 (one hundred twenty-eight)]", 128)
    K("detained", "including\n[17]", 17)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_w*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
