"""Casualty figures in tables: each number cell under a column header that names a casualty kind.

Reports from monitors and agencies give tolls in tables more often than in prose. Three layouts are
read: markdown ("| Takhar | 2 |"), plain text with pipes only between cells ("Takhar | 2") and plain text
aligned with a tab or runs of spaces ("Takhar     2     5"). A row is usually a sentence of its own, so
the header row is looked up in the lines above it. A fourth is a column list: a header line naming the
kinds in order ("Figures by village (killed / injured / missing):") over rows of one figure per kind
("- Dahana: 4 / 9 / 1", with "/", "|", "," or tabs between the figures).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from incidents.casualty_labels import cue as _label_cue
from incidents.casualty_labels import label_cells, label_kind

#: A table header separator ("|---|:---:|", "---|---").
_TABLE_SEP = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
#: A column header naming one casualty kind ("Fatalities", "Persons injured"); "Casualties" is both, and no column.
#: Up to two words may name who ("Servicemen killed", "Attackers/Afghans killed", "Tajik guards injured").
_TABLE_HEAD = re.compile(r"(?:(?:persons?|people|civilians?|civilian|total|number of|[A-Za-z][A-Za-z/'-]*(?:\s+[A-Za-z][A-Za-z/'-]*)?)\s+)?"
                         r"(killed|dead|deaths|fatalities|injured|wounded|injuries|missing|detained|arrested|arrests)"
                         r"(?:\s*\(\w+\))?", re.IGNORECASE)
_TABLE_LOOKBACK = 60
#: A figure cell, with an optional footnote mark ("6 (a)", "2[a]", "4*") or the close of a bracketed row
#: ("(previously  7  14  23)").
_TABLE_NUMBER = re.compile(r"[ \t]*(\d{1,5})(?:[ \t]*(?:\([a-z]\)|\[[a-z0-9]{1,2}\]|\*{1,3}))?\)?[ \t]*")
#: A cell with no figure ("-", "–", "n/a").
_NO_FIGURE = re.compile(r"[ \t]*(?:[-–—]|n/?a)[ \t]*", re.IGNORECASE)
_KIND_WORD = (r"(?:killed|dead|deaths|fatalities|injured|wounded|injuries|missing|detained|arrested|arrests)")
#: A header naming the kinds of a column list in order: "(killed / injured / missing)", "Killed, injured,
#: missing by district:", "dead | injured", "Killed<TAB>Wounded"; two kinds at least.
_KIND_LIST = re.compile(r"\b" + _KIND_WORD + r"(?:[ \t]*(?:/|\||,|\t)[ \t]*(?:and[ \t]+)?" + _KIND_WORD + r")+\b",
                        re.IGNORECASE)
_KIND_IN_LIST = re.compile(r"\b" + _KIND_WORD + r"\b", re.IGNORECASE)
#: A row of such a list: an optional bullet and label, then two or more figures split by "/", "|", "," or a
#: tab ("- Dahana: 4 / 9 / 1", "Vanj: 0, 3, 1", "| Rushon | 5 | 8 |").
_LIST_ROW = re.compile(r"[ \t]*(?:[-–•*·][ \t]+)?(?:[^\n\d]{0,80}?[:\t|][ \t]*|[^\n\d:]{0,80}?[ \t])?"
                       r"(\d{1,5}(?:[ \t]*(?:/|\||,|\t)[ \t]*\d{1,5})+)[ \t]*\|?[ \t]*")
_FIGURE = re.compile(r"\d{1,5}")


def table_cells(text: str, s_start: int, s_end: int,
                kind_of: Callable[[str], str]) -> list[tuple[int, int, str, float]]:
    """Each numeric cell of a table under a casualty column header ("| Fatalities |"), zeros included: a
    markdown table ("| Takhar | 2 |"), a plain-text one with pipes only between its cells ("Takhar | 2"),
    or a whitespace-aligned one whose cells are split by a tab or 2+ spaces ("Takhar     2     5").

    Also a column list whose header names the kinds in order ("Figures by village (killed / injured / missing):")
    and whose rows give one figure per kind ("- Dahana: 4 / 9 / 1").

    Returns (start, end, kind, value) per cell; ``kind_of`` maps a header word ("Fatalities") to its kind.
    """
    cells: dict[tuple[int, int], tuple[int, int, str, float]] = {}
    if "|" in text[s_start:s_end] or TABLE_ROW_CUE.search(text, s_start, s_end):
        cells = {(x, y): (x, y, k, v) for x, y, k, v in _grid_cells(text, s_start, s_end, kind_of)}
        cells.update({(x, y): (x, y, k, v) for x, y, k, v in _list_cells(text, s_start, s_end, kind_of)})
    out = list(cells.values())
    if _label_cue(text, s_start, s_end):  # "Label: N" lines, caption period lines, counters, "0 casualties"
        out += [c for c in label_cells(text, s_start, s_end) if c[:2] not in cells]
    return sorted(out)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _list_row(text: str, a: int, b: int) -> re.Match | None:
    return _LIST_ROW.fullmatch(text, a, b) if b - a <= 200 else None


def _list_cells(text: str, s_start: int, s_end: int,
                kind_of: Callable[[str], str]) -> list[tuple[int, int, str, float]]:
    """The figures of each row of a column list, given the kinds its header names in order."""
    first = _line_start(text, s_start)
    end = text.find("\n", s_start, s_end)
    if not _list_row(text, first, s_end if end == -1 else end):
        return []
    block = first  # the rows above this sentence's, up to the header line
    for _ in range(_TABLE_LOOKBACK):
        if block < 2:
            return []
        above = _line_start(text, block - 1)
        if _list_row(text, above, block - 1):
            block = above
            continue
        break
    else:
        return []
    if not text[above:block - 1].strip() and above >= 2:  # one blank line between the header and its rows
        above = _line_start(text, above - 1)
    head = _KIND_LIST.search(text, above, block - 1)
    if not head:
        return []
    kinds = [kind_of(m.group(0).lower()) for m in _KIND_IN_LIST.finditer(head.group(0))]
    out: list[tuple[int, int, str, float]] = []
    a = first
    while a < s_end:
        b = text.find("\n", a, s_end)
        b = s_end if b == -1 else b
        row = _list_row(text, a, b)
        if row:
            figures = list(_FIGURE.finditer(text, row.start(1), row.end(1)))
            if len(figures) == len(kinds):
                out.extend((f.start(), f.end(), k, float(f.group(0))) for f, k in zip(figures, kinds)
                           if f.start() >= s_start)
        a = b + 1
    return out


def _grid_cells(text: str, s_start: int, s_end: int,
                kind_of: Callable[[str], str]) -> list[tuple[int, int, str, float]]:
    """The cells under a header row of column names (markdown, piped or aligned tables)."""
    block = s_start  # a row is often a sentence of its own: its header row is read from the lines above
    if not text[_line_start(text, s_start):s_start].strip():
        block = _line_start(text, s_start)  # an indented row ("  of whom …"): the sentence starts after its indent
    skipped = False
    for _ in range(_TABLE_LOOKBACK):
        if block < 2 or text[block - 1] != "\n":
            break
        line_start = text.rfind("\n", 0, block - 1) + 1
        if line_start == block - 1:  # a blank line: once, between a header row and its rows ("(date | fatalities)")
            if skipped or line_start < 1:
                break
            above = text.rfind("\n", 0, line_start - 1) + 1
            if text.find("|", above, line_start - 1) == -1:
                break
            skipped = True
            block = above
            continue
        if text.find("|", line_start, block - 1) == -1 and not _ALIGNED.search(text, line_start, block - 1):
            break
        block = line_start
    out: list[tuple[int, int, str, float]] = []
    kinds: list[str | None] | None = None
    head: list[tuple[int, int]] = []  # the header's cells, as columns of its line
    row_kind: str | None = None  # the kind of the last row labelled with one ("Persons killed  5  8  7")
    a = block
    while a < s_end:
        b = text.find("\n", a, s_end)
        b = s_end if b == -1 else b
        line = (a, b)
        a = b + 1
        piped = text.find("|", line[0], line[1]) != -1
        if line[0] == line[1]:
            continue  # a blank line keeps the header above it
        if not piped and not _ALIGNED.search(text, line[0], line[1]):
            kinds = None  # a line of prose ends the table
            continue
        if piped and _TABLE_SEP.fullmatch(text, line[0], line[1]):
            continue
        spans = _row_spans(text, line[0], line[1]) if piped else _aligned_spans(text, line[0], line[1])
        if len(spans) < 2:
            continue
        row_kinds = [_table_kind(text[x:y].strip(), kind_of) for x, y in spans]
        if not kinds and not row_kinds[0] and len(spans) > 1 and not any(row_kinds[1:]) \
                and _TABLE_NUMBER.fullmatch(text, *spans[-1]):
            # no casualty column above: a row label may name the kind among a few words ("| Drownings per year |
            # 9 | 2 |", "| Residents detained for illegal crossing | 23 | 6 |")
            row_kinds[0] = label_kind(text[spans[0][0]:spans[0][1]])
            if not row_kinds[0] and row_kind and _SUB_ROW.match(text, spans[0][0], spans[0][1]):
                row_kinds[0] = row_kind  # "  of whom border service personnel  2  3  4": a part of the row above
        if row_kinds[0] and not any(row_kinds[1:]) \
                and all(_TABLE_NUMBER.fullmatch(text, x, y) or _NO_FIGURE.fullmatch(text, x, y) for x, y in spans[1:]) \
                and any(_TABLE_NUMBER.fullmatch(text, x, y) for x, y in spans[1:]):
            # a row labelled with its kind ("| Killed (official) | 9 | 16 |"): the columns are years or sources
            out.extend((n.start(1), n.end(1), row_kinds[0], float(n.group(1)))
                       for n in (_TABLE_NUMBER.fullmatch(text, x, y) for x, y in spans[1:]) if n and n.start(1) >= s_start)
            row_kind = row_kinds[0]
            continue
        row_kind = None
        if any(row_kinds) and not any(k and _TABLE_NUMBER.fullmatch(text, x, y)
                                      for k, (x, y) in zip(row_kinds, spans)) \
                and not (kinds and any(_TABLE_NUMBER.fullmatch(text, x, y) for x, y in spans)):
            # (under a header, a row with a figure is a data row even with a kind word in a cell: "| Arrests | 0 |")
            kinds = row_kinds  # the header row: its casualty columns name the kinds of the cells below
            head = [(x - line[0], y - line[0]) for x, y in spans]
            continue
        if not kinds:
            continue
        by_position = not piped and len(spans) != len(kinds)  # an empty cell: read the column under the header
        for col, (x, y) in enumerate(spans):
            if by_position:
                kind = kinds[_column(head, x - line[0], y - line[0])]
            else:
                kind = kinds[col] if col < len(kinds) else None
            num = _TABLE_NUMBER.fullmatch(text, x, y) if kind else None
            if num and num.start(1) >= s_start:
                v = float(num.group(1))
                out.append((num.start(1), num.end(1), kind, v))
    return out


#: The label of a row that counts a part of the row above it: "of whom border service personnel",
#: "of which servicemen", "including children", "incl. women".
_SUB_ROW = re.compile(r"[ \t]*(?:of\s+wh(?:om|ich)|including|incl\.|among\s+them)\b", re.IGNORECASE)
#: A cell gap of a whitespace-aligned table row: a tab or 2+ spaces between two non-space characters.
_ALIGNED = re.compile(r"\S(?:[ ]*\t[ \t]*| {2,})\S")
#: What a sentence holds when it can be a table row other than a piped one (checked in :func:`table_cells`
#: before any cell is read): an aligned cell gap, or figures split by " / " or ", " ("4 / 9 / 1", "5, 8, 2").
TABLE_ROW_CUE = re.compile(r"\S(?:[ ]*\t[ \t]*| {2,})\S|\d[ \t]*/[ \t]*\d|\d,[ \t]+\d")


#: A cell of such a row: words joined by single spaces.
_ALIGNED_CELL = re.compile(r"[^\s|]+(?: [^\s|]+)*")


def _aligned_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _ALIGNED_CELL.finditer(text, start, end)]


def _column(head: list[tuple[int, int]], x: int, y: int) -> int:
    """Index of the header cell over the columns ``x..y`` of a row: the one they overlap, else the nearest."""
    def distance(i: int) -> int:  # the gap between the two, or minus their overlap
        hx, hy = head[i]
        return max(x, hx) - min(y, hy)
    return min(range(len(head)), key=distance)


def _row_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of one table row: between its pipes, and before the first / after the
    last pipe unless the row opens / closes with one ("| a | b |" and "a | b" both have two cells)."""
    spans = []
    a = start
    while True:
        b = text.find("|", a, end)
        if b == -1:
            spans.append((a, end))
            break
        spans.append((a, b))
        a = b + 1
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def _table_kind(cell: str, kind_of: Callable[[str], str]) -> str | None:
    m = _TABLE_HEAD.fullmatch(cell)
    return kind_of(m.group(1)) if m else None


