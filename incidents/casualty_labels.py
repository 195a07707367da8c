"""Casualty figures in labelled structured text that is not a grid: "Label: N" lines whose label names the kind
among a few words ("People killed in clashes on the border: 7 (4 violators, 3 civilians)"), caption headings
over period lines ("Migrants detained by the guards. January-May: 12. June to 30 November: 15."), counters of
a dashboard's prose ("The injured counter is up from 3 in May", "the detained tally was revised from 8 to 6"),
"0 casualties" (a zero killed and a zero injured figure), and the kind a table row's label names in words
("| Drownings per year | 9 | 2 |", "| Children injured by mines | 4 |").

Every reader here is guarded by a literal check on the sentence before any pattern runs: the module is
asked about every sentence with a casualty cue.
"""

from __future__ import annotations

import re

#: A kind word inside a label, and the kind it names.
_KIND_WORDS = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "death": "killed", "fatalities": "killed",
    "drownings": "killed", "drowned": "killed", "deceased": "killed",
    "injured": "injured", "wounded": "injured", "injuries": "injured", "hurt": "injured",
    "missing": "missing", "disappeared": "missing",
    "detained": "detained", "arrested": "detained", "arrests": "detained", "detentions": "detained",
    "detainees": "detained", "apprehended": "detained",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: Words before a label's kind word that make the label count something other than people ("Incidents with
#: people killed", "Families of the missing", "Days without a death"), and function words that put the kind
#: word in a phrase after the counted noun ("Compensation for the injured").
_NOT_PEOPLE = frozenset({
    "incidents", "incident", "cases", "case", "attacks", "attack", "accidents", "accident", "shootings", "clashes",
    "incursions", "operations", "days", "day", "hours", "weeks", "months", "years", "households", "families",
    "relatives", "reports", "hearings", "trials", "events", "share", "rate", "percentage", "percent", "proportion",
    "average", "age", "ages", "median", "villages", "posts", "vehicles", "trucks", "sites", "requests", "claims",
    "payments", "compensation", "grants", "for", "of", "with", "without", "to", "among", "from", "by", "no", "zero",
    "since", "after", "before", "per", "change", "difference", "increase", "decrease", "rise", "fall", "ratio",
    "index", "score", "cost", "costs", "value", "budget", "funds", "amount", "weight", "kilograms", "tonnes",
})
#: Words after the kind word that make the label measure the people, not count them ("Detained men's average
#: age", "Days in custody of the detained").
_NOT_COUNT_AFTER = frozenset({"age", "ages", "average", "median", "days", "hours", "weight", "height", "income"})
#: A label's head words that may stand before the counted noun ("Number of people killed", "Total deaths").
_LEAD = frozenset({"number", "of", "total", "no", "the", "all", "reported", "registered", "recorded", "confirmed"})
#: Rates and shares are no counts of people.
_RATE = re.compile(r"%|\bper\s*cent\b|\bpercent|\bper\s+(?:\d|100|1,000|thousand|capita)|\brate\b|\bshare\b",
                   re.IGNORECASE)
_MAX_LABEL_WORDS = 12
_MAX_LEAD_WORDS = 3


def label_kind(label: str) -> str | None:
    """The kind a short label names ("River drownings per year" → killed, "Residents detained for illegal
    crossing" → detained), or None: no kind word among its first words, two different kinds, a rate or share,
    or a counted noun before the kind word that is not people ("Incidents with people killed")."""
    if _RATE.search(label):
        return None
    words = [w.lower() for w in _WORD.findall(label)]
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    kinds = {_KIND_WORDS[w] for w in words if w in _KIND_WORDS}
    if len(kinds) != 1:
        return None
    first = next(i for i, w in enumerate(words) if w in _KIND_WORDS)
    lead = words[:first]
    while lead and lead[0] in _LEAD:
        lead = lead[1:]
    if len(lead) > _MAX_LEAD_WORDS or any(w in _NOT_PEOPLE for w in lead) \
            or any(w in _NOT_COUNT_AFTER for w in words[first + 1:]):
        return None
    return kinds.pop()


#: "Label: N" at a sentence's start, after an optional bullet; the figure closes the sentence or opens a
#: bracketed breakdown.
_LABEL_LINE = re.compile(r"[ \t]*(?:[-–•*·][ \t]+)?([A-Z][^:\n.;!?\"“”]{2,110}?)(?<!\b\d)(?<!\b\d\d)[ \t]*:[ \t]*(\d{1,5})(?![\d,.]\d)"
                         r"[ \t]*(?:\(([^()\n]{3,120})\))?[ \t]*[.;]?[ \t]*$")
#: A breakdown item: a figure and one to three words other than "and" ("4 violators", "3 suspected smugglers").
_ITEM = re.compile(r"(\d{1,5})[ \t]+(?!and\b)[A-Za-z][A-Za-z'-]*(?:[ \t]+(?!and\b)[A-Za-z][A-Za-z'-]*){0,2}")
_ITEM_SEP = re.compile(r"[ \t]*(?:,|;|\band\b)[ \t]*(?:and[ \t]+)?")
#: A kind word right before the colon: the prose finder's own "Killed: 4" label.
_KIND_LAST = re.compile(r"(?:" + "|".join(_KIND_WORDS) + r")[ \t]*$", re.IGNORECASE)


