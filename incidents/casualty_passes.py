"""Passes over a sentence's casualty claims once every figure has its term.

They add what only the whole list shows (a total split after a colon or by place, the whole of a
part, "none of them", zero phrases, persons "left" wounded), drop what it rules out (severity subsets,
people later freed) and let sub-groups inherit their group's name.
"""

from __future__ import annotations

import re

from incidents.casualty_claim import Casualty, _singular_person
from incidents.casualty_gates import _qualifier
from incidents.casualty_terms import _REPORTING
from incidents.lexicon import lexicon
from incidents.numbers import NUMBER_RE, parse_number

_ZERO_BOTH = ("casualties", "losses")
_ZERO_INJURED = ("injur", "hurt", "wound", "harm", "unscath", " hit", "treatment")


_SMALL = r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
#: "5 of the 12 people wounded were children": the whole (its term right after its noun) is a figure too.
_WHOLE_OF_PART = re.compile(r"\s+of\s+(?:the|those|all)\s+(" + _SMALL + r")((?:\s+(?!(?:was|were|is|are|had|have|has|been)\b)"
                            r"[\w-]+){0,2}?)\s+(?:wounded|injured|killed|dead|detained|arrested|missing|hurt)\b", re.IGNORECASE)
#: "Nine men were detained, 5 in Panj and 4 in Vose": the figure split by place.
_PLACE_PART = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+(?:district|province|region|city|town|village))?)?"
                         r"((?:\s*,\s*(?:and\s+)?|\s+and\s+)(" + _SMALL + r")\s+in\s+[A-Z][\w'’-]+"
                         r"(?:\s+(?:district|province|region|city|town|village))?)", re.IGNORECASE)
_PLACE_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(" + _SMALL + r")\s+in\s+[A-Z][\w'’-]+"
                         r"(?:\s+(?:district|province|region|city|town|village))?")


#: "Five guards died: three at the post and two later in hospital": after a figure and a colon, bare counts each
#: followed by a place or time phrase; read as parts only when there are two or more and they add up to the whole.
_COLON_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s*:\s*")
_COLON_ITEM = re.compile(_SMALL + r"\s+(?:(?:later|earlier|subsequently|then|still)\s+)?"
                         r"(?:at|in|on|near|from|inside|outside|during|after|before|by)\b", re.IGNORECASE)
_COLON_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?=" + _SMALL + r"\b)|\s+and\s+(?=" + _SMALL + r"\b)", re.IGNORECASE)
_COLON_STOP = re.compile(r"[.;:()]")


def _colon_split(text: str, out: list[Casualty], s_end: int) -> list[Casualty]:
    starts = {c.start for c in out}
    new: list[Casualty] = []
    for c in out:
        m = _COLON_AFTER.match(text, c.end, s_end)
        if not m or c.value is None or not c.value or ":" not in m.group(0):
            continue
        stop = _COLON_STOP.search(text, m.end(), s_end)
        seg_end = stop.start() if stop else s_end
        parts, pos = [], m.end()
        while (item := _COLON_ITEM.match(text, pos, seg_end)):
            value = parse_number(item.group(0).split()[0])[0]
            if value is None:
                break
            start = item.start()
            parts.append(Casualty(start, start + len(item.group(0).split()[0]), c.kind, value, value, value,
                                  "exact", None, None))
            sep = _COLON_SEP.search(text, item.end(), seg_end)
            if not sep:
                break
            pos = sep.end()
        if len(parts) >= 2 and sum(p.value for p in parts) == c.value:
            new.extend(p for p in parts if p.start not in starts)
    return new


def _whole_of_part(text: str, out: list[Casualty]) -> list[Casualty]:
    starts = {c.start for c in out}
    new = []
    for c in out:
        if c.value is None or not text[c.start:c.start + 1].isalnum():
            continue
        num = NUMBER_RE.match(text, c.start, c.end)
        if not num or num.group(0).lower() == "one":
            continue  # "the coffin of one of the four servicemen killed": one person of a group told before
        m = _WHOLE_OF_PART.match(text, num.end(), c.end)
        if m and c.kind == "killed" and text[m.end() - 7:m.end()].lower() in ("wounded", "injured", "    hurt"):
            continue  # "two of the four injured miners later died": the whole is the wounded, told before
        if m and m.start(1) not in starts and m.group(1).lower() != "one":
            value = parse_number(m.group(1))[0]
            if value is not None and c.value is not None and value > c.value:
                new.append(Casualty(m.start(1), m.end(1), c.kind, value, value, value, "exact", None, None))
    return new


