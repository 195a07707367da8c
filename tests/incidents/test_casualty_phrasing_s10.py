"""Casualty phrasings of session 10: a zero with two kinds ("No one was killed or injured"), an adverbial
"without casualties", qualifiers that are no qualifiers ("information about three deaths", "add up to 29",
but "injured over 500" is one), present-tense headline and timeline verbs ("Guards detain 9 smugglers",
"Two boys drown"). Each rule has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def quals(text: str) -> Counter:
    return Counter((c["kind"], c["value"], c["qualifier"]) for c in claims_of(text) if c["kind"] in KINDS)


POS = [
    ("The district office said there had been no shooting near Kevron. No one was killed or injured.",
     [("killed", 0), ("injured", 0)]),
    ("None of the customs officers were killed or wounded, the agency said.", [("killed", 0), ("injured", 0)]),
    ("Nobody was killed or hurt when the lorry overturned near Sayod.", [("killed", 0), ("injured", 0)]),
    ("The outpost near Yol had come under fire once in May, without casualties.", [("killed", 0), ("injured", 0)]),
    ("The standoff at the ford ended without casualties.", [("killed", 0), ("injured", 0)]),
    ("1 April 2021 - Four Afghan shepherds drown when their ferry sinks near Aiwaj.", [("killed", 4)]),
    ("Frontier troops detain 9 suspected couriers in Badakhshan", [("detained", 9)]),
]

NEG = [
    "Clashes without casualties are not included in this list.",
    "Villagers were told how to detain stray dogs.",
    "No one was charged.",
]

QUAL = [
    ("Some websites have spread reports about six deaths.", ("killed", 6, "exact")),
    ("Officials say the incidents of the year add up to 27 dead.", ("killed", 27, "exact")),
    ("Shelling has killed more than 90 people and injured over 300 since 2001.", ("injured", 300, "over")),
    ("The bombing killed about 14 people.", ("killed", 14, "about")),
    ("As many as eight guards were wounded.", ("injured", 8, "up_to")),
]


@pytest.mark.parametrize(("text", "expected"), POS)
def test_figures(text, expected):
    assert figures(text) == Counter(expected)


@pytest.mark.parametrize("text", NEG)
def test_no_figures(text):
    assert not figures(text)


@pytest.mark.parametrize(("text", "expected"), QUAL)
def test_qualifier(text, expected):
    assert expected in quals(text)
