"""Casualty figures that need the sentence before: "Of these, nine were children", a figure restated
without its kind ("Other sources give 25"), a breakdown of the group just counted, and the answer to
a question ("How many were hurt? Four.").

Each reads the previous sentence's claims with the finder itself (imported when called: the finder
imports this module).
"""

from __future__ import annotations

import re

from incidents.casualty_claim import Casualty, _make
from incidents.casualty_gates import _qualifier
from incidents.casualty_terms import _ZERO_ONLY
from incidents.lexicon import lexicon
from incidents.numbers import NUMBER_RE, Quantity, parse_number

#: What may follow an elliptic figure: the clause ends ("… say 9.", "… only eight, five of them …").
_ELLIPTIC_END = re.compile(r"(?:\s+(?:in\s+total|in\s+all|altogether|so\s+far|to\s+date|now))?"
                           # "… is two: Firdavs and his cousin": a colon then the people the figure counts
                           r"\s*(?:[.;,:!?)\]\"”’]|$|\s+(?:and|but|while|whereas|according)\b|\s[—–-]\s)", re.IGNORECASE)
_ELLIPTIC_NOT = frozenset({"a", "an", "some", "many", "another", "no", "zero"})


#: A sentence restating a figure with no kind word: "The troops' figure is one.", "Officially it is eight.",
#: "That figure was wrong; it was four at that time."
_NEXT_FIGURE = re.compile(
    r"(?:\b(?:figure|toll|count|tally)\s+(?:is|was)\s+(?:wrong|incorrect|inaccurate|false)\s*[;,:]\s*it\s+(?:is|was)"
    r"|\b(?:figure|toll|count|tally|number)"
    # "The correct figure, according to the police, is seven."
    r"(?:\s*,\s*(?:according\s+to|says|said|in\s+the\s+view\s+of)\s+[^,;:.()]{1,50}?,)?"
    r"\s+(?:is|was|stands\s+at|stood\s+at)(?:\s+(?:now|still|actually|only|just))?"
    r"|\b(?:officially|unofficially),?\s+it\s+(?:is|was)"
    # "We always knew it was four.": the count talked about, restated by a pronoun
    r"|\b(?:knew|know|think|thought|believe|believed|say|said|says)\s+it\s+(?:is|was)(?:\s+(?:really|actually|only))?"
    # "Police put it at five.", "The family counts three."
    r"|\b(?:put|puts|putting|placed|places)\s+(?:it|them)\s+at"
    r"|\b(?:counts|count)"
    # "That is down from the five it gave at noon.": the figure a new one replaces
    r"|\b(?:is|was)\s+(?:down|up)\s+from(?:\s+the)?"
    # "The Taliban put the figure at one.", "That figure has since been revised to eleven."
    r"|\b(?:put|puts|putting|placed|places|gave|gives)\s+(?:the|its|their|that|this)\s+(?:figure|number|toll|count|tally)\s+(?:at|as)"
    r"|\b(?:figure|number|toll|count|tally)\s+(?:has|had|have)\s+(?:since\s+|now\s+|later\s+)?been\s+"
    r"(?:revised|corrected|raised|lowered)(?:\s+(?:up|down)(?:wards?)?)?\s+to"
    # a bare figure told by another source: "Residents said seven.", "The hospital later confirmed six."
    r"|\b(?:said|say|says|reported|report|reports|confirmed|confirms|counted|told\s+(?:us|reporters|journalists)"
    # "Other sources give 25.", "We have found only three."
    r"|give|gives|gave|found)"
    r"(?:\s+(?:only|just))?)\s+"
    r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
#: A paragraph's start: a blank line, or a line break after a sentence's end (not a hard-wrapped line).
_PARA_BREAK = re.compile(r"\n[ \t]*\n|(?<=[.!?:\"”’)])[ \t]*\n|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)]\s))")
#: "… the five it gave at 15:10": the source that gave the figure, then when.
_IT_GAVE = re.compile(r"\s+(?:it|they|he|she|officials|the\s+[\w-]+)\s+(?:had\s+)?(?:gave|given|reported|announced|cited|"
                      r"issued)(?:\s+(?:at|on|in|earlier|yesterday|this\s+morning)(?:\s+\w+(?::\d\d)?)?)?", re.IGNORECASE)
_AT_THAT_TIME = re.compile(r"\s+(?:at\s+(?:that|the)\s+time|then|at\s+first|initially)\b", re.IGNORECASE)


#: "Four of them were women.": a breakdown by group of the figure told just before.
_OF_THEM_WERE = re.compile(r"(?<![\w-])([\w-]+)\s+of\s+(?:them|these|those)\s+(?:were|are)\s+"
                           r"((?:[\w-]+\s+){0,2}?([\w-]+))(?=\s*(?:[.;,]|and\b|$))", re.IGNORECASE)


#: How many sentences back a restated figure looks for the count it restates ("The state said two, then
#: three." after a sentence with no figure, "At the funeral his brother told me:").
_LOOK_BACK_SENTENCES = 3


def _sentence_starts(text: str, s_start: int, reach: int = 600) -> list[int]:
    """Where the sentences before ``s_start`` in its paragraph begin (at most ``reach`` characters back),
    in text order; the first is the paragraph's (or the reach's) start."""
    para = max(0, s_start - reach)
    for brk in _PARA_BREAK.finditer(text, para, s_start - 1):  # a hard-wrapped line ("… 34 of\nthem were …") goes on
        para = brk.end()
    return [para] + [m.end() for m in _SENTENCE_END.finditer(text, para, s_start) if m.end() < s_start]


def _previous_claims(text: str, s_start: int, sentences: int = 1) -> list[Casualty]:
    """The claims of the nearest of the ``sentences`` sentences before ``s_start`` in the same paragraph that
    has any (the sentence just before, by default)."""
    ends = _sentence_starts(text, s_start)
    from incidents.casualties import find_casualties  # (the finder imports this module)

    stop = s_start
    for p_start in reversed(ends[-sentences:]):
        if p_start >= stop:
            continue
        found = find_casualties(text, p_start, stop, [], look_back=False)
        if found:
            return found
        stop = p_start
    return []


#: "Two of them were later flown to Dushanbe.": the wounded told just before, moved on for care.
_OF_THEM_MOVED = re.compile(r"(?<![\w-])([\w-]+)\s+of\s+(?:them|these|those)\s+(?:were|have\s+been|had\s+been)\s+"
                            r"(?:(?:later|then|subsequently|also|since|immediately)\s+)?(?:flown|taken|evacuated|airlifted|"
                            r"transferred|referred|moved|rushed|driven)\s+(?:by\s+[\w-]+\s+)?to\b", re.IGNORECASE)
#: "Two of them were from Hamadoni district.": a breakdown by origin of the figure told just before.
_OF_THEM_FROM = re.compile(r"(?<![\w-])([\w-]+)\s+of\s+(?:them|these|those)\s+(?:were|are)\s+(?:(?:all|also)\s+)?from\s+"
                           r"(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _group_breakdown_next(text: str, s_start: int, s_end: int, lex) -> list[Casualty]:
    m = _OF_THEM_WERE.search(text, s_start, s_end)
    if not m or m.group(3).lower() not in lex.person_nouns or m.group(3).lower() in _NOT_GROUP_NOUNS:
        m = _OF_THEM_FROM.search(text, s_start, s_end)
        moved = None if m else _OF_THEM_MOVED.search(text, s_start, s_end)
        if moved:
            m = moved
        elif not m:
            return []
    else:
        moved = None
    num = NUMBER_RE.fullmatch(m.group(1))
    if not num or num.group(0).lower() in _ELLIPTIC_NOT:
        return []
    prev = _previous_claims(text, s_start)
    if not prev or prev[-1].value is None:
        return []
    if moved and prev[-1].kind != "injured":
        return []  # detainees "taken to Dushanbe" are moved, not hurt
    value, low, high, _ = parse_number(m.group(1))
    if value is None or value > prev[-1].value:
        return []
    start, qual = _qualifier(text, m.start(1), s_start)
    return [Casualty(start, m.end(1), prev[-1].kind, value, low, high, qual, None, None)]


#: "Of these, 7 were children and 12 adults.", "Of the 64, nine were children": the figure told in the
#: sentence before, broken down by group at the start of a clause.
_OF_THESE_LEAD = re.compile(r"(?:^|(?<=[\s\"“(]))(?i:of)\s+(?:these|those|them|the\s+(\d[\d,]*|[a-z]+))\s*,\s*")
#: One part: "7 were children", "and 12 adults", "seven were women and children".
_OF_THESE_PART = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?P<num>[\w-]+)\s+(?:(?:were|are)\s+)?"
                            r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+?(?:\s+and\s+[\w-]+)?)(?=\s*(?:[.;,]|and\b|$))",
                            re.IGNORECASE)


