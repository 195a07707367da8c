"""A member of a group already counted as wounded, referred back to and described by its state, is no new
figure: "… and another remains in intensive care", "One has shrapnel wounds to the chest, the other to the
legs", "The younger one suffered shrapnel wounds", "The guard, a conscript from X, is being treated in …",
"The wounded, both men in their thirties, were being treated …" — after a sentence that already gave the
figure. New figures stay: "another two were injured", "a third guard was wounded later", "Another was
injured on Sunday" (an event verb, not a state), and a state told of someone when no wound was told before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from incidents.casualty_claim import Casualty

#: How far back a wound told earlier may be (characters).
_BACK = 1500
#: The back reference at the claim's start: "another", "the other (one)", a bare "one" (not "one guard"),
#: "one of them/the …", "the <noun>" (the definite person), and "both" apposed to the group ("The wounded, both …").
_REF = re.compile(r"(?:another|(?:the\s+)?other(?:\s+one)?|one(?=\s+(?:of\b|has|had|is|was|remains?|remained|suffered|"
                  r"sustained|received|lost)\b)|the\s+[\w-]+)\b", re.IGNORECASE)
#: "The younger one", "the elder", "the other one": before a claim that starts at "one".
_ADJ_ONE = re.compile(r"\b(?:the|a)\s+(?:younger|older|elder|eldest|youngest|latter|former|first|second|other)\s+$",
                      re.IGNORECASE)
#: Where a person already counted is now: "in intensive care", "in hospital", "in a stable condition", "being
#: treated", "recovering" (shared by :data:`_STATE` and :data:`_WHERE_NOW`).
_IN_CARE = (r"in\s+(?:intensive\s+care|(?:the\s+)?hospital|(?:an?\s+)?(?:[\w-]+\s+){0,2}condition)|"
            r"being\s+(?:treated|cared\s+for)|receiving\s+treatment|recovering")
#: A state or a description of the wound, not the event: "remains in intensive care", "is being treated",
#: "is in a stable condition", "has shrapnel wounds", "underwent surgery".
_STATE = re.compile(r"\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+|now\s+|currently\s+|also\s+)?"
                    r"(?:" + _IN_CARE + r")\b|"
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
#: "The driver, a man of forty, was hit in the shoulder": a wound told of a definite person (after an earlier wound).
_HIT_PART = re.compile(r"\b(?:was|were)\s+(?:shot|hit|struck)\s+in\s+(?:the|his|her|both)\s+", re.IGNORECASE)
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
    if not (_STATE.search(text, pred, c.end) or (definite and (_SUFFERED.search(text, pred, c.end)
                                                                or _HIT_PART.search(text, pred, min(len(text), c.end + 30))))):
        return False
    if word == "one" and not adj_one and not text.startswith(("One ", "one "), c.start):
        return False
    return _wound_before(text, c.start, lex)


#: Words of a referral predicate (cheap gate for :func:`referred_back`).
REFERRAL_GATE = ("whose", "aged", "buried", "laid to rest", "returned to", "back at", "back to", "discharged", "recovered",
                 # :func:`referred_again`
                 "both", "the ", " of ", "said", "says", "told", "confirm", "report", "notice", "list", "regist",
                 "annex", "appeal", "missing", "from")
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
    if referred_again(text, c, s_start, lex):
        return True
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
    return any(True for _ in _terms_before(text, s_start, c.kind, lex))


# --- people already counted, referred back to as a whole group, a member or a severity subset ---

#: A count word next to a casualty term: the earlier sentence gave a figure ("two guards were wounded",
#: "wounded five villagers", "[one] dead and [another] wounded").
_COUNT_NEAR = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|another|"
                         r"several|dozens?|a\s+dozen|scores)\b", re.IGNORECASE)


def _figure_before(text: str, s_start: int, kind: str, lex) -> bool:
    """A term of ``kind`` with a count word within a few words of it in the ``_BACK`` characters before the
    sentence: the earlier figure a referral points back to."""
    lo = max(0, s_start - _BACK)
    return any(_COUNT_NEAR.search(text, max(lo, m.start() - 45), min(s_start, m.end() + 30))
               for m in _terms_before(text, s_start, kind, lex))


def _terms_before(text: str, s_start: int, kind: str, lex) -> Iterator[re.Match]:
    """The casualty terms of ``kind`` in the ``_BACK`` characters before the sentence, in order."""
    for m in lex.casualty_re.finditer(text, max(0, s_start - _BACK), s_start):
        if lex.casualty_kind.get(m.group(0).lower()) == kind:
            yield m


_NUM = (r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
#: The whole group named again: "Both (wounded) officers", "both of the dead", "The three (men)", "the two
#: wounded guards", "All four victims". A partitive subset "N of the injured" is read separately.
_WHOLE_GROUP = re.compile(r"(?:both(?:\s+of\s+(?:the|them|these|those))?|the\s+" + _NUM
                          + r"|the\s+(?:younger|older|elder|eldest|youngest|other)\s+one)(?=[\s,])", re.IGNORECASE)
#: A subset by number: "Three of the wounded", "2 of the injured".
_SUBSET = re.compile(_NUM + r"\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?(?:wounded|injured|casualties|victims)\b",
                     re.IGNORECASE)
#: Where the people are now or where they were taken, not the event: a state or a transfer.
_WHERE_NOW = re.compile(r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remains|remained)\s+"
                        r"(?:still\s+|now\s+|both\s+|all\s+|later\s+|then\s+|currently\s+|also\s+)?"
                        r"(?:" + _IN_CARE + r"|"
                        r"(?:taken|rushed|flown|airlifted|transferred|evacuated|moved|brought|sent|admitted)\s+to)\b",
                        re.IGNORECASE)
#: The dead named again: what they were or where they died, not a new death.
_DEAD_AGAIN = re.compile(r"(?:died|were\s+(?:all\s+)?from|was\s+from|were\s+(?:all\s+)?(?:relatives|brothers|cousins|"
                         r"neighbours|neighbors|members)|came\s+from)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|the\s+(?:younger|older|elder|eldest|youngest|other))\s+$",
                         re.IGNORECASE)
_NUM_AT = re.compile(_NUM + r"(?=[\s,])|one(?=\s)", re.IGNORECASE)
_TRANSFER = re.compile(r"\b(?:taken|rushed|flown|airlifted|transferred|evacuated|moved|sent)\s+to\b", re.IGNORECASE)
_WOUND_WORD = re.compile(r"\b(?:wounded|injured|hurt|survivors?)\b", re.IGNORECASE)
#: A wound told of a member already counted ("The younger one was hit in the arm").
_HIT = re.compile(r"(?:was|were)\s+(?:shot|hit|wounded|injured|struck)\b", re.IGNORECASE)
#: "one of the (three) wounded (guards) (later) died": a death among people counted as wounded.
_WOUNDED_DIED = re.compile(r"\bone\s+of\s+(?:the|those|these)\s+(?:" + _NUM + r"\s+)?(?:wounded|injured)\b"
                           r"(?:\s+[\w-]+){0,2}?\s+(?:later\s+|subsequently\s+|has\s+|had\s+|then\s+)?"
                           r"(?:died|dies|succumbed)\b", re.IGNORECASE)
#: A severity subset of the group just counted: ", one of them with severe burns / in critical condition".
_SEVERITY = re.compile(r"(?:one|two|three|" + _NUM + r")\s+of\s+(?:them|whom|these|those)\s+"
                       r"with\s+(?:serious|severe|critical|grave|life-threatening|light|minor|slight)\s+"
                       r"(?:wounds|injuries|burns|fractures)\b",
                       re.IGNORECASE)
#: The person named is a source of the news, not a casualty: "a district spokesman said", "a local official
#: confirmed the deaths", "one agreed register of the dead", "an appeal asking donors ...".
_SOURCE_HEAD = re.compile(r"(?:an?|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:spokesm[ae]n|spokeswom[ae]n|spokesperson|"
                          r"officials?|sources?|outlets?|monitors?|correspondents?|reporters?|witness(?:es)?|"
                          r")\b"
                          r"(?:\s*,[^,.;]{0,60},)?\s+(?:said|says|told|confirmed|confirms|reported|reports|named|counted|"
                          r"listed|lists|added|stated|denied)\b(?!\s+(?:missing|killed|dead|wounded|injured|detained|arrested|hurt)\b)",
                          re.IGNORECASE)
#: "heard from a relative that her brother was among the dead": the person the news came from.
_SOURCE_THAT = re.compile(r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+that\s+(?:his|her|their|its|my|our|the|a|an)\s",
                          re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|heard|told|by)\s+$", re.IGNORECASE)
_DOCUMENT_HEAD = re.compile(r"(?:an?|one|two|three|\d+)\s+(?:(?!(?:at|the|in|on|of|to|and|from|by|for)\s)[\w-]+\s+){0,2}?"
                            r"(?:notices?|lists?|registers?|appeals?|annex(?:es)?|reports?|statements?|letters?|videos?|"
                            r"messages?|databases?)\b"
                            r"(?!\s+(?:were|was|are|is)\b)", re.IGNORECASE)


def referred_again(text: str, c: Casualty, s_start: int, lex) -> bool:
    """True for a claim that names people already counted, or no casualty at all:
    - the whole group again with where they are now or where they were taken ("Both wounded officers are in a
      serious condition", "The four were being treated at …", "Both boys were taken to hospital") or a subset
      taken somewhere ("Three of the wounded were flown to Dushanbe"), after an earlier figure of the same kind;
      a breakdown ("Two of the injured were Afghan citizens") and a first figure stay;
    - the dead named again ("Both of the dead were from …", "The three men died on the spot") after an earlier
      figure of the dead; "Two of the dead were …" is a breakdown and stays;
    - "the younger one was hit in the arm" after a figure of the wounded;
    - the wounded of "one of the (three) wounded guards died" (a death, not a new wound);
    - a severity subset (", one of them with severe burns / in critical condition");
    - the missing person named definitely ("The missing man … is feared to have drowned") after a figure;
    - a source or document in the anchor's place ("a district spokesman said", "one agreed register of the dead").
    """
    if c.end <= c.start:
        return False
    st = c.start
    if _not_a_figure(text, c, s_start):
        return True
    if c.kind == "injured" or c.kind == "killed":
        w = ("di" in text[st:c.end + 60] or "succumb" in text[st:c.end + 60]) and _WOUNDED_DIED.search(text, max(s_start, st - 40), min(len(text), c.end + 60))
        if w and w.start() <= st < w.end() and (c.kind == "injured" if text[st:st + 3].lower() == "one"
                                                    else _figure_before(text, s_start, "injured", lex)):
            return True
    if c.kind == "injured" and _SEVERITY.match(text, st):
        return True
    if (src := _SOURCE_HEAD.match(text, st)) and not _EVENT_IN.search(text, st, src.end()):
        return True
    if _SOURCE_THAT.match(text, st) and _FROM_BEFORE.search(text, max(0, st - 10), st):
        return True
    if _DOCUMENT_HEAD.match(text, st):
        return True
    if c.kind == "missing" and _THE_MISSING.match(text, st):
        return _figure_before(text, s_start, "missing", lex)
    if c.kind not in ("killed", "injured"):
        return False
    whole = _WHOLE_GROUP.match(text, st)
    if whole is None and _THE_BEFORE.search(text, max(s_start, st - 20), st):
        whole = _NUM_AT.match(text, st)  # the claim starts at the number: "The [four] were being treated"
    sub = None if whole else _SUBSET.match(text, st)
    if not whole and not sub:
        return False
    head_end = (whole or sub).end()
    if whole and not whole.group(0).lower().startswith("both") and _WOUND_WORD.match(text, head_end + 1):
        return False  # "the three wounded guards were in stable condition": a restated figure, annotated
    stop = _CLAUSE_STOP.search(text, head_end, min(len(text), head_end + 120))
    lim = stop.start() if stop else min(len(text), head_end + 120)
    if c.kind == "injured":
        pred = _WHERE_NOW.search(text, head_end, lim)
        if pred is None and whole and whole.group(0).lower().endswith("one"):
            pred = _HIT.search(text, head_end, lim)  # "The younger one was hit in the arm"
        if pred is None or text[head_end:pred.start()].count(" ") > 5:
            return False
        if sub and not _TRANSFER.search(text, pred.start(), pred.end()):
            return False  # "where four of the wounded were being treated": annotated in the dev sets
    else:
        if sub:
            return False  # "Two of the dead were from Shuroobod": a breakdown
        pred = _DEAD_AGAIN.search(text, head_end, lim)
        if pred is None or text[head_end:pred.start()].count(" ") > 5 or _WOUND_WORD.search(text, st, pred.start()):
            return False  # "the wounded man died in hospital" is a new death
    return _figure_before(text, s_start, c.kind, lex)


#: "The missing man …": the missing person named definitely.
_THE_MISSING = re.compile(r"the\s+missing\s+", re.IGNORECASE)
_EVENT_IN = re.compile(r"\b(?:killed|wounded|injured|hurt|dead|died|detained|arrested|missing)\b", re.IGNORECASE)


# --- anchors that are no figure of their own ---

#: "his two comrades, both 19, …", "aged 30": an age after the group word, not a count.
_AGE_BEFORE = re.compile(r"\b(?:both|all|each|aged)\s+$", re.IGNORECASE)
#: "One of the three, …, was shot dead": the number is the group a member is taken from.
_MEMBER_OF_BEFORE = re.compile(r"\b(?:one|two|three|\d+|each|none|some|any|neither|either)\s+of\s+(?:the|those|these)\s+$",
                               re.IGNORECASE)
_CASUALTY_NEXT = re.compile(r"\s*(?:[\w-]+\s+)?(?:dead|killed|wounded|injured|hurt|missing|detained|arrested|casualties|"
                            r"victims|bodies|deaths|fatalities)\b", re.IGNORECASE)
#: "he was one of the two wounded", "he is one of the dead": a member of a group counted in the same phrase.
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$", re.IGNORECASE)
_ONE_OF = re.compile(r"one\s+of\s+(?:the|those|these)\s", re.IGNORECASE)
#: "the younger, a boy of nine, lost a hand": an apposition re-describing a definite reference. ("two people, a
#: mother and her son" is annotated in set P and not in set ZJ: left alone.)
_APPOSED_BEFORE = re.compile(r"(?:\bthe\s+(?:younger|older|elder|eldest|youngest|other|first|second|latter|former)"
                             r"(?:\s+one)?)\s*,\s*$",
                             re.IGNORECASE)
#: "the dead were his three children …": the figure follows the predicate.
_THE_GROUP_WERE = re.compile(r"the\s+(?:dead|killed|wounded|injured|missing|detained)\s+(?:were|was|are|is|included?)\b",
                             re.IGNORECASE)
#: "A cousin of the dead man", "Another woman, whose son was detained": a relative or source, not the casualty.
_RELATIVE_HEAD = re.compile(r"(?:an?|one|another)\s+(?:(?:cousin|brother|sister|father|mother|son|daughter|relative|uncle|"
                            r"aunt|nephew|niece|friend|neighbou?r|colleague|wife|husband|widow|parent)s?\s+of\s+"
                            r"(?:the|a|an|one)\b|[\w-]+\s*,\s*whose\b)", re.IGNORECASE)


def _not_a_figure(text: str, c: Casualty, s_start: int) -> bool:
    """The anchor is no figure: an age, the group a member is taken from, a member named by a copula, an
    apposition to a reference, "the dead were …", or a relative/source of a casualty."""
    st = c.start
    lo = max(s_start, st - 70)
    if text[st:st + 1].isdigit() and _AGE_BEFORE.search(text, max(s_start, st - 8), st) \
            and text[c.start:c.end].split()[0].rstrip(",").isdigit() and text[st:c.end].split()[0].endswith(","):
        return True
    if c.kind in ("killed", "injured") and _MEMBER_OF_BEFORE.search(text, max(s_start, st - 20), st):
        first = re.match(r"[\w-]+,", text[st:c.end])  # "One of the three, Karim, was shot": the group
        if first and not _CASUALTY_NEXT.match(text, st + first.end()):
            return True
    if c.kind in ("killed", "injured") and _ONE_OF.match(text, st) and _COPULA_BEFORE.search(text, max(s_start, st - 8), st):
        return True
    if c.value == 1 and text[st:st + 1] in "aA" and _APPOSED_BEFORE.search(text, lo, st) \
            and re.match(r"an?\s", text[st:st + 3], re.IGNORECASE):
        return True
    if text[st:st + 4].lower() == "the " and (g := _THE_GROUP_WERE.match(text, st)) \
            and not _COUNT_NEAR.search(text, g.end(), c.end):
        return True
    return bool(c.value == 1 and _RELATIVE_HEAD.match(text, st))