def _place_parts(text: str, out: list[Casualty], s_end: int) -> list[Casualty]:
    starts = {c.start for c in out}
    new = []
    for c in out:
        m = _PLACE_PART.match(text, c.end, s_end)
        if not m or c.value is None:
            continue
        parts, at = [], m.start(1)
        while (p := _PLACE_NEXT.match(text, at, s_end)) and p.start(1) not in starts:
            value = parse_number(p.group(1))[0]
            if value is None:
                break
            parts.append(Casualty(p.start(1), p.end(1), c.kind, value, value, value, "exact", None, None))
            at = p.end()
        if parts and all(p.value <= c.value for p in parts):
            new.extend(parts)
    return new


#: "none of the 14 passengers was injured": the group counted is no casualty figure, "none" is a zero.
_NONE_OF_BEFORE = re.compile(r"\b(none)\s+of\s+(?:the|its|their|these|those|his|her|our|all)\s+$", re.IGNORECASE)
_VERB_INSIDE = re.compile(r"\s(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s", re.IGNORECASE)


#: "Two of the wounded guards were in a serious condition", "None of the three was in a serious condition",
#: "one of them lost a hand": the condition of people already counted, not a count of its own.
_CONDITION_SUBSET = re.compile(r"\s+of\s+(?:the|those|these|them|whom)\b[^.;:,()]{0,40}?\s+(?:were|was|are|is|remain(?:s|ed)?)\s+"
                               r"(?:still\s+|now\s+|said\s+to\s+be\s+)?in\s+(?:a\s+)?(?:very\s+)?(?:serious|critical|grave|"
                               r"stable|satisfactory|severe|life-threatening)\s+condition\b|"
                               # "A mine wounded two boys; one of them lost a hand": the injury of one already counted
                               r"\s+of\s+(?:them|whom)\s+(?:later\s+)?lost\s+(?:a|an|his|her|both|two|three)\s", re.IGNORECASE)


def _condition_subset(text: str, c: Casualty) -> bool:
    num = NUMBER_RE.match(text, c.start)
    if num and num.group(0).lower() == "both":
        return False  # "Both of the injured men are in a serious condition": the whole group, counted
    return bool(_CONDITION_SUBSET.match(text, num.end() if num else c.end))


def _none_of(text: str, c: Casualty, s_start: int) -> Casualty:
    none = _NONE_OF_BEFORE.search(text, max(s_start, c.start - 20), c.start)
    if not none or not _VERB_INSIDE.search(text, c.start, c.end):
        return c
    return Casualty(none.start(1), none.end(1), c.kind, 0, 0, 0, "exact", c.group, c.side)


def _zero_kinds(phrase: str) -> list[str]:
    """Kinds of a zero phrase: "no casualties" both, "no deaths or injuries" both, "nobody was arrested"
    detained, "no one is missing" missing, "no one was hurt" injured, else killed."""
    if any(w in phrase for w in _ZERO_BOTH):
        return ["killed", "injured"]
    if "arrest" in phrase or "detain" in phrase or "detention" in phrase or "custody" in phrase or "captur" in phrase:
        return ["detained"]
    if "missing" in phrase or "unaccounted" in phrase:
        return ["missing"]
    injured = any(w in phrase for w in _ZERO_INJURED)
    if injured and ("death" in phrase or "fatalit" in phrase or "killed or" in phrase):
        return ["killed", "injured"]
    return ["injured"] if injured else ["killed"]


#: "Five of the seven fishermen detained … were freed", "half of the 12 people detained … have been released"
_PART_FREED = re.compile(r"(?:half|[\w-]+)\s+of\s+(?:the|those)\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b", re.IGNORECASE)
_FREED_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:were|was|(?:have|has|had)(?:\s+(?:since|already|now))?\s+been)\s+"
                          r"(?:later\s+|since\s+|already\s+)?(?:freed|released)\b", re.IGNORECASE)


def _freed_parts(text: str, out: list[Casualty], s_end: int) -> list[Casualty]:
    """A part of a detained group said to be freed is no detention count; the whole group is."""
    res: list[Casualty] = []
    for c in out:
        part = _PART_FREED.match(text, c.start) if c.kind == "detained" else None
        if part and _FREED_AFTER.match(text, c.end, s_end):
            a, b = part.span(1)
            if not any(o.kind == "detained" and o.start == a for o in out):
                v = parse_number(text[a:b])
                if v[0] is None:
                    res.append(c)
                    continue
                res.append(Casualty(a, b, "detained", v[0], v[1], v[2], "exact", None, None))
            continue
        res.append(c)
    return res
