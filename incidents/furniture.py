"""Page furniture that is not the article: "Related posts", "Read more", "Most read" link lists,
one-line "Tags:", "Share:", "Related: …" lines, reader comments, breadcrumbs and menus.

Blogs and news sites append lists of other stories' headlines ("• Darvoz: two soldiers killed in
mine blast"); their figures, dates and places belong to those other stories, so they must not
become claims of this one. A list starts at a line that is only such a heading and runs to the
next blank line (or the end of the text). Menu words that also head real articles ("Latest News"
above a story) are left to the header logic in :mod:`incidents.articles`.

Reader comments ("Comments (3)", "12 comments", "Leave a reply") are what readers wrote, not the
article: the block runs from such a heading over the lines that read as comments ("handle: text",
a commenter's name and time stamp with the comment under it, "Reply"), and stops at the first line
that does not. Breadcrumbs ("Home > Afghanistan > Security") and menus ("News | World | Sport", a
line of short "|" items, most of them section names) are one line each; a table row ("Dahana | 4 |
9") is data and is kept.
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
#: X", "Related: Guards detained 9 smugglers | …", "Further reading: our explainer on Vanj"): tag lists name
#: places and topics, inline related links are other stories' headlines. The label may follow other
#: furniture words on its line ("Share | Tags: …", "Print · Related reading: …") or end a sentence's line
#: ("… on Friday. Read also: Three held in Vanj").
_LABELS = (r"(?:tags|tagged(?:\s+with)?|share(?:\s+(?:this|on|via))?(?:\s+(?:article|story|post|page))?"
           r"|filed\s+under|topics|categories|keywords"
           r"|related(?:\s+(?:posts|articles|stories|coverage|reading|news|links|content))?"
           r"|further\s+reading|read\s+(?:also|more|next)|also\s+read|see\s+also)[ \t]*:[^\n]*$")
_LINE = re.compile(r"^[ \t]*(?:(?:share|print|e-?mail|save|comments?(?:[ \t]*\(\d+\))?)[ \t]*[|·•][ \t]*){0,4}"
                   + _LABELS, re.IGNORECASE | re.MULTILINE)
#: The same labels after a sentence's end on its line; the match starts at the punctuation (a pattern that
#: looked behind every character for it cost four times the rest of this module), the span after it.
_INLINE = re.compile(r"[.!?](?P<s>[ \t]+)(?=(?:related|further|read|also|see)\b)" + _LABELS,
                     re.IGNORECASE | re.MULTILINE)
#: A reader-comments heading alone on its line: "Comments (3)", "4 comments", "Reader comments", "Leave a reply".
_COMMENTS = re.compile(r"^[ \t]*(?:(?:(?:reader|readers['’]?|user|\d+)[ \t]+)?comments?(?:[ \t]*\(\d+\))?"
                       r"|leave[ \t]+a[ \t]+(?:comment|reply)|join[ \t]+the[ \t]+discussion)[ \t]*:?[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)
#: A comment on one line: a handle of up to three words and a colon ("Marta K.: Great post", "abdu_k: Source?")
_COMMENT_LINE = re.compile(r"[ \t]*[\w@.'’-]+(?:[ \t]+[\w@.'’-]+){0,2}[ \t]*:[ \t]+\S")
#: A commenter's line above the comment: a short line with a time stamp or "says:" ("Dilshod · 3 March 2025
#: at 14:05", "guest_91 — 2 hours ago", "Nodira says:")
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b|\bago\b|\b(?:says|wrote|writes)[ \t]*:?[ \t]*$",
                    re.IGNORECASE)
#: Comment-form and comment-action lines: "Reply", "Leave a comment", "Your email address will not be published."
_COMMENT_FORM = re.compile(r"[ \t]*(?:reply|report|like|\d+[ \t]+likes?|leave[ \t]+a[ \t]+(?:comment|reply)"
                           r"|your[ \t]+email[ \t]+address\b[^\n]*|required[ \t]+fields\b[^\n]*|cancel[ \t]+reply"
                           r"|post[ \t]+comment|load[ \t]+more[ \t]+comments)[ \t]*$", re.IGNORECASE)
#: Lines with two or more "|" (menus, link rows, tables): checked item by item in Python, no backtracking.
_PIPE_LINE = re.compile(r"^[^\n|]*\|[^\n|]*\|[^\n]*$", re.MULTILINE)
#: A breadcrumb separator between items: "Home > Afghanistan".
_CRUMB_SEP = re.compile(r"[ \t][>»›][ \t]")
_CRUMB_SPLIT = re.compile(r"[ \t]+[>»›][ \t]+")
_SECTIONS = frozenset({
    "home", "news", "latest", "latest news", "world", "sport", "sports", "business", "video", "videos", "region",
    "regions", "politics", "opinion", "opinions", "culture", "economy", "society", "about", "about us", "archive",
    "archives", "contact", "contact us", "subscribe", "newsletter", "newsletters", "donate", "search", "login",
    "log in", "sign in", "photo", "photos", "multimedia", "analysis", "features", "maps", "podcast", "podcasts",
    "weather", "tech", "technology", "health", "science", "lifestyle", "entertainment", "blog", "blogs", "listen live",
    "live", "tv", "radio", "top stories", "most read", "interviews", "editorials", "columns", "media", "gallery",
    "menu", "privacy", "terms", "cookies", "careers", "advertise", "rss", "español", "русский",
})
_SENTENCE_MARK = re.compile(r"[.,;:!?]$|[.;!?][ \t]")


def _menu(line: str) -> bool:
    """A "|" line of short items, most of them section names ("Kabul Post | Latest | Afghanistan | Sport")."""
    if line.lstrip().startswith("|"):
        return False  # a table row ("| Vanj | 2 | 3 |"), not a menu
    items = [s.strip() for s in line.split("|")]
    items = [s for s in items if s]
    if len(items) < 3 or any(len(s) > 40 or _SENTENCE_MARK.search(s) or s.isdigit() for s in items):
        return False
    sections = sum(s.lower() in _SECTIONS for s in items)
    return sections >= 2 and 5 * sections >= 2 * len(items)


def _breadcrumb(line: str) -> bool:
    """"Home > Afghanistan > Security": short items between ">" (three or more, or starting at "Home")."""
    items = _CRUMB_SPLIT.split(line.strip())
    if len(items) < 2 or any(not s or len(s) > 30 or len(s.split()) > 4 or _SENTENCE_MARK.search(s) for s in items):
        return False
    return len(items) >= 3 or items[0].lower() in {"home", "main", "start"}


def _comment_block_end(text: str, pos: int) -> int:
    """Where the reader comments after a comments heading (ending at ``pos``) end: the last line that
    reads as a comment, a commenter's stamp with the comment under it, or a comment-form line."""
    end = pos
    under_stamp = False  # the paragraph after a commenter's stamp is that comment's text
    while pos < len(text):
        nl = text.find("\n", pos + 1)
        nl = len(text) if nl < 0 else nl
        line = text[pos + 1:nl] if text[pos] == "\n" else text[pos:nl]
        stripped = line.strip()
        if not stripped:
            under_stamp = False
        elif under_stamp or _COMMENT_LINE.match(line) or _COMMENT_FORM.fullmatch(line):
            end = nl
        elif len(stripped) <= 60 and not stripped.endswith(".") and _STAMP.search(stripped):
            end, under_stamp = nl, True
        else:
            break
        pos = nl
    return end


