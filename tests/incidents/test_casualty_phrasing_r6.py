"""Casualty phrasings of round 6 (recall traps), each rule on sentences written for these tests (not taken
from any eval set), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import kinds_values

# --- terms: frostbite, medical help, "not been seen since", "feared trapped", disappearances ------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Five hikers were treated for frostbite at the Murghob clinic.", [("injured", 5)]),
    ("Two herders suffered frostbite on the pass.", [("injured", 2)]),
    ("Thirty residents applied for medical help after the tremor.", [("injured", 30)]),
    ("Three fishermen have not been seen since the storm on Monday.", [("missing", 3)]),
    ("Eleven workers are feared trapped under the rubble.", [("missing", 11)]),
    ("The monitors counted 48 enforced disappearances in the region.", [("missing", 48)]),
])
def test_new_terms(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two crates of medicine for frostbite were delivered to the post.",
    "The two boats have not been seen since the flood.",
    "The clinic has 40 beds and two doctors.",
])
def test_new_terms_negatives(sentence):
    assert kinds_values(sentence) == []
