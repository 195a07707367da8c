"""The gazetteer knows renamed and variant spellings and never confuses the two Badakhshans."""

from __future__ import annotations

import pytest

from geodata import Gazetteer, fold


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("variant", "district", "code"),
    [
        ("Shuro-obod", "Shuro-obod", "TJ-KT"), ("Shamsiddin Shohin", "Shuro-obod", "TJ-KT"),
        ("Shamsiddin-Shohin", "Shuro-obod", "TJ-KT"), ("Shokhin", "Shuro-obod", "TJ-KT"),
        ("Qumsangir", "Qumsangir", "TJ-KT"), ("Jayhun", "Qumsangir", "TJ-KT"),
        ("Darvoz", "Darvoz", "TJ-GB"), ("Darvaz", "Darvoz", "TJ-GB"), ("Kulyab", "Kulob", "TJ-KT"),
        ("Shahrituz", "Shahrtuz", "TJ-KT"), ("Vose", "Vose'", "TJ-KT"), ("Vose district", "Vose'", "TJ-KT"),
    ],
)
def test_variant_district_names(gaz, variant, district, code):
    hits = [p for p in gaz.lookup(variant) if p.feature == "district"]
    assert hits and hits[0].name == district and hits[0].admin1_code == code


@pytest.mark.parametrize(
    ("variant", "code"),
    [("Gorno-Badakhshan", "TJ-GB"), ("GBAO", "TJ-GB"), ("Mountainous Badakhshan", "TJ-GB"),
     ("Gorno-Badakhshan Autonomous Region", "TJ-GB"), ("Khatlon", "TJ-KT"), ("Khatlon region", "TJ-KT"),
     ("Khatlon Province", "TJ-KT"), ("Khatlon oblast", "TJ-KT"), ("Badakhshan", "AF-BDS"),
     ("Badakhshan province", "AF-BDS"), ("Takhar", "AF-TAK")],
)
def test_region_names(gaz, variant, code):
    best = gaz.lookup(variant)[0]
    assert best.precision == "region" and best.admin1_code == code


def test_darwaz_afghan_side_is_its_own_district(gaz):
    assert gaz.lookup("Darwaz")[0].admin1_code == "AF-BDS"


def test_kulob_town_and_kulyab_are_one_place(gaz):
    town = gaz.lookup("Kulob")[0]
    assert town.precision == "town" and gaz.lookup("Kulyab")[0] == town


def test_precision_of_entry_kinds(gaz):
    assert gaz.lookup("Tajikistan")[0].precision == "country"
    assert gaz.lookup("Tajik-Afghan border")[0].precision == "border"
    assert gaz.lookup("Khorugh")[0].precision == "town"


def test_fuzzy_finds_misspellings(gaz):
    hits = gaz.fuzzy("Shamsidin Shokhin")
    assert hits and hits[0][0].name == "Shuro-obod"
    assert gaz.fuzzy("Qwertyuiop") == []


def test_scan_keeps_offsets_and_prefers_longest(gaz):
    text = "Militants in Afghanistan’s Badakhshan province hit a camp in Gorno-Badakhshan, near Kŭlob."
    found = {m.text: m for m in gaz.scan(text)}
    assert "Gorno-Badakhshan" in found and found["Gorno-Badakhshan"].candidates[0].admin1_code == "TJ-GB"
    assert found["Badakhshan province"].candidates[0].admin1_code == "AF-BDS"
    for m in found.values():
        assert text[m.start:m.end] == m.text
    assert "Kŭlob" in found


def test_scan_skips_lowercase_and_stopwords(gaz):
    assert gaz.scan("the panj of it, Nov 26 and Kim said") == []


def test_fold_keeps_length():
    s = "Kŭlob – Qal’ai Khumb ß"
    assert len(fold(s)) == len(s)


def test_variant_town_spelling(gaz):
    """'Puli Khumri' (no hyphens) is how many English outlets write Pul-e Khumri."""
    hits = [p for p in gaz.lookup("Puli Khumri") if p.feature != "district"]
    assert hits and hits[0].admin1_code == "AF-BGL" and hits[0].precision == "town"
