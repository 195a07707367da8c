"""Casualty phrasings found through the second blind sentence set (casualties2.jsonl), each rule on
sentences written for these tests (not taken from the set), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, kinds_values

# --- terms: "did not survive", "feared drowned", "vanished", "swept away", "fatality", "into custody" ------


@pytest.mark.parametrize("sentence, expected", [
    ("The three miners trapped underground did not survive.", [("killed", 3)]),
    ("Four anglers feared drowned in the reservoir are still being sought.", [("missing", 4)]),
    ("Two hikers vanished on the glacier last week.", [("missing", 2)]),
    ("Rescuers are searching for five villagers swept away by the flood.", [("missing", 5)]),
    ("The ministry confirmed 1 fatality in the blast.", [("killed", 1)]),
    ("Officers took four youths into custody after the brawl.", [("detained", 4)]),
    ("An escaped inmate was recaptured near the railway station.", [("detained", 1)]),
])
def test_new_terms(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two bridges were swept away by the flood.",
    "Five wolves were killed by hunters near the pasture.",
    "The old customs house did not survive the earthquake.",
])
def test_new_terms_negatives(sentence):
    assert cas(sentence) == []


# --- abducted / kidnapped are not detentions (set F keeps "held hostage" a detention) ----------------------


@pytest.mark.parametrize("sentence", [
    "Armed men abducted three engineers on the mountain road.",
    "Two drivers were kidnapped on the road to the pass.",
])
def test_abductions_not_detained(sentence):
    assert [k for k, _ in kinds_values(sentence)] == []


def test_arrests_still_detained():
    assert kinds_values("Police arrested three men at the bazaar.") == [("detained", 3)]
