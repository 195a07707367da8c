"""Shared fixtures: paths to the repo, the seeds and the raw geodata sources."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def geodata_src() -> Path:
    from geodata.paths import default_source_dir

    src = default_source_dir()
    if not src.is_dir():
        pytest.skip(f"raw geodata sources not found at {src}")
    return src
