"""Casualty figures: killed, injured, missing, detained — each number tied to its verb or noun.

A number (digits, words, "another", "a"/"an" before a person noun, or a vague "several") counts
as a casualty figure when a casualty term follows it in the same clause ("three workers were
killed", "five others injured", "3 deaths") or a transitive casualty verb comes right before it
("killed five Chinese workers", "injuring two others"). A sentence with several figures gives
several claims. Qualifiers ("at least", "more than", "nearly") set the low/high bounds.
"""

from __future__ import annotations

import re
from itertools import pairwise

from incidents.casualty_claim import (
    _AUX,
    _NOT_ONE,
    _WORD,
    Casualty,
    _group_and_side,
    _make,
    _noun_group,
    _one,
    _singular_person,
)
from incidents.casualty_context import (
    _ANY_Q,
    _ELLIPTIC_END,
    _ELLIPTIC_NOT,
    _SPEAKER,
    ESTIMATE_GATE,
    _answer_claims,
    _group_breakdown_next,
    _of_these_parts,
    estimate_figures,
    restated_figures,
)
from incidents.casualty_described import REFERRAL_GATE, described_member, referred_back
from incidents.casualty_gates import _LABEL, _NAMED_FIRST, _label_before, _last_word, _left_verb, _qualifier
from incidents.casualty_mourning import MOURNING_GATE, held, mourned_counts
from incidents.casualty_passes import (
    _AND_OR,
    _HEADLINE_NOT,
    _colon_split,
    _condition_subset,
    _freed_parts,
    _inherit_groups,
    _left_persons,
    _none_of,
    _on_head,
    _place_parts,
    _whole_of_part,
    _zero_kinds,
    earlier_period,
    then_figures,
)
from incidents.casualty_quantities import (
    _AGE_ALTS,
    _NON_PERSON,
    _RATIO_NEXT,
    _ages,
    _group_sizes,
    _half_dozen,
    _hyphen_thing,
    _label_number,
    _merge_paren_numerals,
    _no_count,
    _ranges,
)
from incidents.casualty_tables import CSV_ROW_CUE, csv_cells, table_cells
from incidents.casualty_terms import (
    _APPOSITION,
    _CARE_VERBS,
    _EXTRA_AUX,
    _HEADLINE_NOUNS,
    _HOSPITAL_CONTEXT,
    _HOSPITAL_ONLY,
    _LEFT_ONLY,
    _LIGHTLY_AFTER,
    _MORE_AFTER,
    _OF_THEM,
    _OF_WOUNDED,
    _ORDINAL_WORD,
    _OWN_VERB,
    _PASSIVE_AUX,
    _PLACE_AFTER,
    _SEVERITY_AFTER,
    _ZERO_ONLY,
    _blocked,
    _breakdown_after,
    _brought_in,
    _buried_people,
    _definite_subject,
    _elliptic_passive,
    _extra_term,
    _inherited_kind,
    _left_kind,
    _non_person_after,
    _non_person_before,
    _own_object,
    _partitive_kind,
    _people_words,
    _plain_long_gap,
    _possessive_subject,
    _relative_subject,
    _toll_kind,
    _whole_subject,
    _window_end,
)
from incidents.lexicon import gate, lexicon
from incidents.numbers import NUMBER_RE, Quantity, find_numbers, parse_number

#: Inverted order, the kind first: "Wounded were two soldiers and a civilian", "Killed in the attack were four
#: policemen" (at the sentence start), "Among those detained were 3 citizens" (anywhere).
_INVERTED = re.compile(r"(?:\bamong\s+(?:the|those)\s+|\bthe\s+(?=(?:dead|wounded|injured|detained)\s+(?:were|are)\s)|"
                       r"^[^\w]{0,3})(killed|dead|wounded|injured|hurt|detained|arrested|"
                       r"missing)(?:\s+(?:in|during|on|at|by|near)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){0,2}\s+(?:there\s+)?(?:were|was|are|is)\s+"
                       # "the dead were his neighbour's three children": a possessor before the figure
                       r"(?:(?:(?<=dead were )|(?<=wounded were )|(?<=injured were ))(?:his|her|their|our|my)\s+(?:[\w-]+['’]s\s+)?)?"
                       # "Killed were the driver and two passengers": a named person, then the figure
                       r"(?:the\s+(?:[\w-]+\s+){1,2}and\s+)?"
                       r"(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as)\s+)?$",
                       re.IGNORECASE)
#: People still sought, read as missing: "searching for four people swept away" (search/look only where the
#: sentence names a disaster or the missing), "rescuers have yet to find two children", "no trace has been
#: found of the two boys", "contact was lost with two border guards".
_SOUGHT = re.compile(r"\b(search(?:ing|es|ed)?(?:\s+(?:continues|continued|goes\s+on|is\s+under\s*way|was\s+under\s*way|"
                     r"(?:is|was)\s+(?:continuing|ongoing)))?\s+for|look(?:ing|s|ed)?\s+for|"
                     r"(?:yet|failed|unable)\s+to\s+(?:find|locate)|"
                     r"no\s+trace\s+(?:(?:has|had)\s+(?:yet\s+)?been\s+|was\s+|yet\s+)?found\s+of|"
                     r"contact\s+(?:was|has\s+been|had\s+been)\s+lost\s+with)"
                     r"(?:\s+(?:the|these|those|another|the\s+other|the\s+remaining))?\s+"
                     r"(?:(?:at least|more than|about|around|some|up to|as many as|another)\s+)?$", re.IGNORECASE)
_SOUGHT_LAST = frozenset(["for", "find", "locate", "of", "with", "the", "these", "those", "another", "other", "remaining",
                          "least",
                          "than", "about", "around", "some", "as"])
_SOUGHT_GATE = ("search", "look", "to find", "to locate", "trace", "contact")
_SOUGHT_CONTEXT = re.compile(r"\b(?:swept|drown|river|avalanche|mud|flood|boat|capsiz|overturn|landslide|rubble|buried|"
                             r"missing|rescu|diver|current|lake|snow|collapse|debris|earthquake|storm|bod(?:y|ies))", re.IGNORECASE)
_INVERTED_HINT = re.compile(r"\b(?:were|was|are|is)\s", re.IGNORECASE)
#: "number of liquidated violators": participles :data:`_TOLL` reads only before people.
_TOLL_PARTICIPLES = (" killed", " liquidated", " eliminated", " neutralised", " neutralized", " slain")
#: Every :data:`_TOLL` match holds one of these (lower case): a figure after none of them has no toll.
_TOLL_GATE = ("toll", "number of", "put", "estimate", "count", "tall", "the dead ", "the wounded ", "the injured ",
              "the missing ", "ies st", "ies ha", "ies ro", "ies re", "ies cl", "ies to", "ths st", "ths ha", "ths ro",
              "ths re", "ths cl", "ths to")
#: "put the quarter's dead at 12", "counts the Shkev dead as seven", "gave the dead as one border guard, …": a
#: source's count of a group of the dead or wounded, told by a verb of counting (a second source's figure).
_COUNTS_THE = re.compile(r"\b(?:put|puts|putting|give|gave|gives|giving|counts|counted|count|listed|lists|estimated|estimates|"
                         r"placed|places)\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,2}?(dead|wounded|injured)\s+(?:at|as)\s+"
                         r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|as\s+many\s+as)\s+)?$",
                         re.IGNORECASE)
_TOLL = re.compile(r"\b((?<=put the )(?:dead|wounded|injured)|(?<=puts the )(?:dead|wounded|injured)|"
                   # "put the dead at two and the wounded at five": the second group, its own level
                   r"(?<=\band the )(?:dead|wounded|injured|missing)(?=\s+at\s)|death toll|toll|number of (?:dead|deaths|victims|fatalities|drowned)|"
                   # "Fatalities stand at 12", "deaths have risen to nine": the count itself, then its level
                   r"(?:fatalities|deaths|injuries)(?=\s+(?:now\s+)?(?:stands?|stood|ha(?:ve|s|d)\s+(?:risen|reached|climbed)|rose|reached|climbed|total(?:led)?)\s)|"
                   # "The dead remain two", "the wounded now number eleven": the group itself, then its count
                   r"(?<=\b(?i:the) )(?:dead|wounded|injured|missing)(?=(?:\s+now)?\s+(?:remain|number|total)\s+$)|"
                   # "the number of liquidated violators has reached four": a participle before people (checked)
                   r"number of (?:killed|liquidated|eliminated|neutrali[sz]ed|slain)(?=\s+[\w-]+)|number of (?:injured|wounded)|"
                   r"number of (?:(?:people|persons|those)\s+)?(?:missing|detainees|detained|arrested|arrests)|"
                   # "the number of Tajik servicemen killed to two", "number of guards killed in paragraph 1 to one":
                   # one or two words of people, then the participle (checked for a person noun below)
                   r"number of (?:[\w-]+\s+){1,2}(?:killed|wounded|injured|detained|arrested)(?=\s)|"
                   # "estimates of civilian deaths reached 20": an estimate or count of the deaths or injuries
                   r"(?:estimates?|counts?|tall(?:y|ies)) of (?:[\w-]+ )?(?:deaths|fatalities|injuries))"
                   r"(?:\s+(?!number\b|toll\b|(?:dead|wounded|injured|missing)\s+at\s)[\"“]?[\w'’-]+){0,7}?\s+(?:to|at|of|(?:is|was)(?:\s+now)?|stands at|reached|rose to|hits?|from|remain|number|total|(?<=toll )now)\s+"
                   # "had reached "more than a hundred"": a quote or qualifier before the figure
                   r"[\"“]?(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|between)\s+)?$",
                   re.IGNORECASE)
#: A figure opening a bullet line ("- 11: civilians hurt …", "• 4: guards killed …") and what it counts.
_BULLET_LEAD = re.compile(r"[ \t]*(?:[-–—*•·][ \t]*)?")
_COLON_WORDS = tuple(re.compile(r":[ \t]+((?:[\w’'-]+[ \t]+){" + str(n) + r"}[\w’'-]+)[ \t]+") for n in range(3))


def _colon_count(text: str, at: int, s_end: int, lex) -> tuple[list[str], re.Match] | None:
    """(words, term) for ": civilians hurt …" at ``at``: one to three words ending in a person noun, then a
    passive casualty term."""
    for n in range(3):  # (three words at most: the shortest noun group before a term)
        m = _COLON_WORDS[n].match(text, at, s_end)
        if not m or m.group(1).split()[-1].lower() not in lex.person_nouns:
            continue
        term = lex.casualty_re.match(text, m.end(), s_end)
        low = term.group(0).lower() if term else ""
        if term and lex.casualty_voice.get(low) == "passive" and low not in _ZERO_ONLY and low not in _LEFT_ONLY:
            return m.group(1).split(), term
    return None


#: "taken away by ambulance / to hospital": carried off for care, not arrested.
_BY_AMBULANCE = re.compile(r"\s+(?:by\s+(?:an?\s+)?ambulances?|to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?))\b",
                           re.IGNORECASE)
_PEOPLE_PARTICIPLE = re.compile(r"number of (?:[\w-]+\s+){1,2}(?:killed|wounded|injured|detained|arrested)", re.IGNORECASE)
#: "rose to three from two", "to one from two": the figure a revision replaced, right after the new one.
_TO_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:(?:previous|earlier|initial|original|first|reported)\s+)?$", re.IGNORECASE)
_TO_FIGURE = re.compile(r"\b(?:to|at)\s+(?:(?:at least|more than|over|about|around|nearly|almost)\s+)?[\w-]+$", re.IGNORECASE)
#: (Every alternative starts at a word boundary with one of the letters in the look-ahead: checking that first
#: lets the engine skip most positions instead of trying thirty alternatives at each; same matches.)
_ZERO = re.compile(r"\b(?=[nwlersfzkihdamv])(?:\bno (?:one was (?:killed|hurt|injured|wounded)|(?:[\w-]+ ){0,3}(?:were|was|is|are) (?:killed|hurt|injured|wounded|harmed|"
                   # "no children were among the dead"
                   r"among (?:the|those) (?:dead|killed|wounded|injured|casualties))"
                   r"(?: or (?:injured|wounded|hurt))?|"
                   r"(?:[\w-]+ ){0,2}(?:had |have |has )?(?:died|been killed)|"
                   # "no one had been injured", "no guards have been hurt"
                   r"(?:[\w-]+ ){0,2}(?:had|have|has) been (?:hurt|injured|wounded)|"
                   # "there was no loss of life", "suffered no losses"
                   r"loss of life|losses|"
                   # "no casualties", "no civilian casualties" ("no one" alone is no count: "no one has been charged")
                   r"(?:[a-z-]+ )?(?:casualties|deaths|fatalities|injuries|arrests|detentions)(?: or (?:casualties|deaths|fatalities|injuries))?|"
                   r"people were (?:killed|hurt|injured))\b|\bnobody (?:was|is|had been|has been) (?:killed|hurt|injured|wounded)\b|"
                   # "exchanged fire, with no one hurt": the absolute phrase of a zero
                   r"\bwith (?:no one|nobody) (?:killed|hurt|injured|wounded)\b|"
                   # "Nobody died", "the blast left no one dead"
                   r"\bnobody (?:had |has |have )?(?:died|perished)\b|\b(?:left|leaving) (?:no one|nobody) (?:dead|injured|hurt|wounded)\b|"
                   # "no one in the village was hurt": a place or group phrase between subject and verb
                   r"\b(?:no one|nobody) (?:in|on|at|among|from|of|inside|aboard) (?:[\w-]+ ){1,4}?"
                   r"(?:is|was|were|has been|had been|got) (?:killed|hurt|injured|wounded|detained|arrested)\b|"
                   # "no residents of Kevron were injured": a plural subject with its place
                   r"\bno [a-z-]+s (?:of|from|in) (?:the )?(?-i:[A-Z])[\w’'-]+ (?:were|had been|have been) "
                   r"(?:killed|hurt|injured|wounded|harmed)\b|"
                   # "no residents of nearby villages were hurt": the same with a common-noun place
                   r"\bno [a-z-]+s (?:of|from|in) (?:the )?(?:[a-z-]+ ){1,2}?[a-z-]+s (?:were|had been|have been) "
                   r"(?:killed|hurt|injured|wounded|harmed)\b|"
                   # "There are no reports of U.S. citizens injured", "their statement mentions no wounded"
                   r"\bno reports? of (?:[\w.-]+ ){1,3}?(?:killed|hurt|injured|wounded|harmed|dead)\b|"
                   r"\b(?:mentions?|mentioned|lists?|listed) no (?:wounded|injured|dead|deaths|casualties|injuries)\b|"
                   # "None of the guards was hurt": the same zero with a partitive subject
                   r"\bnone of (?:the |them |those |our |its |their |his |her |my )?(?:own )?(?:[\w-]+ ){0,2}(?:(?:were|was|had been|has been|have been) "
                   r"(?:killed|hurt|injured|wounded|harmed|detained|arrested)|died|perished)\b|"
                   # "nobody was hit": a shooting that hit no one
                   r"\b(?:nobody|no one) (?:was|had been|has been|got) hit\b|"
                   # "not a single one of our men was wounded", "not a single soldier was killed"
                   r"\bnot a single (?:one )?(?:of (?:the |them |those |our |its |their )?)?(?:[\w-]+ ){0,2}"
                   r"(?:were|was|had been|has been) (?:killed|hurt|injured|wounded|harmed)\b|"
                   # "the driver escaped unharmed", "all five were unhurt", "returned home unharmed", "survived unhurt"
                   r"\b(?:escaped|emerged|were|was|remained|survived|returned|released|freed|rescued|found|"
                   r"evacuated)\s+(?:(?:home|back|safely|alive)\s+)?(?:alive\s+and\s+)?(?:unharmed|unhurt|uninjured|unscathed)\b|"
                   # "No one was arrested", "nobody is missing", "no suspects were detained"
                   r"\b(?:(?:no one|nobody)[\"”’']? |no (?:[\w-]+ ){1,2}?)(?:was|is|were|are|has been|had been|have been) "
                   r"(?:(?:reported|listed) )?(?:arrested|detained|missing|unaccounted for|taken into custody)\b|"
                   # "no civilian lost his life", "no Tajik has lost his life": a zero told by the life lost
                   r"\bno (?:one|[\w-]+(?: [\w-]+)?) (?:else )?(?:has |had |have )?lost (?:his|her|their) li(?:fe|ves)\b|"
                   # "no wounded had been brought in", "no injured were admitted": a hospital's zero
                   r"\bno (?:wounded|injured)(?: [\w-]+)? (?:were|was|had been|have been|has been) "
                   r"(?:brought|admitted|taken|delivered|treated)\b|"
                   # "Zero casualties", "without loss of life"
                   r"\bzero (?:[a-z-]+ )?(?:casualties|deaths|fatalities|injuries)\b|"
                   r"\bwithout (?:any )?loss of life\b|"
                   # "was attacked, without casualties", "ended without casualties" (not "incidents without casualties")
                   r"(?:(?<=, )|(?<=ed ))without (?:any )?casualties\b|"
                   # "the operation killed no civilians", "injured no one" (not "killed no fewer than six")
                   r"\b(?:killed|injured|wounded|hurt|detained|arrested) no (?!fewer|more|less|longer|further|other)[\w-]+\b|"
                   # "two were injured and none killed", "none were arrested"
                   r"\bnone (?:(?:were|was|had been|have been|has been) )?(?:killed|hurt|injured|wounded|harmed|arrested|"
                   r"detained|missing)\b|"
                   # "Neither of the two guards was hurt", "neither driver was injured"
                   r"\bneither (?:of (?:the |them |those |our |its |their )?)?(?:[\w-]+ ){0,3}?(?:was|were|is|had been|has been) "
                   r"(?:killed|hurt|injured|wounded|harmed)\b|"
                   # "Nobody else was hurt", "no one else was killed"
                   r"\b(?:nobody|no one) else (?:was|were|is|had been|has been|got) (?:killed|hurt|injured|wounded|harmed)\b|"
                   # "had not detained anyone", "detained nobody", "Nobody was captured"
                   r"\b(?:had|has|have|did) not (?:detained|arrested|detain|arrest) (?:anyone|anybody)\b|"
                   r"\b(?:detained|arrested) nobody\b|\b(?:nobody|no one) (?:was|were|had been|has been) captured\b|"
                   # "None needed treatment", "there were no reports of casualties"
                   r"\bnone (?:needed|required|received|sought) (?:medical |hospital )?treatment\b|"
                   r"\bno reports? of (?:any )?(?:casualties|deaths|injuries)\b|"
                   # "Not one of the 62 people aboard was hurt": the partitive zero with a longer subject
                   r"\bnot one (?:of (?:the |them |those |our |its |their )?(?:[\w,-]+ ){0,6}?)?(?:were|was|had been|has been) "
                   r"(?:killed|hurt|injured|wounded|harmed|detained|arrested)\b|"
                   # "police detained none of them"; "Dead: none", "victims – none" in a bulletin
                   r"\b(?:killed|injured|wounded|hurt|detained|arrested) none\b(?! other)|"
                   # "it lost no personnel last year"
                   r"\blost no (?:one|personnel|servicemen|soldiers|troops|men|fighters|guards|people)\b|"
                   r"\b(?:killed|dead|deaths|deceased|fatalities|victims|injured|wounded|missing|detained|arrested)"
                   r"(?:\s*:|\s[–—-])\s*none\b)"
                   # "No one was killed or injured", "None of the men were killed or hurt": both kinds
                   r"(?: or (?:injured|wounded|hurt)\b)?", re.IGNORECASE)
