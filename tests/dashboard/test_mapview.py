"""The folium map: border, regions, one marker per located record, escaped tooltips, offline assets."""

from __future__ import annotations

import json
import re
import time

import geodata
from dashboard import assets, data, mapview
from dashboard.safe import esc
from tests.dashboard.conftest import HOSTILE


def marker_ids(html: str) -> list[str]:
    return re.findall(r'data-id=\\?"([^"\\]+)', html)


def test_map_has_border_regions_and_attribution(records: list[dict]) -> None:
    html = mapview.map_html(mapview.build_map(records))
    border = geodata.load_geojson("border")["features"][0]
    assert border["properties"]["name"] in html
    lon, lat = border["geometry"]["coordinates"][0]
    assert f"{lon}" in html and f"{lat}" in html  # the line's own vertices are drawn
    for name in ("Khatlon", "Gorno-Badakhshan", "Badakhshan"):
        assert name in html
    for code in ("TJ-KT", "TJ-GB", "AF-BDS"):
        assert code in html
    attribution = geodata.attribution()
    assert json.dumps(attribution) in html or esc(attribution) in html


def test_map_is_framed_on_the_border(records: list[dict]) -> None:
    m = mapview.build_map(records)
    (south, west), (north, east) = mapview.border_bounds(geodata.load_geojson("border"))
    assert 36 < south < north < 39.5 and 67 < west < east < 75.5
    assert "fitBounds" in mapview.map_html(m)


def test_one_marker_per_located_record(records: list[dict]) -> None:
    html = mapview.map_html(mapview.build_map(records))
    located = {r["id"] for r in records if r.get("marker_lat") is not None}
    assert sorted(set(marker_ids(html))) == sorted(located)
    assert len(marker_ids(html)) == len(located)


def test_tooltips_carry_id_and_precision(records: list[dict]) -> None:
    html = mapview.map_html(mapview.build_map(records))
    assert "[BW-0001]" in html and "district" in html


def test_imprecise_records_draw_their_area(records: list[dict], rec) -> None:
    """District/region/border precision is shown as an area, not only as a pin."""
    html = mapview.map_html(mapview.build_map(records))
    ring = rec("BW-0001")["geometry"]["coordinates"][0]
    lon, lat = ring[1]
    assert re.search(rf"{lon}\s*,\s*{lat}", html), "district polygon of BW-0001 not drawn"


def test_hostile_text_is_escaped_in_map(records: list[dict]) -> None:
    html = mapview.map_html(mapview.build_map(records))
    for bad in HOSTILE:
        assert bad not in html
    assert "&lt;script&gt;" in html


def test_map_needs_no_cdn(records: list[dict]) -> None:
    html = mapview.map_html(mapview.build_map(records))
    assert assets.external_urls(html) == []


def test_empty_map_still_builds() -> None:
    html = mapview.map_html(mapview.build_map([]))
    assert "Tajikistan" in html


def test_5000_records_are_clustered_and_fast(many_path) -> None:
    records = data.load_records(many_path)
    t0 = time.perf_counter()
    m = mapview.build_map(records)
    html = mapview.map_html(m)
    elapsed = time.perf_counter() - t0
    assert "markerClusterGroup" in html
    assert html.count("BW-S0") >= 5000
    assert elapsed < 5.0, f"building + rendering the 5,000-record map took {elapsed:.1f}s"
