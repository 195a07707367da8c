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
