"""Small test helpers: extract claims from a string, pick claims by kind, and the views of them the
phrasing tests compare (a sentence's casualty figures or attribution cues, an article's date spans)."""

from __future__ import annotations

from datetime import date

from incidents.articles import parse_article
from incidents.attribution import find_attributions
from incidents.casualties import find_casualties
from incidents.extract import extract


def claims_of(text: str, path: str = "mem.txt", reference: date | None = None) -> list[dict]:
    article = parse_article(path, text.encode("utf-8"), reference)
    out = extract(article)
    for c in out:  # the offset contract holds for every claim
        assert text[c["start"]:c["end"]] == c["text"], c
    return out


def kind(claims: list[dict], *kinds: str) -> list[dict]:
    return [c for c in claims if c["kind"] in kinds]


def header(published: str, url: str = "https://example.org/x") -> str:
    """A minimal article header, closed by its ``---`` line, so relative dates resolve against ``published``."""
    return f"url: {url}\noutlet: Test Wire\npublished: {published}\ntitle: t\n---\n"


def date_spans(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end)."""
    return {c["text"]: (c["normalized"], c["normalized_end"]) for c in kind(claims_of(text), "date")}


def day(iso: str) -> tuple[str, str]:
    """The (normalized, normalized_end) of a one-day date."""
    return iso, iso


def cas(text: str) -> list[tuple[str, str, float | None]]:
    """(kind, anchor text, value) of every casualty figure the finder reads in one sentence."""
    return [(c.kind, text[c.start:c.end], c.value) for c in find_casualties(text, 0, len(text), [])]


def kinds_values(text: str) -> list[tuple[str, float | None]]:
    return [(k, v) for k, _, v in cas(text)]


def att(text: str) -> list[tuple[str, str, str]]:
    """(cue text, source, stance) of every attribution the finder reads in one sentence."""
    return [(text[a.start:a.end], a.source, a.stance) for a in find_attributions(text, 0, len(text))]
