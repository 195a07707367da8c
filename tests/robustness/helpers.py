"""Checks shared by the robustness tests: the claim contract that must hold for any input."""

from __future__ import annotations

import math
from datetime import date

NUMERIC_KEYS = ("value", "low", "high", "value_km")


def check_claims(text: str, claims: list[dict]) -> None:
    """Every claim points at its exact text, has in-range offsets, sane numbers and valid dates."""
    n = len(text)
    for c in claims:
        assert 0 <= c["start"] <= c["end"] <= n, c
        assert c["text"] == text[c["start"]:c["end"]], c
        assert 0 <= c["sentence_start"] <= c["start"], c
        assert text[c["sentence_start"]:c["sentence_start"] + len(c["sentence"])] == c["sentence"], c
        for key in NUMERIC_KEYS:
            v = c.get(key)
            if v is None:
                continue
            assert isinstance(v, int | float) and not isinstance(v, bool), (key, c)
            assert math.isfinite(v) and v >= 0, (key, c)
        if c.get("low") is not None and c.get("high") is not None:
            assert c["low"] <= c["high"], c
        if c["kind"] == "date":
            if c["normalized"] is None:  # unresolved (see test_known_gaps.py): both ends must say so
                assert c["normalized_end"] is None, c
                continue
            start = date.fromisoformat(c["normalized"])
            end = date.fromisoformat(c["normalized_end"])
            assert start <= end, c
