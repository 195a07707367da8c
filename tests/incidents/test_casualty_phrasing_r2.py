"""Casualty phrasings of round 2 (unseen-phrasing recall), each rule on sentences written for these
tests (not taken from any eval article), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from incidents.casualties import find_casualties
from tests.incidents.helpers import claims_of, kind, kinds_values

# --- a long gap that is one noun phrase ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In May a 12-year-old girl gathering apricots in an orchard on the slope above the river was wounded.",
     [("injured", 1)]),
    ("Two teenagers herding goats on the hillside high above the village of Shogun last spring were killed.",
     [("killed", 2)]),
    ("A shepherd grazing his flock on the pasture near the old frontier post at dawn was injured.",
     [("injured", 1)]),
])
def test_long_plain_gap(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # another clause or verb inside the gap: the figure is not the victim
    "Two men crossed the river at night near the village of Shogun and a dog on the bank was wounded.",
    "Three soldiers said that the boy who lived in the house by the river was killed.",
    "Four patrols in the hills above the village on the bank of the river near the post were hurt.",
    "Five men fired at the post from the island in the middle of the river before dawn were killed.",
])
def test_long_gap_negatives(sentence):
    assert kinds_values(sentence) == []


# --- a non-person noun that modifies a person noun ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A truck driver suffered cuts when the windscreen shattered.", [("injured", 1)]),
    ("Two boat passengers were injured by flying glass.", [("injured", 2)]),
    ("Three school teachers were hurt in the blast.", [("injured", 3)]),
])
def test_compound_person_noun(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two trucks were hurt badly in the market, one shop owner joked.",
    "Three houses were damaged and two cars destroyed.",
])
def test_compound_person_noun_negatives(sentence):
    assert kinds_values(sentence) == []


# --- injury by a lost body part ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Last summer a herder's son lost two fingers to a blast by the river.", [("injured", 1)]),
    ("A conscript lost his left leg when a mine went off under him.", [("injured", 1)]),
    ("Two soldiers lost their hands in the accident.", [("injured", 2)]),
])
def test_lost_body_part(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A farmer lost two cows to the flood.",
    "The team lost two games in a row.",
    "A soldier lost his rifle on the march.",
])
def test_lost_body_part_negatives(sentence):
    assert kinds_values(sentence) == []


def test_lost_body_part_of_one_already_counted():
    s = "One of the wounded, a conscript of 20, lost his sight, his mother said."
    assert not [c for c in find_casualties(s, 0, len(s), []) if "lost" in s[c.start:c.end]]


# --- "brought in" to a hospital ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A doctor in the regional centre said up to five people had been brought in.", [("injured", 5)]),
    ("Staff at the district hospital say 4 people were brought in overnight.", [("injured", 4)]),
    ("Two more patients were brought in by ambulance after midnight.", [("injured", 2)]),
])
def test_brought_in(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two men were brought in for questioning, police said.",
    "200 troops were brought in to secure the area.",
    "Three surgeons were brought in from Dushanbe to help at the hospital.",
    "Four specialists were brought in by the hospital director.",
    "Six suspects were brought in on Monday.",
])
def test_brought_in_negatives(sentence):
    assert kinds_values(sentence) == []


def test_brought_in_headline_is_no_casualty():
    assert kinds_values("Suspect brought in after raid on market") == []


# --- treated for burns, cuts, fractures ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A woman was treated for burns after the shell hit her house.", [("injured", 1)]),
    ("Three workers were treated for cuts and bruises.", [("injured", 3)]),
    ("Two guards were treated for gunshot wounds at the post.", [("injured", 2)]),
])
def test_treated_for(sentence, expected):
    assert kinds_values(sentence) == expected


# --- a parent "of three" is no count ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed a father of three and injured his neighbour.", [("killed", 1), ("injured", 1)]),
    ("A mother of five was among the dead.", []),
    ("Two guards were killed, one of them a father of four.", [("killed", 2)]),
])
def test_parent_of_n(sentence, expected):
    got = kinds_values(sentence)
    assert all(v in (1, 2) for _, v in got) and got[:len(expected)] == expected


# --- the figure a correction rejects ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Our source now says two fighters were wounded, not 10.", [("injured", 2), ("injured", 10)]),
    ("Three guards were killed, not five as first reported.", [("killed", 3), ("killed", 5)]),
])
def test_not_n_correction(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two guards were wounded, not one of them seriously.", [("injured", 2)]),
    ("Three men were detained, not 12 hours after the raid.", [("detained", 3)]),
])
def test_not_n_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- end to end through the extractor -------------------------------------------------------------------------

def test_end_to_end_brought_in_and_lost_limb():
    text = ("Khorog, 3 May. A doctor at the regional hospital said three people had been brought in. "
            "A shepherd's son lost two fingers in a separate blast.\n")
    got = [(c["kind"], c["value"]) for c in kind(claims_of(text), "injured")]
    assert got == [("injured", 3), ("injured", 1)]


# --- a broken or fractured limb ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The clash left a guard with a broken arm.", [("injured", 1)]),
    ("Two soldiers suffered broken ribs when the vehicle overturned.", [("injured", 2)]),
    ("One porter was taken down the pass with a fractured skull.", [("injured", 1)]),
])
def test_broken_limb(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A chair with a broken leg stood by the door.",
    "Two tables with broken legs were left at the post.",
])
def test_broken_limb_negatives(sentence):
    assert kinds_values(sentence) == []