def _of_these_parts(text: str, s_start: int, s_end: int, lex) -> list[Casualty]:
    lead = _OF_THESE_LEAD.search(text, s_start, s_end)
    if not lead:
        return []
    prev = _previous_claims(text, s_start)
    if lead.group(1):  # "Of the 64": the earlier figure of that size
        if not NUMBER_RE.fullmatch(lead.group(1)):
            return []
        whole = parse_number(lead.group(1))[0]
        prev = [c for c in prev if c.value is not None and c.value == whole]
    prev = [c for c in prev if c.value]
    if not prev:
        return []
    out: list[Casualty] = []
    at = lead.end()
    while at < s_end:
        part = _OF_THESE_PART.match(text, at, s_end)
        if not part or (out and part.start("num") == part.start()):
            break
        num = NUMBER_RE.fullmatch(part.group("num"))
        last = part.group("noun").split()[-1].lower()
        if not num or num.group(0).lower() in _ELLIPTIC_NOT or last not in lex.person_nouns \
                or last in _NOT_GROUP_NOUNS or (not out and not re.match(r"\s+(?:were|are)\s", text[part.end("num"):])):
            break
        value, low, high, _ = parse_number(num.group(0))
        if value is None or value > prev[-1].value:
            break
        out.append(Casualty(part.start("num"), part.end("num"), prev[-1].kind, value, low, high, "exact", None, None))
        at = part.end()
    return out


