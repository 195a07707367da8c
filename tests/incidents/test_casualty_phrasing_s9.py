"""Casualty phrasing, ninth session: figures repeated in brackets in either order, elliptical comparisons
("14 killed and 20 injured, against 5 and 7"), the wounded who were also taken, the present tense of
headlines and timelines. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, kinds_values

POS = [
    # a number repeated in brackets, words first or digits first, is one figure
    ("Five (5) smugglers were neutralized near the outpost.", [("killed", 5)]),
    ("Two (2) guards were killed and 4 (four) were wounded.", [("killed", 2), ("injured", 4)]),
    ("Seven (7) violators were detained on the island.", [("detained", 7)]),
    # elliptical comparisons: the figures take the kinds of the figures they are compared with
    ("Our count stands at 14 killed and 20 injured, against 5 and 7 a year earlier.",
     [("killed", 14), ("injured", 20), ("killed", 5), ("injured", 7)]),
    ("The worst year was 2021, with 15 deaths, against 9 in 2020 and six in 2022.",
     [("killed", 15), ("killed", 9), ("killed", 6)]),
    ("The agency recorded 30 injured this year, compared with 9 killed last year.",
     [("injured", 30), ("killed", 9)]),
    ("Monitors counted 12 killed and 31 injured, compared with 8 killed and 19 injured in 2019.",
     [("killed", 12), ("injured", 31), ("killed", 8), ("injured", 19)]),
    ("Four guards died this spring, as against two a year ago.", [("killed", 4), ("killed", 2)]),
    # wounded, then taken
    ("Three smugglers were wounded and detained.", [("injured", 3), ("detained", 3)]),
    ("Two intruders were wounded and later captured by the patrol.", [("injured", 2), ("detained", 2)]),
    # the present tense of headlines and timelines
    ("Customs officers detain seven men crossing the river near Panj", [("detained", 7)]),
    ("12 May - Border troops detain 14 violators near Shohon.", [("detained", 14)]),
    ("Gunmen kill three guards near Ishkoshim", [("killed", 3)]),
    ("Militants wound two soldiers in Vanj", [("injured", 2)]),
    ("Guards capture five smugglers on an island.", [("detained", 5)]),
    # a possessive person: after an age between commas, a degree adverb, an age adjective, a reporting verb
    ("A herder from Savnob was shot dead; his nephew, 16, was wounded in the shoulder.",
     [("killed", 1), ("injured", 1)]),
    ("A tractor hit a mine near Dashtak; a farmer was killed and his daughter badly injured.",
     [("killed", 1), ("injured", 1)]),
    ("The ferryman was killed and his grandson was seriously hurt.", [("injured", 1)]),
    ("A man and his nine-year-old daughter were killed when a rocket struck their yard.",
     [("killed", 1), ("killed", 1)]),
    ("One shopkeeper says his uncle and a neighbour were killed by the shelling.", [("killed", 1), ("killed", 1)]),
    ("His cousin, a 24-year-old from the same village, is still missing.", [("missing", 1)]),
    ("Her brother is still missing.", [("missing", 1)]),
    # the next item of a tally line after a "killed 3" item
    ("SINCE JANUARY: killed 5 · injured 11 · detained 27 · missing 4",
     [("killed", 5), ("injured", 11), ("detained", 27), ("missing", 4)]),
    ("Killed 2, injured 6, missing 1", [("killed", 2), ("injured", 6), ("missing", 1)]),
    ("Police detained 4 men and were missing 2 officers.", [("detained", 4)]),
    # "the fate of …" still being established, or of the next person of a count
    ("The fate of one more conscript is being established, the committee said.", [("missing", 1)]),
    ("Three herders were detained; the fate of the fourth remains unknown.", [("detained", 3), ("missing", 1)]),
    # "Both" before "being" and a care verb
    ("Both are still being treated at the regional hospital in Kulob.", [("injured", 2)]),
    # a condition note does not drop a count of the whole group or a breakdown by group
    ("Both of the injured porters are in a serious condition, doctors in Khorugh said.", [("injured", 2)]),
    ("Two of the wounded were border guards.", [("injured", 2)]),
    ("Six guards were wounded; two of them are in a critical condition.", [("injured", 6)]),
]

NEG = [
    "The fate of the second defendant was decided by the court.",
    "Her son is a doctor in Khorugh.",
    # the condition of people already counted is no count of its own (benchmarks/eval/README.md)
    "Three of the injured soldiers were in a critical condition at the district hospital.",
    "Two of the wounded are in serious condition.",
    "None of the five was in a serious condition, the surgeon said.",
    "Police were ordered to detain two suspects.",
    "The patrol failed to arrest 3 men.",
    "The army fought against 30 militants for two days.",
    "He was released from arrest 2 days later.",
]


@pytest.mark.parametrize("text,expected", POS)
def test_figures(text, expected):
    assert kinds_values(text) == expected, cas(text)


@pytest.mark.parametrize("text", NEG)
def test_no_figure(text):
    assert cas(text) == []