#: What a sentence holds when it can be a CSV row: a line ending in two small figure cells ("…,grenade,0,3",
#: "…,-,2", "TOTAL,,,4"); thousands ("1,200,000") and runs of "1,1,1," are not.
CSV_ROW_CUE = re.compile(r",(?:\d{1,2}|-)?,\d{1,2}(?:\s|$)")
_CSV_LOOKBACK = 4000
_CSV_FIELD = re.compile(r"[^,\n]{0,80}")
_CSV_LAST = re.compile(r"[^,\s]{0,40}")


def csv_cells(text: str, s_start: int, s_end: int,
              kind_of: Callable[[str], str]) -> list[tuple[int, int, str, float]]:
    """Each figure of a CSV row ("2023-01-14,Farkhor,shooting,1,0") under a header line of as many fields that
    names casualty kinds ("date,district,incident,killed,injured"), zeros and total rows included.

    The rows of one sentence may reach here joined by spaces (a sentence's line breaks are read as soft wraps),
    so the rows are read as a stream from the header on: a row is as many fields as the header's, its last one
    ending at the first space or line break.
    """
    head_end = s_start
    kinds: list[str | None] | None = None
    for _ in range(_TABLE_LOOKBACK):  # the header: a line above with kind fields and no figure
        if head_end < 2 or s_start - head_end > _CSV_LOOKBACK:
            return []
        line = _line_start(text, head_end - 1)
        if line == head_end - 1 or text.find(",", line, head_end - 1) == -1:
            return []  # a blank line or a line of prose ends the block
        fields = _csv_split(text, line, head_end - 1)
        row_kinds = [_table_kind(text[x:y].strip(), kind_of) for x, y in fields]
        if any(row_kinds) and not any(_TABLE_NUMBER.fullmatch(text, x, y) for x, y in fields):
            kinds = row_kinds
            break
        head_end = line
    if kinds is None:
        return []
    width = len(kinds)
    out: list[tuple[int, int, str, float]] = []
    pos = head_end
    while pos < s_end:
        cells, at = [], pos
        for _ in range(width - 1):
            m = _CSV_FIELD.match(text, at, s_end)
            if m.end() >= s_end or text[m.end()] != ",":
                return out
            cells.append((at, m.end()))
            at = m.end() + 1
        last = _CSV_LAST.match(text, at, s_end)
        cells.append((at, last.end()))
        for kind, (x, y) in zip(kinds, cells):
            num = _TABLE_NUMBER.fullmatch(text, x, y) if kind else None
            if kind and not num and not _NO_FIGURE.fullmatch(text, x, y) and x != y:
                return out  # not a data row (an empty or "-" cell gives no figure)
            if num and num.start(1) >= s_start:
                out.append((num.start(1), num.end(1), kind, float(num.group(1))))
        pos = last.end() + 1
        if last.end() < s_end and not text[last.end()].isspace():
            return out
    return out


def _csv_split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    fields = []
    while (y := text.find(",", a, b)) != -1:
        fields.append((a, y))
        a = y + 1
    fields.append((a, b))
    return fields
