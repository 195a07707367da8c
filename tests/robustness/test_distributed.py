"""incidents.distributed.extract_partition: the pure per-partition entry point for Dask/Spark jobs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from incidents.distributed import extract_partition, read_records
from incidents.parallel import extract_many

from .helpers import check_claims

GOOD = ("url: https://example.org/a\noutlet: Pamir Daily\npublished: 2024-03-05\ntitle: Clash\n---\n"
        "Three border guards were killed and five others wounded near Vanj on Sunday, officials said.\n")
GOOD2 = "KHOROG, 14 June 2023 - At least 4 soldiers died when a mine exploded near Ishkoshim.\n"


def _partition() -> list[tuple[str, bytes | None]]:
    return [("a.txt", GOOD.encode()), ("empty.txt", b""), ("bin.txt", b"\x00\x01\x02abc"),
            ("b.txt", GOOD2.encode()), ("gone.txt", None), ("bad.txt", b"caf\xe9 au lait")]


def test_partition_yields_claims_and_one_error_record_per_bad_file():
    out = list(extract_partition(_partition(), reference=date(2024, 6, 1)))
    errors = [r for r in out if r["kind"] == "error"]
    assert [e["file"] for e in errors] == ["empty.txt", "bin.txt", "gone.txt", "bad.txt"]
    assert all(e["problem"] for e in errors)
    claims = [r for r in out if r["kind"] != "error"]
    assert {c["file"] for c in claims} == {"a.txt", "b.txt"}
    check_claims(GOOD, [c for c in claims if c["file"] == "a.txt"])
    check_claims(GOOD2, [c for c in claims if c["file"] == "b.txt"])
    assert any(c["kind"] == "killed" and c["value"] == 3 for c in claims)
    json.dumps(out)  # every record is plain JSON


def test_partition_matches_the_local_extractor(tmp_path: Path):
    paths = []
    for name, text in (("a.txt", GOOD), ("b.txt", GOOD2)):
        (tmp_path / name).write_text(text)
        paths.append(str(tmp_path / name))
    ref = date(2024, 6, 1)
    local = [c for r in extract_many(paths, reference=ref) for c in r.claims]
    assert list(extract_partition(read_records(paths), reference=ref)) == local


def test_partition_through_dask_bag():
    db = pytest.importorskip("dask.bag")
    records = _partition()
    bag = db.from_sequence(records, npartitions=3).map_partitions(
        lambda part: list(extract_partition(part, reference=date(2024, 6, 1))))
    got = bag.compute(scheduler="sync")
    assert got == list(extract_partition(records, reference=date(2024, 6, 1)))


def test_article_records_and_build_from_jsonl(tmp_path: Path):
    from incidents.distributed import build_from_jsonl

    out = list(extract_partition(_partition(), reference=date(2024, 6, 1), articles=True))
    arts = [r for r in out if r["kind"] == "article"]
    assert [a["file"] for a in arts] == ["a.txt", "b.txt"]
    assert arts[0]["outlet"] == "Pamir Daily" and arts[0]["published"] == "2024-03-05"
    assert arts[0]["n_claims"] == sum(1 for r in out if r.get("file") == "a.txt" and r["kind"] not in ("article",))
    jsonl = tmp_path / "part-0.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in out))
    summary = build_from_jsonl([jsonl], tmp_path / "build")
    assert summary["articles"] == 2 and summary["records"] >= 1 and len(summary["errors"]) == 4
    for name in ("incidents.geojson", "claims.jsonl", "disagreements.csv", "events.csv"):
        assert (tmp_path / "build" / name).exists()
    geo = json.loads((tmp_path / "build" / "incidents.geojson").read_text())
    outlets = {s["outlet"] for f in geo["features"] for s in f["properties"]["sources"]}
    assert "Pamir Daily" in outlets
