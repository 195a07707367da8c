"""Casualty figures in specialist formats (session 10c): tables whose rows are labelled with a kind
("| Deaths (police) | 4 | 7 |"), event rows under a column list given one blank line above them, a data row
holding a kind word in another column ("| Arrests | 0 |"), low/best/high estimates after a kind label,
and elided or counted ordinal deaths ("and a fourth in hospital", "the third of its men to die"). Each rule
has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def full(text: str) -> list[tuple]:
    return sorted((c["kind"], c["value"], c["qualifier"]) for c in claims_of(text) if c["kind"] in KINDS)


ROW_LABEL_TABLE = """Border tolls by year, as compiled by the Vakhsh Monitor.

| | 2022 | 2023 |
|---|---|---|
| Incidents | 12 | 18 |
| Deaths (police) | 4 | 7 |
| Wounded (hospital) | 6 | 10 |
| Arrested | 51 | 66 |

The figures are provisional.
"""

EVENT_ROWS = """Incident log (day | district | type | fatalities | remarks)

2023-05-02 | Panj | Shooting | 3 | Police said three smugglers were shot.
2023-05-11 | Vanj | Arrests | 0 | Nine men held after crossing the river.
2023-05-19 | Darvoz | Flood | 1 | A fisherman drowned.
"""


def test_row_labelled_table():
    got = figures(ROW_LABEL_TABLE)
    for kind, value in [("killed", 4), ("killed", 7), ("injured", 6), ("injured", 10),
                        ("detained", 51), ("detained", 66)]:
        assert got[(kind, value)] >= 1, (kind, value)
    assert not got[("killed", 12)] and not got[("killed", 18)]  # the incidents row counts no people


def test_event_rows_under_header_across_blank_line():
    got = figures(EVENT_ROWS)
    assert got[("killed", 3)] >= 1
    assert got[("killed", 0)] >= 1  # the "Arrests" row is a data row, not a new header
    assert got[("killed", 1)] >= 1
    assert not got[("killed", 2023)]


def test_blank_line_does_not_join_prose_to_a_table():
    text = "Tolls were low this spring.\n\nThe convoy left at 6 | 7 | 8 on the ferry board.\n"
    assert not figures(text)


@pytest.mark.parametrize("text, expected", [
    ("Deaths: low 3, best 5, high 9.", [("killed", 3, "at_least"), ("killed", 5, "about"), ("killed", 9, "up_to")]),
    ("Injured: low 2, best 4, high 10. Sources: a clinic in Kulob.",
     [("injured", 2, "at_least"), ("injured", 4, "about"), ("injured", 10, "up_to")]),
])
def test_low_best_high_estimates(text, expected):
    assert full(text) == sorted(expected)


def test_estimate_words_without_label_are_no_figures():
    assert not figures("River levels: low 3, high 9 metres at the Nizhny Panj gauge.")


@pytest.mark.parametrize("text, expected", [
    ("Three porters died at the checkpoint and a fourth in hospital in Kulob on Sunday.",
     {("killed", 3): 1, ("killed", 1): 1}),
    ("Sergeant Rahmonov was the fourth of the unit's soldiers to die since March.", {("killed", 1): 1}),
    ("Karimov became the second guard to be killed this year.", {("killed", 1): 1}),
])
def test_ordinal_deaths(text, expected):
    assert figures(text) == Counter(expected)


@pytest.mark.parametrize("text", [
    "It was the second time to die laughing at his jokes, she wrote.",
    "Two were wounded and a third in hospital for tests.",
])
def test_ordinal_negatives(text):
    got = figures(text)
    assert not got[("killed", 1)]


@pytest.mark.parametrize("text, expected", [
    ("Since 2019, at least 30 people have died on the river, by the agency's tally: 14 soldiers, 10 fishermen "
     "and 6 traders.", {("killed", 30): 1, ("killed", 14): 1, ("killed", 10): 1, ("killed", 6): 1}),
    ("Our estimate: the death toll is between 4 and 8.", {("killed", 4): 1}),
    ("Police said 3 guards died; monitors put the figure at between 5 and 9.", {("killed", 3): 1, ("killed", 5): 1}),
])
def test_breakdown_after_count_phrase_and_closed_ranges(text, expected):
    assert figures(text) == Counter(expected)


def test_closed_range_bounds():
    got = [(c["low"], c["high"]) for c in claims_of("Our estimate: the death toll is between 4 and 8.")
           if c["kind"] == "killed"]
    assert got == [(4, 8)]


@pytest.mark.parametrize("text", [
    "Two guards were killed near Vanj, police said: the patrol had 12 men.",
    "The toll is between them and God, the mullah said.",
])
def test_breakdown_and_range_negatives(text):
    got = figures(text)
    assert not got[("killed", 12)] and sum(v for (k, _), v in got.items() if k == "killed") <= 1
