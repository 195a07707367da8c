"""Casualty figures whose kind comes from an earlier sentence of the same paragraph (round 8): each rule on
short paragraphs written for these tests (not taken from any eval set), with the near-miss negatives each
rule must leave alone (severity subsets, "two of them were released", a later sentence about something else)."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, header

KINDS = ("killed", "injured", "missing", "detained")


def figures(paragraph: str) -> list[tuple[str, float | None]]:
    """(kind, value) of every casualty claim of a one-paragraph article, in text order."""
    return [(c["kind"], c["value"]) for c in claims_of(header("2024-05-01") + paragraph + "\n") if c["kind"] in KINDS]


# --- "N of them were flown / taken / evacuated to <place>" after a count of the wounded -------------------------


@pytest.mark.parametrize("paragraph, expected", [
    ("A mine blast on the patrol road wounded four soldiers, the ministry said. Three of them were later airlifted "
     "to Khorog.", [("injured", 4), ("injured", 3)]),
    ("Six miners were injured when the tunnel roof fell. Two of them were rushed to the regional hospital.",
     [("injured", 6), ("injured", 2)]),
    ("Doctors said the number of injured had reached nine. Five of them were transferred to Kulob overnight.",
     [("injured", 9), ("injured", 5)]),
])
def test_wounded_moved_on(paragraph, expected):
    assert figures(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # detainees moved are not hurt
    ("Rangers detained five smugglers near the ferry. Two of them were taken to Dushanbe for questioning.",
     [("detained", 5)]),
    # released, not moved for care
    ("Four porters were wounded in the rockfall. Two of them were released the same evening.", [("injured", 4)]),
    # more than the wounded: another group
    ("Two guards were wounded in the clash. Seven of them were flown to Dushanbe.", [("injured", 2)]),
    # a later sentence about something else
    ("Three herders were injured by the blast. The sheep were taken to Vanj by truck.", [("injured", 3)]),
])
def test_wounded_moved_on_negatives(paragraph, expected):
    assert figures(paragraph) == expected


# --- "N of them were from <place>": a breakdown by origin -----------------------------------------------------


@pytest.mark.parametrize("paragraph, expected", [
    ("The avalanche killed five road workers. Three of them were from Rushon district.",
     [("killed", 5), ("killed", 3)]),
    ("Police detained seven traders at the bazaar. Four of them were from Faizabad.",
     [("detained", 7), ("detained", 4)]),
])
def test_breakdown_by_origin(paragraph, expected):
    assert figures(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("The avalanche killed five road workers. Three of them were from the same family.", [("killed", 5)]),
    ("The avalanche killed two road workers. Nine of them were from Rushon district.", [("killed", 2)]),
])
def test_breakdown_by_origin_negatives(paragraph, expected):
    assert figures(paragraph) == expected


# --- "Of these, N were <people>", "Of the N, M were <people>" ---------------------------------------------------


@pytest.mark.parametrize("paragraph, expected", [
    ("The clinic said 23 people were hurt. Of these, 8 were children and 15 adults.",
     [("injured", 23), ("injured", 8), ("injured", 15)]),
    ("The storm killed nine people in the valley. Of those, four were women.", [("killed", 9), ("killed", 4)]),
    ("Guards detained 40 people in May and 12 in June. Of the 40, six were teenagers.",
     [("detained", 40), ("detained", 12), ("detained", 6)]),
])
def test_of_these_parts(paragraph, expected):
    assert figures(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("Police detained eight men. Of these, three were released on bail.", [("detained", 8)]),
    ("The storm killed nine people. Of the year's storms, two were worse.", [("killed", 9)]),
    ("Guards detained 40 people in May. Of the 30, six were teenagers.", [("detained", 40)]),
    ("The storm killed three people. Of those, twelve were women.", [("killed", 3)]),
])
def test_of_these_parts_negatives(paragraph, expected):
    assert figures(paragraph) == expected


# --- "beaten" is a wound (set conventions: "beaten" by police → injured) -----------------------------------------


@pytest.mark.parametrize("paragraph, expected", [
    ("Police detained four students overnight. A lawyer said one of them was beaten in the cell.",
     [("detained", 4), ("injured", 1)]),
    ("Two traders were beaten by masked men on the bridge.", [("injured", 2)]),
])
def test_beaten(paragraph, expected):
    assert figures(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("The attack on the post was beaten back by two guards.", []),
    ("The national team was beaten 2-1 in Dushanbe.", []),
])
def test_beaten_negatives(paragraph, expected):
    assert figures(paragraph) == expected


# --- "The dead remain two", "the wounded now number eleven": the group, a count verb, its figure -----------------


@pytest.mark.parametrize("paragraph, expected", [
    ("By evening the dead remain three, two of them shepherds.", [("killed", 3), ("killed", 2)]),
    ("The wounded now number eleven, the clinic in Vanj said.", [("injured", 11)]),
    ("The missing total four.", [("missing", 4)]),
])
def test_group_count_verb(paragraph, expected):
    assert figures(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("The injured remain in hospital in Khorog, doctors said.", []),
    ("The dead remain unidentified two days later.", []),
    ("The wounded remain stable, two doctors said.", []),
])
def test_group_count_verb_negatives(paragraph, expected):
    assert figures(paragraph) == expected