_NOT_GROUP_NOUNS = frozenset({"others", "other", "victims", "victim", "patients", "patient", "hostages", "prisoners",
                              "detainees", "people", "persons"})


#: Frames that restate a figure in the middle of a sentence that already holds a count ("…; by midday the
#: figure had climbed to four", "which we gave as 14; it is 11", "They say three, people here say ten"): the
#: frames of :data:`_NEXT_FIGURE`, and these.
_LATER_FIGURE = re.compile(
    r"(?:\b(?:figure|toll|count|tally|number)\s+(?:(?:has|had|have)\s+)?(?:since\s+|now\s+|later\s+)?"
    r"(?:climbed|risen|rose|grown|grew|increased|fallen|fell|dropped|changed|gone\s+up|gone\s+down|went\s+up|went\s+down)\s+to"
    r"|\b(?:changed|revised|raised|lowered|corrected|updated|cut)\s+(?:the|its|their|that|this)\s+(?:figure|number|toll|count|tally)"
    r"(?:\s+(?:up|down)(?:wards?)?)?\s+to"
    r"|\b(?:official|earlier|initial|previous|original|first|government['’]s|their|its)\s+(?:figure|count|tally|toll)\s+of"
    r"|\b(?:held\s+to|acknowledged|acknowledges|recorded|records|accounted\s+for|comes?\s+to|came\s+to|totals?|totall?ed)"
    r"|\b(?:gave|give|gives|given)\s+(?:it\s+)?as"
    # "…, bringing the Afghan count to six", "which would put the total at eight": a running count raised
    r"|\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|putting|puts|put|would\s+put)\s+"
    r"(?:(?:the|its|their|this|that|our)\s+)?(?:[\w’'-]+\s+)?"
    r"(?:count|total|tally|toll|losses|number(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+)?)?)\s+(?:to|at)"
    r"|[;:]\s+it\s+(?:is|was))"
    r"(?:\s+(?:only|just|therefore|now|still))?\s+"
    r"[\"“]?(?:(?:at\s+least|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?", re.IGNORECASE)


