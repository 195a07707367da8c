"""Offline map assets: no CDN script/stylesheet may remain in the map the browser loads."""

from __future__ import annotations

import base64

import folium
from folium.plugins import FastMarkerCluster, MarkerCluster

from dashboard import assets


def test_vendored_files_and_licences_present() -> None:
    for name in [*assets.VENDORED_JS.values(), *assets.VENDORED_CSS.values(), "LICENSE.leaflet", "LICENSE.markercluster"]:
        assert (assets.VENDOR_DIR / name).stat().st_size > 100, name


def test_data_url_is_the_file() -> None:
    url = assets.data_url("leaflet.js")
    assert url.startswith("data:text/javascript;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == (assets.VENDOR_DIR / "leaflet.js").read_bytes()


def test_localize_plain_map_and_clusters() -> None:
    m = folium.Map(tiles=None)
    FastMarkerCluster([[37.5, 70.0], [38.0, 71.0]]).add_to(m)
    MarkerCluster().add_to(m)
    assets.localize_assets(m)
    html = m.get_root().render()
    assert assets.external_urls(html) == []
    names = [n for n, _ in m.default_js]
    assert names == ["leaflet"]
    cluster = next(c for c in m._children.values() if isinstance(c, FastMarkerCluster))
    assert [n for n, _ in cluster.default_js] == ["markerclusterjs"]


def test_class_defaults_untouched() -> None:
    assets.localize_assets(folium.Map(tiles=None))
    assert any(url.startswith("https://") for _n, url in folium.Map.default_js)
