"""Where geodata lives: committed layers, curated tables, and the raw sources they come from."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
TABLES_DIR = PACKAGE_DIR / "tables"
REPO_DIR = PACKAGE_DIR.parent


def default_source_dir() -> Path:
    """Raw sources: ``$BORDERWATCH_GEODATA_SRC`` or ``../shared/geodata-src`` beside the repo."""
    env = os.environ.get("BORDERWATCH_GEODATA_SRC")
    return Path(env) if env else REPO_DIR.parent / "shared" / "geodata-src"
