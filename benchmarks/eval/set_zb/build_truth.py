"""Build benchmarks/eval/set_zb/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZB lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_zb/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py.

Beyond set T's fields, the thin wrappers below also write the optional fields of the shared README
(../README.md): casualty ``low``/``high``/``group``/``side``, date ``basis``, location ``country``,
distance and population ``qualifier``. They only add keys to the records ``annotate`` returns; the
location ``country`` of gazetteer (automatic) locations is filled in after ``build`` from the admin1
code (or the country name), and the file is rewritten.

    .venv/bin/python benchmarks/eval/set_zb/build_truth.py
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
REL = "benchmarks/eval/set_zb/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

SF, MIL, CIV, FN = "security_forces", "militants", "civilian", "foreign_nationals"
BT = "Tajikistan's Border Troops"
TJAF = "TJ-AF border"

_BOUNDS = {
    "exact": lambda v: (v, v), "about": lambda v: (v, v), "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None), "over": lambda v: (v + 1, None),
    "nearly": lambda v: (None, v), "up_to": lambda v: (None, v),
}


def C(kind, ctx, value, q="exact", side=None, group=None, nth=None):
    """Casualty figure with its bounds (README: exact N -> N..N, at_least N -> N.., ...), side, group."""
    rec = K(kind, ctx, value, q, nth)
    low, high = _BOUNDS[q](value)
    rec.update(low=low, high=high, group=group, side=side)


def DT(ctx, norm, end=None, basis="explicit", nth=None):
    assert basis in ("explicit", "weekday", "relative", "dateline")
    D(ctx, norm, end, nth)["basis"] = basis


def LC(ctx, code, prec, country, role="place", nth=None):
    L(ctx, code, prec, role, nth)["country"] = country


def PQ(ctx, value, q="exact"):
    P(ctx, value)["qualifier"] = q


def XQ(ctx, value, unit, measures=None, q="exact"):
    X(ctx, value, unit, measures)["qualifier"] = q


def _country(c: dict) -> str | None:
    if c["precision"] == "border":
        return None
    if c["admin1_code"]:
        return c["admin1_code"][:2]
    return "TJ" if "Tajik" in c["anchor"] else "AF" if "Afghan" in c["anchor"] else None


def finish(out: Path) -> None:
    """Fill ``country`` (and the default qualifiers) on the records ``build`` wrote, rewrite the file."""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for c in rows:
        if c["kind"] == "location" and "country" not in c:
            c["country"] = _country(c)
        if c["kind"] in ("distance", "population"):
            c.setdefault("qualifier", "exact")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in rows:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zb/README.md. Written blind: no extractor or scorer has been run on these articles.
# --------------------------------------------------------------------------------------------------


@spec("eval_zb01_ministry_annex_table.txt")
def _zb01():  # published 2025-02-14 (Friday); annex of the 2024 annual report
    KH = "Colonel Anvar Kholov, State Committee for National Security press service"
    DT("on [Thursday, 13 February 2025]", "2025-02-13")
    DT("[1 January to 31 December 2024]", "2024-01-01", "2024-12-31")
    C("killed", "| Servicemen of the Border Troops | [3] | 7 |", 3, side=SF, group="servicemen")
    C("injured", "| Servicemen of the Border Troops | 3 | [7] |", 7, side=SF, group="servicemen")
    C("killed", "| Violators of the state border | [11] | 2 |", 11, side=MIL, group="violators")
    C("injured", "| Violators of the state border | 11 | [2] |", 2, side=MIL, group="violators")
    C("killed", "| Civilians | [1] | 4 |", 1, side=CIV, group="civilians")
    C("injured", "| Civilians | 1 | [4] |", 4, side=CIV, group="civilians")
    C("killed", "includes [five] men killed", 5, side=MIL, group="violators, Shamsiddin Shohin clash")
    DT("on [the night of 18-19 August 2024]", "2024-08-18", "2024-08-19")
    A("clash [put] that toll", OS, "a press release issued after the clash")
    C("killed", "toll at [four]", 4, side=MIL, group="violators, Shamsiddin Shohin clash")
    W("an [anti-personnel mine]", "mine")
    DT("in [April 2024]", "2024-04-01", "2024-04-30")
    C("detained", "In addition, [46] violators", 46, side=MIL, group="violators of the state border")
    A("press service, [said]", OS, KH)
    LC("crossings from [Afghanistan]", None, "country", "AF", role="origin")
    C("killed", "\"[No] serviceman was killed", 0, side=SF, group="servicemen")
    DT("in the [fourth quarter]", "2024-10-01", "2024-12-31")
    A("quarter,\" he [said]", OS, KH)
    A("Frontier Count, [said]", REP, "Frontier Count, an independent monitoring group")
    DT("said in [January]", "2025-01-01", "2025-01-31")
    C("killed", "was [4] servicemen killed", 4, side=SF, group="servicemen")
    C("injured", "that [two] of the injured civilians", 2, side=CIV, group="children")
    A("Kholov [said] the committee's", OS, KH)
    XQ("is [1,344 kilometres] long", 1344, "kilometres", TJAF)


@spec("eval_zb02_committee_comparison.txt")
def _zb02():  # published 2024-04-17 (Wednesday); summary dated Tuesday 16 April 2024
    DT("session on [Tuesday]", "2024-04-16", basis="weekday")
    DT("dated [16 April 2024]", "2024-04-16")
    C("killed", "| Servicemen killed | [4] | 2 |", 4, side=SF, group="servicemen, 2022")
    C("killed", "| Servicemen killed | 4 | [2] |", 2, side=SF, group="servicemen, 2023")
    C("injured", "| Servicemen wounded | [6] | 5 |", 6, side=SF, group="servicemen, 2022")
    C("injured", "| Servicemen wounded | 6 | [5] |", 5, side=SF, group="servicemen, 2023")
    C("killed", "| Violators killed | [9] | 7 |", 9, side=MIL, group="violators, 2022")
    C("killed", "| Violators killed | 9 | [7] |", 7, side=MIL, group="violators, 2023")
    C("detained", "| Violators detained | [38] | 51 |", 38, side=MIL, group="violators, 2022")
    C("detained", "| Violators detained | 38 | [51] |", 51, side=MIL, group="violators, 2023")
    A("[According to the summary]", OS, "the Committee on Defence and Security's summary")
    DT("in [March 2023]", "2023-03-01", "2023-03-31")
    A("Nazarzoda, [said]", OS, "Rustam Nazarzoda, committee chairman")
    DT("journalists in [January]", "2024-01-01", "2024-01-31")
    A("a spokesman [said] three", OS, "a Border Troops spokesman")
    C("killed", "said [three] servicemen", 3, side=SF, group="servicemen, 2023")
    C("killed", "\"at least [eight]\"", 8, "at_least", side=MIL, group="violators, 2023")
    A("Committee staff [told]", OS, "committee staff")
    C("killed", "that [a third] serviceman", 1, side=SF, group="serviceman who died of wounds")
    DT("on [4 January 2024]", "2024-01-04")
    A("Shoeva, [said]", OS, "Mahbuba Shoeva, deputy from Gorno-Badakhshan")
    C("detained", "detained [17] Tajik citizens", 17, side=CIV, group="Tajik citizens held by the Taliban")
    A("figure [baseless]", DEN, "a spokesman for the provincial administration in Fayzabad")
    XQ("about [190 kilometres]", 190, "kilometres", q="about")


@spec("eval_zb03_yearbook_excerpt.txt")
def _zb03():  # published 2023-09-05 (Tuesday); yearbook for 2022
    DT("on [31 August 2023]", "2023-08-31")
    LC("[Panj] district. Resident", "TJ-KT", "district", "TJ")
    DT("at [1 January 2023]", "2023-01-01")
    PQ("2023: [179,600]", 179600)
    C("killed", "registered in 2022: [3]", 3, side=CIV, group="border-related deaths, Farkhor, 2022")
    C("injured", "Border-related injuries: [5]", 5, side=CIV, group="Farkhor, 2022")
    PQ("population: [57,900]", 57900)
    C("killed", "Border-related deaths: [2]", 2, side=CIV, group="Shamsiddin Shohin, 2022")
    C("injured", "Injuries: [0]", 0, side=CIV, group="Shamsiddin Shohin, 2022")
    PQ("population: [118,300]", 118300)
    C("killed", "Border-related deaths: [0]", 0, side=CIV, group="Panj district, 2022")
    C("injured", "Injuries: [1]", 1, side=CIV, group="Panj district, 2022")
    W("by [landmines]", "mine")
    W("[unexploded ordnance]", "explosives")
    C("killed", "recorded [4] border-related", 4, side=CIV, group="Farkhor, 2021 (original)")
    C("killed", "revised to [5]", 5, side=CIV, group="Farkhor, 2021 (revised)")
    PQ("had [3,561,400] residents", 3561400)
    DT("residents on [1 January 2023]", "2023-01-01")
    A("the agency [said]", OS, "the Agency on Statistics")
    PQ("just over [10 million]", 10000000, "over")
    PQ("about [110,000]", 110000, "about")
    PQ("estimated [1.1 million]", 1100000, "about")
    A("[according to] figures", OS, "Afghan authorities in Kabul")
    A("[cited by] the yearbook", OS, "the Agency on Statistics yearbook")
    XQ("within [2 kilometres]", 2, "kilometres", q="up_to")


@spec("eval_zb04_dashboard_summary.txt")
def _zb04():  # published 2026-03-02 (Monday); February 2026 counters
    DT("shows for [February 2026]", "2026-02-01", "2026-02-28")
    DT("refreshed on [Sunday]", "2026-03-01", basis="weekday")
    DT("counters, [1-28 February 2026]", "2026-02-01", "2026-02-28")
    C("killed", "- Killed: [5]", 5, group="all sides, February")
    C("killed", "([2] Tajik servicemen", 2, side=SF, group="Tajik servicemen")
    C("killed", "[3] suspected smugglers", 3, side=MIL, group="suspected smugglers")
    C("injured", "- Injured: [4]", 4, group="all sides, February")
    C("detained", "- Detained: [9]", 9, group="February")
    C("missing", "- Missing: [1]", 1, side=CIV, group="fisherman from Shkev")
    DT("on [11 February]", "2026-02-11")
    C("killed", "for [four] of the deaths", 4, group="Dahana shootout")
    W("Two [Kalashnikov rifles]", "small_arms")
    A("[according to the district prosecutor]", OS, "the district prosecutor")
    DT("on [20 February]", "2026-02-20")
    DT("Change from [January]", "2026-01-01", "2026-01-31")
    C("killed", "up from [2] in January", 2, group="January")
    DT("from 2 in [January]", "2026-01-01", "2026-01-31")
    DT("revised on [24 February]", "2026-02-24")
    C("detained", "from [11] to 9", 11, group="February, before revision")
    C("detained", "from 11 to [9]", 9, group="February, revised")
    A("press centre [said] on 12", OS, BT + " press centre")
    DT("said on [12 February]", "2026-02-12")
    C("killed", "that [three] smugglers", 3, side=MIL, group="smugglers, Dahana shootout")
    C("killed", "\"[No] servicemen died", 0, side=SF, group="servicemen, Dahana")
    A("Salimov, [told] us", DEN, "Major Firuz Salimov, Border Troops spokesman")
    DT("us on [13 February]", "2026-02-13")
    A("two guards [say] otherwise", REP, "the district hospital and the guards' families")


@spec("eval_zb05_infographic_captions.txt")
def _zb05():  # published 2022-12-28 (Wednesday); figures for 2022
    DT("[January-June]", "2022-01-01", "2022-06-30")
    C("detained", "January-June: [31]", 31, side=MIL, group="border violators")
    DT("[July to 25 December]", "2022-07-01", "2022-12-25")
    C("detained", "25 December: [35]", 35, side=MIL, group="border violators")
    A("[According to Border Troops press releases]", OS, BT)
    C("killed", "on the border: [7]", 7, group="armed incidents, 2022")
    C("killed", "([4] violators", 4, side=MIL, group="violators")
    C("killed", "[3] civilians)", 3, side=CIV, group="civilians")
    C("killed", "[No] Tajik servicemen", 0, side=SF, group="Tajik servicemen")
    A("[according to official data]", OS, "official data")
    DT("[May-September]", "2022-05-01", "2022-09-30")
    C("killed", "[11] bodies recovered", 11, side=CIV, group="drownings")
    DT("in [July]", "2022-07-01", "2022-07-31")
    A("[According to the Committee of Emergency Situations]", OS, "Committee of Emergency Situations")
    W("with [landmines]", "mine")
    W("[unexploded ordnance]", "explosives")
    C("injured", "[6] people injured", 6, side=CIV, group="mine and UXO accidents")
    C("killed", "injured, [2] killed", 2, side=CIV, group="mine and UXO accidents")
    A("[According to the mine action programme]", OS, "the mine action programme")
    XQ("[1,344 km]", 1344, "km", TJAF)
    XQ("([835 miles])", 835, "miles", TJAF)
    LC("from the [Afghan bank]", None, "country", "AF", role="origin")
    A("Media reports [put the number]", REP, "media reports")
    C("killed", "armed incidents at [9]", 9, group="media count")
    C("killed", "the official [7]", 7, group="official count")
    C("killed", "is [two] men whose bodies", 2, side=CIV, group="men found near Aivaj")
    DT("in [October]", "2022-10-01", "2022-10-31")
    A("officials [say] they drowned", OS, "officials")
    DT("as of [26 December 2022]", "2022-12-26")


@spec("eval_zb06_fact_sheet_mines.txt")
def _zb06():  # no header; issued in Khorugh on 15 May 2025 (Thursday), the reference date
    W("[Landmines] and", "mine")
    W("Landmines and [unexploded ordnance]", "explosives")
    DT("Khorugh, [15 May 2025]", "2025-05-15", basis="dateline")
    C("killed", "- [3] people killed", 3, side=CIV, group="mine/UXO victims")
    C("injured", "and [8] injured", 8, side=CIV, group="mine/UXO victims")
    W("by [mines] and", "mine")
    W("by mines and [unexploded ordnance]", "explosives")
    DT("since [January 2024]", "2024-01-01", "2024-01-31")
    C("injured", "- [2] of the injured", 2, side=CIV, group="children under 14")
    C("killed", "- [0] casualties", 0, side=CIV, group="deminers")
    C("injured", "- [0] casualties", 0, side=CIV, group="deminers")
    XQ("within [5 km]", 5, "km", q="up_to")
    DT("on [2 May 2025]", "2025-05-02")
    C("injured", "when [a] herder", 1, side=CIV, group="herder from Shkev")
    W("an [anti-personnel mine]", "mine")
    PQ("about [23,000] residents", 23000, "about")
    A("Ministry of Health [puts the number]", OS, "Ministry of Health")
    C("injured", "injured at [9]", 9, side=CIV, group="Ministry of Health count")
    C("injured", "includes [a] man hurt", 1, side=CIV, group="man hurt on the Afghan bank")
    A("province [say]", OS, "officials in Badakhshan province")
    C("injured", "at least [12]", 12, "at_least", side=CIV, group="mine victims, Darwaz and Shighnan")
    W("by [mines] in Darwaz", "mine")


@spec("eval_zb07_donor_project_report.txt")
def _zb07():  # published 2024-11-20 (Wednesday); report published Monday 18 November
    DT("report on [Monday]", "2024-11-18", basis="weekday")
    DT("from [October 2021 to September 2024]", "2021-10-01", "2024-09-30")
    C("killed", "| River drownings per year | [9] | 2 |", 9, side=CIV, group="drownings, baseline")
    C("killed", "| River drownings per year | 9 | [2] |", 2, side=CIV, group="drownings, endline")
    C("injured", "ordnance per year | [4] | 1 |", 4, side=CIV, group="UXO injuries, baseline")
    C("injured", "ordnance per year | 4 | [1] |", 1, side=CIV, group="UXO injuries, endline")
    W("injured by [unexploded ordnance]", "explosives")
    C("detained", "crossing per year | [23] | 6 |", 23, side=CIV, group="residents, baseline")
    C("detained", "crossing per year | 23 | [6] |", 6, side=CIV, group="residents, endline")
    A("The report [says]", REP, "the project's final report (Sarhad Aid)")
    XQ("fenced [3.5 kilometres]", 3.5, "kilometres")
    A("Farkhor [recorded]", OS, "the district hospital in Farkhor")
    C("killed", "recorded [three] drownings", 3, side=CIV, group="drownings, hospital count")
    DT("over [the past year]", "2023-11-20", "2024-11-19", basis="relative")
    C("killed", "year, not [two]", 2, side=CIV, group="drownings, project count")
    A("Qodirova, [said]", REP, "Dilnoza Qodirova, project evaluator")
    C("killed", "was [a] fisherman", 1, side=CIV, group="fisherman from Navobod")
    PQ("about [4,000] residents", 4000, "about")
    A("Boboev, [said]", OS, "Saidali Boboev, head of Aivaj")
    C("detained", "[no one] from the village", 0, side=CIV, group="Aivaj residents")
    DT("river [this year]", "2024-01-01", "2024-11-20", basis="relative")
    A("instead,\" he [said]", OS, "Saidali Boboev, head of Aivaj")
    LC("in [Panj] district", "TJ-KT", "district", "TJ")


@spec("eval_zb08_police_weekly_log.txt")
def _zb08():  # published 2025-08-11 (Monday); the log covers Monday 4 .. Sunday 10 August
    DT("Shahritus district, [4-10 August]", "2025-08-04", "2025-08-10")
    DT("[Monday, 4 August]", "2025-08-04")
    C("detained", "handed over [two] men", 2, side=CIV, group="Tajik citizens with hashish")
    DT("[Tuesday, 5 August]", "2025-08-05")
    C("missing", "[One] boy, aged 9", 1, side=CIV, group="boy, found alive")
    DT("[Wednesday, 6 August]", "2025-08-06")
    C("killed", "[one] driver killed", 1, side=CIV, group="driver, road collision")
    C("injured", "[three] passengers", 3, side=CIV, group="passengers, road collision")
    DT("[Thursday, 7 August]", "2025-08-07")
    A("Aivaj [report] shots", REP, "residents of Aivaj")
    LC("from the [Afghan bank]", None, "country", "AF", role="origin")
    C("injured", "Patrol sent; [no one] was hurt", 0, group="shooting at Aivaj")
    DT("[Friday, 8 August]", "2025-08-08")
    C("detained", "[Three] Afghan citizens", 3, side=FN, group="Afghan citizens, boat crossing")
    W("A [hunting rifle]", "small_arms")
    DT("[Saturday, 9 August]", "2025-08-09")
    C("killed", "Body of [a] man", 1, side=CIV, group="man recovered from the Amu Darya")
    DT("[Sunday, 10 August]", "2025-08-10")
    C("detained", "detained [5]", 5, group="week total")
    C("killed", "killed [2]", 2, group="week total")
    C("injured", "injured [3]", 3, group="week total")
    C("missing", "missing [0]", 0, group="week total")
    A("released on Saturday, [said]", OS, BT + " weekly summary")
    DT("released on [Saturday]", "2025-08-09", basis="weekday")
    C("detained", "said [four] Afghan", 4, side=FN, group="Afghan citizens, Friday")
    DT("detained on [Friday]", "2025-08-08", basis="weekday")
    A("department [told] us", OS, "the Shahritus district police department")


@spec("eval_zb09_mine_action_monthly.txt")
def _zb09():  # published 2023-06-07 (Wednesday); table for May 2023
    DT("publishes [May] figures", "2023-05-01", "2023-05-31")
    SKIP("Tajikistan National Mine Action Centre")
    DT("for [May 2023]", "2023-05-01", "2023-05-31")
    DT("on [Tuesday]", "2023-06-06", basis="weekday")
    W("[Anti-personnel mines] destroyed", "mine")
    W("[Unexploded ordnance] destroyed", "explosives")
    C("killed", "| 41 | 17 | [1] | 0 |", 1, side=CIV, group="Darvoz, May")
    C("injured", "| 41 | 17 | 1 | [0] |", 0, side=CIV, group="Darvoz, May")
    C("killed", "| 9 | 6 | [0] | 2 |", 0, side=CIV, group="Vanj, May")
    C("injured", "| 9 | 6 | 0 | [2] |", 2, side=CIV, group="Vanj, May (deminers)")
    C("killed", "| 0 | 3 | [0] | 0 |", 0, side=CIV, group="Rushon, May")
    C("injured", "| 0 | 3 | 0 | [0] |", 0, side=CIV, group="Rushon, May")
    C("killed", "| 50 | 26 | [1] | 2 |", 1, side=CIV, group="total, May")
    C("injured", "| 50 | 26 | 1 | [2] |", 2, side=CIV, group="total, May")
    A("[According to the centre's notes]", OS, "the mine action centre")
    DT("on [17 May]", "2023-05-17")
    C("killed", "where [a] 15-year-old", 1, side=CIV, group="boy collecting firewood")
    W("by an [anti-personnel mine]", "mine")
    A("the centre [said]", OS, "the mine action centre")
    DT("[Since the start of the year]", "2023-01-01", "2023-06-07", basis="relative")
    A("centre has [recorded]", OS, "the mine action centre")
    C("killed", "recorded [2] people", 2, side=CIV, group="Gorno-Badakhshan, year to date")
    C("injured", "and [5] injured", 5, side=CIV, group="Gorno-Badakhshan, year to date")
    A("Fayzabad [reported]", OS, "mine action office of the Taliban administration in Fayzabad")
    C("killed", "reported [two] children", 2, side=CIV, group="children, Khwahan")
    W("by [unexploded ordnance] in Khwahan", "explosives")
    DT("district in [May]", "2023-05-01", "2023-05-31")
    A("The centre [said] it had", OS, "the mine action centre")
    XQ("within [2 kilometres]", 2, "kilometres", q="up_to")


@spec("eval_zb10_dataset_methodology.txt")
def _zb10():  # no header; dateline Dushanbe, 3 February 2026 (Tuesday), the reference date
    DT("Dushanbe, [3 February 2026]", "2026-02-03", basis="dateline")
    DT("Shohin, [12 June 2025]", "2025-06-12")
    A("first [reported]", REP, "a wire agency")
    C("killed", "that [three] servicemen", 3, side=SF, group="servicemen (first report)")
    A("later [said]", OS, BT)
    C("killed", "said [five] servicemen", 5, side=SF, group="servicemen (official)")
    C("injured", "and [two] were wounded", 2, side=SF, group="servicemen")
    DT("Ishkoshim, [9 September 2025]", "2025-09-09")
    A("channel [claimed]", REP, "a local Telegram channel")
    C("killed", "\"up to [ten]\"", 10, "up_to", group="Telegram claim")
    A("police [said]", OS, "district police")
    C("killed", "said [two] people", 2, group="police figure")
    A("post [was deleted]", RET, "a local Telegram channel")
    DT("deleted [the next day]", "2025-09-10", basis="relative")
    DT("Darvoz, [3 March 2024]", "2024-03-03")
    C("missing", "[Two] fishermen", 2, side=CIV, group="fishermen")
    C("killed", "[One] body", 1, side=CIV, group="fisherman")
    DT("[a week later]", "2024-03-10", basis="relative")
    C("killed", "with [one] killed", 1, side=CIV, group="fisherman")
    C("missing", "and [one] missing", 1, side=CIV, group="fisherman")
    DT("Khorugh, [20 January 2026]", "2026-01-20")
    C("injured", "[no one] was hurt", 0, group="shooting near Khorugh")
    A("[according to the Border Troops]", OS, BT)
    DT("in [October 2025]", "2025-10-01", "2025-10-31")
    C("killed", "listed [41] people", 41, group="border deaths 2024 (version 2.0)")
    C("killed", "is now [43]", 43, group="border deaths 2024 (revised)")


@spec("eval_zb11_court_pending_cases.txt")
def _zb11():  # published 2024-07-01 (Monday); list posted Friday 28 June
    SKIP("Khatlon Regional Court")
    DT("on [Friday]", "2024-06-28", basis="weekday")
    C("detained", "[Four] Afghan citizens", 4, side=FN, group="Afghan citizens, heroin case")
    DT("on [14 February 2024]", "2024-02-14")
    C("detained", "[Three] men detained", 3, side=MIL, group="suspected attackers")
    DT("on [11 November 2023]", "2023-11-11")
    C("killed", "which [one] serviceman", 1, side=SF, group="serviceman")
    C("injured", "and [two] were injured", 2, side=SF, group="border post attack")
    W("used [grenades]", "grenade")
    W("[automatic rifles]", "small_arms")
    A("the indictment [says]", OS, "the prosecution (indictment)")
    C("killed", "and [a fourth] attacker", 1, side=MIL, group="attacker")
    A("Defence lawyers [say]", DEN, "defence lawyers")
    C("killed", "that [no] attacker", 0, side=MIL, group="attackers (defence)")
    DT("on [the night of 2-3 April 2024]", "2024-04-02", "2024-04-03")
    C("killed", "[Two] members of the group drowned", 2, side=CIV, group="members of a crossing group")
    A("[according to the prosecution]", OS, "the prosecution")
    C("detained", "[Two] Afghan traders", 2, side=FN, group="Afghan traders")
    DT("since [30 May 2024]", "2024-05-30")
    A("Rahmonov, [says]", DEN, "Parviz Rahmonov, the traders' lawyer")
    A("The court [said]", OS, "Khatlon Regional Court")


@spec("eval_zb12_red_cross_update.txt")
def _zb12():  # published 2021-09-14 (Tuesday); reporting period 1-12 September 2021
    DT("Reporting period: [1-12 September 2021]", "2021-09-01", "2021-09-12")
    DT("in [mid-August]", "2021-08-11", "2021-08-20")
    DT("in [early September]", "2021-09-01", "2021-09-10")
    A("Residents [reported] mortar", REP, "residents")
    W("[mortar] fire", "mortar")
    C("injured", "including [6] people", 6, side=FN, group="people with gunshot wounds")
    LC("crossed from [Afghanistan]", None, "country", "AF", role="origin")
    C("killed", "- [Two] of the wounded", 2, side=FN, group="wounded who died in Khorugh")
    DT("on [8 September]", "2021-09-08")
    A("Situations [reported]", OS, "the Committee of Emergency Situations")
    C("killed", "that [4] people drowned", 4, group="drowned crossing the Panj")
    DT("on [5 September]", "2021-09-05")
    C("killed", "recover [3] bodies", 3, group="drowned crossing the Panj")
    C("missing", "[one] person is still missing", 1, group="drowned crossing the Panj")
    C("missing", "trace [14] relatives", 14, side=CIV, group="relatives missing in Badakhshan")
    A("Border Troops [told] us", OS, BT)
    C("detained", "that [27] people", 27, group="illegal crossing")
    DT("during [the reporting period]", "2021-09-01", "2021-09-12", basis="relative")
    A("Fayzabad [put the number]", OS, "provincial authorities in Fayzabad")
    C("killed", "fighting at [9]", 9, side=CIV, group="civilians, Khwahan fighting")
    A("[told] our staff", REP, "residents who reached the river")
    C("killed", "at least [15]", 15, "at_least", side=CIV, group="civilians, Khwahan fighting")


@spec("eval_zb13_customs_seizures.txt")
def _zb13():  # published 2025-10-20 (Monday); report published Friday 17 October
    C("detained", "Customs detain [19]", 19, group="third quarter")
    DT("in [third quarter]", "2025-07-01", "2025-09-30")
    W("seize [pistols]", "firearms")
    DT("for [the third quarter of 2025]", "2025-07-01", "2025-09-30")
    DT("on [Friday]", "2025-10-17", basis="weekday")
    XQ("the [1,344-kilometre]", 1344, "kilometre", TJAF)
    DT("between [1 July and 30 September]", "2025-07-01", "2025-09-30")
    W("- [Firearms]:", "firearms")
    W("7 [pistols]", "firearms")
    W("3 [Kalashnikov rifles]", "small_arms")
    C("detained", "detained: [19]", 19, group="third quarter")
    C("detained", "([11] citizens", 11, side=CIV, group="citizens of Tajikistan")
    C("detained", "[8] citizens of Afghanistan", 8, side=FN, group="citizens of Afghanistan")
    LC("the [Panji Poyon] crossing", "TJ-KT", "site", "TJ")
    DT("on [22 August]", "2025-08-22")
    C("injured", "[One] customs officer", 1, side=SF, group="customs officer")
    C("killed", "and [one] smuggler", 1, side=MIL, group="smuggler")
    A("the report [says]", OS, "the Customs Service report")
    W("three [Kalashnikov rifles]", "small_arms")
    DT("seized [that night]", "2025-08-22", basis="relative")
    A("crossings, [reported]", OS, BT)
    C("detained", "reported [21] detentions", 21, group="Border Troops count, third quarter")
    DT("for [the same quarter]", "2025-07-01", "2025-09-30", basis="relative")
    A("Sharipova, [said]", OS, "Madina Sharipova, customs spokeswoman")
    C("detained", "was [two] drivers", 2, side=CIV, group="drivers held and released")
    A("[told] Trade and Border Weekly", OS, "Afghan customs officials at Sher Khan Bandar")
    C("detained", "detained [5] people", 5, group="Afghan citizens held by Afghan customs")
    DT("in [the same period]", "2025-07-01", "2025-09-30", basis="relative")


@spec("eval_zb14_governor_speech.txt")
def _zb14():  # no header; transcript dated Bokhtar, 26 December 2024 (Thursday), the reference date
    SKIP("Khatlon Local News")
    DT("Bokhtar, [26 December 2024]", "2024-12-26", basis="dateline")
    PQ("more than [3.5 million]", 3500000, "more_than")
    C("killed", "[Two] servicemen", 2, side=SF, group="Border Troops servicemen")
    DT("lives [this year]", "2024-01-01", "2024-12-26", basis="relative")
    C("injured", "and [five] were wounded", 5, side=SF, group="Border Troops servicemen")
    C("detained", "[64] violators", 64, side=MIL, group="violators of the state border")
    C("killed", "and [9] were neutralised", 9, side=MIL, group="violators")
    PQ("some [180,000]", 180000, "about")
    C("killed", "[four] residents drowned", 4, side=CIV, group="Farkhor residents")
    DT("Panj [this year]", "2024-01-01", "2024-12-26", basis="relative")
    C("killed", "[three] of them children", 3, side=CIV, group="children")
    DT("[In March]", "2024-03-01", "2024-03-31")
    W("a [landmine]", "mine")
    C("injured", "injured [two] shepherds", 2, side=CIV, group="shepherds")
    C("injured", "[not one] resident", 0, side=CIV, group="Shamsiddin Shohin residents")
    DT("river [this year], compared", "2024-01-01", "2024-12-26", basis="relative")
    C("injured", "with [three] wounded", 3, side=CIV, group="Shamsiddin Shohin residents, 2023")
    DT("on [20 December]", "2024-12-20")
    A("20 December, [gives]", OS, BT + " year-end statement")
    C("killed", "gives [three] servicemen", 3, side=SF, group="servicemen, 2024")
    C("injured", "and [six] wounded", 6, side=SF, group="servicemen, 2024")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zb*.txt", rel=REL, gaz=GAZ, out=OUT)
    finish(OUT)
    sys.exit(rc)
