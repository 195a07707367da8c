"""Build benchmarks/eval/set_c/truth.jsonl from the annotation specs below (adapted from set B).

Only what is particular to set C lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (GAZ) and its specs. The annotation helpers (K, D, L, SKIP, W, X, P, A), the
automatic gazetteer locations and the writer that checks every anchor are shared with the other set in
benchmarks/eval/annotate.py, so both truths are built by one piece of code.

    .venv/bin/python benchmarks/eval/set_c/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/eval: shared helpers
from annotate import DEN, OS, REP, RET, SKIP, A, D, Gazetteer, K, L, P, Specs, W, X, build
from frontier_gazetteer import FRONTIER

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
REL = "benchmarks/eval/set_c/articles/"

GAZ: Gazetteer = FRONTIER  # benchmarks/eval/frontier_gazetteer.py, shared with set D

SPECS = Specs()
spec = SPECS.register


# --------------------------------------------------------------------------------------------------
# Annotation specs. Dates: see README (set B's and this set's) for the conventions on relative
# expressions.
# --------------------------------------------------------------------------------------------------
GKNB = "State Committee for National Security"
MFA = "Ministry of Foreign Affairs of Tajikistan"


@spec("eval_c01_shahritus_wire.txt")
def _c01():  # no header; dateline without year, publication 2025-03-14 (year from "January 2025")
    SKIP("editing by the Dushanbe desk")
    L("[SHAHRITUS], March 14", "TJ-KT", "town")
    D("SHAHRITUS, [March 14]", "2025-03-14")
    K("killed", "[Two] Tajik border guards were killed", 2)
    K("injured", "and [four] others wounded", 4)
    L("fired from [Afghan territory]", None, "country", role="origin")
    D("[overnight on Wednesday]", "2025-03-12")
    A("National Security [said].", OS, GKNB)
    K("killed", "The bodies of [two] soldiers", 2)
    D("at dawn on [Thursday]", "2025-03-13")
    A("administration [told] Central Asia Wire", REP, "a source in the district administration")
    K("killed", "the attackers, [three] were killed", 3)
    A("the committee [said] in a statement", OS, GKNB)
    X("about [6 km] from the post", 6, "km")
    A("the post, [said] they heard", REP, "residents of Aivaj")
    W("heard [automatic rifle] fire", "firearms")
    A("one farmer [said].", REP, "one farmer")
    D("since [January 2025]", "2025-01-01", "2025-01-31")
    K("killed", "when [a] soldier succumbed", 1)
    W("after a [mine] blast", "mine")
    L("in [Panj] district", "TJ-KT", "district")
    X("runs for [1,344 kilometres]", 1344, "kilometres", "TJ-AF border")
    P("about [120,000]", 120000)


@spec("eval_c02_gknb_shahritus_statement.txt")
def _c02():
    D("On the night of [12 to 13 March 2025]", "2025-03-12", "2025-03-13")
    L("territory of [Afghanistan]", None, "country", role="origin")
    K("killed", "claimed the lives of [two] servicemen", 2)
    K("injured", "[four] more were wounded", 4)
    K("killed", "[Three] members of the armed group were eliminated", 3)
    W("Two [Kalashnikov assault rifles]", "firearms")
    W("a [grenade launcher]", "rpg")
    A("[According to preliminary information]", OS, GKNB)


@spec("eval_c03_bakhtar_today_denial.txt")
def _c03():
    SKIP("Bakhtar Today")
    D("Emirate on [Saturday]", "2025-03-15")
    A("[categorically rejected]", DEN, "Islamic Emirate")
    L("from [Afghan soil]", None, "country", role="origin")
    D("[earlier this week]", "2025-03-10", "2025-03-14")
    A("Islamic Emirate, [said] in a statement", DEN, "Abdul Hadi Samim")
    A("National Security [said] on Thursday", OS, GKNB)
    D("said on [Thursday]", "2025-03-13")
    K("killed", "that [two] of its border guards", 2)
    K("killed", "and [three] attackers were killed", 3)
    A("Tajik media, [citing] hospital sources", REP, "Tajik media")
    K("injured", "wounded guards at [five]", 5)
    A("however, [say] the shooting", REP, "local sources in Qala-i-Zal")
    K("killed", "between [three] and five local men", 3, "at_least")
    K("injured", "and [several] others wounded", None, "unspecified")
    D("late on [Wednesday]", "2025-03-12")
    A("Wednesday, they [said]", REP, "local sources in Qala-i-Zal")
    D("[the following day]", "2025-03-13")
    A("tribal elder [told] Bakhtar Today", REP, "a tribal elder")
    A("in Kunduz [said] they had", OS, "border forces of the Islamic Emirate in Kunduz")
    K("detained", "had detained [11] people", 11)
    D("start of [March]", "2025-03-01", "2025-03-31")
    X("about [1,350 km]", 1350, "km", "TJ-AF border")


@spec("eval_c04_khatlon_herald_toll.txt")
def _c04():
    SKIP("Khatlon Herald")
    D("from [last week]'s clash", "2025-03-11", "2025-03-17")
    K("killed", "has risen to [four]", 4)
    K("killed", "after [two] of the wounded later died", 2)
    A("medical staff [told] the Khatlon Herald", REP, "relatives and medical staff")
    K("killed", "[One] of them, Sergeant", 1)
    D("died on [Sunday]", "2025-03-16")
    K("killed", "and [another], Private", 1)
    D("injuries [the following day]", "2025-03-17")
    A("following day, relatives [said]", REP, "relatives")
    K("killed", "figure of [two] dead", 2)
    K("injured", "and [four] wounded", 4)
    D("Navobod [yesterday]", "2025-03-17")
    A("his uncle [said]", REP, "his uncle")
    A("[According to a doctor]", REP, "a doctor at the Bokhtar regional hospital")
    K("injured", "left [five] people wounded", 5)
    K("injured", "including [a] 14-year-old shepherd", 1)
    D("the night of [12 to 13 March]", "2025-03-12", "2025-03-13")
    D("since [2019]", "2019-01-01", "2019-12-31")
    K("killed", "when [one] border guard was killed", 1)
    A("border troops [said] figures", OS, "a spokesman for the border troops")


@spec("eval_c05_radio_pamir_transcript.txt")
def _c05():
    W("an [unmanned aerial vehicle]", "drone")
    W("dropped [explosives]", "explosives")
    D("at [the weekend]", "2023-08-19", "2023-08-20")
    D("[Saturday evening]", "2023-08-19")
    W("a small [drone]", "drone")
    A("The ministry [says]", OS, "the Tajik foreign ministry")
    K("killed", "says [one] woman was killed", 1)
    K("injured", "and [two] men were hurt", 2)
    A("spoke to [say]", REP, "local people")
    A("they [tell] me", REP, "local people")
    K("killed", "tell me [a] boy", 1)
    K("killed", "make it [two] dead", 2)
    A("Badakhshan [told] us by phone", DEN, "the Taliban's governor in Badakhshan")
    A("He [said] no drones", DEN, "the Taliban's governor in Badakhshan")
    W("no [drones]", "drone")
    D("[earlier this month]", "2023-08-01", "2023-08-21")
    D("[a week ago]", "2023-08-15")
    W("a [drone] was seen", "drone")
    K("killed", "there were [no casualties] then", 0)
    K("injured", "there were [no casualties] then", 0)


@spec("eval_c06_mfa_darvoz_protest.txt")
def _c06():
    SKIP("Ministry of Foreign Affairs of the Republic of Tajikistan")
    D("On [21 August 2023]", "2023-08-21")
    D("[two days earlier]", "2023-08-19")
    D("evening of [19 August]", "2023-08-19")
    W("an [unmanned aerial vehicle]", "drone")
    L("launched from [Afghanistan]", None, "country", role="origin")
    W("two [explosive] devices", "explosives")
    K("killed", "killing [one] and", 1)
    K("injured", "and wounding [two]", 2)
    K("killed", "attack killed [five] people", 5)
    W("the [drone] belonged", "drone")
    A("[do not correspond to reality]", DEN, MFA)
    A("We [categorically reject]", DEN, MFA)
    X("for [1,344 km]", 1344, "km", "TJ-AF border")


@spec("eval_c07_humanitarian_flash_update.txt")
def _c07():
    W("unexploded [mortar] round", "mortar")
    K("killed", "claimed the lives of [four] children", 4)
    D("province, on [6 May]", "2024-05-06")
    D("the [late April] floods", "2024-04-21", "2024-04-30")
    D("kits [earlier this month]", "2024-05-01", "2024-05-09")
    D("[On 6 May], a group", "2024-05-06")
    K("killed", "[Four] children aged", 4)
    K("injured", "and [two] others were injured", 2)
    A("[according to the provincial health directorate]", OS, "the provincial health directorate")
    D("[A week ago]", "2024-05-03")
    A("partners [reported]", REP, "humanitarian partners")
    K("injured", "that [an] elderly man was wounded", 1)
    W("by a [landmine]", "mine")
    X("about [3 kilometres] from", 3, "kilometres")
    A("Local authorities [say]", OS, "local authorities")
    D("struck in [late April]", "2024-04-21", "2024-04-30")
    K("injured", "[No one] was hurt", 0)
    A("Partners [warn] that", REP, "partners")
    D("since [2021]", "2021-01-01", "2021-12-31")
    K("killed", "at least [27] civilians", 27, "at_least")
    W("killed by [landmines]", "mine")
    A("[according to demining partners]", REP, "demining partners")
    D("period from [1 to 9 May 2024]", "2024-05-01", "2024-05-09")


@spec("eval_c08_pamir_policy_brief.txt")
def _c08():
    W("to [drone] attacks", "drone")
    D("In [late March 2021]", "2021-03-21", "2021-03-31")
    K("killed", "left [three] smugglers dead", 3)
    A("[according to the border troops]", OS, "the border troops")
    A("Afghan media at the time [reported]", REP, "Afghan media")
    K("killed", "between [three] and five deaths", 3, "at_least")
    A("the GKNB regularly [announced]", OS, "GKNB")
    K("detained", "detention of [dozens] of couriers", None, "unspecified")
    D("The [2021] transition", "2021-01-01", "2021-12-31")
    D("the [summer of 2021]", "2021-06-01", "2021-08-31")
    K("killed", "[No] Tajik servicemen were killed", 0)
    D("on the border [that year]", "2021-01-01", "2021-12-31")
    A("the defence ministry [said]", OS, "the defence ministry")
    D("In [November 2024]", "2024-11-01", "2024-11-30")
    K("killed", "[one] Chinese national died", 1)
    K("killed", "and [another] succumbed", 1)
    W("A [drone] attack", "drone")
    D("in [late November 2025]", "2025-11-21", "2025-11-30")
    K("killed", "killed [three] further", 3)
    A("workers, officials [said]", OS, "officials")
    D("clash of [March 2025]", "2025-03-01", "2025-03-31")
    A("the GKNB [reported] two dead", OS, "GKNB")
    K("killed", "reported [two] dead", 2)
    K("killed", "death toll at [4]", 4)
    A("Islamic Emirate [denied]", DEN, "Islamic Emirate")
    L("originated from [Afghan territory]", None, "country", role="origin")


@spec("eval_c09_frontier_notes_blog.txt")
def _c09():
    SKIP("Frontier Notes | Home | Archive | Maps | About | Subscribe")
    SKIP("We use cookies to improve your experience. Accept | Manage settings")
    SKIP("Posted by frontier_watcher · 5 min read · 12 comments")
    SKIP("Share: Facebook | X | Telegram | Email")
    SKIP("Tags: Farkhor, Khatlon, smuggling, Panj, border guards")
    SKIP("Drone over Shamsiddin Shohin: what we know")
    SKIP("Three killed in Panj shootout (2023)")
    SKIP("Map: every incident since 2020")
    SKIP("abdu_k: My cousin serves in Farkhor, they say it was much worse.")
    SKIP("© 2024 Frontier Notes. All rights reserved. Privacy | Terms | Contact")
    D("[Overnight on Friday]", "2024-11-01")
    A("[According to Avesta Post]", REP, "Avesta Post")
    A("Avesta Post, [citing]", REP, "Avesta Post")
    K("killed", "[two] smugglers were shot dead", 2)
    K("detained", "and [a third] was detained", 1)
    K("injured", "[None] of the guards was hurt", 0)
    A("different version: [citing] a local official", OS, "a local official")
    A("it [says] a Tajik", REP, "Radio Sado")
    K("killed", "says [a] Tajik conscript was killed", 1)
    D("on [Sunday]", "2024-11-03")
    A("there [said] on Saturday", OS, "the Taliban's border brigade in Yangi Qala")
    D("said on [Saturday]", "2024-11-02")
    D("In [September]", "2024-09-01", "2024-09-30")
    K("killed", "[an] Afghan fisherman drowned", 1)
    A("locals [say]", REP, "locals")
    D("back in [2022]", "2022-01-01", "2022-12-31")
    K("killed", "death toll of [6]", 6)
    K("killed", "[four] smugglers and two guards", 4)
    K("killed", "smugglers and [two] guards", 2)


@spec("eval_c10_amu_valley_no_header.txt")
def _c10():  # no header, no dateline: publication from the byline date 2024-10-12
    K("killed", "[Two] Taliban border guards killed", 2)
    A("with Tajik forces, local officials [say]", OS, "local officials")
    D("Amu Valley News – [Saturday, 12 October 2024]", "2024-10-12")
    K("killed", "[Two] members of the Islamic", 2)
    K("injured", "and [three] Tajik border guards were wounded", 3)
    A("local officials [said] on Saturday", OS, "local officials")
    D("said on [Saturday]", "2024-10-12")
    D("on [Wednesday evening]", "2024-10-09")
    A("[according to Mohammad Akbar Haqqani]", OS, "Mohammad Akbar Haqqani")
    A("He [said] the fighting", OS, "Mohammad Akbar Haqqani")
    D("into [the following day]", "2024-10-10")
    W("and that [mortars]", "mortar")
    A("Haqqani [told] Amu Valley News", OS, "Mohammad Akbar Haqqani")
    A("He [said] the Tajik side", OS, "Mohammad Akbar Haqqani")
    K("killed", "had lost [three] men", 3)
    A("Tajik media [reported]", REP, "Tajik media")
    A("border troops [told] Amu Valley News", REP, "a source in the border troops")
    K("killed", "that [no] Tajik servicemen had died", 0)
    K("injured", "the [three] wounded guards", 3)
    A("Residents of Chah Ab [said]", REP, "residents of Chah Ab")
    D("since [Wednesday]", "2024-10-09")
    D("[Yesterday], schools", "2024-10-11")
    D("Chah Ab [this year]", "2024-01-01", "2024-12-31")
    D("in [late March]", "2024-03-21", "2024-03-31")
    K("killed", "[a] 30-year-old farmer", 1)
    A("his brother [said]", REP, "his brother")


@spec("eval_c11_landmines_explainer.txt")
def _c11():  # published: unknown; only dates anchored to explicit ones
    W("[Minefields]", "mine")
    D("Since [1992]", "1992-01-01", "1992-12-31")
    W("[landmines] have killed", "mine")
    K("killed", "killed more than [380] people", 380, "more_than")
    K("injured", "injured about [500] more", 500, "about")
    A("[according to the national mine action centre]", OS, "the national mine action centre")
    D("In [2023] alone", "2023-01-01", "2023-12-31")
    K("killed", "alone, [three] people died", 3)
    D("on [14 April 2024]", "2024-04-14")
    W("when a [mine] killed", "mine")
    K("killed", "killed [a] 16-year-old", 1)
    K("injured", "injured [two] of his cousins", 2)
    D("[Two days later]", "2024-04-16")
    K("killed", "later [a] soldier who", 1)
    W("[mines] left from", "mine")
    A("directorate [told] reporters", OS, "an official of the Afghan mine action directorate")
    D("in [May 2024]", "2024-05-01", "2024-05-31")
    D("since [2022]", "2022-01-01", "2022-12-31")
    D("in [2024] as", "2024-01-01", "2024-12-31")
    D("as in [2019]", "2019-01-01", "2019-12-31")
    A("demining officials [said]", OS, "demining officials")


@spec("eval_c12_wire_withdrawal.txt")
def _c12():  # no header; dateline with year, publication 2025-03-16
    L("[DUSHANBE], March 16", "TJ-DU", "town")
    D("DUSHANBE, [March 16, 2025]", "2025-03-16")
    A("[has withdrawn] a story", RET, "Central Asia Wire")
    D("published on [Saturday]", "2025-03-15")
    A("Saturday that [said] six", RET, "the withdrawn Central Asia Wire story")
    K("killed", "said [six] Tajik border guards", 6)
    A("post, [has been withdrawn]", RET, "Central Asia Wire")
    A("National Security [said] in its statement", OS, GKNB)
    D("statement on [March 13]", "2025-03-13")
    K("killed", "that [two] border guards were killed", 2)
    K("injured", "and [four] were wounded", 4)
    K("killed", "[One] of the wounded died", 1)
    D("late on [Saturday]", "2025-03-15")
    A("his relatives [told] Central Asia Wire", REP, "his relatives")
    K("killed", "guards to [three]", 3)
    A("[categorically rejected]", DEN, "Afghan officials")
    L("from the territory of [Afghanistan]", None, "country", role="origin")
    A("Qala-i-Zal district [say]", REP, "local sources in Qala-i-Zal")
    K("killed", "at least [three] Afghan civilians", 3, "at_least")
    A("Sources [say] more than", REP, "sources")
    D("[Earlier this month]", "2025-03-01", "2025-03-15")
    L("in [Panj] district", "TJ-KT", "district")
    K("injured", "left [one] guard wounded", 1)
    A("the border troops [said] at the time", OS, "the border troops")
    X("more than [1,300 kilometres]", 1300, "kilometres", "TJ-AF border")


@spec("eval_c13_gknb_ishkoshim_detentions.txt")
def _c13():
    D("On [4 June 2022]", "2022-06-04")
    K("detained", "detained [four] citizens", 4)
    K("injured", "[one] of them was wounded", 1)
    K("killed", "[one] of them was wounded", 1)
    K("injured", "[No] border guards were injured", 0)
    D("[On the same day]", "2022-06-04")
    K("detained", "[two] more violators", 2)
    A("[According to the operational data]", OS, GKNB)
    D("[Two days earlier]", "2022-06-02")
    D("on [2 June]", "2022-06-02")
    K("killed", "there were [no casualties]", 0)
    K("injured", "there were [no casualties]", 0)
    D("beginning of [2022]", "2022-01-01", "2022-12-31")
    K("detained", "detained more than [30] violators", 30, "more_than")


@spec("eval_c14_hpa_imam_sahib.txt")
def _c14():
    L("[KUNDUZ CITY]", "AF-KDZ", "town")
    W("Several [mortar] shells", "mortar")
    L("fired from [Tajikistan]", None, "country", role="origin")
    D("[last Tuesday]", "2026-02-10")
    K("injured", "[no one] was hurt", 0)
    A("local officials [told] HPA", OS, "local officials")
    A("Ghulam Sakhi Rasuli [said]", OS, "Ghulam Sakhi Rasuli")
    X("about [500 metres]", 500, "metres")
    A("commission,\" he [said].", OS, "Ghulam Sakhi Rasuli")
    K("missing", "[three] fishermen from", 3)
    D("[a week ago]", "2026-02-05")
    A("residents [said]", REP, "residents")
    A("security source [told] a Dushanbe-based", DEN, "a Tajik security source")
    A("and [denied] that", DEN, "a Tajik security source")
    P("about [300,000]", 300000)
    D("In [late January]", "2026-01-21", "2026-01-31")
    K("detained", "[two] smugglers were detained", 2)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_c*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