_HEADLINE_NOT = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "a", "an", "one",
                           "no", "another", "every", "each", "any", "all", "both", "several", "many", "some", "who",
                           "he", "she", "they", "it", "we", "i", "you"}) | _REPORTING


_AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


#: "Shell blast leaves boy dead, sister injured", "leaving his younger sister with shrapnel wounds": a
#: verb of leaving, then one person (a bare or possessed singular noun) and the state it left them in.
_LEAVE = re.compile(r"\b(?:leaves|leaving|left)\s+", re.IGNORECASE)
_LEFT_PERSON = re.compile(r"(?:(?:his|her|their|its|my|our)\s+)?(?:([\w-]+)\s+)?([\w-]+)\s+"
                          r"(?:(dead|injured|wounded|hurt|missing)\b|with\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                          r"(?:gunshot|shrapnel|bullet|stab|burn|head|leg)\s+(?:wounds?|injur(?:y|ies)))", re.IGNORECASE)
_LEFT_STATE = {"dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing"}
_LEFT_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _left_persons(text: str, s_start: int, s_end: int, out: list[Casualty], lex) -> list[Casualty]:
    """One claim per singular person a verb of leaving leaves dead, hurt or missing, where no figure
    already counts them ("left two boys dead" is read as a figure; "left the village" names no one)."""
    found: list[Casualty] = []
    for leave in _LEAVE.finditer(text, s_start, s_end):
        pos = leave.end()
        while (m := _LEFT_PERSON.match(text, pos, s_end)) is not None:
            noun = m.group(2)
            if not _singular_person(noun, lex.person_nouns) or (m.group(1) and (
                    m.group(1).lower() in _HEADLINE_NOT or NUMBER_RE.fullmatch(m.group(1)))) \
                    or any(c.start < m.end() and m.start() < c.end for c in out + found):
                break
            kind = _LEFT_STATE[m.group(3).lower()] if m.group(3) else "injured"
            found.append(Casualty(m.start(), m.end(), kind, 1, 1, 1, "exact", noun, lexicon().sides.get(noun.lower())))
            nxt = _LEFT_NEXT.match(text, m.end(), s_end)
            if not nxt:
                break
            pos = nxt.end()
    return found


#: "The driver, a 45-year-old resident of Kulob, was killed": the head noun before an apposed "a …".
_HEAD_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?([\w-]+)\s*,\s*$", re.IGNORECASE)
_APPOSED_ONE = re.compile(r"an?\s[^,;:.()]{1,80}?,\s*(?:was|has\s+been|had\s+been|is)\s", re.IGNORECASE)


#: "one man from Yangi Qala, a fisherman, had been killed", "one of his comrades, a 21-year-old private, was
#: killed": a head counted by "one", renamed by the apposition the claim was read on.
_ONE_HEAD_BEFORE = re.compile(r"\b(?:one|One|ONE)\s+(?:of\s+(?:his|her|their|its|the|our|my)\s+(?:[\w-]+\s+)?(?P<of>[\w-]+)"
                              r"|(?P<noun>[\w-]+)(?:\s+(?:from|of|in)\s+[\w'’ -]{1,30}?)?)\s*,\s*$")


def _on_head(text: str, c: Casualty, s_start: int, lex) -> Casualty:
    """A claim read on an apposed "a …" ("The driver, a 45-year-old resident of Kulob, was killed") moved
    to start at its head noun phrase ("The driver"), the one the apposition renames."""
    if c.value != 1 or text[c.start:c.start + 1].lower() != "a" or not _APPOSED_ONE.match(text, c.start, c.end):
        return c
    one = _ONE_HEAD_BEFORE.search(text, max(s_start, c.start - 60), c.start)
    if one and ((one.group("of") and one.group("of").lower() in lex.person_nouns)
                or (one.group("noun") and _singular_person(one.group("noun"), lex.person_nouns))):
        return Casualty(one.start(), c.end, c.kind, c.value, c.low, c.high, c.qualifier, c.group, c.side)
    head = _HEAD_BEFORE.search(text, max(s_start, c.start - 40), c.start)
    if not head or not _singular_person(head.group(1), lex.person_nouns) \
            or _AND_OR.search(text, c.start, text.find(",", c.start, c.end)):
        return c
    return Casualty(head.start(), c.end, c.kind, c.value, c.low, c.high, c.qualifier, c.group, c.side)


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


