"""Casualty phrasings of round 9 (conflicting and evolving figures), each rule on sentences written for these
tests (not taken from any eval set), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import kinds_values

# --- a wounded person who then died is killed only ---------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Two wounded porters died in the clinic at Vanj.", [("killed", 2)]),
    ("Three injured drivers had died by the evening.", [("killed", 3)]),
    ("A herder who was injured by a shell near the ford on Sunday died of his wounds.", [("killed", 1)]),
    ("A ten-year-old girl who was wounded by a mine near the orchard succumbed to her injuries.", [("killed", 1)]),
    ("Seven rangers died: four at the outpost and three later from their wounds.",
     [("killed", 7), ("killed", 4), ("killed", 3)]),
])
def test_wounded_then_died(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two wounded porters were carried to the clinic at Vanj.", [("injured", 2)]),
    ("Two wounded sheep died on the pass.", []),
    ("Three wounded drivers, who died later, were named.", [("injured", 3)]),
    ("A herder who was injured in the raid on the village where two neighbours died was flown out.",
     [("injured", 1), ("killed", 2)]),
    ("Seven rangers were hurt and three later from their wounds.", [("injured", 7), ("injured", 3)]),
])
def test_wounded_then_died_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- a figure split after a colon into counts by place or time that add up to it --------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Eight herders died: five on the slope and three later in the clinic.",
     [("killed", 8), ("killed", 5), ("killed", 3)]),
    ("Seven traders were detained on Tuesday: four in Kulob, and three near the market.",
     [("detained", 7), ("detained", 4), ("detained", 3)]),
])
def test_colon_split(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eight herders died: five on the slope and one later in the clinic.", [("killed", 8)]),
    ("Eight herders died: five on the slope, and the rest at home.", [("killed", 8)]),
    ("Eight herders died. Five on the slope and three in the clinic.", [("killed", 8)]),
])
def test_colon_split_negatives(sentence, expected):
    assert kinds_values(sentence) == expected
