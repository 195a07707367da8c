"""The embedded store (SQLite, ``<out>/store.sqlite``): articles by content hash and their claims.

Adding an article re-extracts only files whose bytes changed (sha256 → ``article_id``); grouping
then re-runs over all stored claims, which is cheap. Every write happens in one transaction, so
an interrupted build leaves the previous store as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    reference TEXT,              -- reference date used when the article states no date, else NULL
    published TEXT, published_basis TEXT, outlet TEXT, title TEXT,
    claims TEXT NOT NULL,        -- the article's claims as JSON Lines (one claim object per line)
    frames TEXT                  -- cached event frames: [[rollup, [claim positions]], ...], NULL = not yet
);
CREATE INDEX IF NOT EXISTS articles_id ON articles(article_id);
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL, date_best TEXT, date_earliest TEXT, date_latest TEXT, region_code TEXT, precision TEXT,
    digest TEXT NOT NULL,        -- sha1 of record: unchanged rows are not rewritten
    record TEXT NOT NULL         -- the record as its incidents.geojson feature (JSON)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


#: Bumped when the tables change meaning; an older store is emptied and rebuilt (it is only a cache
#: of what the article files say).
SCHEMA_VERSION = "4"


class Store:
    """Thin wrapper over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.executescript(SCHEMA)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            with self.db:
                self.db.execute("DROP TABLE IF EXISTS articles")
                self.db.execute("DROP TABLE IF EXISTS incidents")
                self.db.executescript(SCHEMA)
                self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self.db.close()

    def lookup(self, path: str, article_id: str) -> tuple[str | None, str | None, str | None] | None:
        """(reference used, published, published_basis) of a stored file with these bytes, or None."""
        return self.db.execute("SELECT reference, published, published_basis FROM articles "
                               "WHERE path = ? AND article_id = ?", (path, article_id)).fetchone()

    def put_many(self, rows: list[tuple]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO articles (path, article_id, reference, published, published_basis, "
                            "outlet, title, claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def replace_incidents(self, records: list[dict], features: list[str]) -> None:
        """Make the incident table hold exactly these records (call inside a transaction).

        ``features`` are the records already encoded as GeoJSON features (the same text the
        export writes). Rows whose content is unchanged are left alone, so a rebuild that changes
        little writes little.
        """
        old = dict(self.db.execute("SELECT id, digest FROM incidents"))
        rows = []
        for r, f in zip(records, features):
            digest = hashlib.sha1(f.encode("utf-8")).hexdigest()
            if old.pop(r["id"], None) != digest:
                rows.append((r["id"], r["kind"], r["date_best"], r["date_earliest"], r["date_latest"],
                             r["region_code"], r["precision"], digest, f))
        self.db.executemany("DELETE FROM incidents WHERE id = ?", [(i,) for i in old])
        self.db.executemany(
            "INSERT OR REPLACE INTO incidents (id, kind, date_best, date_earliest, date_latest, region_code, "
            "precision, digest, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def incidents(self) -> list[dict]:
        """The last build's records, as GeoJSON features."""
        return [json.loads(row[0]) for row in self.db.execute("SELECT record FROM incidents ORDER BY id")]

    def keep_only(self, paths: set[str]) -> None:
        for (p,) in self.db.execute("SELECT path FROM articles").fetchall():
            if p not in paths:
                self.db.execute("DELETE FROM articles WHERE path = ?", (p,))

    def articles(self) -> Iterator[tuple[str, str, str | None, str | None, str | None, str | None, list[dict],
                                         str | None]]:
        """(path, article_id, published, basis, outlet, title, claims, cached frames or None), by path."""
        for row in self.db.execute("SELECT path, article_id, published, published_basis, outlet, title, claims, "
                                   "frames FROM articles ORDER BY path"):
            yield (*row[:6], parse_claims(row[6]), row[7])

    def ensure_frames_version(self, version: str) -> None:
        """Forget cached frames made by another version of the grouping code."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'frames'").fetchone()
        if row is None or row[0] != version:
            self.db.execute("UPDATE articles SET frames = NULL")
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('frames', ?)", (version,))

    def set_frames(self, rows: list[tuple[str, str]]) -> None:
        """Cache (frames JSON, path) pairs."""
        self.db.executemany("UPDATE articles SET frames = ? WHERE path = ?", rows)

    def claim_lines(self) -> Iterator[str]:
        """Every stored claim as its JSON line, in article order: claims.jsonl without re-encoding."""
        for (text,) in self.db.execute("SELECT claims FROM articles ORDER BY path"):
            yield text


def encode_claims(claims: list[dict]) -> str:
    """Claims → JSON Lines text (the stored form, and exactly the lines of claims.jsonl)."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims)


def parse_claims(text: str) -> list[dict]:
    """JSON Lines text → claims (one ``json.loads`` call for the whole article)."""
    return json.loads("[" + ",".join(text.splitlines()) + "]")
