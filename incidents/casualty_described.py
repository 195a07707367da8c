"""A member of a group already counted as wounded, referred back to and described by its state, is no new
figure: "… and another remains in intensive care", "One has shrapnel wounds to the chest, the other to the
legs", "The younger one suffered shrapnel wounds", "The guard, a conscript from X, is being treated in …",
"The wounded, both men in their thirties, were being treated …" — after a sentence that already gave the
figure. New figures stay: "another two were injured", "a third guard was wounded later", "Another was
injured on Sunday" (an event verb, not a state), and a state told of someone when no wound was told before.
"""

from __future__ import annotations

import re

from incidents.casualty_claim import Casualty

#: How far back a wound told earlier may be (characters).
_BACK = 1500
#: The back reference at the claim's start: "another", "the other (one)", a bare "one" (not "one guard"),
#: "one of them/the …", "the <noun>" (the definite person), and "both" apposed to the group ("The wounded, both …").
_REF = re.compile(r"(?:another|(?:the\s+)?other(?:\s+one)?|one(?=\s+(?:of\b|has|had|is|was|remains?|remained|suffered|"
                  r"sustained|received)\b)|the\s+[\w-]+)\b", re.IGNORECASE)
#: "The younger one", "the elder", "the other one": before a claim that starts at "one".
_ADJ_ONE = re.compile(r"\b(?:the|a)\s+(?:younger|older|elder|eldest|youngest|latter|former|first|second|other)\s+$",
                      re.IGNORECASE)
#: A state or a description of the wound, not the event: "remains in intensive care", "is being treated",
#: "is in a stable condition", "has shrapnel wounds", "underwent surgery".
_STATE = re.compile(r"\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+|now\s+|currently\s+|also\s+)?"
                    r"(?:in\s+(?:intensive\s+care|(?:the\s+)?hospital|(?:an?\s+)?(?:[\w-]+\s+){0,2}condition)|"
                    r"being\s+(?:treated|cared\s+for)|receiving\s+treatment|recovering)\b|"
                    r"\b(?:has|had)\s+(?:[\w-]+\s+){0,2}(?:wounds?|injuries|burns|fractures|bruises|cuts)\b|"
                    r"\bunderwent\s+(?:[\w-]+\s+)?(?:surgery|an?\s+operation)\b|"
                    # "the other, who lost a leg": the wound of a member already counted
                    r"\blost\s+(?:a|an|his|her|one|both)\s+(?:legs?|arms?|hands?|eyes?|feet|foot|fingers?)\b", re.IGNORECASE)
#: "The younger one suffered shrapnel wounds": a wound told of a person named by a definite reference only
#: ("another sustained injuries" is a new figure).
_SUFFERED = re.compile(r"\b(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:wounds?|injuries|burns|fractures|bruises|cuts)\b", re.IGNORECASE)
#: "one of the wounded officers underwent surgery": the group referred to, not the event.
_PARTITIVE = re.compile(r"\s+of\s+(?:them|these|those|whom|the\s+(?:wounded|injured))\b", re.IGNORECASE)
_OF_WOUNDED_SPAN = re.compile(r"one\s+of\s+(?:the|those)\s+(?:wounded|injured)", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.;:!?]|,\s+(?:and|but|while)\b")
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"})
#: The event itself: a claim with one of these is a figure ("another was wounded").
_EVENT = re.compile(r"\b(?:wounded|injured|hurt|maimed)\b", re.IGNORECASE)
_BOTH_APPOSED = re.compile(r"\bthe\s+(?:injured|wounded|hurt|casualties|victims)\s*,\s*$", re.IGNORECASE)


def _wound_before(text: str, start: int, lex) -> bool:
    """A wound told in the ``_BACK`` characters before ``start``."""
    for m in lex.casualty_re.finditer(text, max(0, start - _BACK), start):
        if lex.casualty_kind.get(m.group(0).lower()) == "injured":
            return True
    return False


