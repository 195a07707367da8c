"""Casualty phrasings of round 7 (coordinated objects, ellipsis, false figures), each rule on sentences written
for these tests (not taken from any eval set), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import kinds_values

# --- a second, counted object joined to a first one: definite person first, or a noun's "of" ------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The rocket killed the shepherd and four of his relatives.", [("killed", 4)]),
    ("Rangers arrested the courier and three accomplices near the ferry.", [("detained", 3)]),
    ("The bodies of the ferryman and his two sons were pulled from the river.", [("killed", 2)]),
    ("The bodies of four porters and a cook were carried down the valley.", [("killed", 4), ("killed", 1)]),
])
def test_second_object(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Officers questioned the courier and three accomplices near the ferry.", []),
    ("The rocket killed the shepherd and 60 sheep.", []),
    ("The rocket killed the shepherd and four relatives were hurt.", [("injured", 4)]),
    ("The bodies of two porters were carried down and three climbers were injured.",
     [("killed", 2), ("injured", 3)]),
])
def test_second_object_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "the" before the figure after a verb; "took a total of N people to hospital" --------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Customs officers detained the four drivers at the terminal.", [("detained", 4)]),
    ("Medics took a total of 9 villagers to the clinic in Vanj.", [("injured", 9)]),
])
def test_the_figure(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The avalanche killed the 30 goats of the herder.",
    "The lorry took a total of 9 crates to the depot.",
])
def test_the_figure_negatives(sentence):
    assert kinds_values(sentence) == []


# --- "and another / a further N" after a claim: the same verb, elided ---------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Border troops detained four herders on Friday and another two on Saturday.",
     [("detained", 4), ("detained", 2)]),
    ("Three porters were injured in the morning and a further five in the afternoon.",
     [("injured", 3), ("injured", 5)]),
])
def test_further_ellipsis(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Border troops detained four herders and another two were let go.", [("detained", 4)]),
    ("The mudflow killed 2 villagers and another 70 goats.", [("killed", 2)]),
])
def test_further_ellipsis_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- false figures: a second verb's own object, animals, mourners, "N-day", illness, deportation ------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Investigators interviewed 25 traders and arrested 3 of them.", [("detained", 3)]),
    ("Camels, 12 of them, died in the sandstorm.", []),
    ("Some 900 mourners attended the burial of the slain officer.", []),
    ("The two-week operation to find the missing climber was called off.", []),
    ("Nine pupils were hospitalised with food poisoning in Kulob.", []),
    ("Of the 40 migrants detained last month, 30 were deported and 10 are still held.",
     [("detained", 40), ("detained", 10)]),
])
def test_false_figures(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Twenty-five traders were questioned and arrested.", [("detained", 25)]),
    ("Porters, 12 of them, died in the avalanche.", [("killed", 12)]),
    ("Nine pupils were hospitalised with shrapnel wounds in Kulob.", [("injured", 9)]),
    ("A three-man patrol was ambushed and all three were killed.", [("killed", 3)]),
])
def test_false_figures_near_misses(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "and two others escaped": the others got away ------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Three couriers were caught at the ford and two others fled into the reeds.", [("detained", 3)]),
    ("Six poachers were arrested while three others are still at large.", [("detained", 6)]),
    ("Three couriers were caught at the ford and two others later.", [("detained", 3), ("detained", 2)]),
])
def test_others_escaped(sentence, expected):
    assert kinds_values(sentence) == expected
