"""Export rendering: the spliced fast path writes the same bytes as plain encoding."""

from __future__ import annotations

import json

from incidents.exports import assemble, record_parts, render
from incidents.grouping import group_claims
from incidents.parallel import extract_many
from incidents.records import build_records


def _records(repo) -> tuple[list[dict], dict[str, str]]:
    results = [r for r in extract_many(sorted(str(p) for p in (repo / "seeds").glob("*.txt"))) if not r.error]
    by_article = {r.article_id: r.claims for r in results}
    meta = {r.article_id: {"path": r.path, "outlet": r.outlet, "published": r.published, "title": r.title}
            for r in results}
    records = build_records(group_claims(by_article), meta, lambda aid, pos: by_article[aid][pos])
    lines = {c["id"]: json.dumps(c, ensure_ascii=False) for claims in by_article.values() for c in claims}
    return records, lines


def test_spliced_claims_equal_encoded_claims(repo):
    records, lines = _records(repo)
    assert any(r["claims"] for r in records)
    for r in records:
        assert record_parts(r, lines.get) == record_parts(r)


def test_feature_text_is_the_record_as_json(repo):
    records, lines = _records(repo)
    for r, (feature, event, _dis) in zip(records, render(records)):
        parsed = json.loads(feature)
        assert parsed["id"] == r["id"] and parsed["properties"] == json.loads(json.dumps(
            {k: v for k, v in r.items() if k != "geometry"}))
        assert parsed["geometry"] == json.loads(json.dumps(r["geometry"]))
        assert event.startswith(r["id"] + ",") and event.endswith("\n")
        assert assemble(record_parts(r, lines.get), r["id"], r["rollup_of"], r["part_of"])[0] == feature
