"""Corpus-level context: the reference date that dates articles which carry no year at all.

Some articles (wire rewrites, blog copies) never state a year. Their year-less dates and
weekdays are resolved against the *reference date*: ``--reference-date`` if given, else the
latest publication date among the input articles that have a dated header or dateline (or a
date with a year), else today. The choice and its basis are reported, never hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from incidents.articles import ArticleError, decode, split_header
from incidents.dating import infer_published

PRE_PASS_BYTES = 64 * 1024


SELF_DATED = frozenset({"header", "dateline", "latest_reported"})


def self_dated(path: str, raw: bytes) -> date | None:
    """The publication date an article gives by itself (no reference), or None."""
    try:
        text = decode(path, raw[:PRE_PASS_BYTES]) if raw else ""
        header, body_start = split_header(path, text)
    except (ArticleError, UnicodeDecodeError):
        return None
    published, basis, _ = infer_published(text, body_start, header, None)
    return published if basis in SELF_DATED else None


def pick_reference(candidates: Iterable[date | None]) -> tuple[date, str]:
    """The latest self-dated publication, or today when no article states its date."""
    best = max((d for d in candidates if d is not None), default=None)
    if best is not None:
        return best, "latest self-dated article in the input"
    return date.today(), "today (no input article states its date)"


def reference_date(paths: Iterable[str]) -> tuple[date, str]:
    """(date, basis) — the latest self-dated publication among ``paths``, or today."""
    def dates():
        for path in paths:
            try:
                with open(path, "rb") as fh:
                    raw = fh.read(PRE_PASS_BYTES)
            except OSError:
                continue
            yield self_dated(path, raw)

    return pick_reference(dates())
