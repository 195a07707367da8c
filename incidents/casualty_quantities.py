"""Which numbers of a sentence can be casualty counts before any term is looked for.

Ages ("the guard, 24"), ranges ("three to five": one claim, low bound), a numeral repeated in brackets
("three (3)"), "half a dozen", group sizes ("a group of 12") and numbers glued to things
("a 12-member delegation") are merged or masked here, so the figure loop sees one quantity per count.
"""

from __future__ import annotations

import re
from functools import cache

from incidents.casualty_claim import _WORD
from incidents.lexicon import word_set
from incidents.numbers import Quantity, words_to_int

_NON_PERSON = word_set("non_person_nouns.txt")
#: "10-12 fighters", "6–8": a range written with a dash (the number pattern does not read the upper bound).
_DASH_HIGH = re.compile(r"[-–](\d{1,4})(?![\w.,]\d|[\w-])")


def _hyphen_thing(text: str, at: int) -> bool:
    """True when the word at ``at`` (after "N-") is a thing: "three-day search", "two-storey house"."""
    w = _WORD.match(text, at)
    return bool(w) and w.group(0).lower().split("-")[0] in _NON_PERSON
_PAREN_OPEN = re.compile(r"[ \t]?\([ \t]?")
_PAREN_CLOSE = re.compile(r"[ \t]?\)")
#: Ages are not counts: "the guard, 24, was killed", "aged 19", "a 30-year-old".
#: Also age ranges ("aged between 8 and 13", "aged 18 to 25") and "a boy of (about) twelve".
_AGE_ALTS = (
    r"(?<=,)\s*(?:aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*(?:and|or)\s*\d{1,3})?|\d{1,2})\s*(?=,)",
    # "aged 22, 35 and 41": a list of ages
    r"\baged\s+(?:between\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*(?:and|to|-|–)\s*\d{1,3})?\b",
    r"\b\d{1,3}-year-old\b",
    r"\b[a-z]+(?:-[a-z]+)?-year-old\b",
    r"\b(?=[bcdgmstwy])(?:boys?|girls?|child|man|woman|teenager|youth|son|daughter)\s+of\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\b|"
    # "a father of three was killed": his children, not a count of the dead
    r"\b(?=[fmp])(?:father|mother|parent)s?\s+of\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\b",
)
#: Literals the alternatives of _AGE need (searched with the same flags): a sentence without them
#: runs _AGE without those alternatives, which finds the same matches for less (it runs on every
#: casualty sentence, and "\b[a-z]+…-year-old" tries every word).
_AGE_DIGIT = re.compile(r"\d")
_AGE_AGED = re.compile("aged", re.IGNORECASE)
_AGE_YEAR_OLD = re.compile("-year-old", re.IGNORECASE)
_AGE_OF = re.compile("of", re.IGNORECASE)


@cache
def _age_re(alts: tuple[bool, ...]) -> re.Pattern[str] | None:
    kept = [p for p, keep in zip(_AGE_ALTS, alts) if keep]
    return re.compile("|".join(kept), re.IGNORECASE) if kept else None