#: A zero told by its subject and a passive casualty verb, with what may stand between them in one clause:
#: "None of the residents of Dahana was injured", "No one among the personnel of the operational group was
#: injured", "Nobody else in the village was killed", "No U.S. citizens were reported hurt", "None of the
#: detained journalists was physically harmed". The place or group chain after the subject admits no verb,
#: relative pronoun or clause break, so "No one knows how many were killed" and "None of the reports said
#: civilians were killed" stay no zero. (The fixed shapes in _ZERO stop at a few words each.)
_ZERO_CHAIN = r"(?:(?!(?:who|whom|whose|that|which|was|were|is|are|has|had|have|said|says|say|knows?|and|but)\b)[\w.’'-]+ )"
_ZERO_ADVERB = (r"(?:(?:reported(?:ly)?|said to have been|believed to have been|known to have been|physically|seriously|"
                r"badly|actually|even|ever|either) )")
_ZERO_CLAUSE = re.compile(
    r"\b(?:(?:no one|nobody|none)(?: else)? (?:(?:of|in|on|at|among|from|inside|aboard|within) " + _ZERO_CHAIN + r"{1,7}?)?"
    r"(?:was|were|is|are|has been|had been|have been|got) "
    + _ZERO_ADVERB + r"{0,2}"
    # "No U.S. citizens were reported hurt": a plural subject whose verb carries an adverb the fixed shapes lack
    r"|no (?:[\w.’'-]+ ){1,3}?(?:was|were|is|are|has been|had been|have been) " + _ZERO_ADVERB + r"{1,2})"
    r"(?:killed|hurt|injured|wounded|harmed)\b"
    # "two dead, ten in custody, and no one hurt": the verbless zero closing a list
    r"|(?:(?<=and )|(?<=, ))(?:no one|nobody) (?:else )?(?:hurt|injured|wounded|killed|dead)\b", re.IGNORECASE)
#: Left verbs that count only people after them: "caught 3 trespassers", not "caught 40 kg of heroin".
#: "took two prisoners": a verb of taking before a count of captives.
_TOOK = re.compile(r"\b((?:took|take|takes|taking|taken))\s+(?:a\s+total\s+of\s+)?"
                   r"(?:(?:at least|more than|over|about|around|nearly|some|another)\s+)?$",
                   re.IGNORECASE)
_FOR_ILLNESS = re.compile(r"\s+for\s+(?!(?:burns|cuts|wounds|injuries|gunshot|bullet|shrapnel|smoke|fractures|bruises|head|"
                          r"minor|serious|severe|multiple|stab|blast|shock|trauma)\b)", re.IGNORECASE)
_CAPTIVES = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"})
_LEFT_PEOPLE = (*_LEFT_ONLY, "caught", "catching", "holding", "away", "custody")
#: A unit right after a number: "A 2-kg bomb", "250 kg of hashish", "14 tonnes of flour" count no people.
_UNIT_AFTER = re.compile(r"[ \t]?-?[ \t]?(?:kg|kilos?|kilograms?|grams?|g|tonnes?|tons?|litres?|liters?|mm|cm|km|"
                         r"kilometres?|kilometers?|metres?|meters?|m|ha|hectares?|lb|pounds)\b", re.IGNORECASE)


#: "The wounded — three border guards — were flown out": the count renamed between two dashes.
#: The close of a comma aside naming the parts of a group: "… and two women, were in a stable condition".
_COMMA_CLOSE = re.compile(r"[^,;:.()]{0,60}?(,)\s*(?:were|was|are|is|have|has|had|remain|remained)\b", re.IGNORECASE)
_DASH_CLOSE = re.compile(r"(?:\s+[\w’'-]+){1,4}\s+[—–-]\s", re.IGNORECASE)
_IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told)\b", re.IGNORECASE)
#: "Of the 14 injured, three are …": a figure right after "Of the N <term>," is a sub-group of it.
_RELEASED = re.compile(r"(?:\s+(?:of\s+them|[\w-]+))?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                       r"(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:released|freed|let\s+go|deported|expelled|"
                       r"repatriated|extradited)\b", re.IGNORECASE)
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|those|these)\s+$", re.IGNORECASE)
#: "a dozen or so", "20 or so": an approximate figure.
_OR_SO = re.compile(r"(?:\s+[\w-]+)?\s+or\s+so\b", re.IGNORECASE)
#: "killed or wounded": a combined count of two kinds is neither.
_OR_OTHER_KIND = re.compile(r"\s+or\s+(?:killed|wounded|injured|hurt|dead|missing)\b", re.IGNORECASE)
#: Transitive terms: after "that/which" they are active ("a drone strike that killed 40").
_TRANSITIVE = frozenset({"killed", "wounded", "injured", "kidnapped", "abducted", "detained", "arrested", "captured"})
_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "whose", "these", "those"})
#: "The death toll among border guards from last week's clash has risen to four": a toll verb further away.
#: The end of a phrase that leads to a figure: an optional qualifier ("rose to at least"), then the figure.
_QUALIFIED_END = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|as\s+many\s+as)\s+)?$"
#: "brings", "raising", "took": a running count raised to a figure.
_BRING = r"\b(?:brings?|brought|bringing|raises?|raised|raising|takes|took|taking|pushe[sd]|pushing)\s+"
_KIND_AFTER = re.compile(r"\s+(injured|wounded|hurt|dead|killed|missing|detained)\b", re.IGNORECASE)
_TOLL_RISE = re.compile(r"\b(death toll|toll|number of (?:people |persons |those |(?:border )?(?!still )(?P<who>[\w’'-]+) )?(?:still )?"
                        # "the number of fighters martyred had reached four"
                        r"(?:killed|dead|martyred|injured|wounded|hurt|"
                        # "the number of those hospitalised has risen to 31", "… still missing fell to five"
                        r"hospitali[sz]ed|arrested|detained|missing|unaccounted for))\b[^.;:]{0,120}?\b(?:has|had|have)?\s*"
                        r"(?:(?:(?:would|will)\s+(?:rise|climb|grow|increase)|risen|rose|climbed|grown|jumped|"
                        r"increased|fell|fallen|dropped)\s+to\s+|(?:has\s+|had\s+|have\s+)?reached\s+|"
                        # "the death toll on both banks since the withdrawal now stands at 61": a long gap
                        r"(?:stands|stood|remains|remained)\s+at\s+)" + _QUALIFIED_END, re.IGNORECASE)
#: "We buried three of them": the people a burial counts, told before.
_BURIED_OF = re.compile(r"\s+of\s+(?:them|those|the\s+(?:dead|victims|bodies))\b", re.IGNORECASE)
#: The people named in a :data:`_TOLL_RISE` match ("number of <who> killed"): a person noun, or one of these.
_TOLL_WHO_PEOPLE = frozenset({"mujahideen"})
#: "brings the week's injured to three", "raising the total dead to 9": a running group count raised to a figure.
_BRINGS_TO = re.compile(_BRING + r"(?:the|this|that|our|its|their)\s+(?:[\w-]+['’]s\s+|(?:total|overall)\s+(?:number\s+of\s+)?)?"
                        r"(dead|killed|wounded|injured|missing|detained|arrested)\s+(?:(?:count|tally|total|toll|figure)\s+)?"
                        r"to\s+" + _QUALIFIED_END, re.IGNORECASE)
#: "bringing the number of Mujahideen martyred in the clash to three": the group's running count raised.
_BRINGS_NUMBER_TO = re.compile(_BRING + r"the\s+(?:total\s+)?(number\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:killed|dead|martyred|injured|"
                               # the gap holds no other figure ("… to seven and the number wounded to 10")
                               r"wounded|hurt|missing|detained|arrested))\b(?:(?!\bto\s)[^.;:0-9]){0,80}?\s+to\s+"
                               + _QUALIFIED_END, re.IGNORECASE)
#: Every alternative of :data:`_PUT_NUMBER` holds one of these (a cheap test before it runs on each figure).
_PUT_NUMBER_GATE = ("number", "figure", "tally", "count", "toll", "total", "estimate", "from", "compared", "against")
#: Between the figures of one comparison: "against 11 in 2022 and eight in 2024", "against 6 and 9".
_COMPARED_NEXT = re.compile(r"(?:\s+(?:in|for|during|on)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
                            re.IGNORECASE)


#: "local channels put the number at six": a figure with no kind word of its own restates the previous
#: claim's count ("Four miners were reported dead …; … put the number at six").
_PUT_NUMBER = re.compile(r"(?:\b(?:put|puts|putting|placed|places|gave|gives|set|sets)\s+(?:the|their|its|this|that)\s+"
                         r"(?:number|figure|tally|count|toll)\s+at\s+(?:between\s+)?"
                         # a changed figure: "later raised the figure to seven", "revised the tally down to 4"
                         r"|\b(?:raised|raising|revised|revising|lowered|lowering|increased|increasing|updated|corrected|"
                         r"cut|reduced)\s+(?:the|their|its|this|that)\s+(?:number|figure|tally|count|toll|total)"
                         r"(?:\s+(?:up|down))?\s+to\s+"
                         # the figure a revision replaced: "revising its earlier figure of eight"
                         r"|\b(?:earlier|previous|initial|original)\s+(?:figure|tally|count|toll|estimate)\s+of\s+"
                         # a running total: "bringing the total to 15", "taking the tally to nine"
                         r"|\b(?:bringing|taking|pushing|raising)\s+(?:the|their|its|this)\s+(?:overall\s+|total\s+)?"
                         r"(?:total|tally|toll|count|number)\s+to\s+"
                         # the earlier figure of a change: "7, up from 5", "17 overnight, from 11"
                         r"|(?:\bup|\bdown|,)\s+from\s+"
                         # an elliptical comparison: "19 deaths this year, compared with 11 in 2024", "…, against 6"
                         r"|(?P<cmp>\bcompared\s+(?:with|to)\s+|(?:,|\bas)\s+against\s+)"
                         # a correction: "the correct figure is 6"
                         r"|\b(?:correct|corrected|revised|updated|new|final)\s+(?:figure|number|tally|toll|count|total)"
                         r"\s+(?:is|was|stands\s+at)\s+)$", re.IGNORECASE)
#: "had claimed 17 lives", "cost three lives": a verb of taking before the figure, "lives" right after it.
_LIVES_LEFT = re.compile(r"\b(claim(?:ed|s|ing)?|cost(?:s|ing)?|took|taken|takes|taking)(\s+the\s+lives\s+of)?\s+(?:(?:at least|more than|over|"
                         r"about|around|nearly|almost|some|up to|as many as|another)\s+)?$", re.IGNORECASE)
