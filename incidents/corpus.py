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


def reference_date(paths: Iterable[str]) -> tuple[date | None, str]:
    """(date, basis) — the latest self-dated publication among ``paths``, or today."""
    best: date | None = None
    for path in paths:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(PRE_PASS_BYTES)
            text = decode(path, raw) if raw else ""
            header, body_start = split_header(path, text)
        except (OSError, ArticleError, UnicodeDecodeError):
            continue
        published, basis, _ = infer_published(text, body_start, header, None)
        if published and basis in {"header", "dateline", "latest_reported"} and (best is None or published > best):
            best = published
    if best is not None:
        return best, "latest self-dated article in the input"
    return date.today(), "today (no input article states its date)"
