"""Small test helpers: extract claims from a string, pick claims by kind."""

from __future__ import annotations

from datetime import date

from incidents.articles import parse_article
from incidents.extract import extract


def claims_of(text: str, path: str = "mem.txt", reference: date | None = None) -> list[dict]:
    article = parse_article(path, text.encode("utf-8"), reference)
    out = extract(article)
    for c in out:  # the offset contract holds for every claim
        assert text[c["start"]:c["end"]] == c["text"], c
    return out


def kind(claims: list[dict], *kinds: str) -> list[dict]:
    return [c for c in claims if c["kind"] in kinds]
