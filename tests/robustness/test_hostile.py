"""Hostile files: each is processed or rejected with a clear, named problem, and never stops the others."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from incidents.articles import MAX_BYTES, ArticleError, iter_paths, parse_article, read_article
from incidents.extract import extract
from incidents.parallel import extract_many, extract_one

from .helpers import check_claims

REPO = Path(__file__).resolve().parents[2]
GOOD = ("outlet: Test Wire\npublished: 2025-11-30\ntitle: Clash\n---\n"
        "DUSHANBE, Nov 30 (Test Wire) - Two Chinese nationals were killed and three border guards wounded on "
        "29 November near Shohin in Khatlon, according to the State Committee for National Security.\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\r\n  \n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("latin1.txt", "Two soldiers were killed in Qal\u02bbai-Khumb, said Jos\u00e9.".encode("latin-1", "replace")
     + b"\xe9\xff", "UTF-8"),
    ("header_only.txt", b"outlet: X\npublished: 2025-01-01\n---\n\n  \n", "no body"),
    ("unclosed.txt", b"outlet: X\npublished: 2025-01-01\n", "not closed"),
])
def test_bad_files_are_rejected_clearly(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    res = extract_one(str(_write(tmp_path, name, data)))
    assert res.error and problem in res.error and not res.claims, res


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes(tmp_path: Path, enc: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[enc]
    p = _write(tmp_path, "u16.txt", bom + GOOD.encode(enc))
    art = read_article(p)
    assert art.text.lstrip("\ufeff") == GOOD
    claims = extract(art)
    check_claims(art.text, claims)
    assert any(c["kind"] == "killed" and c["value"] == 2 for c in claims)


def test_utf8_bom_dropped(tmp_path: Path) -> None:
    art = read_article(_write(tmp_path, "bom.txt", codecs.BOM_UTF8 + GOOD.encode()))
    assert art.text == GOOD and art.header["outlet"] == "Test Wire"


def test_crlf_offsets(tmp_path: Path) -> None:
    art = read_article(_write(tmp_path, "crlf.txt", GOOD.replace("\n", "\r\n").encode()))
    assert art.header["published"] == "2025-11-30" and art.published is not None
    claims = extract(art)
    check_claims(art.text, claims)
    assert {"killed", "injured", "date", "location"} <= {c["kind"] for c in claims}


def test_published_not_a_date_warns_and_processes(tmp_path: Path) -> None:
    res = extract_one(str(_write(tmp_path, "nd.txt", GOOD.replace("2025-11-30", "not-a-date").encode())))
    assert res.error is None and res.claims
    assert any("not-a-date" in w for w in res.warnings), res.warnings


def test_html_and_js_text(tmp_path: Path) -> None:
    html = ("<html><head><script>var killed = 5; document.write('3 soldiers were killed');</script>"
            "<style>p{margin:0}</style></head><body><p>Two&nbsp;border guards were killed on 3&nbsp;March "
            "near <b>Panj</b>.</p><!-- 1,344-kilometre --><p>&lt;p&gt; &amp;&#160;</p></body></html>")
    art = parse_article("h.txt", html.encode())
    check_claims(art.text, extract(art))


def test_long_single_line(tmp_path: Path) -> None:
    line = ("Two soldiers were killed near Panj on 3 March, officials said and " * 1500)[:100_000]
    art = read_article(_write(tmp_path, "line.txt", line.encode()))
    t0 = time.perf_counter()
    claims = extract(art)
    assert time.perf_counter() - t0 < 15
    check_claims(art.text, claims)
    assert claims


def test_fifty_megabyte_article(tmp_path: Path) -> None:
    """50 MB is far past any news article (limit MAX_BYTES, 5 MB): a clear error, found without reading it."""
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.write(GOOD.encode())
        fh.write(b"\n" * (50 * 1024 * 1024 - len(GOOD)))
    res = extract_one(str(p))
    assert res.error is not None and "too large" in res.error and str(MAX_BYTES) in res.error


def test_article_just_under_the_limit_is_processed(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.write(GOOD.encode())
        fh.write(b"\n" * (MAX_BYTES - 1 - len(GOOD)))
    res = extract_one(str(p))
    assert res.error is None and any(c["kind"] == "killed" for c in res.claims)


def test_over_the_size_limit_rejected_without_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no time
    with pytest.raises(ArticleError, match="too large"):
        read_article(p)


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    for i in range(100):
        d = tmp_path / f"d{i:02d}"
        d.mkdir()
        for j in range(100):
            (d / f"{j:02d}.txt").write_text(f"{j} soldiers were killed near Panj.\n" if j % 7 else "x")
    paths = list(iter_paths([tmp_path]))
    assert len(paths) == 10_000 and paths == sorted(paths)
    results = list(extract_many(paths, workers=2))
    assert [r.path for r in results] == paths
    assert all(r.error is None for r in results)
    assert sum(bool(r.claims) for r in results) >= 8000


def test_symlink_loop_reported_no_hang(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(GOOD)
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    os.symlink("self.txt", tmp_path / "a" / "self.txt")  # a file symlink pointing at itself
    out: list = []
    errors: list[tuple[str, str]] = []
    th = threading.Thread(target=lambda: out.extend(iter_paths([tmp_path], errors)), daemon=True)
    th.start()
    th.join(10)
    assert not th.is_alive(), "iter_paths hangs on a symlink loop"
    assert str(tmp_path / "a" / "b" / "x.txt") in out
    assert any("symlink loop" in problem for _, problem in errors), errors
    res = extract_one(str(tmp_path / "a" / "self.txt"))
    assert res.error, res


def test_directory_named_like_an_article(tmp_path: Path) -> None:
    d = tmp_path / "x.txt"
    d.mkdir()
    res = extract_one(str(d))
    assert res.error == "is a directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file; covered by the directory case")
def test_unreadable_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "secret.txt", GOOD.encode())
    p.chmod(0)
    assert "permission denied" in (extract_one(str(p)).error or "")


def test_cli_one_bad_file_never_stops_the_rest(tmp_path: Path) -> None:
    good = [_write(tmp_path, f"good{i}.txt", GOOD.replace("Two", n).encode())
            for i, n in enumerate(["Two", "Five", "Eleven"])]
    bad = {
        _write(tmp_path, "a_empty.txt", b""): "empty",
        _write(tmp_path, "b_binary.txt", b"\x00\x01\x02abc"): "binary",
        _write(tmp_path, "c_bad_utf8.txt", b"Two soldiers \xff\xfe\xfd killed"): "UTF-8",
        _write(tmp_path, "d_nobody.txt", b"title: t\n---\n"): "no body",
    }
    (tmp_path / "e_dir.txt").mkdir()
    for workers in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "incidents", "extract", str(tmp_path), "--workers", workers],
                              cwd=REPO, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        files = {line.split('"file": "')[1].split('"')[0] for line in proc.stdout.splitlines()}
        assert files == {str(p) for p in good}
        for p, problem in bad.items():
            line = next((ln for ln in proc.stderr.splitlines() if str(p) in ln), "")
            assert "error" in line and problem in line, (p, proc.stderr)


MIN_DATE_ARTICLE = "published: 0001-01-01\n---\nTwo soldiers were killed yesterday near Panj.\n"


@pytest.mark.parametrize("body", ["Two soldiers were killed yesterday.", "Two soldiers were killed on Tuesday.",
                                  "Two soldiers were killed last week.", "Two were killed in March."])
def test_minimum_published_date(body: str) -> None:
    art = parse_article("min.txt", f"published: 0001-01-01\n---\n{body}\n".encode())
    check_claims(art.text, extract(art))


def test_cli_extractor_crash_on_one_file_never_stops_the_rest(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", GOOD.encode())
    b = _write(tmp_path, "b.txt", MIN_DATE_ARTICLE.encode())
    c = _write(tmp_path, "c.txt", GOOD.replace("Two", "Five").encode())
    for workers in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "incidents", "extract", str(tmp_path), "--workers", workers,
                               "--reference-date", "2025-12-01"], cwd=REPO, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        assert f'"file": "{a}"' in proc.stdout and f'"file": "{c}"' in proc.stdout
        # 0001-01-01 (a CMS "no date") is not taken as the publication date, so b is processed too
        assert f'"file": "{b}"' in proc.stdout, proc.stderr


def test_extractor_bug_costs_one_file_not_the_run(tmp_path: Path, monkeypatch) -> None:
    import incidents.extract

    a = _write(tmp_path, "a.txt", GOOD.encode())
    b = _write(tmp_path, "b.txt", GOOD.replace("Two", "Five").encode())
    real = incidents.extract.extract

    def buggy(article):
        if article.path == str(b):
            raise ZeroDivisionError("simulated bug")
        return real(article)

    monkeypatch.setattr(incidents.extract, "extract", buggy)
    results = list(extract_many([str(a), str(b)]))
    assert results[0].error is None and results[0].claims
    assert "internal error" in results[1].error and "ZeroDivisionError" in results[1].error
