"""Place and weapon rules of the tenth session (``incidents/places.py``, ``incidents/data/weapons.csv``),
each on sentences written for these tests (other places, names and numbers than any evaluation article),
with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from geodata import Gazetteer
from incidents.places import find_locations
from tests.incidents.helpers import claims_of, header, kind

PUB = header("2025-03-20", "https://example.org/s10")


def places(sentence: str) -> list[tuple[str, str | None, str, str]]:
    """(text, admin1_code, precision, role) of every place mention in one sentence."""
    return [(loc.name, (loc.place.admin1_code or None) if loc.place else None, loc.precision, loc.role)
            for loc in find_locations(sentence, 0, len(sentence), Gazetteer.default())]


def article_places(body: str) -> list[tuple[str, str | None, str, str]]:
    """(text, admin1_code, precision, role) of every location claim of a whole article."""
    return [(c["text"], c["admin1_code"], c["precision"], c["role"]) for c in kind(claims_of(PUB + body), "location")]


def weapons(sentence: str) -> list[tuple[str, str]]:
    return [(c["text"], c["weapon"]) for c in kind(claims_of(PUB + sentence), "weapon")]


# --- the river under another spelling, after an adjective, in "X and Y rivers" -------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Smugglers waded across the Pyanj before dawn on Monday.", "Pyanj"),
    ("The farm lies on a terrace above the Pyanj, facing Afghanistan.", "Pyanj"),
    ("A patrol boat capsized in the swollen Panj near the ferry.", "Panj"),
    ("Floodwater rose fast along the fast-flowing Pyanj after the thaw.", "Pyanj"),
])
def test_the_river_is_the_border_not_the_district(sentence, name):
    assert (name, None, "border", "place") in places(sentence)


def test_coordinated_rivers_are_each_the_border():
    found = places("The frontier follows the Amu Darya and Pyanj rivers for most of its length.")
    assert ("Pyanj rivers", None, "border", "place") in found


@pytest.mark.parametrize("sentence, name, code, precision", [
    ("Police in Pyanj detained a courier.", "Pyanj", "TJ-KT", "district"),
    ("The hospital in the nearby Panj town took the wounded.", "Panj town", "TJ-KT", "town"),
])
def test_the_town_or_district_is_left_alone(sentence, name, code, precision):
    assert (name, code, precision, "place") in places(sentence)


# --- a tally "along the border" is a scope, not a place -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The monitors logged 33 civilian casualties along the border last year.",
    "Since April, 11 people have been killed along the frontier.",
    "Aid groups counted 17 incidents along the border in the spring.",
    "Were there further detentions near the border after the raid?",
])
def test_a_tally_along_the_border_is_no_place(sentence):
    assert [p for p in places(sentence) if p[2] == "border"] == []


@pytest.mark.parametrize("sentence, phrase", [
    ("The orchards lie close to the border.", "close to the border"),
    ("Extra posts were built along the frontier in May.", "along the frontier"),
    ("Nine incidents along the Afghan border were logged.", "along the Afghan border"),
])
def test_a_border_that_locates_or_is_named_stays(sentence, phrase):
    assert (phrase, None, "border", "place") in places(sentence)


# --- origins: "took off from", "from the Afghan side, from the area of the district centre of" --------------

def test_took_off_from_is_an_origin():
    assert ("Khwahan", "AF-BDS", "district", "origin") in places("The spokesman said no aircraft took off from Khwahan.")


def test_area_of_the_district_centre_after_the_afghan_side_is_an_origin():
    found = places("The rounds came from the Afghan side, from the area of the district centre of Shighnan "
                   "district of Badakhshan province.")
    assert [(n, r) for n, _, _, r in found] == [("from the Afghan side", "origin"), ("Shighnan district", "origin"),
                                                ("Badakhshan province", "origin")]


def test_traders_from_a_town_are_no_origin():
    assert ("Fayzabad", "AF-BDS", "town", "place") in places("Traders from Fayzabad took off their hats.")


# --- villages the gazetteer lacks: "X village", later bare mentions, the area around them ---------------------

def test_name_before_village_is_a_village_in_its_district():
    found = places("Residents of Sarbogh village in Rushon district heard mortar fire.")
    assert ("Sarbogh", "TJ-GB", "district", "place") in found


@pytest.mark.parametrize("sentence", [
    "The village elders met on Monday in Vanj district.",
    "An Afghan village across from Vanj district was hit.",
])
def test_determiners_and_adjectives_before_village_are_no_names(sentence):
    assert [n for n, *_ in places(sentence)] == ["Vanj district"]


def test_a_bare_later_mention_of_a_named_village_is_placed_where_the_article_put_it():
    body = ("Shells fell on the village of Zinkhor in Ishkoshim district on Friday.\n\n"
            "Two herders from Zinkhor were wounded, Khatlon officials said.\n")
    found = article_places(body)
    assert ("Zinkhor", "TJ-GB", "district", "place") in found
    assert [p for p in found if p[0] == "Zinkhor"] == [("Zinkhor", "TJ-GB", "district", "place")] * 2


def test_an_area_after_the_village_that_is_only_a_reference_point_is_not_its_area():
    found = places("A patrol was seen near the village of Kurgovad, some 9 km from Khwahan district.")
    assert all(n != "Kurgovad" for n, *_ in found)  # not put in the Afghan district it is measured from


# --- weapons ------------------------------------------------------------------------------------------

def test_mortar_bombs_are_one_mortar_claim():
    assert weapons("Two mortar bombs landed in a cotton field.") == [("mortar bombs", "mortar")]


def test_mine_action_across_a_line_break_is_no_weapon():
    assert weapons("The Regional Mine\n   Action Centre sent a team.") == []
    assert weapons("A mine exploded under a tractor.") == [("mine", "mine")]
