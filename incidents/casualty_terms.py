"""Whether a figure and the casualty term after it belong together, and which kind the term gives.

The finder pairs each number with the first casualty term in its clause; these tests reject pairs
that a reader would not ("5 villages, where two people were injured"), extend the window past roles
and lists ("two drivers and a loader were killed"), and read a kind from tolls, partitives and words
to the left ("two of the wounded later died").
"""

from __future__ import annotations

import re

from incidents.casualty_claim import _AUX, _WORD, Casualty
from incidents.casualty_quantities import _NON_PERSON
from incidents.lexicon import lexicon
from incidents.numbers import Quantity

#: Left-verb phrases whose kind is not a term of casualty_terms.csv: "the detention of dozens of couriers".
_LEFT_KIND = (("detention", "detained"), ("detain", "detained"), ("captur", "detained"), ("wound", "injured"), ("arrest", "detained"), ("neutrali", "killed"), ("eliminat", "killed"), ("liquidat", "killed"), ("rounded", "detained"), ("rounding", "detained"),
              ("lost", "killed"), ("buri", "killed"), ("caught", "detained"),
              ("catching", "detained"), ("executing", "killed"), ("maiming", "injured"), ("apprehending", "detained"), ("bod", "killed"), ("the dead", "killed"), ("the wounded", "injured"),
              ("the injured", "injured"), ("fatalit", "killed"), ("detainee", "detained"), ("injur", "injured"),
              ("whereabouts", "missing"), ("fate", "missing"), ("holding", "detained"), ("treat", "injured"), ("caring", "injured"), ("cared", "injured"),
              ("admit", "injured"), ("away", "detained"), ("custody", "detained"))
#: Terms that count only the victims after them ("lost three men", "buried two young men").
_LEFT_ONLY = ("lost", "buried", "burying", "buries")
_CARE_VERBS = frozenset({"treated", "treating", "treats", "caring for", "cared for", "admitted", "admitting"})
_TAKE_WORDS = frozenset({"took", "take", "takes", "taking", "taken"})
#: Terms of casualty_terms.csv that only ever state a zero (read by _ZERO): they are in the table so
#: that a sentence with them passes the casualty gate, but they never take a count ("two men escaped unharmed").
_ZERO_ONLY = frozenset({"no loss of life", "no losses", "unharmed", "unhurt", "uninjured", "unscathed",
                        "casualties"})  # "casualties" is killed or injured: only its zero ("no casualties") is read
#: "killed a guard, and six more people were left nursing wounds": the figure after "and" has its own verb.
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)


def _whole_subject(text: str, at: int, lex) -> bool:
    """After a noun-phrase object ("the bodies of three guards and two civilians"), a verb of the whole
    subject ("were returned"), not a casualty term of its own ("… and two civilians were wounded")."""
    own = _OWN_VERB.match(text, at)
    nxt = _WORD.match(text, own.end() + 1) if own else None
    return bool(own and nxt and not lex.casualty_re.match(text, nxt.start())
                and nxt.group(0).lower() not in {"also", "later", "then", "both", "all", "reportedly", "being", "been"})


_OWN_OBJECT_GAP = re.compile(r"\s+(?:(?:at\s+least|more\s+than|about|around|nearly|some|another|only|all)\s+)?")


def _own_object(text: str, at: int, rest: list[Quantity]) -> bool:
    """True when a figure follows the transitive term ending at ``at`` at once: its own object."""
    return bool(rest) and rest[0].start >= at and bool(_OWN_OBJECT_GAP.fullmatch(text, at, rest[0].start))


def _non_person_before(text: str, at: int, floor: int) -> bool:
    """True for "<non-person noun>, N of them": "Yaks, 30 of them, …"."""
    before = text[max(floor, at - 30):at].rstrip()
    if not before.endswith(","):
        return False
    words = _WORD.findall(before)
    return bool(words) and words[-1].lower() in _NON_PERSON


#: "Four smugglers were apprehended and two others escaped": the others got away, not the same fate.
_ESCAPED_AFTER = re.compile(r"\s+(?:more|others?)(?:\s+(?:managed\s+to|were\s+able\s+to))?\s+(?:escaped|escape|fled|flee|"
                            r"evaded|slipped|ran|got\s+away|(?:remain(?:ed|s)?|are|were|is|was)(?:\s+still)?\s+"
                            r"(?:at\s+large|on\s+the\s+run|wanted|being\s+sought))\b", re.IGNORECASE)
#: "and his son seriously injured": a degree adverb before an elliptic passive term.
_DEGREE = re.compile(r"(?:\s*,\s*\d{1,2}\s*,)?\s(?:(?:badly|seriously|critically|slightly|lightly|severely|gravely|mortally)\s+)?",
                     re.IGNORECASE)
