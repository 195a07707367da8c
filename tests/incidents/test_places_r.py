"""Location roles found while scoring dev set R, on sentences written for this test.

Places joined to an origin by "and"/"or" ("fired from Yangi Qala or Chah Ab") are origins too; a
place after a comma or further on in the clause is not.
"""

from __future__ import annotations

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2025-10-09", "https://example.org/r")


def roles(body: str) -> dict[str, str]:
    return {c["text"]: c["role"] for c in kind(claims_of(PUB + body), "location")}


def test_places_joined_to_an_origin_are_origins() -> None:
    got = roles("Taliban officials denied that any mortar rounds were fired from Khwahan or Shighnan.")
    assert got["Khwahan"] == "origin" and got["Shighnan"] == "origin"
    got = roles("The gunmen came from Takhar and Kunduz, the committee said.")
    assert got["Takhar"] == "origin" and got["Kunduz"] == "origin"


def test_places_not_joined_to_an_origin_stay_places() -> None:
    got = roles("Shots were fired from Khwahan, Vanj officials said.")
    assert got["Khwahan"] == "origin" and got["Vanj"] == "place"
    got = roles("Gunmen from Khwahan attacked a post near Farkhor and Vanj.")
    assert got["Farkhor"] == "place" and got["Vanj"] == "place"


def locs(body: str) -> dict[str, tuple[str | None, str | None, str]]:
    """text -> (place, admin1_code, precision) of each location claim."""
    return {c["text"]: (c["place"], c["admin1_code"], c["precision"])
            for c in kind(claims_of(PUB + body), "location")}


def test_a_village_the_gazetteer_lacks_takes_the_district_its_sentence_names() -> None:
    got = locs("Two herders were wounded near the village of Qalai Kuhna in Rushon district.")
    assert got["Qalai Kuhna"] == ("Rushon", "TJ-GB", "district")


def test_a_village_after_an_earlier_sentence_takes_only_that_province() -> None:
    got = locs("Shelling hit Darvoz district on Monday. A woman was hurt in the village of Qalai Kuhna.")
    assert got["Qalai Kuhna"] == ("Gorno-Badakhshan", "TJ-GB", "region")


def test_a_village_with_no_area_named_before_is_left_out() -> None:
    assert "Qalai Kuhna" not in locs("A woman was hurt in the village of Qalai Kuhna on Monday.")


def test_a_capital_is_no_village_area() -> None:
    assert "Qalai Kuhna" not in locs("Officials in Dushanbe said a woman was hurt in the village of Qalai Kuhna.")


def test_the_country_of_the_village_must_agree() -> None:
    got = locs("Police in Takhar gave no figures. Shots hit the Tajik village of Qalai Kuhna.")
    assert "Qalai Kuhna" not in got


def test_an_alternate_name_of_a_distant_place_yields_to_the_area_of_the_text() -> None:
    # "Dahana" is also an alternate name of a district centre in Baghlan, far from the border
    got = locs("Gunmen fired on a camp above the village of Dahana in Farkhor district.")
    assert got["Dahana"] == ("Farkhor", "TJ-KT", "district")


def test_a_gazetteer_village_under_its_own_name_keeps_its_point() -> None:
    got = locs("Shelling hit Darvoz district. A boy was hurt in the village of Zarhalol.")
    assert got["Zarhalol"][1:] == ("TJ-KT", "village")
