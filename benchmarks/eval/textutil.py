"""Text helpers shared by the evaluation scripts (truth builders, checker, scorer).

Kept independent of the ``incidents`` package on purpose: the truth must not be computed with the
code it evaluates.
"""

from __future__ import annotations

import re
from pathlib import Path

_HEADER_LINE = re.compile(r"^[A-Za-z_][\w-]*: ?")


def body_start(text: str) -> int:
    """Offset of the body: after the header's closing '---' line, or 0 without a header."""
    lines = text.split("\n")
    if not lines or not re.match(r"^[A-Za-z_][\w-]*: ", lines[0]):
        return 0
    pos = 0
    for line in lines:
        if line == "---":
            return pos + len(line) + 1
        if not _HEADER_LINE.match(line):
            return 0
        pos += len(line) + 1
    return 0


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle``."""
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def resolve(rel: str, root: Path) -> Path | None:
    """A truth file path (relative to the repo root); seeds fall back to ``../shared/seeds``."""
    p = root / rel
    if p.exists():
        return p
    if rel.startswith("seeds/"):
        q = root.parent / "shared" / "seeds" / rel.split("/", 1)[1]
        if q.exists():
            return q
    return None