#: A sub-group of the previous claim: "wounded, two of them seriously", "(one child)", "…, among them two civilians".
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_PAREN_SUB = re.compile(r"\s*\(\s*")
_SUBGROUP_LATE = re.compile(r"[^.;:()]{0,80}?,\s*(?:including|among them|among whom|of whom)\s+", re.IGNORECASE)
#: "Five people died at the scene and two more in hospital": an elided verb for "N more/others".
_AND_MORE = re.compile(r"[^.;:,()]{0,60}?\band\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|others|other)\b", re.IGNORECASE)
#: "Two women among five killed": a sub-group before its group; the group's term serves both.
_AMONG_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}among\s+(?:the\s+)?", re.IGNORECASE)


#: After a possessive subject ("Her husband", "My son and a neighbour"): the passive auxiliary.
_POSS_SUBJECT_AUX = re.compile(r"(?:\s*,\s*[^,;:.()]{1,60}?,)?(?:\s+and\s+an?\s+[\w-]+)?\s+(?:was|were|is|are|has\s+been|"
                               r"had\s+been|have\s+been)\s+(?:(?:also|later|still|badly|seriously|fatally|critically|slightly|"
                               r"lightly)\s+)?",
                               re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"[\s\"“‘'(]*")
#: What may come before a possessive subject inside a sentence: a comma, a semicolon, a reporting verb
#: ("One farmer says his uncle and a neighbour were killed").
_SUBJECT_AFTER = (", ", "; ", " says ", " said ", " that ", ": ", "and ", "but ")
#: "his nephew, who vanished while fishing", "her son, who had been wounded": a relative clause naming the fate.
_SUBJECT_WHO = re.compile(r"\s*,\s*who\s+(?:(?:was|had|has|had\s+been|has\s+been)\s+)?(?:(?:later|also|then)\s+)?",
                          re.IGNORECASE)
#: After a definite singular subject ("the driver", "The customs officer"): the verb's auxiliary, if any.
_DEFINITE_AUX = re.compile(r"\s+((?:was|has\s+been|had\s+been|is|remains)\s+)?(?:(?:later|also|then|"
                           r"instantly|reportedly|still)\s+)?", re.IGNORECASE)
_DEFINITE_KINDS = frozenset({"killed", "injured", "missing"})
#: Clause openings before a definite subject; not after a reporting verb ("His brother said the guard was
#: killed": a person the report already knows).
_DEFINITE_AFTER = (", ", "; ", ": ", "and ", "but ")
#: Without an auxiliary only a finite verb makes the clause: "The officer died overnight", not "The officer
#: killed on Thursday was Farhod" (a participle naming who is meant).
_FINITE_ALONE = frozenset({"died", "drowned", "perished", "vanished", "disappeared", "succumbed", "went"})


def _definite_subject(text: str, start: int, end: int, s_start: int, s_end: int, lex) -> bool:
    """True for a definite singular person opening a clause inside a sentence as the subject of a passive
    killed, injured or missing term: "a mine hit a tractor; the driver was killed and his son injured",
    "…, but the officer died overnight"."""
    if not text.endswith(_DEFINITE_AFTER, s_start, start):
        return False  # opening a sentence, "the ferryman" is mostly someone told before (tests/…/test_casualty_phrasing_s9.py)
    aux = _DEFINITE_AUX.match(text, end, s_end)
    term = lex.casualty_re.match(text, aux.end(), s_end) if aux else None
    if not term:
        return False
    low = term.group(0).lower()
    if not aux.group(1) and low.split()[0] not in _FINITE_ALONE:
        return False
    if aux.group(1) and aux.group(1)[:1].lower() in "ir" and lex.casualty_kind.get(low) != "missing":
        return False  # "the driver is injured": only "is/remains (still) missing" reads as a present fate
    return lex.casualty_voice.get(low) == "passive" and lex.casualty_kind.get(low) in _DEFINITE_KINDS \
        and low not in _ZERO_ONLY and low not in _LEFT_ONLY and low not in _HOSPITAL_ONLY \
        and low.split()[0] not in _CARE_VERBS


def _possessive_subject(text: str, m: re.Match, s_start: int, s_end: int, lex) -> bool:
    """True for a possessive person that opens the sentence (or follows a comma) as the subject of a
    passive casualty term: "Her husband was killed.", "My son and a neighbour were wounded.",
    "Nodira, her uncle and a cousin were killed." — one person each; anywhere with a relative clause
    naming the fate ("his nephew, who vanished while fishing")."""
    who = _SUBJECT_WHO.match(text, m.end(), s_end)
    if not who and not (_SUBJECT_LEAD.fullmatch(text, s_start, m.start())
                        or text.endswith(_SUBJECT_AFTER, s_start, m.start())):
        return False
    aux = who or _POSS_SUBJECT_AUX.match(text, m.end(), s_end)
    term = aux and lex.casualty_re.match(text, aux.end(), s_end)
    if not term:
        return False
    low = term.group(0).lower()
    return lex.casualty_voice.get(low) == "passive" and low not in _ZERO_ONLY and low not in _LEFT_ONLY \
        and low not in _HOSPITAL_ONLY and low.split()[0] not in _CARE_VERBS  # "… was treated for burns": care


