"""Casualty tables and lexicon, ninth session: column lists whose header names the kinds in order
("(killed / injured / missing)") over rows of one figure per kind. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, header, kind

CASUALTY = ("killed", "injured", "missing", "detained")


def _figures(body: str) -> list[tuple[str, str, float]]:
    text = header("2025-05-10") + body
    return [(c["kind"], c["text"], c["value"]) for c in sorted(kind(claims_of(text), *CASUALTY),
                                                             key=lambda c: c["start"])]


@pytest.mark.parametrize("body, expected", [
    # slashes, a bullet and a label with a bracket; zeros are figures too
    ("The monitors published their tally.\n\nTotals by district (dead / wounded / missing):\n"
     "- Rushon: 7 / 12 / 3\n- Vanj (centre): 0 / 5 / 0\n\nThe count is provisional.\n",
     [("killed", "7", 7), ("injured", "12", 12), ("missing", "3", 3),
      ("killed", "0", 0), ("injured", "5", 5), ("missing", "0", 0)]),
    # commas, the header's kinds first, no bullets
    ("Killed, injured, detained by sector:\nShuro: 2, 6, 11\nKevron: 1, 0, 4\n\nOther news.\n",
     [("killed", "2", 2), ("injured", "6", 6), ("detained", "11", 11),
      ("killed", "1", 1), ("injured", "0", 0), ("detained", "4", 4)]),
    # pipes between the kinds inside a bracket, pipes between the figures
    ("Figures per post (killed | wounded):\nUpper post | 2 | 5\nLower post | 0 | 1\n\nEnd.\n",
     [("killed", "2", 2), ("injured", "5", 5), ("killed", "0", 0), ("injured", "1", 1)]),
    # a blank line between the header and its rows
    ("Losses by month (killed / missing):\n\n- March: 4 / 1\n- April: 3 / 2\n\nEnd.\n",
     [("killed", "4", 4), ("missing", "1", 1), ("killed", "3", 3), ("missing", "2", 2)]),
])
def test_column_list(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    # a row whose figure count differs from the kinds named: nothing is guessed
    "Figures by village (killed / injured / missing):\n- Sayod: 4 / 9\n\nEnd.\n",
    # no header naming kinds above the rows: scores and dates are no casualties
    "Results of the border football cup:\n- Panj: 3 / 1\n- Vose: 2 / 2\n\nEnd.\n",
    "The tender numbers were listed as follows:\nLot A: 14, 22, 30\n\nEnd.\n",
])
def test_no_column_list(body):
    assert _figures(body) == []


@pytest.mark.parametrize("sentence, expected", [
    # injuries named by what was lost: sight, a limb
    ("A herder was killed by a mine and his nephew, 9, was blinded.", [("killed", 1), ("injured", 1)]),
    ("Two deminers were blinded by the blast near the ridge.", [("injured", 2)]),
    ("Last autumn a girl stepped on a mine near the canal and lost a leg.", [("injured", 1)]),
    # person nouns a reporter uses for victims
    ("His friend, a 20-year-old from the same village, is still missing.", [("missing", 1)]),
    ("Her companion was wounded in the shelling.", [("injured", 1)]),
    ("Two of his colleagues were detained at the crossing.", [("detained", 2)]),
])
def test_lexicon_terms(sentence, expected):
    from tests.incidents.helpers import kinds_values

    assert kinds_values(sentence) == expected
