"""Casualty phrasings of round 5, each rule on sentences written for these tests (not taken from any
eval article), with the near-miss negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, kinds_values

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
