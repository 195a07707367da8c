"""Weapon words (``incidents/data/weapons.csv``) and place rules (``incidents/places.py``,
``geodata/tables/``) found through the dev splits of the evaluation sets, each rule on sentences
written for these tests (not taken from any article), with the negatives it must leave alone."""

from __future__ import annotations

import pytest

from geodata import Gazetteer
from incidents.places import find_locations
from tests.incidents.helpers import claims_of, header, kind

PUB = header("2024-06-14", "https://example.org/w")


def weapons(sentence: str) -> list[tuple[str, str]]:
    """(text, weapon) of every weapon claim in one sentence."""
    return [(c["text"], c["weapon"]) for c in kind(claims_of(PUB + sentence), "weapon")]


def places(sentence: str) -> list[tuple[str, str | None, str, str]]:
    """(text, admin1_code, precision, role) of every place mention in one sentence."""
    return [(loc.name, (loc.place.admin1_code or None) if loc.place else None, loc.precision, loc.role)
            for loc in find_locations(sentence, 0, len(sentence), Gazetteer.default())]


def names(sentence: str) -> list[str]:
    return [n for n, *_ in places(sentence)]


# --- weapons: acts of firing are not weapons ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Smugglers opened fire on a patrol boat before dawn.",
    "A brief exchange of fire followed near the pumping station.",
    "Residents said shots were fired from the far bank at about midnight.",
    "A herder was shot dead while bringing his flock down to the water.",
    "The shelling lasted for two hours and damaged a school roof.",
    "Three shells fell on an orchard outside the village.",
    "The blast shattered windows along the main street.",
    "Deminers found explosive remnants of war in a wheat field.",
])
def test_acts_of_firing_and_their_effects_are_not_weapons(sentence):
    assert weapons(sentence) == []


def test_gunfire_is_firearms():
    assert weapons("Heavy gunfire was reported from the riverbank overnight.") == [("gunfire", "firearms")]
    assert weapons("Gunfire echoed across the valley.") == [("Gunfire", "firearms")]


# --- weapons: mines ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A tractor driver lost a leg in a mine blast near the canal.", [("mine", "mine")]),
    ("Sappers said the mine had been planted only days earlier.", [("mine", "mine")]),
    ("Old mines left over from the 1990s still lie under the terraces.", [("mines", "mine")]),
    ("Mines remain the main danger for shepherds in spring.", [("Mines", "mine")]),
    ("Landmines killed two boys last year.", [("Landmines", "mine")]),
    ("Minefields laid decades ago have never been fully mapped.", [("Minefields", "mine")]),
    ("The patrol crossed an old minefield at night.", [("minefield", "mine")]),
    ("A goat stepped on a land mine near the post.", [("land mine", "mine")]),
    ("Two anti-tank mines were found beside the track.", [("anti-tank mines", "mine")]),
])
def test_mines_are_mine(sentence, expected):
    assert weapons(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A cousin of mine works at the customs post.",
    "The gold mine above the village employs forty people.",
    "Workers at the coal mines went on strike.",
    "The national mine action centre published a new map.",
    "Officials of the Mine Action Centre visited the district.",
    "The mine workers were evacuated by helicopter.",
    "The slope was mined during the war.",
])
def test_other_mines_are_not_weapons(sentence):
    assert weapons(sentence) == []


# --- weapons: compounds, capitals, adjectives --------------------------------------------------------

def test_kalashnikov_rifles_are_one_claim():
    assert weapons("Police seized three Kalashnikov rifles and a pistol holster.") == [
        ("Kalashnikov rifles", "firearms")]
    assert weapons("Guards recovered two Kalashnikov assault rifles from the boat.") == [
        ("Kalashnikov assault rifles", "firearms")]
    assert weapons("The men carried Kalashnikovs.") == [("Kalashnikovs", "firearms")]


def test_sentence_initial_capitals_are_found():
    assert weapons("Mortar rounds landed short of the village.") == [("Mortar", "mortar")]
    assert weapons("Drones have been seen over the valley.") == [("Drones", "drone")]
    assert weapons("Grenades were thrown at the post.") == [("Grenades", "grenade")]


def test_explosive_needs_a_device_charge_or_plural():
    assert weapons("An explosive device went off under a bridge.") == [("explosive device", "explosives")]
    assert weapons("The drone dropped an explosive charge.") == [("drone", "drone"), ("explosive charge", "explosives")]
    assert weapons("Police found explosives in a car.") == [("explosives", "explosives")]
    assert weapons("The team cleared explosive hazards along the road.") == []


def test_grenade_launchers_are_rpg():
    assert weapons("The attackers fired grenade launchers at the tower.") == [("grenade launchers", "rpg")]
    assert weapons("One attacker threw a grenade.") == [("grenade", "grenade")]


