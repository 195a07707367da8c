"""The selected-record panel: when/where with precision, figures, sources with marked spans, disagreements."""

from __future__ import annotations

import re

from dashboard import sidebar
from tests.dashboard.conftest import HOSTILE


def text_of(html: str) -> str:
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", " ", html))


def test_date_text_with_precision(rec) -> None:
    assert sidebar.date_text(rec("BW-0002")) == "30 Nov 2025 (exact day)"
    khatlon = sidebar.date_text(rec("BW-0001"))
    assert "26 Nov 2025" in khatlon and "27 Nov 2025" in khatlon and "2–6 days" in khatlon
    assert "not reported" in sidebar.date_text(rec("BW-0005"))


def test_place_text_with_precision(rec) -> None:
    text = sidebar.place_text(rec("BW-0001"))
    assert "Shamsiddin Shohin" in text and "Khatlon" in text and "district" in text
    assert "region" in sidebar.place_text(rec("BW-0002"))


def test_estimates_table(rec) -> None:
    html = sidebar.estimates_table(rec("BW-0001"))
    rows = re.findall(r"<tr><th>(\w+)</th><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", html)
    assert ("killed", "3", "3", "3") in rows
    assert ("injured", "1", "1", "5") in rows


def test_record_html_sources_and_marked_excerpts(rec) -> None:
    html = sidebar.record_html(rec("BW-0001"))
    assert "Asia-Plus" in html and "Eurasianet" in html
    assert "2025-11-27" in html and "stance: report" in html
    assert "<mark>Three Chinese workers were killed</mark>" in html
    assert "<mark>wounded five others</mark>" in html
    assert "\n\n" not in html  # a blank line would end the markdown HTML block


def test_disagreement_tables(rec) -> None:
    html = sidebar.record_html(rec("BW-0001"))
    assert "Sources disagree" in html
    dis = html[html.index("Sources disagree"):]
    text = text_of(dis)
    assert "injured" in text and "date" in text
    # value → which source says it
    assert re.search(r"1\s+Asia-Plus", text) and re.search(r"5\s+Eurasianet", text)


def test_disagreement_excerpts_come_from_claim_ids(rec) -> None:
    """interfaces.md §3 values carry claim_ids; the sentence shown is looked up in the record's claims."""
    html = sidebar.disagreements_html(rec("BW-0001"))
    assert "<mark>one was injured</mark>" in html
    assert "<mark>wounded five others</mark>" in html


def test_different_scope_is_not_called_a_conflict(rec) -> None:
    html = sidebar.record_html(rec("BW-0003"))
    assert "different scope (roll-up" in html


def test_stances_listed(rec) -> None:
    html = sidebar.record_html(rec("BW-0005"))
    for stance in ("report", "denial", "retraction"):
        assert f"stance: {stance}" in html


def test_hostile_record_is_inert(rec) -> None:
    html = sidebar.record_html(rec("BW-0006"))
    for bad in HOSTILE:
        assert bad not in html
    assert "<b>Evil</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped


def test_sampled_context_record_says_how_many_in_all(rec) -> None:
    """A border record embeds a sample: the panel says "N of M" sources and each value's total count."""
    r = dict(rec("BW-0001"), source_count=250)
    r["disagreements"] = [dict(d, values=[dict(v, count=40) for v in d["values"]]) for d in r["disagreements"]]
    text = text_of(sidebar.record_html(r))
    assert f"Sources ({len(r['sources'])} of 250)" in text and "claims.jsonl" in text
    assert "40 claims in all" in text
    plain = text_of(sidebar.record_html(rec("BW-0001")))
    assert " of " not in plain[plain.index("Sources ("):plain.index(")", plain.index("Sources ("))]
    assert "claims in all" not in plain