def _elliptic_passive(text: str, at: int, s_end: int, lex) -> bool:
    """True for "… was killed and his wife injured": a passive casualty term right after the possessive
    noun, its "was" left out (killed / injured kinds only: "and his son missing" is a different claim)."""
    degree = _DEGREE.match(text, at, s_end)
    if not degree:
        return False
    term = lex.casualty_re.match(text, degree.end(), s_end)
    if not term:
        return False
    low = term.group(0).lower()
    return low in _ELLIPTIC_TERMS and lex.casualty_voice.get(low) == "passive"


#: Passive killed/injured terms that may follow a possessive noun with "was" left out.
_ELLIPTIC_TERMS = frozenset({"killed", "injured", "wounded", "hurt", "shot dead", "badly hurt", "seriously injured",
                             "seriously wounded", "critically injured", "lightly injured", "slightly injured"})
_ORDINAL_WORD = re.compile(r"(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other)",
                           re.IGNORECASE)
#: "two of the wounded later died": a partitive of the wounded followed by a death verb is a death.
_OF_WOUNDED = re.compile(r"\s+of\s+(?:the|those)\s+", re.IGNORECASE)
#: A reporting clause between a number and a casualty term: "A Taliban spokesman said … had captured".
_REPORTING = frozenset({"said", "says", "told", "tells", "stated", "claimed", "added"})
#: ... unless it is passive: "were said to have been killed", "was reported killed".
_PASSIVE_AUX = frozenset({"were", "was", "is", "are", "been", "be", "being"})
#: A sub-group after a claim: "five people wounded, including a 14-year-old shepherd".
_SUBGROUP_AFTER = re.compile(r"\s*[,(]?\s*(?:including|incl\.|among them|among whom|of whom)\s+", re.IGNORECASE)
#: A parenthetical between commas ("one worker, a citizen of Tajikistan born in 1987, was killed")
#: does not count towards the gap between a number and its term.
_APPOSITION = re.compile(r",[^,;:.]{1,80},")
#: (a comma may come before a "by/according to" phrase and the colon: "… killed along it, by our count: 11 soldiers, …")
_BREAKDOWN = re.compile(r"^[\s\w’'-]*(?:,\s*(?:by|according\s+to|on|in)\s[\s\w’'-]{1,40})?:\s*$")
#: A longer gap is read when it is one plain noun phrase: "a 15-year-old boy collecting firewood on an
#: island in the river was wounded" (a person noun near the figure, no clause word, no other verb).
LONG_GAP_WORDS = 16
_LONG_GAP_STOP = frozenset({"and", "or", "but", "when", "after", "while", "as", "because", "since", "which", "that",
                            "where", "before", "if", "then", "than", "not", "hit", "fell", "went", "came", "saw", "ran",
                            "took", "told", "found", "shot", "struck", "left", "put", "set", "got", "made", "fought",
                            "threw", "brought", "caught", "held", "met", "sent", "led", "said", "says", "say"}) | _REPORTING


#: Phrases that count people only when the figure's own words are people: "three men were taken to
#: hospital" (injured), "scores were held" (detained); "two rallies were held" is neither.
_EXTRA_TERM = re.compile(r"\b(?:(?:admitted|taken|rushed|brought|evacuated|airlifted|delivered)\s+to|treated\s+(?:in|at)"
                         # "one more is in hospital", "both are now in the military hospital"
                         r"|(?:is|are)\s+(?:now\s+|still\s+)?in)"
                         r"\s+(?:the\s+|a\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?)\b", re.IGNORECASE)
_HOSPITAL_ONLY = frozenset({"brought in"})
_HOSPITAL_CONTEXT = re.compile(r"\b(?:hospitals?|clinics?|doctors?|surgeons?|ambulances?|medics?|paramedics?|"
                               r"emergency (?:room|ward|department)|(?:trauma|surgical|casualty) ward|wards?)\b",
                               re.IGNORECASE)
_NOT_BROUGHT_IN = re.compile(r"\s+(?:for|from|to|as|on|under|with)\b", re.IGNORECASE)
#: "a third soldier was brought in on Sunday with burns": the wound itself tells the hospital
_BROUGHT_WOUND = re.compile(r"\s+(?:(?:on\s+[A-Z][a-z]+day|overnight|later|at\s+night)\s+)?with\s+(?:[\w-]+\s+)?"
                            r"(?:burns|wounds|injuries|shrapnel|fractures|gunshot|bullet)\b")
_MEDICAL_STAFF = frozenset({"doctor", "doctors", "nurse", "nurses", "surgeon", "surgeons", "medic", "medics",
                            "specialist", "specialists", "staff", "personnel", "troops", "police", "reinforcements"})
#: Medical staff sent to a hospital are no patients ("two surgeons were flown to the hospital").
_MEDICS = frozenset({"doctor", "doctors", "nurse", "nurses", "surgeon", "surgeons", "medic", "medics", "paramedics",
                     "specialist", "specialists"})