def _last_kind_word(text: str, start: int, end: int) -> str | None:
    """The kind of the last casualty word in ``text[start:end]`` ("the number of injured" → injured), if any."""
    lex = lexicon()
    kinds = [lex.casualty_kind[w] for m in lex.casualty_re.finditer(text, start, end)
             if (w := m.group(0).lower()) not in _ZERO_ONLY]
    return kinds[-1] if kinds else None


#: A death toll named with no figure ("The toll rose later in the day."): the count a next sentence restates.
_TOLL_WORD = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)


def _kind_told_before(text: str, s_start: int) -> str | None:
    """The kind of count the sentence just before (same paragraph) talks of without a figure: its last
    casualty word ("The number of wounded rose."), else "killed" for a toll ("The toll rose.")."""
    start = _sentence_starts(text, s_start)[-1]
    if start >= s_start:
        return None
    return _last_kind_word(text, start, s_start) or ("killed" if _TOLL_WORD.search(text, start, s_start) else None)


def restated_figures(text: str, s_start: int, s_end: int, masked: list[tuple[int, int]], out: list[Casualty],
                   look_back: bool) -> list[Casualty]:
    """Figures restated with no kind word of their own after a frame (:data:`_NEXT_FIGURE`,
    :data:`_LATER_FIGURE`) in a sentence ("Residents said seven.", "…; by midday the figure had climbed to
    four"): each takes the kind of the nearest claim before it in the sentence, else of the kind its subject
    names, else (``look_back``) of the count up to :data:`_LOOK_BACK_SENTENCES` sentences before. A figure
    already claimed, masked, a year, or not ending its clause is skipped."""
    new: list[Casualty] = []
    taken = [(c.start, c.end) for c in out] + list(masked)
    prev: list[Casualty] | None = None
    frames = sorted([*_NEXT_FIGURE.finditer(text, s_start, s_end), *_LATER_FIGURE.finditer(text, s_start, s_end)],
                    key=lambda m: m.end())
    for frame in frames:
        num = NUMBER_RE.match(text, frame.end(), s_end)
        if not num or num.group(0).lower() in _ELLIPTIC_NOT or any(a <= num.start() < b for a, b in taken):
            continue
        after = _AT_THAT_TIME.match(text, num.end(), s_end) or _IT_GAVE.match(text, num.end(), s_end)
        if not _ELLIPTIC_END.match(text, after.end() if after else num.end(), s_end):
            continue
        value, low, high, vague = parse_number(num.group(0))
        if value is None or 1900 <= value <= 2100:
            continue
        before = [c for c in (*out, *new) if c.end <= frame.start()]
        named = None if before else _last_kind_word(text, s_start, frame.start())
        if before:
            kind = max(before, key=lambda c: c.end).kind
        elif named:  # "the number of injured, which we gave as 14; it is 11": the kind its subject names
            kind = named
        else:
            if prev is None:
                prev = _previous_claims(text, s_start, _LOOK_BACK_SENTENCES) if look_back and s_start else []
            if prev:
                kind = prev[-1].kind
            elif look_back and s_start and (told := _kind_told_before(text, s_start)):
                kind = told  # "The toll rose later in the day. Police put it at four.": the count the sentence before names
            else:
                continue
        q = Quantity(num.start(), num.end(), num.group(0), value, low, high, vague)
        start, qual = _qualifier(text, num.start(), s_start)
        new.append(_make(q, start, num.end(), kind, qual, None, None))
        taken.append((num.start(), num.end()))
    return new


