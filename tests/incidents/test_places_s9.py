"""Place and weapon rules from the ninth session (sets G, J, K and O opened as dev sets): origins named by
"from the territory/side of", by nouns of fire and attack, and chained with "in"; "the district of X"; bare
village names the gazetteer knows only as an alternate name of a settlement in another province; mine-action
wording. Every sentence here is written for these tests (other names, numbers and places than any article).
"""

from __future__ import annotations

import pytest

from geodata import Gazetteer
from incidents.places import find_locations
from tests.incidents.helpers import claims_of, header, kind

PUB = header("2025-05-20", "https://example.org/s9")


def weapons(sentence: str) -> list[tuple[str, str]]:
    return [(c["text"], c["weapon"]) for c in kind(claims_of(PUB + sentence), "weapon")]


def places(sentence: str) -> list[tuple[str, str | None, str, str]]:
    """(text, admin1_code, precision, role) of every place mention in one sentence."""
    return [(loc.name, (loc.place.admin1_code or None) if loc.place else None, loc.precision, loc.role)
            for loc in find_locations(sentence, 0, len(sentence), Gazetteer.default())]


def roles(sentence: str) -> dict[str, str]:
    return {n: r for n, _, _, r in places(sentence)}


def locations(article: str) -> list[tuple[str, str | None, str, str]]:
    return [(c["text"], c["admin1_code"], c["precision"], c["role"])
            for c in kind(claims_of(PUB + article), "location")]


# --- weapons ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Explosive ordnance wounded two herders near the canal.", [("Explosive ordnance", "explosives")]),
    ("Since March, nine children have been hurt by explosive ordnance in the valley.",
     [("explosive ordnance", "explosives")]),
])
def test_explosive_ordnance_is_explosives(sentence, expected):
    assert weapons(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Mine risk education sessions reached 640 pupils in three districts.",
    "Volunteers ran mine risk talks in four schools.",
])
def test_mine_risk_education_is_no_weapon(sentence):
    assert weapons(sentence) == []


def test_a_mine_next_to_risk_wording_still_counts():
    assert weapons("The mine that hurt the boy lay in a field marked as low risk.") == [("mine", "mine")]


# --- origins ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    # "from the territory / side / direction of X" says where an attack or crossing came from, whatever precedes it
    ("A patrol reported armed men from the territory of Afghanistan near the pumping station.", "Afghanistan"),
    ("The district was hit by rocket fire from the territory of Tajikistan on Monday.", "Tajikistan"),
    ("Guards were shot at \"from the territory of Afghanistan\" shortly after dusk.", "Afghanistan"),
    ("Four men tried to wade across from the side of the Afghan district of Khwahan.", "Khwahan"),
    # nouns of fire and attack
    ("Two shepherds were wounded by fire from Afghanistan on Sunday.", "Afghanistan"),
    ("Officials dismissed reports of an attack from Shighnan as invented.", "Shighnan"),
    ("Villagers heard shots from Darwaz district late on Friday.", "Darwaz district"),
    # "come"
    ("The police denied that the smugglers had come from Afghanistan.", "Afghanistan"),
])
def test_origin_phrasings(sentence, name):
    assert roles(sentence)[name] == "origin"


def test_origin_chained_with_in_within_one_country():
    r = roles("Guards said the quadcopter was flown from Shighnan district in Afghanistan.")
    assert r == {"Shighnan district": "origin", "Afghanistan": "origin"}


def test_in_after_an_origin_naming_the_other_country_is_where_it_happened():
    r = roles("Armed men crossed from the territory of Afghanistan in Farkhor district at night.")
    assert r["Afghanistan"] == "origin" and r["Farkhor district"] == "place"


def test_origin_in_apposition_to_the_afghan_bank():
    r = roles("The shots came from the Afghan bank, from the Khwahan district, officials said.")
    assert r["Khwahan district"] == "origin"


def test_from_the_direction_of_the_afghan_bank_is_an_afghan_origin():
    s = "Fishermen said gunshots came from the direction of the Afghan bank before dawn."
    found = [(loc.name, loc.country, loc.role) for loc in find_locations(s, 0, len(s), Gazetteer.default())]
    assert found == [("from the direction of the Afghan bank", "AF", "origin")]


@pytest.mark.parametrize("sentence, name", [
    ("Traders from Khorugh sold apricots at the market.", "Khorugh"),
    ("A doctor from Kulob treated the wounded.", "Kulob"),
    ("Firefighters from Bokhtar arrived within an hour.", "Bokhtar"),
])
def test_people_from_a_place_are_no_origin(sentence, name):
    assert roles(sentence)[name] == "place"


