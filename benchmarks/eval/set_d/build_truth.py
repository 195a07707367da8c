"""Build benchmarks/eval/set_d/truth.jsonl from the annotation specs below (same format as sets B and C).

Only what is particular to set D lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (GAZ, set C's: every place named in set D is in it) and its specs. The
annotation helpers and the writer that checks every anchor are in benchmarks/eval/annotate.py.

    .venv/bin/python benchmarks/eval/set_d/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/eval: shared helpers
from annotate import DEN, OS, REP, SKIP, A, D, Gazetteer, K, L, P, Specs, W, X, build

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
REL = "benchmarks/eval/set_d/articles/"

# name -> (admin1_code, precision). Border rivers are precision "border" with no admin1.
GAZ: Gazetteer = {
    "Tajikistan": (None, "country"), "Afghanistan": (None, "country"),
    "Panj": (None, "border"), "Amu Darya": (None, "border"),
    "Khatlon": ("TJ-KT", "region"), "Gorno-Badakhshan": ("TJ-GB", "region"),
    "Dushanbe": ("TJ-DU", "town"),
    "Shahritus": ("TJ-KT", "district"), "Aivaj": ("TJ-KT", "village"), "Navobod": ("TJ-KT", "village"),
    "Farkhor": ("TJ-KT", "district"), "Dahana": ("TJ-KT", "village"),
    "Shamsiddin Shohin": ("TJ-KT", "district"), "Panji Poyon": ("TJ-KT", "town"),
    "Kulob": ("TJ-KT", "town"), "Bokhtar": ("TJ-KT", "town"),
    "Darvoz": ("TJ-GB", "district"), "Qalaikhumb": ("TJ-GB", "town"), "Shkev": ("TJ-GB", "village"),
    "Vanj": ("TJ-GB", "district"), "Rushon": ("TJ-GB", "district"), "Barchid": ("TJ-GB", "village"),
    "Ishkoshim": ("TJ-GB", "district"), "Ryn": ("TJ-GB", "village"), "Namadgut": ("TJ-GB", "village"),
    "Khorugh": ("TJ-GB", "town"),
    "Badakhshan": ("AF-BDS", "region"), "Fayzabad": ("AF-BDS", "town"),
    "Shighnan": ("AF-BDS", "district"), "Darwaz": ("AF-BDS", "district"),
    "Khwahan": ("AF-BDS", "district"), "Eshkashem": ("AF-BDS", "district"), "Nusay": ("AF-BDS", "district"),
    "Takhar": ("AF-TAK", "region"), "Darqad": ("AF-TAK", "district"), "Yangi Qala": ("AF-TAK", "district"),
    "Chah Ab": ("AF-TAK", "district"), "Taloqan": ("AF-TAK", "town"),
    "Kunduz": ("AF-KDZ", "region"), "Imam Sahib": ("AF-KDZ", "district"), "Qala-i-Zal": ("AF-KDZ", "district"),
    "Sher Khan Bandar": ("AF-KDZ", "town"), "Aqtepa": ("AF-KDZ", "village"),
    "Kabul": ("AF-KAB", "town"),
}

SPECS = Specs()
spec = SPECS.register

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: set B's and set C's READMEs, plus this set's README (mid-month,
# "at the end of last month", "New Year's Eve", "two weeks ago", "overnight into <weekday>",
# "on the 14th", numerals with words "2 (two)", "a dozen", "half a dozen").
# --------------------------------------------------------------------------------------------------
GKNB = "State Committee for National Security"


@spec("eval_d01_farkhor_wire.txt")
def _d01():  # no header; dateline without year, publication 2025-09-15 (year from "January 2025")
    SKIP("editing by the Dushanbe desk")
    K("killed", "[Three] dead, five hurt", 3)
    K("injured", "dead, [five] hurt", 5)
    L("[DUSHANBE], Sept. 15", "TJ-DU", "town")
    D("DUSHANBE, [Sept. 15]", "2025-09-15")
    L("Panj from [Afghanistan] attacked", None, "country", role="origin")
    D("in [the early hours of Sunday]", "2025-09-14")
    K("killed", "killing at least [three] border guards", 3, "at_least")
    A("National Security [said].", OS, GKNB)
    K("injured", "[Five] other servicemen", 5)
    K("injured", "[two] of them seriously", 2)
    A("the committee [said] in a statement", OS, GKNB)
    D("on its website on [Monday]", "2025-09-15")
    D("remained closed on [Monday]", "2025-09-15")  # added after the first score: omitted by mistake
    W("[rocket-propelled grenades]", "rpg")
    A("[told] Central Asia Wire by telephone", REP, "an officer at the post")
    A("[According to the committee]", OS, GKNB)
    K("killed", "[No deaths] were reported among civilians", 0)
    A("the district administration [said].", OS, "the district administration")
    D("since [mid-March]", "2025-03-11", "2025-03-20")
    K("killed", "when [a] smuggler was shot dead", 1)
    A("Border guards [said] at the time", OS, "border guards")
    D("comment on [Monday]", "2025-09-15")
    X("a [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    D("Since [January 2025]", "2025-01-01", "2025-01-31")


@spec("eval_d02_khatlon_herald_new_year.txt")
def _d02():
    SKIP("Khatlon Herald")
    D("Panji Poyon on [New Year's Eve]", "2023-12-31")
    K("killed", "left [two] dead and three injured", 2)
    K("injured", "dead and [three] injured", 3)
    A("Shamsiddin Shohin district [told] the", REP, "relatives of the victims and police")
    K("killed", "The dead included [a] 17-year-old porter", 1)
    A("his family [said].", REP, "his family")
    A("[According to his uncle]", REP, "his uncle")
    K("injured", "The [three] injured men", 3)
    A("a surgeon [said] one of them", REP, "a surgeon")
    D("condition on [Tuesday]", "2024-01-02")
    K("killed", "[No deaths] were reported among the border guards", 0)
    A("a police officer [said].", OS, "a police officer")
    D("[At the end of last month]", "2023-12-21", "2023-12-31")
    K("missing", "[a] fisherman went missing", 1)
    D("And [two weeks ago]", "2023-12-20")
    K("injured", "but [no one] was hurt", 0)
    A("the district police [said].", OS, "the district police")
    A("Residents [say] smuggling", REP, "residents")
    D("since [the summer of 2021]", "2021-06-01", "2021-08-31")
    A("[said] a teacher in Navobod", REP, "a teacher in Navobod")
    D("on the [New Year's Eve] shooting", "2023-12-31")
    D("statement on [28 December]", "2023-12-28")
    A("it [said] border troops", OS, GKNB)
    K("detained", "detained [14] people", 14)
    D("during [2023]", "2023-01-01", "2023-12-31")
    P("about [10,000] people", 10000)
    X("about [20 km]", 20, "km")


@spec("eval_d03_kabul_horizon_takhar.txt")
def _d03():
    SKIP("State Committee for National Security of Tajikistan")
    SKIP("Kabul Horizon News")
    K("killed", "[Three] Islamic Emirate border servicemen lost their lives", 3)
    K("injured", "and [half a dozen] were wounded", 6)
    D("between [3 and 5 May]", "2024-05-03", "2024-05-05")
    A("the Takhar police spokesman [said] on Tuesday", OS, "Abdul Mubin Safi")
    D("spokesman said on [Tuesday]", "2024-05-07")
    A("Abdul Mubin Safi [said] the fighting", OS, "Abdul Mubin Safi")
    D("on [Friday evening]", "2024-05-03")
    A("protect the farmers,\" he [said].", OS, "Abdul Mubin Safi")
    A("Safi [said] the dead included", OS, "Abdul Mubin Safi")
    K("killed", "the dead included [a] commander", 1)
    A("He [said] mortars", OS, "Abdul Mubin Safi")
    W("He said [mortars]", "mortar")
    W("heavy [machine-guns]", "firearms")
    A("tribal elder in Darqad [told] Kabul Horizon News", REP, "a tribal elder")
    K("killed", "that [five] fatalities", 5)
    D("district by [Sunday]", "2024-05-05")
    K("killed", "among them [two] civilians", 2)
    A("Taloqan, he [said].", REP, "a tribal elder")
    D("[Earlier in the week]", "2024-05-06")
    A("National Security of Tajikistan [said]", OS, GKNB)
    K("detained", "detained a [dozen] people", 12)
    D("In [April 2023]", "2023-04-01", "2023-04-30")
    K("killed", "[two] Afghan fishermen drowned", 2)
    A("[according to local officials]", OS, "local officials")


@spec("eval_d04_gknb_darvoz_message.txt")
def _d04():
    SKIP("State Committee for National Security of the Republic of Tajikistan")
    D("On [16.11.2022]", "2022-11-16")
    L("territory of [Afghanistan]", None, "country", role="origin")
    W("[automatic weapons]", "firearms")
    K("killed", "return fire, [2 (two)] members", 2)
    K("detained", "and [1 (one)] was detained", 1)
    K("injured", "[1 (one)] border guard received", 1)
    W("[Kalashnikov rifles]", "firearms")
    W("3 [grenades]", "grenade")
    D("on [the 14th of this month]", "2022-11-14")
    K("detained", "detained [3 (three)] citizens", 3)
    D("beginning of [November]", "2022-11-01", "2022-11-30")
    K("detained", "[7 (seven)] violators", 7)
    A("once again [warns]", OS, GKNB)


@spec("eval_d05_frontier_notes_drone.txt")
def _d05():  # published 2026-01-10 (Saturday)
    SKIP("Frontier Notes | Home | Archive | Maps | About")
    SKIP("Posted by frontier_watcher · 6 min read")
    SKIP("Tags: Vanj, drones, Gorno-Badakhshan, gold")
    SKIP("Share: Facebook | X | Telegram | Email")
    K("killed", "[Four] fatalities. That", 4)
    W("after the [drone] strike", "drone")
    D("Vanj district on [the 4th]", "2026-01-04")
    W("A small [drone] dropped", "drone")
    W("two [explosive] charges", "explosives")
    D("on [Sunday afternoon]", "2026-01-04")
    K("killed", "[Four] miners were reported dead", 4)
    A("were [reported] dead by the regional hospital", OS, "the regional hospital in Khorugh")
    A("Telegram channels [put] the number", REP, "local Telegram channels")
    K("killed", "number at [six]", 6)
    K("injured", "[Seven] people were wounded", 7)
    K("injured", "[three] of them critically", 3)
    A("the hospital [said].", OS, "the regional hospital in Khorugh")
    A("Casualties, [according to the Gorno-Badakhshan health department]", OS,
      "the Gorno-Badakhshan health department")
    K("killed", "department: [4] dead", 4)
    K("injured", "4 dead, [7] injured", 7)
    A("The GKNB [says]", OS, "GKNB")
    W("the [drone] came from", "drone")
    L("came from [Afghanistan].", None, "country", role="origin")
    A("Badakhshan [denied] that", DEN, "the Taliban's spokesman in Badakhshan")
    D("denied that on [Monday]", "2026-01-05")
    W("has no [drones]", "drone")
    W("Could a [drone] like", "drone")
    D("[Two weeks ago]", "2025-12-27")
    W("a similar [drone]", "drone")
    K("killed", "and [nobody] was killed", 0)
    D("Back in [Sept. 2024]", "2024-09-01", "2024-09-30")
    K("killed", "killed a [dozen] miners", 12)


@spec("eval_d06_radio_sado_transcript.txt")
def _d06():  # published 2023-03-07 (Tuesday)
    W("[Mortar] shells fired", "mortar")
    D("[overnight into Tuesday]", "2023-03-06", "2023-03-07")
    A("The district administration [tells] us", OS, "the district administration")
    K("killed", "that [six] people were reported dead", 6)
    K("injured", "A [dozen] were injured", 12)
    K("killed", "[Six] dead. Do we", 6)
    A("The border troops [say]", OS, "the border troops")
    L("came from [Eshkashem] district", "AF-BDS", "district", role="origin")
    A("commander there [told] a colleague", DEN, "a local commander in Eshkashem")
    D("In [the early hours of Sunday]", "2023-03-05")
    D("so [two days ago]", "2023-03-05")
    K("injured", "[No one] was hurt then", 0)
    D("And [earlier in the week]", "2023-03-06")
    K("injured", "[a] border guard was wounded", 1)
    A("[according to his family]", REP, "his family")
    A("Others [say] they will stay", REP, "other residents")


@spec("eval_d07_ngo_takhar_update.txt")
def _d07():  # published 2024-10-04 (Friday)
    K("killed", "Casualties: [3] dead", 3)
    K("injured", "3 dead, [2] injured", 2)
    K("injured", "([one] child)", 1)
    D("explosion of [29 September]", "2024-09-29")
    D("the [mid-September] shelling", "2024-09-11", "2024-09-20")
    D("since [20 September]", "2024-09-20")
    D("[On 29 September]", "2024-09-29")
    W("an [explosive device]", "explosives")
    L("outskirts of [Yangi Qala] town", "AF-TAK", "town")
    K("killed", "[Three] people were reported dead", 3)
    A("[according to the district health officer]", OS, "the district health officer")
    K("injured", "[Two] others, including", 2)
    K("injured", "including [a] 9-year-old girl", 1)
    D("The shelling in [mid-September]", "2024-09-11", "2024-09-20")
    K("killed", "[No deaths] were reported, but", 0)
    A("local authorities [said]", OS, "local authorities")
    D("[At the end of last month]", "2024-09-21", "2024-09-30")
    W("a [landmine] incident", "mine")
    K("injured", "[a] shepherd was wounded", 1)
    A("partners [said].", REP, "partners")
    D("Since [January 2024]", "2024-01-01", "2024-01-31")
    K("killed", "recorded [19] fatalities", 19)
    D("whole of [2023]", "2023-01-01", "2023-12-31")
    A("[according to demining partners]", REP, "demining partners")
    D("on [Thursday evening]", "2024-10-03")


@spec("eval_d08_no_header_badakhshan.txt")
def _d08():  # no header, no dateline: publication from the byline date 2023-06-21 (Wednesday)
    K("killed", "[Two] women among five killed", 2)
    K("killed", "Two women among [five] killed", 5)
    D("By Staff Reporter | [21st June 2023]", "2023-06-21")
    K("killed", "[Five] people were killed", 5)
    D("district on [Monday]", "2023-06-19")
    K("killed", "The dead included [two] women", 2)
    A("their relatives [said].", REP, "relatives")
    A("[According to the district governor]", OS, "the district governor")
    L("direction of [Khorugh]", "TJ-GB", "town", role="origin")
    A("He [said] four more", OS, "the district governor")
    K("injured", "[four] more people were wounded", 4)
    K("injured", "[one] of them a child", 1)
    K("injured", "all [four] had been", 4)
    A("Tajik officials [rejected]", DEN, "Tajik officials")
    D("account on [Tuesday]", "2023-06-20")
    A("border troops in Khorugh [said]", DEN, "a spokesman for the border troops in Khorugh")
    D("Tajik guards on [the 19th]", "2023-06-19")
    D("On [Thursday evening]", "2023-06-15")
    A("one resident [said].", REP, "one resident")
    A("Nothing was done, he [said].", REP, "one resident")
    A("provincial spokesman [said]", OS, "the Taliban's provincial spokesman")
    K("detained", "[Three] of them were detained", 3)
    A("were detained, he [said].", OS, "the Taliban's provincial spokesman")
    D("On [2nd May 2022]", "2022-05-02")
    K("killed", "[a] man was shot dead", 1)
    A("local officials [said].", OS, "local officials")


@spec("eval_d09_pamir_tribune_captions.txt")
def _d09():  # published 2025-02-05 (Wednesday)
    K("killed", "one of the [four] servicemen killed", 4)
    D("killed on [2nd February]", "2025-02-02")
    D("Rushon on [Tuesday]", "2025-02-04")
    K("killed", "funerals of [four] border guards", 4)
    W("hit a [mine] on the road", "mine")
    D("on [Sunday morning]", "2025-02-02")
    K("killed", "killed [four] soldiers", 4)
    K("injured", "wounded [two] more", 2)
    A("district administration [said].", OS, "the district administration")
    K("injured", "[One] of the wounded", 1)
    A("his mother [told]", REP, "his mother")
    K("injured", "[Two] wounded servicemen", 2)
    D("hospital, [3 February 2025]", "2025-02-03")
    A("Military investigators [say]", OS, "military investigators")
    W("the [mine] had been laid", "mine")
    A("press service [said]", OS, "the border troops' press service")
    D("said on [Monday]", "2025-02-03")
    W("the [mine] had been brought", "mine")
    L("across from [Afghanistan]", None, "country", role="origin")
    A("spokesman [rejected] the claim", DEN, "a Taliban spokesman")
    K("killed", "bring to [nine] the number", 9)
    D("beginning of [2024]", "2024-01-01", "2024-12-31")
    A("[according to figures compiled by the Pamir Tribune]", REP, "Pamir Tribune")
    K("killed", "[Two] of them were killed by landmines", 2)
    W("killed by [landmines]", "mine")
    A("[said] the father", REP, "the father of one of the dead")
    D("Khorugh on [03.02.2025]", "2025-02-03")


@spec("eval_d10_wire_eshkashem_blast.txt")
def _d10():  # no header; dateline with year, publication 2024-12-05 (Thursday)
    L("[KABUL], Dec. 5", "AF-KAB", "town")
    D("KABUL, [Dec. 5, 2024]", "2024-12-05")
    K("killed", "killed at least [seven] people", 7, "at_least")
    K("injured", "injured more than [20]", 20, "more_than")
    A("officials [said] on Thursday", OS, "officials")
    D("said on [Thursday]", "2024-12-05")
    D("on [Wednesday morning]", "2024-12-04")
    K("killed", "left [7] dead", 7)
    K("injured", "and [22] injured", 22)
    A("Kamgar [told] Central Asia Wire", OS, "Ehsanullah Kamgar")
    K("killed", "[Five] people died at the scene", 5)
    K("killed", "and [two] more in hospital", 2)
    A("in Fayzabad, he [said].", OS, "Ehsanullah Kamgar")
    L("Tajik town of [Ishkoshim]", "TJ-GB", "town")
    A("a trader from Khorugh [said]", REP, "a trader from Khorugh")
    X("about [500 metres]", 500, "metres")
    A("Tajik officials [said] none", OS, "Tajik officials")
    K("killed", "[none] of their citizens had been killed", 0)
    A("Taliban official in Fayzabad [said]", OS, "a Taliban official in Fayzabad")
    A("He [said] two men", OS, "a Taliban official in Fayzabad")
    K("detained", "[two] men had been detained", 2)
    D("weeks in [2021]", "2021-01-01", "2021-12-31")
    D("in [the spring of 2022]", "2022-03-01", "2022-05-31")
    D("[Earlier in the week]", "2024-12-02", "2024-12-04")
    A("Tajik side had [said]", OS, "the Tajik side")
    D("market in [November]", "2024-11-01", "2024-11-30")
    D("market in [2019]", "2019-01-01", "2019-12-31")
    K("killed", "killed [two] traders", 2)
    K("injured", "wounded [nine]", 9)
    A("[according to local officials]", OS, "local officials")


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_d*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