#: Every :data:`_LIVES_LEFT` match holds one of these (lower case).
_LIVES_GATE = ("claim", "cost", "took", "tak")
_THEIR_LIVES = re.compile(r"\s*(?:their|his|her)\s+lives?\b", re.IGNORECASE)
_LIVES_RIGHT = re.compile(r"\s+(?:(?:more|other|civilian|innocent|young|human)\s+)?li(?:ves|fe)\b", re.IGNORECASE)
#: "The fatalities are a corporal, 23, and a driver, 40": an age between two joined objects.
_OBJECT_JOIN = re.compile(r"(?:\s*,\s*\d{1,2})?,?\s+and\s+(?:(?:his|her|their)\s+)?")
#: "killed two guards, a driver and a boy": a comma between objects of one verb, when the list goes on to
#: a final "and" (the item after the comma is followed by another comma or by "and").
_OBJECT_COMMA = re.compile(r"\s*,\s+(?:(?:his|her|their|my|our)\s+)?")
_NOT_LIST_ITEM = frozenset({"both", "all", "each", "none", "several", "many", "some", "dozens", "scores"})
_SAID_WORDS = frozenset({"said", "says", "told", "tells", "added", "reported", "stated", "confirmed", "claimed", "among", "aged"})
_LIST_GOES_ON = re.compile(r"\s+and\s+|\s*,\s+(?:and\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|"
                           r"his|her|their|my|our)\s", re.IGNORECASE)
#: A left verb's noun phrase ("the bodies of", "the arrest of"): its object, joined with "and", is one subject
#: whose own verb ("… and two civilians were returned") is not a second clause.
_NOUN_OF = re.compile(r"(?:the\s+)?(?:deaths?|killings?|murders?|bod(?:y|ies)|detentions?|arrests?)\s", re.IGNORECASE)
_AND_TAIL = ("and ", "and his ", "and her ", "and their ", "And ")
#: "killed the driver and two passengers", "the bodies of the boatman and his three passengers": a definite
#: first object (a person noun, no count), then the joined figure the same verb governs.
_DEFINITE_OBJECT = re.compile(r"\b(?:the|this|that)\s+((?:[\w’'-]+\s+){0,2}([\w’'-]+))\s+and\s+(?:(?:his|her|their)\s+)?$",
                              re.IGNORECASE)
_DEFINITE_NOT = frozenset({"left", "ranking", "rest", "other", "others", "same", "two", "three", "four", "five",
                           "both", "all", "remaining"})


def _definite_object(text: str, q: Quantity, s_start: int, lex) -> tuple | None:
    """(kind, end) of a definite person object joined to ``q`` by "and" after a left verb, or None."""
    lo = max(s_start, q.start - 60)
    m = _DEFINITE_OBJECT.search(text, lo, q.start)
    if not m or m.group(2).lower() not in lex.person_nouns \
            or any(w.lower() in _DEFINITE_NOT or w[:1].isdigit() for w in m.group(1).split()):
        return None
    lv = _left_verb(text, max(s_start, m.start() - 40), m.start(1)) or _left_verb(text, max(s_start, m.start() - 40),
                                                                                 m.start())
    if not lv or lv.group(1).lower() in _CARE_VERBS or lv.group(1).lower().endswith(_LEFT_PEOPLE) \
            or lv.group(1)[:5].lower() in ("where", "fate ") \
            or _MODAL.search(text, max(s_start, lv.start(1) - 40), lv.start(1)):
        return None
    if _NOUN_OF.match(lv.group(1)):
        return (_left_kind(lv.group(1)), m.end(1), True)
    return (_left_kind(lv.group(1)), m.end(1))


#: "killed two on Monday and a further two on Tuesday": a figure after "and another / a further" whose verb is
#: the previous claim's, elided; a time or place may follow, then the clause ends.
_FURTHER_TAIL = ("another ", "further ", "Another ", "Further ")
_FURTHER_GAP = re.compile(r"(?:\s+(?:on|in|at|near|during|last|this|from|by)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s*,?\s+and\s+"
                          r"(?:another|a\s+further|further)\s+", re.IGNORECASE)
#: "two farmers were wounded on Monday, and a third villager the next day": the verb elided before an ordinal.
#: (or a comma alone, in a list of deaths: "Three died at the scene, a fourth in hospital that evening").
_ORDINAL_GAP = re.compile(r"[^.;:()]{0,80}?(?:,?\s+and\s+|,\s+)", re.IGNORECASE)
#: After the elided ordinal's noun: its clause ends, at most after a time ("the next day"), not "in hospital".
_ORDINAL_END = re.compile(r"(?:\s+(?:on|during|later|overnight|the\s+next|the\s+following|a\s+day\s+later|last|this)\b"
                          r"[^,;:.()]{0,40}?)?\s*(?:[.;,!?)]|$)", re.IGNORECASE)
#: After a bare ordinal that follows a death ("and a third in hospital in Khorugh on Friday"): where it died, then the end.
_ORDINAL_DIED_IN = re.compile(r"\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:hospital|clinic)\b[^,;:.()]{0,50}?\s*(?:[.;,!?)]|$)",
                              re.IGNORECASE)
_FURTHER_END = re.compile(r"(?:\s+(?:on|in|at|near|during|last|this|overnight|later|the\s+next|the\s+following)\b"
                          r"[^,;:.()]{0,40}?)?\s*(?:[.;,!?)]|$|\s+(?:in\s+connection|according|after|over|and)\b)",
                          re.IGNORECASE)
_FURTHER_NOT = frozenset({"were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "may", "might",
                          "remain", "remained", "remains"})


def _further(text: str, q: Quantity, prev: Casualty, nxt: int, lex) -> int | None:
    """End of an elided figure "and another three (men) (on Wednesday)" after ``prev``, or None."""
    if q.vague or not (_FURTHER_GAP.fullmatch(text, prev.end, q.start)
                       or (_ORDINAL_WORD.fullmatch(q.text) and _ORDINAL_GAP.fullmatch(text, prev.end, q.start))):
        return None
    words, end = _noun_group(text, q.end, nxt)
    if words and (words[0].lower() in _NON_PERSON or words[0].lower() in _FURTHER_NOT):
        return None
    if q.text[:1].lower() == "a":  # "and a third villager (the next day)": the ordinal names its person
        noun = _WORD.match(text, q.end + 1) if text.startswith(" ", q.end) else None
        if prev.kind == "killed" and _ORDINAL_DIED_IN.match(text, q.end):
            return q.end  # "two died at the post and a third in hospital (on Friday)": the verb elided
        if not noun or noun.group(0).lower() not in lex.person_nouns:
            return None
        return noun.end() if _ORDINAL_END.match(text, noun.end()) else None
    if words and words[0].lower() not in lex.person_nouns and not _FURTHER_END.match(text, q.end):
        return None
    end = end if words and words[0].lower() in lex.person_nouns else q.end
    return end if _FURTHER_END.match(text, end) else None


#: After an injured term: an illness, not a wound ("were hospitalised with suspected cholera").
_ILLNESS_AFTER = re.compile(r"(?:\s+(?:in|at)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:with|for|after|from|due\s+to)\s+"
                            r"(?:(?:suspected|acute|severe|a|an|the|their|his|her)\s+)?(?:\w+\s+)?"
                            r"(?:typhoid|cholera|flu|influenza|covid|coronavirus|pneumonia|poisoning|hunger\s+strikes?|"
                            r"heart\s+attacks?|illness|fever|measles|dysentery|malaria|diarrh\w*|hepatitis|tuberculosis|"
                            r"infections?|diseases?|dehydration|exhaustion)\b", re.IGNORECASE)


#: "Four bodies were found, none of them local": a zero part of the group just counted.
_NONE_OF_THEM = re.compile(r",\s*(none)\s+of\s+(?:them|whom)\s+(?!(?:was|were|is|are|had|has|have|\w+ly)\b)[\w-]",
                           re.IGNORECASE)
#: "her son were killed" after "a woman and": a possessive person joined to a figure before a passive term.
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
#: After "and his son": an age between commas, the passive auxiliary and a degree adverb ("and his nephew, 15,
#: was badly injured").
_PASSIVE_NEXT = re.compile(r"(?:\s*,\s*\d{1,2}\s*,)?\s+(?:were|was|is|are|have been|had been|has been)\s+"
                           r"(?:(?:also|later|badly|seriously|fatally|critically|slightly|lightly|severely|gravely|mortally)\s+)?",
                           re.IGNORECASE)
#: Not a claim: a counterfactual modal before the verb ("it could have killed dozens", "would have been
#: killed"). "may/might have been wounded" stays a (hedged) claim, as the evaluation sets annotate it.
_MODAL = re.compile(r"\b(?:could|would)(?:\s+(?:not|easily|also|well))?\s+(?:have\s+)?(?:been\s+)?$",
                    re.IGNORECASE)
_MODALS = frozenset({"could", "would"})
#: A question opened by a modal ("Could a drone like this have killed dozens?") asserts no figure.
_MODAL_QUESTION = re.compile(r"\s*[\"“‘']?(?:could|would|might|can|may|should)\b", re.IGNORECASE)
#: "the father of one of the dead": a person named by the group, not a count of it.
_OF_ONE_OF = re.compile(r"\b(?:of|to|for|with|from)\s+$", re.IGNORECASE)
#: "the dead", "those wounded": a casualty group already counted (shared by the "one of …" patterns).
_THE_GROUP = r"(?:the|those)\s+(?:dead|killed|wounded|injured|victims|missing|detained)"
_ONE_OF_THE = re.compile(rf"\s+of\s+{_THE_GROUP}\b", re.IGNORECASE)
#: "one of the dead was 17": one person of a group already counted, then what he was.
_ONE_DESCRIBED = re.compile(rf"\s+of\s+{_THE_GROUP}\s+(?:was|is)\b"
                            r"(?!\s+(?:later\s+|also\s+|then\s+)?(?:killed|dead|shot|found|pronounced|declared))",
                            re.IGNORECASE)
#: "2 (two) members": an official numeral repeated in words is one figure.
_ONE_OF_APPOSED = re.compile(r"\bone\s+of\s+(?:the|those|these|them|whom)(?:\s+[\w-]+){0,2}\s*,\s*$", re.IGNORECASE)
#: "three guards and one civilian, a lorry driver from Kulob.": that one, described (not a list "one man, a
#: farmer and two teachers", which goes on with "and").
_ONE_APPOSED = re.compile(r"(?<![\w-])(?:one|1)(?:\s+[\w-]+){0,2}\s*,\s*$", re.IGNORECASE)
#: "…, and one more is in hospital": the figure has its own verb, so it is no second object of the first.
_FINITE_IN_GROUP = frozenset({"are", "is", "remain", "remains", "remained", "have", "has", "had"})
_MORE_OWN_VERB = re.compile(r"\s+(?:more|others?)\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(a|an)\s+(?=[\"“]?([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?)", re.IGNORECASE)  # 'an "armed violator"'
_AGE = re.compile("|".join(_AGE_ALTS), re.IGNORECASE)  # the look-ahead on "boy|girl|…" only skips positions


#: "killing two children and injuring their mother": a possessive before one person noun after a
#: casualty verb counts that one person (checked only after "his/her/their" and a left verb).
#: "killed a grandmother and her granddaughter": one object, then a possessive person joined to it.
_VERB_ONE_AND = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot dead|detained|arrested)\s+"
                           r"(?:a|an|one)\s+(?:[\w-]+\s+){1,2}and\s+$", re.IGNORECASE)
#: "the driver", "The customs officer", "the bride's father": a definite singular person (checked as a subject).
_DEFINITE_ONE = re.compile(r"\b(?i:the)\s+([\w-]+)(?:['’]s)?(?:\s+([\w-]+)(?:['’]s)?)?(?:\s+([\w-]+))?")
_POSSESSIVE_ONE = re.compile(r"\b(?:his|her|their|my|our)\s+(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old\s+)?([\w-]+)\b",
                             re.IGNORECASE)  # "his son", "her six-year-old son"
#: "My brother and my cousin were killed": the first of two possessive persons sharing one passive verb.
_POSS_PAIR = re.compile(r"\s+and\s+(?:his|her|their|my|our)\s+([\w-]+)(?:\s+(?:were|have been|had been))\s+",
                        re.IGNORECASE)


