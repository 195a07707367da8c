"""Dashboard render cost: building the folium map HTML for the seeds and for 5,000 generated records.

    .venv/bin/python benchmarks/bench_dashboard.py [--n 5000] [--repeat 3]

The 5,000 records are clones of the seed records spread over the border regions and a year of
dates; they are generated in a temporary folder and never written to the repo. Prints seconds for
load, filter, map build and HTML render, and the HTML size (what streamlit-folium ships to the browser).
"""

from __future__ import annotations

import argparse
import copy
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import data, mapview
from incidents.pipeline import build


def generate(seed_records: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` records cloned from the seeds with new ids, dates and marker positions near the border."""
    out = []
    for i in range(n):
        r = copy.deepcopy(seed_records[i % len(seed_records)])
        r["id"] = f"BW-gen{i:06d}"
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
        if r.get("date_best") or r.get("date_earliest"):
            r["date_best"] = r["date_earliest"] = r["date_latest"] = day.isoformat()
        r["marker_lat"] = round(rng.uniform(36.8, 38.6), 5)
        r["marker_lon"] = round(rng.uniform(67.8, 74.8), 5)
        if r.get("killed"):
            k = rng.randrange(0, 12)
            r["killed"] = {"low": k, "best": k, "high": k}
        out.append(r)
    return out


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def measure(label: str, path: Path, repeat: int) -> None:
    t_load, records = timed(lambda: data.load_records(path), repeat)
    bounds = data.date_bounds(records)
    mid = bounds[0] + (bounds[1] - bounds[0]) / 2 if bounds else None
    t_filter, shown = timed(lambda: data.filter_records(records, bounds[0] if bounds else None, mid), repeat)
    sel = records[0]["id"] if records else None
    t_map, _m = timed(lambda: mapview.build_map(records, sel), repeat)
    t_html, html = timed(lambda: mapview.map_html(mapview.build_map(records, sel)), repeat)
    print(f"{label}: {len(records)} records ({path.stat().st_size / 1e6:.1f} MB geojson)")
    print(f"  load            {t_load * 1000:8.1f} ms")
    print(f"  filter (½ span) {t_filter * 1000:8.1f} ms -> {len(shown)} records")
    print(f"  build_map       {t_map * 1000:8.1f} ms")
    print(f"  build+render    {t_html * 1000:8.1f} ms, HTML {len(html) / 1e6:.2f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds_dir = Path(tmp) / "seeds"
        t = time.perf_counter()
        build(None, seeds_dir)
        print(f"seed build (first start without build/): {time.perf_counter() - t:.2f} s")
        measure("seeds", seeds_dir / data.INCIDENTS_FILE, args.repeat)
        seed_records = data.load_records(seeds_dir / data.INCIDENTS_FILE)
        big = Path(tmp) / "big.geojson"
        big.write_bytes(data.to_geojson_bytes(generate(seed_records, args.n, random.Random(7))))
        measure(f"generated x{args.n}", big, args.repeat)


if __name__ == "__main__":
    main()