_OSPITAL = re.compile("ospital|clinic")
_EXTRA_AUX = frozenset({"were", "was", "are", "is", "been", "being", "had", "have", "has", "later", "also", "more",
                        "reportedly", "all", "then", "subsequently", "remain", "remains", "remained", "still"})


#: "a shepherd's son lost two fingers", "a conscript lost his left leg": an injury by a lost body part.
_LOST_PART = re.compile(r"\b(?:lost|loses|losing|lose)\s+(?:(?:his|her|their|a|an|one|two|three|four|both|several|"
                        r"some|part\s+of\s+(?:his|her|a))\s+)?(?:(?:left|right|lower|upper)\s+)?"
                        r"(?:fingers?|legs?|arms?|hands?|feet|foot|eyes?|toes?|limbs?|sight|eyesight|hearing)\b",
                        re.IGNORECASE)
_LOS = re.compile("los", re.IGNORECASE)


def _extra_term(text: str, q: Quantity, limit: int, person_nouns: frozenset[str]) -> tuple[str, int] | None:
    """(kind, end) of a hospital-admission or lost-limb phrase after q, when the words between are only
    auxiliaries and a person noun ("two more people admitted to …", "a shepherd's son lost two fingers")."""
    if _LOS.search(text, q.end, limit) is not None:
        m = _LOST_PART.search(text, q.end, min(len(text), limit + 60))  # "lost two fingers": its own figure
        if m and m.start() < limit and q.value:
            gap = _APPOSITION.sub(" ", text[q.end:m.start()])
            nouns = [w.lower() for w in _WORD.findall(gap) if w.lower() not in _EXTRA_AUX]
            if (nouns and len(nouns) <= 3 and nouns[-1] in person_nouns) or (
                    not nouns and _ORDINAL_WORD.fullmatch(q.text)):  # "a fourth, a boy of eight, lost a leg"
                return "injured", m.end()
    if _OSPITAL.search(text, q.end, limit) is None:
        return None
    m = _EXTRA_TERM.search(text, q.end, limit)
    if not m or q.value == 0:
        return None
    words = [w.lower() for w in _WORD.findall(text, q.end, m.start())]
    if words[:2] in (["of", "them"], ["of", "whom"]):
        words = words[2:]  # "two of them were treated in hospital": the part counts people of the group
    nouns = [w for w in words if w not in _EXTRA_AUX]
    if len(words) > 6 or not _people_words(nouns, person_nouns) or any(w in _MEDICS for w in nouns):
        return None  # "two doctors were taken to the clinic": staff sent there, not patients
    return "injured", m.end()


def _brought_in(text: str, q: Quantity, term: re.Match, s_start: int, s_end: int, person_nouns: frozenset[str]) -> bool:
    """True for "three people were brought in" in a sentence about a hospital or doctor."""
    wound = _BROUGHT_WOUND.match(text, term.end(), s_end)
    if (_NOT_BROUGHT_IN.match(text, term.end(), s_end) and not wound) \
            or not (wound or _HOSPITAL_CONTEXT.search(text, s_start, s_end)):
        return False
    nouns = [w.lower() for w in _WORD.findall(text, q.end, term.start()) if w.lower() not in _EXTRA_AUX]
    return _people_words(nouns, person_nouns) and not any(w in _MEDICAL_STAFF for w in nouns)


_PASSIVE_BURIED = re.compile(r"\b(?:were|was|have been|had been|has been)\s+$", re.IGNORECASE)


def _buried_people(text: str, q: Quantity, term: re.Match, person_nouns: frozenset[str]) -> bool:
    """True for "four people were buried": a passive "buried" whose subject is the figure's people."""
    if term.group(0).lower() != "buried" or not _PASSIVE_BURIED.search(text, q.end, term.start()):
        return False
    gap = _APPOSITION.sub(" ", text[q.end:term.start()])
    nouns = [w.lower() for w in _WORD.findall(gap) if w.lower() not in _EXTRA_AUX and not w.isdigit()]
    if not nouns:
        return _ORDINAL_WORD.fullmatch(q.text) is not None  # "the second, Private K., 19, was buried"
    return len(nouns) <= 3 and nouns[-1] in person_nouns


def _people_words(nouns: list[str], person_nouns: frozenset[str]) -> bool:
    """True when the words between a figure and a people-only term name people (or nothing)."""
    if not nouns or ((len(nouns) <= 3 or (len(nouns) <= 5 and nouns[0].lower() == "of"))
                     and nouns[-1].lower() in person_nouns):  # "one of our young guards was hit"
        return True
    # "two violators of the state border were destroyed": the people first, then what they are of or from
    low = [w.lower() for w in nouns[:3]]
    return len(nouns) <= 6 and any(low[i] in person_nouns and low[i + 1] in ("of", "from")
                                   for i in range(min(2, len(low) - 1)))
#: Casualty nouns and adjectives: a headline noun before them is a modifier, not a victim ("Soldier death sparks …").
_HEADLINE_NOUNS = frozenset({"dead", "death", "deaths", "bodies", "body", "injuries", "injury", "wounds", "fatalities",
                             "detention", "casualties", "gunshot wound", "gunshot wounds", "shrapnel wounds"})


