"""The build: files → (cached) claims in the store → groups → records → exports.

``build(paths, out_dir)`` is what ``python -m incidents build`` and the dashboard call;
``add_article(name, data, out_dir)`` saves an uploaded article under ``out_dir/uploads/`` and
rebuilds (only the new file is extracted). Bad files are reported by name and never stop the rest.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing as mp
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from incidents.articles import ArticleError, iter_paths, parse_article, read_bytes
from incidents.corpus import SELF_DATED, pick_reference, self_dated
from incidents.exports import EXPORT_NAMES, ClaimsJob, write_all
from incidents.grouping import (
    FRAMES_VERSION,
    ArticleSummary,
    MentionFinder,
    decode_summaries,
    encode_summary,
    group_summaries,
    summarize,
)
from incidents.incremental import Renderer, code_version, extractor_version
from incidents.parallel import FileResult, extract_list, extract_many, warm_up
from incidents.pool import WorkerDied, start_worker
from incidents.store import Store, encode_claims, parse_claims

_CAN_FORK = "fork" in mp.get_all_start_methods()
_CORES = os.cpu_count() or 1
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SOURCES_FILE = "sources.json"


@dataclass
class BuildReport:
    n_articles: int = 0
    n_claims: int = 0
    n_incidents: int = 0
    n_extracted: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    reference: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    render_stats: dict[str, int] = field(default_factory=dict)  # records, rendered (the rest came from the cache)

    def summary(self) -> str:
        lines = [f"build: {self.n_articles} articles ({self.n_extracted} extracted, the rest from the store), "
                 f"{self.n_claims} claims, {self.n_incidents} records, {len(self.errors)} failed, "
                 f"{len(self.empty)} without claims; reference date {self.reference}"]
        if self.render_stats:
            st = self.render_stats
            lines.append(f"  records: {st['rendered']} of {st['records']} rendered anew, {st.get('copied', 0)} copied "
                         "unchanged from the previous incidents.geojson")
        lines += [f"  error: {p}: {e}" for p, e in self.errors]
        lines += [f"  no claims: {p}" for p in self.empty]
        lines += [f"  wrote {p}" for p in self.outputs.values()]
        return "\n".join(lines)


def _display_path(p: Path) -> str:
    """Relative to the working directory when inside it, so exports carry no machine-specific paths."""
    try:
        return str(Path(p).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def _input_paths(paths: list[Path], out_dir: Path, errors: list[tuple[str, str]]) -> list[str]:
    """Inputs plus previously uploaded articles (kept under ``out_dir/uploads``)."""
    listed = list(iter_paths([_display_path(p) for p in paths], errors))
    uploads = out_dir / "uploads"
    if uploads.is_dir():
        listed += [p for p in iter_paths([str(uploads)], errors) if p not in listed]
    return listed


def _scan_inputs(files: list[str], store: Store) -> tuple[dict[str, tuple | None], list[date | None], list[tuple]]:
    """One pass over the files: which are stored unchanged, and what the reference date can be.

    A file whose size and mtime match the stored row is taken as unchanged without reading it (as
    git does); others are read and hashed. Returns (stored row or None per file, self-dated
    publication candidates, (size, mtime_ns, path) of files re-hashed and found unchanged).
    """
    stored = store.known_files()
    known: dict[str, tuple | None] = {}
    candidates: list[date | None] = []
    restat: list[tuple] = []
    for p in files:
        row = stored.get(p)
        try:
            st = os.stat(p)
            if row is None or (row[4], row[5]) != (st.st_size, st.st_mtime_ns):
                raw = read_bytes(p)
                if row is not None and row[0] != hashlib.sha256(raw).hexdigest()[:16]:
                    row = None
                elif row is not None:
                    restat.append((*_remembered(st), p))
        except (ArticleError, OSError):  # extraction reports it again, by name
            known[p] = None
            continue
        known[p] = row
        if row is not None:
            candidates.append(date.fromisoformat(row[2]) if row[2] and row[3] in SELF_DATED else None)
        else:
            candidates.append(self_dated(p, raw))
    return known, candidates, restat


@dataclass
class _Loaded:
    """What grouping needs from the store: summaries (in article-id order), metadata, row stamps."""

    summaries: list[ArticleSummary]
    articles: dict[str, dict]
    stamps: dict[str, str]
    mentions: dict[str, str | None]  # article id → cached mentions JSON


def _decode_unchanged(store: Store, unchanged: set[str]) -> list[tuple]:
    """The stored rows of the files known unchanged, their cached summaries decoded (what a build does
    while the new files are extracted in another process: these rows are final already)."""
    rows = [row for row in store.article_rows() if row[0] in unchanged]
    cached = [i for i, row in enumerate(rows) if row[7] is not None]  # the others are summarised later
    for i, summary in zip(cached, decode_summaries([(rows[i][1], rows[i][7]) for i in cached])):
        rows[i] = (*rows[i][:7], summary, *rows[i][8:])
    return rows


def _load_store(store: Store, report: BuildReport, decoded: list[tuple] | None = None,
                extracted: set[str] | None = None) -> _Loaded:
    """Every stored article's grouping summary (made once, then cached in the store) and metadata.

    Claims are not read, except to summarise an article the first time. ``decoded`` holds the rows of
    every unchanged file (by :func:`_decode_unchanged`); then only the ``extracted`` rows are read now.
    """
    loaded = _Loaded([], {}, {}, {})
    new: list[tuple[str, int, str]] = []
    if decoded is None:
        rows = list(store.article_rows())
    else:
        rows = sorted([*decoded, *store.article_rows(sorted(extracted or ()))], key=lambda row: row[0])
    cached: list[tuple[int, str, str]] = []  # (index in loaded.summaries, article id, summary text) to decode
    for path, aid, reference, published, outlet, title, _basis, summary, n_claims, mentions in rows:
        if summary is None:
            claims = parse_claims(store.claims_text(path))
            n_claims = len(claims)
            summary = summarize(aid, claims)
            new.append((encode_summary(summary), n_claims, path))
        _tally(report, path, n_claims, aid not in loaded.articles)
        if aid in loaded.articles:
            continue  # the same bytes under another path: one source, counted once
        if isinstance(summary, str):
            cached.append((len(loaded.summaries), aid, summary))
        loaded.summaries.append(summary)
        loaded.articles[aid] = {"path": path, "outlet": outlet, "published": published, "title": title}
        loaded.stamps[aid] = f"{path}|{aid}|{reference or ''}"
        loaded.mentions[aid] = mentions
    for (i, _aid, _text), summary in zip(cached, decode_summaries([(aid, text) for _, aid, text in cached])):
        loaded.summaries[i] = summary
    store.set_frames(new)
    loaded.summaries.sort(key=lambda s: s.article_id)  # article order decides ties in clustering: path-independent
    return loaded


def _tally(report: BuildReport, path: str, n_claims: int | None, first: bool) -> None:
    """Count a stored file in the report; its claims only for the first path with its bytes."""
    report.n_articles += 1
    if not n_claims:
        report.empty.append(path)
    if first:
        report.n_claims += n_claims or 0


def _group(store: Store, loaded: _Loaded) -> list:
    """Group the summaries; which report names each article mentions comes from the store's cache while
    the set of names is unchanged, else from the article's attribution sentences (then cached)."""
    updates: list[tuple[str, str]] = []
    texts = {aid: text for aid, text in loaded.mentions.items() if text is not None}
    cache = dict(zip(texts, json.loads("[" + ",".join(texts.values()) + "]")))  # one call: see decode_summaries

    def mentions(s: ArticleSummary, names: list[str], find: MentionFinder) -> list[tuple[int, str, str]]:
        cached = cache.get(s.article_id)
        if cached is not None:
            key, found = cached
            if key == find.key:
                return found  # [position, name, stance] lists: read, never changed
        path = loaded.articles[s.article_id]["path"]
        sentences = s.sentences or [json.loads(store.claim_line(path, pos))["sentence"] for pos, _, _ in s.attributions]
        found = find.mentions(s.attributions, sentences)
        updates.append((json.dumps([find.key, found]), path))
        return found

    groups = group_summaries(loaded.summaries, mentions)
    store.set_mentions(updates)
    return groups


