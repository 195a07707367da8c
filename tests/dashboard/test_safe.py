"""Escaping helpers: article text reaches folium tooltips and unsafe_allow_html markdown only through these."""

from __future__ import annotations

import pytest

from dashboard.safe import esc, highlight, merge_spans, record_id_from_tooltip


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</textarea><iframe srcdoc='<script>alert(1)</script>'>",
])
def test_esc_leaves_no_tags(text: str) -> None:
    out = esc(text)
    assert "<" not in out and ">" not in out
    assert '"' not in out and "'" not in out  # safe inside quoted attributes too


def test_esc_round_trips_visible_text() -> None:
    import html

    text = "Khatlon & Badakhshan: 3 <killed> \"reportedly\""
    assert html.unescape(esc(text)) == text


def test_esc_none_and_numbers() -> None:
    assert esc(None) == ""
    assert esc(3) == "3"


def test_esc_neutralises_template_literal_and_latex() -> None:
    out = esc("`${alert(1)}` costs $5 and $6 \\")
    for ch in "`${}\\":
        assert ch not in out


def test_highlight_marks_exact_span_after_escaping() -> None:
    sentence = "A&B said <3> were killed."
    start = sentence.index("<3>")
    out = highlight(sentence, [(start, start + 3)])
    assert out == "A&amp;B said <mark>&lt;3&gt;</mark> were killed."


def test_highlight_merges_overlaps_and_clips() -> None:
    sentence = "three workers were killed"
    out = highlight(sentence, [(0, 13), (6, 18), (-5, 2), (19, 999)])
    assert out.count("<mark>") == 2
    assert out == "<mark>three workers were</mark> <mark>killed</mark>"


def test_highlight_never_drops_or_duplicates_text() -> None:
    import html
    import re

    sentence = "x <b>y</b> z & w"
    for spans in ([], [(0, 1)], [(2, 5), (3, 9)], [(100, 200)], [(5, 2)]):
        shown = html.unescape(re.sub(r"</?mark>", "", highlight(sentence, spans)))
        assert shown == sentence


def test_highlight_escapes_markup_inside_the_mark() -> None:
    sentence = "killed <img src=x onerror=alert(1)> two"
    out = highlight(sentence, [(0, len(sentence))])
    assert "<img" not in out and out.startswith("<mark>")


def test_merge_spans() -> None:
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9)], 10) == [(0, 4), (5, 9)]
    assert merge_spans([(-3, 2), (9, 20)], 10) == [(0, 2), (9, 10)]


def test_record_id_from_tooltip() -> None:
    assert record_id_from_tooltip("Attack in Khatlon — precision: district [BW-0001]") == "BW-0001"
    # a title that itself contains something id-like does not win over the trailing id
    assert record_id_from_tooltip("Re [BW-9999] follow-up [BW-7635c82c14]") == "BW-7635c82c14"
    assert record_id_from_tooltip(None) is None
    assert record_id_from_tooltip("Tajikistan–Afghanistan border") is None
