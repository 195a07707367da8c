"""Article files: header, body offsets, dating, and clear errors for bad input."""

from __future__ import annotations

from datetime import date

import pytest

from incidents.articles import ArticleError, parse_article, read_article

HEADER = "url: https://example.org/a\noutlet: Pamir Daily\npublished: 2024-03-05\ntitle: Clash near Vanj\n---\n"


def test_header_is_parsed_and_offsets_cover_the_whole_file():
    text = HEADER + "Two guards were killed on Sunday.\n"
    a = parse_article("a.txt", text.encode())
    assert a.header["outlet"] == "Pamir Daily" and a.outlet == "Pamir Daily"
    assert a.published == date(2024, 3, 5) and a.published_basis == "header"
    assert a.text == text and a.body.startswith("Two guards")


def test_no_header_whole_file_is_body_and_dateline_dates_it():
    a = parse_article("b.txt", b"KHOROG, 14 June 2023 - A mine exploded near the river.\n")
    assert a.body_start == 0 and a.published == date(2023, 6, 14) and a.published_basis == "dateline"


def test_latest_reported_date_is_a_lower_bound():
    a = parse_article("c.txt", b"The agency reported on 2 May 2022 that talks began on 28 April 2022.")
    assert a.published == date(2022, 5, 2) and a.published_basis == "latest_reported"


def test_published_not_a_date_warns_and_falls_back():
    a = parse_article("d.txt", b"published: not-a-date\n---\nOn 3 March 2021 a post was shelled.\n")
    assert a.published == date(2021, 3, 3)
    assert a.warnings and "not-a-date" in a.warnings[0]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [(b"", "empty"), (b"   \n\t", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "UTF-8"),
     (b"url: x\ntitle: y\nNo closing line here\n", "header"), (b"title: y\n---\n   \n", "no body")],
)
def test_bad_input_names_the_problem(raw, problem):
    with pytest.raises(ArticleError) as err:
        parse_article("bad.txt", raw)
    assert "bad.txt" in str(err.value) and problem in str(err.value)


def test_utf16_with_bom_decodes():
    a = parse_article("u.txt", "Three soldiers were wounded in Farkhor.".encode("utf-16"))
    assert a.text.startswith("Three soldiers")


def test_read_article_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
