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
    for r, out in zip(records, render(records)):
        feature, event = out.feature, out.event
        parsed = json.loads(feature)
        assert parsed["id"] == r["id"] and parsed["properties"] == json.loads(json.dumps(
            {k: v for k, v in r.items() if k != "geometry"}))
        assert parsed["geometry"] == json.loads(json.dumps(r["geometry"]))
        assert event.startswith(r["id"] + ",") and event.endswith("\n")
        assert assemble(record_parts(r, lines.get), r["id"], r["rollup_of"], r["part_of"])[0] == feature


def test_splicer_copies_ranges_and_text_in_order(tmp_path, monkeypatch):
    """Kernel copies and the read/write fallback give the same file; adjacent ranges merge into one copy."""
    import os

    from incidents import exports

    old = tmp_path / "old"
    old.write_bytes(b"0123456789abcdefghij")
    plan = [("copy", 0, 4), ("copy", 4, 8), ("text", "XY"), ("copy", 15, 20), ("text", "é")]
    expected = b"01234567XYfghij" + "é".encode()
    calls: list[tuple[int, int]] = []
    real = os.copy_file_range

    def counting(src, dst, count, offset_src=None, *a, **k):
        calls.append((offset_src, count))
        return real(src, dst, count, offset_src, *a, **k)

    def unsupported(*_a, **_k):
        raise OSError(95, "Operation not supported")

    for name, impl in (("kernel", counting), ("fallback", unsupported)):
        monkeypatch.setattr(exports.os, "copy_file_range", impl)
        target = tmp_path / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT)
        s = exports.Splicer(fd, old)
        for step in plan:
            s.copy(step[1], step[2]) if step[0] == "copy" else s.text(step[1])
        s.close()
        os.close(fd)
        assert target.read_bytes() == expected and s.pos == len(expected)
    assert calls == [(0, 8), (15, 5)]
