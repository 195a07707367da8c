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


# --- a counted subject with a long relative clause or aside, then the main clause's passive term ---------------


@pytest.mark.parametrize("sentence, expected", [
    ("Three shepherds who had taken their flocks up to the summer pastures above the village of Sayod were "
     "injured by a landslide.", [("injured", 3)]),
    ("Five porters, who according to the expedition office had been carrying supplies to the upper camp on the "
     "glacier, were killed by the avalanche.", [("killed", 5)]),
    ("The two brothers from the hamlet of Darai Miyona whose car was last seen on the mountain road towards the "
     "pass on Friday night are still missing.", [("missing", 2)]),
])
def test_relative_clause_subject(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a reported clause: the term belongs to the guards, not to the journalists
    "Two journalists who wrote that the guards at the border post on the river near the village were killed "
    "were questioned.",
    # another person noun inside the clause may be the term's subject
    "Three teachers who had collected money for the families of the soldiers at the border post near the "
    "river were killed.",
    # no people
    "Two trucks which had been parked at the border crossing near the river bank for the whole night were "
    "destroyed.",
    # a conjunction clause: the term is the clause's
    "Four herders who had been sleeping in the hut above the village of Sayod when the soldiers were killed "
    "fled.",
])
def test_relative_clause_subject_negatives(sentence):
    assert kinds_values(sentence) == []


# --- a rising or falling count of the hospitalised, the missing, the unaccounted for ------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The number of those hospitalised after the fire has risen to 14.", [("injured", 14)]),
    ("By evening the number of those still missing had fallen to three.", [("missing", 3)]),
    ("The number of people unaccounted for has climbed to 9.", [("missing", 9)]),
])
def test_number_of_rises_or_falls(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The number of schools damaged has risen to 31.",
    "The number of hospital beds has risen to 40.",
])
def test_number_of_rises_negatives(sentence):
    assert kinds_values(sentence) == []
