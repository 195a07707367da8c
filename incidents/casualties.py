"""Casualty figures: killed, injured, missing, detained — each number tied to its verb or noun.

A number (digits, words, "another", "a"/"an" before a person noun, or a vague "several") counts
as a casualty figure when a casualty term follows it in the same clause ("three workers were
killed", "five others injured", "3 deaths") or a transitive casualty verb comes right before it
("killed five Chinese workers", "injuring two others"). A sentence with several figures gives
several claims. Qualifiers ("at least", "more than", "nearly") set the low/high bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidents.lexicon import lexicon, word_set
from incidents.numbers import NUMBER_RE, Quantity, find_numbers, parse_number

_QUALIFIERS = [
    (r"at least|no fewer than|not less than|a minimum of", "at_least"),
    (r"more than|upwards of", "more_than"),
    (r"over", "over"),
    (r"about|around|approximately|roughly|some|an estimated|estimated|nearly about", "about"),
    (r"nearly|almost|close to|just under", "nearly"),
    (r"up to|as many as", "up_to"),
]
_QUAL_RE = re.compile(r"(?:\b(" + "|".join(p for p, _ in _QUALIFIERS) + r"))\s+$", re.IGNORECASE)
_QUAL_KIND = [(re.compile(r"^(?:" + p + r")$", re.IGNORECASE), k) for p, k in _QUALIFIERS]
_AUX = word_set("casualty_gap_words.txt")
_NON_PERSON = word_set("non_person_nouns.txt")
_LEFT_VERB = re.compile(r"\b(killing|killed|kills|shot dead|shot and killed|gunned down|wounding|wounded|injuring|injured|hurting|detaining|detained|"
                        r"arresting|arrested|capturing|captured|abducted|kidnapped|claimed the lives of|"
                        r"(?:the\s+)?(?:deaths?|killings?|murders?|bodies) of)\s+(?:(?:at least|more than|"
                        r"over|about|around|nearly|almost|some|up to|as many as|another)\s+)?$", re.IGNORECASE)
_TOLL = re.compile(r"\b(death toll|toll|number of (?:dead|deaths|victims|fatalities)|number of (?:injured|wounded))"
                   r"(?:\s+\w+){0,3}?\s+(?:to|at|of|is|was|stands at|reached|rose to)\s+$", re.IGNORECASE)
_ZERO = re.compile(r"\bno (?:one was (?:killed|hurt|injured|wounded)|(?:[\w-]+ ){0,2}(?:were|was) (?:killed|hurt|injured|wounded)|"
                   r"one|casualties|deaths|fatalities|injuries|"
                   r"people were (?:killed|hurt|injured))\b|\bnobody was (?:killed|hurt|injured)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(a|an)\s+(?=([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?)", re.IGNORECASE)
#: Ages are not counts: "the guard, 24, was killed", "aged 19", "a 30-year-old".
_AGE = re.compile(r"(?<=,)\s*(?:aged\s+)?\d{1,2}\s*(?=,)|\baged\s+\d{1,3}\b|\b\d{1,3}-year-old\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
MAX_GAP_WORDS = 10
CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


@dataclass(frozen=True)
class Casualty:
    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    group: str | None
    side: str | None


def _qualifier(text: str, num_start: int, floor: int) -> tuple[int, str]:
    m = _QUAL_RE.search(text[max(floor, num_start - 24):num_start])
    if not m:
        return num_start, "exact"
    kind = next(k for rx, k in _QUAL_KIND if rx.match(m.group(1)))
    return num_start - (len(text[max(floor, num_start - 24):num_start]) - m.start(1)), kind


def _bounds(value: float | None, low: float | None, qualifier: str) -> tuple[float | None, float | None]:
    if value is None:
        return low, None
    return {
        "exact": (value, value), "at_least": (value, None), "more_than": (value + 1, None),
        "over": (value + 1, None), "about": (None, None), "nearly": (None, value), "up_to": (None, value),
    }[qualifier]


def _group_and_side(words: list[str]) -> tuple[str | None, str | None]:
    lex = lexicon()
    kept = [w for w in words if w.lower() not in _AUX]
    group = " ".join(kept).strip(" ,") or None
    side = None
    for w in kept:
        side = lex.sides.get(w.lower()) or side
    if group and group.lower() in {"others", "other", "more"}:
        group = "others"
    return group, side


def find_casualties(text: str, s_start: int, s_end: int, masked: list[tuple[int, int]]) -> list[Casualty]:
    """Casualty claims in one sentence ``text[s_start:s_end]``; ``masked`` spans (dates, distances) are skipped."""
    lex = lexicon()
    out: list[Casualty] = []
    zeros = list(_ZERO.finditer(text, s_start, s_end))
    masked = masked + [(m.start(), m.end()) for m in zeros]  # "no one was hurt" is not "one … hurt"
    quantities = [q for q in find_numbers(text, s_start, s_end)
                  if not any(a <= q.start < b for a, b in masked)]
    # "a"/"an" before a person noun counts one ("a border guard was killed")
    masked = masked + [(m.start(), m.end()) for m in _AGE.finditer(text, s_start, s_end)]
    quantities = [q for q in quantities if not any(a <= q.start < b for a, b in masked)]
    for m in _ARTICLE.finditer(text, s_start, s_end):
        following = [w.lower() for w in m.groups()[1:] if w]
        inside_number = any(q.start <= m.start() < q.end for q in quantities)  # the "a" of "a dozen"
        if any(w in lex.person_nouns for w in following) and not inside_number \
                and not any(a <= m.start() < b for a, b in masked):
            quantities.append(_one(m))
    quantities.sort(key=lambda q: q.start)
    # "another two" → the number, not "another"
    quantities = [q for i, q in enumerate(quantities)
                  if not (q.text.lower() == "another" and i + 1 < len(quantities)
                          and quantities[i + 1].start - q.end <= 1)]
    last_object: tuple[str, int] | None = None  # (kind, end) of the last "killed N …" object
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1].start if i + 1 < len(quantities) else s_end
        before = text[s_start:q.start]
        if last_object and re.fullmatch(r",?\s+and\s+", text[last_object[1]:q.start]):
            # "killed one Tajik guard and an Afghan fighter": the verb governs both objects
            words, end = _noun_group(text, q.end, nxt)
            group, side = _group_and_side(words)
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, q.start, max(end, q.end), last_object[0], qual, group, side))
            last_object = (last_object[0], max(end, q.end))
            continue
        last_object = None
        lv = _LEFT_VERB.search(before[-40:])
        toll = _TOLL.search(before[-80:])
        if lv or toll:
            kind = (lex.casualty_kind.get(lv.group(1).lower(), "killed") if lv else
                    ("injured" if "injur" in toll.group(1).lower() or "wound" in toll.group(1).lower() else "killed"))
            span_start = q.start - len(before[-40:]) + lv.start(1) if lv else q.start - len(before[-80:]) + toll.start(1)
            words, end = _noun_group(text, q.end, nxt)
            group, side = _group_and_side(words)
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, span_start, max(end, q.end), kind, qual, group, side))
            last_object = (kind, max(end, q.end))
            continue
        window_end = _window_end(text, q, quantities[i + 1:], s_end)
        clause = re.search(r"[;:(]|\s[–—-]\s|,\s+(?:but|while|whereas)\b", text[q.end:window_end])
        if clause:
            window_end = q.end + clause.start()
        term = lex.casualty_re.search(text, q.end, window_end)
        if not term:
            continue
        between = _WORD.findall(text[q.end:term.start()])
        if len(between) > MAX_GAP_WORDS or any(w.lower() in _NON_PERSON for w in between):
            continue
        if lex.casualty_voice.get(term.group(0).lower()) == "active" and between:
            continue  # "two attacks killing ..." — the number is the subject, not the victims
        if q.text.lower() in {"a", "an"} and not between:
            continue
        nouns = [w for w in between if w.lower() not in _AUX]
        if q.text.lower() in {"a", "an"} and not any(w.lower() in lex.person_nouns for w in nouns):
            continue  # "a drone attack killed …": "a" counts one person only before a person noun
        kind = lex.casualty_kind[term.group(0).lower()]
        group, side = _group_and_side(between)
        span_start, qual = _qualifier(text, q.start, s_start)
        out.append(_make(q, span_start, term.end(), kind, qual, group, side))
    for m in zeros:
        phrase = m.group(0).lower()
        kinds = ["killed", "injured"] if "casualties" in phrase else (
            ["injured"] if ("injur" in phrase or "hurt" in phrase) else ["killed"])
        for k in kinds:
            out.append(Casualty(m.start(), m.end(), k, 0, 0, 0, "exact", None, None))
    return _inherit_groups(out)


_SUBGROUP = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+$", re.IGNORECASE)
_AND_END = re.compile(r"\band\s+$", re.IGNORECASE)


def _window_end(text: str, q: Quantity, following: list[Quantity], s_end: int) -> int:
    """Where to stop looking for q's casualty term: at the next figure, unless that figure is a part
    of q's group ("seven people, including three children, were killed") or joins it ("two guards
    and a civilian were killed") — then the term serves both."""
    for r in following:
        gap = text[q.end:r.start]
        if _SUBGROUP.search(gap) or (r.text.lower() in {"a", "an", "one"} and _AND_END.search(gap)):
            continue
        return r.start
    return s_end


