"""Real geography asserted on the committed layers (figures from the sources' PROVENANCE)."""

from __future__ import annotations

import json

import pytest
import shapely
from pyproj import Geod
from shapely.geometry import shape

import geodata
from geodata.build import to_utm, to_wgs
from geodata.layers import district_by_name

GEOD = Geod(ellps="WGS84")


def contact_km(region_code: str, within_m: float = 1000.0) -> float:
    """Geodesic km of the border line lying within ``within_m`` of a region polygon."""
    region = geodata.region_by_code(region_code)
    assert region is not None, region_code
    near = to_utm(region.geometry).buffer(within_m)
    piece = to_wgs(to_utm(geodata.border_line()).intersection(near))
    return GEOD.geometry_length(piece) / 1000.0


def test_border_length_within_stated_range():
    props = geodata.load_geojson("border")["features"][0]["properties"]
    measured = GEOD.geometry_length(geodata.border_line()) / 1000.0
    assert 1340 <= measured <= 1380
    assert abs(measured - props["length_km"]) < 0.1
    assert geodata.border_length_km() == props["length_km"]


def test_border_stays_within_100_m_of_full_line(geodata_src):
    full = shape(json.loads((geodata_src / "derived" / "afg_tjk_border_from_geoboundaries_TJK_ADM0_osm.geojson")
                            .read_text())["features"][0]["geometry"])
    offset = to_utm(geodata.border_line()).hausdorff_distance(to_utm(full))
    assert offset <= 100.0


@pytest.mark.parametrize(("code", "expected_km"), [("TJ-KT", 481), ("TJ-GB", 885), ("AF-BDS", 997)])
def test_border_contact_with_regions(code, expected_km):
    assert contact_km(code) == pytest.approx(expected_km, rel=0.05)


@pytest.mark.parametrize("code", ["TJ-SU", "TJ-RA", "TJ-DU", "AF-KAB"])
def test_regions_away_from_border_do_not_touch_it(code):
    assert contact_km(code) < 1.0


def test_all_regions_present_with_iso_codes():
    regs = {r.code: r for r in geodata.regions()}
    assert {"TJ-KT", "TJ-GB", "TJ-SU", "TJ-RA", "TJ-DU"} <= set(regs)
    assert len([c for c in regs if c.startswith("AF-")]) == 34
    assert regs["AF-GHA"].name == "Ghazni"  # the source's "Ghanzi" typo is corrected
    assert all(r.geometry.is_valid for r in regs.values())


def test_districts_have_parents():
    ds = geodata.districts()
    tj = [d for d in ds if d.country == "TJ"]
    assert len(tj) == 58
    af = {d.region for d in ds if d.country == "AF"}
    assert af == {"Badakhshan", "Takhar", "Kunduz", "Balkh"}
    assert len([d for d in ds if d.region == "Badakhshan"]) == 28


@pytest.mark.parametrize(
    ("name", "code"),
    [("Dushanbe", "TJ-DU"), ("Kulob", "TJ-KT"), ("Khorugh", "TJ-GB"), ("Fayzabad", "AF-BDS"),
     ("Bokhtar", "TJ-KT"), ("Qalaikhumb", "TJ-GB")],
)
def test_towns_fall_in_their_region(name, code):
    town = next(p for p in geodata.Gazetteer.default().lookup(name) if p.precision == "town")
    region = geodata.region_at(town.lon, town.lat)
    assert region is not None and region.code == code


@pytest.mark.parametrize(("district", "code"), [("Shuro-obod", "TJ-KT"), ("Darvoz", "TJ-GB"), ("Darwaz", "AF-BDS")])
def test_districts_fall_in_their_region(district, code):
    d = district_by_name(district)
    pt = d.geometry.representative_point()
    assert geodata.region_at(pt.x, pt.y).code == code
    assert geodata.district_at(pt.x, pt.y).name == district


def test_point_on_panj_is_near_the_line(geodata_src):
    """Vertices of the independent Afghan-side (AIMS) line sit on the Panj: almost all within 1 km."""
    aims = shape(json.loads((geodata_src / "derived" / "afg_tjk_border_from_geoboundaries_AFG_ADM2_aims.geojson")
                            .read_text())["features"][0]["geometry"])
    line = to_utm(geodata.border_line())
    pts = to_utm(shapely.points(list(aims.coords)[::25]))
    dist = shapely.distance(pts, line)
    assert (dist < 1000).mean() > 0.9
    # every vertex of the full-resolution OSM line (which follows the Panj's thalweg) is within 1 km
    full = shape(json.loads((geodata_src / "derived" / "afg_tjk_border_from_geoboundaries_TJK_ADM0_osm.geojson")
                            .read_text())["features"][0]["geometry"])
    assert shapely.distance(to_utm(shapely.points(list(full.coords))), line).max() < 1000


def test_outside_points_have_no_region():
    assert geodata.region_at(60.0, 50.0) is None