def described_member(text: str, c: Casualty, s_start: int, lex) -> bool:
    """True for an injured claim that only describes a member of a group already counted as wounded."""
    if c.kind != "injured" or c.value not in (1, 2):
        return False
    span = text[c.start:c.end]
    if span.lower() == "both":
        return bool(_BOTH_APPOSED.search(text, max(s_start, c.start - 30), c.start)) and _wound_before(text, c.start, lex)
    if _OF_WOUNDED_SPAN.fullmatch(span):  # "one of the wounded officers underwent surgery"
        stop = _CLAUSE_STOP.search(text, c.end, min(len(text), c.end + 80))
        return bool(_STATE.search(text, c.end, stop.start() if stop else min(len(text), c.end + 80))) \
            and _wound_before(text, c.start, lex)
    ref = _REF.match(text, c.start, c.end)
    if not ref:
        return False
    word = ref.group(0).lower()
    if word.split()[-1] in _ORDINALS:
        return False  # "One soldier was wounded, the second received a wound": the next person counted
    if word == "one" and text[c.start - 1:c.start] not in {"", " ", "\n", "\"", "“"}:
        return False
    pred = ref.end()
    if word == "one" and (part := _PARTITIVE.match(text, pred, c.end)):
        pred = part.end()
    if _EVENT.search(text, pred, c.end):
        return False
    adj_one = word == "one" and _ADJ_ONE.search(text, max(s_start, c.start - 20), c.start) is not None
    definite = adj_one or (word.startswith("the ") and not word.startswith("the other"))
    if not (_STATE.search(text, pred, c.end) or (definite and _SUFFERED.search(text, pred, c.end))):
        return False
    if word == "one" and not adj_one and not text.startswith(("One ", "one "), c.start):
        return False
    return _wound_before(text, c.start, lex)


#: Words of a referral predicate (cheap gate for :func:`referred_back`).
REFERRAL_GATE = ("buried", "laid to rest", "returned to", "back at", "back to", "discharged", "recovered")
#: What happens to people already counted, not the event: buried, back at duty, discharged, recovered.
_REFERRAL_PRED = re.compile(r"(?:has|have|had|was|were|is|are)\s+(?:since\s+|now\s+|already\s+|both\s+|later\s+|also\s+)?"
                            r"(?:been\s+)?(?:buried|laid\s+to\s+rest|returned\s+to\s+(?:duty|work|school|service|the\s+army|"
                            r"his\s+unit|her\s+unit|their\s+units?)|back\s+(?:at|to|on)\s+(?:work|school|duty|service)|"
                            r"discharged|recovered)\b", re.IGNORECASE)
#: The definite reference before a claim: "the two brothers killed …", "one of the two wounded servicemen".
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
#: "One of the (two) wounded …", "Two of the injured …": a member or subset of a group already counted.
_OF_COUNTED = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?(?:dead|killed|wounded|injured|casualties|victims)\b",
                         re.IGNORECASE)
_STOP = re.compile(r"[.;:!?()]")


def referred_back(text: str, c: Casualty, s_start: int, lex) -> bool:
    """True for a killed/injured claim naming people already counted whose only predicate is what happened to
    them later: "the three farmers killed in the raid were buried on Monday", "one of the two wounded guards has
    returned to duty". A transfer ("the two wounded men were taken to hospital") stays a figure, as the dev sets
    count it. The event itself keeps its figure
    ("three farmers were killed and buried"): only a definite or partitive reference is read."""
    if c.kind not in ("killed", "injured") or not c.value or c.end <= c.start:
        return False
    head = text[c.start:c.end].split()[0]
    if _DEFINITE_BEFORE.search(text, max(s_start, c.start - 8), c.start):
        after = c.end  # "the two brothers killed in the strike, …, were buried"
    elif part := _OF_COUNTED.match(text, c.start + len(head)):
        after = max(c.end, part.end())  # "Two of the injured were flown …"
    else:
        return False
    end = min(len(text), after + 90)
    stop = _STOP.search(text, after, end)
    if _REFERRAL_PRED.search(text, after, stop.start() if stop else end) is None:
        return False
    # counted before: a term of the same kind in an earlier sentence ("Two of the wounded were later
    # discharged." alone is a figure)
    return any(lex.casualty_kind.get(m.group(0).lower()) == c.kind
               for m in lex.casualty_re.finditer(text, max(0, s_start - _BACK), s_start))