#: "a third was detained", "the body of a fourth": an ordinal after "a/an" counts one more person.
_ORDINAL = re.compile(r"\b(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
                      # "the fate of the third man is unknown": the next person of a count, still sought
                      r"(?<=\bfate of )the\s+(?:second|third|fourth|fifth|sixth|other)\b|"
                      # "the third of its men to die", "the fourth guard to be killed": one more death
                      r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=(?:\s+of\s+(?:its|their|the|"
                      r"his|her|our)\s+[\w'’-]+(?:\s+[\w-]+)?|\s+[\w-]+)?\s+to\s+(?:die|be\s+killed)\b)|"
                      # "One guard was wounded, the second received a shrapnel wound": the next person of a count
                      # "…, one of them wounded; the third remains missing"
                      r"(?<=[,;.!?] )the\s+(?:second|third|fourth|fifth|other)(?=\s+(?:was|were|had|received|suffered|sustained|"
                      r"died|drowned|perished|remains|remained|is\s+still|was\s+still)\b"
                      # "…; the second, Private K., 19, was buried": the next person renamed between commas
                      r"|(?:\s*,[^,;:.()]{1,40}){1,2},\s+(?:was|were|had|received|suffered|sustained|died)\b)", re.IGNORECASE)
#: "The second body was recovered", "the third man died in hospital", "second body found", "(Adds third
#: death)": one more body, death or person (a bare ordinal only before "body"/"death": checked where read).
#: Run only on sentences holding an ordinal word (:data:`_ORDINAL_WORDS`).
_ORDINAL_MORE = re.compile(
    r"\b(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)(?=\s+(?:body|corpse|death|fatality|victim|man|woman|boy|girl|person|fisherman|shepherd|"
    r"herder|guard|soldier|serviceman|passenger|worker|villager|civilian)\b"
    # (not "the second body scanner", nor "the third body was that of a smuggler": one already told)
    r"(?!\s+(?:scanners?|armou?r|cameras?|searche?s?|counts?|bags?|parts?|of\s+(?:water|work|evidence|"
    r"the\s+(?:report|text|law))|(?:was|is)\s+(?:that|those)\s+of)\b))", re.IGNORECASE)
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: A headline's bare ordinal before a person: "Second herder dies", "* Fourth attacker's body found": at the
#: start of a sentence or of a headline segment (after ":", "*", "|", a dash or a bullet), where a headline
#: drops the article. The person noun is checked against the lexicon where read.
_ORDINAL_HEAD = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+([\w-]+?)(?:['’]s)?\b",
                           re.IGNORECASE)
_HEAD_MARKS = frozenset(":*|•·—–-")
#: An item of a tally line after a first "killed 3" item: "· missing 2", ", missing 2", "| dead 4".
_TALLY_ITEM = re.compile(r"(?:[·•|,;]|\band)\s*(missing|dead|wounded|injured|hurt)\s+$", re.IGNORECASE)
_TALLY_WORDS = frozenset({"missing", "dead", "wounded", "injured", "hurt"})
_TALLY_LEAD = frozenset({"killed", "dead", "wounded", "injured", "hurt", "detained", "arrested", "missing"})
#: "Both were wounded", "Both had been taken to hospital": two people, as the subject of a passive.
_BOTH = re.compile(r"(?<![\w-])both(?=\s+(?:were|had been|have been|are)(?:\s+(?:now|still))?(?:\s+being)?\s)", re.IGNORECASE)
#: A death told of one already counted as hurt: "died", "succumbed", "passed away", and the idioms "lost his
#: fight for life", "lost her life". One alternation, so every wounded-then-died reading knows the same verbs.
_DIED = (r"(?:died|dies|succumbed|succumbs|passed\s+away|passes\s+away|"
         r"lost\s+(?:his|her|their)\s+(?:(?:fight|battle|struggle)\s+for\s+(?:life|survival)|lives?))")
#: "One of the injured, a woman of 38, died in hospital": the part of the group that died (the apposition
#: describes it, it is no count of its own).
_ONE_OF_INJURED_DIED = re.compile(r"\s+of\s+(?:the|those)\s+(?:injured|wounded)\s*,[^,;:.()]{1,60},\s*"
                                  r"(?:(?:later|subsequently|also|then)\s+)?"
                                  # "is reported to have succumbed", "was said to have died"
                                  r"(?:(?:is|was|are|were)\s+(?:reported|said|believed|understood)\s+to\s+have\s+)?"
                                  rf"{_DIED}\b", re.IGNORECASE)
#: "one of the injured guards died during surgery", "One of the two wounded guards dies in hospital": the part
#: of the wounded (told before, or counted inside the phrase) that died. After "the" the inner count is the group
#: referred to; without it ("One of three wounded guards dies") it is a count of the wounded in its own right.
_PART_OF_INJURED_DIED = re.compile(r"\s+of\s+(?:(?P<the>the|those)\s+)?(?:(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                                   r"(?:injured|wounded)(?:\s+(?!(?:and|or|but|who|were|was|had|have|has)\b)[\w’'-]+){0,2}?"
                                   r"\s+(?:(?:later|subsequently|also|then|has|have|had)\s+)?"
                                   rf"{_DIED}\b", re.IGNORECASE)
#: "a fisherman who had been missing, was found drowned": one missing, then found dead, is a death.
_FOUND_DEAD_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+)?"
                               r"found\s+(?:dead|drowned)\b", re.IGNORECASE)
#: "1 (one) was detained with a gunshot wound": a detainee who is also a casualty.
_WITH_WOUND = re.compile(r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:gunshot|shrapnel|bullet|stab)\s+wounds?\b|"
                         r"\s+with\s+(?:(?:serious|severe|light|minor)\s+)?(?:injuries|wounds)\b", re.IGNORECASE)
#: "six died last year, not the three …", "recorded four drownings in the river villages over the past year, not
#: three": up to eight words of place or time (no clause word) between the claim and ", not".
_NOT_N = re.compile(r"(?:\s+(?!not\b|but\b|and\b|while\b|who\b|which\b)[\w’'-]+){0,8}?"
                    r"\s*,\s*(?:(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:said|says|added|stated|reported)\s*,\s*)?"
                    r"(?:and\s+)?not\s+(?:the\s+)?|"
                    # "the figure is 17, against 12 in 2023": the figure it is compared with
                    r"\s*,\s*(?:against|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+", re.IGNORECASE)
_IN_YEAR = re.compile(r"\s+(?:in|for|during)\s+(?:19|20)\d\d\b")
_OF_THEM_ANY = re.compile(r"\s+of\b", re.IGNORECASE)


def _not_n(text: str, prev_end: int, start: int, lex) -> bool:
    """True for ", not" between a claim and a bare figure it rejects, also after the claim's person noun
    ("admitted four wounded people, not three")."""
    if _NOT_N.fullmatch(text, prev_end, start):
        return True
    words, end = _noun_group(text, prev_end, start)
    return bool(words) and len(words) <= 3 and words[-1].lower() in lex.person_nouns \
        and _NOT_N.fullmatch(text, end, start) is not None
#: A sentence opening on the group it breaks down: "Of the dead, four were …".
_OF_GROUP_OPENING = re.compile(r"[\W]{0,3}of\s+(?:the|those)\s+(dead|killed|wounded|injured|missing|detained)\s*,\s*",
                               re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s+(?:were|was|are|is)\s", re.IGNORECASE)
_OF_GROUP_APPOSED = re.compile(rf"\bof\s+{_THE_GROUP}\s*,\s*$", re.IGNORECASE)
#: ", as was an adult relative": another person with the same casualty as the claim before.
_AS_WAS = re.compile(r"\s*,\s*as\s+(?:was|were)\s+", re.IGNORECASE)
#: "(3 children, 1 adult)", "among them two officers and a girl": the next item of a sub-group list.
_LIST_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_LATER_DIED = re.compile(r"(?:\s{1,5}(?:later|subsequently|also|have|has|had|since)){0,3}\s{1,5}" + _DIED + r"\b",
                         re.IGNORECASE)
#: "two were wounded and detained": the wounded were also taken.
_AND_DETAINED = re.compile(r"\s{1,5}and(?:\s{1,5}(?:later|subsequently|then))?\s{1,5}(?:detained|captured|arrested|apprehended|"
                           r"taken\s+prisoner|taken\s+captive)\b", re.IGNORECASE)
#: "one of them was wounded and later died": a death after the wound.
_AND_DIED = re.compile(r"\s{1,5}and(?:\s{1,5}(?:later|subsequently|then))?\s{1,5}" + _DIED + r"\b",
                       re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"\s+[\w-]+['’]s\b")
#: "one worker, a citizen of …": the "a" renames the counted person, it is not a second one.
_APPOSED = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?,\s*")
_APPOSED_A = re.compile(r"(?:\s+[\w-]+){1,4},\s*")  # "A taxi driver from Kulob, a father of two, was …"
#: "one - a fighter hit in the chest - passed away": a figure renamed between two dashes.
_DASH_APPOSITION = re.compile(r"\s[-–—]\s[^-–—.;:()]{1,60}?\s[-–—]\s")
_DASH_OPEN = re.compile(r"\s[-–—]\s")
#: Where a figure's clause ends (its casualty term is looked for before it).
_CLAUSE_BREAK = re.compile(r"[;:(]|\s[–—-]\s|,\s+(?:but|while|whereas)\b")
MAX_GAP_WORDS = 10
CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


#: A year after a preposition is not a count: "a citizen born in 1987, was killed", "since 2021".
_YEAR = re.compile(r"\b(?:in|since|of|from|until|by|during|year)\s+((?:1[89]|20)\d\d)\b(?![.,]\d)", re.IGNORECASE)


#: Terms that also stand before a noun: "46 dead yaks", "two wounded horses".
#: "is believed to have drowned", "thought drowned": a drowning assumed, the person not found (missing).
_NOT_FOUND = re.compile(r"\b(?:not\s+(?:yet\s+)?been\s+(?:found|recovered)|never\s+(?:been\s+)?(?:found|recovered)|"
                        r"search|missing)", re.IGNORECASE)
_HEDGED = frozenset({"believed", "thought", "feared", "presumed", "assumed", "likely"})
_ADJ_TERMS = frozenset({"dead", "injured", "wounded", "drowned", "missing"})
_ONE_WORDS = frozenset({"one", "One", "ONE"})
_RATIO_PREV = frozenset({" in ", " of ", "ATE "})  # cheap pre-checks of _no_count's three cases


def find_casualties(text: str, s_start: int, s_end: int, masked: list[tuple[int, int]], *,
                    look_back: bool = True) -> list[Casualty]:
    """Casualty claims in one sentence ``text[s_start:s_end]``; ``masked`` spans (dates, distances) are skipped.
    With ``look_back``, a sentence with no claim of its own that restates a figure ("The troops' figure is
    one.") reads its kind from the previous sentence of its paragraph."""
    lex = lexicon()
    out: list[Casualty] = []
    low = text[s_start:s_end].lower()  # the sentence lower-cased, for the cheap gates below
    if _MODAL_QUESTION.match(text, s_start, s_end) and text[s_start:s_end].rstrip().endswith("?"):
        return out
    zeros = list(_ZERO.finditer(text, s_start, s_end))
    if "no" in low:
        zeros += [m for m in _ZERO_CLAUSE.finditer(text, s_start, s_end)
                  if not any(z.start() < m.end() and m.start() < z.end() for z in zeros)]
    masked = masked + [(m.start(), m.end()) for m in zeros]  # "no one was hurt" is not "one … hurt"
    masked += [m.span(1) for m in _YEAR.finditer(text, s_start, s_end)]
    quantities = [q for q in find_numbers(text, s_start, s_end)
                  if not any(a <= q.start < b for a, b in masked)
                  and not (q.text[-1:].isdigit() and _UNIT_AFTER.match(text, q.end, s_end))
                  and not (text.startswith("-", q.end) and _hyphen_thing(text, q.end + 1))]
    # "a"/"an" before a person noun counts one ("a border guard was killed")
    masked = masked + _ages(text, s_start, s_end)
    quantities = [q for q in quantities if not any(a <= q.start < b for a, b in masked)
                  and not ((q.text in _ONE_WORDS or text.startswith(_RATIO_NEXT, q.end)
                            or text[q.start - 4:q.start] in _RATIO_PREV) and _no_count(text, q, s_start))
                  and not _label_number(text, q, s_start)]
    for m in _ARTICLE.finditer(text, s_start, s_end):
        following = [w.lower() for w in m.groups()[1:] if w]
        inside_number = any(q.start <= m.start() < q.end for q in quantities)  # the "a" of "a dozen"
        if following[1:2] == ["of"] and following[0] in _NOT_ONE:
            continue  # "killed a family of four": the figure after "of" counts
        if following[0] in _ORDINAL_WORDS:
            continue  # "the body of a fourth attacker": the ordinal pass counts "a fourth" once
        if text.startswith(", ", m.start() - 2) and _ONE_OF_APPOSED.search(text, max(s_start, m.start() - 50), m.start()):
            continue  # "one of the children, a girl of six, died": the one, described
        if text.startswith(", ", m.start() - 2) and _ONE_APPOSED.search(text, max(s_start, m.start() - 30), m.start()) \
                and " and " not in text[m.end():s_end]:
            continue  # "… and one civilian, a lorry driver from Kulob": the one, described
        if text[max(s_start, m.start() - 9):m.start()].lower().endswith((" of them ", " of whom ")):
            continue  # "three injured, one of them a 12-year-old boy": the one, described
        if text[max(s_start, m.start() - 4):m.start()].rstrip().endswith(("1 (", "1(")):
            continue  # "Missing: 1 (a fisherman)": the one figure, described
        if any(w in lex.person_nouns for w in following) and not inside_number \
                and not any(a <= m.start() < b for a, b in masked):
            quantities.append(_one(m))
    paired: dict[int, tuple[str, int]] = {}  # "My brother and my cousin were killed": the first one's kind
    for m in _POSSESSIVE_ONE.finditer(text, s_start, s_end):
        if _singular_person(m.group(1), lex.person_nouns) and not any(a <= m.start() < b for a, b in masked) \
                and (_left_verb(text, max(s_start, m.start() - 40), m.start())
                     or _VERB_ONE_AND.search(text, max(s_start, m.start() - 50), m.start())
                     or (_AND_BEFORE.search(text, max(s_start, m.start() - 6), m.start())
                         and (((passive := _PASSIVE_NEXT.match(text, m.end(), s_end))
                               and lex.casualty_re.match(text, passive.end(), s_end))
                              or _elliptic_passive(text, m.end(), s_end, lex)))
                     or _possessive_subject(text, m, s_start, s_end, lex)):
            quantities.append(Quantity(m.start(), m.end(), m.group(0), 1.0, 1.0, 1.0))
        elif m.group(0)[:2].lower() in {"my", "ou"} and _singular_person(m.group(1), lex.person_nouns) \
                and (pair := _POSS_PAIR.match(text, m.end(), s_end)) \
                and _singular_person(pair.group(1), lex.person_nouns) \
                and (term := lex.casualty_re.match(text, pair.end(), s_end)) \
                and lex.casualty_voice.get(term.group(0).lower()) == "passive" \
                and term.group(0).lower() not in _ZERO_ONLY and not any(a <= m.start() < b for a, b in masked):
            paired[m.start()] = (lex.casualty_kind[term.group(0).lower()], term.end())
            quantities.append(Quantity(m.start(), m.end(), m.group(0), 1.0, 1.0, 1.0))
    if "the " in low:
        for m in _DEFINITE_ONE.finditer(text, s_start, s_end):  # "the driver was killed": one person
            if any(a <= m.start() < b for a, b in masked) or any(q.start <= m.start() < q.end for q in quantities):
                continue
            for g in range(1, 4):
                if m.group(g) and m.group(g).lower() not in _ONE_WORDS and _singular_person(m.group(g), lex.person_nouns) \
                        and _definite_subject(text, m.start(), m.end(g), s_start, s_end, lex):
                    quantities.append(Quantity(m.start(), m.end(g), text[m.start():m.end(g)], 1.0, 1.0, 1.0))
                    break
    headline = _headline_one(text, s_start, s_end, lex)
    if headline and not any(a <= headline.start < b for a, b in masked):
        quantities.append(headline)
    ordinals = list(_ORDINAL.finditer(text, s_start, s_end))
    if gate(low, _ORDINAL_WORDS):
        for m in _ORDINAL_MORE.finditer(text, s_start, s_end):
            nxt_word = _WORD.match(text, m.end() + 1)
            if not any(o.start() <= m.start() < o.end() for o in ordinals) and (
                    " " in m.group(0) or (nxt_word and nxt_word.group(0).lower() in ("body", "death"))):
                ordinals.append(m)  # "the second man died", "second body found"; not a bare "third son"
    for m in _ORDINAL_HEAD.finditer(text, s_start, s_end):
        if (m.start() == s_start or (text[m.start() - 1] == " " and text[m.start() - 2] in _HEAD_MARKS)) \
                and _singular_person(m.group(2), lex.person_nouns) \
                and not any(o.start() <= m.start() < o.end() or m.start() <= o.start() < m.end() for o in ordinals):
            ordinals.append(m)
    for m in ordinals:
        nxt_word = _WORD.match(text, m.end() + 1) if m.end() < s_end else None
        if not (nxt_word and nxt_word.group(0).lower() in _NON_PERSON) \
                and not any(a <= m.start() < b for a, b in masked):
            quantities.append(Quantity(m.start(), m.end(), m.group(0), 1.0, 1.0, 1.0))
    if "oth" in text[s_start:s_end]:
        for m in _BOTH.finditer(text, s_start, s_end):
            if not any(a <= m.start() < b for a, b in masked):
                quantities.append(Quantity(m.start(), m.end(), m.group(0), 2.0, 2.0, 2.0))
    quantities.sort(key=lambda q: q.start)
    quantities = _merge_paren_numerals(text, quantities)
    quantities = _half_dozen(text, quantities, s_start)
    if text.find(" of ", s_start, s_end) != -1:
        quantities = _group_sizes(text, quantities, s_start, s_end, lex)
    # "another two" → the number, not "another"
    quantities = [q for i, q in enumerate(quantities)
                  if not (q.text.lower() == "another" and i + 1 < len(quantities)
                          and quantities[i + 1].start - q.end <= 1)]
    quantities, range_high = _ranges(text, quantities, s_start)
    quantities = [q for i, q in enumerate(quantities) if not (i and _apposed(text, quantities[i - 1], q))]
    breakdown: tuple[str, int] | tuple[str, int, int] | None = None  # (kind, colon end[, aside end]) of "a death toll of 6: …"
    last_object: tuple[str, int] | None = None  # (kind, end) of the last "killed N …" object
    skip_to = -1  # quantities inside an apposition already read
    wounded_counted: set[int] = set()  # counts of wounded of whom one died, read as wounded
    sub_items: set[int] = set()  # ends of sub-group claims ("including two children")
    for i, q in enumerate(quantities):
        if q.start < skip_to:
            continue
        nxt = quantities[i + 1].start if i + 1 < len(quantities) else s_end
        # the 40/80/160 characters before the number that the left-verb and toll patterns read
        before40 = text[max(s_start, q.start - 40):q.start]
        if not last_object and text.endswith(_AND_TAIL, max(s_start, q.start - 12), q.start):
            last_object = _definite_object(text, q, s_start, lex)  # "killed the driver and two passengers"
        plain = last_object and _OBJECT_JOIN.fullmatch(text, last_object[1], q.start)
        if plain or (last_object and _OBJECT_COMMA.fullmatch(text, last_object[1], q.start)):
            words, end = _noun_group(text, q.end, nxt)  # the words after the figure, read once
            if (plain or (_LIST_GOES_ON.match(text, end) and q.text.lower() not in _NOT_LIST_ITEM
                          and not any(w.lower() in _SAID_WORDS for w in words))) \
                    and (not _OWN_VERB.match(text, end) or (len(last_object) > 2 and _whole_subject(text, end, lex))) \
                    and not _OWN_VERB.match(text, q.end) and not _MORE_OWN_VERB.match(text, q.end) \
                    and not any(w.lower() in _FINITE_IN_GROUP for w in words):
                # "killed one Tajik guard and an Afghan fighter": the verb governs both objects
                # (not "…, and three people remain missing": a clause of its own)
                if words and words[0].lower() in _NON_PERSON:
                    last_object = (last_object[0], max(end, q.end))
                    continue  # "killed a herder and 200 goats": no people
                group, side = _group_and_side(words)
                _, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, q.start, max(end, q.end), last_object[0], qual, group, side))
                last_object = (last_object[0], max(end, q.end))
                continue
        last_object = None
        if q.start in paired:
            out.append(_make(q, q.start, q.end, paired[q.start][0], "exact", None, None))
            continue
        if q.text.lower() == "one" and _ONE_OF_THE.match(text, q.end) \
                and _OF_ONE_OF.search(text, max(s_start, q.start - 8), q.start):
            continue  # "the father of one of the dead": a person of the group, not a count
        if q.value == 1 and q.text.lower() != "a":
            died = _ONE_OF_INJURED_DIED.match(text, q.end, s_end)
            if died:
                out.append(_make(q, q.start, died.end(), "killed", "exact", None, None))
                skip_to = died.end()
                continue
        if q.value and q.text.lower() not in {"a", "an"} and text.startswith(" of ", q.end) \
                and (died := _PART_OF_INJURED_DIED.match(text, q.end, s_end)) and (died["the"] or died["count"]):
            out.append(_make(q, q.start, died.end(), "killed", "exact", None, None))
            if died["the"]:
                skip_to = died.end()  # "one of the two wounded guards": the two were counted before
            else:
                wounded_counted.add(died.start("count"))  # "One of three wounded guards dies": three wounded, one dead
            continue
        if q.text.lower() in {"a", "an"} and _OF_GROUP_APPOSED.search(text, max(s_start, q.start - 40), q.start):
            continue  # "One of the wounded, a conscript of 20, lost his sight": that one, renamed
        if q.text.lower() == "one" and _ONE_DESCRIBED.match(text, q.end):
            continue  # "one of the dead was a teacher": a person of the group described, not a count
        if q.start - s_start < 40 and (of_group := _OF_GROUP_OPENING.match(text, s_start, q.start)) \
                and _COPULA_AFTER.match(text, q.end, s_end):
            # "Of the dead, four were border guards and two were civilians": a breakdown of the group
            kind = _left_kind(of_group.group(1))
            out.append(_make(q, q.start, q.end, kind, "exact", None, None))
            breakdown = (kind, q.end, s_end)
            continue
        low40 = before40.lower()
        if low40.rstrip().endswith(_ESTIMATE_WORDS) and ":" in text[max(s_start, q.start - 80):q.start] \
                and (est := _ESTIMATE.search(text, max(s_start, q.start - 80), q.start)):
            # "Killed: low 4, best 7, high 12": each estimate a claim, its bound read from its word
            out.append(_make(q, q.start, q.end, _left_kind(est.group(1)), _ESTIMATE_QUAL[est.group(2).lower()],
                             None, None))
            continue
        label = _label_before(before40)
        comma = None
        if label and label.re is _NAMED_FIRST and label.group(0).rstrip()[-1:] == ",":
            comma = _COMMA_CLOSE.match(text, q.end, s_end)  # "the wounded, a boy and two women, were …"
        if label and (label.re is _LABEL or _IN_ALL.match(text, q.end) or comma
                      or (label.group(0).rstrip()[-1:] in "—–-" and _DASH_CLOSE.match(text, q.end, s_end))):
            # "Killed: 4 | Injured: 9" / "The wounded, three in all,": the kind is named before the number
            out.append(_make(q, q.start, q.end, _left_kind(label.group(1)),
                             _qualifier(text, q.start, s_start)[1] if label.re is _LABEL else "exact", None, None,
                             range_high.get(q.start)))
            if label.group(0).rstrip()[-1:] in "—–-" and (close := _DASH_OPEN.search(text, q.end, s_end)):
                breakdown = (out[-1].kind, q.end, close.start())  # "The wounded - a lieutenant and two privates -"
            elif comma:
                breakdown = (out[-1].kind, q.end, comma.end(1))
            continue
        lives = _LIVES_LEFT.search(before40) if gate(low40, _LIVES_GATE) else None
        if lives and lives.group(1)[:3].lower() == "cos" and not _LIVES_RIGHT.match(text, q.end, s_end):
            their = _THEIR_LIVES.search(text, q.end, min(s_end, q.end + 60))
            words = _WORD.findall(text, q.end, their.start()) if their else []
            if their and 0 < len(words) <= 4 and words[0].lower() not in _NON_PERSON:
                # "cost at least 17 servicemen their lives"
                group, side = _group_and_side(words)
                _, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, q.start - len(before40) + lives.start(1), their.end(), "killed", qual, group,
                                 side, range_high.get(q.start)))
                continue
        if lives and lives.group(2) and not _non_person_after(text, q.end, nxt):
            words, end = _noun_group(text, q.end, nxt)  # "has taken the lives of more than 100 people"
            group, side = _group_and_side(words)
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, q.start - len(before40) + lives.start(1), max(end, q.end), "killed", qual, group, side,
                             range_high.get(q.start)))
            last_object = ("killed", max(end, q.end))  # "cost the lives of two deminers and a driver"
            continue
        if lives and (lives_word := _LIVES_RIGHT.match(text, q.end, s_end)):
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, q.start - len(before40) + lives.start(1), lives_word.end(), "killed", qual, None, None,
                             range_high.get(q.start)))
            continue
        lv = _left_verb(before40)
        if not lv and out and _last_word(before40) in _TALLY_WORDS and (lead := _WORD.match(text, out[-1].start)) \
                and lead.group(0).lower() in _TALLY_LEAD:
            lv = _TALLY_ITEM.search(before40)  # "killed 3 · injured 8 · missing 2": the next item of a tally
        if not lv and before40.endswith("numbering "):
            before120 = text[max(s_start, q.start - 120):q.start]
            lv = _NUMBERING.search(before120)  # "detained a group of … numbering 5"
            if lv:
                before40 = before120
        if not lv and _INVERTED_HINT.search(before40):
            inv = _INVERTED.search(before40)
            if not inv and q.start - s_start <= 90:  # "Killed in the attack on the … checkpoint were four …"
                inv = _INVERTED.match(text[s_start:q.start])
                if inv:
                    before40 = text[s_start:q.start]
            if inv and (inv.group(0)[:5].lower() in ("among", "the d", "the w", "the i")
                        or q.start - len(before40) + inv.start() == s_start):
                lv = inv  # "Wounded were two soldiers", "Among those detained were 3 citizens"
        sought = None
        if not lv and _last_word(before40) in _SOUGHT_LAST and gate(low40, _SOUGHT_GATE):
            sought = _SOUGHT.search(before40)
            if sought and sought.group(1)[:1].lower() in "sl" and not _SOUGHT_CONTEXT.search(text, s_start, s_end):
                sought = None  # "police are searching for two suspects": a manhunt, not missing people
            lv = sought
        if lv and _MODAL.search(text, max(s_start, q.start - len(before40) + lv.start(1) - 40),
                                q.start - len(before40) + lv.start(1)):
            continue  # "it could have killed dozens": a hypothetical, not a claim
        toll_before = text[max(s_start, q.start - 80):q.start]
        toll = _TOLL.search(toll_before) if gate(toll_before.lower(), _TOLL_GATE) else None
        if not toll and (" as" in toll_before[-4:] or " at" in toll_before[-4:]):
            toll = _COUNTS_THE.search(toll_before)
        if toll and toll.group(1).lower().endswith(_TOLL_PARTICIPLES) and not any(
                w.lower() in lex.person_nouns for w in _WORD.findall(toll_before, toll.end(1), toll.end(1) + 40)[:3]) \
                and not _PEOPLE_PARTICIPLE.fullmatch(toll.group(1)):
            toll = None  # "the number of liquidated companies reached four": no people
        if toll and _PEOPLE_PARTICIPLE.fullmatch(toll.group(1)) and not any(
                w.lower() in lex.person_nouns for w in _WORD.findall(toll.group(1))[2:-1]):
            toll = None  # "the number of trucks detained rose to 9": no people
        if not toll and not lv and out and out[-1].end <= q.start and q.value is not None \
                and _TO_FROM.fullmatch(text, out[-1].end, q.start) \
                and _TO_FIGURE.search(text, max(s_start, out[-1].end - 40), out[-1].end) \
                and not _non_person_after(text, q.end, nxt) and not _KIND_AFTER.match(text, q.end):
            # "the toll … rose to three from two", "revised to one from two": the figure the new one replaced
            out.append(_make(q, q.start, q.end, out[-1].kind, "exact", None, None))
            continue
        if not toll and not lv and out and gate(low40, _PUT_NUMBER_GATE) \
                and (put := _PUT_NUMBER.search(text, max(s_start, q.start - 40), q.start)) \
                and not _non_person_after(text, q.end, nxt) and not _KIND_AFTER.match(text, q.end):
            # (a figure with its own kind word, "compared with 9 killed", is read by that word below)
            if put.group("cmp"):
                skip_to = _compared(text, quantities, i, out, s_end)
                continue
            words, end = _noun_group(text, q.end, nxt)
            group, side = _group_and_side(words)
            out.append(_make(q, q.start, max(end, q.end), out[-1].kind, "exact", group, side, range_high.get(q.start)))
            continue
        if not toll:
            toll_before = text[max(s_start, q.start - 160):q.start]
            low_before = toll_before.lower()
            toll = _TOLL_RISE.search(toll_before) if "toll" in low_before or "number of" in low_before else None
            if toll and (who := toll.group("who")) and who.lower() not in lex.person_nouns \
                    and who.lower() not in _TOLL_WHO_PEOPLE:
                toll = None  # "the number of trucks detained rose to 40": no people
            if not toll and " to " in low_before[-20:]:
                toll = _BRINGS_TO.search(toll_before) or _BRINGS_NUMBER_TO.search(toll_before)  # "This brings the week's injured to three."
        words, end = _noun_group(text, q.end, nxt)
        if toll and not lv and words and words[0].lower() in _NON_PERSON:
            toll = None  # "the toll now two years on": a figure of something else
        if not lv and words and words[0].lower() in _CAPTIVES and (took := _TOOK.search(before40)):
            lv = took  # "We took two prisoners"
        if lv and lv.group(1).lower() in _CARE_VERBS and not (
                _HOSPITAL_CONTEXT.search(text, s_start, s_end)
                and (any(w.lower() in lex.person_nouns for w in words) or (not words and _ELLIPTIC_END.match(text, q.end)))):
            lv = None  # "the hospital treated nine." / "treated 12 people"; not "police treated two men as suspects"
        if lv and lv.group(1).lower() in _CARE_VERBS and _FOR_ILLNESS.search(text, q.end, min(s_end, q.end + 40)):
            lv = None  # "treated 14 patients for flu"
        if lv and lv.group(1)[:5].lower() in ("where", "fate ") and not _UNKNOWN.search(text, q.end, s_end):
            lv = None  # "the whereabouts of two suspects were established": not missing
        if lv and lv.group(1).lower().endswith(_LEFT_PEOPLE) \
                and not any(w.lower() in lex.person_nouns for w in words) \
                and not (lv.group(1).lower().endswith(("buried", "burying", "buries")) and _BURIED_OF.match(text, q.end)):
            lv = None  # "lost three men" is a death toll; "lost two posts" / "buried two mines" are not
        if lv and words and words[0].lower() in _NON_PERSON and not (
                len(words) > 1 and words[1].lower() in lex.person_nouns):
            # "killed two birds with one stone", "wounded three horses": no people ("truck drivers" are); a
            # person joined after it keeps the verb ("killed 3 sheep and two shepherds")
            last_object = (_left_kind(lv.group(1)), max(end, q.end))
            continue
        if not lv and not toll and words and (took := _TOOK.search(before40)) \
                and any(w.lower() in lex.person_nouns for w in words) and _TO_HOSPITAL.match(text, q.end, s_end):
            # "Ambulances took 17 people to hospital"
            _, qual = _qualifier(text, q.start, s_start)
            group, side = _group_and_side(words)
            out.append(_make(q, q.start - len(before40) + took.start(1), max(end, q.end), "injured", qual, group, side,
                             range_high.get(q.start)))
            continue
        if sought and not any(w.lower() in lex.person_nouns for w in words[:3]) \
                and (words or not _ELLIPTIC_END.match(text, q.end)):
            lv = None  # "searching for three days", "yet to find the weapons"
        if lv or toll:
            kind = ("missing" if lv is sought else _left_kind(lv.group(1))) if lv else _toll_kind(toll.group(1))
            if not lv and (named := _KIND_AFTER.match(text, q.end)):
                kind = lex.casualty_kind[named.group(1).lower()]  # "raising the toll from one injured"
            span_start = (q.start - len(before40) + lv.start(1) if lv
                          else q.start - len(toll_before) + toll.start(1))
            group, side = _group_and_side(words)
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, span_start, max(end, q.end), kind, _approx(text, q, qual), group, side,
                             range_high.get(q.start)))
            # "the bodies of three guards and two civilians were returned": the noun's "of" governs both
            last_object = (kind, max(end, q.end), True) if lv and _NOUN_OF.match(lv.group(1)) else (kind, max(end, q.end))
            breakdown = _breakdown_after(text, kind, max(end, q.end), nxt) or breakdown
            continue
        if text.find(" ", q.end, q.end + 1) != -1 and _DASH_OPEN.search(text, q.end, min(s_end, q.end + 40)) \
                and (dash_group := _dash_group(text, q, s_start, s_end, lex)):
            # "Two people — a woman and her son — died": the count and each named part share the verb
            out.extend(dash_group[0])
            skip_to = dash_group[1]
            continue
        if text.find(",", q.end, q.end + 40) != -1 and (comma_group := _dash_group(text, q, s_start, s_end, lex, True)):
            # "Three guards, a sergeant and two privates, were killed": the count and each named part
            out.extend(comma_group[0])
            skip_to = comma_group[1]
            continue
        if text.startswith(":", q.end) and _BULLET_LEAD.fullmatch(text, text.rfind("\n", 0, q.start) + 1, q.start) \
                and (colon := _colon_count(text, q.end, s_end, lex)):
            # "- 11: civilians hurt in Farkhor since January": a newsletter's figure, then what it counts
            words, term = colon
            group, side = _group_and_side(words)
            out.append(_make(q, q.start, term.end(), lex.casualty_kind[term.group(0).lower()], "exact", group, side))
            continue
        window_end = _window_end(text, q, quantities[i + 1:], s_end)
        dashed = _DASH_APPOSITION.match(text, q.end, window_end)  # "one - a fighter hit in the chest - died"
        clause = _CLAUSE_BREAK.search(text, dashed.end() if dashed else q.end, window_end)
        if clause:
            window_end = clause.start()
        if zeros:  # "4 were charged and none was arrested": the zero's verb is not the figure's
            window_end = min([window_end] + [z.start() for z in zeros if q.end <= z.start() < window_end])
        term = lex.casualty_re.search(text, q.end, window_end)
        while term and ((term.group(0).lower() in _LEFT_ONLY  # these only count before their victims (left verb)
                         and not _buried_people(text, q, term, lex.person_nouns))
                        or term.group(0).lower() in _ZERO_ONLY  # "two men escaped unharmed"
                        or text.endswith("number of ", 0, term.start())  # "…, the number of injured – 64": its own figure
                        or (term.group(0).lower().endswith("detention")
                            and _DETENTION_PLACE.match(text, term.end()))  # "escaped from a detention facility"
                        or (term.group(0).lower() in _PEOPLE_ONLY and not _people_words(
                            [w for w in _WORD.findall(text, q.end, term.start())
                             if w.lower() not in _EXTRA_AUX and w.lower() != "who"],  # "defendants, who have been held"
                            lex.person_nouns))  # "two rallies were held"
                        or (term.group(0).lower().startswith(_LIMB_TERMS) and not any(
                            w.lower() in lex.person_nouns for w in _WORD.findall(text, q.end, term.start()))
                            and not (q.text.lower() in {"one", "another"} and _LIMB_VERB.fullmatch(text, q.end,
                                                                                               term.start())))
                        or (term.group(0).lower().endswith(" caught") and _CAUGHT_IN.match(text, term.end()))
                        or (term.group(0).lower() == "being treated" and _TREATED_AS.match(text, term.end()))
                        or ("held" in term.group(0).lower() and _HELD_IDIOM.match(text, term.end()))
                        or (term.group(0).lower() == "being treated" and not _people_words(
                            [w for w in _WORD.findall(text, q.end, term.start()) if w.lower() not in _EXTRA_AUX],
                            lex.person_nouns))  # "lost two fingers and is being treated": the fingers are not treated
                        or (term.group(0).lower() in _HOSPITAL_ONLY and not _brought_in(text, q, term, s_start, s_end,
                                                                                       lex.person_nouns))):
            # ("being treated for gunshot wounds": "treated for …" is a term of its own, read from "treated")
            term = lex.casualty_re.search(text, term.start() + 6 if term.group(0).lower() == "being treated"
                                          else term.end(), window_end)
        if term and " and " in text[q.end:term.start()] \
                and term.group(0).lower() in _TRANSITIVE and _own_object(text, term.end(), quantities[i + 1:]):
            term = None  # "questioned 18 people and detained 6 (of them)": the later verb has its own figure
        if term and text.startswith(" of them", q.end) and _non_person_before(text, q.start, s_start):
            continue  # "Yaks, 30 of them, drowned": a count of animals
        if term and "," in text[q.end:term.start()] and term.group(0).split()[0].lower() not in _PASSIVE_AUX \
                and _comma_subject(text, q.end, term.start(), lex.person_nouns):
            term = None  # "Taliban side dead 6-7, civilians wounded many": the bare plural is the verb's subject
        if term and term.group(0).lower() in _AGENT_VERBS and _AGENT_OBJECT.match(text, term.end()) \
                and (gap_words := _WORD.findall(text, q.end, term.start())) \
                and not any(w.lower() in _AGENT_GAP_STOP for w in gap_words):
            continue  # "A gunman killed a shopkeeper", "Two attackers wounded a guard": the figure is the agent
        if not term:
            extra = _extra_term(text, q, window_end, lex.person_nouns)
            if extra:  # "two more people admitted to the district hospital", "scores were held"
                words, _ = _noun_group(text, q.end, extra[1])
                group, side = _group_and_side(words)
                span_start, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, span_start, extra[1], extra[0], _approx(text, q, qual), group, side,
                                 range_high.get(q.start)))
                continue
        if not term and i + 1 < len(quantities):
            part = _partitive_kind(text, q, quantities[i + 1], s_end)
            if part:  # "Ten of the 13 deaths": a part of the next figure's group
                out.append(_make(q, q.start, q.end, part, "exact", None, None))
                continue
        if not term and out and out[-1].kind == "detained" and _RELEASED.match(text, q.end, s_end):
            continue  # "Of the 19 people detained, 11 were later released": freed, not a count of detainees
        if not term and out and out[-1].end <= q.start and _ALONG_WITH.fullmatch(text, out[-1].end, q.start) \
                and not _non_person_after(text, q.end, nxt):
            # "A commander was killed along with 3 of his bodyguards": the same fate
            words, end = _noun_group(text, q.end, nxt)
            group, side = _group_and_side(words)
            _, qual = _qualifier(text, q.start, s_start)
            out.append(_make(q, q.start, max(end, q.end), out[-1].kind, qual, group, side, range_high.get(q.start)))
            continue
        if not term and out and out[-1].end <= q.start and _OF_THE_BEFORE.search(
                text, max(s_start, out[-1].start - 12), out[-1].start) and _GROUP_COMMA.fullmatch(text, out[-1].end, q.start):
            # "Of the 14 injured, three are in a critical condition"
            out.append(_make(q, q.start, q.end, out[-1].kind, "exact", None, None))
            if _COPULA_AFTER.match(text, q.end, s_end) and not _RELEASED.match(text, q.end, s_end) \
                    and _COPULA_AND.match(text, q.end, s_end):
                breakdown = (out[-1].kind, q.end, s_end)  # "…, four were children and two were women"
            continue
        if not term and out and out[-1].end <= q.start and (text.endswith(_FURTHER_TAIL, max(s_start, q.start - 9), q.start)
                                                            or (q.value == 1 and _ORDINAL_WORD.fullmatch(q.text)
                                                                and (i == 0 or quantities[i - 1].start < out[-1].end
                                                                     or quantities[i - 1].start == q.start))) \
                and (further := _further(text, q, out[-1], nxt, lex)):
            # "arrested five men on Tuesday and another three on Wednesday": the same verb, elided
            out.append(_make(q, q.start, further, out[-1].kind, "exact", None, None))
            continue
        if not term:
            inherited = _inherited_kind(text, q, out, breakdown)
            if not inherited and out and out[-1].end <= q.start and _not_n(text, out[-1].end, q.start, lex) \
                    and not _OF_THEM_ANY.match(text, q.end) and not _non_person_after(text, q.end, nxt):
                # "two fighters were wounded, not 10-12": the figure the correction rejects
                out.append(_make(q, q.start, q.end, out[-1].kind, _approx(text, q, "exact"), None, None,
                                 range_high.get(q.start)))
                continue
            if not inherited and out and out[-1].end <= q.start and _MAYBE_GAP.fullmatch(text, out[-1].end, q.start) \
                    and out[-1].value is not None and q.value is not None and not q.vague \
                    and _ELLIPTIC_END.match(text, q.end) and q.text.lower() not in _ELLIPTIC_NOT:
                # "three guards died, maybe four": a second, uncertain figure of the same kind
                span_start, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, span_start, q.end, out[-1].kind, "about" if qual == "exact" else qual, None, None))
                continue
            if not inherited and out and out[-1].end <= q.start and text.find(" ", out[-1].end, q.start) != -1 \
                    and (i == 0 or quantities[i - 1].start < out[-1].end) \
                    and (elliptic := _elliptic(text, q, out[-1], nxt, s_start, lex)):
                # "put the number of dead at 12, while the ministry confirmed only eight": a bare figure after
                # a reporting frame restates the kind of the sentence's previous figure
                _, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, elliptic[0], elliptic[1], out[-1].kind, _approx(text, q, qual), elliptic[2],
                                 elliptic[3], range_high.get(q.start)))
                continue
            if not inherited and out and out[-1].end <= q.start and (
                    _AS_WAS.fullmatch(text, out[-1].end, q.start)
                    or (out[-1].end in sub_items and _LIST_NEXT.fullmatch(text, out[-1].end, q.start))):
                inherited = out[-1].kind  # ", as was an adult relative"; "(3 children, 1 adult)"
            if inherited:
                words, end = _noun_group(text, q.end, nxt)
                if not words and (cop := _COPULA_PERSON.match(text, q.end, nxt)):
                    named, named_end = _noun_group(text, cop.end(), nxt)  # "…, of whom 5 were guards and 7 civilians"
                    if any(w.lower() in lex.person_nouns for w in named[:3]):
                        words, end = named, named_end
                if any(w.lower() in lex.person_nouns for w in words[:3]) or (
                        _OF_THEM.match(text, q.end) or _MORE_AFTER.match(text, q.end)
                        or _SEVERITY_AFTER.match(text, q.end) or _LIGHTLY_AFTER.match(text, q.end)
                        or _PLACE_AFTER.match(text, q.end)) or (
                        inherited == "injured" and _MOVED_AFTER.match(text, q.end)):
                    group, side = _group_and_side(words)
                    out.append(_make(q, q.start, end, inherited, "exact", group, side))
                    sub_items.add(out[-1].end)
            continue
        if _POSSESSIVE_AFTER.match(text, term.end()):
            continue  # "several of the missing men's relatives": the figure counts the relatives
        between = _WORD.findall(_APPOSITION.sub(" ", text[q.end:term.start()]))
        if not between and text[term.end():term.end() + 1] == " " and term.group(0).lower() in _ADJ_TERMS \
                and (w := _WORD.match(text, term.end() + 1, s_end)) and w.group(0).lower() in _NON_PERSON:
            continue  # "40 dead sheep": an adjective term before a non-person noun
        if (len(between) > MAX_GAP_WORDS and not _plain_long_gap(between, lex.person_nouns)
                and not _relative_subject(text, q, term, lex)) \
                or _blocked(between, lex.person_nouns):
            extra = _extra_term(text, q, term.start(), lex.person_nouns)
            if extra:  # "Two more people have been admitted to the hospital, …, bringing the number of injured to 13"
                words, _ = _noun_group(text, q.end, extra[1])
                group, side = _group_and_side(words)
                span_start, qual = _qualifier(text, q.start, s_start)
                out.append(_make(q, span_start, extra[1], extra[0], _approx(text, q, qual), group, side,
                                 range_high.get(q.start)))
            continue
        if lex.casualty_voice.get(term.group(0).lower()) == "active" and between \
                and not _buried_people(text, q, term, lex.person_nouns):
            continue  # "two attacks killing ..." — the number is the subject, not the victims
        if any(w.lower() in _MODALS for w in between):
            continue  # "dozens could have been killed": a hypothetical, not a claim
        if q.text.lower() in {"a", "an"} and not between and not _wounded_then_died(text, term, s_end, lex):
            continue  # "a wounded guard died" goes on: a death, read below
        low_term = term.group(0).lower()
        if between and ((low_term in {"body", "bodies"} and between[-1].lower() in _DETERMINERS
                         and not (between == ["whose"] and _ORDINAL_WORD.fullmatch(q.text)))
                        or (low_term in _TRANSITIVE and between[-1].lower() in {"that", "which"})):
            continue  # "a group of six, leaving behind the bodies of …", "a strike that killed 40"
        if _OR_OTHER_KIND.match(text, term.end()):
            continue  # "23 civilians were killed or wounded": a combined count
        nouns = [w for w in between if w.lower() not in _AUX]
        if q.text.lower() in {"a", "an"} and between and not any(w.lower() in lex.person_nouns for w in nouns):
            continue  # "a drone attack killed …": "a" counts one person only before a person noun
        kind = lex.casualty_kind[term.group(0).lower()]
        term_end = term.end()
        if kind == "detained" and term.group(0).lower().endswith("taken away") \
                and (care := _BY_AMBULANCE.match(text, term_end, s_end)):
            kind, term_end = "injured", care.end()  # "three guards had been taken away by ambulance"
        if kind == "injured" and _OF_WOUNDED.fullmatch(text[q.end:term.start()]):
            died = _LATER_DIED.match(text, term.end(), s_end)
            if died:
                kind, term_end = "killed", died.end()  # "two of the wounded later died"
        if kind == "injured" and len(between) >= 2 and any(w.lower() in {"who", "that"} for w in between[-6:-1]) \
                and (died := _WHO_WOUNDED_DIED.match(text, term.end(), s_end)):
            kind, term_end = "killed", died.end()  # "a guard who was wounded in the clash succumbed": killed only
        if kind == "injured" and not between and q.start not in wounded_counted \
                and (died := _wounded_then_died(text, term, s_end, lex)):
            kind, term_end = "killed", died.end()  # "two wounded guards died in hospital": killed only
        if kind == "injured" and low_term in {"wounds", "injuries"} and _ELLIPTIC_WOUNDS.fullmatch(text, q.end, term.start()) \
                and _DEATH_BEFORE.search(text, s_start, q.start):
            kind = "killed"  # "five died: three at the post and two later from their wounds"
        if kind == "injured" and low_term in _ADJ_TERMS and not any(w.lower() in _PASSIVE_AUX for w in between) \
                and (died := _PARTICIPLE_DIED.match(text, term.end(), s_end)):
            kind, term_end = "killed", died.end()  # "a porter injured in the rockfall succumbed": killed only
        if kind == "killed" and low_term == "drowned" and between and _NOT_FOUND.search(text, s_start, s_end) and (
                between[-1].lower() in _HEDGED or (len(between) >= 3 and between[-2].lower() == "to"
                                                   and between[-1].lower() in {"have", "be"}
                                                   and between[-3].lower() in _HEDGED)):
            kind = "missing"  # "a tenth man is believed to have drowned; his body has not been found": not found
        if kind == "missing" and (found := _FOUND_DEAD_AFTER.match(text, term_end, s_end)):
            kind, term_end = "killed", found.end()  # "a fifth, who had been missing, was found drowned": a death
        if kind == "injured" and _ILLNESS_AFTER.match(text, term_end, s_end):
            continue  # "hospitalised with suspected typhoid", "after a hunger strike": illness, not injury
        group, side = _group_and_side(between)
        span_start, qual = _qualifier(text, q.start, s_start)
        if between and between[-1].lower() == "not" and kind in {"killed", "injured"}:
            out.append(Casualty(span_start, term_end, kind, 0, 0, 0, "exact", group, side))
            continue  # "a fifth passenger was not hurt": that one, unhurt
        qual = _approx(text, q, qual)
        out.append(_make(q, span_start, term_end, kind, qual, group, side, range_high.get(q.start)))
        breakdown = _breakdown_after(text, kind, term_end, nxt) or breakdown
        if kind == "detained" and _WITH_WOUND.match(text, term_end, s_end):
            out.append(_make(q, span_start, term_end, "injured", qual, group, side))  # "detained with a gunshot wound"
        if kind == "injured" and (taken := _AND_DETAINED.match(text, term_end, s_end)):
            out.append(_make(q, span_start, taken.end(), "detained", qual, group, side))
        if kind == "injured" and _AND_DIED.match(text, term_end, s_end):
            # "one of them was wounded and later died": wounded, then a death
            out.append(_make(q, span_start, _AND_DIED.match(text, term_end, s_end).end(), "killed", qual, group, side))
    if out and "one of" in text[s_start:s_end]:
        for m in _NONE_OF_THEM.finditer(text, s_start, s_end):
            prev = [c for c in out if c.end <= m.start() and c.value]
            if prev and _ZERO_GAP.fullmatch(text, prev[-1].end, m.start()):
                out.append(Casualty(m.start(1), m.end(1), prev[-1].kind, 0, 0, 0, "exact", None, None))
    if ", a" in text[s_start:s_end] or ", A" in text[s_start:s_end]:
        out = [_on_head(text, c, s_start, lex) for c in out]
    if "lef" in text[s_start:s_end] or "leav" in text[s_start:s_end]:
        out.extend(_left_persons(text, s_start, s_end, out, lex))
    if gate(low, MOURNING_GATE):
        mourned = mourned_counts(text, s_start, s_end, out, masked, lex.person_nouns)
        out = [c for c in out if not (held(text, c) and any(c.start < m.end and m.start < c.end for m in mourned))]
        out.extend(mourned)
    for m in zeros:
        # a clause's kind is its verb's ("None of the detained journalists was harmed" counts no one hurt)
        phrase = m.group(0).lower().rsplit(" ", 1)[-1] if m.re is _ZERO_CLAUSE else m.group(0).lower()
        for k in _zero_kinds(phrase):
            out.append(Casualty(m.start(), m.end(), k, 0, 0, 0, "exact", None, None))
    if (out or look_back) and any(w in text[s_start:s_end] for w in _RESTATED_GATE):
        for restated in restated_figures(text, s_start, s_end, masked, out, look_back):
            out.append(restated)
            rejected = _NOT_N.match(text, restated.end, s_end)
            num = rejected and NUMBER_RE.match(text, rejected.end(), s_end)
            in_year = num and _IN_YEAR.match(text, num.end(), s_end)  # "…, against 12 in 2023."
            if num and num.group(0).lower() not in _ELLIPTIC_NOT \
                    and _ELLIPTIC_END.match(text, in_year.end() if in_year else num.end()):
                v = parse_number(num.group(0))  # "the number was four, not five": the figure it rejects
                out.append(Casualty(num.start(), num.end(), restated.kind, v[0], v[1], v[2], "exact", None, None))
    if not out and look_back and s_start and " of th" in text[s_start:s_end]:
        out.extend(_group_breakdown_next(text, s_start, s_end, lex))
    if not out and look_back and s_start and ("Of th" in text[s_start:s_end] or "of th" in text[s_start:s_end]):
        out.extend(_of_these_parts(text, s_start, s_end, lex))
    if not out and look_back and text[s_start:s_end].rstrip().endswith("?") and (
            "ow many" in text[s_start:s_end] or _YES_NO_Q.match(text, s_start, s_end)
            or _ANY_Q.match(text, s_start, s_end)):
        out.extend(_answer_claims(text, s_start, s_end, lex))
    if out and " of " in text[s_start:s_end]:
        out.extend(_whole_of_part(text, out))
    if out and " in " in text[s_start:s_end]:
        out.extend(_place_parts(text, out, s_end))
    if out and ":" in text[s_start:s_end]:
        out.extend(_colon_split(text, out, s_end))
    if out and ("freed" in text[s_start:s_end] or "released" in text[s_start:s_end]):
        out = _freed_parts(text, out, s_end)
    if out and ("one of" in text[s_start:s_end] or "ONE OF" in text[s_start:s_end]):
        out = [_none_of(text, c, s_start) for c in out]
    if out and " of " in text[s_start:s_end] and ("condition" in text[s_start:s_end] or " lost " in text[s_start:s_end]):
        out = [c for c in out if not (c.kind == "injured" and _condition_subset(text, c))]
    if out and look_back and any(c.kind == "injured" and c.value in (1, 2) for c in out):
        out = [c for c in out if not described_member(text, c, s_start, lex)]  # "another remains in intensive care"
    if out and gate(low, REFERRAL_GATE):
        out = [c for c in out if not referred_back(text, c, s_start, lex)]  # "the two men killed … were buried"
    if out and ("rrests" in text[s_start:s_end] or "tentions" in text[s_start:s_end]):
        # "22 arrests", "10 detentions" count people; "a handful of detentions" is no figure
        out = [c for c in out if not (c.value is None and text[c.start:c.end].lower().endswith(("arrests", "detentions")))]
    if out and ("entenc" in text[s_start:s_end] or "ondemn" in text[s_start:s_end]):
        out = [c for c in out if not (c.kind == "killed" and text[c.start:c.end].lower().endswith("to death")
                                      and _SENTENCED.search(text, max(s_start, c.start - 40), c.start))]
    # table_cells checks its own cheap cues (a pipe, an aligned gap, a labelled shape) before reading
    cells = [Casualty(x, y, kind, v, v, v, "exact", None, None)
             for x, y, kind, v in table_cells(text, s_start, s_end, _left_kind)]
    if "," in text[s_start:s_end] and CSV_ROW_CUE.search(text, s_start, s_end):
        cells += [Casualty(x, y, kind, v, v, v, "exact", None, None)
                  for x, y, kind, v in csv_cells(text, s_start, s_end, _left_kind)]
    if cells:
        # a prose reading over a cell ("killed      2" from a kind-labelled row) gives way to the cell
        out = [c for c in out if not any(c.start < x.end and x.start < c.end for x in cells)] + cells
    if out and "(" in text[s_start:s_end]:
        out.extend(earlier_period(text, out, s_start, s_end))
    if ((out or look_back) and "estimate" in low) or (
            out and ESTIMATE_GATE.search(text, s_start, s_end)):
        out.extend(estimate_figures(text, s_start, s_end, out, look_back))
    if out and ("then " in text[s_start:s_end] or "later " in text[s_start:s_end] or " to " in text[s_start:s_end]):
        out.extend(then_figures(text, out, s_end))
    if out and " and " in text[s_start:s_end] and gate(low, _FLOOR_CEILING_GATE):
        out = _floor_and_ceiling(text, out, quantities, s_start, s_end)
    return _inherit_groups(out)


