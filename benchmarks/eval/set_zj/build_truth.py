"""Build benchmarks/eval/set_zj/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZJ lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_zj/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

    .venv/bin/python benchmarks/eval/set_zj/build_truth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
from annotate import DEN, OS, REP, RET, SKIP, A, D, K, L, P, Specs, W, X, build  # noqa: E402,F401
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zj/articles/"

SPECS = Specs()
spec = SPECS.register

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls in
# set_zj/README.md (Solar Hijri dates are separate explicit date claims beside their Gregorian twins;
# bare "the Islamic Emirate" is not a location; named lists of the dead without count words are not
# casualty claims).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zj01_tv_darqad_smugglers.txt")
def _zj01():  # published 2024-07-08 (Monday); the shooting on Saturday night, 6 July
    CMD = "Mawlawi Abdul Rahim Haqyar, Islamic Emirate border commander for Darqad"
    K("killed", "[Two] Darqad men killed", 2)
    K("killed", "[Two] residents of Darqad", 2)
    K("injured", "and [one] other sustained injuries", 1)
    D("on [Saturday night]", "2024-07-06")
    D("([16 Saratan 1403])", "2024-07-06")
    A("relatives [told] Shamal TV", REP, "relatives")
    A("for Darqad, [said]", OS, CMD)
    K("killed", "\"[Two] of our countrymen", 2)
    K("injured", "and [one] was wounded and taken", 1)
    A("Taloqan,\" he [said]", OS, CMD)
    A("[He added]", OS, CMD)
    K("injured", "that [no one] else was hurt", 0)
    A("Sher Agha, [told]", REP, "Sher Agha, a relative")
    K("killed", "have buried [two]", 2)
    A("his leg,\" he [said]", REP, "Sher Agha, a relative")
    A("Doctors at the regional hospital in Taloqan [confirmed]", REP, "doctors at the Taloqan hospital")
    D("confirmed on [Sunday]", "2024-07-07")
    K("injured", "that [one] man with gunshot wounds", 1)
    A("The Tajik side [gave]", OS, BT)
    D("statement on [Sunday]", "2024-07-07")
    A("Border Troops [said]", OS, BT)
    L("cross from [Afghanistan]", None, "country", role="origin")
    K("killed", "[One] violator was killed", 1)
    K("detained", "and [two] were detained", 2)
    A("the statement [said]", OS, BT)
    A("Haqyar [rejected]", DEN, CMD)
    A("cloth,\" he [said]", DEN, CMD)
    A("Border residents [say]", REP, "border residents")
    K("killed", "at least [five] people", 5, "at_least")
    D("[since the start of the year]", "2024-01-01", "2024-07-08")


@spec("eval_zj02_agency_imam_sahib_fishermen.txt")
def _zj02():  # published 2022-05-16 (Monday); the boat capsized on Saturday 14 May
    POL = "Mawlawi Ahmadullah Wasiq, Islamic Emirate police spokesman in Kunduz"
    K("killed", "[Three] fishermen drown", 3)
    K("missing", "[two] still missing", 2)
    L("[KUNDUZ], May 16", "AF-KDZ", "town")
    D("KUNDUZ, [May 16]", "2022-05-16")
    K("killed", "[Three] fishermen lost their lives", 3)
    K("missing", "and [two] others are still missing", 2)
    A("officials [said] on Monday", OS, "officials")
    D("said on [Monday]", "2022-05-16")
    P("about [4,000] people", 4000)
    D("on [Saturday] (24", "2022-05-14")
    D("([24 Sawr 1401])", "2022-05-14")
    K("killed", "bodies of [three] fishermen", 3)
    K("missing", "search for [two] others", 2)
    A("continues,\" [said]", OS, POL)
    A("He [said] the Mujahideen", OS, POL)
    A("Villagers [said] by phone", REP, "villagers")
    A("an elder of Aqtepa, [said]", REP, "Haji Noor Mohammad, an elder of Aqtepa")
    K("missing", "[Two] boys of the Safi family", 2)
    A("He [said] that the Tajik side", REP, "Haji Noor Mohammad, an elder of Aqtepa")
    A("[According to the district's fishermen's council]", REP, "the district's fishermen's council")
    K("killed", "at least [eleven] fishermen", 11, "at_least")
    D("[over the past year]", "2021-05-16", "2022-05-15")


@spec("eval_zj03_exile_khwahan_clash.txt")
def _zj03():  # published 2025-09-22 (Monday); the clash on Saturday 20 September
    TAL = "Mawlawi Sayed Jalaluddin Hamdard, Islamic Emirate spokesman for Badakhshan's border forces"
    VIL = "three Khwahan villagers (anonymous)"
    K("killed", "admit [one] dead", 1)
    A("Badakhshan [say]", REP, "residents of Khwahan")
    K("killed", "say [four] civilians", 4)
    K("injured", "at least [six] wounded", 6, "at_least")
    D("on [Saturday afternoon]", "2025-09-20")
    D("[29 Sonbola 1404]", "2025-09-20")
    D("([20 September 2025])", "2025-09-20")
    A("reprisals, [said]", REP, VIL)
    W("[mortar] shells", "mortar")
    L("from the [Tajik bank]", None, "country", role="origin")
    K("killed", "\"[A] woman", 1)
    K("killed", "her [two] daughters", 2)
    K("killed", "and [a] young man", 1)
    A("one of them [said]", REP, VIL)
    K("injured", "\"At least [six] people", 6, "at_least")
    A("[told] Amu Witness", OS, TAL)
    K("killed", "that [one] Mujahid", 1)
    K("injured", "and [two] others sustained", 2)
    K("killed", "\"[no] civilian lost", 0)
    A("He [said] the Mujahideen", OS, TAL)
    A("Border Troops [said] on Sunday", OS, BT)
    D("on [Sunday] that", "2025-09-21")
    W("[automatic weapons]", "small_arms")
    L("from the [Khwahan] side", "AF-BDS", "district", role="origin")
    K("injured", "[No] Tajik servicemen", 0)
    A("the statement [said]", OS, BT)
    A("It [rejected]", DEN, BT)
    A("in Fayzabad [said] on Monday", REP, "a nurse at the provincial hospital in Fayzabad")
    D("on [Monday] that five", "2025-09-22")
    K("injured", "that [five] wounded", 5)
    K("injured", "among them [two] children", 2)
    D("since [Saturday evening]", "2025-09-20")


@spec("eval_zj04_radio_nusay_mine.txt")
def _zj04():  # no header; dateline 12 Hamal 1402 = Saturday 1 April 2023; the blast on Thursday 30 March
    GOV = "Qari Mohammad Yousuf Saqib, Islamic Emirate district governor for Nusay"
    SKIP("More news from Badakhshan")
    K("killed", "[A] boy killed", 1)
    K("injured", "[two] shepherds wounded", 2)
    L("[FAYZABAD], 12 Hamal", "AF-BDS", "town")
    D("FAYZABAD, [12 Hamal 1402]", "2023-04-01")
    D("([1 April 2023])", "2023-04-01")
    K("killed", "[A] boy lost his life", 1)
    K("injured", "and [two] shepherds were wounded", 2)
    W("a [landmine]", "mine")
    D("on [Thursday], local", "2023-03-30")
    A("officials [told] Radio Kohsar", OS, "local officials")
    W("stepped on the [mine]", "mine")
    A("[said] Qari", OS, GOV)
    K("injured", "[Two] other shepherds", 2)
    A("Fayzabad,\" he [said]", OS, GOV)
    A("Faizi, [said]", OS, "Dr. Najibullah Faizi, director of the Fayzabad provincial hospital")
    D("on [Friday]", "2023-03-31")
    A("Saqib [said] the mine", OS, GOV)
    W("the [mine] was left", "mine")
    A("Residents [say]", REP, "residents")
    W("[anti-personnel mines]", "mine")
    K("injured", "at least [three] other people", 3, "at_least")
    W("by [mines]", "mine")
    D("district [this year]", "2023-01-01", "2023-04-01")
    D("in [Thursday]'s blast", "2023-03-30")
    A("by phone, [said]", REP, "a shepherd from the village")


@spec("eval_zj05_women_site_shighnan_traders.txt")
def _zj05():  # published 2025-02-12 (Wednesday); the detention on Monday 10 February
    COM = "Mawlawi Fazlullah Mukhlis, Islamic Emirate border commissioner in Shighnan"
    GKNB = "Tajikistan's State Committee for National Security"
    A("Badakhshan [say]", REP, "women in Shighnan")
    D("since [Monday, 22 Dalw 1403]", "2025-02-10")
    A("Taliban officials [say]", OS, "local Taliban officials")
    K("detained", "say [seven] traders", 7)
    A("Relatives [told]", REP, "relatives")
    K("detained", "the number is [nine]", 9)
    K("detained", "including [two] teenage boys", 2)
    A("[said] Zarmina", REP, "Zarmina, a relative")
    A("in Shighnan, [said]", OS, COM)
    K("detained", "[Seven] of our citizens", 7)
    K("injured", "and [none] of them was harmed", 0)
    A("harmed,\" he [said]", OS, COM)
    A("Security [said] on Tuesday", OS, GKNB)
    D("on [Tuesday]", "2025-02-11")
    K("detained", "detained [five] violators", 5)
    L("crossed from [Afghanistan]", None, "country", role="origin")
    A("was detained, [said]", REP, "the mother of a detained trader")
    A("she [said]", REP, "the mother of a detained trader")
    D("In [December last year]", "2024-12-01", "2024-12-31")
    K("detained", "[four] traders from Shighnan", 4)
    A("released, relatives [said]", REP, "relatives")


@spec("eval_zj06_tv_taloqan_hospital_yangi_qala.txt")
def _zj06():  # published 2026-01-15 (Thursday); the clash on Tuesday 13 January
    DOC = "Dr. Abdul Hadi Rahimi, head of the Taloqan regional hospital"
    CMD = "Qari Habibullah Zahid, Takhar border brigade commander"
    K("injured", "treats [six] wounded", 6)
    K("injured", "received [six] people wounded", 6)
    D("in [Tuesday]'s clash", "2026-01-13")
    K("killed", "and [one] of them has since died", 1)
    A("hospital officials [told]", OS, "officials of the Taloqan regional hospital")
    D("on [Thursday]", "2026-01-15")
    D("([25 Jadi 1404])", "2026-01-15")
    A("hospital, [said]", OS, DOC)
    K("injured", "were [four] border Mujahideen", 4)
    K("injured", "and [two] civilians", 2)
    K("killed", "\"[One] Mujahid died", 1)
    D("on [Wednesday night]", "2026-01-14")
    A("danger,\" he [said]", OS, DOC)
    D("on [Tuesday afternoon]", "2026-01-13")
    D("[23 Jadi 1404]", "2026-01-13")
    D("([13 January 2026])", "2026-01-13")
    A("[according to Takhar's border brigade]", OS, "Takhar's border brigade")
    A("Zahid [said] two", OS, CMD)
    K("killed", "said [two] Mujahideen", 2)
    K("injured", "and [three] were wounded", 3)
    A("Border Troops [gave]", OS, BT)
    D("account on [Wednesday]", "2026-01-14")
    L("from the [Afghan side]", None, "country", role="origin")
    W("[machine guns]", "small_arms")
    W("a [grenade launcher]", "rpg")
    A("it [said], and four", OS, BT)
    K("killed", "[four] attackers", 4)
    K("injured", "[None] of the Tajik servicemen", 0)
    A("[according to the statement]", OS, BT)
    A("Zahid [dismissed]", DEN, CMD)
    W("a [mortar]", "mortar")
    A("by phone, [said]", REP, "villagers in Yangi Qala")
    K("killed", "that [no] civilians had been killed", 0)
    A("Ariana Now's [count]", REP, "Ariana Now")
    K("killed", "is [three] dead", 3)


@spec("eval_zj07_agency_qala_i_zal_commander.txt")
def _zj07():  # published 2023-11-20 (Monday); the shooting on Saturday 18 November
    CMD = "Mawlawi Abdul Wakil Sharafat, Islamic Emirate border commander in Qala-i-Zal"
    K("killed", "\"[one] smuggler killed", 1)
    K("killed", "not [three]\"", 3)
    L("[KUNDUZ] - The", "AF-KDZ", "town")
    A("has [rejected]", DEN, CMD)
    A("rejected [reports] in Tajik media", REP, "Tajik media")
    K("killed", "that [three] Afghans", 3)
    D("on [Saturday].", "2023-11-18")
    K("killed", "\"[One] person lost his life", 1)
    L("shot from the [Tajik bank]", None, "country", role="origin")
    A("Sharafat [told]", OS, CMD)
    D("phone on [Sunday]", "2023-11-19")
    K("detained", "\"[Two] others who were with him", 2)
    K("killed", "[Nobody] else was killed", 0)
    K("injured", "[Nobody] else was killed", 0)
    A("Sharafat [said] the Islamic Emirate", OS, CMD)
    K("detained", "more than [40] smugglers", 40, "more_than")
    D("[since the beginning of the year]", "2023-01-01", "2023-11-20")
    A("police,\" he [said]", OS, CMD)
    A("outlets, [citing]", REP, "a source in the Tajik border troops")
    A("border troops, [reported]", REP, "Tajik outlets")
    D("on [Saturday 27 Aqrab 1402]", "2023-11-18")
    D("([18 November 2023])", "2023-11-18")
    K("killed", "that [three] armed smugglers", 3)
    K("injured", "that [a] Tajik serviceman", 1)
    A("account \"[baseless]\"", DEN, CMD)
    A("bags,\" he [said]", DEN, CMD)
    D("on [Sunday morning]", "2023-11-19")
    A("An uncle [said]", REP, "an uncle of the dead man")
    X("some [60 kilometres]", 60, "kilometres")


@spec("eval_zj08_elders_darwaz_shelling.txt")
def _zj08():  # no header; dateline Monday 28 October 2024; the shelling on Saturday 26 October
    SAM = "Haji Abdul Samad, a village elder"
    FET = "Mawlawi Nasrullah Fetrat, Islamic Emirate spokesman in Badakhshan"
    K("killed", "killed [five]", 5)
    K("killed", "officials say [two]", 2)
    L("shelling from [Tajik side]", None, "country", role="origin")
    L("[FAYZABAD], Oct.", "AF-BDS", "town")
    D("FAYZABAD, [Oct. 28, 2024]", "2024-10-28")
    A("Badakhshan province [say]", REP, "elders in Darwaz")
    K("killed", "say [five] villagers", 5)
    K("killed", "among them [three] children", 3)
    L("from the [Tajik bank]", None, "country", role="origin")
    D("on [Saturday, 5 Aqrab 1403]", "2024-10-26")
    A("village elder, [said]", REP, SAM)
    K("killed", "neighbour's [three] children", 3)
    K("killed", "and [two] brothers", 2)
    K("injured", "\"[Eight] more were wounded", 8)
    A("Fayzabad,\" he [said]", REP, SAM)
    A("Fetrat, [put] the toll", OS, FET)
    K("killed", "toll at [two] dead", 2)
    K("injured", "and [four] wounded", 4)
    A("He [told] the agency", OS, FET)
    W("that [artillery] fire", "artillery")
    L("fire from the [Tajik side]", None, "country", role="origin")
    A("district centre, [said]", REP, "another elder")
    K("killed", "We buried [five]", 5)
    D("on [Sunday]", "2024-10-27")
    A("Sunday,\" he [said]", REP, "another elder")
    A("anonymity, [told]", DEN, "an anonymous Border Troops official in Dushanbe")
    W("no [artillery]", "artillery")
    A("Health officials in Fayzabad [said]", OS, "health officials in Fayzabad")
    D("on [Monday]", "2024-10-28")
    K("injured", "that [six] wounded", 6)
    P("around [40,000] people", 40000)


@spec("eval_zj09_tv_kunduz_hospital_sher_khan.txt")
def _zj09():  # published 2021-10-11 (Monday); the shooting on Saturday night, 9 October
    DOC = "Dr. Ghulam Farooq Amiri, a surgeon at Kunduz Regional Hospital"
    CHF = "Mawlawi Abdul Qudus Haqqani, Islamic Emirate district chief in Imam Sahib"
    SKIP("Kunduz Regional Hospital")
    K("injured", "[three] men shot", 3)
    K("killed", "[one] dies", 1)
    K("injured", "[Three] young men", 3)
    L("port of [Sher Khan Bandar]", "AF-KDZ", "site")
    D("on [Saturday night]", "2021-10-09")
    K("killed", "and [one] of them died", 1)
    D("on [Sunday morning]", "2021-10-10")
    A("doctors [told]", REP, "doctors at Kunduz Regional Hospital")
    K("killed", "We lost [one] of them", 1)
    A("operations,\" [said]", REP, DOC)
    K("injured", "The other [two]", 2)
    A("ward, he [said]", REP, DOC)
    A("[According to relatives]", REP, "relatives")
    A("Mohammad Nabi, [said]", REP, "Mohammad Nabi, a cousin of the dead man")
    A("hands,\" he [said]", REP, "Mohammad Nabi, a cousin of the dead man")
    A("Haqqani, [confirmed]", OS, CHF)
    K("missing", "said [a fourth] man", 1)
    A("custody,\" he [said]", OS, CHF)
    A("official [quoted by]", REP, "a news site in Dushanbe")
    A("Dushanbe [said]", DEN, "a Tajik border official")
    D("on [Sunday] that", "2021-10-10")
    K("injured", "that [nobody] had been hurt", 0)
    A("The hospital [said]", OS, "Kunduz Regional Hospital")
    K("injured", "treated [14] people", 14)
    D("since [mid-August]", "2021-08-11", "2021-08-20")
    K("killed", "[Four] of them died", 4)


@spec("eval_zj10_agency_eshkashem_denial.txt")
def _zj10():  # published 2025-12-05 (Friday); the crossing on Wednesday night, 3 December
    SPK = "Mawlawi Mohammad Ayub Khalid, spokesman for the Badakhshan governor"
    K("killed", "report of [five] gunmen", 5)
    L("[FAYZABAD], 14 Qaws", "AF-BDS", "town")
    D("FAYZABAD, [14 Qaws 1404]", "2025-12-05")
    D("on [Friday]", "2025-12-05")
    A("[categorically denied]", DEN, "Islamic Emirate officials in Badakhshan")
    A("a [report] by", OS, BT)
    K("killed", "that [five] armed men", 5)
    L("men from [Afghanistan]", None, "country", role="origin")
    D("on [Wednesday night]", "2025-12-03")
    D("published on [Thursday]", "2025-12-04")
    A("Thursday, [said]", OS, BT)
    L("from the [Eshkashem] side", "AF-BDS", "district", role="origin")
    W("[Kalashnikov rifles]", "small_arms")
    W("[hand grenades]", "grenade")
    K("injured", "[Two] Tajik servicemen", 2)
    A("wounded, it [said]", OS, BT)
    K("killed", "and [no] Afghan", 0)
    D("Eshkashem [this week]", "2025-12-01", "2025-12-05")
    A("[told] Sada-e Shamal", DEN, SPK)
    A("Eshkashem [gave]", REP, "residents of Eshkashem")
    A("district centre [said]", REP, "two families in Eshkashem")
    K("missing", "that [two] young men", 2)
    D("on [Wednesday] to cross", "2025-12-03")
    K("killed", "they say [five] were killed", 5)
    A("[said] the father", REP, "the father of one of the missing men")
    A("Another resident [said]", REP, "a resident of Eshkashem")
    K("killed", "[three] men from the district had drowned", 3)
    A("clinic [said]", REP, "a doctor at the district clinic")
    K("injured", "said [no] wounded", 0)
    D("case in [March]", "2025-03-01", "2025-03-31")
    A("Tajik authorities [said]", OS, "Tajik authorities")
    K("killed", "[three] \"terrorists\"", 3)
    A("then [said]", DEN, "the Islamic Emirate")
    K("injured", "that [one] of them had been wounded", 1)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_zj*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
