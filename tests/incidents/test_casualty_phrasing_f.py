"""Casualty phrasings found through eval set F, each rule on sentences written for these tests (not
taken from the set's articles), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, kinds_values

# --- zeros ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "No one has claimed responsibility for the shelling.",
    "No one has been charged over the killing of the shepherd.",
    "No one survived to tell the story, the novel's narrator says.",
    "No one from the ministry was available for comment.",
    "Nobody answered the phone at the district office.",
])
def test_no_one_alone_is_no_zero_count(sentence):
    assert cas(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("No one is hurt, the village head says.", [("injured", 0)]),
    ("Nobody is hurt in the blast.", [("injured", 0)]),
    ("No soldiers are killed, the ministry insists.", [("killed", 0)]),
    ("No one in the convoy was hurt.", [("injured", 0)]),
    ("No one on the patrol boat was killed.", [("killed", 0)]),
    ("No one died.", [("killed", 0)]),
])
def test_present_tense_and_place_phrase_zeros(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "No civilian casualties, local elders said.",
    "There were no military casualties on either side.",
    "No casualties were reported.",
])
def test_no_adjective_casualties_is_a_zero_of_both_kinds(sentence):
    assert kinds_values(sentence) == [("killed", 0), ("injured", 0)]


@pytest.mark.parametrize("sentence", [
    "Two casualties were reported after the shelling.",
    "Ten of the 13 casualties were civilians.",
])
def test_casualties_never_takes_a_count(sentence):
    assert cas(sentence) == []  # killed or injured: the word alone does not say which


# --- present-tense verbs (timelines, headlines) -----------------------------------------------------------

def test_present_tense_injures_takes_its_object():
    assert cas("A mine injures three herders near the ford.") == [("injured", "injures three herders", 3)]


def test_present_tense_drowns_and_dies():
    assert kinds_values("A recruit drowns while crossing the stream.") == [("killed", 1)]
    assert kinds_values("One soldier dies of his wounds in hospital.") == [("killed", 1)]


def test_present_tense_negatives():
    assert cas("The river drowns out the sound of the guns.") == []
    assert cas("A mine injures nobody, the report says.") == []


# --- possessives and group wording after a casualty verb ------------------------------------------------------

def test_possessive_before_a_number():
    assert cas("The shell struck a yard, killing a girl and injuring her three cousins.") == [
        ("killed", "killing a girl", 1), ("injured", "injuring her three cousins", 3)]


def test_possessive_before_one_person_counts_one():
    assert cas("The rocket hit the farmhouse, killing two boys and wounding their father.") == [
        ("killed", "killing two boys", 2), ("injured", "wounding their father", 1)]
    assert kinds_values("Police arrested his nephew on Sunday.") == [("detained", 1)]


@pytest.mark.parametrize("sentence", [
    "The strike killed his family.",               # a group, not one person
    "The blast wounded their sons.",                # a plural with no number
    "He visited his mother in hospital.",           # no casualty verb before it
    "His brother said the guard was killed.",       # the possessive is the subject, not the victim
])
def test_possessive_negatives(sentence):
    assert cas(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Police reported the detention of a group of 6 persons near the bridge.", [("detained", 6)]),
    ("Guards arrested a gang of seven smugglers at dawn.", [("detained", 7)]),
    ("The air strike killed a total of 12 militants.", [("killed", 12)]),
])
def test_a_group_of_after_a_left_verb(sentence, expected):
    assert kinds_values(sentence) == expected


def test_a_group_of_without_a_casualty_verb():
    assert cas("The patrol found a group of 6 tents near the bridge.") == []


# --- "N of them" after a place or time phrase -------------------------------------------------------------

def test_of_them_after_a_place_phrase_is_a_part_of_the_group():
    assert kinds_values("Guards detained 14 people on the southern stretch, nine of them foreign nationals.") == [
        ("detained", 14), ("detained", 9)]
    assert kinds_values("Since March, 20 people have died in border clashes, 12 of them on the far bank.") == [
        ("killed", 20), ("killed", 12)]


@pytest.mark.parametrize("sentence, expected", [
    # a severity note after a time phrase is not a count of its own
    ("Four guards were injured on Thursday, one of them seriously.", [("injured", 4)]),
    # the part's own verb tells another event
    ("Six people were arrested in Vanj, two of them were released.", [("detained", 6)]),
    ("Six people were arrested, two of whom were released.", [("detained", 6)]),
    ("Six people were detained, two of them were later freed.", [("detained", 6)]),
    # another clause between: the part may count someone else
    ("Five guards were wounded when militants attacked the post, two of them from abroad.", [("injured", 5)]),
])
def test_of_them_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


def test_of_them_with_a_casualty_participle_stays_a_part():
    assert kinds_values("Six people were wounded, two of them were hospitalised.") == [("injured", 6), ("injured", 2)]


# --- persons -------------------------------------------------------------------------------------------

def test_more_person_nouns_after_a():
    assert kinds_values("A foreign hiker was hurt by a stray round.") == [("injured", 1)]
    assert kinds_values("An elderly pedestrian was killed when the truck overturned.") == [("killed", 1)]


# --- hospital admissions, "were held", age lists ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The toll of wounded rose to 9, with three more people admitted to the regional hospital.", [("injured", 3)]),
    ("Two men were rushed to hospital after the exchange of fire.", [("injured", 2)]),
    ("Four had been taken to the provincial hospital in the capital.", [("injured", 4)]),
])
def test_hospital_admission_counts_injured(sentence, expected):
    assert [kv for kv in kinds_values(sentence) if kv[1] != 9] == expected


@pytest.mark.parametrize("sentence", [
    "Two doctors were sent to the hospital on Monday.",                 # not admitted
    "Three ambulances were taken to the hospital yard.",                # not people
    "The wounded were taken to hospital in 2 ambulances.",               # the figure counts vehicles
])
def test_hospital_negatives(sentence):
    assert [kv for kv in kinds_values(sentence) if kv[0] == "injured" and kv[1] is not None] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Lawyers say dozens were held, some for months.", [("detained", None)]),
    ("Two Afghan men were held at the checkpoint.", [("detained", 2)]),
    ("Four traders were held hostage for a week.", [("detained", 4)]),
])
def test_were_held_counts_people_only(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two rallies were held in the capital.",
    "Both sides were held back by the flooded river.",
    "Three rounds of talks were held in Doha.",
])
def test_were_held_negatives(sentence):
    assert cas(sentence) == []


def test_a_list_of_ages_is_no_count():
    assert kinds_values("The three injured men, aged 19, 33 and 50, were taken to the clinic.") == [("injured", 3)]
    assert kinds_values("The guard, 24, was killed.") == []


# --- "one of the dead was …" -----------------------------------------------------------------------------

def test_one_of_the_dead_described_is_no_count():
    assert cas("They were herders; one of the dead was 16 years old.") == []
    assert cas("One of the wounded is a nurse from the district clinic.") == []


def test_one_of_the_wounded_with_a_death_verb_stays():
    assert kinds_values("One of the wounded later died in hospital.") == [("killed", 1)]


# --- headline style: a bare singular person noun before a passive casualty verb ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Uzbek border guard killed in shoot-out with smugglers – agency", [("killed", 1)]),
    ("• Soldier wounded by sniper fire near the river", [("injured", 1)]),
    ("Afghan national detained after swimming across", [("detained", 1)]),
    ("Shepherd missing after mine blast", [("missing", 1)]),
    ("Conscript dies of wounds in military hospital", [("killed", 1)]),
])
def test_headline_bare_noun_counts_one(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Border guards killed in clash",                      # plural: no count
    "Soldier death sparks protest",                        # a noun, not a passive verb
    "The guard killed in the clash was buried on Friday.",  # with an article: not headline style
    "Officer killed the suspect during the raid",          # active: the victim follows
    "Police arrested in raid",                             # collective noun
    "Ministry said killed",                                # no person noun
])
def test_headline_negatives(sentence):
    assert cas(sentence) == []


def test_headline_rule_leaves_ordinary_sentences_alone():
    assert cas("He said a guard was killed.") == [("killed", "a guard was killed", 1)]
