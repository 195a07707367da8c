"""Casualty phrasings of round 5, each rule on sentences written for these tests (not taken from any
eval article), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, claims_of, kind, kinds_values

# --- a count with a breakdown aside between commas -----------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Six shepherds, three of them volunteers, were injured by the rockslide.",
     [("injured", "Six shepherds", 6), ("injured", "three of them volunteers, were injured", 3)]),
    ("Nine fishermen, two of whom were brothers, drowned near the ferry.",
     [("killed", "Nine fishermen", 9)]),
    ("At least eleven herders, five of them teenagers, were detained at the post.",
     [("detained", "At least eleven herders", 11), ("detained", "five of them teenagers, were detained", 5)]),
])
def test_count_with_breakdown_aside(sentence, expected):
    got = cas(sentence)
    assert got[:len(expected)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # no casualty term after the aside
    ("Seven pilgrims, four of them elderly, were resting at the shrine.", []),
    # the count is the agent of an active verb
    ("Three rangers, two of them veterans, killed a leopard that attacked the flock.", []),
    # things, not people
    ("Five lorries, two of them grain carriers, were destroyed in the fire.", []),
    # a zero-only term: "unharmed" gives its zero, never the count
    ("Eight tourists, three of them children, escaped unharmed.", [("injured", 0)]),
])
def test_count_with_breakdown_aside_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "unharmed"/"unhurt" after a verb of coming through: injured 0 -------------------------------------------


@pytest.mark.parametrize("sentence, anchor", [
    ("The three students taken by the smugglers returned home unharmed on Friday.", "returned home unharmed"),
    ("Her youngest daughter survived unhurt under the collapsed roof.", "survived unhurt"),
    ("The kidnapped engineer was released unharmed after two days.", "released unharmed"),
    ("Rescuers said both boatmen were found alive and uninjured downstream.", "found alive and uninjured"),
    ("The customs officer was evacuated safely unscathed.", "evacuated safely unscathed"),
])
def test_unharmed_after_verb(sentence, anchor):
    assert cas(sentence) == [("injured", anchor, 0)]


@pytest.mark.parametrize("sentence", [
    # the verb has an object between it and the adjective: no verb of coming through
    "The old bridge survived the spring floods unscathed.",
    # an adjective before its noun, with no verb of coming through
    "The unharmed hostages were flown to Dushanbe the same evening.",
    # no verb before it
    "An unhurt witness described the blast to police.",
])
def test_unharmed_after_verb_negatives(sentence):
    assert kinds_values(sentence) == []


# --- "the number of <participle> <people>" as a toll -------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("By Friday the number of eliminated gunmen had reached seven.", [("killed", 7)]),
    ("The number of liquidated smugglers now stands at 11, the command said.", [("killed", 11)]),
    ("The number of slain fighters was put at nine by the governor.", [("killed", 9)]),
])
def test_number_of_participle_people(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the participle governs things, not people
    "The number of liquidated shell companies reached six last year.",
    "The number of eliminated checkpoints rose to three after the reform.",
])
def test_number_of_participle_people_negatives(sentence):
    assert kinds_values(sentence) == []


# --- a bare figure restated with "give"/"found" after a casualty sentence -----------------------------------


def _article_figures(text: str) -> list[tuple[str, str, float | None]]:
    return [(c["kind"], c["text"], c["value"]) for c in kind(claims_of(text), "killed", "injured")]


@pytest.mark.parametrize("text, expected", [
    ("Five porters were injured when the slope gave way, the district said. Local doctors give seven.\n",
     [("injured", "Five porters were injured", 5), ("injured", "seven", 7)]),
    ("Rescuers said four miners had died underground. \"So far we have found only two,\" a foreman said.\n",
     [("killed", "four miners had died", 4), ("killed", "two", 2)]),
])
def test_restated_give_found(text, expected):
    assert _article_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no casualty claim in the sentence before: no kind to restate
    ("The valley road was closed for repairs. Other estimates give nine.\n", []),
    # the figure does not end its clause: it counts something else
    ("Three guards were wounded on Monday. Patrols found two abandoned boats on the bank.\n",
     [("injured", "Three guards were wounded", 3)]),
    # a year is no figure
    ("Two herders were killed by a mine. The inquiry gave 2019 as the year it was laid.\n",
     [("killed", "Two herders were killed", 2)]),
])
def test_restated_give_found_negatives(text, expected):
    assert _article_figures(text) == expected
