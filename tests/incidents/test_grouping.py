"""Grouping and reconciliation on the seeds and on multi-article fixtures written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incidents.pipeline import build

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "multi"


def load_records(out: Path) -> list[dict]:
    import json

    return [f["properties"] | {"geometry": f["geometry"]}
            for f in json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]]


def find(records: list[dict], **kw) -> list[dict]:
    return [r for r in records if all(r.get(k) == v for k, v in kw.items())]


def disagreement(record: dict, field: str) -> dict | None:
    return next((d for d in record["disagreements"] if d["field"] == field), None)


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory, repo) -> list[dict]:
    out = tmp_path_factory.mktemp("seeds")
    report = build([repo / "seeds"], out)
    assert report.n_articles == 5 and not report.errors
    return load_records(out)


@pytest.fixture(scope="module")
def fixture_records(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("multi")
    build([FIXTURES], out)
    return load_records(out)


def test_seed_khatlon_attack(seed_records):
    [khatlon] = find(seed_records, kind="attack", region_code="TJ-KT")
    assert khatlon["date_best"] == "2025-11-26" and khatlon["time_precision"] == 2  # 26 vs 27 Nov
    assert khatlon["killed"]["best"] == 3 and "drone" in khatlon["weapons"]
    assert khatlon["precision"] == "region" and khatlon["where_prec"] == 4
    assert khatlon["geometry"]["type"] in {"Polygon", "MultiPolygon"}  # the area, not a false point
    dates = disagreement(khatlon, "date")
    assert {v["value"] for v in dates["values"]} == {"2025-11-26", "2025-11-27"} and dates["scope"] == "conflict"
    killed = disagreement(khatlon, "killed")
    assert {(v["value"], v["scope"]) for v in killed["values"]} == {(3, "same"), (5, "different_scope")}
    assert killed["scope"] == "different_scope"  # 5 is the total of both attacks, not a conflict


def test_seed_gbao_attack(seed_records):
    [gbao] = find(seed_records, kind="attack", region_code="TJ-GB")
    assert gbao["date_best"] == "2025-11-30" and gbao["killed"]["best"] == 2 and gbao["time_precision"] == 1


def test_seed_rollup_of_both_attacks(seed_records):
    [rollup] = find(seed_records, kind="rollup")
    attacks = {r["id"] for r in find(seed_records, kind="attack")}
    assert set(rollup["rollup_of"]) == attacks and len(attacks) == 2
    assert rollup["killed"]["best"] == 5
    injured = disagreement(rollup, "injured")
    assert {v["value"] for v in injured["values"]} == {1, 5} and injured["scope"] == "conflict"
    assert rollup["injured"] == {"low": 1, "best": 5, "high": 5}
    for r in find(seed_records, kind="attack"):
        assert rollup["id"] in r["part_of"]


def test_seed_border_lengths(seed_records):
    [border] = [r for r in find(seed_records, kind="border") if "Afghan" in r["title"]]
    values = disagreement(border, "length_km")["values"]
    assert sorted(v["value"] for v in values) == [1300, 1344, 1368]
    assert border["geometry"]["type"] == "LineString" and border["precision"] == "border"


def test_seed_report_denied_and_withdrawn(seed_records):
    [report] = find(seed_records, kind="report")
    stances = {s["stance"] for s in report["sources"]}
    assert {"denial", "retraction"} <= stances


def test_fixture_date_disagreement_and_district_vs_region(fixture_records):
    attacks = find(fixture_records, kind="attack")
    farkhor = [r for r in attacks if r["date_earliest"] and r["date_earliest"].startswith("2023-04-1")]
    assert len(farkhor) == 1, [r["title"] for r in attacks]
    rec = farkhor[0]
    assert rec["precision"] == "district" and rec["district"] == "Farkhor" and rec["region_code"] == "TJ-KT"
    assert {v["value"] for v in disagreement(rec, "date")["values"]} == {"2023-04-10", "2023-04-11"}
    assert {v["value"] for v in disagreement(rec, "killed")["values"]} >= {2, 3}
    outlets = {s["outlet"] for s in rec["sources"]}
    assert {"Steppe Wire", "Khatlon Herald"} <= outlets
    assert "grenade" in rec["weapons"]


def test_fixture_denial_kept_as_source_stance(fixture_records):
    stances = {(s["outlet"], s["stance"]) for r in fixture_records for s in r["sources"]}
    assert ("Kabul Evening", "denial") in stances


def test_fixture_rollup_covers_both_attacks(fixture_records):
    [rollup] = find(fixture_records, kind="rollup")
    assert rollup["killed"]["best"] == 7
    covered = [r for r in fixture_records if r["id"] in rollup["rollup_of"]]
    assert {r["date_best"] for r in covered} >= {"2023-04-10"} and len(covered) >= 2


def test_fixture_unit_mix_is_one_border_record(fixture_records):
    [border] = [r for r in find(fixture_records, kind="border") if "Afghan" in r["title"]]
    # "some 835 miles" is 1,343.8 km: after normalisation it agrees with "1,344-kilometre" — no disagreement
    assert disagreement(border, "length_km") is None
    assert {s["outlet"] for s in border["sources"]} == {"Steppe Wire", "Khatlon Herald"}
    assert border["length_km"]["low"] == pytest.approx(1343.8) and border["length_km"]["high"] == 1344.0


def test_rebuild_is_incremental_and_deterministic(tmp_path, repo):
    first = build([repo / "seeds"], tmp_path)
    text = (tmp_path / "incidents.geojson").read_text()
    second = build([repo / "seeds"], tmp_path)
    assert first.n_extracted == 5 and second.n_extracted == 0
    assert (tmp_path / "incidents.geojson").read_text() == text


def test_bad_file_is_reported_and_rest_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((FIXTURES / "a_wire.txt").read_text())
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    report = build([src], tmp_path / "out", reference=date(2023, 4, 30))
    assert report.n_articles == 1 and [p for p, _ in report.errors] == [str(src / "bad.txt")]
    assert (tmp_path / "out" / "events.csv").exists()


EXPORTS = ("incidents.geojson", "events.csv", "disagreements.csv", "claims.jsonl")


def _exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def test_incremental_build_writes_what_a_fresh_build_writes(tmp_path, repo):
    """Add, change and remove articles one build at a time: each incremental build (which copies
    unchanged records from its previous exports) must write byte for byte what a build from
    scratch writes for the same inputs."""
    import shutil
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((repo / "seeds").glob("*.txt"))[:3]:
        shutil.copy(p, src / p.name)
    inc = tmp_path / "inc"
    first = build([src], inc)
    assert first.render_stats["rendered"] == first.n_incidents
    steps = [
        lambda: [shutil.copy(p, src / p.name) for p in FIXTURES.glob("*.txt")],  # add a same-event cluster
        lambda: (src / "a_wire.txt").write_text((src / "a_wire.txt").read_text().replace("Two", "Four")),  # change
        lambda: (src / "c_denial.txt").unlink(),  # remove
        lambda: [shutil.copy(p, src / p.name) for p in sorted((repo / "seeds").glob("*.txt"))[3:]],
    ]
    for i, step in enumerate(steps):
        step()
        report = build([src], inc, reference=date(2025, 12, 3))
        fresh = build([src], tmp_path / f"fresh{i}", reference=date(2025, 12, 3))
        assert _exports(inc) == _exports(tmp_path / f"fresh{i}"), f"step {i}"
        assert report.render_stats["copied"] > 0 or report.render_stats["rendered"] == report.n_incidents
        assert report.n_incidents == fresh.n_incidents
    again = build([src], inc, reference=date(2025, 12, 3))
    assert again.n_extracted == 0 and again.render_stats["rendered"] == 0
    assert again.render_stats["copied"] == again.n_incidents


def test_build_with_nothing_new_leaves_the_exports_alone(tmp_path, repo, monkeypatch):
    """Nothing to extract, no file gone, exports as the store wrote them: they are not written again,
    and the report says what the full build said."""
    from incidents import incremental, pipeline

    src = tmp_path / "in"
    src.mkdir()
    for p in [*sorted((repo / "seeds").glob("*.txt")), *FIXTURES.glob("*.txt")]:
        (src / p.name).write_bytes(p.read_bytes())
    full = build([src], tmp_path / "out", reference=date(2025, 12, 3))
    stats = {name: (tmp_path / "out" / name).stat().st_mtime_ns for name in EXPORTS}
    again = build([src], tmp_path / "out", reference=date(2025, 12, 3))
    assert {name: (tmp_path / "out" / name).stat().st_mtime_ns for name in EXPORTS} == stats
    assert (again.n_articles, again.n_claims, again.n_incidents, again.empty, again.outputs) == (
        full.n_articles, full.n_claims, full.n_incidents, full.empty, full.outputs)
    assert again.render_stats == {"records": full.n_incidents, "rendered": 0, "copied": full.n_incidents}
    for module in (pipeline, incremental):  # records made by other code: rendered again
        monkeypatch.setattr(module, "code_version", lambda: "other code")
    assert build([src], tmp_path / "out", reference=date(2025, 12, 3)).render_stats["rendered"] == full.n_incidents
    (src / "a_wire.txt").unlink()  # a file gone: rebuilt without it
    assert build([src], tmp_path / "out", reference=date(2025, 12, 3)).n_articles == full.n_articles - 1


@pytest.mark.parametrize("name", EXPORTS)
def test_edited_export_is_not_copied_from(tmp_path, repo, name):
    """A previous export is trusted only while it is what the store wrote."""
    build([repo / "seeds"], tmp_path)
    good = _exports(tmp_path)
    (tmp_path / name).write_text("tampered")
    report = build([repo / "seeds"], tmp_path)
    assert report.render_stats["copied"] == (report.n_incidents if name == "claims.jsonl" else 0)
    assert _exports(tmp_path) == good


def test_records_rendered_on_a_pool_equal_one_process(tmp_path, repo, monkeypatch):
    from incidents import incremental
    monkeypatch.setattr(incremental, "POOL_MIN", 1)
    src = tmp_path / "in"
    src.mkdir()
    import shutil
    for p in [*sorted((repo / "seeds").glob("*.txt")), *FIXTURES.glob("*.txt")]:
        shutil.copy(p, src / p.name)
    one = build([src], tmp_path / "one", reference=date(2025, 12, 3), workers=1)
    two = build([src], tmp_path / "two", reference=date(2025, 12, 3), workers=2)
    assert two.render_stats["rendered"] == one.render_stats["rendered"] > 2
    assert _exports(tmp_path / "one") == _exports(tmp_path / "two")


def test_another_extractor_version_re_extracts_everything(tmp_path, repo, monkeypatch):
    from incidents import pipeline
    build([repo / "seeds"], tmp_path)
    assert build([repo / "seeds"], tmp_path).n_extracted == 0
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "an upgrade")
    assert build([repo / "seeds"], tmp_path).n_extracted == 5
    assert build([repo / "seeds"], tmp_path).n_extracted == 0


def test_reports_two_days_apart_do_not_chain_into_one_incident(tmp_path):
    """Attacks on the 1st, 3rd, 5th … of a month in one district are separate incidents: a cluster
    takes reports within two days of its first day, not of its latest member."""
    src = tmp_path / "in"
    src.mkdir()
    for i, day in enumerate(range(1, 16, 2)):
        (src / f"a{i}.txt").write_text(
            f"published: 2025-03-{day + 1:02d}\n---\nOne border guard was killed in an attack in Farkhor "
            f"district on {day} March 2025, officials said.\n")
    records = load_records(tmp_path / "out") if build([src], tmp_path / "out").n_incidents else []
    attacks = find(records, kind="attack")
    spans = sorted((r["date_earliest"], r["date_latest"]) for r in attacks)
    assert len(attacks) >= 4
    assert all((date.fromisoformat(b) - date.fromisoformat(a)).days <= 2 for a, b in spans)


def test_context_record_embeds_a_sample_and_counts_everything(tmp_path):
    """A border named by 60 articles: its record embeds at most SAMPLE_PER_VALUE claims per length,
    but its counts, estimate and disagreement cover every claim."""
    from incidents.records import SAMPLE_PER_VALUE

    src = tmp_path / "in"
    src.mkdir()
    lengths = ["1,344-kilometre"] * 35 + ["1,300-kilometre"] * 22 + ["nearly 850-mile"] * 3
    for i, length in enumerate(lengths):
        (src / f"b{i:02d}.txt").write_text(
            f"published: 2024-05-{1 + i % 28:02d}\noutlet: Outlet {i}\n---\nTajikistan shares a {length} "
            f"border with Afghanistan, item {i} noted.\n")
    build([src], tmp_path / "out")
    [border] = [r for r in find(load_records(tmp_path / "out"), kind="border") if "Afghan" in r["title"]]
    assert border["claim_count"] == 60 and border["source_count"] == 60
    assert len(border["claims"]) == SAMPLE_PER_VALUE * 2 + 3 and len(border["sources"]) == len(border["claims"])
    counts = {v["value"]: (v["count"], len(v["claim_ids"])) for v in disagreement(border, "length_km")["values"]}
    assert counts == {1300: (22, SAMPLE_PER_VALUE), 1344: (35, SAMPLE_PER_VALUE), 1368: (3, 3)}
    assert border["length_km"]["best"] == 1344 and border["length_km"]["low"] == 1300
    assert round(border["length_km"]["high"]) == 1368
    embedded = {c["id"] for c in border["claims"]}
    assert all(cid in embedded for v in disagreement(border, "length_km")["values"] for cid in v["claim_ids"])