#: Extracted articles are written to the store in batches of this many, so a 100,000-article build
#: never holds more than one batch of claims in memory.
BATCH = 256


def _for_store(res: FileResult) -> FileResult:
    """In the worker: the claims as the store keeps them (JSON Lines, grouping summary, count)."""
    res.stored = (encode_claims(res.claims), encode_summary(summarize(res.article_id, res.claims)), len(res.claims))
    res.claims = []
    return res


#: Up to this many changed files (an incremental build) are extracted in one forked process while
#: this one decodes the store's summaries; more go through :func:`extract_many` as they are.
AHEAD_MAX = 256


class _ExtractAhead:
    """A process forked when the build starts: it imports and warms the extractor while this one scans
    the inputs, then extracts the few changed files while this one decodes every other article's
    summary (the extractor's imports alone take longer than that decoding).

    One process and one pipe, nothing shared: closing it early kills the process and nothing else can
    be waiting on it (``multiprocessing.Pool.terminate()`` can deadlock on its result queue's lock if
    it kills a worker mid-send, see :mod:`incidents.pool`), and if it dies the build gets
    :class:`WorkerDied` instead of waiting forever.
    """

    def __init__(self) -> None:
        ctx = mp.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_extract_ahead_worker, args=(child,), name="extract-ahead", daemon=True)
        self._proc.start()
        child.close()  # so that this end sees EOF if the process dies

    def start(self, todo: list[str], ref: date) -> None:
        self._conn.send((todo, ref))

    def results(self) -> list[FileResult]:
        try:
            ok, value = self._conn.recv()
        except EOFError:
            self._proc.join()
            raise WorkerDied(f"the extract-ahead process ended abruptly (exit code {self._proc.exitcode})") from None
        finally:
            self.close()
        if not ok:
            raise value
        return value

    def close(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()
        self._conn.close()


def _extract_ahead_worker(conn: Connection) -> None:
    """Body of the extract-ahead process: warm up, take one list of files, send back their results
    (or the exception that stopped it, re-raised in the build)."""
    start_worker(warm_up)
    try:
        todo, ref = conn.recv()
    except EOFError:  # the build closed it unused
        return
    try:
        reply: tuple[bool, object] = (True, extract_list(todo, ref, _for_store))
    except Exception as exc:
        reply = (False, exc)
    try:
        conn.send(reply)
    except Exception as exc:  # a reply that cannot be pickled: send what went wrong instead
        conn.send((False, RuntimeError(f"the extract-ahead process could not send its reply: "
                                       f"{type(exc).__name__}: {exc}; reply was {str(reply[1])[:300]!r}")))


def _extract_into(store: Store, todo: list[str], ref: date, workers: int, report: BuildReport,
                  results: Iterable[FileResult] | None = None) -> set[str]:
    """Extract ``todo`` (or take ``results`` already extracted) into the store (uncommitted) with each
    article's grouping summary; return the paths stored."""
    done: set[str] = set()
    rows: list[tuple] = []
    if results is None:
        results = extract_many(todo, workers=workers, reference=ref, finish=_for_store)
    for res in results:
        report.n_extracted += 1
        if res.error:
            report.errors.append((res.path, res.error))
            continue
        ref_used = ref.isoformat() if res.published_basis not in {"header", "dateline"} else None
        rows.append((res.path, res.article_id, ref_used, res.published, res.published_basis, res.outlet, res.title,
                     *res.stored, *_stat(res.path)))
        done.add(res.path)
        if len(rows) >= BATCH:
            store.put_many(rows)
            rows.clear()
    store.put_many(rows)
    return done


_REUSABLE = ("claims", "incidents", "events", "disagreements")
#: Up to this many articles' claims are read from the store up front so claims.jsonl can be written
#: on a thread (:class:`exports.ClaimsJob`); more (a first build) are streamed, to bound memory.
PREFETCH_MAX = 2000


@dataclass
class _Exports:
    """What the previous exports offer this build, and the claims export under way."""

    last: dict  # the store's index of the previous exports
    previous: dict[str, Path]  # export key → previous file, for those this store wrote last
    stamps: list[str] = field(default_factory=list)  # claims.jsonl's chunks: one row stamp per stored file
    chunks: list[str | tuple[int, int]] | Iterator[str | tuple[int, int]] = field(default_factory=list)
    job: ClaimsJob | None = None


def _start_exports(out_dir: Path, store: Store) -> _Exports:
    """Find the reusable previous exports and start writing claims.jsonl (on a thread when only a few
    articles' claims must be read from the store, as in an incremental build).

    The previous files are trusted only if their size and mtime are what this store wrote last;
    otherwise (edited, replaced, first build) everything is written from the store.
    """
    last = store.exports_index()
    ex = _Exports(last, {})
    for key in _REUSABLE:
        path = out_dir / EXPORT_NAMES[key]
        try:
            st = path.stat()
        except OSError:
            continue
        if last.get("stat", {}).get(key) == [st.st_size, st.st_mtime_ns]:
            ex.previous[key] = path
    old_claims = last.get("claims", {}) if "claims" in ex.previous else {}
    rows = list(store.claim_rows())
    ex.stamps = [f"{path}|{aid}|{reference or ''}" for path, aid, reference in rows]
    ex.chunks = ((old[0], old[0] + old[1]) if (old := old_claims.get(stamp)) else store.claims_text(row[0])
                 for stamp, row in zip(ex.stamps, rows))
    if sum(stamp not in old_claims for stamp in ex.stamps) <= PREFETCH_MAX:
        ex.chunks = list(ex.chunks)
        ex.job = ClaimsJob(out_dir, ex.chunks, ex.previous.get("claims"))
    return ex


def _write_exports(out_dir: Path, store: Store, renderer: Renderer, ex: _Exports, report: BuildReport) -> dict[str, Path]:
    """Write the exports, copying from the previous ones (claims.jsonl, incidents.geojson, events.csv,
    disagreements.csv) whatever is unchanged."""
    renderer.prepare()
    reuse_records = all(k in ex.previous for k in ("incidents", "events", "disagreements"))
    written = write_all(out_dir, renderer.items(ex.last.get("records") if reuse_records else None),
                        ex.job or ex.chunks, ex.previous)
    ends = [*written.claims[1:], written.paths["claims"].stat().st_size]
    store.set_exports_index({
        "stat": {key: [(st := written.paths[key].stat()).st_size, st.st_mtime_ns] for key in _REUSABLE},
        "claims": {stamp: [off, end - off] for stamp, off, end in zip(ex.stamps, written.claims, ends)},
        "records": renderer.index(written), "code": renderer.version})
    report.render_stats = renderer.stats
    written.wait()
    return written.paths


def _up_to_date(store: Store, out_dir: Path, files: set[str], report: BuildReport) -> bool:
    """Would this build write the previous exports again, byte for byte? Then fill ``report`` from the
    store and say so.

    True when (no file needing extraction, checked by the caller) the store holds exactly ``files``,
    every one summarised, the records were made by this code and all four exports are as this store
    wrote them (size and mtime): everything a build reads is then unchanged.
    """
    last = store.exports_index()
    counts = store.claim_counts()
    if (len(counts) != len(files) or last.get("code") != code_version() or not store.all_summarised()
            or any(p not in files for p, _, _ in counts)):
        return False
    for key in _REUSABLE:
        try:
            st = (out_dir / EXPORT_NAMES[key]).stat()
        except OSError:
            return False
        if last.get("stat", {}).get(key) != [st.st_size, st.st_mtime_ns]:
            return False
    seen: set[str] = set()
    for path, aid, n_claims in counts:
        _tally(report, path, n_claims, aid not in seen)
        seen.add(aid)
    report.n_incidents = len(last["records"])
    report.render_stats = {"records": report.n_incidents, "rendered": 0, "copied": report.n_incidents}
    report.outputs = {key: str(out_dir / name) for key, name in EXPORT_NAMES.items()}
    return True


def build(paths: list[Path] | None, out_dir: Path, reference: date | None = None, workers: int = 1) -> BuildReport:
    """Process ``paths`` (files or folders; default the bundled seeds) into ``out_dir``."""
    # A build allocates millions of small, long-lived, acyclic objects (summaries, groups, keys): the
    # cyclic collector would only re-scan them (10–15 % of an incremental rebuild with the default
    # thresholds, 5–8 % with a 100,000 threshold), so it is off in this process while the build runs;
    # forked workers turn it back on (pool.start_worker) and keep the 100,000 threshold.
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(100_000, 20, 20)
    gc.disable()
    try:
        return _build(paths, out_dir, reference, workers)
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()


def _build(paths: list[Path] | None, out_dir: Path, reference: date | None, workers: int) -> BuildReport:
    report = BuildReport()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if paths is None:
        saved = out_dir / SOURCES_FILE
        paths = [Path(p) for p in json.loads(saved.read_text())] if saved.exists() else [SEEDS]
    files = _input_paths(list(paths), out_dir, report.errors)
    store = Store(out_dir / "store.sqlite")
    # forking is safe only with no other thread (the dashboard's server has many): then inline
    ahead = _ExtractAhead() if _CAN_FORK and threading.active_count() == 1 and _CORES > 1 else None
    try:
        store.ensure_extractor_version(extractor_version())  # an upgraded extractor re-reads every file
        store.ensure_frames_version(FRAMES_VERSION)  # before extraction, so fresh summaries are not discarded
        known, candidates, restat = _scan_inputs(files, store)
        ref = reference or pick_reference(candidates)[0]
        report.reference = ref.isoformat()
        todo = [p for p in files if known[p] is None or (known[p][1] is not None and known[p][1] != ref.isoformat())]
        cached = set(files) - set(todo)
        if ahead is not None and 0 < len(todo) <= AHEAD_MAX:
            ahead.start(todo, ref)
        elif ahead is not None:  # nothing to extract, or enough for the worker pool: extract_many forks its own
            ahead.close()
            ahead = None
        # One transaction from here until the exports are in place: a crash anywhere before the
        # commit rolls the store back and leaves the previous exports untouched.
        try:
            if not todo and _up_to_date(store, out_dir, cached, report):
                store.set_stats(restat)
                store.db.commit()
                (out_dir / SOURCES_FILE).write_text(json.dumps([str(p) for p in paths]))
                return report
            decoded = _decode_unchanged(store, cached) if ahead else None
            extracted = _extract_into(store, todo, ref, workers, report, ahead.results() if ahead else None)
            store.set_stats(restat)
            store.keep_only(cached | extracted)
            ex = _start_exports(out_dir, store)
            try:
                loaded = _load_store(store, report, decoded, extracted)
                groups = _group(store, loaded)
                report.n_incidents = len(groups)
                outputs = _write_exports(out_dir, store, Renderer(groups, store, loaded.articles, loaded.stamps,
                                                                  workers), ex, report)
            except BaseException:
                if ex.job is not None:
                    ex.job.discard()
                raise
            store.db.commit()
        except BaseException:
            store.db.rollback()
            raise
        report.outputs = {k: str(v) for k, v in outputs.items()}
        (out_dir / SOURCES_FILE).write_text(json.dumps([str(p) for p in paths]))
    finally:
        if ahead is not None:
            ahead.close()
        store.close()
    return report


#: A file modified this recently (ns) may change again within the clock's granularity without its
#: mtime moving ("racy" in git's words): its stat is not remembered, so the next build hashes it.
RACY_NS = 2_000_000_000


def _stat(path: str) -> tuple[int | None, int | None]:
    """(size, mtime_ns) to remember for a file, or (None, None) if it went away or is racy."""
    try:
        return _remembered(os.stat(path))
    except OSError:
        return None, None


def _remembered(st: os.stat_result) -> tuple[int | None, int | None]:
    if time.time_ns() - st.st_mtime_ns < RACY_NS:
        return None, None
    return st.st_size, st.st_mtime_ns


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def add_article(name: str, data: bytes, out_dir: Path) -> BuildReport:
    """Validate an uploaded article, keep it under ``out_dir/uploads``, and rebuild.

    A bad upload raises :class:`ArticleError` (naming the file and the problem) before anything
    is written, so nothing already loaded is lost.
    """
    parse_article(name, data)  # raises ArticleError with a clear message
    uploads = Path(out_dir) / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    stem = _SAFE.sub("_", Path(name).stem)[:60] or "upload"
    target = uploads / f"{stem}.txt"
    target.write_bytes(data)
    return build(None, Path(out_dir))


__all__ = ["ArticleError", "BuildReport", "add_article", "build"]
