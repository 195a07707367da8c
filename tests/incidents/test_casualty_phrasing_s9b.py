"""Casualty phrasings without a figure's own kind word or count word (session 9b): a figure rejected after
a person noun ("four wounded people, not three"), zeros in absolute and place phrases ("with no one hurt",
"no one from the village had been detained"), running counts ("brings the month's wounded to five",
"Toll now six"), a restated figure ("gave the figure as two", "The correct figure, according to …, is
nine"), a definite or possessive singular person with a fate ("the shepherd was killed", "his brother, who
vanished …"). Each rule has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

import pytest

from incidents.casualties import find_casualties
from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def last_sentence(text: str) -> Counter:
    """The finder on the text's last sentence alone (the sentence before is read as context)."""
    start = text.rfind(". ") + 2
    return Counter((c.kind, c.value) for c in find_casualties(text, start, len(text), []))


POS = [
    ("The clinic in Rustoq said it had treated six injured villagers, not four, including a boy of nine.",
     [("injured", 6), ("injured", 4), ("injured", 1)]),
    ("Patrols traded fire with a group of smugglers near Panj, with no one hurt, the agency said.", [("injured", 0)]),
    ("With nobody killed, the incident drew little notice.", [("killed", 0)]),
    ("Elders in Chahi Ab said that no one from the village had been detained.", [("detained", 0)]),
    ("A spokesman also said nobody had been killed on the island.", [("killed", 0)]),
    ("A guard was wounded on Sunday. This brings the month's wounded to five.", [("injured", 1), ("injured", 5)]),
    ("The shelling raised the total dead to at least eleven.", [("killed", 11)]),
    ("A second porter died of his wounds overnight. Toll now six.", [("killed", 1), ("killed", 6)]),
    ("An explosion hit a lorry near Shurobod; the shepherd riding in it was not harmed, but the driver was killed.",
     [("killed", 1)]),
    ("Rockets hit the depot at night, and the night watchman died in the district hospital.", [("killed", 1)]),
    ("The boat was hit from the far bank; the ferryman was wounded in the arm.", [("injured", 1)]),
    ("Two sheep drowned, but the herder is still missing, police said.", [("missing", 1)]),
    ("Her list ends with her brother, who vanished near the ford in April.", [("missing", 1)]),
    ('The service said a conscript had been hurt and an "armed intruder" killed near the ford.',
     [("injured", 1), ("killed", 1)]),
    ("Officials in Rustoq say two herders were wounded on the night of Friday, 3 May, and a third herder the "
     "next day.", [("injured", 2), ("injured", 1)]),
    # the elided-verb ordinal needs a person noun and the clause's end
    ("Two guards were killed on Monday, and a third lorry the next day.", [("killed", 2)]),
    ("Two guards were killed, and a third herder said he saw it.", [("killed", 2)]),
]

NEG = [
    "Monitors counted three vehicles at the crossing.",
    "The driver was not hurt.",
    "The ferryman was killed.",  # opening a sentence: someone the article has mostly told of before
    "The driver was questioned by police and released.",
    "The guard killed on Friday was Rustam Nazarov, 24, from Vose.",
    "The toll now two years later remains disputed.",
    "This brings the village to three new wells.",
    "The smugglers fled across the river, not towards the post.",
    "The commander said the shepherd was a witness.",
    "He visited his brother, who lives near the ford.",
    "His cousin said the ferryman was killed.",  # after a reporting verb: a person the report already knows
    'Officials called it an "armed provocation" and closed the crossing.',
]


@pytest.mark.parametrize(("text", "expected"), POS)
def test_positive(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == Counter(expected)


@pytest.mark.parametrize("text", NEG)
def test_negative(text: str) -> None:
    assert figures(text) == Counter()


def test_suspect_detained_is_not_a_new_count() -> None:
    # a definite suspect is often one already counted; the rule only reads killed/injured/missing fates
    assert figures("Police said the suspect was detained.") == Counter()


@pytest.mark.parametrize(("text", "expected"), [
    # the figure restated without its kind, read from the sentence before (finder level: the article pipeline
    # also needs a casualty cue in the sentence, which lexicon.py owns)
    ("An earlier story said five guards had been wounded. The ministry's statement gave the figure as two.",
     [("injured", 2)]),
    ("Our report said ten men had been detained near Kalai Khumb. The correct figure, according to the "
     "prosecutor, is nine.", [("detained", 9)]),
])
def test_restated_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert last_sentence(text) == Counter(expected)


def test_restated_needs_a_figure_before() -> None:
    assert last_sentence("The weather was bad that week. The ministry's statement gave the figure as two.") == Counter()
