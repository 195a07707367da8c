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


def _click(tooltip: str | None, count: int | None) -> dict:
    return {"last_object_clicked_tooltip": tooltip, "last_object_clicked_count": count}


def test_new_click_selects_record_once() -> None:
    ids = ["BW-0001", "BW-0002"]
    last, rid = mapview.new_click(_click("Drone attack … [BW-0001]", 2), None, ids)
    assert rid == "BW-0001"
    # the same value on the next rerun (e.g. after the selector changed) is not a new click
    assert mapview.new_click(_click("Drone attack … [BW-0001]", 2), last, ids) == (last, None)


def test_new_click_repeated_click_on_same_marker_counts() -> None:
    ids = ["BW-0001"]
    last, _ = mapview.new_click(_click("x [BW-0001]", 2), None, ids)
    last2, rid = mapview.new_click(_click("x [BW-0001]", 4), last, ids)
    assert rid == "BW-0001" and last2 != last


def test_new_click_ignores_fresh_component_non_records_and_hidden() -> None:
    assert mapview.new_click(None, None, ["BW-0001"]) == (None, None)
    assert mapview.new_click(_click(None, 0), ("t", 3), ["BW-0001"]) == (("t", 3), None)
    last, rid = mapview.new_click(_click("Tajikistan–Afghanistan border", 5), None, ["BW-0001"])
    assert rid is None and last == ("Tajikistan–Afghanistan border", 5)
    assert mapview.new_click(_click("y [BW-0009]", 7), None, ["BW-0001"])[1] is None


def test_selection_layer_outlines_area_and_marker(rec) -> None:
    import folium

    assert mapview.selection_layer(None) is None
    m = folium.Map(tiles=None)
    mapview.selection_layer(rec("BW-0001")).add_to(m)
    html = m.get_root().render()
    assert "bw-selection" in html and "geo_json" in html
    m2 = folium.Map(tiles=None)
    mapview.selection_layer(rec("BW-0006")).add_to(m2)  # a point: ring only, no area
    html2 = m2.get_root().render()
    assert "bw-selection" in html2 and "geo_json" not in html2