# --- places: generic borders -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Reinforcements were sent to the border on Sunday.",
    "The clash was the worst on the border in years.",
    "A spokesman for the border troops declined to comment.",
    "The men tried to cross the state border at night.",
    "Aid has not reached the border districts.",
    "Families fled to the border zone after the attack.",
    "The Afghan border police in Takhar were informed.",
    "A blast was heard near the border market.",
])
def test_generic_border_is_not_a_place(sentence):
    assert [p for p in places(sentence) if p[2] == "border"] == []


@pytest.mark.parametrize("sentence, phrase", [
    ("The herders live close to the border.", "close to the border"),
    ("Patrols were doubled along the frontier.", "along the frontier"),
    ("Two villages near the border area were evacuated.", "near the border area"),
    ("A guard was wounded on the Afghan border on Friday.", "on the Afghan border"),
    ("Trade across the Tajik frontier has slowed.", "across the Tajik frontier"),
])
def test_border_that_locates_or_is_named_is_a_place(sentence, phrase):
    assert (phrase, None, "border", "place") in places(sentence)


def test_border_with_another_country_is_not_the_tajik_afghan_border():
    assert [p for p in places("Traffic near the border with China was halted.") if p[2] == "border"] == []


# --- places: origins ---------------------------------------------------------------------------------

def test_from_tajik_soil_is_a_tajik_origin():
    locs = find_locations(s := "The Taliban said the rounds were fired from Tajik soil.", 0, len(s), Gazetteer.default())
    assert [(loc.name, loc.precision, loc.role, loc.country) for loc in locs] == [
        ("from Tajik soil", "country", "origin", "TJ")]


def test_from_afghan_territory_is_an_afghan_origin():
    assert ("from Afghan territory", None, "country", "origin") in places(
        "The post was attacked from Afghan territory late on Monday.")


def test_from_the_afghan_bank_is_an_afghan_origin():
    assert ("from the Afghan bank", None, "country", "origin") in places(
        "Rifle fire from the Afghan bank of the river hit a tractor.")


@pytest.mark.parametrize("sentence", [
    "The patrol came under fire from across the river.",
    "Gunmen fired from the other side of the border.",
    "Shots came from across the frontier.",
])
def test_from_across_a_generic_border_names_no_place(sentence):
    assert places(sentence) == []


# --- places: names inside organisation names ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A reporter told Khatlon Weekly News that the road was closed.",
    "The story first ran in the Badakhshan Times.",
    "Kabul Evening Radio broadcast the statement.",
    "Deminers of the Tajikistan National Demining Centre arrived at noon.",
    "(Editing by the Khorugh desk)",
    "The Ministry of Foreign Affairs of Tajikistan issued a note.",
    "The State Committee for National Security of the Republic of Tajikistan reported two arrests.",
    "The Prosecutor's Office of the Khatlon Region opened a case.",
])
def test_names_inside_organisation_names_are_not_places(sentence):
    assert names(sentence) == []


def test_place_names_next_to_organisations_are_still_places():
    assert names("The Khatlon Press reporter was in Kulob on Monday.") == ["Kulob"]
    assert names("Officials in the territory of Darvoz district said the post was hit.") == ["Darvoz district"]
    assert names("A Kabul television channel aired the footage.") == ["Kabul"]


# --- gazetteer: names and aliases --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, code", [
    ("The men were arrested in Kabul on Monday.", "Kabul", "AF-KAB"),
    ("Dushanbe sent a note of protest to Kabul.", "Kabul", "AF-KAB"),
    ("Troops were sent to Kubodiyon district.", "Kubodiyon district", "TJ-KT"),
    ("Elders in Qala-i-Zal said the shooting stopped.", "Qala-i-Zal", "AF-KDZ"),
    ("A school in Khwaja Bahauddin was damaged.", "Khwaja Bahauddin", "AF-TAK"),
    ("Farmers in Dasht-e Qala district lost their crops.", "Dasht-e Qala district", "AF-TAK"),
])
def test_gazetteer_aliases(sentence, name, code):
    found = {n: c for n, c, *_ in places(sentence)}
    assert found.get(name) == code, places(sentence)


def test_a_pistol_is_a_firearm_and_tajik_territory_an_origin():
    text = "published: 2025-01-01\n---\nA smuggler fired a pistol. Officials said the shells came from Tajik territory.\n"
    found = [(c["kind"], c["text"], c.get("weapon") or c.get("role")) for c in claims_of(text)
             if c["kind"] in ("weapon", "location")]
    assert ("weapon", "pistol", "firearms") in found
    assert ("location", "from Tajik territory", "origin") in found