#: "at least three and possibly five (were killed)": a floor and a ceiling, two claims of one kind.
_FLOOR_CEILING = re.compile(r"\b(at\s+least|more\s+than|over)\s+([\w,]+?)\s+and\s+(?:(?:quite\s+)?possibly|perhaps|"
                            r"maybe|probably|potentially|as\s+many\s+as|up\s+to)\s+(?:as\s+many\s+as\s+)?([\w,]+?)(?=[\s,.;:)]|$)",
                            re.IGNORECASE)
_FLOOR_CEILING_GATE = ("possibly", "perhaps", "maybe", "probably", "potentially", "as many as", "up to")


def _floor_and_ceiling(text: str, out: list[Casualty], quantities: list[Quantity], s_start: int,
                       s_end: int) -> list[Casualty]:
    """Both figures of "at least three and possibly five": the finders read one of the two (which one
    depends on where the kind word sits); the other takes its kind, the floor its "at least", the
    ceiling "up_to"."""
    by_start = {q.start: q for q in quantities}
    for m in _FLOOR_CEILING.finditer(text, s_start, s_end):
        lo_q, hi_q = by_start.get(m.start(2)), by_start.get(m.start(3))
        if lo_q is None or hi_q is None or lo_q.value is None or hi_q.value is None or hi_q.value <= lo_q.value:
            continue
        lo_c = next((c for c in out if c.start <= lo_q.start < c.end), None)
        hi_c = next((c for c in out if c.start <= hi_q.start < c.end), None)
        known = lo_c or hi_c
        if known is None or (lo_c and hi_c and lo_c.kind != hi_c.kind):
            continue
        _, floor_qual = _qualifier(text, lo_q.start, s_start)
        if lo_c is None:
            out.append(_make(lo_q, lo_q.start, lo_q.end, known.kind, floor_qual, known.group, known.side))
        if hi_c is None:
            out.append(_make(hi_q, hi_q.start, hi_q.end, known.kind, "up_to", known.group, known.side))
        elif hi_c.qualifier == "exact":
            out[out.index(hi_c)] = hi_c._replace(qualifier="up_to", low=None, high=hi_c.value)
    out.sort(key=lambda c: c.start)
    return out
