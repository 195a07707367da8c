"""Escaping helpers: every piece of article-derived text passes through here before it reaches HTML.

Article text is untrusted (anyone can upload a file), and it ends up in three HTML sinks: folium
tooltips (rendered inside a JavaScript template literal), Leaflet div icons, and
``st.markdown(unsafe_allow_html=True)``. ``html.escape`` alone is not enough for the first sink: a
backtick or ``${`` would end or interpolate the template literal, and ``$`` would start a LaTeX
formula in Streamlit markdown, so those are turned into character references too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_EXTRA = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
RECORD_ID = re.compile(r"\[(BW-[0-9A-Za-z]+)\]")


def esc(value: object) -> str:
    """Text → HTML-safe text (also safe inside a JS template literal and Streamlit markdown)."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clamp spans to ``[0, length]`` and merge overlaps, so nested ``<mark>`` tags never occur."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, min(s, length)), max(0, min(e, length))) for s, e in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def highlight(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """The sentence as HTML with each claimed span in ``<mark>``.

    Each piece is escaped separately *before* wrapping: escaping first and then slicing would put
    the offsets in the wrong place (``&amp;`` is longer than ``&``), and wrapping first would let
    markup in the article through.
    """
    sentence = sentence or ""
    parts: list[str] = []
    pos = 0
    for s, e in merge_spans(spans, len(sentence)):
        parts.append(esc(sentence[pos:s]))
        parts.append(f"<mark>{esc(sentence[s:e])}</mark>")
        pos = e
    parts.append(esc(sentence[pos:]))
    return "".join(parts)


def record_id_from_tooltip(tooltip: str | None) -> str | None:
    """The record id carried in a marker tooltip (``"… [BW-xxxx]"``); ``None`` when absent."""
    if not tooltip:
        return None
    found = RECORD_ID.findall(tooltip)
    return found[-1] if found else None
