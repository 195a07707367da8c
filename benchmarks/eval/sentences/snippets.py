"""What both sentence-set scorers share: reading a ``*.jsonl`` set, and running the extractor on one
snippet as the article ``"published: <date>\\n---\\n<text>\\n"`` (the one convention both sets are
written for)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from incidents.articles import parse_article  # noqa: E402
from incidents.extract import extract  # noqa: E402


def load_items(path: Path) -> list[dict[str, Any]]:
    """One item per non-blank line."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def header(published: str) -> str:
    return f"published: {published}\n---\n"


def snippet_claims(item: dict[str, Any], kinds: tuple[str, ...]) -> tuple[str, list[dict[str, Any]]]:
    """(the snippet's article text, its claims of ``kinds``); the snippet starts at ``len(header(...))``."""
    doc = header(item["published"]) + item["text"] + "\n"
    article = parse_article(f"{item['id']}.txt", doc.encode("utf-8"))
    return doc, [c for c in extract(article) if c.get("kind") in kinds]
