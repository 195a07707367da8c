"""Casualty phrasings found through dev set L, each rule on sentences written for these tests (not taken
from the set), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, claims_of, kinds_values

CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


def _casualties(text: str) -> list[tuple[str, str, float]]:
    return [(c["kind"], c["text"], c["value"]) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS]


# --- plain-text tables: pipes only between the cells ---------------------------------------------------


def test_plain_pipe_table_cells():
    text = ("Monthly summary.\n\n"
            "District    | Dead | Wounded | Detained\n"
            "Vanj        | 4    | 0       | 2\n"
            "Darvoz      | 0    | 6       | 0\n"
            "Total       | 4    | 6       | 2\n\n"
            "Notes follow below.\n")
    got = [(k, v) for k, _, v in _casualties(text)]
    assert got == [("killed", 4), ("injured", 0), ("detained", 2),
                   ("killed", 0), ("injured", 6), ("detained", 0),
                   ("killed", 4), ("injured", 6), ("detained", 2)]


def test_markdown_table_still_read():
    text = ("Summary.\n\n| Area | Killed | Injured |\n|---|---|---|\n| Vanj | 1 | 3 |\n\nEnd.\n")
    assert [(k, v) for k, _, v in _casualties(text)] == [("killed", 1), ("injured", 3)]


@pytest.mark.parametrize("text", [
    "Prices.\n\nItem     | Price | Stock\nFlour    | 12    | 40\nSugar    | 9     | 0\n\nEnd.\n",
    "Contacts.\n\nOffice | Phone\nKhorog | 2244\n\nEnd.\n",
])
def test_plain_pipe_table_without_casualty_columns(text):
    assert _casualties(text) == []


# --- role lists: each counted member of "A, B and C were injured" --------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("A shepherd, three herders and a boy were wounded by the mine.",
     [("injured", 1), ("injured", 3), ("injured", 1)]),
    ("Two guards, four smugglers and a porter were killed in the exchange of fire.",
     [("killed", 2), ("killed", 4), ("killed", 1)]),
])
def test_role_lists(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A spokesman, two days later, said three guards were killed.", [("killed", 3)]),
    ("Three soldiers, two trucks and a jeep were hit.", []),
])
def test_role_lists_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- an elliptical comparison after a casualty figure ---------------------------------------------------


def test_compared_with():
    assert kinds_values("Monitors counted 23 civilian deaths this year, compared with 14 in the previous year.") == [
        ("killed", 23), ("killed", 14)]


@pytest.mark.parametrize("sentence, expected", [
    ("Monitors counted 23 civilian deaths this year, compared with two weeks earlier.", [("killed", 23)]),
    ("The river rose 3 metres, compared with 2 last spring.", []),
])
def test_compared_with_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "treated in hospital" with people (or "N of them") as the subject ----------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Three of them were treated in hospital for burns.", [("injured", 3)]),
    ("Two women were treated at the district hospital.", [("injured", 2)]),
    ("One of them was treated at a clinic in Khorog.", [("injured", 1)]),
])
def test_treated_in_hospital(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two doctors were treated at the hospital to a farewell dinner.",
    "Five cases of flu were treated in hospital last week.",
])
def test_treated_in_hospital_negatives(sentence):
    assert cas(sentence) == []


# --- possessive kin nouns with the verb left out: "… was killed and his wife injured" -------------------


@pytest.mark.parametrize("sentence, expected", [
    ("A farmer was killed and his son-in-law wounded, neighbours said.", [("killed", 1), ("injured", 1)]),
    ("An old woman was killed and her grandson injured.", [("killed", 1), ("injured", 1)]),
])
def test_possessive_elliptic(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A farmer was killed and his house damaged.", [("killed", 1)]),
    ("A farmer was killed and his sons injured.", [("killed", 1)]),
])
def test_possessive_elliptic_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- sub-groups after a detained total, the group noun in quotes -----------------------------------------


def test_quoted_group_then_parts():
    assert kinds_values('Guards detained eight "intruders", five of them Afghan nationals and three locals.') == [
        ("detained", 8), ("detained", 5), ("detained", 3)]


def test_quoted_group_severity_not_part():
    assert kinds_values('Guards detained eight "intruders", two of them were later released.') == [("detained", 8)]


# --- "A suspect, an Afghan national, has been detained": the aside renames the one person ----------------


@pytest.mark.parametrize("sentence, expected", [
    ("A courier, a man of forty, was arrested at the crossing.", [("detained", 1)]),
    ("A porter, a local villager, has been wounded.", [("injured", 1)]),
])
def test_article_apposition(sentence, expected):
    assert kinds_values(sentence) == expected


def test_article_list_stays_list():
    assert kinds_values("A man, a woman and a child were killed, police said.") == [
        ("killed", 1), ("killed", 1), ("killed", 1)]


# --- "is / are (now / still) in hospital" with people as the subject; "one more" has its own verb --------


@pytest.mark.parametrize("sentence, expected", [
    ("Two cadets were hurt; both are now in the regional hospital.", [("injured", 2), ("injured", 2)]),
    ("Three porters are still in hospital.", [("injured", 3)]),
    ("The mine killed two herders, and one more is in hospital.", [("killed", 2), ("injured", 1)]),
])
def test_in_hospital(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two wards are in the new hospital wing.",
    "Both generators are now in the hospital basement.",
])
def test_in_hospital_negatives(sentence):
    assert cas(sentence) == []
