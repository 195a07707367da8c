"""Casualty phrasings of session 10: a zero with two kinds ("No one was killed or injured"), an adverbial
"without casualties", qualifiers that are no qualifiers ("information about three deaths", "add up to 29",
but "injured over 500" is one), present-tense headline and timeline verbs ("Guards detain 9 smugglers",
"Two boys drown"), a toll that "stands at" a figure after a long gap and its breakdown ("…, and 21 of them
were Uzbek citizens"), a figure it is compared with or rejects ("the figure is 9, against 14 in 2022", "not the
two the ministry reported"), "lost no one", a restated figure "down from the six it gave at noon" read from the
sentence before (also across a hard-wrapped line), and "one civilian, a taxi driver" as one person described.
Missing people: a drowning only believed, with the body not found ("is thought to have drowned; his body has not
been recovered"), "a third was never found", "the third remains missing", "One, a 52-year-old woman, remains
missing" (the count, described); "one of them lost a foot" is the injury of one already counted (no figure).
Each rule has negatives. Sentences written for this file."""

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
    ("By our count, the death toll in both provinces since the 2010 floods now stands at 48, and 21 of them were "
     "Uzbek citizens.", [("killed", 48), ("killed", 21)]),
    ("Eleven guards were killed, and four of them were conscripts.", [("killed", 11), ("killed", 4)]),
    ("The UN says 9 herders were killed in Wakhan district over the same long winter, two of them boys.",
     [("killed", 9), ("killed", 2)]),
    ('"In Vose alone, five guards died this year, not the two the ministry reported," he said.',
     [("killed", 5), ("killed", 2)]),
    ('"We have lost no one to mines," the commander said.', [("killed", 0)]),
    ("The toll stands at five dead: four soldiers and one civilian, a taxi driver from Vose.",
     [("killed", 5), ("killed", 4), ("killed", 1)]),
    ("Six men were detained, and two of them were released.", [("detained", 6)]),
    ("An eighth porter is thought to have drowned near Khumrogi; his body has not been recovered.", [("missing", 1)]),
    ("Two porters are thought to have drowned in the flood near Khumrogi.", [("killed", 2)]),
    ("Divers recovered three bodies near Shidz; a fourth was never found.", [("killed", 3), ("missing", 1)]),
    ("A fifth herder has not been found.", [("missing", 1)]),
    ("Four shepherds were on the raft. Three swam to the bank, one of them hurt; the fourth remains missing.",
     [("injured", 1), ("missing", 1)]),
    ("Four were freed in March. One, a 52-year-old woman, remains missing, her brother said.", [("missing", 1)]),
    ("A shell wounded three girls near Khostav; one of them lost a foot.", [("injured", 3)]),
    ("The agency stressed that no pupils of Khostav were injured.", [("injured", 0)]),
    ("There was no warning in Vose before two were injured.", [("injured", 2)]),
]

CONTEXT = [
    # the sentence before gives the kind; a hard-wrapped line is no paragraph break
    ("Counting both banks, 40 people have been killed since 2021, and 15 of\nthem were children. For 2023 alone "
     "the figure is 9, against 14 in 2022.", [("killed", 40), ("killed", 15), ("killed", 9), ("killed", 14)]),
    ("The district now puts the toll at three dead. That is down from the six it gave at noon.",
     [("killed", 3), ("killed", 6)]),
]

NEG = [
    "Three sniper rifles were never found.",
    "The river is up from the level it reached in May.",
    "Water prices are down from the peak they reached in 2021.",
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


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_figures_read_with_the_sentence_before(text, expected):
    assert figures(text) == Counter(expected)


@pytest.mark.parametrize("text", NEG)
def test_no_figures(text):
    assert not figures(text)


@pytest.mark.parametrize(("text", "expected"), QUAL)
def test_qualifier(text, expected):
    assert expected in quals(text)
