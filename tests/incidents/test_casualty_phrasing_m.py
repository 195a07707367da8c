"""Casualty phrasings found through dev sets M and N and sentence set 3, each rule on sentences written for
these tests (not taken from the sets), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of

CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


def _kv(text: str) -> list[tuple[str, float]]:
    return [(c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS]


# --- left verbs: "liquidated", a verb in quotes, "rounded up", "a family of N" ---------------------------


@pytest.mark.parametrize("text, want", [
    ("Troops said they had liquidated 4 (four) gunmen and captured 3 (three) near the ford.",
     [("killed", 4), ("detained", 3)]),
    ('The ministry said its forces had "eliminated" six raiders and arrested two others.',
     [("killed", 6), ("detained", 2)]),
    ("Police rounded up 25 men after the riot in the bazaar.", [("detained", 25)]),
    ("The rockfall killed a family of five on the valley road.", [("killed", 5)]),
    ("The dead numbered seven and the wounded twelve, the clinic said.", [("killed", 7), ("injured", 12)]),
])
def test_left_verbs(text, want):
    assert _kv(text) == want


def test_family_of_not_one_person():
    assert ("killed", 1) not in _kv("The rockfall killed a family of five on the valley road.")


# --- numbers: "2 dozen" ------------------------------------------------------------------------------------


def test_digit_dozen():
    assert _kv("Guards detained 3 dozen traders at the crossing.") == [("detained", 36)]


def test_dozens_after_digit_is_not_a_scale():
    assert ("detained", 36) not in _kv("Guards detained 3 dozens of traders at the crossing.")


# --- "one family": a group, not a person -------------------------------------------------------------------


def test_members_of_one_household():
    assert _kv("Five members of one household lost their lives in the fire.") == [("killed", 5)]


def test_one_family_member_still_one():
    assert ("injured", 1) in _kv("A shepherd and one family member were hurt in the blast.")


# --- animals are not counted -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A mudslide killed a herder and 200 goats near the pass.",
    "Rangers found 30 dead sheep after the storm.",
    "Three wounded horses were put down by the vets.",
])
def test_animals_not_counted(text):
    assert all(v in (None, 1) for _, v in _kv(text))


def test_person_after_animals_still_counted():
    assert _kv("Two dead guards were found by the patrol.") == [("killed", 2)]
    assert _kv("Two killed hours after the blast, officials said.") == [("killed", 2)]


# --- inverted order with a long place phrase or a named person first ---------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Killed in the blast at the Panj river crossing were three officers of the customs service.", [("killed", 3)]),
    ("Killed were the bus driver and three passengers, the police said.", [("killed", 3)]),
    ("Wounded were two soldiers.", [("injured", 2)]),
])
def test_inverted(text, want):
    assert _kv(text) == want


def test_inverted_only_at_sentence_start():
    assert _kv("The men who were in the house were four brothers.") == []


# --- "put the dead at N", "cost N soldiers their lives" ----------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Villagers put the dead at six.", [("killed", 6)]),
    ("Doctors put the wounded at 14.", [("injured", 14)]),
    ("The ambush cost at least 12 conscripts their lives.", [("killed", 12)]),
])
def test_put_and_cost(text, want):
    assert _kv(text) == want


@pytest.mark.parametrize("text", ["The fire cost two firemen their jobs.", "The war cost 4 families their homes."])
def test_cost_not_lives(text):
    assert _kv(text) == []


# --- a possessive person joined to one object --------------------------------------------------------------


def test_object_and_possessive_person():
    assert _kv("The shelling killed a grandfather and his grandson.") == [("killed", 1), ("killed", 1)]


def test_possessive_not_person():
    assert _kv("The shelling killed a grandfather and his cow.") == [("killed", 1)]


# --- zeros: "none of … had been detained", "nobody was hit" ------------------------------------------------


def test_zero_detained_and_hit():
    assert _kv("Police said none of the marchers had been detained.") == [("detained", 0)]
    assert _kv("Guards fired warning shots and nobody was hit.") == [("injured", 0)]


# --- "were caught": people only, not "caught in the crossfire" ----------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Seven Afghan migrants were caught trying to cross the river.", [("detained", 7)]),
    ("Four thieves were caught in the act in the market.", [("detained", 4)]),
    ("Two children were caught in the crossfire and wounded.", [("injured", 2)]),
    ("Two boats were caught by the patrol.", []),
])
def test_were_caught(text, want):
    assert _kv(text) == want


# --- a toll figure with its own kind word; a participle then a death ---------------------------------------


def test_toll_from_injured():
    assert ("killed", 2) not in _kv("The new strike raised the toll from two injured reported earlier to three dead.")
    assert ("injured", 2) in _kv("The new strike raised the toll from two injured reported earlier to three dead.")


def test_participle_injured_then_died():
    assert _kv("A porter injured in the rockfall on the old mountain road succumbed to his wounds.") == [("killed", 1)]
    assert _kv("Two men injured in the blast were taken to hospital.") == [("injured", 2)]


# --- person nouns, "one of our … guards was hit", revised figures, the released part of the detained --------


def test_cleric_is_a_person():
    assert _kv("Gunmen shot dead a local cleric on Friday.") == [("killed", 1)]


def test_one_of_our_guards_hit():
    assert _kv("There was an exchange of fire, and one of our young guards was hit in the leg.") == [("injured", 1)]
    assert _kv("One of the three buses was hit by a shell.") == []


def test_earlier_figure_restated():
    got = _kv("Five people died in the mudflow, the agency said, revising its earlier figure of 7.")
    assert got == [("killed", 5), ("killed", 7)]
    assert _kv("Another body was found, raising the number of drowned miners to five.")[-1] == ("killed", 5)


@pytest.mark.parametrize("text", [
    "Of the 25 men arrested, 9 were later released without charge.",
    "Police detained 12 people; 4 of them were released on Monday.",
])
def test_released_part_not_detained(text):
    assert len(_kv(text)) == 1


# --- two possessive persons sharing one verb; "no X were killed or injured"; "was not hurt" ---------------


def test_two_possessive_persons():
    assert _kv("My uncle and my nephew were killed in the raid.") == [("killed", 1), ("killed", 1)]
    assert _kv("My family and my brother were hurt.") == [("injured", 1)]
    assert _kv("My uncle and my nephew were released.") == []


def test_zero_killed_or_injured():
    assert sorted(_kv("He said no Afghan guards were killed or injured.")) == [("injured", 0), ("killed", 0)]


def test_not_hurt_is_zero():
    assert _kv("Two men died; a third passenger was not hurt.") == [("killed", 2), ("injured", 0)]
    assert _kv("Four people were not only wounded but robbed.") == [("injured", 4)]
