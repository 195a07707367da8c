"""Build benchmarks/eval/set_z/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set Z lives here: where its articles are, the ``file`` prefix written
into truth, its gazetteer (set_z/gazetteer.py: the shared frontier table plus "Tajik-Afghan border")
and its specs. The annotation helpers and the writer that checks every anchor are in
benchmarks/eval/annotate.py. Three small local helpers: ``CELL`` (a figure in a table row, located
by the row's label and its column, value checked against the digits), ``RANGE`` (a casualty range,
see README.md) and ``POP`` (population with its qualifier); ``XMI`` for "mi" (miles) abbreviations.

    .venv/bin/python benchmarks/eval/set_z/build_truth.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, MILE, OS, REP, RET, SKIP, A, D, K, L, Specs, W, X, build  # noqa: E402
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_z/articles/"

SPECS = Specs()
spec = SPECS.register

BT = "Tajikistan's Border Troops"


def CELL(kind, label, col, value, q="exact"):
    """The ``col``-th (0-based) figure after ``label`` on the one line that starts with ``label``."""
    text = annotate.cur().text
    lines = [ln for ln in text.split("\n") if ln.startswith(label)]
    assert len(lines) == 1, (label, len(lines))
    line = lines[0]
    toks = list(re.finditer(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+", line[len(label):]))
    m = toks[col]
    s, e = len(label) + m.start(), len(label) + m.end()
    assert int(line[s:e].replace(",", "")) == value, (label, col, line[s:e], value)
    assert "[" not in line, line
    return K(kind, line[:s] + "[" + line[s:e] + "]" + line[e:], value, q)


def ROWDATE(label, norm, end=None):
    """A month label opening a table row."""
    text = annotate.cur().text
    lines = [ln for ln in text.split("\n") if ln.startswith(label)]
    assert len(lines) == 1, (label, len(lines))
    return D("[" + label + "]" + lines[0][len(label):], norm, end)


def RANGE(kind, ctx, low, high):
    """A casualty range ("between nine and twelve"): one claim on the whole range; value = high with
    qualifier up_to, plus explicit low/high (see README.md, judgement calls)."""
    rec = K(kind, ctx, high, "up_to")
    rec.update(low=low, high=high, note=f"range {low}-{high}")
    return rec


def POP(ctx, value, q="exact"):
    rec = annotate.cur().add("population", ctx, None, value=value)
    rec["qualifier"] = q
    return rec


def XMI(ctx, value, measures=None):
    """Distance written in "mi" (miles)."""
    return annotate.cur().add("distance", ctx, None, value_km=round(value * MILE, 1), measures=measures,
                              unit="mi")


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus set T's calls
# (set_t/README.md) and the judgement calls listed in set_z/README.md.
# --------------------------------------------------------------------------------------------------


@spec("eval_z01_ngo_weekly_sitrep.txt")
def _z01():  # published 2024-11-15 (Friday); reporting period Fri 8 - Thu 14 November 2024
    FNSF = "Frontier NGO Safety Forum"
    D("Reporting period: [8-14 November 2024]", "2024-11-08", "2024-11-14")
    A("[By our count]", REP, FNSF)
    K("killed", "count, [2] people", 2)
    K("injured", "killed, [6] injured", 6)
    K("detained", "and [4] detained", 4)
    K("missing", "[One] person remains", 1)
    K("injured", "[No] member-agency", 0)
    D("(Khatlon), [8 November]", "2024-11-08")
    A("Border Troops [said] a patrol", OS, BT)
    K("killed", "[One] Afghan national", 1)
    K("detained", "and [two] were detained", 2)
    A("media, [citing] relatives", REP, "relatives")
    A("relatives, [said] the man", REP, "Afghan local media")
    D("Shohin district, [10 November]", "2024-11-10")
    W("A [grenade] was thrown", "grenade")
    L("from the [Afghan bank]", None, "country", role="origin")
    K("injured", "[Four] servicemen were injured", 4)
    A("[according to a district official]", OS, "a district official in Shamsiddin Shohin")
    A("social media [spoke of]", REP, "unconfirmed reports on social media")
    K("injured", "\"at least [seven]\"", 7, "at_least")
    D("[night of 11-12 November]", "2024-11-11", "2024-11-12")
    A("district police [said] one", OS, "Taliban district police in Darwaz")
    K("killed", "said [one] of their men", 1)
    K("injured", "and [another] was wounded", 1)
    D("Vanj district, [13 November]", "2024-11-13")
    K("injured", "[A] shepherd was injured", 1)
    W("by a [landmine]", "mine")
    X("about [2 km]", 2, "km")
    D("(Kunduz), [14 November]", "2024-11-14")
    K("detained", "[Two] men were detained", 2)
    K("missing", "[A third] man is missing", 1)
    A("police [said] a search", OS, "Taliban police in Imam Sahib")
    D("on [Thursday evening]", "2024-11-14")
    X("within [5 km]", 5, "km")


@spec("eval_z02_monitoring_spot_report.txt")
def _z02():  # published 2025-04-23 (Wednesday); the shelling on Sunday 20 April 2025
    TAL = "the Taliban's provincial spokesman in Badakhshan"
    D("Issued [23 April 2025]", "2025-04-23")
    D("Summary: On [20 April 2025]", "2025-04-20")
    W("[mortar] rounds struck", "mortar")
    A("Local authorities [reported]", OS, "local authorities")
    K("killed", "reported [one] civilian", 1)
    K("injured", "killed and [three] injured. The Mission", 3)
    D("afternoon of [Sunday, 20 April]", "2025-04-20")
    A("council [told] the Mission", OS, "the head of the Shkev village council")
    K("killed", "that [one] woman", 1)
    K("injured", "and [three] other residents", 3)
    K("injured", "injured, [one] of them a child", 1)
    D("On [21 April] a Mission", "2025-04-21")
    W("82mm [mortar] rounds", "mortar")
    X("about [300 metres]", 300, "metres")
    A("Qalaikhumb [confirmed]", OS, "the district hospital in Qalaikhumb")
    K("injured", "treated [three] patients", 3)
    A("It [said] none", OS, "the district hospital in Qalaikhumb")
    A("Border Troops [said] in a statement", OS, BT)
    D("statement on [21 April] that", "2025-04-21")
    L("from [Darwaz] district", "AF-BDS", "district", role="origin")
    L("district in [Afghanistan]", None, "country", role="origin")
    A("statement [put the toll]", OS, BT)
    K("killed", "toll at [one] killed", 1)
    K("injured", "and [four] injured", 4)
    A("Badakhshan [denied]", DEN, TAL)
    L("from [Afghan territory]", None, "country", role="origin")
    A("He [said] two Afghan", OS, TAL)
    K("injured", "said [two] Afghan border", 2)
    L("from the [Tajik bank]", None, "country", role="origin")
    D("on [the same day]", "2025-04-20")
    POP("about [1,000] people", 1000, "about")
    X("roughly [40 kilometres]", 40, "kilometres")
    D("on [6 March]", "2025-03-06")
    K("killed", "recorded [no] fatalities", 0)


@spec("eval_z03_spreadsheet_excerpt.txt")
def _z03():  # published 2023-07-12 (Wednesday); spreadsheet rows January-June 2023
    SKIP("The Khatlon Ledger")
    K("killed", "records [four] people killed", 4)
    K("injured", "killed and [six] injured", 6)
    D("between [January and June this year]", "2023-01-01", "2023-06-30")
    D("hospitals on [3 July]", "2023-07-03")
    L("[Panj],boat", "TJ-KT", "district")
    for iso, lab, k, i in [("2023-01-14", "2023-01-14,Farkhor,shooting on river bank,", 1, 0),
                           ("2023-02-27", "2023-02-27,Shamsiddin Shohin,grenade thrown at post,", 0, 3),
                           ("2023-04-09", "2023-04-09,Panj,boat capsized during crossing,", 2, 0),
                           ("2023-05-21", "2023-05-21,Farkhor,landmine near fields,", 0, 2),
                           ("2023-06-30", "2023-06-30,Shahritus,shooting,", 1, 1)]:
        D("[" + iso + "],", iso)
        CELL("killed", lab, 0, k)
        CELL("injured", lab, 1, i)
    CELL("killed", "TOTAL,,,", 0, 4)
    CELL("injured", "TOTAL,,,", 1, 6)
    W("[grenade] thrown at post", "grenade")
    W("[landmine] near fields", "mine")
    D("published on [Monday]", "2023-07-10")
    A("the ministry [said] three", OS, "the Ministry of Health")
    K("killed", "said [three] people had died", 3)
    K("injured", "\"up to [five]\"", 5, "up_to")
    A("Nazarov, [told] the Ledger", OS, "Farrukh Nazarov, Ministry of Health spokesman")
    D("the [April] drowning", "2023-04-01", "2023-04-30")
    K("killed", "shows [two] dead", 2)
    K("killed", "not [three].", 3)
    A("be named, [said]", REP, "a doctor at the district hospital in Farkhor")
    D("listed on [21 May]", "2023-05-21")
    W("old [anti-personnel mine]", "mine")
    X("about [800 metres]", 800, "metres")
    A("again,\" she [said]", REP, "a doctor at the district hospital in Farkhor")
    D("statement on [1 July]", "2023-07-01")
    A("they [said] the situation", OS, BT)


@spec("eval_z04_annual_toll_graphic.txt")
def _z04():  # published 2026-01-09 (Friday); the toll of 2025
    K("killed", "At least [19] people", 19, "at_least")
    K("injured", "killed and [36] injured", 36)
    X("the [1,344-kilometre] frontier", 1344, "kilometre", "TJ-AF border")
    D("frontier [last year]", "2025-01-01", "2025-12-31")
    CELL("killed", "Tajik border guards", 0, 6)
    CELL("injured", "Tajik border guards", 1, 11)
    CELL("killed", "Tajik civilians", 0, 4)
    CELL("injured", "Tajik civilians", 1, 17)
    CELL("killed", "Afghan nationals", 0, 9)
    CELL("injured", "Afghan nationals", 1, 8)
    CELL("killed", "ALL", 0, 19)
    CELL("injured", "ALL", 1, 36)
    K("detained", "Troops: [143] Afghan", 143)
    D("on [the night of 2-3 September]", "2025-09-02", "2025-09-03")
    K("killed", "([2] guards killed", 2)
    K("injured", "killed, [3] injured)", 3)
    K("killed", "with [3] civilians", 3)
    K("injured", "killed and [9] injured in four", 9)
    D("between [April and August]", "2025-04-01", "2025-08-31")
    A("Takhar [said] none", DEN, "Taliban officials in Takhar")
    L("come from [Afghanistan]", None, "country", role="origin")
    A("[Figure of the Ministry of Health]", OS, "the Ministry of Health")
    A("Border Troops [gave] 15", OS, BT)
    K("injured", "gave [15] injured", 15)
    A("authorities [acknowledged]", OS, "Taliban provincial authorities")
    K("killed", "acknowledged [six] dead", 6)
    A("Kunduz [counted]", REP, "local journalists in Badakhshan and Kunduz")
    RANGE("killed", "between [nine and twelve]", 9, 12)
    A("[According to] the Border Troops'", OS, BT)
    D("statement of [30 December]", "2025-12-30")


@spec("eval_z05_border_agency_bulletin.txt")
def _z05():  # no header; dateline Dushanbe, Wednesday 5 February 2025; period January-December 2024
    D("Dushanbe, [5 February 2025]", "2025-02-05")
    D("border, [January-December 2024]", "2024-01-01", "2024-12-31")
    K("detained", "detained [412] violators", 412)
    K("detained", "(2023: [389])", 389)
    K("detained", "[187] were citizens", 187)
    K("detained", "[211] citizens", 211)
    K("detained", "and [14] citizens of other", 14)
    K("killed", "violators, [5] armed violators", 5)
    K("killed", "(2023: [3])", 3)
    K("killed", "[2] servicemen were killed", 2)
    K("injured", "and [6] were wounded", 6)
    K("killed", "(2023: [1] and 4)", 1)
    K("injured", "(2023: 1 and [4])", 4)
    K("missing", "[No] servicemen went missing", 0)
    A("[According to] the local executive", OS, "local executive bodies of state power")
    K("killed", "power, [3] residents", 3)
    K("injured", "killed and [8] injured", 8)
    L("territory of [Afghanistan]", None, "country", role="origin")
    W("units of [firearms]", "firearms")
    W("6 [grenade launchers]", "rpg")
    W("3 [drones]", "drone")
    CELL("detained", "Khatlon ", 0, 251)
    CELL("killed", "Khatlon ", 1, 1)
    CELL("injured", "Khatlon ", 2, 4)
    CELL("detained", "Gorno-Badakhshan ", 0, 161)
    CELL("killed", "Gorno-Badakhshan ", 1, 1)
    CELL("injured", "Gorno-Badakhshan ", 2, 2)
    CELL("detained", "Total ", 0, 412)
    CELL("killed", "Total ", 1, 2)
    CELL("injured", "Total ", 2, 6)
    X("is [1,344 km]", 1344, "km", "TJ-AF border")
    POP("exceeds [1.2 million]", 1200000, "more_than")


@spec("eval_z06_wiki_incident_list.txt")
def _z06():  # no header and no dateline: every date is explicit
    D("Afghanistan in [August 2021]", "2021-08-01", "2021-08-31")
    X("runs for [1,344 km]", 1344, "km", "TJ-AF border")
    XMI("([835 mi])", 835, "TJ-AF border")
    D("| [21 August 2021] |", "2021-08-21")
    K("killed", "Khatlon | [0] | 2 |", 0)
    K("injured", "Khatlon | 0 | [2] |", 2)
    L("from the [Afghan bank]", None, "country", role="origin")
    K("injured", "bank; [two] guards wounded", 2)
    D("| [4 February 2022] |", "2022-02-04")
    K("killed", "Ishkoshim District | [1] | 0 |", 1)
    K("injured", "Ishkoshim District | 1 | [0] |", 0)
    K("killed", "[One] armed intruder", 1)
    D("| [9-10 March 2023] |", "2023-03-09", "2023-03-10")
    K("killed", "| [2][a] | 3 |", 2)
    K("injured", "[3] | Night attack", 3)
    D("| [27 April 2024] |", "2024-04-27")
    K("killed", "Badakhshan | [2] | 5 |", 2)
    K("injured", "Badakhshan | 2 | [5] |", 5)
    W("[Mortar] rounds", "mortar")
    D("| [14 August 2024] |", "2024-08-14")
    K("killed", "Gorno-Badakhshan | [1] | 1 |", 1)
    K("injured", "Gorno-Badakhshan | 1 | [1] |", 1)
    W("[Drone] strike", "drone")
    A("Taliban [deny] launching", DEN, "the Taliban")
    D("| [2-3 September 2025] |", "2025-09-02", "2025-09-03")
    K("killed", "Farkhor District | [2] | 3 |", 2)
    K("injured", "Farkhor District | 2 | [3] |", 3)
    A("Taliban [deny] involvement", DEN, "the Taliban")
    D("| [18 January 2026] |", "2026-01-18")
    K("killed", "| [3][b] |", 3)
    K("injured", "[0] | Fishermen", 0)
    K("killed", "| Total | | [11] |", 11)
    K("injured", "| Total | | 11 | [14] |", 14)
    A("Border Troops [reported] two", OS, BT)
    K("killed", "reported [two] guards killed", 2)
    A("media [said] four", REP, "Afghan local media")
    K("killed", "said [four] attackers", 4)
    A("[According to] Taliban police", OS, "Taliban police in Kunduz")
    K("killed", "[three] fishermen drowned", 3)
    A("The Border Troops [said] no shots", DEN, BT)


@spec("eval_z07_researcher_blog_footnotes.txt")
def _z07():  # published 2024-06-20 (Thursday); the shelling of Khwahan on 27 April 2024
    ME = "Leyla Aminova (blog author)"
    INFO = "the Taliban's provincial information department in Badakhshan"
    D("On [27 April], mortar", "2024-04-27")
    W("[mortar] rounds landed", "mortar")
    A("[By my count]", REP, ME)
    K("killed", "lists, [two] people", 2)
    K("injured", "killed and [five] injured", 5)
    A("department initially [said]", OS, INFO)
    K("killed", "said [six] had died", 6)
    D("[two days later]", "2024-04-29")
    A("it [revised] the figure", OS, INFO)
    K("killed", "\"at least [three]\"", 3, "at_least")
    A("Border Troops [denied]", DEN, BT)
    L("fired from [Tajikistan]", None, "country", role="origin")
    D("[the first five months of this year]", "2024-01-01", "2024-05-31")
    K("killed", "figure of [six] dead", 6)
    D("totals for [January to May]", "2024-01-01", "2024-05-31")
    K("killed", "are [6] killed", 6)
    K("injured", "killed and [19] injured", 19)
    K("killed", "against [9] killed", 9)
    K("injured", "killed and [23] injured", 23)
    A("[according to official statements]", OS, "official statements from Dushanbe and Kabul")
    D("(dated [28 April])", "2024-04-28")
    D("account, [27 April]", "2024-04-27")
    A("[since deleted]", RET, INFO)
    D("station, [29 April]", "2024-04-29")
    D("press release of [28 April]", "2024-04-28")
    L("territory of the [Republic of Tajikistan]", None, "country", role="origin")


@spec("eval_z08_investigation_three_tolls.txt")
def _z08():  # published 2025-10-08 (Wednesday); the attack on the night of 2-3 September 2025
    TAK = "the Taliban's police command in Takhar"
    D("([3 Sept])", "2025-09-03")
    D("([4 Sept])", "2025-09-04")
    CELL("killed", "Tajik guards killed", 0, 2)
    CELL("injured", "Tajik guards injured", 0, 3)
    CELL("killed", "Attackers/Afghans killed", 0, 4)
    CELL("killed", "Attackers/Afghans killed", 1, 0)
    CELL("killed", "Attackers/Afghans killed", 2, 4)
    CELL("missing", "Afghans missing", 0, 2)
    CELL("detained", "Detained", 0, 1)
    CELL("detained", "Detained", 1, 0)
    D("statement of [3 September]", "2025-09-03")
    A("statement of 3 September [said]", OS, BT)
    D("on [the night of 2-3 September]", "2025-09-02", "2025-09-03")
    K("killed", "[Two] servicemen were killed", 2)
    K("injured", "and [three] wounded;", 3)
    K("killed", "[four] attackers were", 4)
    K("detained", "and [one] was detained", 1)
    W("a [Kalashnikov rifle]", "small_arms")
    W("two [hand grenades]", "grenade")
    A("Takhar [said] the next day", DEN, TAK)
    D("[the next day]", "2025-09-04")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    K("killed", "that [nobody] from the province", 0)
    K("detained", "that [nobody] from the province", 0)
    A("[told] our reporter", REP, "relatives of six young men in Yangi Qala")
    K("missing", "relatives of [six] young men", 6)
    D("evening of [2 September]", "2025-09-02")
    A("four of them [said]", REP, "relatives of four of the men")
    K("killed", "Relatives of [four] of them", 4)
    L("the [Sher Khan Bandar] crossing", "AF-KDZ", "site")
    D("crossing on [11 September]", "2025-09-11")
    K("missing", "other [two] men are still missing", 2)
    K("killed", "establish: [two] Tajik guards died", 2)
    D("Farkhor on [4 September]", "2025-09-04")
    A("Kulob [confirmed]", REP, "hospital staff in Kulob")
    K("injured", "treating [three] servicemen", 3)
    A("Border Troops [say] they killed", OS, BT)


@spec("eval_z09_quarterly_rights_monitor.txt")
def _z09():  # published 2023-04-28 (Friday); covers January-March 2023
    PVM = "Panj Valley Human Rights Monitor"
    D("Issue 9 | [January-March 2023]", "2023-01-01", "2023-03-31")
    K("killed", "- [5] civilians killed", 5)
    D("([previous quarter]: 3)", "2022-10-01", "2022-12-31")
    K("killed", "(previous quarter: [3])", 3)
    K("injured", "- [12] civilians injured", 12)
    K("injured", "including [4] children", 4)
    K("detained", "- [31] people detained", 31)
    K("missing", "- [2] people missing", 2)
    A("Monitor [documented]", REP, PVM)
    K("killed", "documented [five] civilian", 5)
    D("in [the first quarter of 2023]", "2023-01-01", "2023-03-31")
    D("On [17 January] a", "2023-01-17")
    K("killed", "January [a] 15-year-old", 1)
    A("Border Troops [said] the shots", OS, BT)
    L("came from the [Afghan bank]", None, "country", role="origin")
    A("Qala-i-Zal [categorically denied]", DEN, "Taliban officials in Qala-i-Zal")
    D("On [3 February] two", "2023-02-03")
    K("killed", "February [two] Afghan men", 2)
    A("[according to Taliban police]", OS, "Taliban police in Takhar")
    A("The Border Troops [said] the men", OS, BT)
    D("On [8 March] two", "2023-03-08")
    K("killed", "[two] shepherds were killed", 2)
    W("a [landmine] exploded", "mine")
    K("injured", "[A third] shepherd", 1)
    A("office [reported]", OS, "the Tajik Ombudsman's office")
    K("killed", "only [three] civilian deaths", 3)
    D("for [the quarter]", "2023-01-01", "2023-03-31")
    K("detained", "Of the [31] people detained", 31)
    K("detained", "[19] were held", 19)
    K("detained", "and [12] by Taliban", 12)
    A("detainees [told] the Monitor", REP, "families of detainees")
    K("missing", "[Two] men from Nusay", 2)
    D("on [25 February]", "2023-02-25")
    A("Afghan authorities [say]", OS, "Afghan authorities")


@spec("eval_z10_press_release_key_figures.txt")
def _z10():  # published 2026-03-11 (Wednesday); the shelling on Sunday 8 March 2026
    FMR = "Dr. Parvina Sharifova, FMR medical coordinator"
    GB = "the regional administration of Gorno-Badakhshan"
    K("injured", "Relief treats [14] wounded", 14)
    L("[DUSHANBE], 11 March", "TJ-DU", "town")
    D("DUSHANBE, [11 March 2026]", "2026-03-11")
    D("[today] published", "2026-03-11")
    D("district on [Sunday]", "2026-03-08")
    D("as of [10 March]", "2026-03-10")
    K("injured", "- [14] wounded patients", 14)
    K("injured", "[5] of them children", 5)
    K("killed", "- [2] patients died", 2)
    K("injured", "- [0] FMR staff injured", 0)
    W("were [artillery] shells", "artillery")
    A("[said] Dr. Parvina", REP, FMR)
    K("killed", "\"[Two] of our patients", 2)
    A("has [put the number]", OS, GB)
    K("killed", "dead at [three]", 3)
    K("killed", "including [a] border guard", 1)
    K("injured", "\"more than [20]\"", 20, "more_than")
    A("Eshkashem [said] on Monday", DEN, "Taliban officials in Eshkashem")
    D("on [Monday] that", "2026-03-09")
    L("come from [Afghanistan]", None, "country", role="origin")
    W("\"no [artillery] in", "artillery")
    A("Border Troops [said] the shells", OS, BT)
    L("from the [Afghan bank]", None, "country", role="origin")
    X("about [3 kilometres]", 3, "kilometres")
    POP("about [30,000] people", 30000, "about")


@spec("eval_z11_monitoring_group_faq.txt")
def _z11():  # published 2025-12-02 (Tuesday)
    BCC = "Border Casualty Collective"
    D("on the border [this year]", "2025-01-01", "2025-12-02")
    D("As of [30 November]", "2025-11-30")
    K("killed", "lists [17] people", 17)
    K("injured", "killed and [31] injured", 31)
    D("since [1 January]", "2025-01-01")
    K("missing", "[Four] more people", 4)
    A("Border Troops [reported] two", OS, BT)
    K("killed", "reported [two] servicemen", 2)
    K("injured", "and [three] wounded in", 3)
    D("on [the night of 2-3 September]", "2025-09-02", "2025-09-03")
    K("killed", "and [four] attackers", 4)
    A("We [count]", REP, BCC)
    K("killed", "all [six] dead", 6)
    A("Takhar have [denied]", DEN, "Taliban police in Takhar")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    D("Afghanistan [that night]", "2025-09-02", "2025-09-03")
    K("killed", "say [no one] from", 0)
    D("In [June], for", "2025-06-01", "2025-06-30")
    K("killed", "[three] men drowned", 3)
    A("border police [said]", OS, "Afghan border police")
    D("Khwahan in [July]", "2025-07-01", "2025-07-31")
    A("local sources [gave]", REP, "local sources in Khwahan")
    RANGE("killed", "between [five and seven] dead", 5, 7)
    K("killed", "table records [five]", 5)
    A("Their [figure]", OS, BT)
    D("for [the first half of the year]", "2025-01-01", "2025-06-30")
    K("killed", "was [3] servicemen", 3)
    K("detained", "and [288] violators", 288)
    X("whole [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    POP("About [1 million] people", 1000000, "about")


@spec("eval_z12_data_report_correction.txt")
def _z12():  # published 2024-09-18 (Wednesday); corrects the August 2024 update of 12 September
    CADD = "Central Asia Data Desk"
    D("tracker: [August 2024] update", "2024-08-01", "2024-08-31")
    D("published on [12 September]", "2024-09-12")
    A("12 September, [said]", RET, CADD + " (earlier version)")
    K("killed", "said [seven] people", 7)
    D("border in [August]. The", "2024-08-01", "2024-08-31")
    K("killed", "figure is [five]", 5)
    K("killed", "[Two] deaths from", 2)
    D("district on [24 August]", "2024-08-24")
    A("We have also [corrected]", RET, CADD)
    K("injured", "gave as [14]", 14)
    K("injured", "it is [11]", 11)
    ROWDATE("June", "2024-06-01", "2024-06-30")
    CELL("killed", "June", 0, 3)
    CELL("injured", "June", 1, 6)
    CELL("detained", "June", 2, 19)
    ROWDATE("July", "2024-07-01", "2024-07-31")
    CELL("killed", "July", 0, 1)
    CELL("injured", "July", 1, 4)
    CELL("detained", "July", 2, 27)
    ROWDATE("August ", "2024-08-01", "2024-08-31")
    CELL("killed", "August ", 0, 5)
    CELL("injured", "August ", 1, 11)
    CELL("detained", "August ", 2, 23)
    CELL("killed", "(previously", 0, 7)
    CELL("injured", "(previously", 1, 14)
    CELL("detained", "(previously", 2, 23)
    D("evening of [Saturday, 24 August]", "2024-08-24")
    POP("some [600] people", 600, "about")
    X("about [1 kilometre]", 1, "kilometre")
    A("Border Troops [said] two", OS, BT)
    K("killed", "said [two] residents", 2)
    K("injured", "killed and [three] injured, and", 3)
    L("from [Eshkashem] district", "AF-BDS", "district", role="origin")
    L("district in [Afghanistan]", None, "country", role="origin")
    A("Ishkoshim [confirmed]", OS, "the district hospital in Ishkoshim")
    A("Badakhshan [rejected]", DEN, "Taliban officials in Badakhshan")
    K("killed", "The other [three] deaths", 3)
    D("deaths in [August] were", "2024-08-01", "2024-08-31")
    K("killed", "were [a] fisherman", 1)
    D("Poyon on [3 August]", "2024-08-03")
    K("killed", "and [two] Afghan nationals", 2)
    D("Darvoz on [17 August]", "2024-08-17")
    A("[according to the Border Troops]", OS, BT)


@spec("eval_z13_chronology_badakhshan.txt")
def _z13():  # no header; dateline KHORUGH, Tuesday 30 August 2022
    L("[KHORUGH], 30 August", "TJ-GB", "town")
    D("KHORUGH, [30 August 2022]", "2022-08-30")
    W("[mines] on the pastures", "mine")
    D("border since [January], compiled", "2022-01-01", "2022-01-31")
    D("[12 January] - Vanj", "2022-01-12")
    K("detained", "detains [three] Afghan", 3)
    A("Border Troops [say] the men", OS, BT)
    D("[3 March] - Rushon", "2022-03-03")
    K("killed", "[A] shepherd, 62", 1)
    W("an [anti-personnel mine]", "mine")
    K("injured", "His [nephew] is injured", 1)
    D("[28 April] - Darvoz", "2022-04-28")
    L("Fire from the [Afghan bank]", None, "country", role="origin")
    K("injured", "wounds [two] road workers", 2)
    A("Darwaz [says] his men", DEN, "the Taliban district chief in Darwaz")
    D("[14 June] - Ishkoshim", "2022-06-14")
    K("killed", "[Two] bodies are recovered", 2)
    D("[the next day]", "2022-06-15")
    K("missing", "[three] people are still missing", 3)
    A("Relatives [say]", REP, "relatives")
    D("[2 August] - Shighnan", "2022-08-02")
    A("Taliban police [say] one", OS, "Taliban police in Shighnan")
    K("killed", "say [one] of their officers", 1)
    L("fire from the [Tajik bank]", None, "country", role="origin")
    A("Border Troops [deny] firing", DEN, BT)
    D("[Monday] - Khorugh", "2022-08-29")
    A("administration [says] a grenade", OS, "the regional administration")
    W("a [grenade] thrown", "grenade")
    K("injured", "injured [a] soldier", 1)
    K("injured", "and [a] passer-by", 1)
    A("Residents [say] three", REP, "residents of Khorugh")
    K("injured", "say [three] people were hurt", 3)
    D("total [since January]", "2022-01-01", "2022-01-31")
    A("[by our count]", REP, "the outlet's correspondent")
    K("killed", ": [4] killed", 4)
    K("injured", "killed, [5] injured", 5)
    K("missing", "injured, [3] missing", 3)
    K("detained", "and [3] detained", 3)
    A("own [figure]", OS, BT)
    K("killed", "is [2] killed", 2)
    K("injured", "killed and [3] injured;", 3)
    X("about [500 kilometres]", 500, "kilometres")


@spec("eval_z14_legal_brief_incidents.txt")
def _z14():  # published 2026-05-20 (Wednesday)
    PET = "the petitioners (brief by counsel)"
    D("PETITION OF [14 APRIL 2026]", "2026-04-14")
    D("petitioners, [20 May 2026]", "2026-05-20")
    D("Darvoz district, [14 August 2024]", "2024-08-14")
    W("An [unmanned aerial vehicle]", "drone")
    A("Border Troops [stated]", OS, BT)
    K("killed", "that [one] worker", 1)
    K("injured", "killed and [one] injured", 1)
    A("outlets [reported]", REP, "two independent news outlets")
    K("killed", "reported [two] workers", 2)
    A("foreman, [states]", REP, "the crew foreman, the petitioners' witness")
    K("killed", "that [two] men died", 2)
    K("injured", "that [a third] was wounded", 1)
    D("[night of 2-3 September 2025]", "2025-09-02", "2025-09-03")
    K("killed", "[Two] Tajik servicemen", 2)
    K("injured", "killed and [three] injured in", 3)
    A("[according to the Border Troops]", OS, BT)
    K("killed", "families of [four] Afghan men", 4)
    D("returned on [11 September]", "2025-09-11")
    A("Yangi Qala, whose bodies were returned on 11 September, [maintain]", REP, "the families")
    A("Takhar police [deny]", DEN, "the Takhar police")
    L("crossed from [Afghanistan]", None, "country", role="origin")
    D("Kunduz, [18 January 2026]", "2026-01-18")
    K("killed", "[Three] fishermen drowned", 3)
    A("Kunduz [allege]", OS, "the Taliban police in Kunduz")
    L("shots from the [Tajik bank]", None, "country", role="origin")
    A("Border Troops [deny] that any shots", DEN, BT)
    A("petitioners [submit]", REP, PET)
    K("killed", "families of [nine] persons", 9)
    K("injured", "for [one] person injured", 1)


if __name__ == "__main__":
    sys.exit(build(SPECS, articles=ART, pattern="eval_z*.txt", rel=REL, gaz=GAZ, out=HERE / "truth.jsonl"))