#: "Killed: low 4, best 7, high 12": low/best/high estimates after a kind label.
_ESTIMATE_WORDS = ("low", "best", "central", "high", "estimate")
_ESTIMATE = re.compile(r"\b(killed|dead|deaths|fatalities|injured|wounded|injuries)\s*:\s*"
                       r"(?:(?:low|best|central|high)(?:\s+estimate)?\s*:?\s*\d{1,5}\s*[,;/]\s*){0,2}"
                       r"(low|best|central|high)(?:\s+estimate)?\s*:?\s*$", re.IGNORECASE)
_ESTIMATE_QUAL = {"low": "at_least", "best": "about", "central": "about", "high": "up_to"}
#: "a court sentenced 5 men to death": a sentence, no death.
_SENTENCED = re.compile(r"\b(?:sentenc|condemn)\w*\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


#: "Four bodies were found, none of them …": a short passive verb phrase between the claim and "none".
_ZERO_GAP = re.compile(r"(?:\s+(?:were|was|had|have|has|been|later|also|found|recovered|retrieved|pulled|taken|"
                       r"away|from|the|a|river|bank|scene|site|water|out|of|in|on|at))*", re.IGNORECASE)
#: Terms that count only people: "scores were held" and "two Afghan men were held", not "two rallies were held".
_PEOPLE_ONLY = frozenset({"held over", "are held", "is held", "held near", "held in", "held for questioning", "held on suspicion", "were held", "was held", "have been held", "has been held", "had been held", "still held",
                          "were being held", "was being held", "are being held", "is being held", "were taken away",
                          "was taken away", "have been taken away", "had been taken away",
                          "held since", "were caught", "was caught", "have been caught", "has been caught", "had been caught",
                          "in critical condition", "in a critical condition", "in serious condition",
                          "in a serious condition", "sought treatment", "sought medical treatment", "were destroyed", "was destroyed", "were hit", "was hit", "are recovering", "remained in hospital",
                          "remain in hospital", "underwent surgery"})
#: "five people had been brought in": injured only where the sentence speaks of a hospital or doctor,
#: and not "brought in for questioning", "brought in from Dushanbe", "brought in to help".
#: "were caught in the crossfire", "caught up in the flood": no arrest ("caught in the act" is one).
#: "two men are being treated as suspects / as witnesses": a status, not medical care
#: "two elders are held in high regard", "two women held in their arms the bodies": no custody
_HELD_IDIOM = re.compile(r"(?:\s+in)?\s+(?:(?:high|great|low|such|the\s+highest)\s+)?(?:regard|esteem|contempt|respect|"
                         r"reserve|awe)\b|(?:\s+in)?\s+(?:their|his|her|my|our|the)\s+(?:arms|hands|memory|memories|"
                         r"hearts?|prayers|thoughts)\b", re.IGNORECASE)
_TREATED_AS = re.compile(r"\s+(?:as|like|with\s+suspicion|fairly|equally|for)\b", re.IGNORECASE)
_CAUGHT_IN = re.compile(r"\s+(?:up\s+)?in\b(?!\s+the\s+act\b)|\s+(?:up|out|off)\b", re.IGNORECASE)
_NUMBERING = re.compile(r"\b(neutrali[sz]ed|liquidated|eliminated|killed|detained|arrested|apprehended)\s+(?:a|an|the)\s+"
                        r"(?:group|gang|band|cell|unit)\s+of\s+[^,;:.()]{1,60}?\s+numbering\s+$", re.IGNORECASE)
_ALONG_WITH = re.compile(r"(?:\s+[^,;:.()]{1,40}?)?,?\s+(?:along|together)\s+with\s+(?:(?:at least|more than|about|around|up to)\s+)?",
                         re.IGNORECASE)
_TO_HOSPITAL = re.compile(r"(?:\s+[\w-]+){1,3}?\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinic|clinics)\b", re.IGNORECASE)
#: "Of the 19 migrants detained near Panj, 14 were …": the group's claim, a short place or time phrase, a comma
_COPULA_AND = re.compile(r"\s+(?:were|was|are|is)\s+[^,;:.()]{1,40}?\s+and\s+(?:\d{1,4}|[a-z]+)\s+(?:were|was|are|is)\s",
                         re.IGNORECASE)
_GROUP_COMMA = re.compile(r"(?:\s+(?:in|near|at|on|from|during|after|since|by)\s+[^,;:.()]{1,40}?)?\s*,\s*", re.IGNORECASE)
_DETENTION_PLACE = re.compile(r"\s+(?:facility|facilities|centre|center|centres|centers|camp|camps|cells?|unit|ward|block)\b",
                              re.IGNORECASE)


def _comma_subject(text: str, start: int, end: int, person_nouns: frozenset[str]) -> bool:
    """True when a bare figure is followed by a comma and then one bare plural person noun before its
    term ("dead 6-7, civilians wounded"): that noun, not the figure, is the term's subject."""
    comma = text.find(",", start, end)
    if re.search(r"[^\W\d]", text[start:comma]):
        return False  # "two soldiers, civilians …", "Three, not four, guards": the figure has its own words
    tail = _WORD.findall(text, comma + 1, end)
    return len(tail) == 1 and tail[0].lower() in person_nouns and tail[0].lower().endswith("s")
#: An active verb with its object right after it: the figure before it is the agent ("Three gunmen killed two").
_AGENT_VERBS = frozenset({"killed", "wounded", "injured", "shot dead", "detained", "arrested", "captured"})
_AGENT_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|my|\d{1,4}|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|several|dozens|scores|at\s+least|more\s+than|about|some)\b(?!-)",
                           re.IGNORECASE)
