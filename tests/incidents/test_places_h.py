"""Location precision and role rules found while scoring eval set H, on sentences written for this test.

A small town naming its district is the district, a provincial capital naming its province the province
(datelines and cities keep the town); an all-caps item heading ending in a period is no dateline; the
names chained after an origin ("from the territory of the X district of Y province of Afghanistan") are
origins too; "cross … from", "brought across from", "from the direction of" and "the Islamic Emirate
of" mark origins; a river is never an origin; where non-fighters or groups merely are ("a drug lord
based in", "armed groups operating in", "an armed group in <Tajik district>") is a place; outlets ending
in Voice/Nama, all-caps ministry letterheads and bylines are no places.
"""

from __future__ import annotations

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2024-06-14", "https://example.org/p")


def locs(body: str) -> list[tuple[str, str | None, str, str]]:
    """(text, admin1_code, precision, role) of each location claim."""
    return [(c["text"], c["admin1_code"], c["precision"], c["role"])
            for c in kind(claims_of(PUB + body), "location")]


def by_text(body: str) -> dict[str, tuple[str | None, str, str]]:
    return {t: (a, p, r) for t, a, p, r in locs(body)}


def test_district_centre_is_the_district_without_context() -> None:
    got = by_text("Two farmers were wounded in Shahritus on Monday.")
    assert got["Shahritus"] == ("TJ-KT", "district", "place")


def test_town_word_keeps_the_town() -> None:
    assert by_text("Shops in Farkhor town were closed.")["Farkhor town"][1] == "town"


def test_provincial_capital_is_the_province_without_context() -> None:
    assert by_text("Police in Kunduz said two men were held.")["Kunduz"] == ("AF-KDZ", "region", "place")
    assert by_text("Doctors in Kunduz city treated them.")["Kunduz city"][1] == "town"


def test_cities_stay_cities() -> None:
    got = by_text("The wounded were flown from Kulob to Dushanbe.")
    assert got["Kulob"][1] == "town" and got["Dushanbe"][1] == "town"


def test_dateline_keeps_the_town_and_a_heading_is_a_place() -> None:
    got = locs("SHAHRITUS, May 3 (Test Wire) - Guards fired shots.\n\nVANJ. A boat sank near the bank.")
    assert ("SHAHRITUS", "TJ-KT", "town", "dateline") in got
    assert ("VANJ", "TJ-GB", "district", "place") in got


def test_origin_chain() -> None:
    got = by_text("The drone was launched from the territory of the Khwahan district of Afghanistan's "
                  "Badakhshan province, officials said.")
    assert got["Khwahan district"][2] == "origin" and got["Afghanistan"][2] == "origin"
    assert got["Badakhshan province"][2] == "origin"


def test_origin_verbs() -> None:
    assert [r for *_, r in locs("Five men tried to cross the state border from the territory of the Islamic "
                                "Emirate of Afghanistan.")] == ["origin"]
    assert by_text("The mine had been brought across from Afghanistan, police said.")["Afghanistan"][2] == "origin"
    assert by_text("Witnesses said the shots came from the direction of Rustaq.")["Rustaq"][2] == "origin"
    assert by_text('The envoy said the attackers came "from the territory of Afghanistan".')["Afghanistan"][2] == \
        "origin"


def test_a_river_is_never_an_origin() -> None:
    got = by_text("Mortar rounds fired from across the Panj hit a cotton field.")
    assert got["Panj"][2] == "place"


def test_where_people_merely_are_is_a_place() -> None:
    assert by_text("The ring was run by a drug lord based in Rustaq district.")["Rustaq district"][2] == "place"
    assert by_text("Officials complained about armed groups operating in Takhar province.")[
        "Takhar province"][2] == "place"
    assert by_text("Guards repelled an armed group in Farkhor district at dawn.")["Farkhor district"][2] == "place"
    assert by_text("The network operating from Kunduz province was broken up.")["Kunduz province"][2] == "place"
    # armed men based in a foreign province still name where an attack came from
    assert by_text("Militants based in Afghanistan's Takhar province shelled a village.")[
        "Takhar province"][2] == "origin"


def test_outlets_letterheads_and_bylines_are_no_places() -> None:
    assert locs("The commander told Kunduz Voice that nobody was hurt.") == []
    assert locs("A spokesman told Takhar Nama the boat had sunk.") == []
    assert locs("MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF TAJIKISTAN\n\nA statement was issued.") == []
    assert locs("By our correspondent in Kulob\n\nThe harvest was poor this year.") == []
    # a body paragraph starting with "By" is no byline
    assert by_text("By the evening, guards in Vanj had found the boat.")["Vanj"][1] == "district"
