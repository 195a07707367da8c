"""`python -m geodata.build` re-derives exactly what is committed."""

from __future__ import annotations

import json

import shapely
from shapely.geometry import shape

from geodata.build import build
from geodata.paths import DATA_DIR


def test_rebuild_matches_committed(tmp_path, geodata_src):
    paths = build(geodata_src, tmp_path)
    assert (tmp_path / "gazetteer.csv").read_text(encoding="utf-8") == (DATA_DIR / "gazetteer.csv").read_text(
        encoding="utf-8"
    )
    for layer in ("border", "regions", "districts"):
        new = json.loads(paths[layer].read_text(encoding="utf-8"))["features"]
        old = json.loads((DATA_DIR / f"{layer}.geojson").read_text(encoding="utf-8"))["features"]
        assert len(new) == len(old), layer
        for a, b in zip(new, old):
            pa = {k: v for k, v in a["properties"].items() if not isinstance(v, float)}
            pb = {k: v for k, v in b["properties"].items() if not isinstance(v, float)}
            assert pa == pb
            # within 1e-5 degrees (about a metre): tolerance for library float differences
            assert shapely.equals_exact(shape(a["geometry"]), shape(b["geometry"]), tolerance=1e-5), layer


def test_committed_layers_are_small():
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir())
    assert total < 5 * 1024 * 1024