#: A question and its bare answer: "REPORTER: How many were hurt? GOVERNOR: Eleven." / "Q: Were there any
#: arrests? A: Yes, nine." / "Were any of your men hurt? COMMANDER: No."
_SPEAKER = r"(?:[A-Z][\w.'’ -]{0,30}:\s*)?"
#: "Any arrests?", "PRESENTER: Any dead?": asks for a count like "how many".
_ANY_Q = re.compile(r"\s*" + _SPEAKER + r"(?:and\s+)?any\b(?=[\w\s]{0,30}\?)", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
#: (an answer may open with whose figure it is: "Officially, seven.", "So far, four.")
_ANSWER = re.compile(r"\s+" + _SPEAKER + r"(?:((?i:yes|yeah))\s*[,.;—–-]?\s*|((?i:no))\s*[.!]|(?=\S))"
                     r"(?:(?i:officially|unofficially|so\s+far|in\s+total|altogether|according\s+to\s+[^,.?]{1,40}),\s*)?")
#: (a colon after the figure lists whom it counts: "Officially, seven: three guards and four attackers.")
_ANSWER_END = re.compile(r"\s*(?:[.,;:!]|$)")
_ARREST_NOUN = re.compile(r"\b(?:arrests|detentions)\b", re.IGNORECASE)


def _answer_claims(text: str, s_start: int, s_end: int, lex) -> list[Casualty]:
    """The figure of a bare answer right after a question about casualties: the question's kind ("How many
    were hurt?" injured, "Were there any arrests?" detained) on the answer's opening number ("Eleven,",
    "Yes, nine."), or a zero for "No." after a yes/no question. An answer with a casualty term of its own
    is left to its own sentence."""
    how = _HOW_MANY.search(text, s_start, s_end) or _ANY_Q.match(text, s_start, s_end)
    term = lex.casualty_re.search(text, how.end() if how else s_start, s_end)
    if term and term.group(0).lower() not in _ZERO_ONLY:
        kind = lex.casualty_kind[term.group(0).lower()]
    elif _ARREST_NOUN.search(text, s_start, s_end):
        kind = "detained"
    else:
        return []
    q_end = s_start + len(text[s_start:s_end].rstrip())
    ans = _ANSWER.match(text, q_end)
    if not ans:
        return []
    if ans.group(2):
        if how:
            return []
        return [Casualty(ans.start(2), ans.end(2), kind, 0, 0, 0, "exact", None, None)]
    if not how and not ans.group(1):
        return []  # a yes/no question answered by a bare number: no "yes", no figure
    num = NUMBER_RE.match(text, ans.end())
    if not num or num.group(0).lower() in _ELLIPTIC_NOT or not _ANSWER_END.match(text, num.end()):
        return []
    stop = re.compile(r"[.?!]").search(text, num.end())
    if lex.casualty_re.search(text, num.end(), stop.start() if stop else len(text)):
        return []
    value, low, high, vague = parse_number(num.group(0))
    answer = _make(Quantity(num.start(), num.end(), num.group(0), value, low, high, vague), num.start(), num.end(),
                   kind, "exact", None, None)
    after = _ANSWER_END.match(text, num.end()).end()
    if text.startswith(":", after - 1):  # "Officially, seven: three guards and four attackers."
        return [answer, *_members(text, after, stop.start() if stop else len(text), answer, lex)]
    return [answer]


#: One member of a count listed after a colon: "three border guards", "and four of the attackers".
_MEMBER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)?([\w-]+)\s+(?:of\s+(?:the|them|those)\s+)?"
                     r"(?:[\w-]+\s+){0,2}?([\w-]+)(?=\s*(?:,|\band\b|[.;)]|$))", re.IGNORECASE)


def _members(text: str, at: int, end: int, whole: Casualty, lex) -> list[Casualty]:
    """The groups a count is made of, listed after its colon ("seven: three border guards and four of the
    attackers"), each a claim of the count's kind, only when they are people and add up to the count."""
    parts: list[Casualty] = []
    while at < end and (m := _MEMBER.match(text, at, end)):
        num = NUMBER_RE.fullmatch(m.group(1))
        if not num or num.group(0).lower() in _ELLIPTIC_NOT or m.group(2).lower() not in lex.person_nouns:
            return []
        value, low, high, _ = parse_number(num.group(0))
        if value is None:
            return []
        parts.append(Casualty(m.start(1), m.end(1), whole.kind, value, low, high, "exact", None, None))
        at = m.end()
    return parts if len(parts) >= 2 and sum(p.value for p in parts) == whole.value else []


#: An estimate's name, and the qualifier its figure takes: a low estimate is a floor, a high one a ceiling,
#: a best or central one the figure itself (event data's low/best/high: "7 deaths (low 7, high 8)").
_ESTIMATE_QUALIFIER = {"low": "at_least", "lower": "at_least", "minimum": "at_least", "best": "exact",
                       "central": "exact", "high": "up_to", "higher": "up_to", "upper": "up_to", "maximum": "up_to"}