def _one(m: re.Match) -> Quantity:
    return Quantity(m.start(1), m.end(1), m.group(1), 1.0, 1.0, 1.0)


def _noun_group(text: str, start: int, limit: int) -> tuple[list[str], int]:
    """Words after a number up to a clause break: 'five Chinese workers| and wounded …'."""
    words: list[str] = []
    end = start
    for m in _WORD.finditer(text, start, limit):
        gap = text[end:m.start()]
        if any(ch in gap for ch in ",.;:()\"“”") or len(words) >= 5:
            break
        w = m.group(0)
        if w.lower() in {"and", "or", "in", "at", "on", "near", "who", "when", "while", "as", "after", "during",
                         "from", "with", "by", "including", "were", "was", "that", "but"}:
            break
        if lexicon().casualty_re.fullmatch(w):
            break
        words.append(w)
        end = m.end()
    return words, end


def _make(q, start: int, end: int, kind: str, qual: str, group, side) -> Casualty:
    value, low, _high, vague = q.value, q.low, q.high, q.vague
    if vague:
        return Casualty(start, end, kind, None, low, None, "unspecified", group, side)
    lo, hi = _bounds(value, low, qual)
    return Casualty(start, end, kind, value, lo, hi, qual, group, side)


def _inherit_groups(items: list[Casualty]) -> list[Casualty]:
    """'five Chinese nationals dead and five others injured': 'others' keeps the earlier side."""
    out: list[Casualty] = []
    prev_side = None
    for c in sorted(items, key=lambda c: c.start):
        if c.side is None and c.group in {"others", None} and prev_side:
            c = Casualty(c.start, c.end, c.kind, c.value, c.low, c.high, c.qualifier, c.group, prev_side)
        prev_side = c.side or prev_side
        out.append(c)
    return out


__all__ = ["CASUALTY_KINDS", "NUMBER_RE", "Casualty", "find_casualties", "parse_number"]
