"""Every key the public interfaces emit is documented in the README (and the README's examples are real)."""

from __future__ import annotations

import json
import re

import pytest

from incidents.pipeline import build


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, repo):
    out = tmp_path_factory.mktemp("iface")
    build([repo / "seeds"], out)
    return out


def _readme(repo) -> str:
    return (repo / "README.md").read_text(encoding="utf-8")


def test_every_claim_key_is_documented(outputs, repo):
    readme = _readme(repo)
    keys = set()
    for line in (outputs / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        keys |= set(json.loads(line))
    missing = sorted(k for k in keys if f"`{k}`" not in readme)
    assert not missing, f"claim keys not documented in README: {missing}"


def test_every_record_key_is_documented(outputs, repo):
    readme = _readme(repo)
    features = json.loads((outputs / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    keys = set()
    for f in features:
        keys |= set(f["properties"])
    missing = sorted(k for k in keys if f'"{k}"' not in readme and f"`{k}`" not in readme)
    assert not missing, f"record keys not documented in README: {missing}"


def test_events_csv_has_acled_columns(outputs, repo):
    header = (outputs / "events.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for col in re.findall(r"`(\w+)`", _readme(repo).split("ACLED column names")[1].split("|")[0]):
        assert col in header


def test_csv_exports_neutralise_formulas():
    import csv
    import io

    from incidents.exports import csv_text

    text = csv_text([{"a": "=HYPERLINK(\"http://x\")", "b": 3, "c": "@cmd", "d": "plain"}], ["a", "b", "c", "d"])
    row = next(iter(csv.DictReader(io.StringIO(text))))
    assert row == {"a": "'=HYPERLINK(\"http://x\")", "b": "3", "c": "'@cmd", "d": "plain"}