def _breakdown(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The figures of a bracketed breakdown ("4 violators, 3 civilians"), or None unless every item is one."""
    out, pos = [], a
    while pos < b:
        m = _ITEM.match(text, pos, b)
        if not m:
            return None
        out.append(m.span(1))
        pos = m.end()
        if pos < b:
            sep = _ITEM_SEP.match(text, pos, b)
            if not sep or sep.end() == pos:
                return None
            pos = sep.end()
    return out


def _year(s: str) -> bool:
    return len(s) == 4 and 1900 <= int(s) <= 2100


def _label_line(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, float]]:
    m = _LABEL_LINE.match(text, s_start, s_end)
    if not m or _year(m.group(2)) or _KIND_LAST.search(m.group(1)):
        return []
    kind = label_kind(m.group(1))
    if not kind:
        return []
    out = [(m.start(2), m.end(2), kind, float(m.group(2)))]
    if m.group(3):
        out += [(x, y, kind, float(text[x:y])) for x, y in (_breakdown(text, m.start(3), m.end(3)) or [])]
    return out


_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*")
#: A period label of a caption line: months, years, quarters, halves, weeks, "to date".
_PERIOD = re.compile(r"\b" + _MONTH + r"\b|\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:quarter|half|week|to date|year)\b",
                     re.IGNORECASE)
#: One period line after a caption heading: "January-June: 31." / "1 July to 25 December: 35".
_PERIOD_LINE = re.compile(r"[ \t]+([A-Z0-9][^:\n.;!?]{1,50}?)(?<!\b\d)(?<!\b\d\d)[ \t]*:[ \t]*(\d{1,5})(?![\d,.]\d)[ \t]*(?:[.;]|(?=\n|$))")
_HEADING = re.compile(r"[ \t]*(?:[-–•*·][ \t]+)?[A-Z][^\d:\n.;!?\"“”]{2,110}[.:]?[ \t]*$")
_PERIOD_LOOKAHEAD = 60
_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "said", "says", "will", "would"})


def _caption_periods(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, float]]:
    """The period lines after a caption heading that names the kind ("Migrants detained by the guards." then
    "January-May: 12. June to 30 November: 15."): each figure, of the heading's kind. The lines are sentences
    of their own after this one, on its line."""
    if not _HEADING.match(text, s_start, s_end):
        return []
    kind = label_kind(text[s_start:s_end])
    if not kind or not _FINITE.isdisjoint(w.lower() for w in _WORD.findall(text, s_start, s_end)):
        return []  # a caption heading is a noun phrase, not a clause ("Three men were detained.")
    out: list[tuple[int, int, str, float]] = []
    pos = s_end
    while (m := _PERIOD_LINE.match(text, pos)) and _PERIOD.search(m.group(1)) and not _year(m.group(2)):
        out.append((m.start(2), m.end(2), kind, float(m.group(2))))
        pos = m.end()
    return out


def _period_cue(text: str, s_end: int) -> bool:
    """A colon and a figure right after the sentence, on its line (a caption's first period line)."""
    c = text.find(":", s_end, s_end + _PERIOD_LOOKAHEAD)
    return c != -1 and text.find("\n", s_end, c) == -1 and text[c + 1:c + 3].strip()[:1].isdigit()


#: "the killed counter", "the detained tally": a dashboard's counter of one kind.
_COUNTER = re.compile(r"\b(killed|dead|deaths?|fatalit(?:y|ies)|injured|wounded|injur(?:y|ies)|missing|detained|"
                      r"detentions?|arrests?)[ \t]+(?:counter|tally|count)\b", re.IGNORECASE)
_COUNTER_KIND = {"death": "killed", "deaths": "killed", "fatality": "killed", "fatalities": "killed", "dead": "killed",
                 "injury": "injured", "injuries": "injured", "wounded": "injured", "detention": "detained",
                 "detentions": "detained", "arrest": "detained", "arrests": "detained"}
#: The counter's values: "up from 2", "revised from 11 to 9", "stands at 4", "is now 7" (not "up by 3").
_COUNTER_VALUE = re.compile(r"\b(?:from|to|at|is|was|now|reached|reads|shows)[ \t]+(\d{1,5})(?![\d,.]\d)"
                            r"(?![ \t]*(?:%|per[ \t]*cent|percent))")


def _counters(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, float]]:
    out: list[tuple[int, int, str, float]] = []
    for m in _COUNTER.finditer(text, s_start, s_end):
        word = m.group(1).lower()
        kind = _COUNTER_KIND.get(word, word)
        stop = text.find(";", m.end(), s_end)
        stop = s_end if stop == -1 else stop
        out += [(v.start(1), v.end(1), kind, float(v.group(1))) for v in _COUNTER_VALUE.finditer(text, m.end(), stop)
                if not _year(v.group(1))]
    return out


#: "0 casualties": no one killed and no one injured.
_ZERO_CASUALTIES = re.compile(r"(?<![\d.,])0[ \t]+casualties\b")


def cue(text: str, s_start: int, s_end: int) -> bool:
    """Cheap literal checks: can the sentence hold one of this module's shapes?"""
    s = text[s_start:s_end]
    return ":" in s or "counter" in s or "tally" in s or " count" in s or "0 casualties" in s \
        or _period_cue(text, s_end)


def label_cells(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, float]]:
    """(start, end, kind, value) of each figure of this module's shapes in the sentence (a caption heading's
    period lines lie after it)."""
    s = text[s_start:s_end]
    out: list[tuple[int, int, str, float]] = []
    if ":" in s:
        out += _label_line(text, s_start, s_end)
    elif _period_cue(text, s_end):
        out += _caption_periods(text, s_start, s_end)
    if "counter" in s or "tally" in s or " count" in s:
        out += _counters(text, s_start, s_end)
    if "0 casualties" in s:
        for m in _ZERO_CASUALTIES.finditer(text, s_start, s_end):
            out += [(m.start(), m.start() + 1, "killed", 0.0), (m.start(), m.start() + 1, "injured", 0.0)]
    return out
