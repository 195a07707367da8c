"""The attribution cue gate: sentences whose only cue is a verb or notice the finder reads must reach
it through the extractor (sentences written for these tests), and look-alikes must not become claims."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, kind


def cues(sentence: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(sentence + "\n"), "attribution")]


@pytest.mark.parametrize("sentence, expected", [
    ("Afghan officials deny it.", [("Afghan officials deny", "denial")]),
    ("Residents write to us that the post was shelled.", [("Residents write", "report")]),
    ("Local channels put the number at six.", [("channels put", "report")]),
    ("Analysts note that the border is long.", [("Analysts note", "report")]),
    ("The story has been withdrawn.", [("has been withdrawn", "retraction")]),
    ("This article was corrected on 4 May to show that two guards died.",
     [("This article was corrected", "retraction")]),
    ("An earlier version of this story incorrectly stated that ten died.",
     [("story incorrectly stated", "retraction")]),
    ("This information does not correspond to reality.", [("does not correspond to reality", "denial")]),
])
def test_gate_passes_cues_the_finder_reads(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The note was found on the table.",
    "Note the date of the attack.",
    "The guards corrected their position.",
    "Villagers put the sacks on the truck.",
    "The troops were withdrawn from the post.",
    "Farmers write their names on the sacks.",
])
def test_gate_lookalikes_are_no_cues(sentence):
    assert cues(sentence) == []
