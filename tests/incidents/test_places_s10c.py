"""Places, tenth session (sets X and Y): settlements named without "village of" (the appositive "Pombar, a
small village in …", "residents of Pombar", "In Pombar, villagers …", "an outpost near Pombar", "the Pombar
outpost"), a village placed by the area named before its sentence, origins ("crossing\" from", "in the area
of", "the raiders were not from"), organisation names ("Kunduz Line", "the Vanj office", "Government of
Afghanistan") and the generic border as an attribute ("the Tajik border clash")."""

from __future__ import annotations

from geodata import Gazetteer
from incidents.places import _cued_villages, find_locations

from .helpers import claims_of, kind


def _locs(text: str) -> list[dict]:
    return kind(claims_of(text), "location")


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(c["name"], c.get("admin1_code")) for c in _locs(text)]


def _cued(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in _cued_villages(text)]


def test_cues_name_settlements():
    assert _cued("Gunmen fired on Pombar, a small village in Vanj district.") == ["Pombar"]
    assert _cued("Residents of Yarchgh said the shooting lasted an hour.") == ["Yarchgh"]
    assert _cued("In Yarchgh, villagers say four men died.") == ["Yarchgh"]
    assert _cued("The attack on an outpost near Tusyan began at dawn.") == ["Tusyan"]
    assert _cued("He served at the Tusyan outpost for two years.") == ["Tusyan"]


def test_cues_skip_people_months_and_foreign_places():
    assert _cued('"They shot at us," said Mirzo Nabi, a village elder.') == []
    assert _cued("In March, a further three villagers drowned.") == []
    assert _cued("Bahrom Sayfi, a villager, said he heard shots.") == []
    assert _cued("Residents of Moscow and of Uzbekistan were not affected.") == []


def test_a_cued_village_is_placed_in_its_district_and_found_again():
    text = ("KHORUGH, 3 May (Agency) - Gunmen fired on Pombar, a small village in Vanj district, on Friday.\n\n"
            "Residents of Pombar said two houses burned. Teachers in Pombar closed the school.\n")
    found = [(c["name"], c["admin1_code"]) for c in _locs(text) if c["name"] == "Pombar"]
    assert found == [("Pombar", "TJ-GB")] * 3


def test_a_village_with_no_area_in_its_sentence_takes_the_area_named_before():
    text = ("UPDATE No. 4 - Shelling, Vanj district (Gorno-Badakhshan)\n\n"
            "Two houses were hit in Pombar village on the night of 3 May.\n\n"
            "A Taliban spokesman in Fayzabad, Badakhshan, denied any shooting.\n\n"
            "Pombar lies two km from the river.\n")
    assert [c["admin1_code"] for c in _locs(text) if c["name"] == "Pombar"] == ["TJ-GB", "TJ-GB"]


def test_a_byline_village_is_no_place():
    text = ("A school reopens\n\nBy Dilnoza Rahimova in Pombar\n\n"
            "Pombar, a small village in Vanj district, lost two men in May.\n")
    assert [c["start"] for c in _locs(text) if c["name"] == "Pombar"] == [text.index("Pombar,")]


def _roles(sentence: str) -> list[tuple[str, str]]:
    return [(loc.name, loc.role) for loc in find_locations(sentence, 0, len(sentence), Gazetteer.default())]


def test_origins():
    assert _roles('He knew of "no crossing" from Khwahan district.') == [("Khwahan district", "origin")]
    assert _roles("Armed men entered from the territory of Afghanistan, in the area of Khwahan district.") == [
        ("Afghanistan", "origin"), ("Khwahan district", "origin")]
    assert ("Afghanistan", "origin") in _roles('A spokesman said the raiders were "not from Afghanistan".')
    assert ("Tajikistan", "origin") in _roles("Police detained 40 men returning from Tajikistan.")


def test_organisation_names_are_no_places():
    assert _roles("Kunduz Line, a news site, quoted the police.") == []
    assert _roles("Write to the working group, Kulob office.") == []
    assert _roles("The Government of Afghanistan must cooperate.") == []


def test_the_border_as_an_attribute_is_no_place():
    assert _roles("Editorial: after the Tajik border clash, count the dead") == []
    assert _roles("Readers write on the Afghan border killings") == []
    assert _roles("Two guards were wounded near the Tajik border on Monday.") == [("near the Tajik border", "place")]