_ESTIMATE_NAMES = "|".join(_ESTIMATE_QUALIFIER)
_ESTIMATE_NAME = r"(" + _ESTIMATE_NAMES + r")(?:[ -]end)?(?:\s+estimates?)?"
#: Cheap gate for :func:`estimate_figures`: a bracket that opens with an estimate's name ("(low 4, high 6)").
ESTIMATE_GATE = re.compile(r"\(\s*(?i:" + _ESTIMATE_NAMES + r")\b")
#: A bracket of estimates right after a figure and its kind words: "Killed: 5 (low 4, high 6)", "7 deaths
#: (low 7, high 8)", "Killed: 2 (high 3)", "Killed: 1-2 (best 2)", "(best estimate: 2)".
_ESTIMATE_BRACKET = re.compile(r"(?:\s*[-–]\s*\d{1,5})?(?:\s+[A-Za-z]+){0,3}\s*\(\s*(?=" + _ESTIMATE_NAME + r"\s*[:=]?\s*(?:of\s+)?\w)",
                               re.IGNORECASE)
_ESTIMATE_ITEM = re.compile(r"\s*[,;]?\s*" + _ESTIMATE_NAME + r"\s*[:=]?\s*(?:of\s+)?", re.IGNORECASE)
#: An estimate in prose: "with a high estimate of six", "the best estimate is 12", "a low estimate of four".
_ESTIMATE_PROSE = re.compile(r"\b(?:an?|the|its|their|our)\s+" + _ESTIMATE_NAME + r"\s+(?:of|is|was|at|stands\s+at)\s+",
                             re.IGNORECASE)


def _estimate(text: str, at: int, end: int, name: str, like: Casualty) -> Casualty | None:
    """The figure at ``at`` as the ``name`` estimate of ``like``'s count (its kind, group and side); not a
    year, a percentage or a vague word."""
    num = NUMBER_RE.match(text, at, end)
    if not num or num.group(0).lower() in _ELLIPTIC_NOT:
        return None
    value, low, high, vague = parse_number(num.group(0))
    if value is None or vague or 1900 <= value <= 2100 or text.startswith("%", num.end()):
        return None
    q = Quantity(num.start(), num.end(), num.group(0), value, low, high, vague)
    qual = _ESTIMATE_QUALIFIER[name.lower()]
    return _make(q, num.start(), num.end(), like.kind, qual, like.group, like.side)


def estimate_figures(text: str, s_start: int, s_end: int, out: list[Casualty], look_back: bool) -> list[Casualty]:
    """The low, best and high estimates given beside a figure ("Killed: 5 (low 4, high 6)") or in prose
    after it ("five deaths, with a high estimate of six"), each of the figure's kind: low at_least, best
    exact, high up_to. A prose estimate with no figure before it in its sentence takes the kind of the
    count up to :data:`_LOOK_BACK_SENTENCES` sentences before (``look_back``)."""
    new: list[Casualty] = []
    taken = {(c.start, c.end) for c in out}
    for c in sorted(out, key=lambda c: c.end):
        br = _ESTIMATE_BRACKET.match(text, c.end, s_end)
        if not br:
            continue
        close = text.find(")", br.end(), s_end)
        at = br.end()
        while close != -1 and at < close:
            item = _ESTIMATE_ITEM.match(text, at, close)
            got = item and _estimate(text, item.end(), close, item.group(1), c)
            if not got:
                break
            if (got.start, got.end) not in taken:
                new.append(got)
                taken.add((got.start, got.end))
            at = got.end
    for m in _ESTIMATE_PROSE.finditer(text, s_start, s_end):
        before = [c for c in (*out, *new) if c.end <= m.start()]
        if before:
            like = max(before, key=lambda c: c.end)
        else:
            prev = _previous_claims(text, s_start, _LOOK_BACK_SENTENCES) if look_back and s_start else []
            if not prev:
                continue
            like = prev[-1]
        got = _estimate(text, m.end(), s_end, m.group(1), like)
        if got and (got.start, got.end) not in taken:
            new.append(got)
            taken.add((got.start, got.end))
    return new