def _partitive_kind(text: str, q: Quantity, r: Quantity, s_end: int) -> str | None:
    """Kind for "Ten of the 13 deaths": q, then "of the", then r and a casualty term right after r."""
    if not _OF_WOUNDED.fullmatch(text, q.end, r.start):
        return None
    lex = lexicon()
    term = lex.casualty_re.match(text, r.end + 1, s_end) if text[r.end:r.end + 1] == " " else None
    if not term or term.group(0).lower() in _ZERO_ONLY or lex.casualty_voice.get(term.group(0).lower()) == "active":
        return None
    return lex.casualty_kind[term.group(0).lower()]


def _toll_kind(phrase: str) -> str:
    """Kind of a toll phrase: "number of injured" → injured, "number of missing" → missing, "death toll" → killed."""
    low = phrase.lower()
    if "injur" in low or "wound" in low or "hurt" in low or "hospitali" in low:
        return "injured"
    if "missing" in low or "unaccounted" in low:
        return "missing"
    if "detain" in low or "arrest" in low:
        return "detained"
    return "killed"


def _left_kind(phrase: str) -> str:
    """Kind of a left-verb phrase: a casualty term's kind, else by stem ("the detention of" → detained)."""
    low = phrase.lower()
    kind = lexicon().casualty_kind.get(low)
    if kind:
        return kind
    if low in _TAKE_WORDS:
        return "detained"  # "took two prisoners"
    return next((k for stem, k in _LEFT_KIND if stem in low), "killed")


def _non_person_after(text: str, at: int, limit: int) -> bool:
    """True when the word right after a figure is a non-person noun ("not 12 hours after …")."""
    w = _WORD.search(text, at, limit)
    return bool(w) and w.group(0).lower() in _NON_PERSON


def _plain_long_gap(between: list[str], person_nouns: frozenset[str]) -> bool:
    """True for a gap of up to LONG_GAP_WORDS words that is one noun phrase and its passive auxiliaries:
    a person noun among the first three words, no clause word and no other finite verb (an "-ed" word
    that is not an auxiliary of the gap list, or a common irregular past)."""
    if len(between) > LONG_GAP_WORDS or not any(w.lower() in person_nouns for w in between[:3]):
        return False
    for w in between:
        lw = w.lower()
        if lw in _LONG_GAP_STOP or (lw.endswith("ed") and lw not in _AUX):
            return False
    return True


#: A counted person noun (one to three words) whose relative clause or aside follows: "Four guards who",
#: "Twelve migrants, who", "three young men from the village of X whose".
_REL_HEAD = re.compile(r"(?:\s+[\w’'-]+){1,3}?(?=\s*,|\s+(?:who|whose|whom|that|from|of|in)\b)", re.IGNORECASE)
_REL_OPEN = frozenset({"who", "whose", "whom", "that"})
#: Words that start another clause or report one: the term may then be that clause's, not the figure's.
_REL_STOP = frozenset({"when", "after", "while", "because", "if", "where", "and", "or", "but", "than", "until",
                       "said", "says", "say", "told", "reported", "report", "reports", "confirmed", "believe", "believed",
                       "think", "know", "knew", "heard", "saw", "witnessed", "watched", "found", "claimed", "stated",
                       "added", "fear", "feared", "hope", "hoped", "whether", "how", "why", "what", "which", "not",
                       "could", "would", "might", "may", "will", "should", "wrote", "write", "writes", "announced",
                       "learned", "learnt", "thought", "insisted", "denied", "alleged", "alleging"})
#: Nationality adjectives of the person-noun list ("the bridge to Afghan Ishkashim"): no second subject.
_REL_ADJECTIVES = frozenset({"afghan", "tajik", "uzbek", "russian", "chinese", "kyrgyz", "iranian", "pakistani", "turkmen"})
_REL_PLURAL_AUX = frozenset({"were", "are", "have", "had"})
_REL_SINGLE_AUX = frozenset({"was", "is", "has", "had"})
_REL_TAIL = frozenset({"still", "all", "later", "reportedly", "also", "instantly", "now", "both", "been"})
_REL_AUX = _REL_PLURAL_AUX | _REL_SINGLE_AUX


