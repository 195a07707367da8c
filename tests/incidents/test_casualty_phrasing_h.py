"""Casualty phrasings found through eval set H, each rule on sentences written for these tests (not
taken from the set's articles), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from incidents.casualties import find_casualties
from tests.incidents.helpers import cas, claims_of, kind, kinds_values

# --- lists of the dead, tolls that rise, arrests with a day ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The dead are two soldiers and a farmer from the village.", [("killed", 2), ("killed", 1)]),
    ("The wounded were four conscripts, the commander said.", [("injured", 4)]),
    ("Police confirmed the arrest on Monday of six men near the river.", [("detained", 6)]),
    ("The detention last week of three couriers was not reported.", [("detained", 3)]),
    ("The number of people killed in the shelling of the market on Sunday has risen to seven.", [("killed", 7)]),
    ("The number of wounded in Friday's blast has climbed to 12, doctors said.", [("injured", 12)]),
])
def test_lists_tolls_and_arrests(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The dead are buried before sunset in these villages.",
    "The arrest on Monday of the suspect was announced.",
    "The number of checkpoints has risen to seven.",
])
def test_lists_tolls_and_arrests_negatives(sentence):
    assert cas(sentence) == []


def test_quoted_figure_after_toll_keeps_its_qualifier():
    c = find_casualties(s := 'The paper put the number of injured at "up to eight".', 0, len(s), [])
    assert [(x.kind, x.value, x.qualifier) for x in c] == [("injured", 8, "up_to")]


# --- zeros -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The ministry said no Afghan civilians were harmed.", [("injured", 0)]),
    ("Not a single one of our fighters was wounded.", [("injured", 0)]),
    ("Not a single soldier was killed, the spokesman insisted.", [("killed", 0)]),
])
def test_zero_phrasings(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Not a single shot was fired that night.",
    "No harm was meant by the remark, the minister said.",
])
def test_zero_negatives(sentence):
    assert cas(sentence) == []


# --- part of the wounded who died, later persons of a count --------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("One of the wounded, a man of 40, died in hospital the next day.", [("killed", 1)]),
    ("One of the injured, a teacher from Vose, later died.", [("killed", 1)]),
    ("One guard was wounded in the arm, the second received a shrapnel wound to the hip.",
     [("injured", 1), ("injured", 1)]),
    ("Both were wounded.", [("injured", 2)]),
    ('"Both were taken to the district hospital," the source said.', [("injured", 2)]),
    ("Both were delivered to the regional hospital in Kulob.", [("injured", 2)]),
])
def test_parts_and_persons(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Both sides were blamed for the escalation.", []),
    ("Both were questioned by the police.", []),
    ("One of the injured, a teacher, is still in hospital.", [("injured", 1)]),  # no death
    ("He came first, the second was his brother.", []),
])
def test_parts_and_persons_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- enumerated people ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("His two younger brothers and a cousin were injured, as was a neighbour who tried to help.",
     [("injured", 2), ("injured", 1), ("injured", 1)]),
    ("Two soldiers were wounded, as were three civilians.", [("injured", 2), ("injured", 3)]),
    ("Casualties: injured 5 (2 women, 3 men)", [("injured", 5), ("injured", 2), ("injured", 3)]),
    ("Nine people were wounded, among them three soldiers and a boy of six.",
     [("injured", 9), ("injured", 3), ("injured", 1)]),
])
def test_enumerated_people(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two guards were killed, as was the custom in those years.", [("killed", 2)]),
    ("Two guards were killed (the ministry said), 40 people attended.", [("killed", 2)]),
    ("Three soldiers were wounded, and two officials said the post would close.", [("injured", 3)]),
])
def test_enumerated_people_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- injuries named by their kind, detainees with wounds ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two men suffered burns and a woman had fractures.", [("injured", 2), ("injured", 1)]),
    ("A herder suffered cuts from flying glass.", [("injured", 1)]),
    ("Three soldiers sustained fractures when the vehicle overturned.", [("injured", 3)]),
    ("A fisherman who had been shot in the leg was brought ashore.", [("injured", 1)]),
    ("1 (one) was detained with a gunshot wound.", [("detained", 1), ("injured", 1)]),
    ("Two smugglers were arrested with serious injuries.", [("detained", 2), ("injured", 2)]),
])
def test_injury_kinds(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The budget cuts hit two districts.", []),
    ("Two men were detained with 12 kg of heroin.", [("detained", 2)]),
    ("The scene was shot in the afternoon by a film crew.", []),
])
def test_injury_kinds_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- through the extractor (gates) ----------------------------------------------------------------------------

def test_gates_pass_arrest_and_hospital_sentences():
    text = ("Border guards said the only incident was the arrest on Friday of three men.\n\n"
            '"Both were delivered to the district hospital," the officer said.\n')
    got = sorted((c["kind"], c["value"]) for c in kind(claims_of(text), "detained", "injured"))
    assert got == [("detained", 3), ("injured", 2)]
