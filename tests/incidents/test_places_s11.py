"""Session 11 place rules (sentences written for these tests): settlements the gazetteer lacks named in new shapes
("X is a village", "at X, Y district", "a herder from X", "found near X", "a post near X"), a learned name's
all-caps dateline form, and origins ("crossings from", "from the soil of", "the drone's route from")."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, kind


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(c["text"], c["admin1_code"], c["role"]) for c in kind(claims_of(text + "\n"), "location")]


@pytest.mark.parametrize("text, name, code", [
    ("Bodies of two fishermen were found near Yarchkul in Farkhor district on Monday.", "Yarchkul", "TJ-KT"),
    ("A herder from Pombarak was hurt by a mine in Vanj district.", "Pombarak", "TJ-GB"),
    ("Three guards died in a strike on a border post at Pombarak, Vanj district, on Sunday.", "Pombarak", "TJ-GB"),
    ("Yarchkul is a small village in Shahritus district. Yarchkul mourns its dead.", "Yarchkul", "TJ-KT"),
])
def test_unknown_settlement_in_new_shapes(text, name, code):
    found = [p for p in places(text) if p[0] == name]
    assert found and all(p[1] == code and p[2] == "place" for p in found)


def test_learned_name_counts_every_mention():
    text = "Yarchkul is a small village in Shahritus district. Yarchkul mourns its dead."
    assert [p[0] for p in places(text)].count("Yarchkul") == 2


def test_dateline_caps_and_title_forms_are_one_village():
    text = "After the Pombarak blast\n\nPOMBARAK, Vanj district - A mine killed a boy here on Monday."
    names = [p[0] for p in places(text)]
    assert "Pombarak" in names and "POMBARAK" in names


@pytest.mark.parametrize("text", [
    "The governor, Karimov, Vanj district chief, said two died.",
    "The route from Kulob to Khorugh was closed by snow.",
])
def test_look_alikes_name_no_new_place(text):
    assert all(p[2] == "place" for p in places(text))
    assert "Karimov" not in [p[0] for p in places(text)]


@pytest.mark.parametrize("text, name", [
    ("Armed crossings from Afghanistan fell by a third in 2024, the agency said.", "Afghanistan"),
    ('"No shell was fired from the soil of the Islamic Emirate of Afghanistan," a spokesman said.',
     "Islamic Emirate of Afghanistan"),
    ("Investigators traced the drone's route from Afghanistan but not its operator.", "Afghanistan"),
])
def test_origin_shapes(text, name):
    assert (name, None, "origin") in places(text)