def _relative_subject(text: str, q: Quantity, term: re.Match, lex) -> bool:
    """True for a long gap that is one subject with its relative clause or aside, closed by the main
    clause's auxiliary right before the term: "Four guards who had been patrolling the bank near the
    crossing on the night before the holiday were killed", "Twelve migrants, who by the service's account
    had forged papers, were apprehended". The head (a person noun among the first three words) opens the
    clause with who/whose/that or a comma; no clause word (when, and, said, …) anywhere in the gap; the
    auxiliary agrees with the count; the term is passive."""
    if lex.casualty_voice.get(term.group(0).lower()) != "passive" or q.value is None:
        return False
    gap = text[q.end:term.start()]
    if "," not in gap and not any(w in gap for w in (" who", " whose", " that")):
        return False
    words = [w.lower() for w in _WORD.findall(gap)]
    if len(words) > 40 or any(w in _REL_STOP for w in words):
        return False
    head = _REL_HEAD.match(text, q.end, term.start())
    if not head or _WORD.findall(head.group(0))[-1].lower() not in lex.person_nouns:
        return False
    opener = next((i for i, w in enumerate(words) if w in _REL_OPEN), None)
    if opener is not None and words[opener] != "whose" and (not opener or words[opener - 1] not in lex.person_nouns):
        return False  # "journalists who wrote that …": "that" after a verb opens a reported clause
    if opener is None and not gap[head.end() - q.end:].lstrip().startswith(","):
        return False
    clause = words[opener + 1:] if opener is not None else words[len(_WORD.findall(head.group(0))):]
    if any(w in lex.person_nouns and w not in _REL_ADJECTIVES for w in clause):
        return False  # "… for the families of the soldiers … were killed": the soldiers may be the subject
    term_words = term.group(0).lower().split()
    tail = words + term_words[:1] if term_words[0] in _REL_AUX else words
    while tail and tail[-1] in _REL_TAIL:
        tail = tail[:-1]
    if not tail or tail[-1] not in _REL_AUX:
        return False
    return tail[-1] in (_REL_PLURAL_AUX if q.value > 1 else _REL_SINGLE_AUX)


def _blocked(between: list[str], person_nouns: frozenset[str]) -> bool:
    """True when the words between a number and its term show the number counts something else.

    A non-person noun before the first person noun ("two attacks killed") blocks; after it, it is a
    modifier ("three fishermen from the village of Aqtepa have been missing"). An active reporting
    verb ("A Taliban spokesman said … the fighters had captured") starts another clause; a passive one
    ("were said to have been killed") does not.
    """
    for i, w in enumerate(between):
        lw = w.lower()
        if lw in person_nouns:
            break
        if lw in _NON_PERSON:
            if i + 1 < len(between) and between[i + 1].lower() in person_nouns:
                continue  # "a truck driver", "boat passengers": a modifier of the person noun
            return True
    low = [w.lower() for w in between]
    if any(w in _ATTENDED for w in low):
        return True  # "1,500 people attended the funeral of the slain commander": mourners
    if len(low) > 1 and low[-1] == "the" and low[-2] in _CARE_OBJECT:
        return True  # "Two guards were trained to treat the wounded": the term is the object, not their fate
    return any(w in _REPORTING and (not i or low[i - 1] not in _PASSIVE_AUX) for i, w in enumerate(low))


#: Verbs whose object "the wounded/dead" is other people than the figure ("nurses who tend the injured").
_CARE_OBJECT = frozenset({"treat", "treated", "treating", "treats", "tend", "tended", "tending", "help", "helped", "helping",
                          "evacuate", "evacuated", "evacuating", "carry", "carried", "carrying", "rescue", "rescued",
                          "rescuing", "bury", "burying", "visit", "visited", "visiting", "aid", "aided", "aiding",
                          "transport", "transported", "transporting", "identify", "identifying", "honour", "honor"})
_ATTENDED = frozenset({"attended", "attend", "attending", "attends", "mourned", "mourning", "funeral", "funerals"})


def _inherited_kind(text: str, q: Quantity, out: list[Casualty], breakdown: tuple[str, int] | tuple[str, int, int] | None
                    ) -> str | None:
    """Kind for a figure with no casualty term of its own: a sub-group right after a claim
    ("… wounded, including a shepherd") or an item of a breakdown after a colon ("a death toll of 6:
    four smugglers and two guards")."""
    if out and out[-1].end <= q.start and _SUBGROUP_AFTER.fullmatch(text, out[-1].end, q.start):
        return out[-1].kind
    if out and out[-1].end <= q.start:
        gap = text[out[-1].end:q.start]
        if (_SUB_CLAUSE_GAP.fullmatch(gap) and _OF_THEM.match(text, q.end) and not _other_event(text, q.end)) \
                or _PAREN_SUB.fullmatch(gap) or _SUBGROUP_LATE.fullmatch(gap):
            # "wounded, two of them seriously" / "2 injured (one child)" / "…, among them two civilians"
            return out[-1].kind
        if _LATE_OF_THEM_GAP.fullmatch(gap) and _OF_THEM_NOUN.match(text, q.end) \
                and not any(w.lower() in _CLAUSE_OPENERS for w in _WORD.findall(_SINCE_DATE.sub(" ", gap))):
            # "detained 11 people on the border section, seven of them foreign citizens": a place or
            # time phrase, a comma, then "N of them" names a part of the group (a severity note does not)
            return out[-1].kind
        if _AND_GAP.fullmatch(gap) and (cop := _OF_THEM_WERE.match(text, q.end)) \
                and any(w.lower() in lexicon().person_nouns for w in _WORD.findall(cop.group(1))):
            return out[-1].kind  # "the toll stands at 61, and 34 of them were Afghan nationals": a breakdown
        if _COMMA.fullmatch(gap) and _SEVERITY_AFTER.match(text, q.end):
            return out[-1].kind  # "Thirty-two people were injured, 4 critically": a severity sub-group
        if _AND_MORE.fullmatch(gap) and (_MORE_AFTER.match(text, q.end) or _LIGHTLY_AFTER.match(text, q.end)) \
                and not _ESCAPED_AFTER.match(text, q.end):
            return out[-1].kind  # "Five people died at the scene and two more in hospital"
        if _AND_MORE.fullmatch(gap) and _PLACE_GAP.search(gap) and _PLACE_AFTER.match(text, q.end):
            return out[-1].kind  # "Two people were killed in Ishkoshim and three in Shughnan": the verb left out
    if breakdown and q.start >= breakdown[1] and (len(breakdown) < 3 or q.start < breakdown[2]):
        return breakdown[0]
    return None


