"""Split a text into sentences with their offsets, so every claim can quote the sentence it sits in.

Blank lines always end a sentence, and so does a single line break — a headline, a list item, a
table row (cells split by pipes, a tab or a run of spaces), a transcript turn — unless it is a soft
wrap inside hard-wrapped prose (plain-text wire feeds and e-mails wrap at 70–100 characters:
"One\nsergeant was killed" is one sentence; see :func:`_soft_wrap`). Inside a paragraph a sentence
ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace and an upper-case
letter, a digit or an opening quote — except after common abbreviations (Mr., Gen., U.S., Jan. …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "ste", "no", "vs", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr",
    "sr", "prof", "gov", "sen", "rep", "u.s", "u.n", "e.g", "i.e", "approx", "est", "govt", "dept", "mt", "incl", "excl",
}
# Possessive quantifiers and the look-behind keep this linear on "....." runs (no backtracking).
# The pattern opens with the mark itself, then looks behind it ("not after another mark"): a
# leading character class lets the regex engine jump between candidate marks instead of testing
# the look-behind at every character (about 3x faster on prose).
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’)\]]*+(?=\s+[\"'“‘(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]+[\"'”’)\]]*$")
_PARA = re.compile(r"\n\s*\n|\r?\n")
#: A line that ends a sentence, clause or label by itself: its break is never a soft wrap.
_LINE_END_STOP = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
#: A line that starts a new item, not the rest of the line before it: a list bullet or number, a
#: table row, a heading mark, a transcript speaker ("ANCHOR:", "Q:"), a clock time ("14:20 –").
_ITEM_START = re.compile(r"\s*(?:[-*•–—>#|\[]|\(?\w\)\s|\d+[.)]\s|\d{1,2}[:.]\d\d\b|[A-Z][A-Z .'’-]{0,30}:|Q:|A:)")
#: Shortest wrapped line, and how long it must be next to its paragraph's longest line when the
#: next line starts with a capital: a headline above a paragraph is shorter than the wrap width.
_MIN_WRAPPED = 40
_WRAP_SHARE = 0.7


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:]`` (offsets absolute, surrounding whitespace trimmed)."""
    out: list[Sentence] = []
    pos = start
    width = 0  # longest line of the current block (lines up to a blank line), known once it is read
    for para in _PARA.finditer(text, start):
        if para.group(0).count("\n") == 1:  # a single line break
            if not width:
                width = _block_width(text, pos)
            if _soft_wrap(text, pos, para.start(), para.end(), width):
                continue
        else:
            width = 0
        _split_para(text, pos, para.start(), out)
        pos = para.end()
    _split_para(text, pos, len(text), out)
    return out


def _block_width(text: str, pos: int) -> int:
    """Length of the longest line from ``pos`` to the next blank line."""
    end = text.find("\n\n", pos)
    block = text[pos:end if end >= 0 else len(text)]
    return max(len(line.strip()) for line in block.split("\n"))


def _soft_wrap(text: str, a: int, brk: int, nxt: int, width: int) -> bool:
    """True if the line break at ``text[brk:nxt]`` only wraps a sentence that goes on.

    The text before it on its line (from ``a``, the start of the current run) must not end a
    sentence or a label, neither line may be a table row or start an item, and the next line must
    go on in lower case ("One\nsergeant was killed") or follow a line as long as the paragraph's
    wrap width (``width``: a headline above a paragraph is a line of its own).
    """
    ls = text.rfind("\n", a, brk) + 1 or a
    line = text[ls:brk]
    le = text.find("\n", nxt)
    following = text[nxt:le if le >= 0 else len(text)]
    if not following.strip() or "|" in line or "|" in following or "\t" in line or _aligned_row(line) \
            or _aligned_row(following):
        return False
    if _LINE_END_STOP.search(line) or _ITEM_START.match(following):
        return False
    n = len(line.strip())
    first = following.lstrip()[:1]
    if first.islower():
        return n > 0
    return n >= _MIN_WRAPPED and n >= _WRAP_SHARE * width


def _aligned_row(line: str) -> bool:
    """A row of a whitespace-aligned table: a tab, or a run of 3+ spaces, between non-space characters."""
    body = line.strip()
    return "\t" in body or "   " in body


def _split_para(text: str, a: int, b: int, out: list[Sentence]) -> None:
    cut = a
    for m in _BOUNDARY.finditer(text, a, b):
        word = _LAST_WORD.search(text[max(cut, m.start() - 12):m.end()])
        if word and text[m.start()] == "." and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if word and text[m.start()] == "." and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        _emit(text, cut, m.end(), out)
        cut = m.end()
    _emit(text, cut, b, out)


def _emit(text: str, a: int, b: int, out: list[Sentence]) -> None:
    part = text[a:b]
    body = part.strip()  # str.strip() drops exactly the characters str.isspace() accepts
    if body:
        a += len(part) - len(part.lstrip())
        out.append(Sentence(a, a + len(body), body))
