"""Page furniture that is not the article: "Related posts", "Read more", "Most read" link lists, and
one-line "Tags:", "Share:", "Related: …" lines.

Blogs and news sites append lists of other stories' headlines ("• Darvoz: two soldiers killed in
mine blast"); their figures, dates and places belong to those other stories, so they must not
become claims of this one. A list starts at a line that is only such a heading and runs to the
next blank line (or the end of the text). Menu words that also head real articles ("Latest News"
above a story) are left to the header logic in :mod:`incidents.articles`.
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^[ \t]*(?:related(?:\s+(?:posts|articles|stories|coverage|news|reading|links))?|read\s+(?:more|also|next)"
    r"|more\s+(?:from|on|stories|news)(?:\s+[^\n]{1,40})?|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)"
    r"|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|see\s+also|further\s+reading)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_BLANK = re.compile(r"\n[ \t]*\n")
#: One-line furniture: a label, a colon and the rest of the line ("Tags: Vanj, drones", "Share: Facebook |
#: X", "Related: Guards detained 9 smugglers | …"): tag lists name places and topics, inline related
#: links are other stories' headlines.
_LINE = re.compile(r"^[ \t]*(?:tags|tagged|share(?:\s+this(?:\s+(?:article|story))?)?|filed\s+under|topics|categories"
                   r"|keywords|related(?:\s+(?:posts|articles|stories|coverage))?)[ \t]*:[^\n]*$",
                   re.IGNORECASE | re.MULTILINE)


def furniture_spans(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every link list in the body: from its heading line to the next blank line."""
    spans: list[tuple[int, int]] = []
    pos = body_start
    while m := _HEADING.search(text, pos):
        blank = _BLANK.search(text, m.end())
        end = blank.start() if blank else len(text)
        spans.append((m.start(), end))
        pos = max(end, m.end() + 1)
    spans += [(m.start(), m.end()) for m in _LINE.finditer(text, body_start)]
    return sorted(spans)
