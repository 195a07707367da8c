"""Store safety: a build interrupted mid-way leaves the previous outputs (exports and store) intact.

A first build writes the outputs; a second build over more articles is made to fail at
different points (extraction, grouping, each export file, the final rename, the store's incident
table). After each failure every output must be byte-for-byte what the first build wrote (the
store compared by its rows), no temporary file may be left behind, and a normal rebuild must
then succeed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incidents import exports, parallel, pipeline

EXPORTS = ("incidents.geojson", "claims.jsonl", "disagreements.csv", "events.csv")
ARTICLE = ("outlet: Test Wire\npublished: 2025-11-{day:02d}\ntitle: Clash {i}\n---\n"
           "DUSHANBE, Nov {day} (Test Wire) - {n} border guards were killed and {m} wounded on {prev} November "
           "near Shohin in Khatlon, according to the State Committee for National Security.\n")
WORDS = ["Two", "Three", "Four", "Five", "Six", "Seven"]


class Boom(RuntimeError):
    pass


def _write_articles(folder: Path, start: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        day = 10 + i
        (folder / f"a{i:02d}.txt").write_text(ARTICLE.format(day=day, prev=day - 1, i=i, n=WORDS[i % 6],
                                                             m=WORDS[(i + 2) % 6].lower()))


def _store_rows(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        con.close()


def _snapshot(out: Path) -> dict:
    return {"files": {name: (out / name).read_bytes() for name in EXPORTS}, "store": _store_rows(out / "store.sqlite")}


@pytest.fixture()
def first_build(tmp_path: Path):
    inp, out = tmp_path / "in", tmp_path / "out"
    _write_articles(inp, 0, 3)
    report = pipeline.build([inp], out)
    assert not report.errors and report.n_articles == 3
    before = _snapshot(out)
    _write_articles(inp, 3, 3)  # the next build has new work to do
    return inp, out, before


def _assert_untouched(out: Path, before: dict) -> None:
    after = _snapshot(out)
    changed = [name for name in EXPORTS if after["files"][name] != before["files"][name]]
    changed += [f"store.sqlite table {t}" for t in sorted(set(before["store"]) | set(after["store"]))
                if before["store"].get(t) != after["store"].get(t)]
    assert not changed, f"changed by the interrupted build: {', '.join(changed)}"
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".")]
    assert not leftovers, f"temporary files left behind: {leftovers}"


def _assert_recovers(inp: Path, out: Path) -> None:
    report = pipeline.build([inp], out)
    assert not report.errors and report.n_articles == 6


def _crash_then_recover(inp: Path, out: Path, before: dict, monkeypatch) -> None:
    """The patched build must fail, leave every output as it was, and a normal build must then succeed."""
    with pytest.raises(Boom):
        pipeline.build([inp], out)
    _assert_untouched(out, before)
    monkeypatch.undo()
    _assert_recovers(inp, out)


def _raise(*_a, **_k):
    raise Boom("simulated crash")


def test_crash_during_extraction(first_build, monkeypatch):
    inp, out, before = first_build
    monkeypatch.setattr(pipeline, "AHEAD_MAX", 0)  # through extract_many, not the forked extract-ahead

    def dying_extract_many(paths, workers=1, reference=None, finish=None):
        from incidents.parallel import extract_one

        paths = list(paths)
        yield finish(extract_one(paths[0], reference))
        raise Boom("simulated crash after the first file")

    monkeypatch.setattr(pipeline, "extract_many", dying_extract_many)
    _crash_then_recover(inp, out, before, monkeypatch)


def test_crash_while_extracting_ahead(first_build, monkeypatch):
    """A few changed files are extracted in a forked process (pipeline._ExtractAhead): a crash there
    (here: on the second file) must reach the build and change nothing."""
    inp, out, before = first_build
    real = parallel._extract_item
    seen = []

    def dying(item):
        seen.append(item)
        if len(seen) == 2:
            raise Boom("simulated crash in the extract-ahead process")
        return real(item)

    monkeypatch.setattr(parallel, "_extract_item", dying)
    _crash_then_recover(inp, out, before, monkeypatch)


@pytest.mark.parametrize(("module", "target"), [
    (pipeline, "group_summaries"),  # grouping
    (pipeline, "_write_exports"),  # rendering records
    (exports, "csv_lines"),  # after every changed record is in the store's cache: those rows roll back too
], ids=["grouping", "rendering", "after-records-cached"])
def test_crash_during_grouping_and_rendering(first_build, monkeypatch, module, target):
    inp, out, before = first_build
    monkeypatch.setattr(module, target, _raise)
    _crash_then_recover(inp, out, before, monkeypatch)


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
def test_crash_while_writing_the_exports(first_build, monkeypatch, fail_at):
    """The writer dies on the n-th export file: no export and no store row may have changed."""
    inp, out, before = first_build
    real = exports.stage
    calls = []

    def flaky(path, data):
        calls.append(path)
        if len(calls) == fail_at:
            raise Boom(f"simulated crash writing {Path(path).name}")
        return real(path, data)

    monkeypatch.setattr(exports, "stage", flaky)
    _crash_then_recover(inp, out, before, monkeypatch)


def test_crash_in_the_final_rename_leaves_no_temporary_file(first_build, monkeypatch):
    inp, out, before = first_build
    monkeypatch.setattr(exports.os, "replace", _raise)
    _crash_then_recover(inp, out, before, monkeypatch)


def test_crash_in_the_claims_thread_reaches_the_build(first_build, monkeypatch):
    """claims.jsonl is written on a thread (exports.ClaimsJob); its failure must fail the build the same way."""
    inp, out, before = first_build
    monkeypatch.setattr(exports, "_write_claims", _raise)
    _crash_then_recover(inp, out, before, monkeypatch)


def test_crash_while_syncing_a_staged_export(first_build, monkeypatch):
    inp, out, before = first_build
    monkeypatch.setattr(exports, "_sync", _raise)
    _crash_then_recover(inp, out, before, monkeypatch)


def test_streamed_and_threaded_claims_exports_are_identical(first_build, tmp_path, monkeypatch):
    """A first build of many articles extracts in this process (or its pool) and streams claims.jsonl from
    the store; a small one extracts in a forked process, prefetches the new claims and writes them on a
    thread. Both must give the same bytes, and the next build must reuse them."""
    inp, out, _ = first_build
    pipeline.build([inp], out)  # threaded: 3 new articles
    threaded = {name: (out / name).read_bytes() for name in EXPORTS}
    monkeypatch.setattr(pipeline, "PREFETCH_MAX", 0)
    monkeypatch.setattr(pipeline, "AHEAD_MAX", 0)  # and extracted in this process, not a forked one
    streamed_out = tmp_path / "streamed"
    pipeline.build([inp], streamed_out)  # everything is new: streamed
    assert {name: (streamed_out / name).read_bytes() for name in EXPORTS} == threaded
    report = pipeline.build([inp], streamed_out)  # nothing new: claims copied from the previous file
    assert report.render_stats["copied"] == report.render_stats["records"]
    assert (streamed_out / "claims.jsonl").read_bytes() == threaded["claims.jsonl"]


@pytest.mark.parametrize("value", [b"\x00not marshal", "[1, 2", '{"stat": {}}'], ids=["corrupt", "bad-json", "old-json"])
def test_unreadable_exports_index_means_rewrite_everything(first_build, value):
    """The exports index (marshal; JSON in older stores) only says what may be copied: if it cannot be
    read, the build writes every export from the store and the result is the same."""
    inp, out, _ = first_build
    pipeline.build([inp], out)
    expected = {name: (out / name).read_bytes() for name in EXPORTS}
    con = sqlite3.connect(out / "store.sqlite")
    with con:
        con.execute("UPDATE meta SET value = ? WHERE key = 'exports'", (value,))
    con.close()
    report = pipeline.build([inp], out)
    assert not report.errors
    assert {name: (out / name).read_bytes() for name in EXPORTS} == expected
