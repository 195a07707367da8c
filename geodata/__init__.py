"""Geodata for borderwatch: the border line, regions, districts and a gazetteer.

The layers are small committed files under ``geodata/data/`` rebuilt by ``python -m geodata.build``.
Runtime code loads them with plain ``json`` and shapely (no geopandas) so start-up stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

from geodata.paths import DATA_DIR, PACKAGE_DIR

#: The layer functions need shapely (and numpy), ~0.15 s to import; extraction workers only need the
#: gazetteer, so ``geodata.layers`` is imported on first use of one of these names.
_LAYERS = frozenset({"border_length_km", "border_line", "district_at", "districts", "load_geojson", "region_at",
                     "region_by_code", "regions"})
#: The gazetteer needs rapidfuzz and pyahocorasick (~30 ms): a small rebuild, which finds every area it
#: draws cached in the store, never imports it.
_GAZETTEER = frozenset({"Gazetteer", "NameMatch", "Place", "fold"})


def __getattr__(name: str) -> Any:
    if name in _LAYERS:
        return getattr(importlib.import_module("geodata.layers"), name)
    if name in _GAZETTEER:
        return getattr(importlib.import_module("geodata.gazetteer"), name)
    raise AttributeError(f"module 'geodata' has no attribute {name!r}")


def attribution() -> str:
    """The one-line data attribution the map must display (from ``geodata/SOURCES.md``)."""
    for line in (PACKAGE_DIR / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("ATTRIBUTION:"):
            return line.removeprefix("ATTRIBUTION:").strip()
    raise RuntimeError("geodata/SOURCES.md has no ATTRIBUTION: line")


__all__ = [
    "DATA_DIR", "Gazetteer", "NameMatch", "Place", "attribution", "border_length_km", "border_line",
    "district_at", "districts", "fold", "load_geojson", "region_at", "region_by_code", "regions",
]
