"""Casualty phrasings found through the blind sentence set (benchmarks/eval/sentences/casualties.jsonl),
each rule on sentences written for these tests (not taken from the set), with the negatives each rule
must leave alone."""

from __future__ import annotations

import pytest

from incidents.numbers import find_numbers
from tests.incidents.helpers import cas, claims_of, header, kinds_values

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


# --- qualifiers: "no more than", "at most", "in excess of"; "over" as a verb particle -----------------------


@pytest.mark.parametrize("sentence, qualifier", [
    ("No more than four herders were hurt.", "up_to"),
    ("At most three guards were wounded.", "up_to"),
    ("In excess of 20 people were injured.", "more_than"),
    ("Well over 50 people were detained.", "over"),
    ("Militants handed over 3 captured soldiers to elders.", "exact"),
    ("The strike killed no fewer than five fighters.", "at_least"),
])
def test_qualifiers(sentence, qualifier):
    from incidents.casualties import find_casualties
    found = find_casualties(sentence, 0, len(sentence), [])
    assert [c.qualifier for c in found] == [qualifier]


# --- a changed toll, a running total, a correction --------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Officials put the toll at 12, up from 9 a day earlier.", [("killed", 12), ("killed", 9)]),
    ("Nine soldiers were wounded last year, down from 14 in 2022.", [("injured", 9), ("injured", 14)]),
    ("The number of wounded climbed to 20, from 8 on Monday.", [("injured", 20), ("injured", 8)]),
    ("Two more bodies were found, bringing the total to 11.", [("killed", 2), ("killed", 11)]),
    ("Police first said three men were arrested but later revised the figure to five.",
     [("detained", 3), ("detained", 5)]),
    ("Earlier we reported 4 dead; the correct figure is 3.", [("killed", 4), ("killed", 3)]),
    ("The number of missing fell from 7 to 2 overnight.", [("missing", 7), ("missing", 2)]),
    ("Death toll hits 9", [("killed", 9)]),
])
def test_changed_figures(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Four people were hurt, from 2 villages in the valley.", [("injured", 4)]),
    ("Exports rose to 30 tonnes, up from 20.", []),
    ("Prices climbed again, up from 5 somoni a kilo.", []),
])
def test_changed_figures_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- zeros: detained and missing, both kinds, "without loss of life", "killed no", "neither" ---------------


@pytest.mark.parametrize("sentence, expected", [
    ("Nobody was arrested after the brawl.", [("detained", 0)]),
    ("No one has been detained so far.", [("detained", 0)]),
    ("Nobody is missing after the flood, officials said.", [("missing", 0)]),
    ("The shelling caused no deaths or injuries.", [("killed", 0), ("injured", 0)]),
    ("Zero fatalities were recorded.", [("killed", 0)]),
    ("The standoff ended without any loss of life.", [("killed", 0)]),
    ("The raid killed no one, the ministry said.", [("killed", 0)]),
    ("Neither of the three drivers was injured.", [("injured", 0)]),
    ("Neither guard was hurt.", [("injured", 0)]),
])
def test_zeros(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed no fewer than 7 people.", [("killed", 7)]),
    ("No one has been charged yet.", []),
    ("The patrol moved on without casualties reported by name.", []),
])
def test_zeros_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- inverted order and possessive sub-groups -------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Injured were three porters and a driver.", [("injured", 3), ("injured", 1)]),
    ("Killed in the ambush were two officers, the police said.", [("killed", 2)]),
    ("Among those arrested were 5 Afghan nationals.", [("detained", 5)]),
    ("Among the dead was a 12-year-old girl.", [("killed", 1)]),
    ("The shell killed a farmer and his three daughters.", [("killed", 1), ("killed", 3)]),
    ("Guards detained a trader and her two sons.", [("detained", 1), ("detained", 2)]),
])
def test_inverted_and_possessive(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The guards who were killed were buried on Friday.", []),
    ("Residents said the wounded were two days without water.", []),
])
def test_inverted_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- gate: left verbs and zeros that are no casualty terms reach the finder in a whole article ------------


@pytest.mark.parametrize("body, expected", [
    ("Border guards caught 4 smugglers near the river.", [("detained", 4)]),
    ("The standoff at the bridge ended without loss of life.", [("killed", 0)]),
    ("Neither of the drivers was hurt.", [("injured", 0)]),
])
def test_gate_lets_through(body, expected):
    found = [(c["kind"], c["value"]) for c in claims_of(header("2025-05-01") + body + "\n")
             if c["kind"] in ("killed", "injured", "missing", "detained")]
    assert found == expected


# --- sub-groups: severity, "(including N …)", dashes, "none killed", possessive joins ----------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Eleven villagers were injured, 3 critically.", [("injured", 11), ("injured", 3)]),
    ("Injured: 6 (including 2 women)", [("injured", 6), ("injured", 2)]),
    ("The dead — two shepherds — were buried in Vanj.", [("killed", 2)]),
    ("Four of the guards were wounded and none killed.", [("injured", 4), ("killed", 0)]),
    ("A border officer and his three sons were killed in the shelling.", [("killed", 1), ("killed", 3)]),
])
def test_subgroups(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two ambulances took the wounded to Kulob.", []),
    ("Monitors recorded 9 cases of abuse in the detention centre.", []),
    ("Eleven villagers were injured, 3 of the houses badly.", [("injured", 11)]),
])
def test_subgroups_negatives(sentence, expected):
    assert kinds_values(sentence) == expected