def _ages(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of _AGE in ``text[start:end]``, the alternatives whose literals are absent left out."""
    digit = _AGE_DIGIT.search(text, start, end) is not None
    year_old = _AGE_YEAR_OLD.search(text, start, end) is not None
    rx = _age_re((digit, digit and _AGE_AGED.search(text, start, end) is not None, digit and year_old, year_old,
                  _AGE_OF.search(text, start, end) is not None))
    return [(m.start(), m.end()) for m in rx.finditer(text, start, end)] if rx else []
#: "between three and five", "three to five", "two or three": a range; the claim takes the lower bound.
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


#: "1 in 4 conscripts", "nine out of ten residents": the second number of a ratio counts no one.
_RATIO_BEFORE = re.compile(r"(?<![\w.,-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$",
                           re.IGNORECASE)


_RATIO_AFTER = re.compile(r"\s+(in|out\s+of)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,]\d)"
                          r"(?:\s+([\w-]+))?", re.IGNORECASE)
_OF_ONE_GROUP = re.compile(r"\s+(?:family|household|clan|tribe|village|unit|group)\b", re.IGNORECASE)
_RATIO_NEXT = (" in ", " out ")
#: A number that names, not counts: an address, a room, a unit or an item ("of Street 4", "Ward 3", "Post No. 12",
#: "class 9 pupils", "Block 7").
_LABEL_BEFORE = re.compile(r"\b(?:street|st\.|avenue|ave\.|road|lane|house|flat|apartment|apt\.|block|building|room|ward|"
                           r"bed|no\.|nos\.|№|route|highway|post|outpost|checkpoint|platoon|company|battalion|brigade|"
                           r"regiment|school|class|grade|sector|zone|section|article|paragraph|item|page|issue)\s*$",
                           re.IGNORECASE)


def _label_number(text: str, q: Quantity, floor: int) -> bool:
    """True for digits that label an address, room, unit or item ("Sergeant X, 21, of Street 4, has been
    killed": the street, not four dead)."""
    return q.text[:1].isdigit() and _LABEL_BEFORE.search(text, max(floor, q.start - 14), q.start) is not None


def _no_count(text: str, q: Quantity, floor: int) -> bool:
    """True for a number that counts no one: the "one" of "no one" ("No one knows how many died"), the
    second number of a ratio ("1 in 4"), a wire story's version number ("UPDATE 2-Death toll rises")."""
    if q.value and text.startswith(_RATIO_NEXT, q.end):
        r = _RATIO_AFTER.match(text, q.end)  # "1 in 4 conscripts", "Nine out of ten" (not "2 in 3 attacks")
        if r and (r.group(1).lower() != "in" or (
                (words_to_int(r.group(2)) or (int(r.group(2)) if r.group(2).isdigit() else 0)) > q.value
                and (r.group(3) or "").lower() not in _NON_PERSON)):
            return True
    before = text[max(floor, q.start - 16):q.start]
    if not before:
        return False
    low = before.lower()
    if q.text.lower() == "one" and low.endswith("no "):
        return True
    if low.endswith("of ") and _OF_ONE_GROUP.match(text, q.end):
        return True  # "six members of one family": the family, not a person
    if (" in " in low or " of " in low) and _RATIO_BEFORE.search(before):
        return True
    return before.endswith("UPDATE ") and text.startswith("-", q.end)


def _ranges(text: str, quantities: list[Quantity], floor: int) -> tuple[list[Quantity], dict[int, float]]:
    """Merge "between three and five" / "three to five" / "two or three" into the lower number.

    Returns the quantities without the upper bounds and {start of lower number: upper bound}.
    """
    out: list[Quantity] = []
    high: dict[int, float] = {}
    skip = -1
    for i, q in enumerate(quantities):
        if i == skip:
            continue
        dash = _DASH_HIGH.match(text, q.end) if q.text[:1].isdigit() else None
        if dash and q.value is not None and int(dash.group(1)) > q.value:
            high[q.start] = float(dash.group(1))  # "10-12 fighters"
        r = quantities[i + 1] if i + 1 < len(quantities) else None
        if r is not None and q.value is not None and r.value is not None and not q.vague and not r.vague \
                and q.text.lower() not in {"a", "an", "another"} and r.value > q.value \
                and _RANGE_GAP.fullmatch(text[q.end:r.start]):
            sep = text[q.end:r.start].strip().lower()
            if sep in {"to", "or", "-", "–"} or _BETWEEN.search(text[max(floor, q.start - 12):q.start]):
                high[q.start] = r.value
                skip = i + 1
        out.append(q)
    return out, high


def _merge_paren_numerals(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "2 (two)", "1 (one)", "Three (3)": a number repeated in brackets, in words or in digits, is one figure
    spanning both."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and prev.value == q.value \
                and prev.text[:1].isdigit() != q.text[:1].isdigit() and _PAREN_OPEN.fullmatch(text, prev.end, q.start):
            close = _PAREN_CLOSE.match(text, q.end)
            if close:
                out[-1] = Quantity(prev.start, close.end(), text[prev.start:close.end()], prev.value, prev.low,
                                   prev.high, prev.vague)
                continue
        out.append(q)
    return out


def _half_dozen(text: str, quantities: list[Quantity], floor: int) -> list[Quantity]:
    """ "half a dozen" is six (the number parser reads "a dozen")."""
    out = []
    for q in quantities:
        if q.value == 12 and q.text.lower().startswith("a") and q.start - floor >= 5 \
                and text[q.start - 5:q.start].lower() == "half ":
            q = Quantity(q.start - 5, q.end, text[q.start - 5:q.end], 6.0, 6.0, 6.0)
        out.append(q)
    return out


_HALF_OF = re.compile(r"\bhalf\s+of\s+(?:the|those|these|its|their|our)\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the|those|these|its|their|our)\s+", re.IGNORECASE)


def _group_sizes(text: str, quantities: list[Quantity], floor: int, s_end: int, lex) -> list[Quantity]:
    """The size of a group a part is taken from is no claim of its own: "One of the two pilots was killed"
    (killed 1), "Half of the 12 passengers were hurt" (injured 6, computed). A group named by a casualty
    term right after its number stays ("Ten of the 13 deaths", "three of the 12 injured")."""
    out: list[Quantity] = []
    for q in quantities:
        if q.value is None or q.vague or text[q.end:q.end + 1] != " " \
                or text.find("of ", max(floor, q.start - 10), q.start) == -1:
            out.append(q)
            continue
        term = lex.casualty_re.match(text, q.end + 1, s_end)
        if term:
            out.append(q)
            continue
        half = _HALF_OF.search(text, max(floor, q.start - 24), q.start)
        if half and q.value % 2 == 0:
            out.append(Quantity(half.start(), q.end, text[half.start():q.end], q.value / 2, q.value / 2, q.value / 2))
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and not prev.vague and prev.value < q.value \
                and _PART_OF.fullmatch(text, prev.end, q.start):
            continue  # "One of the two pilots": the part counts, not the group
        out.append(q)
    return out
