"""A seeded generator of large ``incidents.geojson`` files (docs/interfaces.md §3) for load tests.

Not committed as data: 5,000 records with claims are several MB. The records look like real build
output (region/district/town precision, date spans, sources, claims with consistent offsets,
disagreements) so map building and the sidebar do the same work they would on real data.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from shapely.geometry import mapping, shape

from geodata import load_geojson

KINDS = ("attack", "attack", "attack", "attack", "rollup", "border", "report", "meeting", "advisory", "statement")
PRECISIONS = ("town", "village", "district", "district", "region")
OUTLETS = ("Asia-Plus", "Eurasianet", "RFE/RL", "Reuters", "TOLOnews", "Khaama Press", "Avesta")
STANCES = ("report", "report", "report", "official_statement", "denial", "retraction")


def _border_areas() -> tuple[list[dict], list[dict]]:
    regions = [f for f in load_geojson("regions")["features"] if f["properties"]["iso_code"]
               in {"TJ-KT", "TJ-GB", "AF-BDS", "AF-TAK", "AF-KDZ", "AF-BAL"}]
    districts = [f for f in load_geojson("districts")["features"]
                 if f["properties"]["region_code"] in {f2["properties"]["iso_code"] for f2 in regions}]
    return regions, districts


def _claim(aid: str, path: str, kind: str, sentence: str, text: str, s0: int, stance: str, **extra: object) -> dict:
    start = s0 + sentence.index(text)
    return {"id": f"{aid}:{start}-{start + len(text)}:{kind}", "file": path, "article_id": aid, "kind": kind,
            "start": start, "end": start + len(text), "text": text, "sentence": sentence, "sentence_start": s0,
            "attribution": None, "stance": stance, **extra}


def make_features(n: int, seed: int = 7) -> list[dict]:
    """``n`` plausible records around the Tajik–Afghan border, deterministic for a given ``seed``."""
    rng = random.Random(seed)
    regions, districts = _border_areas()
    simple = {id(f): mapping(shape(f["geometry"]).simplify(0.02)) for f in regions + districts}
    reps = {id(f): shape(f["geometry"]).representative_point() for f in regions + districts}
    day0 = date(2024, 1, 1)
    out: list[dict] = []
    for i in range(n):
        kind = rng.choice(KINDS)
        precision = rng.choice(PRECISIONS)
        area = rng.choice(districts if precision != "region" else regions)
        props_area = area["properties"]
        rep = reps[id(area)]
        lon = rep.x + rng.uniform(-0.15, 0.15)
        lat = rep.y + rng.uniform(-0.1, 0.1)
        geometry = ({"type": "Point", "coordinates": [round(lon, 4), round(lat, 4)]}
                    if precision in {"town", "village"} else simple[id(area)])
        start = day0 + timedelta(days=rng.randrange(700))
        span = rng.choice((0, 0, 0, 1, 2, 6))
        killed = rng.choice((0, 1, 2, 3, 5, 12)) if kind in {"attack", "rollup"} else None
        n_src = rng.randint(1, 3)
        sources, claims = [], []
        for j in range(n_src):
            aid = f"{i:08x}{j:08x}"
            path = f"synthetic/{i:05d}_{j}.txt"
            stance = rng.choice(STANCES)
            sources.append({"article_id": aid, "file": path, "outlet": rng.choice(OUTLETS),
                            "published": (start + timedelta(days=span + 1)).isoformat(),
                            "title": f"Synthetic report {i}-{j} on {props_area['name']}", "stance": stance})
            sentence = (f"On {start:%B} {start.day}, {killed or 0} people were killed near {props_area['name']}, "
                        f"officials said.")
            claims.append(_claim(aid, path, "killed", sentence, f"{killed or 0} people were killed", 100 + j, stance,
                                 value=killed, low=killed, high=killed, qualifier="exact", group=None, side=None))
            claims.append(_claim(aid, path, "date", sentence, f"{start:%B} {start.day}", 100 + j, stance,
                                 normalized=start.isoformat(), normalized_end=start.isoformat(), basis="explicit",
                                 time_of_day=None))
        region_code = props_area.get("iso_code") or props_area.get("region_code")
        region_name = props_area["name"] if precision == "region" else props_area["region"]
        out.append({"type": "Feature", "geometry": geometry, "properties": {
            "id": f"BW-S{i:05d}", "kind": kind,
            "title": f"Synthetic {kind} near {props_area['name']} #{i}",
            "date_best": start.isoformat(), "date_earliest": start.isoformat(),
            "date_latest": (start + timedelta(days=span)).isoformat(),
            "time_precision": 1 if span == 0 else 2 if span < 7 else 3,
            "place": props_area["name"], "district": props_area["name"] if precision != "region" else None,
            "region": region_name, "region_code": region_code, "country": props_area["country"],
            "precision": precision, "where_prec": {"town": 2, "village": 2, "district": 3, "region": 4}[precision],
            "geo_precision": {"town": 1, "village": 1, "district": 2, "region": 3}[precision],
            "marker_lon": round(lon, 5), "marker_lat": round(lat, 5),
            "killed": None if killed is None else {"low": killed, "best": killed, "high": killed + rng.choice((0, 0, 2))},
            "injured": None, "weapons": [rng.choice(("drone", "firearms", "mortar"))], "actors": [], "origin": None,
            "sources": sources, "claims": claims, "disagreements": [], "rollup_of": [], "part_of": [],
        }})
    return out


def write_geojson(path: Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` synthetic records to ``path`` as a FeatureCollection; returns ``path``."""
    doc = {"type": "FeatureCollection", "features": make_features(n, seed)}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path
