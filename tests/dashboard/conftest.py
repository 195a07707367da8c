"""Fixtures for the dashboard's pure-function tests: the hand-written sample and a 5,000-record file."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import data

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "incidents_sample.geojson"
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture()
def records() -> list[dict]:
    """The sample records, fresh per test (tests may not mutate a shared copy)."""
    return data.load_records(SAMPLE)


@pytest.fixture()
def rec(records: list[dict]):
    """Look a sample record up by id: ``rec("BW-0001")``."""
    index = data.by_id(records)
    return index.__getitem__


@pytest.fixture(scope="session")
def many_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """5,000 synthetic records written once per session."""
    from tests.dashboard.synthetic import write_geojson

    return write_geojson(tmp_path_factory.mktemp("many") / "incidents.geojson", 5000)