def furniture_spans(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every link list in the body (from its heading line to the next blank line), every
    reader-comments block, and every one-line tag, share, related-link, breadcrumb and menu line."""
    spans: list[tuple[int, int]] = []
    pos = body_start
    while m := _HEADING.search(text, pos):
        blank = _BLANK.search(text, m.end())
        end = blank.start() if blank else len(text)
        spans.append((m.start(), end))
        pos = max(end, m.end() + 1)
    pos = body_start
    low = text.lower()
    while ("comment" in low or "reply" in low or "discussion" in low) and (m := _COMMENTS.search(text, pos)):
        end = _comment_block_end(text, m.end())
        if end > m.end():  # a heading with no comment under it is left alone (it holds no claim)
            spans.append((m.start(), end))
        pos = max(end, m.end() + 1)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, body_start)]
    spans += lines
    for m in _INLINE.finditer(text, max(0, body_start - 1)):
        a = m.start("s")
        if a >= body_start and not any(x <= a < y for x, y in lines):  # (a whole furniture line holds it)
            spans.append((a, m.end()))
    if text.find("|", body_start) != -1:
        spans += [(m.start(), m.end()) for m in _PIPE_LINE.finditer(text, body_start) if _menu(m.group(0))]
    seen = -1  # a breadcrumb has an item on each side of a separator: only lines holding " > " are read
    crumbs = any(text.find(w + c, body_start) != -1 for c in ">»›" for w in " \t")
    for m in _CRUMB_SEP.finditer(text, body_start) if crumbs else ():
        a = text.rfind("\n", 0, m.start()) + 1
        if a <= seen or a < body_start:  # (a line begun before the body is not the body's)
            continue
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        seen = a
        if _breadcrumb(text[a:b]):
            spans.append((a, b))
    return sorted(spans)