# --- "the district of X" ---------------------------------------------------------------------------------

def test_the_district_of_a_name_is_the_district():
    assert places("Gunmen opened fire from the Afghan district of Khwahan at dawn.")[0][:3] == (
        "Khwahan", "AF-BDS", "district")


def test_a_district_of_a_province_keeps_the_province():
    found = places("The governor of Imam Sahib district of Kunduz said two men died.")
    assert ("Kunduz", "AF-KDZ", "region", "place") in found


# --- a village known only by another province's alternate name -------------------------------------------

def test_an_alternate_name_in_a_story_about_another_province_is_placed_there():
    article = ("Guards in Farkhor district exchanged fire with smugglers on Tuesday.\n\n"
               "A week earlier a herder was wounded by a mine near Dahana, police said.\n")
    found = locations(article)
    dahana = next(f for f in found if f[0] == "Dahana")
    assert dahana[1] == "TJ-KT" and dahana[3] == "place"


def test_an_alternate_name_takes_the_district_its_sentence_names():
    found = places("Shells hit a barn in Dahana in Farkhor district overnight.")
    assert found[0][:2] == ("Dahana", "TJ-KT")


def test_an_alternate_name_with_no_story_area_keeps_the_gazetteer_place():
    assert places("A herder was wounded near Dahana.")[0][:2] == ("Dahana", "AF-BGL")


def test_a_gazetteer_name_of_the_place_itself_stays_put():
    article = ("Guards in Farkhor district exchanged fire with smugglers on Tuesday.\n\n"
               "Officials in Fayzabad said they had no information.\n")
    fayz = next(f for f in locations(article) if f[0] == "Fayzabad")
    assert fayz[1] == "AF-BDS"


# --- the river named without "the" ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Two herders drowned on Panj after their raft overturned.",
    "Shooting across Panj lasted until dawn, villagers said.",
    "Few incidents were recorded on the upper Panj last winter.",
])
def test_a_river_stretch_or_a_preposition_no_town_takes_names_the_river(sentence):
    assert [(p[0], p[2]) for p in places(sentence) if p[0] == "Panj"] == [("Panj", "border")]


def test_along_a_list_of_districts_keeps_the_districts():
    found = places("The stretch along Panj and Farkhor districts is flat farmland.")
    assert found[0][:3] == ("Panj", "TJ-KT", "district")


# --- names inside the names of outlets, channels, offices and time zones ----------------------------------

@pytest.mark.parametrize("sentence", [
    "Kulob Weekly asked the district chief about the shooting.",
    "The channel \"Vanj 7\" wrote that two men had been detained.",
    "Rasht Live posted a video of the riverbank.",
    "A story in Khorugh Insider gave a different figure.",
    "The first post appeared at 06:10 (Khorugh time) on Sunday.",
    "The ICRC's Kabul delegation sent two surgeons.",
])
def test_names_inside_outlet_channel_office_and_time_zone_names_are_no_places(sentence):
    assert places(sentence) == []


def test_a_number_after_a_place_that_counts_people_keeps_the_place():
    assert [p[0] for p in places("In Khatlon 12 people were detained last month.")] == ["Khatlon"]


# --- bylines ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("byline", [
    "By Farid Nazarov, Kulob",
    "By Kokcha Press reporter, Fayzabad",
    "By Munira Sattorova, a teacher from Khorugh",
])
def test_where_the_writer_is_on_a_byline_is_no_place(byline):
    article = f"Guards detained four men\n{byline}\n\nGuards detained four men near Panji Poyon on Monday.\n"
    assert [loc[0] for loc in locations(article)] == ["Panji Poyon"]


# --- headings are no datelines ----------------------------------------------------------------------------

def test_a_place_alone_on_its_line_is_a_heading_not_a_dateline():
    article = "Week in brief\n\nBADAKHSHAN\nTwo smugglers were detained in Wakhan district on Monday.\n"
    heading = next(loc for loc in locations(article) if loc[0] == "BADAKHSHAN")
    assert heading[1:] == ("AF-BDS", "region", "place")


def test_a_masthead_heading_is_a_place():
    article = "TAJIKISTAN | Situation Report No. 7\nShelling in Farkhor district\n\nNo one was hurt.\n"
    assert locations(article)[0] == ("TAJIKISTAN", None, "country", "place")


def test_a_dateline_stays_a_dateline():
    article = "KHORUGH, 4 May - Two guards were wounded near the Tem bridge on Friday.\n"
    assert locations(article)[0][0] == "KHORUGH" and locations(article)[0][3] == "dateline"