_COMMA = re.compile(r"\s*,\s*")
_AND_GAP = re.compile(r"(?:\s+(?:since|in|during|last|this)\s+[\w-]+)?\s*,?\s*and\s+")  # "… since 2021, and "
#: "… of them were Afghan nationals", "… of whom are children": a copula, then (up to three words ending in)
#: a person noun.
_OF_THEM_WERE = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were|are|was|is)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)",
                           re.IGNORECASE)
#: "… were seriously injured and one lightly": a second severity group after "and", then the clause ends.
#: "… killed in Ishkoshim and three in Shughnan": a bare figure, then only a named place to the clause end.
_PLACE_AFTER = re.compile(r"\s+(?:(?:in|at|near)\s+(?:the\s+)?[A-Z][\w’'-]+(?:[\s-]+[A-Z][\w’'-]+){0,2}"
                          r"(?:\s+(?:district|province|region|village|town|area))?|on\s+the\s+[A-Z][\w’'-]+\s+side)"
                          r"\s*(?:[.;,)]|$)")
#: The gap before such a figure names a place the same way ("… in Ishkoshim and ").
_PLACE_GAP = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?[A-Z]")
_LIGHTLY_AFTER = re.compile(r"\s+(?:lightly|slightly|moderately|seriously|critically|severely|gravely|badly)"
                            r"\s*(?:[.;,)]|$)", re.IGNORECASE)
#: "…, 4 critically", "…, two seriously.": a severity adverb right after the figure, then the clause ends.
_SEVERITY_AFTER = re.compile(r"\s+(?:critically|seriously|severely|gravely|badly)(?:\s+(?:so|injured|wounded|hurt))?"
                             r"\s*(?:[.;,)]|$)", re.IGNORECASE)
#: "…, two of whom were released": the part's own verb tells another event (not a casualty term).
_OF_THEM_VERB = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were|was|have been|had been|has been|are|is)\s+"
                           r"(?:(?:later|since|subsequently|then)\s+)?([a-z]+ed|freed|let go|sent|taken)\b", re.IGNORECASE)


def _other_event(text: str, at: int) -> bool:
    """True for "of whom were released" after a figure: a participle that is no casualty term."""
    m = _OF_THEM_VERB.match(text, at)
    return bool(m) and lexicon().casualty_re.fullmatch(m.group(1)) is None and m.group(1).lower() not in _TRANSFERRED
#: "…, of whom two were later referred to Fayzabad": the wounded moved on for care are a part of the group.
_TRANSFERRED = frozenset({"referred", "transferred", "airlifted", "evacuated", "flown", "moved", "sent"})


def _breakdown_after(text: str, kind: str, end: int, limit: int) -> tuple[str, int] | None:
    """(kind, offset after the colon) when a claim is followed by a colon: "a death toll of 6: four …"."""
    colon = text.find(":", end, limit)
    if colon != -1 and _BREAKDOWN.match(text[end:colon + 1]):
        return kind, colon + 1
    if _DASH_LIST.fullmatch(text, end, limit):
        return kind, limit  # "put the number of dead at four - one serviceman and three intruders"
    return None


_DASH_LIST = re.compile(r"\s+[-–—]\s+")


#: "four are children; two of them remain in intensive care": a short clause, then "N of them".
#: (a comma right after the claim as before: "wounded, two of them seriously"; words then a comma do not
#: join, "… injured on Thursday, one of them seriously" being a severity note set A leaves out)
_SUB_CLAUSE_GAP = re.compile(r",\s*|[^.;:()]{0,50};\s*")
#: A short phrase after the claim, then a comma ("… in border incidents, 19 of them …"); at most eight words.
_LATE_OF_THEM_GAP = re.compile(r"(?:\s+[\"“‘]?[\w’'-]+[\"”’]?){1,8},\s*")
#: "N of them" then a noun or place phrase ("… of them foreign citizens", "… of them on the Afghan side"):
#: not a severity note ("one of them seriously") nor a verb ("two of them were released").
_OF_THEM_NOUN = re.compile(r"\s+of\s+them\s+(?!(?:seriously|critically|badly|severely|gravely|lightly|slightly|"
                           r"fatally|mortally|were|was|are|is|have|has|had|later|still|also|remain|remained)\b)[\w-]",
                           re.IGNORECASE)
