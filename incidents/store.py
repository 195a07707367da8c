"""The embedded store (SQLite, ``<out>/store.sqlite``): articles by content hash, their claims, and records.

Adding an article re-extracts only files whose bytes changed (size and mtime, then sha256 →
``article_id``); each article's grouping summary is cached beside its claims, and each record's
rendered exports are cached by a key of everything it is made from, so a rebuild re-renders only
the records a change touches. Every write happens in one transaction, so an interrupted build
leaves the previous store as it was.
"""

from __future__ import annotations

import json
import marshal
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    reference TEXT,              -- reference date used when the article states no date, else NULL
    published TEXT, published_basis TEXT, outlet TEXT, title TEXT,
    frames TEXT,                 -- cached grouping summary (grouping.encode_summary), NULL = not yet
    n_claims INTEGER,            -- number of claims (NULL until the summary is made)
    mentions TEXT,               -- report names its attributions mention: [names key, [[position, name, stance], ...]]
    size INTEGER, mtime_ns INTEGER  -- the file's stat when last hashed: unchanged stat = unchanged bytes
);
CREATE INDEX IF NOT EXISTS articles_id ON articles(article_id);
CREATE TABLE IF NOT EXISTS claim_lines (  -- each claim as its JSON line (exactly the line of claims.jsonl)
    path TEXT NOT NULL, pos INTEGER NOT NULL, line TEXT NOT NULL,
    PRIMARY KEY (path, pos)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (
    content_key TEXT PRIMARY KEY, -- hash of everything the record is made from (incremental.content_keys)
    base_id TEXT NOT NULL,        -- the record's content-derived id (before collision suffixes)
    anchor_tag TEXT NOT NULL,     -- its suffix should another record share the base id (records.anchor_tag)
    kind TEXT NOT NULL, date_best TEXT, date_earliest TEXT, date_latest TEXT, region_code TEXT, precision TEXT,
    best TEXT NOT NULL,           -- best figure per casualty kind (JSON): what a roll-up's covered attacks need
    event_mid TEXT NOT NULL, event_tail TEXT NOT NULL, disagreements TEXT NOT NULL,
    geometry TEXT NOT NULL, core TEXT NOT NULL       -- exports.Parts; large columns last, read only when needed
);
-- every build reads all (key, id, tag) triples: from this index, not from the wide rows
CREATE INDEX IF NOT EXISTS records_ids ON records(content_key, base_id, anchor_tag);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- meta 'exports': where things are in the exports this store last wrote (Store.exports_index)
"""


#: Bumped when the tables change meaning; an older store is emptied and rebuilt (it is only a cache
#: of what the article files say).
SCHEMA_VERSION = "11"


class Store:
    """Thin wrapper over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:  # else the tables are there: opening writes nothing
            self.db.executescript("BEGIN; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS claim_lines; "
                                  "DROP TABLE IF EXISTS incidents; DROP TABLE IF EXISTS records; "
                                  "DELETE FROM meta; COMMIT;")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def known_files(self) -> dict[str, tuple]:
        """path → (article_id, reference used, published, published_basis, size, mtime_ns) of every stored file."""
        return {r[0]: r[1:] for r in self.db.execute(
            "SELECT path, article_id, reference, published, published_basis, size, mtime_ns FROM articles")}

    def set_stats(self, rows: list[tuple[int, int, str]]) -> None:
        """Remember (size, mtime_ns, path) of files whose bytes were hashed and found unchanged."""
        self.db.executemany("UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?", rows)

    def put_many(self, rows: list[tuple]) -> None:
        """Store extracted articles: (path, article_id, reference, published, basis, outlet, title, claims JSONL,
        grouping summary, number of claims, size, mtime_ns)."""
        self.db.executemany("DELETE FROM claim_lines WHERE path = ?", [(r[0],) for r in rows])
        self.db.executemany("INSERT OR REPLACE INTO articles (path, article_id, reference, published, published_basis, "
                            "outlet, title, frames, n_claims, size, mtime_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [r[:7] + r[8:] for r in rows])
        self.db.executemany("INSERT INTO claim_lines (path, pos, line) VALUES (?, ?, ?)",
                            [(r[0], i, line) for r in rows for i, line in enumerate(r[7].splitlines())])

    def keep_only(self, paths: set[str]) -> None:
        gone = [(p,) for (p,) in self.db.execute("SELECT path FROM articles").fetchall() if p not in paths]
        self.db.executemany("DELETE FROM articles WHERE path = ?", gone)
        self.db.executemany("DELETE FROM claim_lines WHERE path = ?", gone)

    def article_rows(self, paths: list[str] | None = None) -> Iterator[tuple[str, str, str | None, str | None, str | None,
                                                                          str | None, str | None, str | None, int | None,
                                                                          str | None]]:
        """(path, article_id, reference, published, outlet, title, basis, cached summary or None, n_claims,
        cached mentions or None) of every stored file by path, or of ``paths`` (in no particular order);
        claims are not read."""
        sql = ("SELECT path, article_id, reference, published, outlet, title, published_basis, frames, n_claims, "
               "mentions FROM articles")
        if paths is None:
            yield from self.db.execute(sql + " ORDER BY path")
            return
        for i in range(0, len(paths), 500):  # well under SQLite's limit on bound parameters
            chunk = paths[i:i + 500]
            yield from self.db.execute(f"{sql} WHERE path IN ({','.join('?' * len(chunk))})", chunk)

    def claim_counts(self) -> list[tuple[str, str, int | None]]:
        """(path, article_id, number of claims) of every stored file, by path."""
        return self.db.execute("SELECT path, article_id, n_claims FROM articles ORDER BY path").fetchall()

    def all_summarised(self) -> bool:
        """Has every stored article its grouping summary cached?"""
        return self.db.execute("SELECT 1 FROM articles WHERE frames IS NULL LIMIT 1").fetchone() is None

    def set_mentions(self, rows: list[tuple[str, str]]) -> None:
        """Cache (mentions JSON, path) pairs."""
        self.db.executemany("UPDATE articles SET mentions = ? WHERE path = ?", rows)

    def claims_text(self, path: str) -> str:
        """One stored file's claims as JSON Lines."""
        return "".join(line + "\n" for (line,) in self.db.execute(
            "SELECT line FROM claim_lines WHERE path = ? ORDER BY pos", (path,)))

    def claim_line_range(self, path: str, first: int, last: int) -> list[tuple[int, str]]:
        """(position, JSON line) of one stored file's claims ``first`` … ``last``."""
        return self.db.execute("SELECT pos, line FROM claim_lines WHERE path = ? AND pos BETWEEN ? AND ?",
                               (path, first, last)).fetchall()

    def claim_line(self, path: str, pos: int) -> str:
        """One stored claim's JSON line."""
        return self.db.execute("SELECT line FROM claim_lines WHERE path = ? AND pos = ?", (path, pos)).fetchone()[0]

    def ensure_extractor_version(self, version: str) -> None:
        """Forget every stored article made by another version of the extractor (they are re-extracted)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'extractor'").fetchone()
        if row is None or row[0] != version:
            self.db.execute("DELETE FROM articles")
            self.db.execute("DELETE FROM claim_lines")
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('extractor', ?)", (version,))

    def ensure_frames_version(self, version: str) -> None:
        """Forget cached summaries (and the mentions found in them) made by another version of the grouping code."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'frames'").fetchone()
        if row is None or row[0] != version:
            self.db.execute("UPDATE articles SET frames = NULL, mentions = NULL")
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('frames', ?)", (version,))

    def set_frames(self, rows: list[tuple[str, int, str]]) -> None:
        """Cache (summary JSON, number of claims, path) triples."""
        self.db.executemany("UPDATE articles SET frames = ?, n_claims = ? WHERE path = ?", rows)

    def claim_rows(self) -> Iterator[tuple[str, str, str | None]]:
        """(path, article_id, reference) of every stored file, in claims.jsonl order."""
        yield from self.db.execute("SELECT path, article_id, reference FROM articles ORDER BY path")

    def exports_index(self) -> dict:
        """What this store last wrote: ``{"stat": {name: [size, mtime_ns]}, "claims": {stamp: [offset, bytes]},
        "records": {content_key: [render_sig, feature, event and disagreement (offset, bytes)]},
        "code": incremental.code_version() of the records}`` (one value:
        one write per build). An unreadable value (corrupt, or another Python's marshal format) reads as
        empty: the next build then writes every export from the store."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'exports'").fetchone()
        if row is None:
            return {}
        try:
            index = marshal.loads(row[0]) if isinstance(row[0], bytes) else json.loads(row[0])
        except (ValueError, EOFError, TypeError):  # another Python's marshal format: exports are rewritten
            return {}
        return index if isinstance(index, dict) else {}

    def set_exports_index(self, index: dict) -> None:
        """Kept with :mod:`marshal` (plain dicts, lists, strings and ints; no code runs on loading): it is
        rewritten by every build, and marshal is several times faster than JSON for a 3 MB index."""
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('exports', ?)", (marshal.dumps(index),))

    def areas(self, version: str) -> dict[str, list]:
        """Display geometries of areas (records.AREA_CACHE) computed by a build with this code version."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'areas'").fetchone()
        if row is None:
            return {}
        saved = json.loads(row[0])
        return saved["areas"] if saved.get("version") == version else {}

    def set_areas(self, version: str, areas: dict[str, list]) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('areas', ?)",
                        (json.dumps({"version": version, "areas": areas}, separators=(",", ":")),))

    # --- rendered records (the record cache) ---

    def record_ids(self) -> dict[str, tuple[str, str]]:
        """content_key → (base id, anchor tag) of every cached record."""
        return {key: (base, tag) for key, base, tag in self.db.execute(
            "SELECT content_key, base_id, anchor_tag FROM records")}

    def put_record(self, key: str, r: dict, parts: tuple[str, str, str, str, str], best: dict[str, int],
                   tag: str) -> None:
        """Cache a rendered record: parts = (geometry, core, event_mid, event_tail, disagreement tails as JSON),
        ``tag`` its records.anchor_tag."""
        geometry, core, mid, tail, dis = parts
        self.db.execute("INSERT OR REPLACE INTO records (content_key, base_id, anchor_tag, kind, date_best, "
                        "date_earliest, date_latest, region_code, precision, best, event_mid, event_tail, disagreements, "
                        "geometry, core) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (key, r["id"], tag, r["kind"], r["date_best"], r["date_earliest"], r["date_latest"],
                         r["region_code"], r["precision"], json.dumps(best), mid, tail, dis, geometry, core))

    def record_bests(self, keys: list[str]) -> list[dict[str, int]]:
        """Best figures of cached records, in the order of ``keys``."""
        return [json.loads(self.db.execute("SELECT best FROM records WHERE content_key = ?", (k,)).fetchone()[0])
                for k in keys]

    def record_row(self, key: str) -> tuple[str, str, str]:
        """(event_mid, event_tail, disagreements) of a cached record."""
        return self.db.execute("SELECT event_mid, event_tail, disagreements FROM records WHERE content_key = ?",
                               (key,)).fetchone()

    def record_feature_parts(self, key: str) -> tuple[str, str]:
        """(geometry, core) of a cached record: the large part, read only when the feature must be assembled."""
        return self.db.execute("SELECT geometry, core FROM records WHERE content_key = ?", (key,)).fetchone()

    def drop_records(self, keys: Iterable[str]) -> None:
        """Drop cached records no group is made of any more."""
        self.db.executemany("DELETE FROM records WHERE content_key = ?", [(k,) for k in keys])


def encode_claims(claims: list[dict]) -> str:
    """Claims → JSON Lines text (the stored form, and exactly the lines of claims.jsonl)."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims)


def parse_claims(text: str) -> list[dict]:
    """JSON Lines text → claims (one ``json.loads`` call for the whole article)."""
    return json.loads("[" + ",".join(text.splitlines()) + "]")
