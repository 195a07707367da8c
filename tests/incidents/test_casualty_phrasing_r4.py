"""Casualty phrasings of round 4, each rule on sentences written for these tests (not taken from any
eval article), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, kinds_values

# --- a count whose parts are named between commas ---------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Two hikers, a teacher and her nephew, drowned in the lake.",
     [("killed", "Two hikers", 2), ("killed", "a teacher", 1), ("killed", "her nephew", 1)]),
    ("Five customs officers, a major and four sergeants, were wounded at the crossing.",
     [("injured", "Five customs officers", 5), ("injured", "a major", 1), ("injured", "four sergeants", 4)]),
    ("Four members of the household, a grandfather and three grandsons, were killed in the blast.",
     [("killed", "Four members of the household", 4), ("killed", "a grandfather", 1),
      ("killed", "three grandsons", 3)]),
])
def test_comma_parts(sentence, expected):
    assert cas(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one renamed person is an aside, not a list of parts
    ("One guard, a veteran of the reserve, was killed.", [("killed", 1)]),
    # no closing comma: the people after the first comma are added, not parts
    ("Two guards, a cook and a driver were wounded.", [("injured", 2), ("injured", 1), ("injured", 1)]),
    # the parts are not people
    ("Two trucks, a tanker and a van, were hit by shells.", []),
])
def test_comma_parts_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- a possessive person opening the sentence as the subject of a passive term -------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Her nephew was wounded by a stray bullet.", [("injured", 1)]),
    ("Their grandmother was killed when the roof fell in.", [("killed", 1)]),
    ("After the shooting stopped, his cousin was detained by soldiers.", [("detained", 1)]),
    ("Farida, her uncle and a neighbour were injured.", [("injured", 1), ("injured", 1)]),
])
def test_possessive_subject(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Her nephew was treated for cuts at the clinic.", []),  # care, not a count
    ("His tractor was hit by shrapnel.", []),  # no person
    ("His family was killed.", []),  # a group of unknown size
    ("Her sons were killed.", []),  # plural: how many is not said
    ("Our brother and our cousin were killed.", [("killed", 1), ("killed", 1)]),  # the pair, read as before
])
def test_possessive_subject_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "no <people> were among the dead/wounded": a zero of that kind ---------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The governor said no foreigners were among the dead.", [("killed", 0)]),
    ("No children were among those wounded, the clinic said.", [("injured", 0)]),
])
def test_none_among_the_group(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "No officials were among the mourners at the funeral.",  # not a casualty group
    "No journalists were among the crowd.",
])
def test_none_among_negatives(sentence):
    assert kinds_values(sentence) == []