#: Words that open another clause: a figure after them may count someone else ("when militants attacked, two of them …").
_CLAUSE_OPENERS = frozenset({"when", "after", "while", "as", "because", "since", "who", "which", "that", "and", "but",
                             "where", "before", "said", "says"})
#: "since 10 January", "since March", "since early 2024": a time phrase, not a clause (removed before the
#: clause openers are looked for: "killed since 13 February, two of them foreign nationals").
_SINCE_DATE = re.compile(r"\bsince\s+(?=\d|(?:early|late|mid|last|the\s+start\s+of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                         r"nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", re.IGNORECASE)
_SUBGROUP = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+$", re.IGNORECASE)
#: A qualifier that opens the second figure of a pair ("two guards and at least three civilians").
_JOINED_QUAL = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|as\s+many\s+as)\s+)?"
_AND_END = re.compile(r"\band\s+(?:(?:his|her|their)\s+)?" + _JOINED_QUAL + "$", re.IGNORECASE)
_JOINED_QUAL_END = re.compile(r"\s" + _JOINED_QUAL[:-1] + "$", re.IGNORECASE)
#: "two of its border guards and three attackers were killed": a short noun phrase then "and" joins
#: two figures under one casualty term (no comma, at most five words).
_JOIN_GAP = re.compile(r"(?:\s+[\w’'-]+){1,5}\s+and\s+(?:(?:his|her|their)\s+)?" + _JOINED_QUAL, re.IGNORECASE)
_NOT_GAP = re.compile(r"(?:\s+[\w’'-]+){0,2}\s*,\s*not\s+(?:the\s+)?", re.IGNORECASE)


def _window_end(text: str, q: Quantity, following: list[Quantity], s_end: int) -> int:
    """Where to stop looking for q's casualty term: at the next figure, unless that figure is a part
    of q's group ("seven people, including three children, were killed") or joins it ("two guards
    and a civilian were killed") — then the term serves both."""
    listed = _role_list(text, q, following) if following and "," in text[q.end:following[0].start] else 0
    for k, r in enumerate(following):
        if k < listed:
            continue  # "A driver, two passengers and a conductor were injured": one term for the whole list
        gap = text[q.end:r.start]
        if _NOT_GAP.fullmatch(gap):
            continue  # "Three, not four, guards were killed": the corrected figure shares the term
        low = gap.lower()
        subgroup = ("includ" in low or "among" in low or "of " in low) and _SUBGROUP.search(gap)
        if subgroup and _own_term(text, r):
            return r.start  # "23 civilian casualties, including 9 deaths": the part has its own term
        if subgroup or ("among" in low and _AMONG_GAP.fullmatch(gap)) or (
                "and" in low and _AND_END.search(gap) and (r.text.lower() in {"a", "an", "one"} or _joins(gap))):
            continue
        return r.start
    return s_end


#: A list item: one to three words ending in a person noun, then a comma ("a driver, ", "two border guards, ").
_LIST_ITEM_GAP = re.compile(r"(?:\s+[\w’'-]+){1,3}\s*,\s*")


def _role_list(text: str, q: Quantity, rest: list[Quantity]) -> int:
    """How many of the following figures belong to a list of counted people that q opens, closed by
    "and": "a driver, two passengers and a conductor", "three soldiers, two police officers and four
    civilians" (each item its own count); 0 for no such list."""
    prev = q
    for n, r in enumerate(rest):
        gap = text[prev.end:r.start]
        if _LIST_ITEM_GAP.fullmatch(gap):
            if _WORD.findall(gap)[-1].lower() not in lexicon().person_nouns:
                return 0
            prev = r
            continue
        ok = n and _AND_END.search(gap) and (r.text.lower() in {"a", "an", "one"} or _joins(gap))
        return n + 1 if ok else 0
    return 0


def _own_term(text: str, r: Quantity) -> bool:
    """True when a casualty noun follows figure r directly ("including 9 deaths")."""
    if text[r.end:r.end + 1] != " ":
        return False
    term = lexicon().casualty_re.match(text, r.end + 1)
    return bool(term) and term.group(0).lower() not in _ZERO_ONLY and term.group(0).lower() in _HEADLINE_NOUNS


def _joins(gap: str) -> bool:
    """True for the gap of "two of its border guards and three attackers": a short noun phrase that
    ends in a person noun, then "and" ("12 militants crossed the river and two" does not join)."""
    if not _JOIN_GAP.fullmatch(gap):
        return False
    words = _WORD.findall(_JOINED_QUAL_END.sub(" ", gap))
    if words and words[-1].lower() in {"his", "her", "their"}:
        words = words[:-1]  # "a commander and his two guards"
    return len(words) >= 2 and words[-2].lower() in lexicon().person_nouns
