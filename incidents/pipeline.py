"""The build: files → (cached) claims in the store → groups → records → exports.

``build(paths, out_dir)`` is what ``python -m incidents build`` and the dashboard call;
``add_article(name, data, out_dir)`` saves an uploaded article under ``out_dir/uploads/`` and
rebuilds (only the new file is extracted). Bad files are reported by name and never stop the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incidents.articles import ArticleError, iter_paths, parse_article, read_bytes
from incidents.corpus import SELF_DATED, pick_reference, self_dated
from incidents.exports import to_feature, write_all
from incidents.grouping import FRAMES_VERSION, decode_frames, encode_frames, frames_of_article, group_claims
from incidents.parallel import extract_many
from incidents.records import build_records
from incidents.store import Store, encode_claims

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

    def summary(self) -> str:
        lines = [f"build: {self.n_articles} articles ({self.n_extracted} extracted, the rest from the store), "
                 f"{self.n_claims} claims, {self.n_incidents} records, {len(self.errors)} failed, "
                 f"{len(self.empty)} without claims; reference date {self.reference}"]
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


def _scan_inputs(files: list[str], store: Store) -> tuple[dict[str, tuple | None], list[date | None]]:
    """One pass over the files: hash each, and learn the reference date from what the store already
    knows (cached files) plus a look at new files' own dates. Returns (store row or None per file,
    self-dated publication candidates)."""
    known: dict[str, tuple | None] = {}
    candidates: list[date | None] = []
    for p in files:
        try:
            raw = read_bytes(p)
        except ArticleError:  # extraction reports it again, by name
            known[p] = None
            continue
        row = store.lookup(p, hashlib.sha256(raw).hexdigest()[:16])
        known[p] = row
        if row is not None:
            candidates.append(date.fromisoformat(row[1]) if row[1] and row[2] in SELF_DATED else None)
        else:
            candidates.append(self_dated(p, raw))
    return known, candidates


def _load_store(store: Store, report: BuildReport) -> tuple[dict[str, list[dict]], dict[str, list], dict[str, dict]]:
    """Every stored article's claims and event frames (cut once, then cached in the store)."""
    claims_by_article: dict[str, list[dict]] = {}
    frames_by_article: dict[str, list] = {}
    new_frames: list[tuple[str, str]] = []
    articles: dict[str, dict] = {}
    store.ensure_frames_version(FRAMES_VERSION)
    for path, aid, published, _basis, outlet, title, claims, frames in store.articles():
        report.n_articles += 1
        if not claims:
            report.empty.append(path)
        if aid in claims_by_article:
            continue  # the same bytes under another path: one source, counted once
        claims_by_article[aid] = claims
        if frames is None:
            cut = frames_of_article(claims)
            new_frames.append((encode_frames(claims, cut), path))
            frames_by_article[aid] = cut
        else:
            frames_by_article[aid] = decode_frames(aid, claims, frames)
        articles[aid] = {"path": path, "outlet": outlet, "published": published, "title": title}
        report.n_claims += len(claims)
    store.set_frames(new_frames)
    return claims_by_article, frames_by_article, articles


def build(paths: list[Path] | None, out_dir: Path, reference: date | None = None, workers: int = 1) -> BuildReport:
    """Process ``paths`` (files or folders; default the bundled seeds) into ``out_dir``."""
    report = BuildReport()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if paths is None:
        saved = out_dir / SOURCES_FILE
        paths = [Path(p) for p in json.loads(saved.read_text())] if saved.exists() else [SEEDS]
    files = _input_paths(list(paths), out_dir, report.errors)
    store = Store(out_dir / "store.sqlite")
    try:
        known, candidates = _scan_inputs(files, store)
        ref = reference or pick_reference(candidates)[0]
        report.reference = ref.isoformat()
        todo = [p for p in files if known[p] is None or (known[p][0] is not None and known[p][0] != ref.isoformat())]
        cached = set(files) - set(todo)
        rows = []
        for res in extract_many(todo, workers=workers, reference=ref):
            report.n_extracted += 1
            if res.error:
                report.errors.append((res.path, res.error))
                continue
            ref_used = ref.isoformat() if res.published_basis not in {"header", "dateline"} else None
            rows.append((res.path, res.article_id, ref_used, res.published, res.published_basis, res.outlet,
                         res.title, encode_claims(res.claims)))
        # One transaction from here until the exports are in place: a crash anywhere before the
        # commit rolls the store back and leaves the previous exports untouched.
        try:
            store.put_many(rows)
            store.keep_only(set(cached) | {r[0] for r in rows})
            claims_by_article, frames_by_article, articles = _load_store(store, report)
            records = build_records(group_claims(claims_by_article, frames_by_article), articles)
            report.n_incidents = len(records)
            features = [json.dumps(to_feature(r), ensure_ascii=False) for r in records]
            store.replace_incidents(records, features)
            outputs = write_all(out_dir, records, (), features, claim_lines=store.claim_lines())
            store.db.commit()
        except BaseException:
            store.db.rollback()
            raise
        report.outputs = {k: str(v) for k, v in outputs.items()}
        (out_dir / SOURCES_FILE).write_text(json.dumps([str(p) for p in paths]))
    finally:
        store.close()
    return report


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
