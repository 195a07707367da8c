"""Casualty phrasings found through the blind sentence set (benchmarks/eval/sentences/casualties.jsonl),
each rule on sentences written for these tests (not taken from the set), with the negatives each rule
must leave alone."""

from __future__ import annotations

import pytest

from incidents.numbers import find_numbers
from tests.incidents.helpers import cas, kinds_values

# --- number words: "one hundred and twelve", "two dozen", vague amounts ------------------------------------


@pytest.mark.parametrize("phrase, value", [
    ("One hundred and twelve", 112),
    ("a hundred and five", 105),
    ("two hundred and forty-three", 243),
    ("Two dozen", 24),
    ("three dozen", 36),
    ("two hundred", 200),
    ("a dozen", 12),
])
def test_number_words_compound(phrase, value):
    qs = find_numbers(phrase + " villagers")
    assert [(q.text, q.value) for q in qs] == [(phrase, value)]


@pytest.mark.parametrize("phrase", ["Many", "a handful of", "A number of", "an unspecified number of", "several dozen"])
def test_vague_amounts(phrase):
    qs = find_numbers(phrase + " people were hurt")
    assert len(qs) == 1 and qs[0].vague and qs[0].value is None


@pytest.mark.parametrize("text", ["how many were hurt", "as many as six", "so many people", "many of them"])
def test_many_not_vague(text):
    assert not any(q.vague for q in find_numbers(text))


def test_ranges_keep_apart():
    assert [q.value for q in find_numbers("three and four")] == [3, 4]
    assert [q.value for q in find_numbers("two hundred and a half")] == [200]


@pytest.mark.parametrize("sentence, expected", [
    ("One hundred and twelve pilgrims were hurt in the crush.", [("injured", 112)]),
    ("Two dozen labourers were killed when the tunnel collapsed.", [("killed", 24)]),
    ("Many villagers were wounded.", [("injured", None)]),
    ("A handful of smugglers were arrested.", [("detained", None)]),
    ("An unspecified number of militants were killed.", [("killed", None)]),
])
def test_number_words_in_claims(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "How many were hurt is still unclear.",
    "So many people came to the funeral.",
])
def test_number_words_negatives(sentence):
    assert cas(sentence) == []


# --- verbs: executed, maimed, taken prisoner, caught, apprehended, rounded up, in custody -----------------


@pytest.mark.parametrize("sentence, expected", [
    ("Insurgents executed two drivers on the highway.", [("killed", 2)]),
    ("Three herders were executed by the group.", [("killed", 3)]),
    ("A girl was maimed by an old shell near Panj.", [("injured", 1)]),
    ("Four conscripts were taken prisoner after the raid.", [("detained", 4)]),
    ("Guards caught five smugglers near the river.", [("detained", 5)]),
    ("Officers apprehended a courier at the bridge.", [("detained", 1)]),
    ("About 30 men were rounded up in the market.", [("detained", 30)]),
    ("Two traffickers were remanded in custody on Monday.", [("detained", 2)]),
    ("Eleven lives were lost in the avalanche.", [("killed", 11)]),
    ("Troops shot and wounded a suspect at the post.", [("injured", 1)]),
])
def test_new_verbs(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Guards caught 60 kg of opium on the riverbank.",
    "The dry grass caught fire near two houses.",
    "The regime executed a new decree on trade.",
])
def test_new_verbs_negatives(sentence):
    assert cas(sentence) == []


# --- not people: a unit after the number, a non-person object after a left verb ---------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("A 5-kg charge killed two farmers.", [("killed", 2)]),
    ("Police seized 120 kg of heroin and arrested three couriers.", [("detained", 3)]),
    ("He killed two birds with one stone by closing the road.", []),
    ("The blast killed 3 goats and two herders.", [("killed", 2)]),
    ("The strike killed four truck drivers.", [("killed", 4)]),
])
def test_not_people(sentence, expected):
    assert kinds_values(sentence) == expected
