"""Read article files: decode, split the optional header, and date the article.

An article is a UTF-8 text file, optionally starting with ``key: value`` header lines closed by a
line ``---``. Offsets everywhere in the project are offsets into the *whole decoded file*
(header included), so a claim's ``text == article.text[start:end]``.

Bad input raises :class:`ArticleError`, which names the file and the problem; callers that
process many files catch it per file so one broken article never stops the others.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: Header keys we recognise at the top of a file; a first line with another key is body text.
HEADER_KEYS = frozenset({"url", "outlet", "published", "title", "author", "source", "language", "lang", "section",
                         "byline", "id", "date"})
#: News articles are a few KB; anything past this is not an article (and would cost minutes and GBs).
MAX_BYTES = 5 * 1024 * 1024
_HEADER_LINE = re.compile(r"^([A-Za-z_][\w-]{0,30}):[ \t]?(.*)$")
_HEADER_END = re.compile(r"^---[ \t]*\r?$")


class ArticleError(Exception):
    """A file that cannot be read as an article. ``str(err)`` names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """One decoded article; ``text`` is the whole file, ``body_start`` where the body begins."""

    path: str
    article_id: str
    text: str
    body_start: int
    header: dict[str, str] = field(default_factory=dict)
    published: date | None = None
    published_basis: str = "unknown"  # header, dateline, latest_reported, reference, unknown
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def outlet(self) -> str | None:
        return self.header.get("outlet") or None

    @property
    def title(self) -> str | None:
        if self.header.get("title"):
            return self.header["title"]
        lines = [line.strip() for line in self.body.splitlines() if line.strip()]
        # skip page furniture ("Latest News", "Share :") and bylines: the first line of 4+ words
        for line in lines[:8]:
            if len(line.split()) >= 4 and not line.lower().startswith("by "):
                return line[:200]
        return lines[0][:200] if lines else None


def decode(path: str, raw: bytes) -> str:
    """Bytes → str: UTF-8 (a UTF-8 BOM is dropped), or UTF-16/32 when a BOM says so."""
    if not raw.strip():
        raise ArticleError(path, "empty file (no text)")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"invalid {enc} after its byte-order mark: {exc.reason}") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(path, "binary file (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise ArticleError(path, "empty file (only whitespace)")
    return text


def split_header(path: str, text: str) -> tuple[dict[str, str], int]:
    """Return (header, body_start). A header is ``key: value`` lines closed by a line ``---``.

    A file whose first lines look like a header (two or more known keys) but never close it is an
    error; a single "Source: three guards …" headline line is just body text.
    """
    first = text.split("\n", 1)[0]
    m = _HEADER_LINE.match(first.rstrip("\r"))
    if not m or m.group(1).lower() not in HEADER_KEYS:
        return {}, 0
    header: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if _HEADER_END.match(stripped):
            return header, pos + len(line)
        hm = _HEADER_LINE.match(stripped)
        if hm:
            header[hm.group(1).lower()] = hm.group(2).strip()
        elif stripped.strip():
            break
        pos += len(line)
    if len([k for k in header if k in HEADER_KEYS]) >= 2:
        raise ArticleError(path, "header (starting 'key: value' lines) is not closed by a '---' line")
    return {}, 0


def parse_article(path: str, raw: bytes, reference: date | None = None) -> Article:
    """Decode and date one article. ``reference`` dates articles that carry no year at all."""
    from incidents.dating import infer_published  # local: dating imports the date extractor

    text = decode(path, raw)
    header, body_start = split_header(path, text)
    if not text[body_start:].strip():
        raise ArticleError(path, "header has no body after '---'")
    published, basis, warnings = infer_published(text, body_start, header, reference)
    return Article(
        path=path, article_id=hashlib.sha256(raw).hexdigest()[:16], text=text, body_start=body_start,
        header=header, published=published, published_basis=basis, warnings=tuple(warnings),
    )


def too_large(path: str, size: int) -> ArticleError | None:
    """The error for a file past :data:`MAX_BYTES` (one message wherever the limit is checked)."""
    return ArticleError(path, f"file too large ({size} bytes; limit {MAX_BYTES})") if size > MAX_BYTES else None


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes; raises :class:`ArticleError` naming the file (too large, missing, unreadable)."""
    p = str(path)
    try:
        err = too_large(p, os.path.getsize(p))
        if err:
            raise err
        with open(p, "rb") as fh:
            return fh.read()
    except ArticleError:
        raise
    except IsADirectoryError:
        raise ArticleError(p, "is a directory") from None
    except PermissionError:
        raise ArticleError(p, "permission denied (unreadable)") from None
    except FileNotFoundError:
        raise ArticleError(p, "no such file") from None
    except OSError as exc:
        raise ArticleError(p, f"cannot read: {exc.strerror or exc}") from None


def read_article(path: str | Path, reference: date | None = None) -> Article:
    """Read one file as an article; raises :class:`ArticleError` naming the file."""
    return parse_article(str(path), read_bytes(path), reference)


def iter_paths(paths: Iterable[str | Path], errors: list[tuple[str, str]] | None = None) -> Iterator[str]:
    """Expand files and folders (recursively, ``*.txt``, sorted) without following symlink loops."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                st = os.stat(root)
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    if errors is not None:
                        errors.append((root, "symlink loop: folder already visited, skipped"))
                    dirs[:] = []
                    continue
                seen.add(key)
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        elif p.exists() or p.is_symlink():
            yield str(p)
        elif errors is not None:
            errors.append((str(p), "no such file or folder"))