#: "412 were detained (2023: 389)", "1 killed and 6 wounded (2023: 1 and 4)", "5 killed (previous quarter: 3)":
#: the same figures for an earlier period, in brackets after them; each takes the kind of the figure it pairs with.
_EARLIER_PERIOD = re.compile(r"\(\s*(?:(?:19|20)\d\d|(?:the\s+)?(?:previous|prior|last|preceding)\s+"
                             r"(?:year|quarter|month|week|period|report))\s*:\s*(\d{1,5})(?:\s*(?:,|and|/)\s*(\d{1,5}))?\s*\)",
                             re.IGNORECASE)


def earlier_period(text: str, out: list[Casualty], s_start: int, s_end: int) -> list[Casualty]:
    """The bracketed earlier-period figures after a sentence's claims, each of the kind of the claim it follows
    (one figure: the last claim before the bracket; two: the last two, in order)."""
    new: list[Casualty] = []
    starts = {c.start for c in out}
    for m in _EARLIER_PERIOD.finditer(text, s_start, s_end):
        figures = [g for g in (1, 2) if m.group(g)]
        before = sorted((c for c in out if c.end <= m.start() and c.value is not None), key=lambda c: c.start)
        if len(before) < len(figures):
            continue
        for g, c in zip(figures, before[-len(figures):]):
            if m.start(g) in starts:
                continue
            value = float(m.group(g))
            new.append(Casualty(m.start(g), m.end(g), c.kind, value, value, value, "exact", None, None))
    return new


#: "three died, then four", "The state said two, then three", "from four dead to five": a count revised in
#: the same breath; the later figure, with no kind word of its own, takes the kind of the one it follows.
_THEN_FIGURE = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:then|later|subsequently)(?:\s+(?:later|to|at(?!\s+least\b)))?"
                          r"|(?:\s+(?:dead|killed|injured|wounded))?\s+(?P<to>to))\s+"
                          r"(?:(?:at\s+least|more\s+than|about|around|nearly|almost|over|up\s+to)\s+)?"
                          r"(?P<num>[\w-]+(?:,\d{3})*)", re.IGNORECASE)
#: "from four dead to five": the "to" of a revision needs the claim to end on "from <figure> [<kind>]".
_FROM_FIGURE = re.compile(r"\bfrom\s+[\w,-]+(?:\s+(?:dead|killed|injured|wounded|deaths|people))?$", re.IGNORECASE)
#: The later figure ends its clause ("then four.", "then four, and", "then four — ").
_THEN_END = re.compile(r"(?:\s+(?:in\s+total|in\s+all|altogether|dead|killed|injured|wounded))?"
                       r"\s*(?:[.;,:!?)\]\"”’]|$|\s+(?:and|but|after|when|while|as|according|before)\b|\s[—–-]\s)",
                       re.IGNORECASE)


def then_figures(text: str, out: list[Casualty], s_end: int) -> list[Casualty]:
    """The later figure of a count revised in the same clause ("that three died, then four", "said two, then
    three", "from four dead to five"), of the kind of the claim it follows; a figure with a term of its own
    ("then four injured") is left to that term, and one already claimed is not claimed again."""
    new: list[Casualty] = []
    taken = [(c.start, c.end) for c in out]
    for c in sorted(out, key=lambda c: c.start):
        if c.value is None:
            continue
        m = _THEN_FIGURE.match(text, c.end, s_end)
        if not m or (m.group("to") and not _FROM_FIGURE.search(text, max(0, c.start - 40), c.end)):
            continue
        num = NUMBER_RE.fullmatch(m.group("num"))
        if not num or m.group("num").lower() in ("a", "an", "the", "no") or not _THEN_END.match(text, m.end(), s_end) \
                or any(a < m.end() and m.start("num") < b for a, b in taken):
            continue
        after = _THEN_END.match(text, m.end(), s_end).group(0).strip().lower()
        if after and after.split()[0] in ("dead", "killed", "injured", "wounded"):
            continue  # its own term reads it
        value, low, high, _ = parse_number(m.group("num"))
        if value is None or (1900 <= value <= 2100):
            continue
        _, qual = _qualifier(text, m.start("num"), c.end)  # "then at least four": read after the claim only
        new.append(Casualty(m.start("num"), m.end("num"), c.kind, value, low, high, qual, c.group, c.side))
    return new
