"""A village the gazetteer lacks, placed only by the last area named before it, goes to the article's side of
the river (the country most of its districts, towns and villages lie in), not to the other bank's district
that the story names as the origin of fire."""

from __future__ import annotations

import pytest

from incidents.articles import parse_article
from incidents.extract import extract


def _region_of(body: str, name: str) -> str | None:
    art = parse_article("side.txt", f"published: 2025-05-06\n---\n{body}\n".encode())
    found = [c for c in extract(art) if c["kind"] == "location" and c["text"] == name]
    assert found, f"{name} not found"
    return found[0].get("admin1_code")


@pytest.mark.parametrize(("body", "region"), [
    # told from the Tajik bank: the Afghan district named last before the village is where fire came from
    ("KHORUGH, May 5 - Border guards in Rushon district said on Monday that shots were fired from Shighnan "
     "district across the Panj.\n\nA shepherd from Pastkhufak was wounded. The Vanj district hospital treated him.",
     "TJ-GB"),
    # told from the Afghan bank: the Tajik district is the origin, the village is on the Afghan side
    ("Taliban border forces in Khwahan district said on Monday that shots were fired at them from Rushon "
     "district across the Amu Darya.\n\nA shepherd from Pastkhufak was wounded. He was taken to a clinic in "
     "Chah Ab district and later to Kunduz.",
     "AF-BDS"),
])
def test_unknown_village_on_the_articles_side(body: str, region: str) -> None:
    assert _region_of(body, "Pastkhufak") == region


def test_village_placed_in_its_own_sentence_keeps_that_area() -> None:
    # the sentence itself names the district: the side of the article does not matter
    body = ("Taliban border forces in Khwahan district said on Monday that shots were fired at them.\n\n"
            "A shepherd from Pastkhufak in Vanj district was wounded, Tajik officials said. He was taken to Kunduz.")
    assert _region_of(body, "Pastkhufak") == "TJ-GB"
