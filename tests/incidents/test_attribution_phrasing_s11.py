"""Session 11 attribution rules (sentences written for these tests): "called those reports false" (a denial anchored on
"called"), and officials named with a role held somewhere ("a deputy from Sughd, X, said", "X, deputy for a
constituency in Khatlon:", "The committee chairman, X, said")."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, kind


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(text + "\n"), "attribution")]


@pytest.mark.parametrize("text, expected", [
    ("The provincial police called those reports false on Tuesday.", [("called", "denial")]),
    ('Officials in Kabul called the claims "a provocation" after channels reported nine dead.',
     [("called", "denial"), ("channels reported", "report")]),
    ('A spokesman called the report "baseless".', [("baseless", "denial")]),
])
def test_called_judgement_denies(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize("text", ["They called the boy a hero.", "The governor called the meeting to order."])
def test_called_without_a_judged_account_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "The committee chairman, Nodir Aminov, said two guards had been wounded.",
    "A deputy from Sughd, Zarina Holova, said three men had been detained.",
    "Question put on 3 May by Zarina Holova, deputy for a constituency in\nKhatlon:\n\nHolova said on Friday that she "
    "was not satisfied.",
])
def test_officials_named_with_a_role_state(text):
    assert cues(text) and cues(text)[-1][1] == "official_statement"