_AGENT_GAP_STOP = frozenset({"were", "was", "are", "is", "been", "being", "be", "had", "have", "has", "got", "get", "and",
                             "or", "but", "while", "when", "after", "as", "later", "also", "all", "still"})
#: "a guard with a broken arm": a broken limb counts only a person named between ("a chair with a broken leg").
_LIMB_TERMS = ("broken ", "fractured ")
#: "… although one suffered a broken leg": a count word of people, then the injury verb.
_LIMB_VERB = re.compile(r"\s+(?:suffered|sustained|received)\s+(?:a|an|two|both)\s+", re.IGNORECASE)


#: Headline style, no article: "Tajik border guard killed in clash", "• Soldier wounded by sniper".
_HEADLINE_LEAD = re.compile(r"[^\w\s]{0,3}\s?(?=[A-Z])")


def _headline_one(text: str, s_start: int, s_end: int, lex) -> Quantity | None:
    """One person for a bare singular noun phrase (at most four words, capitalised) opening the
    sentence right before a passive casualty verb."""
    lead = _HEADLINE_LEAD.match(text, s_start, s_end)
    if not lead:
        return None
    pos = lead.end()
    for _ in range(4):
        w = _WORD.match(text, pos, s_end)
        if not w or w.group(0).lower() in _HEADLINE_NOT or w.group(0)[:1].isdigit():
            return None
        if text[w.end():w.end() + 1] != " ":
            return None
        if _singular_person(w.group(0), lex.person_nouns):
            term = lex.casualty_re.match(text, w.end() + 1, s_end)
            if term:
                return _headline_term(text, lead.end(), w.end(), term, s_end, lex)
        pos = w.end() + 1
    return None


