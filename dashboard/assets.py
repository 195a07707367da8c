"""Serve the map's browser libraries from the repo instead of CDNs, so the map works offline.

folium lists its JavaScript/CSS as CDN URLs (``default_js``/``default_css`` on each element) and
streamlit-folium loads every listed script in order, rejecting the whole load when one fails: with
no network (CI, an analyst's laptop in the field) the map never draws. :func:`localize_assets`
rewrites those lists on one map: Leaflet and Leaflet.markercluster come from ``dashboard/vendor/``
as ``data:`` URLs (no static file server or Streamlit config needed), and the libraries this
dashboard does not use (jQuery, Bootstrap, Font Awesome, awesome-markers) are dropped.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from branca.element import Element

VENDOR_DIR = Path(__file__).resolve().parent / "vendor"

# folium's asset names → vendored file. Names not listed are not needed by the dashboard and dropped.
VENDORED_JS = {
    "leaflet": "leaflet.js",
    "markerclusterjs": "leaflet.markercluster.js",
}
VENDORED_CSS = {
    "leaflet_css": "leaflet.css",
    "markerclustercss": "MarkerCluster.css",
    "markerclusterdefaultcss": "MarkerCluster.Default.css",
}
_MIME = {".js": "text/javascript", ".css": "text/css"}


@cache
def data_url(filename: str) -> str:
    """A vendored file as a ``data:`` URL (read and encoded once per process)."""
    path = VENDOR_DIR / filename
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{_MIME[path.suffix]};base64,{payload}"


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize_assets(m: Element) -> Element:
    """Point every element's JS/CSS at the vendored copies; returns ``m`` for chaining.

    Call it after the map is fully built and before it is rendered (``st_folium`` renders it):
    the lists are per-instance, so folium's class defaults and other maps stay untouched.
    """
    for element in _walk(m):
        js = getattr(element, "default_js", None)
        if js is not None:
            element.default_js = [(name, data_url(VENDORED_JS[name])) for name, _url in js if name in VENDORED_JS]
        css = getattr(element, "default_css", None)
        if css is not None:
            element.default_css = [(name, data_url(VENDORED_CSS[name])) for name, _url in css
                                   if name in VENDORED_CSS]
    return m


def external_urls(html: str) -> list[str]:
    """``http(s)`` script/stylesheet URLs left in rendered map HTML (tests assert there are none)."""
    return re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="(https?://[^"]+)"', html)


__all__ = ["VENDOR_DIR", "data_url", "external_urls", "localize_assets"]
