"""Casualty figures in data formats (session 10d): CSV rows under a header line naming the kinds, table
cells with footnote marks ("7 (b)", "3[c]"), bracketed correction rows ("(earlier  4  9)"), rows labelled
with a kind whose other cells may be "-" ("no figure"), and multi-word column headers ("Soldiers wounded").
Each rule has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


CSV = """The clinic's log, reproduced below, lists every admission from the river districts.

day,town,cause,killed,injured
2021-03-02,Kumsangir,mine blast,2,1
2021-04-11,Jilikul,sniper fire,0,4
2021-05-19,Vose,boat overturned,3,0
ALL,,,5,5

The clinic has not commented.
"""


def test_csv_rows_under_a_kind_header():
    assert figures(CSV) == Counter({("killed", 2): 1, ("injured", 1): 1, ("killed", 0): 1, ("injured", 4): 1,
                                    ("killed", 3): 1, ("injured", 0): 1, ("killed", 5): 1, ("injured", 5): 1})


CSV_NO_KINDS = """Prices at the Murghob market, in somoni:

item,march,april,may
flour,4,5,6
rice,9,9,10
"""


def test_csv_without_kind_columns_gives_nothing():
    assert figures(CSV_NO_KINDS) == Counter()


CSV_DASH = """year,region,dead,injured,missing
2019,Rasht,-,1,2
2020,Rasht,1,-,0
"""


def test_csv_dash_cell_is_no_figure():
    assert figures(CSV_DASH) == Counter({("injured", 1): 1, ("missing", 2): 1, ("killed", 1): 1,
                                         ("missing", 0): 1})


FOOTNOTES = """Losses on the frontier in 2021, by group.

                      DEAD     WOUNDED
Police officers         3 (a)     8
Farmers                 5        12 (b)
Total                   8        20

(a) Two of them in one ambush. (b) Includes three children.
"""


def test_aligned_cells_with_footnote_marks():
    f = figures(FOOTNOTES)
    for fig in (("killed", 3), ("killed", 5), ("killed", 8), ("injured", 8), ("injured", 12), ("injured", 20)):
        assert f[fig] >= 1, fig


WIKI_MARKS = """| Date | Place | Killed | Injured |
|---|---|---|---|
| 3 May 2019 | Khamadoni | 4[c] | 1 |
| 9 June 2020 | Kulob | 0 | 2[d] |
"""


def test_piped_cells_with_bracket_marks():
    assert figures(WIKI_MARKS) == Counter({("killed", 4): 1, ("injured", 1): 1, ("killed", 0): 1, ("injured", 2): 1})


CORRECTION_ROW = """Quarter      Killed    Wounded
Q1             2         5
Q2             1         3
(earlier       4         9)
"""


def test_bracketed_correction_row():
    f = figures(CORRECTION_ROW)
    assert f[("killed", 4)] == 1 and f[("injured", 9)] == 1


LABELLED_DASH = """                          Police       Village council
Farmers killed               2              -
Soldiers wounded             -              6
Men detained                 1              0
"""


def test_kind_labelled_rows_with_dash_cells():
    assert figures(LABELLED_DASH) == Counter({("killed", 2): 1, ("injured", 6): 1, ("detained", 1): 1,
                                              ("detained", 0): 1})


MULTI_WORD_HEAD = """Post            Soldiers killed     Soldiers wounded
Kalai Khumb             1                    3
Rushon                  0                    2
"""


def test_multi_word_column_headers():
    assert figures(MULTI_WORD_HEAD) == Counter({("killed", 1): 1, ("injured", 3): 1, ("killed", 0): 1,
                                                ("injured", 2): 1})


def test_plain_number_lists_are_no_csv():
    assert figures("The bridge spans 1,250 metres and carried 3,400 lorries in 2022, 2,900 in 2021.") == Counter()


def test_earlier_period_figures_in_brackets():
    f = figures("Guards detained 230 trespassers during the year (2022: 205).")
    assert f[("detained", 230)] == 1 and f[("detained", 205)] == 1
    f = figures("Three soldiers were killed and 9 were wounded (2021: 2 and 7).")
    assert f[("killed", 2)] == 1 and f[("injured", 7)] == 1
    f = figures("- 8 farmers injured (previous month: 5)")
    assert f[("injured", 5)] == 1


def test_brackets_without_a_period_or_figure_are_no_claims():
    assert figures("Four guards were killed (see map: 2).") == Counter({("killed", 4): 1})
    assert figures("The post lies on the river (built 2019: 3 storeys).") == Counter()
