"""Casualty phrasing (session 13): "a wounded guard died" (a death), a toll whose people are named
("the number of fighters martyred had reached four", "bringing the number of Mujahideen martyred … to
three"), zeros with a longer subject ("No Afghan border guard was injured", "None of his own men were
wounded") and a floor with a ceiling ("at least three and possibly five"). Each rule has negatives.
Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def qualified(text: str) -> list[tuple[str, float, str]]:
    return sorted((c["kind"], c["value"], c["qualifier"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_a_wounded_person_who_died_is_a_death():
    assert figures("Relatives said a wounded conscript died in hospital on Friday.") == Counter({("killed", 1): 1})
    assert figures("An injured shepherd later succumbed in Kulob.") == Counter({("killed", 1): 1})
    assert figures("The toll rose to three after a wounded guard died overnight.") \
        == Counter({("killed", 3): 1, ("killed", 1): 1})


def test_a_wounded_person_who_did_not_die_is_no_death():
    assert figures("A wounded conscript was flown to Dushanbe.")[("killed", 1)] == 0
    assert figures("A wounded guard and two villagers were taken to hospital.").get(("killed", 1)) is None


def test_toll_with_its_people_named():
    assert figures("The Taliban said the number of fighters martyred had reached four.") == Counter({("killed", 4): 1})
    assert figures("Bringing the number of Mujahideen martyred in the clash to three.") == Counter({("killed", 3): 1})
    assert figures("The number of Afghans detained has risen to 12.") == Counter({("detained", 12): 1})


def test_toll_of_things_or_of_two_kinds_is_not_misread():
    assert figures("The number of lorries detained at the crossing has reached 40.") == Counter()
    got = figures("That brings the number of villagers killed this year to six and the number wounded to eight.")
    assert got[("killed", 8)] == 0 and got[("killed", 6)] == 1


def test_zero_with_a_longer_subject():
    assert figures("No Afghan border guard was injured in the exchange.") == Counter({("injured", 0): 1})
    assert figures("None of his own men were wounded, the captain said.") == Counter({("injured", 0): 1})
    assert figures("None of her three sons were hurt.") == Counter({("injured", 0): 1})


def test_floor_and_ceiling_give_two_claims():
    assert qualified("The shelling killed at least two and possibly four civilians.") \
        == [("killed", 2, "at_least"), ("killed", 4, "up_to")]
    assert qualified("At least three and perhaps six people were killed.") \
        == [("killed", 3, "at_least"), ("killed", 6, "up_to")]
    assert qualified("More than five and as many as nine guards were wounded.") \
        == [("injured", 5, "more_than"), ("injured", 9, "up_to")]


def test_floor_and_ceiling_negatives():
    # two kinds, a smaller second figure, no ceiling word: left as they were
    assert qualified("At least four people were killed and possibly two were wounded.") \
        == [("injured", 2, "exact"), ("killed", 4, "at_least")]
    assert qualified("At least 4 people were killed and 7 injured.") == [("injured", 7, "exact"), ("killed", 4, "at_least")]


def test_buried_of_them_counts_the_dead():
    assert figures('"We buried four of them on Tuesday," the elder said.') == Counter({("killed", 4): 1})
    assert figures("Relatives buried two of the victims at dawn.") == Counter({("killed", 2): 1})
    # "lost two of them" stays unread: posts, vehicles and men are all lost
    assert figures("The unit lost two of them in the fighting.") == Counter()