def _headline_term(text: str, start: int, end: int, term: re.Match, s_end: int, lex) -> Quantity | None:
    low = term.group(0).lower()
    if lex.casualty_voice.get(low) != "passive" or low in _HEADLINE_NOUNS or low in _ZERO_ONLY or low in _HOSPITAL_ONLY:
        return None
    after = _WORD.match(text, term.end() + 1, s_end) if text[term.end():term.end() + 1] == " " else None
    if after and (after.group(0).lower() in _DETERMINERS or after.group(0).lower() in {"a", "an"}
                  or NUMBER_RE.fullmatch(after.group(0))):
        return None  # "Guard killed two smugglers": active, the victims follow
    return Quantity(start, end, text[start:end], 1.0, 1.0, 1.0)


def _approx(text: str, q: Quantity, qual: str) -> str:
    """ "a couple of", "a dozen or so", "20 or so": an approximate figure (qualifier about)."""
    if qual == "exact" and (q.text.lower().startswith("a couple") or _OR_SO.match(text, q.end)):
        return "about"
    if qual == "exact" and text.startswith("+", q.end) and q.text[-1:].isdigit():
        return "at_least"  # "5+ injured"
    return qual
_AUX_NEXT = re.compile(r"\s*(?:has|have|had|was|were|is|are)\b", re.IGNORECASE)


def _apposed(text: str, prev: Quantity, q: Quantity) -> bool:
    """True for the "a" of "one worker, a citizen of Tajikistan born in 1987, was killed": an "a/an"
    right after "<number> <noun>," that closes with a second comma not followed by and/or (a list
    "two guards, a driver and a cook" or "…, a driver, and a cook" stays a list)."""
    if q.text.lower() not in {"a", "an"}:
        return False
    if prev.text.lower() in {"a", "an"}:
        # "A suspect, an Afghan national, has been detained": a short aside without "and"/"or", then the
        # verb's auxiliary ("a man, a woman and a child were killed, …" stays a list)
        if not _APPOSED_A.fullmatch(text, prev.end, q.start):
            return False
        close = _APPOSITION.match(text, text.rfind(",", prev.end, q.start))
        return bool(close) and not _AND_OR.search(close.group(0)) and len(_WORD.findall(close.group(0))) <= 6 \
            and _AUX_NEXT.match(text, close.end()) is not None
    if _DASH_OPEN.fullmatch(text, prev.end, q.start):
        return _DASH_APPOSITION.match(text, prev.end) is not None  # "one - a fighter hit in the chest - died"
    if _ORDINAL_WORD.fullmatch(prev.text) and re.fullmatch(r"\s*,\s*", text[prev.end:q.start]):
        close = _APPOSITION.match(text, prev.end)  # "a fourth, a boy of eight, lost a leg"
        return bool(close) and not re.match(r"\s*(?:and|or)\b", text[close.end():close.end() + 8], re.IGNORECASE)
    if not _APPOSED.fullmatch(text, prev.end, q.start):
        return False
    close = _APPOSITION.match(text, text.rfind(",", prev.end, q.start))
    return bool(close) and not re.match(r"\s*(?:and|or)\b", text[close.end():close.end() + 8], re.IGNORECASE)


#: The frame of an elliptic figure: a reporting verb ("local residents say 9", "the ministry confirmed only
#: eight", "other sources give 25") or a figure's copula ("the official figure was four", "Officially it is 8").
_ELLIPTIC_FRAME = re.compile(
    r"(?:\b(?:say|says|said|claim|claims|claimed|report|reports|reported|confirm|confirms|confirmed|count|counts|"
    r"acknowledge|acknowledges|acknowledged|admit|admits|admitted|"
    r"counted|estimate|estimates|estimated|give|gives|gave|cite|cites|cited|put\s+it\s+at|puts\s+it\s+at)"
    r"(?:\s+that)?"
    r"|\b(?:figure|toll|count|tally|total|number|estimate)\s+(?:is|was|stood\s+at|stands\s+at|has\s+been|had\s+been|"
    r"remains|remained)"
    r"|\bofficially,?\s+it\s+(?:is|was))"
    r"(?:\s+(?:now|still|actually|only|just|already))?"
    r"(?:\s+(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|as\s+many\s+as|no\s+fewer\s+than|"
    r"roughly|approximately))?\s+$", re.IGNORECASE)
#: Between the previous figure and the frame: a clause break ("…, while", "…; later", "…, local residents say").
_ELLIPTIC_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but)\b", re.IGNORECASE)
_MAYBE_GAP = re.compile(r"\s*,?\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(?:even\s+|as\s+many\s+as\s+)?", re.IGNORECASE)


def _elliptic(text: str, q: Quantity, prev: Casualty, nxt: int, s_start: int, lex) -> tuple | None:
    """(start, end, group, side) of a bare figure restating the previous claim's kind after a reporting
    frame, or None. The figure ends its clause or names only people ("… say 9 civilians."); years,
    figures of things ("said three villages were hit", "5 km") and figures with a verb of their own stay out."""
    if q.text.lower() in _ELLIPTIC_NOT or (len(q.text) == 4 and q.text[:2] in {"19", "20"} and q.text.isdigit()):
        return None
    frame = _ELLIPTIC_FRAME.search(text, max(prev.end, q.start - 70), q.start)
    if not frame or not _ELLIPTIC_BREAK.search(text, prev.end, frame.start()):
        return None
    words, end = _noun_group(text, q.end, nxt)
    if words:
        if words[0].lower() in _NON_PERSON or not any(w.lower() in lex.person_nouns for w in words[:3]):
            return None
    else:
        end = q.end
    if not _ELLIPTIC_END.match(text, end):
        return None
    group, side = _group_and_side(words)
    start, _ = _qualifier(text, q.start, s_start)
    return start, end, group, side


#: "Two people — a woman and her son — died": a count, one to three words, a dashed aside, the verb.
_DASH_GROUP = re.compile(r"((?:\s+[\w’'-]+){1,3}?)\s[—–-]\s([^-–—.;:()]{1,60}?)\s[—–-]\s+"
                         r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:(?:all|both|later|then)\s+)?")
#: "Three guards, a sergeant and two privates, were killed": the head, then the parts between commas.
_COMMA_GROUP = re.compile(r"((?:\s+[\w’'-]+){1,4}?)\s*,\s+([^,;:.()—–]{1,60}?)\s*,\s+"
                          r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:(?:all|both|later|then)\s+)?")
_DASH_ADDED = re.compile(r"(?:and|or|plus|as well as|along with|together with|with|not)\b", re.IGNORECASE)
_POSS_LEAD = re.compile(r"(?:his|her|their|my|our)\s+", re.IGNORECASE)
_A_ONE = re.compile(r"an?(?=\s)", re.IGNORECASE)
_DASH_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: The aside of a count that breaks it down: "two of them officers", "one of whom a woman".
_OF_THEM_ASIDE = re.compile(r"[\w-]+\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_DASH_POSSESSIVE = re.compile(r"(?:his|her|their|my|our)\s+((?:[\w-]+\s+)?[\w-]+)$", re.IGNORECASE)


def _dash_group(text: str, q: Quantity, s_start: int, s_end: int, lex, commas: bool = False
                ) -> tuple[list[Casualty], int] | None:
    """(claims, end) for a count of people whose parts are named between dashes before a passive
    casualty term: the count, then each part ("a woman" 1, "her son" 1, "three men" 3) when every part
    names people. With ``commas``, the parts stand between commas ("Two people, a woman and her son,
    died") and there must be at least two of them (one part is an aside read as before)."""
    if q.vague or q.text.lower() in {"a", "an"}:
        return None
    m = (_COMMA_GROUP if commas else _DASH_GROUP).match(text, q.end, s_end)
    if not m or _DASH_ADDED.match(m.group(2)):
        return None  # "Two soldiers — and a civilian — were killed": an addition, read as before
    aside = commas and _OF_THEM_ASIDE.match(m.group(2))  # "Four soldiers, two of them officers, were wounded"
    if commas and not aside and len(_DASH_ITEM_SPLIT.split(m.group(2))) < 2:
        return None
    head = _WORD.findall(m.group(1))
    if not head or head[0].lower() in _NON_PERSON or not any(w.lower() in lex.person_nouns for w in head):
        return None
    term = lex.casualty_re.match(text, m.end(), s_end)
    if not term:
        return None
    low = term.group(0).lower()
    if lex.casualty_voice.get(low) != "passive" or low in _ZERO_ONLY or low in _LEFT_ONLY or low in _HOSPITAL_ONLY:
        return None
    if low in _AGENT_VERBS and _AGENT_OBJECT.match(text, term.end()):
        return None  # "Four soldiers, two of them officers, killed a smuggler": the count is the agent
    kind = lex.casualty_kind[low]
    group, side = _group_and_side(head)
    span_start, qual = _qualifier(text, q.start, s_start)
    out = [_make(q, span_start, q.end + len(m.group(1)), kind, _approx(text, q, qual), group, side)]
    if aside:
        return out, q.end  # the count; the sub-group ("two of them officers") is read on its own
    items = _DASH_ITEM_SPLIT.split(m.group(2))
    if len(items) < 2:
        return out, term.end()  # "One guard — a conscript from Kulob — died": the aside renames the one
    parts: list[Casualty] = []
    pos = m.start(2)
    for item in items:
        at = text.find(item, pos, m.end(2))
        if at == -1 or not item:
            return out, q.end
        pos = at + len(item)
        lead = _POSS_LEAD.match(item)  # "his two nephews"
        num = NUMBER_RE.match(item, lead.end() if lead else 0) or _A_ONE.match(item)
        words = _WORD.findall(item[num.end():]) if num else []
        if num and words and any(w.lower() in lex.person_nouns for w in words[:3]):
            value, low_v, high_v, vague = parse_number(num.group(0)) if num.re is NUMBER_RE else (1, 1, 1, False)
            part = Quantity(at + num.start(), at + num.end(), num.group(0), value, low_v, high_v, vague)
            grp, sd = _group_and_side(words)
            parts.append(_make(part, at, at + len(item), kind, "exact", grp, sd))
        elif (poss := _DASH_POSSESSIVE.match(item)) and _singular_person(poss.group(1).split()[-1], lex.person_nouns):
            parts.append(Casualty(at, at + len(item), kind, 1, 1, 1, "exact", poss.group(1), None))
        else:
            return out, q.end  # a part that names no people: the count alone, the parts read on their own
    return out + parts, term.end()
_RESTATED_GATE = ("igure", "fficially", " toll", " count", "umber", " said ", " say", "report", "onfirm", " told ", " give",
                  " gave ", " found ", " it was ", " it is ", " put it ", " puts it ", " held to ", "cknowledge",
                  "ecord", "ccounted for", " came to", " comes to", " total", "iven as", " losses ")
_YES_NO_Q = re.compile(r"\s*" + _SPEAKER + r"(?:were|was|have|has|had|did)\b", re.IGNORECASE)
#: "of whom 5 were guards": the part's people named after a copula.
_COPULA_PERSON = re.compile(r"\s+(?:were|was|are|is)\s+", re.IGNORECASE)


_MOVED_AFTER = re.compile(r"\s+(?:were|was|had been|have been)\s+(?:(?:later|then|subsequently)\s+)?"
                          r"(?:referred|transferred|airlifted|evacuated|flown|moved)\b", re.IGNORECASE)


#: "… who was wounded in the clash succumbed to his injuries": the relative clause, then the death.
_WHO_WOUNDED_DIED = re.compile(r"(?:\s+(?:in|on|at|during|by|near|from|since|after|following)(?:\s+(?!(?:and|but|where|when|while|after|who|which|that)\b)"
                               r"[\w-]+){1,3}?){0,3}\s+(?:later\s+|has\s+|had\s+|overnight\s+)?"
                               rf"{_DIED}\b", re.IGNORECASE)
#: "two wounded guards died in hospital": the adjective, one to three words of person noun, then the death.
_ADJ_NOUN_DIED = re.compile(r"((?:\s+[\w’'-]+){1,3}?)\s+(?:later\s+|had\s+|have\s+|has\s+|subsequently\s+)?"
                            rf"{_DIED}\b", re.IGNORECASE)


def _wounded_then_died(text: str, term: re.Match, s_end: int, lex) -> re.Match | None:
    """The death after "wounded"/"injured" used as an adjective of people ("two wounded guards died in
    hospital", "a wounded conscript died overnight"), or None."""
    if term.group(0).lower() not in {"wounded", "injured"}:
        return None
    died = _ADJ_NOUN_DIED.match(text, term.end(), s_end)
    return died if died and _WORD.findall(died.group(1))[-1].lower() in lex.person_nouns else None


#: "five died: three at the post and two later from their wounds": the death verb left out before the wounds.
_ELLIPTIC_WOUNDS = re.compile(r"\s+(?:(?:later|subsequently|since)\s+)?(?:from|of)\s+(?:their|his|her)\s+$", re.IGNORECASE)
_DEATH_BEFORE = re.compile(r"\b(?:died|dead|killed|perished|lost their lives|death toll)\b", re.IGNORECASE)
_PARTICIPLE_DIED = re.compile(r"(?:\s+(?:in|on|at|during|by|near|from)\b[^.;,:()]{1,100}?)?\s*,?\s+(?:later\s+|has\s+|had\s+|have\s+)?"
                              rf"{_DIED}\b", re.IGNORECASE)
_UNKNOWN = re.compile(r"\b(?:unknown|not known|unclear|remain(?:s|ed)? a mystery|"
                      # "the fate of one more serviceman is being established"
                      r"(?:being|yet to be|still to be)\s+(?:established|clarified|determined|ascertained))\b", re.IGNORECASE)


def _compared(text: str, quantities: list[Quantity], i: int, out: list[Casualty], s_end: int) -> int:
    """The figures of an elliptical comparison ("17 killed and 24 injured, against 6 and 9 a year earlier";
    "19 deaths, against 11 in 2022 and eight in 2024"): as many figures as the claims just before them, each
    of a different kind, take those kinds in order; otherwise each takes the kind of the last claim. The
    claims are appended to ``out``; returns the end of the last figure read."""
    parts = [quantities[i]]
    for nq in quantities[i + 1:]:
        if not _COMPARED_NEXT.fullmatch(text, parts[-1].end, nq.start) or nq.value is None:
            break
        parts.append(nq)
    prior = out[-len(parts):] if len(parts) > 1 and len(out) >= len(parts) else []
    kinds = [c.kind for c in prior] if prior and len({c.kind for c in prior}) == len(parts) \
        and all(a.end <= b.start for a, b in pairwise(prior)) else [out[-1].kind] * len(parts)
    for q, kind in zip(parts, kinds):
        nxt = next((x.start for x in quantities if x.start >= q.end), s_end)
        named = _KIND_AFTER.match(text, q.end)
        if named:
            kind = lexicon().casualty_kind[named.group(1).lower()]
        words, end = _noun_group(text, q.end, nxt)
        if not any(w.lower() in lexicon().person_nouns for w in words[:3]):
            words, end = [], q.end  # "against 7 a year earlier": no noun of its own
        group, side = _group_and_side(words)
        out.append(_make(q, q.start, max(end, q.end, named.end() if named else 0), kind, "exact", group, side))
    return parts[-1].end


__all__ = ["CASUALTY_KINDS", "NUMBER_RE", "Casualty", "find_casualties", "parse_number"]
