"""Load the committed layers as plain GeoJSON dicts or shapely geometries, and answer point-in-region.

Loading uses ``json`` and shapely only (no geopandas) and is cached per process: the
dashboard and the extractor both call these on hot paths.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from geodata.paths import DATA_DIR

LAYER_FILES = {
    "border": "border.geojson",
    "regions": "regions.geojson",
    "districts": "districts.geojson",
}


@dataclass(frozen=True)
class Area:
    """One admin area (region or district) with its geometry."""

    name: str
    code: str  # ISO 3166-2 for regions, parent's code for districts
    country: str
    geometry: BaseGeometry
    region: str  # the region itself for regions, the parent for districts


def layer_path(name: str, data_dir: Path = DATA_DIR) -> Path:
    """Path of a committed layer; raises ``KeyError`` for unknown names."""
    return data_dir / LAYER_FILES[name]


@cache
def load_geojson(name: str) -> dict:
    """A layer as a GeoJSON FeatureCollection dict (cached; do not mutate)."""
    return json.loads(layer_path(name).read_text(encoding="utf-8"))


@cache
def border_line() -> BaseGeometry:
    """The Tajik–Afghan border as a shapely LineString (EPSG:4326)."""
    return shape(load_geojson("border")["features"][0]["geometry"])


@cache
def border_length_km() -> float:
    """Geodesic length of the committed border line, as stored by the build."""
    return float(load_geojson("border")["features"][0]["properties"]["length_km"])


@cache
def regions() -> tuple[Area, ...]:
    """All admin-1 regions of Tajikistan and Afghanistan."""
    return tuple(
        Area(f["properties"]["name"], f["properties"]["iso_code"], f["properties"]["country"],
             shape(f["geometry"]), f["properties"]["name"])
        for f in load_geojson("regions")["features"]
    )


@cache
def districts() -> tuple[Area, ...]:
    """Tajik districts and the districts of Afghanistan's four border provinces."""
    return tuple(
        Area(f["properties"]["name"], f["properties"]["region_code"], f["properties"]["country"],
             shape(f["geometry"]), f["properties"]["region"])
        for f in load_geojson("districts")["features"]
    )


@cache
def _tree(kind: str) -> tuple[STRtree, tuple[Area, ...]]:
    areas = regions() if kind == "regions" else districts()
    return STRtree([a.geometry for a in areas]), areas


def _containing(kind: str, lon: float, lat: float) -> Area | None:
    tree, areas = _tree(kind)
    pt = shapely.Point(lon, lat)
    for i in tree.query(pt, predicate="intersects"):
        return areas[int(i)]
    return None


def region_at(lon: float, lat: float) -> Area | None:
    """The admin-1 region containing the point, or None outside TJ/AF."""
    return _containing("regions", lon, lat)


def district_at(lon: float, lat: float) -> Area | None:
    """The district containing the point (Tajikistan and AF border provinces only)."""
    return _containing("districts", lon, lat)


def region_by_code(code: str) -> Area | None:
    """Look a region up by ISO 3166-2 code."""
    return next((a for a in regions() if a.code == code), None)


def district_by_name(name: str, region_code: str | None = None) -> Area | None:
    """Look a district up by its layer name (optionally within a region)."""
    return next(
        (a for a in districts() if a.name == name and (region_code is None or a.code == region_code)), None
    )
