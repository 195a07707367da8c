"""Who says it, and in what stance: report, official statement, denial, retraction.

Attribution cues ("according to Reuters", "Samadi said", "three unnamed sources told", "citing
officials") become claims of kind ``attribution``. The sentence's stance comes from the cue table
in ``data/stance_cues.csv`` (retraction > denial > official statement > report); every numeric
claim in the sentence records the sentence's attribution and stance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidents.lexicon import STANCE_GATE, VERB_GATE, gate, lexicon

_NAME = (r"(?:[A-Z][\w.’'&/-]*(?:\s+(?:of|the|for|and|de|al)\s+[A-Z][\w.’'&/-]*|\s+[A-Z][\w.’'&/-]*){0,5}"
         r"(?:\s*\([A-Z][A-Za-z]{1,7}\))?)")  # "State Committee for National Security (GKNB)"
_GROUP = (r"(?:(?:[Tt]he|[Aa]|[Aa]n|[Oo]ne|two|three|four|five|several|some|local|unnamed|anonymous|senior|Tajik|Afghan|Chinese|"
          r"Russian|security|government|military|border|foreign|diplomatic|informed|other)\s+){0,4}"
          r"(?:sources?|officials?|authorities|ministry|embassy|spokes(?:man|woman|person)|agency|committee|service|"
          r"police|government|witness(?:es)?|residents?|media|reports?|statement|officers?|commanders?|diplomats?|"
          r"organi[sz]ers?|office|cousin|relatives?|family|father|mother|brother|sister|analysts?|experts?|observers?|"
          r"journalists?|doctors?|villagers?|administration|council|governor|ministers?|agencies|representatives?|"
          r"troops|guards|forces|army|military|centre|center|staff|department|directorate|detachment|command)"
          r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)")
_VERBS = (r"(?:said|says|say|told|reported|reports|confirmed|confirms|stated|states|announced|claimed|claims|added|noted|"
          r"wrote|denied|denies|rejected|rejects|dismissed|acknowledged|insisted|warned|quoted)")
MAX_CUES = 12
_VERB_RE = re.compile(rf"\b{_VERBS}\b")
#: Subject before a reporting verb; searched only in the 140 characters before each verb.
SUBJECT_BEFORE = re.compile(rf"(?P<src>{_NAME}|{_GROUP}(?:\s+{_NAME})?(?:\s+(?:in|of|at)\s+{_NAME})?)\s+"
                            r"(?:(?:has|have|had|also|later|reportedly|\w+ly)\s+)*$")
PATTERNS = [
    re.compile(r"\b[Aa]ccording to (?P<src>(?:the |a |an )?[^,.;:“”\"]{2,80}?)(?=\s*(?:[,.;:“”\"]|$|\s(?:that|who|on|in)\s))"),
    re.compile(rf"\b(?:{_VERBS}|quoted)\s+(?:by\s+)?(?P<src>{_NAME}|the\s+[\w’']+(?:\s+[\w’']+){{0,2}}(?=[.;]))"
               r"(?=[\s,.;:]|$)"),
    re.compile(rf"\b(?:citing|cited by|quoting|quoted by)\s+(?P<src>{_GROUP}|{_NAME}|[\w\s-]{{3,50}}?sources)"
               r"(?=[\s,.;:]|$)"),
]
#: Cheap pre-checks, one per pattern above: a sentence without the cue cannot match it.
_PATTERN_CUES = (("according to",), VERB_GATE, ("citing", "cited by", "quoting", "quoted by"))
_BAD_SOURCE = re.compile(r"^(?:The|This|That|It|He|She|They|We|In|On|At|As|But|And|However|A|An|Officials? in)$")


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str
    stance: str


#: A source of this kind speaking makes the sentence an official statement ("the official told", "his office said").
OFFICIAL_SOURCE = re.compile(r"\b(?:official|officials|officer|officers|ministry|minister|administration|committee|"
                             r"spokes(?:man|woman|person)|embassy|government|authorities|agency|service|police|president|"
                             r"governor|commander|office|council|border troops|detachment|prosecutor|department|"
                             r"centre|center|statement|press cent(?:re|er))\b", re.IGNORECASE)


def sentence_stance(text: str, families: frozenset[str] | None = None) -> str:
    """The strongest stance cue in a sentence (retraction > denial > official_statement > report)."""
    low = text.lower()
    if not (("stance" in families) if families is not None else gate(low, STANCE_GATE)):
        return "report"
    for rx, stance in lexicon().stance_cues:
        if rx.search(low):
            return stance
    return "report"


def find_attributions(text: str, start: int, end: int, stance: str | None = None,
                      families: frozenset[str] | None = None) -> list[Attribution]:
    """Attribution cues in one sentence, left to right, without overlaps."""
    stance = stance or sentence_stance(text[start:end], families)
    hits: list[Attribution] = []
    sentence = text[start:end]
    low = sentence.lower()
    def has(family: str, fragments: tuple[str, ...]) -> bool:
        return (family in families) if families is not None else gate(low, fragments)

    verbs = list(_VERB_RE.finditer(text, start, end)) if has("verb", VERB_GATE) else []
    for v in verbs[:MAX_CUES]:  # a real sentence has a handful; "said said said …" must stay linear
        lo = max(start, v.start() - 140)
        m = SUBJECT_BEFORE.search(text, lo, v.start())
        if not m:
            continue
        src = m.group("src").strip(" ,")
        if not src or _BAD_SOURCE.match(src) or any(h.start < v.end() and m.start() < h.end for h in hits):
            continue
        verb = v.group(0).lower()
        hits.append(Attribution(m.start(), v.end(), src, _cue_stance(verb, src, stance)))
    for rx, cue, family in zip(PATTERNS, _PATTERN_CUES, ("according", "verb", "citing")):
        if not has(family, cue):
            continue
        for m in rx.finditer(text, start, end):
            src = m.group("src").strip(" ,")
            if not src or _BAD_SOURCE.match(src) or len(src) > 80:
                continue
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            verb = (m.groupdict().get("verb") or "").lower()
            hits.append(Attribution(m.start(), m.end(), src, _cue_stance(verb, src, stance)))
    return sorted(hits, key=lambda h: h.start)


def _cue_stance(verb: str, source: str, sentence_stance: str) -> str:
    if verb in {"denied", "denies", "rejected", "rejects", "dismissed"}:
        return "denial"
    if sentence_stance == "report" and OFFICIAL_SOURCE.search(source):
        return "official_statement"
    return sentence_stance
