"""Who says it, and in what stance: report, official statement, denial, retraction.

Attribution cues ("according to Reuters", "Samadi said", "three unnamed sources told", "citing
officials") become claims of kind ``attribution``. The sentence's stance comes from the cue table
in ``data/stance_cues.csv`` (retraction > denial > official statement > report); every numeric
claim in the sentence records the sentence's attribution and stance.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from incidents.lexicon import CHECKED_VERB_GATE, FIGURE_GATE, STANCE_GATE, VERB_GATE, gate, lexicon

_NAME = (r"(?:[A-Z][\w.’'&/-]*(?:\s+(?:of|the|for|and|de|al)\s+[A-Z][\w.’'&/-]*|\s+[A-Z][\w.’'&/-]*){0,5}"
         r"(?:\s*\([A-Z][A-Za-z]{1,7}\))?)")  # "State Committee for National Security (GKNB)"
_GROUP = (r"(?:\b(?:[Tt]he|[Ee]arly|[Oo]fficial|[Ss]tate|[Aa]|[Aa]n|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|retired|former|two|three|four|five|several|some|local|unnamed|anonymous|senior|Tajik|Afghan|Chinese|"
          r"Russian|security|government|military|border|foreign|diplomatic|informed|other|same|original|earlier|[Dd]eputy|acting|chief|head|"
          r"provincial|regional|district|police|news|media|online|[Tt]elegram|[Ii]ndependent|[\w-]+['’]s|"
          # "Another channel", "the border troops' own annual report"
          r"[Aa]nother|own|annual|[\w-]+s['’])\s+){0,4}"
          # (a head starts a word: not the "son" of "The garrison")
          r"\b(?:sources?|officials?|authorities|ministry|embassy|spokes(?:man|woman|person)|agency|committee|service|"
          r"police|government|witness(?:es)?|residents?|media|reports?|statement|officers?|commanders?|diplomats?|"
          r"organi[sz]ers?|office|cousin|relatives?|family|father|mother|brother|sister|analysts?|experts?|observers?|"
          r"journalists?|doctors?|villagers?|administration|council|governor|ministers?|agencies|representatives?|"
          r"troops|guards|forces|army|military|centre|center|staff|department|directorate|detachment|command|"
          r"farmers?|elders?|uncle|aunt|partners|locals|brigade|correspondents?|activists?|nurses?|surgeons?|medics?|"
          r"hospitals?|clinic|lawyers?|prosecutors?|defendants?|bloggers?|accounts?|article|story|"
          # "An earlier version, published on Monday, said", "The Afghan men, aged 19 to 45, told investigators"
          r"versions?|drafts?|men|women|associations?|unions?|institutes?|foundations?|"
          # "the district police chief said", "the authors say", "Residents of … report"
          r"chiefs?|heads?|authors?|researchers?|editors?|monitors?|services|investigators?|side|channels?|sites?|"
          r"outlets?|television|TV|radio|broadcasters?|indictment|"
          # "family members say", "local pages report", "the paper counted", "The court rejected"
          r"members|pages|papers?|newspapers?|websites?|trackers?|court|communiqu[eé]s?|"
          # "Their families deny", "two former detainees told us", "Rights groups say", "Telegram posts claim"
          r"families|detainees|survivors?|groups?|posts|[Pp]eople|digest|bulletin|newsletter|patrols?|review|"
          # "The defence argued", "the interlocutor added", "His widow … said", "our office documented"
          r"defen[cs]e|interlocutors?|widows?|wife|husband|sons?|daughters?|colleagues|neighbou?rs?|friends?|traders?|"
          r"deput(?:y|ies)|soldiers?|organi[sz]ations?|workers?|programmes?|programs?|missions?|teams?|projects?|monitoring|"
          # official heads opening a sentence: "Police in Shahritus said", "Border guards told the family"
          r"Police|Officials?|Authorities|Border\s+(?:guards?|troops|police|forces)|Spokes(?:man|woman|person)|"
          # medical staff opening a sentence: "Doctors at the provincial hospital said" (a report, see _MEDICAL_STAFF)
          r"Doctors?|Staff|Nurses?|Medics?|Surgeons?|"
          # officers by rank ("a retired colonel told me"); a paper's own pieces ("Your obituary said", "the editorial argued")
          r"colonels?|lieutenants?|sergeants?|captains?|generals?|obituar(?:y|ies)|editorials?|columns?|"
          # people by trade or role ("A taxi driver who …", "The deputy chairman of the district told"), and plain
          # heads opening a sentence ("Residents of the village, speaking by telephone, said")
          r"drivers?|teachers?|shopkeepers?|fishermen|fisherman|shepherds?|students?|imams?|mullahs?|chair(?:man|woman|person)|"
          r"headm[ae]n|Residents?|Villagers?|Witness(?:es)?|Relatives?|Locals|Elders?|Families|Traders?|Drivers?|"
          r"Teachers?|Farmers?|Survivors|Neighbou?rs?)"
          r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
          # "One of them said", "the other told us": one of a group named before
          r"|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Bb]oth|[Mm]ost|[Ee]ach)\s+of\s+them|\b[Tt]he\s+other")
_VERBS = (r"(?:said|says|say|told|reported|reports|report|confirmed|confirms|confirm|stated|states|announced|claimed|claims|added|noted|"
          r"wrote|writes|write|tells|notes|note|testified|denied|denies|deny|rejected|rejects|reject|dismissed|acknowledged|insisted|"
          r"warned|warns|warn|quoted|put|puts|tell|claim)")
_VERBS_NEW = (r"(?:"
          # verbs read with a check of their object (lexicon.CHECKED_VERB_GATE): "The defence argued", "Colleagues recall",
          # "the official replied", "a source informed the agency", "a deputy disputed the figures",
          # "reports speak of three killed", "a commander gave a lower toll", "Tajik officials describe them as …"
          r"argued|argues|argue|recalled|recalls|recall|replied|replies|informed|disputed|disputes|dispute|"
          r"insist|insists|acknowledge|acknowledges|(?:spoke|speak|speaks|spoken)\s+(?:only\s+)?of|gave|gives|give|describe|describes|"
          r"described|lists|documented|attributed|attributes|specified|blame|blames|blamed|cited|"
          # "the nurse has since clarified", "our monitors recorded 41 incidents", "Residents counted four shootings"
          r"clarified|clarifies|recorded|records|counted|"
          # "The police list him as missing", "Davlat counts eleven wounded", "our tracker has logged 4 killed",
          # "Official communiques mention nine deaths"
          r"list|counts|logged|mention|mentions|"
          # "The State Committee reminds that …", "The Border Troops remind residents of border areas that …";
          # "some Afghan sources cite 1,357 km"
          r"reminds|remind|reminded|cite|cites|"
          # "officials in Kabul have accused Tajik units of firing"; "the troops first reported a death, then corrected that
          # to one wounded"
          r"accused|accuses|accuse|corrected|"
          # "Police in Kulob count nine wounded"; "the press office stressed that …"; "relatives believe he drowned"
          r"count|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|believe|believes|"
          # "the site later changed the figure to two" (its own figure taken back); "the department revised its toll to three";
          # "the families maintain that …", "police allege that …"; "some websites were saying", "Afghan media are reporting"
          r"changed|revised|revises|maintain|maintains|maintained|allege|alleges|alleged|saying|reporting)")
#: Fragments of checked verbs the lexicon's gates do not name ("clarified", "our monitors recorded", "Residents counted").
_MORE_CHECKED = ("clarifi", "recorded", "records", "counted", "give", " list ", "counts", "logged", "mention", "gave ",
                 "remind", " cite", "accuse", "corrected ", " count ", "stresse", "emphasi", "underlined", "believe",
                 "changed ", "revise", "maintain", "allege", "saying", "reporting")
_CHECKED_OR_FIGURE = CHECKED_VERB_GATE + FIGURE_GATE + _MORE_CHECKED
MAX_CUES = 12
_VERB_RE = re.compile(rf"\b{_VERBS}\b")
#: The checked verbs, searched only in a sentence holding a CHECKED_VERB_GATE or FIGURE_GATE fragment (one
#: longer alternation over every sentence cost ~5 % of extraction time).
_VERB_NEW_RE = re.compile(rf"\b{_VERBS_NEW}\b")


def _verbs_in(text: str, start: int, end: int, low: str | None = None) -> list[re.Match[str]]:
    """Reporting verbs in ``text[start:end]``, in text order (``low``: that range lower-cased, if known)."""
    found = list(_VERB_RE.finditer(text, start, end))
    if gate(low if low is not None else text[start:end].lower(), _CHECKED_OR_FIGURE):
        found = sorted(found + list(_VERB_NEW_RE.finditer(text, start, end)), key=lambda v: v.start())
    return found
#: Subject before a reporting verb; searched only in the 140 characters before each verb.
#: "a spokeswoman for the hospital", "a source in the provincial governor's office", "the police of Kunduz
#: province": what a group subject may be of.
_OF_WHAT = (rf"(?:\s+on\s+the\s+(?:[\w’'-]+\s+)?(?:road|ground|scene|spot|island|bank|riverbank|side|street|border|frontier|"
            r"stretch|sector|section|front|line)s?|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            rf"|\s+(?:in|of|at|for|across)\s+(?:{_NAME}(?:\s+(?:province|district|region|city|town|village)"
            # "officials in Ishkoshim district of Gorno-Badakhshan"
            rf"(?:\s+of\s+{_NAME})?)?"
            r"|(?:(?:one|two|three|four|five|six|some|several|all|\d{1,3})\s+of\s+)?the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
            # "a source in the power structures of the region"
            r"(?:\s+of\s+the\s+[\w’'-]+)?"
            # "a relative of one of them said"
            r"|(?:one|two|some|several|all|each)\s+of\s+(?:them|those|us)))?")
#: A participle after a group subject: "Residents of Shkev reached by telephone said", "a farmer interviewed in Kulob told".
_REACHED = (r"(?:\s+(?:reached|contacted|interviewed|questioned|approached|visited)\s+(?:by\s+(?:tele)?phone|by\s+(?:this|our)\s+[\w-]+|"
            r"(?:in|at|on)\s+[\w-]+)(?:\s+(?:on|in|last|this)\s+[\w-]+)?)?")
#: A date in brackets after a piece: "Your editorial (12 May) said".
_DATED = r"(?:\s+\((?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2})\))?"
_SUBJECT = rf"(?P<src>{_NAME}(?:\s+(?:province|district|region|city|town|village))?|(?:{_GROUP})(?:\s+{_NAME})?{_OF_WHAT}{_REACHED}{_DATED})"
SUBJECT_BEFORE = re.compile(_SUBJECT + r"(?:,\s+(?:however|though|meanwhile|in turn|too|for (?:its|their|his|her) part),)?\s+"
                            r"(?:(?:has|have|had|also|later|reportedly|now|then|once|again|still|since|there|here|first|already|so\s+far|just|only|simply|merely|\w+ly)\s+)*$")
#: The subject before an aside: "A source in the governor's office, speaking on condition of anonymity,
#: told", "Asia Frontier, a Dushanbe weekly, reports", "Weekly X, citing staff at …, says".
_ASIDE_SUBJECT = re.compile(_SUBJECT + r",\s+(?:a|an|the|speaking|citing|quoting|asking|interviewed|who|whose|which|with|"
                            r"one\s+of|"
                            # "Dr. Karimova, chief surgeon, said", "Rahimov, head of the district clinic, told"
                            r"chief|head|deputy|director|spokes(?:man|woman|person)|commander|governor|"
                            r"contacted|reached|asked|across|just|on|in|at|from|now|aged|according|quoted|published|issued|released|"
                            # "Officials in Takhar, opposite Farkhor, said": where the place lies
                            r"opposite|facing|near|upstream|downstream|"
                            r"about|around|some|nearly|roughly|both|all|most|many|mostly|themselves|\d+)\b"
                            # ("Fishermen from Sayod, a hamlet of some 2,300 people, said": a thousands separator is no comma of the aside)
                            r"(?:[^,;:\"“”]|,(?=\d{3}\b)){1,80}(?:,\s+(?:aged\s+)?\d{1,3},[^,;:\"“”]{1,60})?,\s*(?:(?:has|have|had)\s+)?"
                            r"(?:(?:also|later|now|since|\w+ly)\s+)?$")
#: '"Asia Frontline" writes that': a short capitalised name in quotation marks right before the verb.
_QUOTED_NAME = re.compile(r"[\"“](?P<src>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+)){0,3})[\"”]\s+$")
#: 'A second channel, "Pamir Today", reports': the name in quotation marks as the aside.
_QUOTED_ASIDE_SUBJECT = re.compile(_SUBJECT + r",\s+[\"“][^\"“”,]{2,40}[\"”],\s*$")
#: A relative subject: "local media, which reported …", "the GKNB, which said only …".
_RELATIVE_SUBJECT = re.compile(_SUBJECT + r"(?:,\s+(?:now\s+|aged\s+)?\d{1,3})?,\s+(?:which|who)\s+"
                               r"(?:(?:also|later|now|had|has|have|\w+ly)\s+)*$")
#: A subject with a short defining relative clause: "Traders who use the road said", "A worker who gave his
#: name only as Jamshed, 27, said".
_WHO_SUBJECT = re.compile(_SUBJECT + r"\s+who\s+(?:[\w’'-]+\s+){0,7}?(?:[\w’'.-]+,\s+\d{1,3},\s+)?$")
#: An impersonal passive: "It was reported earlier that …", "it is claimed that …".
_IMPERSONAL = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?$")
_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+$", re.IGNORECASE)
_IMPERSONAL_VERBS = frozenset({"reported", "said", "claimed", "stated"})
_QUESTION_HEAD = re.compile(r"(?:Would|Will|Does|Do|Did|Can|Could|Should|Has|Have|Is|Are)\s")
#: An opening quotation mark right before a subject: the speech is quoted, the quoting verb is the claim.
def _quote_opens(text: str, at: int) -> bool:
    """An opening quotation mark right before ``at`` (at the text's start or after a space)."""
    return at > 0 and text[at - 1] in "\"“" and (at == 1 or text[at - 2].isspace())


#: "Have the Tajik authorities said anything?": a question opening with "Have"/"Has".
_QUESTION_HAVE = re.compile(r"(?:^|(?<=[.?!:]\s)|(?<=^\s))(?:Have|Has|Had)\s+$")
#: "Nobody on the Tajik side has confirmed": no one has spoken.
_NOBODY_OF = re.compile(r"\b(?:[Nn]obody|[Nn]o\s+one|[Nn]one)\s+(?:on|in|of|from|at)\s+$")
#: "No group has claimed": a negated subject.
_NO_SUBJECT = re.compile(r"\b[Nn]o\s+$")
#: "only when two independent sources confirm": the subject of a condition.
_CONDITION_BEFORE = re.compile(r"\b(?:when|if|unless|until|once)\s+(?:(?:two|three|several|independent|other|more)\s+){0,3}$")
_QUESTION_AUX = re.compile(r"\b(?:does|do|did|will|would|can|could|should)\s+$", re.IGNORECASE)
_SPEECH_INVERTED = frozenset({"said", "says", "added", "told"})
#: "The agency was told at the State Committee …": the teller after a passive "told".
_PASSIVE_TOLD_BEFORE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is|are)\s+$")
_PASSIVE_TOLD_AFTER = re.compile(rf"\s+(?:by|at|in)\s+(?:the\s+)?(?P<src>{_NAME}(?:\s+(?:side|authorities|government|"
                                 r"ministry|officials))?)")
_REPORTED_BY = re.compile(r"\s+(?:(?:dead|killed|injured|wounded|missing|detained|hurt)\s+)?by\s+"
                          r"(?P<src>(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?=\s*[,.;]|\s+(?:in|at|on|of)\b)")
#: The agent of a passive "confirmed", a time phrase between: "were confirmed on Wednesday by the governor's office".
_CONFIRMED_BY = re.compile(r"(?:\s+(?:on|late|early|later|earlier)(?:\s+[\w-]+){0,2}?)?\s+by\s+"
                           r"(?P<src>(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+?)"
                           r"(?=\s*[,.;]|\s+(?:in|at|on|of|who|which)\b)")
#: Bare "report"/"confirm" are verbs only when what follows is no noun-phrase continuation
#: ("Partners report shortages", "Police confirm a fourth death"; not "a police report said").
_NOT_AFTER_BARE_VERB = re.compile(r"\s*(?:[,.;:]|(?:we|I|you)\s+(?:found|saw|read|have|had|checked)\b|(?:said|says|stated|states|of|by|on|from|was|is|has|had|were|"
                                  r"published|released|issued|in|for|to|and|or)\b)", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|[Tt]he|[Aa]n?)\s+$")
#: A plural subject right before a bare "report"/"confirm" at the end of a clause: "…, residents report."
_PLURAL_BEFORE = re.compile(r"\b[a-z][a-z-]*[^s'’\W]s\s+$")
_END_AFTER = re.compile(r"\s*[.;]")
#: A heading or a link title: "Incident notes - …", "Field reports:", "… | Panj notes" at the end of its line.
_LABEL_AFTER = re.compile(r"[ \t]*(?:[-–—:|]|\n|$)")
#: A heading that is a sentence of its own: "Field notes." (one or two words before the noun, a full stop after it).
_SHORT_HEAD = re.compile(r"\s*[A-Z][\w-]*(?:\s+[\w-]+)?\s+")
_STOP_END = re.compile(r"\.\s*")
#: Plural "reports" as a noun: a participle after it ("reports compiled by", "reports received from"), or a preposition
#: and at most three lower-case words before it ("of official and media reports", "to local reports").
_NOUN_REPORTS_AFTER = re.compile(r"\s+(?:compiled|published|received|collected|gathered|cited|seen|verified|circulat\w+|"
                                 r"issued|released|reviewed|analy[sz]ed|by)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|from|in|on|with|by|and)\s+(?:[a-z-]+\s+){0,3}$")
_WROTE_TO = re.compile(r"\s+to\s+(?!us\b)")
_SAID_NOTHING = re.compile(r"\s+nothing(?=\s*[.;,]|\s+(?:about|on|of|publicly|so\s+far|yet|since|official)\b)")
_REPORTED_STATE = re.compile(r"\s+(?:missing|dead|killed|injured|wounded|detained|lost|safe|alive)\b")
_CLAIMED_LIVES = re.compile(r"\s+(?:the\s+)?li(?:fe|ves)\b")
_WRITE_TO_US = re.compile(r"\s+(?:to\s+us|that)\b")
#: Bare "note" speaks only before "that" ("Analysts note that …"; not "a note said", "note the date").
_NOTE_THAT = re.compile(r"\s+that\b")
#: "channels put the number at six": "put" reports a figure only before "the <number word> at"
#: ("put the number of dead at four").
_PUT_AT = re.compile(r"\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|(?:[A-Z][\w-]+\s+)?(?=losses|casualties))"
                     r"(?:number|toll|figure|tally|count|dead|wounded|injured|missing|losses|casualties)"
                     r"(?:\s+of\s+(?:the\s+|this\s+|that\s+|last\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+at\b))?"
                     # "put the toll on the Afghan side alone at 18"
                     r"(?:\s+(?:on|among|in|for)\s+(?:[\w’'-]+\s+){1,4}?(?=at\b)|\s+)at\b")
#: "a commander gave a lower toll": "gave"/"gives" speak only with a figure as object.
#: (the figure itself following: "gave a lower toll: \"Only two\"", "gave a toll of four"; "Residents gave a
#: higher toll." alone names none)
_GAVE_FIGURE = re.compile(r"\s+(?:(?:(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|number|estimate)s?"
                          r"|(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:account|version))"
                          r"(?:\s*:|\s+of\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
                          # "officials gave the toll as six dead"
                          r"|(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|number)\s+as\s+"
                          r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|no\b)"
                          # "the Border Troops gave a different account.": an account of their own, closing the clause
                          r"|(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:account|version)(?=\s+in\s+(?:a|an|its|their)\s+"
                          r"(?:[\w-]+\s+)?(?:statement|communiqu|interview|briefing|post))"
                          # "the administration gave six injured": a casualty figure as object
                          r"|(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\s+"
                          r"(?:dead|killed|injured|wounded|deaths|casualties|missing)\b"
                          # "other sources give 25.": a bare figure closing the clause
                          r"|(?:about\s+|around\s+|some\s+)?(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|a\s+dozen|dozens)\b)(?=\s*[.;]))")
#: "Davlat counts eleven wounded", "communiques mention nine deaths", "monitors list at least 17 deaths": a figure
#: as object.
_FIGURE_OBJECT = re.compile(r"\s+(?:(?:at\s+least|about|around|only|some|nearly|almost|more\s+than|over|up\s+to)\s+)?"
                            r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                            r"fifty|dozens|a\s+dozen|several)\b)")
#: "Takhar police recorded nine deaths", "the report records the following": "recorded"/"records" speak for others than the
#: writer only with a casualty figure or a list as object ("the station recorded 12 floods" does not).
_RECORDED_WHAT = re.compile(_FIGURE_OBJECT.pattern + r"(?:[\w,-]*\s+){0,3}?(?:deaths?|dead|killed|killings|injur\w*|wounded|"
                            r"casualt\w*|fatalit\w*|victims|detentions?|arrests?|detained|missing)\b"
                            r"|\s+the\s+following\b")
def _recorded_by_others(text: str, lo: int, v: re.Match[str]) -> bool:
    """ "the report records the following:", "Takhar police recorded nine deaths": records kept by an authority, or a
    document's list. ("Since 2022 the project has recorded 61 casualties": a monitor's running tally, the writer's own.)"""
    m = _RECORDED_WHAT.match(text, v.end())
    if m is None:
        return False
    if m.group(0).lstrip().startswith("the"):
        return True
    subj = _subject_before(text, lo, v.start())
    return subj is not None and OFFICIAL_SOURCE.search(subj.group("src")) is not None


#: "The police list him as missing": "list" speaks with a figure or an "as" a few words on ("a list of" does not).
_LIST_WHAT = re.compile(_FIGURE_OBJECT.pattern + r"|\s+(?:[\w’'-]+\s+){1,3}?as\b")
#: "Tajik officials describe them as drug couriers": "describe" speaks only with "as" a few words on.
_DESCRIBE_AS = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?as\b")
#: "a source informed the agency": "informed" speaks only with the one told as object ("informed sources" does not).
_INFORMED_WHOM = re.compile(r"\s+(?:(?:the|our|my)\s+(?:[\w-]+\s+)?(?:agency|newspaper|paper|website|site|channel|station|radio|"
                            r"correspondents?|reporters?|editors?|outlet|publication)|us|me|reporters|journalists|"
                            r"correspondents)\b")
#: "Villagers in Kokul tell us", "a source informed Asia-Plus": the one told is a person, the writer, a
#: named outlet or a newsroom ("tell the difference", "informed sources" are none).
_TOLD_WHOM = re.compile(_INFORMED_WHOM.pattern[:-3] + r"|[A-Z][\w-]+(?!\s+(?:sources?|officials?)\b))\b")
#: A negated "confirm": "the administration has not confirmed this", "I cannot confirm that", "the authorities
#: did not confirm" — a denial by the subject before the negation.
_NEG_CONFIRM = re.compile(r"\b(?:(?:has|have|had|did|does|do|could|can|would|will)\s+(?:not|never)(?:\s+yet)?|cannot|"
                          r"can['’]t|couldn['’]t|(?:has|have|had|did|does|do)n['’]t|(?:has|have)\s+yet\s+to)\s+$")
#: Between a speaking verb and the subject of a "confirm" it reports: "said [that] he could not confirm".
_SPEECH_THAT = re.compile(r"\s+(?:that\s+)?")
_CONFIRM_VERBS = frozenset({"confirm", "confirmed", "confirms"})
#: A source that asked not to be named reports, whoever it works for.
_UNNAMED_ASIDE = ("not to be named", "declined to be named", "not be identified", "not to be identified")
#: "disputed the figures", "dispute that account": a contested account, not "a disputed border".
_DISPUTED_WHAT = re.compile(r"\s+(?:the|that|this|these|those|its|their|his|her|claims?|reports?|figures?|accounts?|"
                            # "Residents dispute parts of the official account", "dispute every one of those cases"
                            r"parts?|every|all|each|much|most|some|both)\b")
#: "attributed the shell to armed groups": a cause named, with "to" a few words on.
_ATTRIBUTED_TO = re.compile(r"\s+(?:[\w’'-]+\s+){1,5}?to\b")
#: "The committee reminds that …", "The troops remind residents of border areas that …": a statement follows
#: ("remind him of his promise" is none).
_REMIND_THAT = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?that\b")
#: "accused Tajik troops of firing first" (not "the men accused of smuggling": a participle).
_ACCUSED_OF = re.compile(r"\s+(?!of\b)(?:[\w’'-]+\s+){1,5}?of\b")
#: "then corrected that to one wounded", "corrected its figure to two": a source taking back its own figure.
_CORRECTED_TO = re.compile(r"\s+(?:(?:that|it|this|(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:figure|toll|number|count|tally|"
                           r"report|statement|account)s?)\s+to\b"
                           # "We have also corrected the number of injured": a figure of one's own named by what it counts
                           r"|(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:figure|toll|number|count|tally)s?\s+(?:of|for)\s)")
#: "changed the figure to two", "revised its toll": a source's own figure (no "changed the route").
_CHANGED_FIGURE = re.compile(r"\s+(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:figure|toll|number|count|tally|estimate)s?\b")
#: A progressive speech verb's auxiliary: "websites were saying", "Afghan media are also reporting".
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\b[^,.;:!?]*$")
_ADDED_UP = re.compile(r"\s+(?:together|up)\b")
_PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+|already\s+)?$")
#: "relatives believe he drowned", "local authorities believe that the men …": a belief about what happened, a clause
#: following ("the family does not believe either account" and "we believe" asides are none).
_BELIEVE_WHAT = re.compile(r"\s+(?:that|he|she|they|the|his|her|their|it|both|all)\b")
#: Verbs that speak only with the object their check above finds.
_OBJECT_CHECKS = {"tell": _TOLD_WHOM, "give": _GAVE_FIGURE, "gave": _GAVE_FIGURE, "gives": _GAVE_FIGURE, "describe": _DESCRIBE_AS, "describes": _DESCRIBE_AS,
                  "described": _DESCRIBE_AS, "informed": _TOLD_WHOM, "disputed": _DISPUTED_WHAT,
                  "disputes": _DISPUTED_WHAT, "dispute": _DISPUTED_WHAT, "attributed": _ATTRIBUTED_TO,
                  "attributes": _ATTRIBUTED_TO, "list": _LIST_WHAT, "lists": _LIST_WHAT, "counts": _FIGURE_OBJECT,
                  "mention": _FIGURE_OBJECT, "mentions": _FIGURE_OBJECT, "cite": _FIGURE_OBJECT, "cites": _FIGURE_OBJECT,
                  "remind": _REMIND_THAT, "reminds": _REMIND_THAT, "reminded": _REMIND_THAT,
                  "accused": _ACCUSED_OF, "accuses": _ACCUSED_OF, "accuse": _ACCUSED_OF, "corrected": _CORRECTED_TO,
                  "count": _FIGURE_OBJECT, "stressed": _NOTE_THAT, "stresses": _NOTE_THAT, "emphasised": _NOTE_THAT,
                  "emphasized": _NOTE_THAT, "emphasises": _NOTE_THAT, "emphasizes": _NOTE_THAT, "underlined": _NOTE_THAT,
                  "believe": _BELIEVE_WHAT, "believes": _BELIEVE_WHAT, "changed": _CHANGED_FIGURE, "revised": _CHANGED_FIGURE,
                  "revises": _CHANGED_FIGURE, "maintain": _NOTE_THAT, "maintains": _NOTE_THAT, "maintained": _NOTE_THAT,
                  "allege": _NOTE_THAT, "alleges": _NOTE_THAT, "alleged": _NOTE_THAT}
_REPORTS_SUBJECT = re.compile(r"\s+(?:of|speak|spoke|say|said|suggest|suggested|indicate|indicated|put|gave|give)\b")
#: "One of the injured is reported to have succumbed": unnamed reports.
_REPORTED_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?$")
#: The writer's own organisation ("our office documented", "by our tally") reports; it is no official.
_OWN_SOURCE = re.compile(r"^(?:our|we|us|my)\b", re.IGNORECASE)
#: A writer with an embassy is a government: "According to our embassy in Dushanbe" (the ministry's own).
_OWN_GOVERNMENT = re.compile(r"^our\s+(?:embassy|embassies|consulate|ministry|government)\b", re.IGNORECASE)
_OWN_DOCUMENTED = re.compile(r"\b(?:[Oo]ur\s+(?:[\w-]+\s+)?[\w-]+|[Ww]e)\s+(?:have\s+|has\s+|had\s+)?$")
_DENIAL_VERB_END = re.compile(r"\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|disputed|disputes|dispute)$")
#: Denial words other than a denial verb: they may belong to any speaker in the sentence.
_DENIAL_ELSEWHERE = re.compile(r"\b(?:not|no|never|nobody|none|baseless|groundless|fabricat\w*|untrue|false|lies?|"
                               r"refut\w*|misleading|unfounded)\b")
_DENIAL_VERBS = frozenset({"denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "disputed",
                           "disputes", "dispute"})
#: Denial words of a sentence continuing a denier's words ("Nobody crossed," he said); "has not been seen" is none.
_DENIAL_OF_OWN = re.compile(r"\b(?:nobody|no one|none|never|baseless|groundless|fabricat\w*|untrue|false|lies?|refut\w*|"
                            r"misleading|unfounded|not\s+(?:true|involved|correct|responsible|fire\w*|cross\w*|happen\w*)|"
                            r"no\s+(?:such|shots?|fire|shooting|incident|losses))\b")
#: Any negation: a pronoun's sentence with one may go on with its antecedent's denial ("they also said nothing happened").
_NEGATION = re.compile(r"\b(?:no|not|nothing|nobody|none|never|neither|nor|without)\b|n['’]t\b")
#: A quotation, then the verb, then the speaker: '"My son was 19," said a man who …'.
_QUOTE_BEFORE = re.compile(r"[,?!]\s?[\"”]\s*$")
_SPEAKER_AFTER = re.compile(r"\s+(?P<src>(?:an?|the|one|another|his|her|their|my|our)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
                            r"(?=\s*(?:[,.;:]|$)|\s+(?:who|whose|which|that|from|in|at|of|on|with|after)\b)")
#: An apposition between subject and verb: "the guard, Umed Karimov, testified", "the eldest defendant, 54, said".
_APPOSITIVE = re.compile(rf"\b(?P<np>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?[a-z][\w’'-]*"
                         # "A spokesman for the provincial police in Kunduz, Ahmad Karimi, rejected"
                         # "a baker from Vose, Dilnoza Rahmonova, said"
                         rf"(?:\s+(?:for|of|in|at|from)\s+[^,;:\"“”]{{1,50}}?)?),\s+"
                         # ("A weekly, Pamir Post, had earlier reported": an auxiliary and an adverb before the verb)
                         rf"(?:(?P<name>{_NAME})(?:,\s+(?:aged\s+)?\d{{1,3}})?|(?:aged\s+)?\d{{1,3}}),\s*"
                         r"(?:(?:has|have|had)\s+)?(?:(?:also|later|now|since|earlier|first|initially|previously|already|\w+ly)\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:\"“”]|\b(?:and|but|that)\b")
_MAIN_SPEECH = frozenset({"said", "says", "say", "told", "tells", "tell", "stated", "added"})
#: A capitalised plain head with an "of the …" phrase ("Residents of the village"): read with a speech verb only.
_PLAIN_HEAD_OF = re.compile(r"(?:Residents?|Villagers?|Witness(?:es)?|Relatives?|Locals|Elders?|Families|Traders?|Drivers?|"
                            r"Teachers?|Farmers?|Survivors|Neighbou?rs?)\s+of\s+the\b")
#: Before a story as a subject: "An earlier version of this story said", "the original version of our report".
_VERSION_OF = re.compile(r"\b(?:earlier|original|previous|first)\s+versions?\s+of\s+(?:this|the|our|its)\s+$", re.IGNORECASE)
#: A verb coordinated with the clause's first verb: "… have opened a case but say", "… and later said".
_BUT_BEFORE = re.compile(r"\b(?:but|and)\s+(?:(?:also|later|then|now|still)\s+)?$")
#: The subject opening a clause, after an optional time or place phrase, then its first verb.
_CLAUSE_SUBJECT = re.compile(r"\s*(?:(?:On|In|At|Late|Early|Later|Earlier|By)\b[^,;:\"“”]{1,40},\s+)?"
                             r"(?P<src>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,6}?)"
                             r"(?:,[^,;:\"“”]{1,80},)?\s+(?:(?:has|have|had|also|later|then|\w+ly)\s+){0,3}"
                             r"(?:[a-z]+ed|[a-z]+s|gave|took|made|kept|held|did|sent|met|saw|found|went|came|knew|said|told)\b")
#: Non-official people coordinated before a subject: "relatives and a local official said".
_NON_OFFICIAL_AND = re.compile(r"(?<![\w’'-])(?P<np>(?:[\w’'-]+\s+){0,2}?(?:[Rr]elatives|[Rr]esidents|[Vv]illagers|[Ww]itnesses|"
                               r"[Ll]ocals|[Ff]amil(?:y|ies)|[Nn]eighbou?rs|[Ee]lders|[Aa]ctivists|[Jj]ournalists|[Tt]raders))\s+and\s+$")
#: Characters no match of SUBJECT_BEFORE contains (a comma only inside ", however,"-type asides):
#: a match ends at the verb, so it starts after the last of them before the verb.
_NOT_IN_SUBJECT = re.compile(r"[^\w\s.’'&/()-]")
_NOT_IN_SUBJECT_EXCEPT_COMMA = re.compile(r"[^\w\s.’'&/(),-]")
_ASIDE = re.compile(r",\s+(?:however|though|meanwhile|in turn|too|for (?:its|their|his|her) part),")
PATTERNS = [
    re.compile(r"\b[Aa]ccording to (?P<src>[\"“][^\"“”]{2,60}[\"”]|(?:the |a |an )?[^,.;:“”\"]{2,130}?)(?=\s*(?:[,.;:“”\"]|$|\s(?:that|who|on|in)\s|\s(?:quoted|cited)\s+by\s))"),
    re.compile(rf"\b(?:{_VERBS}|quoted|recalls|recalled|replied)\s+(?:by\s+)?(?P<src>{_NAME}|the\s+[\w’']+(?:\s+[\w’']+){{0,2}}(?=[.;]))"
               r"(?=[\s,.;:]|$)"),
    re.compile(rf"\b(?:[Cc]iting|cited by|[Qq]uoting|quoted by)\s+[\"“]?(?P<src>{_GROUP}|{_NAME}|[\w\s-]{{3,50}}?sources)"
               r"(?=[\s,.;:]|$)"),
]
#: Plain forms of the reporting verbs, never followed by their subject ("say Tajik forces …" is no "said X").
_BARE_VERBS = frozenset({"say", "report", "confirm", "write", "deny", "reject", "warn", "tell", "claim", "note"})
#: Cheap pre-checks, one per pattern above: a sentence without the cue cannot match it.
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<src>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
_ALL_VERB_GATE = VERB_GATE + CHECKED_VERB_GATE + FIGURE_GATE  # the lexicon's "verb" family
_PATTERN_CUES = (("according to",), _ALL_VERB_GATE, ("citing", "cited by", "quoting", "quoted by"))
_BAD_SOURCE = re.compile(r"^(?:The|This|That|These|Those|Such|Its|Their|In|On|At|As|But|And|However|A|An|Officials? in|"
                         r"Nobody|No one|Nothing|None|If|When|Once|Unless|While|Although|Though|Yes|No)$")
#: Pronoun subjects ("He said", "It added", "We categorically reject"): a claim whose source is the
#: nearest named speaker before it (the previous sentences), so "He" after "Kamgar told …" is Kamgar.
_PRONOUN = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)$")
ANTECEDENT_WINDOW = 600
#: "according to local officials " right before a passive "quoted by"/"cited by".
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+[^,.;:“”\"]{2,70}$")
#: A second verb sharing the subject of the first: "… told a website that … and denied that …".
_AND_BEFORE = re.compile(r"(?:\band|,\s+then|\band\s+then)\s+(?:\w+ly\s+)?$")
#: Cues that are claims by themselves without a speaking subject: withdrawal notices and
#: unquoted first-person denials in official statements ("This information does not correspond to
#: reality"). (pattern, stance, source)
STANDALONE = (
    (re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?withdrawn\b"), "retraction", "publisher"),
    # "the channel has since deleted that post": the publisher takes it back
    (_DELETED := re.compile(r"\b(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?deleted\s+(?:that|the|this|its|their|his|her)\s+"
                r"(?:[\w-]+\s+)?(?:post|message|tweet|entry|article|story|report|video|claim)s?\b"), "retraction", "publisher"),
    # "an unverified post, which has since been deleted"
    (re.compile(r"\b(?:[Pp]osts?|[Mm]essages?|[Tt]weets?|[Ee]ntry|[Ee]ntries|[Aa]rticles?|[Ss]tory|[Ss]tories|[Rr]eports?|"
                r"[Vv]ideos?|[Cc]laims?|[Ss]tatements?|[Pp]ages?|[Cc]hannels?)\b[^.;!?]{0,80}?\s"
                # "… came from an anonymous channel on Wednesday and was deleted within two hours"
                r"(?P<cue>(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?been\s+deleted|(?:was|were)\s+(?:later\s+|since\s+|"
                r"quickly\s+|then\s+)?deleted"
                # "[4] Post on the channel's account, 3 May, since deleted."
                r"|(?<=,\s)(?:since|later|subsequently)\s+deleted)\b"), "retraction", "publisher"),
    # "The headline of the original report, "…", has been changed": a publication's text changed by its publisher
    (re.compile(r"\b(?:[Hh]eadlines?|[Aa]rticles?|[Ss]tory|[Rr]eports?|[Tt]ext|[Ee]ntry|[Tt]itle|[Vv]ersion)\b[^.;!?]{0,80}?\s"
                r"(?P<cue>(?:has|have)\s+(?:since\s+|now\s+)?been\s+(?:changed|amended))\b"), "retraction", "publisher"),
    # 'An article published on Monday under the headline "…" contained errors and has been corrected'
    (re.compile(r"\b(?:[Aa]rticles?|[Ss]tory|[Rr]eports?|[Ee]ntry|[Ii]tem|[Hh]eadline|[Tt]ext|[Vv]ersion)\b[^.;!?]{0,160}?\s"
                r"(?P<cue>(?:has|have)\s+(?:since\s+|now\s+)?been\s+corrected)\b"), "retraction", "publisher"),
    (re.compile(r"\bdo(?:es)? not correspond to (?:reality|the facts|the truth)\b"), "denial", "statement"),
    # "Pamir Daily retracted the article the same day", "The story was later retracted" (not "has not retracted")
    (re.compile(r"(?<!not )(?<!never )(?<!n['’]t )\bretract(?:ed|s)\b"), "retraction", "publisher"),
    # a correction notice: "An article published on 13 March incorrectly stated that …"
    (re.compile(r"\bincorrectly\s+(?:stated|reported|said|claimed)\b"), "retraction", "publisher"),
    # "This article was corrected on 4 May": the publisher's correction notice
    (re.compile(r"\b(?:[Tt]his|[Tt]he|[Oo]ur|[Aa]n?)\s+(?:(?:earlier|original|previous)\s+)?(?:article|story|report|item|version|"
                r"headline|text|entry)(?:\s+and\s+(?:the\s+)?(?:article|story|text|headline|body))?\s+"
                r"(?:has\s+been|have\s+been|had\s+been|was|were)\s+corrected\b"), "retraction", "publisher"),
    # "Early reports of six dead … were wrong and were withdrawn", "Those figures were later corrected": published
    # reports or figures taken back (not "the troops were withdrawn")
    # (not "reports that were later withdrawn are excluded", "it was shared widely before it was withdrawn": a clause about them)
    (_TAKEN_BACK := re.compile(r"\b(?:[Rr]eports?|[Ff]igures?|[Cc]laims?|[Ss]tor(?:y|ies)|[Aa]rticles?|[Pp]osts?|[Tt]olls?)\b"
                r"(?:(?!\b(?:that|which|before|after|until|when|once)\b)[^.;!?]){0,100}?\s"
                r"(?P<cue>(?:was|were)\s+(?:later\s+|since\s+|quickly\s+|then\s+|subsequently\s+|also\s+)?"
                r"(?:withdrawn|corrected|retracted))\b"), "retraction", "publisher"),
    # "a figure it withdrew a few hours later", "a claim the channel later withdrew": its own figure taken back
    (_OWN_TAKEN_BACK := re.compile(r"\b(?:figures?|tolls?|claims?|reports?|story|stories|numbers?)\s+(?:that\s+|which\s+)?"
                r"(?:it|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:later\s+|quickly\s+|then\s+|since\s+|also\s+)?"
                r"(?P<cue>withdrew|retracted|deleted|corrected)\b"), "retraction", "publisher"),
)


#: Standalone cues with a clause of their own: a speaker's cue earlier in the sentence does not absorb them.
_CLAUSE_STANDALONE = (_DELETED, _OWN_TAKEN_BACK)


class Attribution(NamedTuple):
    """One attribution cue (a named tuple: cheaper to build than a frozen dataclass)."""

    start: int
    end: int
    source: str
    stance: str


#: A source of this kind speaking makes the sentence an official statement ("the official told", "his office said").
OFFICIAL_SOURCE = re.compile(r"\b(?:official|officials|officer|officers|ministry|minister|administration|committee|"
                             r"spokes(?:man|woman|person)|embassy|government|authorities|agency|service|police|president|"
                             r"governor|commander|command|customs|chair(?:man|woman|person)|office|council|border troops|(?<!government )troops|patrols?|border guards?|detachment|prosecutor|department|"
                             r"centre|center|statement|press cent(?:re|er)|directorate|border forces|brigade|"
                             r"GKNB|MFA|TNMAC|republic|"
                             # plurals and institutions: "provincial health directorates", "court records"
                             r"ministries|committees|agencies|services|offices|councils|departments|directorates|"
                             r"prosecutors|court|indictment|programmes?|commissions?|"
                             # "Tajik guards reported a firefight": a country's guards are its border guards
                             r"(?:Tajik|Afghan|Taliban|Chinese|Uzbek|Kyrgyz)\s+guards|"
                             # a government as a party: "the Tajik side had said"
                             r"(?:Tajik|Afghan|Chinese|Russian|Uzbek|Kyrgyz|Iranian|Pakistani) side)\b", re.IGNORECASE)
#: The wording of official communiqués: "According to preliminary information", "according to the operational data".
_OFFICIAL_DATA = re.compile(r"^(?:the\s+)?(?:preliminary|operational|operative)\s+(?:information|data)$", re.IGNORECASE)
#: A title before a name: "Deputy head Zarina Latipova", "district chief Abdullo Karimov".
_TITLED_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[Dd]eputy|[Aa]cting|[Dd]istrict|[Vv]illage)\s+)?(?:head|chief)\s+[A-Z][a-z]")
#: Medical staff as the head of a source: "Doctors at the district hospital", "a nurse", "Staff at the hospital".
_MEDICAL_STAFF = re.compile(r"^(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:doctors?|nurses?|medics?|surgeons?|"
                            r"paramedics?|staff\s+at)\b", re.IGNORECASE)
#: A capital alone for its government, and the de facto authorities: "Dushanbe later said", "the Taliban said"
#: (not "a diplomat in Dushanbe").
_CAPITAL_SOURCE = re.compile(r"^(?:(?:[Tt]he\s+)?Taliban|Dushanbe|Kabul|Beijing|Moscow|Tashkent|Islamabad|Tehran|Bishkek|Washington"
                             # a country alone speaks through its government: "Tajikistan said on Monday", "Kyrgyzstan blamed …"
                             r"|Tajikistan|Afghanistan|Uzbekistan|Kyrgyzstan|Turkmenistan|Kazakhstan|China|Russia|Iran|Pakistan)$")
#: A court denies only an argument, claim or figure put to it ("The court rejected this argument").
_COURT = re.compile(r"\bcourt$", re.IGNORECASE)
_COURT_REJECTS = re.compile(r"\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w-]+\s+)?(?:arguments?|claims?|figures?|"
                            r"version|account|count|numbers?)\b")
#: Sources that speak for no authority, whoever else speaks in their sentence.
_NON_OFFICIAL = re.compile(r"\b(?:rights|groups?|residents?|witnesses|relatives?|villagers?|locals|activists?|monitors?|"
                           r"families|neighbou?rs|media|channels?|bloggers?|journalists?|analysts?|experts?|observers?)\b",
                           re.IGNORECASE)
#: A local head of administration: "the district chief", "the village head", "the police chief".
_LOCAL_HEAD = re.compile(r"\b(?:district|village|police|provincial|province|regional|security|border)\s+(?:chief|head)\b"
                         # the head of a hospital speaks for it ("The chief doctor of the district hospital told")
                         r"|\b(?:chief|head)\s+(?:doctor|physician)\b|\bhospital\s+director\b"
                         # a local administration by its area alone: "The district said four were injured"
                         r"|^(?:the\s+)?(?:district|province|region)$",
                         re.IGNORECASE)
#: An institution as the head of the source ("The regional hospital in Khorugh told"), not a person at
#: it ("a doctor at the Fayzabad hospital said" stays a report).
_INSTITUTION_HEAD = re.compile(r"^(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}(?:hospital|clinic)s?\b(?!['’])", re.IGNORECASE)
#: Anonymous sources are reports whoever they work for ("a source in the border troops told").
_ANONYMOUS = re.compile(r"\b(?:unnamed|anonymous|unidentified|interlocutors?)\b|^(?:an?\s+|one\s+|the\s+|two\s+|several\s+)?"
                        r"(?:(?:same|informed|security|local|military|diplomatic)\s+)?sources?\b", re.IGNORECASE)
#: The writer's own earlier story in a correction notice: "We reported", "Last week's digest said", "The article also said".
_OWN_STORY = re.compile(r"^(?:[Ww]e|(?:[Oo]ur|[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?(?:article|story|report|digest|entry|item|"
                        r"bulletin|piece|headline)|(?:(?:[Ll]ast|[Pp]revious)\s+)?(?:week|month|issue)['’]s\s+[\w-]+)$")
#: The same, speaking (the cue's own text: a pronoun's source is resolved to someone else).
_OWN_STORY_CUE = re.compile(_OWN_STORY.pattern[1:-1] + r"(?:\s+[\w#-]+){0,3}?\s+(?:also\s+)?(?:reported|said|wrote|stated|put)$")
#: The mistaken story of a correction notice speaking: "The original article also said …".
_RETRACTED_SOURCE = re.compile(r"\b(?:original|earlier|previous|first)\s+(?:version|article|story|report)\b",
                               re.IGNORECASE)


def sentence_stance(text: str, families: frozenset[str] | None = None, low: str | None = None) -> str:
    """The strongest stance cue in a sentence (retraction > denial > official_statement > report).

    ``low`` is ``text.lower()`` when the caller has it already.
    """
    if low is None:
        low = text.lower()
    if not (("stance" in families) if families is not None else gate(low, STANCE_GATE)):
        return "report"
    return _cue_stance_in(low) or "report"


def _clause_stance(clause: str) -> str:
    """:func:`sentence_stance` of a clause, with the denial cues the stance gate does not name."""
    st = sentence_stance(clause)
    if st in {"report", "official_statement"}:
        low = clause.lower()
        if gate(low, _late_denial_needs()) and _cue_stance_in(low, "denial"):
            return "denial"
    return st


def _cue_stance_in(low: str, only: str | None = None) -> str | None:
    """The stance of the strongest cue row of ``stance_cues.csv`` that matches ``low`` (only rows of
    stance ``only`` when given), or None.

    Each row is tried only if ``low`` holds a literal every match of that row contains (one
    Aho-Corasick pass finds them for all rows): an alternation of all of a stance's rows needs the
    union of their literals, which common words (" not ", "village", "figure") let through.
    """
    rows, needs, auto = _cue_rows()
    hit = {i for _, ids in auto.iter(low) for i in ids}
    for i, (rx, stance) in enumerate(rows):
        if only is not None and stance != only:
            continue
        if (needs[i] is None or i in hit) and rx.search(low):
            return stance
    return None


@cache
def _cue_rows():
    """The lexicon's stance cue rows, the literals each needs (None: tried always) and one automaton
    mapping every such literal to the rows that need it."""
    import ahocorasick

    rows = lexicon().stance_rows
    needs = [None if rx.flags & re.IGNORECASE else _required_literals(rx.pattern) for rx, _ in rows]
    by_literal: dict[str, list[int]] = {}
    for i, lits in enumerate(needs):
        for lit in lits or ():
            by_literal.setdefault(lit, []).append(i)
    auto = ahocorasick.Automaton()
    for lit, ids in by_literal.items():
        auto.add_word(lit, tuple(ids))
    auto.add_word("\x00never\x00", ())  # an automaton needs a word before it is made
    auto.make_automaton()
    return rows, needs, auto


@cache
def _late_denial_needs() -> tuple[str, ...]:
    """Literals one of which every denial cue the stance gate does not name contains (read from the cues)."""
    needs = _stance_needs()["denial"]
    return tuple(n for n in needs or () if not gate(n, STANCE_GATE)) if needs is not None else ("",)


@cache
def _stance_needs() -> dict[str, tuple[str, ...] | None]:
    """Per stance, literals one of which every match of any of its cue rows contains (None: unknown),
    the union of its rows' own (see :func:`_cue_rows`)."""
    rows, needs, _ = _cue_rows()
    out: dict[str, tuple[str, ...] | None] = {}
    for (_, stance), lits in zip(rows, needs):
        have = out.get(stance, ())
        out[stance] = None if have is None or lits is None else tuple(sorted(set(have) | lits))
    return out


def _required_literals(pattern: str) -> frozenset[str] | None:
    """A set of literal strings one of which every match of ``pattern`` (case-sensitive) contains,
    read from the parsed pattern; None when no such set is found. Only literal runs, groups,
    alternations and repeats of at least one count; everything else (classes, anchors,
    look-arounds, groups with inline flags) is passed over."""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # a Python without the parser module: no shortcut, same results
        return None

    def needs(items) -> frozenset[str] | None:
        candidates: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                candidates.append(frozenset({"".join(run)}))
                run = []
            sub: frozenset[str] | None = None
            if op is c.SUBPATTERN and not av[1] and not av[2]:
                sub = needs(av[-1])
            elif op is c.BRANCH:
                alts = [needs(alt) for alt in av[1]]
                sub = None if any(a is None for a in alts) else frozenset().union(*alts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                sub = needs(av[2])
            if sub:
                candidates.append(sub)
        if run:
            candidates.append(frozenset({"".join(run)}))
        return max(candidates, key=lambda cs: min(map(len, cs))) if candidates else None

    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
            return None
        return needs(list(parsed.data))
    except Exception:  # an unexpected parse tree: no shortcut
        return None


def _subject_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``SUBJECT_BEFORE.search(text, lo, hi)``, started after the last character no subject contains."""
    window = text[lo:hi]
    cut = (_NOT_IN_SUBJECT_EXCEPT_COMMA if _ASIDE.search(window) else _NOT_IN_SUBJECT).search(window[::-1])
    if cut:
        lo = hi - cut.start()
    return SUBJECT_BEFORE.search(text, lo, hi)


def find_attributions(text: str, start: int, end: int, stance: str | None = None,
                      families: frozenset[str] | None = None) -> list[Attribution]:
    """Attribution cues in one sentence, left to right, without overlaps."""
    hits: list[Attribution] = []
    reported: list[tuple[int, int]] = []  # cues inside another speaker's words: no claims of their own
    sentence = text[start:end]
    low = sentence.lower()
    stance = stance or sentence_stance(sentence, families, low)
    if stance == "denial" and ("confirm or deny" in low or "confirm nor deny" in low):
        # "declined to confirm or deny the detentions": no denial; the sentence's other cues decide
        stance = sentence_stance(low.replace("confirm or deny", "").replace("confirm nor deny", ""))
    elif stance != "denial" and stance != "retraction" and not (
            ("stance" in families) if families is not None else gate(low, STANCE_GATE)) and gate(low, _late_denial_needs()):
        # no fragment of the stance gate, so the stance cues were not read: the denials it does not name
        # ("The Afghan side says its people did not shoot", "… who insist that no attacks come from their soil")
        stance = "denial" if _cue_stance_in(low, "denial") else stance
    def has(family: str, fragments: tuple[str, ...]) -> bool:
        return (family in families) if families is not None else gate(low, fragments)

    verbs = _verbs_in(text, start, end, low) if has("verb", _ALL_VERB_GATE) or gate(low, _MORE_CHECKED) else []
    for v in verbs[:MAX_CUES]:  # a real sentence has a handful; "said said said …" must stay linear
        lo = max(start, v.start() - 140)
        verb = v.group(0).lower()
        if verb in {"report", "claim", "reports", "claims"} and _DETERMINER_BEFORE.search(text, max(start, v.start() - 12), v.start()):
            continue  # "Our report also said", "his claim was": a noun
        if verb in {"report", "confirm", "claim"} and _NOT_AFTER_BARE_VERB.match(text, v.end()) \
                and not (verb == "confirm" and _NEG_CONFIRM.search(text, lo, v.start())) \
                and not (_PLURAL_BEFORE.search(text, max(start, v.start() - 30), v.start())
                         and _END_AFTER.match(text, v.end())):
            continue  # "a police report said": a noun; "…, residents report." stays a verb
        if (verb == "write" and not _WRITE_TO_US.match(text, v.end())) or (
                verb in {"wrote", "writes"} and _WROTE_TO.match(text, v.end())):
            continue  # "The centre wrote to the ministry": a letter, not a report; "residents write to us that …" is
        if verb == "note" and not _NOTE_THAT.match(text, v.end()):
            continue  # "the note said", "note the date": a noun or an imperative
        if verb in {"notes", "reports"} and (_LABEL_AFTER.match(text, v.end(), end) or (
                _SHORT_HEAD.fullmatch(text, start, v.start()) and _STOP_END.fullmatch(text, v.end(), end))):
            continue  # "Incident notes - Khwahan, 4 March: …", "Past issues: Panj notes": a heading or a link title
        if verb == "reports" and (_NOUN_REPORTS_AFTER.match(text, v.end()) or _PREPOSITION_BEFORE.search(
                text, max(start, v.start() - 40), v.start())):
            continue  # "reports compiled by the monitor", "according to official and media reports": a noun
        if verb in {"put", "puts"} and not _PUT_AT.match(text, v.end()):
            continue  # "put" speaks only as "put the toll at N"
        if verb in {"said", "says", "say"} and _SAID_NOTHING.match(text, v.end()):
            continue  # "The Tajik side has said nothing.": no one has spoken ("said nothing happened" is a claim)
        if verb == "reported" and _REPORTED_STATE.match(text, v.end()) and not _PASSIVE_TOLD_BEFORE.search(text, lo, v.start()):
            continue  # "Two shepherds reported missing on Wednesday returned home": a participle, no one speaking
        if verb in {"claimed", "claims"} and _CLAIMED_LIVES.match(text, v.end()):
            continue  # "the clashes claimed the lives of two servicemen": no speaker
        if verb in {"reports", "report"} and _REPORTS_SUBJECT.match(text, v.end()):
            continue  # "Early reports speak of three killed": the reports are the subject of the next verb
        if verb in {"documented", "recorded", "logged", "records"} and not _OWN_DOCUMENTED.search(text, lo, v.start()) \
                and not (verb in {"recorded", "records"} and _recorded_by_others(text, lo, v)):
            continue  # "our office documented 23 casualties" (the writer's own count, like "by our tally") only
        aux = None
        if verb in {"saying", "reporting"}:
            aux = _PROGRESSIVE_AUX.search(text, max(start, v.start() - 24), v.start())
            if aux is None or _WHAT_BEFORE.search(text, max(start, aux.start() - 60), aux.start()):
                continue  # "reporting by X", "without saying", "What the channels are saying" (a title): no one speaking
        if verb == "added" and _ADDED_UP.match(text, v.end()):
            continue  # "the official figures added together": a sum, no one speaking
        check = _OBJECT_CHECKS.get(verb)
        if check is not None and not check.match(text, v.end()) and not (
                verb == "informed" and _PASSIVE_TOLD_BEFORE.search(text, lo, v.start())):
            continue  # "gave birth", "a disputed border", "informed sources": no one speaking
        if verb in {"quoted", "cited"} and text.startswith(" by ", v.end()) and _ACCORDING_BEFORE.search(
                text, max(start, v.start() - 80), v.start()):
            continue  # "according to local officials quoted by X": two cues, "according to" and "quoted by"
        neg = _NEG_CONFIRM.search(text, lo, v.start()) if verb in _CONFIRM_VERBS else None
        m = _subject_before(text, lo, neg.start() if neg else aux.start() if aux else v.start())
        if m and verb in _CONFIRM_VERBS and hits and _SPEECH_THAT.fullmatch(text, hits[-1].end, m.start()):
            reported.append((m.start(), v.end()))
            continue  # "X said he could not confirm the figures", "The article said that the authorities had confirmed …"
        if neg and m:  # "the administration has not confirmed this": a denial
            src = m.group("src").strip(" ,")
            if src and not _BAD_SOURCE.match(src) and not _quote_opens(text, m.start()) and not any(h.start < v.end() and m.start() < h.end for h in hits):
                if _PRONOUN.match(src):
                    src = _antecedent(text, m.start(), hits, src, stance)[0]
                hits.append(Attribution(m.start(), v.end(), src, "denial"))
            continue
        if not m:
            other = _other_subject(text, lo, v, verb)
            if other and not any(h.start < v.end() and v.start() < h.end for h in hits):
                src, a_start = other
                if verb not in _MAIN_SPEECH and _PLAIN_HEAD_OF.match(src):
                    continue
                if hits and hits[-1].source == src and text.find(" who ", max(start, hits[-1].start - 12), hits[-1].start) >= 0:
                    # "A driver who said he saw them counted three", "An officer who testified said …": one speaker, one
                    # cue (the speech verb; of two, the main clause's); "a spokesman who denied … and said …": one statement
                    if _AND_BEFORE.search(text, max(start, v.start() - 30), v.start()):
                        if _cue_stance(verb, src, hits[-1].stance) != hits[-1].stance:
                            hits.append(Attribution(v.start(), v.end(), src, _cue_stance(verb, src, stance)))
                            continue
                    elif verb in _MAIN_SPEECH:
                        hits[-1] = Attribution(a_start, v.end(), src, _cue_stance(verb, src, stance))
                        continue
                    reported.append((v.start(), v.end()))  # (no "said the dead were …" from the verb pattern either)
                    continue
                if hits and hits[-1].source == src and _cue_stance(verb, src, stance) == hits[-1].stance \
                        and _RELATIVE_TAIL.search(text, max(start, v.start() - 40), v.start()):
                    # "… were confirmed by a spokesman, who said …": the same speaker, counted once
                    reported.append((v.start(), v.end()))
                    continue
                st = _cue_stance(verb, src, stance)
                at = text.rfind(src, lo, v.start())
                if st in {"report", "official_statement"} and at >= 0 and _VERSION_OF.search(text, max(start, at - 40), at):
                    st = "retraction"  # "An earlier version of this story, citing an official, said …"
                hits.append(Attribution(a_start, v.end(), src, st))
                continue
            but = _BUT_BEFORE.search(text, max(start, v.start() - 24), v.start()) if not hits else None
            if but and (but.group(0).startswith("but") or verb not in _BARE_VERBS):  # ("…, and report any emergency")
                c = _CLAUSE_SUBJECT.match(text, start, v.start())
                if c and not _BAD_SOURCE.match(c.group("src").strip(" ,")) and not _quote_opens(text, c.start("src")):
                    # "The district police have opened a case but say …", "It gave no figures but said …": the
                    # clause's subject speaks (its first verb was no cue)
                    src = c.group("src").strip(" ,")
                    st = stance
                    if _PRONOUN.match(src):
                        src, st = _antecedent(text, c.start("src"), hits, src, stance, low)
                    hits.append(Attribution(v.start(), v.end(), src, _cue_stance(verb, src, st)))
                continue
            if hits and hits[-1].end < v.start() and _AND_BEFORE.search(text, max(start, v.start() - 30), v.start()):
                prev = hits[-1]  # "… told a website that … and denied that …": same speaker
                st = _cue_stance(verb, prev.source, prev.stance)
                if st != prev.stance or verb in _DENIAL_VERBS:  # "confirmed one death and said …": one statement
                    hits.append(Attribution(v.start(), v.end(), prev.source, st))
            continue
        src = m.group("src").strip(" ,")
        if not src or _BAD_SOURCE.match(src) or any(h.start < v.end() and m.start() < h.end for h in hits):
            continue
        if _QUESTION_HEAD.match(src) or _quote_opens(text, m.start()) or _NOBODY_OF.search(
                text, max(start, m.start() - 16), m.start()):
            continue  # "Would the ministry tell us?"; '"They say one dead," she says': speech inside a quotation
        if _NO_SUBJECT.search(text, max(start, m.start() - 4), m.start()):
            continue  # "No group has claimed responsibility": no one has spoken
        if verb in {"recall", "recalled", "believe"} and src.lower() in {"we", "i"}:
            continue  # "We recall that …", "we believe the …": the writer's own background or view, not a source
        if verb in _BARE_VERBS and _CONDITION_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "we count a death only when two sources confirm it": a condition, nobody has spoken
        if _COURT.search(src) and verb in _DENIAL_VERBS and not _COURT_REJECTS.match(text, v.end()):
            continue  # "the court rejected the complaint": a ruling; "The court rejected this argument" denies a claim
        if verb == "counted" and _PRONOUN.match(src):
            continue  # "he had counted five graves": a clause of someone's statement; "Residents counted" speaks
        if _QUESTION_AUX.search(text, max(start, m.start() - 12), m.start()) or _QUESTION_HAVE.search(
                text, max(start, m.start() - 8), m.start()):
            continue  # "What does the other side say?": a question, nobody has said anything
        if verb in {"recorded", "documented", "logged"} and src.lower() == "we":
            hits.append(Attribution(m.start(), v.end(), src, "report"))  # "Last week we recorded 5 deaths": the writer's count
            continue
        if _PRONOUN.match(src):
            if hits and _AND_BEFORE.search(text, max(start, m.start() - 12), m.start()) and \
                    _cue_stance(verb, hits[-1].source, hits[-1].stance) == hits[-1].stance:
                continue  # "… told a colleague that …, and he blamed smugglers": one statement, counted once
            if hits and verb in {"said", "says"} and text[m.start() - 2:m.start()] == ", " \
                    and text.startswith(",", v.end()) and hits[-1].stance == _cue_stance(verb, hits[-1].source, stance):
                continue  # "The defence argued that …, which, it said, was two": the same speaker, an aside
            src, stance_of = _antecedent(text, m.start(), hits, src, stance, low)
            hits.append(Attribution(m.start(), v.end(), src, _wrongly(text, v, _cue_stance(verb, src, stance_of))))
            continue
        if verb not in _MAIN_SPEECH and _PLAIN_HEAD_OF.match(src):
            continue  # "Relatives of the two men rejected that version": such heads are read only speaking
        if hits and verb in _MAIN_SPEECH and m.start() - hits[-1].end < 40 and text.find(
                " who ", max(start, hits[-1].start - 12), hits[-1].start) >= 0 and not _CLAUSE_BREAK.search(
                text, hits[-1].end, m.start()):
            # "An officer who testified on Friday said …": the relative clause's verb and the main verb are one cue
            hits[-1] = Attribution(v.start(), v.end(), hits[-1].source, _cue_stance(verb, hits[-1].source, stance))
            continue
        a_start = m.start()
        mixed = _NON_OFFICIAL_AND.search(text, max(start, a_start - 40), a_start) if text.startswith(
            "and ", a_start - 4) else None
        if mixed:  # "relatives and a local official said": one statement of both, a report
            a_start, src = mixed.start(), f"{mixed.group('np')} and {src}"
        st = _wrongly(text, v, _cue_stance(verb, src, stance))
        if st in {"report", "official_statement"} and _VERSION_OF.search(text, max(start, a_start - 40), a_start):
            st = "retraction"  # "An earlier version of this story said …": the publisher's own mistaken text
        hits.append(Attribution(a_start, v.end(), src, st))
    standalone_needs = _standalone_needs()
    any_standalone = None in standalone_needs or gate(sentence, _union(standalone_needs))
    for (rx, st, src), needs in zip(STANDALONE, standalone_needs):  # the stance gate does not know these cues
        if not any_standalone or (needs is not None and not gate(sentence, needs)):
            continue  # a literal every match contains is missing
        for m in rx.finditer(text, start, end):
            a, b = m.span("cue") if "cue" in rx.groupindex else m.span()
            if not any(h.start < b and (rx not in _CLAUSE_STANDALONE or a < h.end) for h in hits):
                # "Reuters said its story has been withdrawn": one cue; "X claimed …; it has since deleted that post": two
                hits.append(Attribution(a, b, src, st))
    for rx, cue, family in zip(PATTERNS, _PATTERN_CUES, ("according", "verb", "citing")):
        if not has(family, cue):
            continue
        # the verb pattern can only match where a verb starts: try it there, not at every position
        for m in (_matches_at(rx, text, [v.start() for v in verbs], end) if rx is PATTERNS[1]
                  else rx.finditer(text, start, end)):
            src = m.group("src").strip(" ,")
            if not src or _BAD_SOURCE.match(src) or len(src) > (130 if rx is PATTERNS[0] else 80):
                continue
            if rx is PATTERNS[1] and text[m.start():m.start("src")].split()[0].lower() in _BARE_VERBS:
                continue  # "… and say Tajik forces fired first": a plain verb has its subject before it, never after
            if rx is PATTERNS[1] and src.startswith("the ") and _AND_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue  # "The troops confirmed one death and said the search would continue": a second verb, no speaker after it
            if any(h.start < m.end() and m.start() < h.end for h in hits) or any(
                    a < m.end() and m.start() < b for a, b in reported):
                continue
            verb = (m.groupdict().get("verb") or "").lower()
            st = stance
            if rx is PATTERNS[2] and stance == "retraction" and any(h.stance == "retraction" for h in hits):
                st = "report"  # "we wrote that three had died, citing residents": the writer retracts, the residents reported
            hits.append(Attribution(m.start(), m.end(), src, _cue_stance(verb, src, st)))
    if has("verb", FIGURE_GATE) and (gate(low, _FIGURE_WORDS) or low.startswith("per ")):
        for rx in _FIGURE_PATTERNS:
            for m in rx.finditer(text, start, end):
                a, b = m.span("cue2") if m.groupdict().get("cue2") else m.span("cue")
                src = m.group("src").strip(" ,")
                if any(h.start < b and a < h.end for h in hits):
                    continue
                hits.append(Attribution(a, b, src, _cue_stance("", src, stance)))
    more_figure_cues = _MORE_FIGURE_CUES if gate(low, _more_figure_firsts()) else ()
    for gate_words, rx, src_default in more_figure_cues:  # (no cue's first fragment at all: none can match)
        if not all(gate(low, words) for words in gate_words):
            continue
        for m in rx.finditer(text, start, end):
            a, b = m.span("cue")
            if any(h.start < b and a < h.end for h in hits):
                continue
            if src_default == "official figures" and not _FIGURE_AFTER.search(re.split(r"[.?!]", text[b:min(end, b + 80)])[0]):
                continue  # "Official figures are often revised": no figure given
            if src_default == "participle":
                src = m.group("src").strip(" ,")
                hits.append(Attribution(a, b, src, "report" if m.group("cue") == "claiming" else "denial"))
                continue
            if src_default == "called":  # the caller is the subject before "called"
                subj = _subject_before(text, max(start, m.start() - 140), m.start())
                if subj is None or _BAD_SOURCE.match(subj.group("src").strip(" ,")):
                    continue
                hits.append(Attribution(a, b, subj.group("src").strip(" ,"), "denial"))
                continue
            src = re.sub(r"['’]s$|(?<=s)['’]$", "", m.groupdict().get("src") or src_default).strip(" ,.")
            hits.append(Attribution(a, b, src, _cue_stance("", src, stance) if src != "unnamed reports" else "report"))
    if not hits:
        return hits  # (the passes below only restate the stance of what was found)
    if any(_OWN_STORY_CUE.match(text, h.start, h.end) for h in hits) and (
            "correct" in text[max(0, start - 600):end].lower() or _ERROR_AFTER.search(text, end, end + 200)):
        # a correction notice: "We reported that six died", "Last week's digest said five drowned", "In issue #4 we wrote"
        hits = [Attribution(h.start, h.end, h.source, "retraction") if _OWN_STORY_CUE.match(text, h.start, h.end)
                else h for h in hits]
    if stance == "denial" and len(hits) > 1:
        deniers = {h.source for h in hits if _DENIAL_VERB_END.search(text, h.start, h.end)}
        if deniers and not _DENIAL_ELSEWHERE.search(low):
            # "Tajik officials stated that …, which relatives rejected": the relatives deny, the officials state
            hits = [Attribution(h.start, h.end, h.source, _cue_stance("", h.source, "report"))
                    if h.stance == "denial" and h.source not in deniers else h for h in hits]
    if stance == "denial" and len(hits) > 1 and ";" in low:
        # "Afghan media reported that a boy died; the department says it has no record of it": the denial is the
        # department's; a speaker whose own clause before the semicolon holds no denial cue reports
        ordered = sorted(hits, key=lambda h: h.start)
        for i, h in enumerate(ordered[:-1]):
            semi = text.find(";", h.end, ordered[i + 1].start)
            lo = ordered[i - 1].end if i else start
            if h.stance == "denial" and semi >= 0 and sentence_stance(text[lo:semi]) in {"report", "official_statement"}:
                ordered[i] = Attribution(h.start, h.end, h.source, _cue_stance("", h.source, sentence_stance(text[lo:semi])))
        hits = ordered
    if stance == "denial" and len(hits) > 1:
        # "The militia say their men did not fire, and police in Kunduz say they arrested two men": a later speaker
        # whose own clause (up to the next cue) holds no denial cue, after a clause that does, states or reports
        ordered = sorted(hits, key=lambda h: h.start)
        for i in range(1, len(ordered)):
            h = ordered[i]
            if h.stance != "denial" or _DENIAL_VERB_END.search(text, h.start, h.end) or _QUOTE_BEFORE.search(
                    text, max(start, h.start - 4), h.start):
                continue  # (a denial verb denies; '…, and "we did not fire," the commander said' is the quotation's)
            own = _clause_stance(text[h.start:ordered[i + 1].start if i + 1 < len(ordered) else end])
            if own in {"report", "official_statement"} and _clause_stance(text[ordered[i - 1].start:h.start]) == "denial":
                ordered[i] = Attribution(h.start, h.end, h.source, _cue_stance("", h.source, own))
        hits = ordered
    if any(h.stance == "report" and _PERSON_NAME.match(h.source) for h in hits):
        # "Safi said …" after "the district governor, Mohammad Safi, …": a named official speaks on record
        hits = [Attribution(h.start, h.end, h.source, "official_statement") if h.stance == "report"
                and _PERSON_NAME.match(h.source) and _named_official(text, h.start, h.source) else h for h in hits]
    if any(h.stance == "official_statement" and _MEDICAL_STAFF.match(h.source) for h in hits):
        # "Doctors at the provincial hospital said": medical staff report (their director speaks for the hospital)
        hits = [Attribution(h.start, h.end, h.source, "report") if h.stance == "official_statement"
                and _MEDICAL_STAFF.match(h.source) else h for h in hits]
    if stance == "official_statement" and len(hits) > 1 and any(
            h.stance == "official_statement" and OFFICIAL_SOURCE.search(h.source) for h in hits):
        # "…, according to human rights groups; the interior ministry puts the number at 11": the ministry's
        # statement, the groups' report
        hits = [Attribution(h.start, h.end, h.source, "report") if h.stance == "official_statement"
                and _NON_OFFICIAL.search(h.source) and not OFFICIAL_SOURCE.search(h.source) else h for h in hits]
    if any(w in low for w in _UNNAMED_ASIDE):  # "an officer at the post told …, asking not to be named"
        hits = [Attribution(h.start, h.end, h.source, "report") if h.stance == "official_statement" else h for h in hits]
    return sorted(hits, key=lambda h: h.start)


#: The writer's own mistake named right after an earlier story is quoted ("… we wrote that X was killed. He was in fact
#: injured. We apologise for the error."; "Our report put the toll at three. The second figure was wrong.").
_ERROR_AFTER = re.compile(r"\b(?:in fact|wrongly|[Ww]e apologi[sz]e|was wrong|were wrong|in error|was mistaken|our mistake)\b")


#: Official figures and unnamed reports named without a speaking verb: "Official Tajik figures are lower", "the
#: official figure was four", "has given the official version", "Officially, 17 servicemen died", "By my count",
#: "by the government's own count", "There were reports of …". (gate: every group has a fragment in the
#: lower-cased sentence; pattern; source when the pattern names none)
_FIGURE_AFTER = re.compile(r"^\s*[:;]|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"dozen|none|no one|nobody)\b", re.IGNORECASE)
_MORE_FIGURE_CUES = (
    ((("official",),), re.compile(r"\b(?P<cue>(?:the\s+)?[Oo]fficial\s+(?:(?:Tajik|Afghan|Chinese|Russian|Taliban|government)\s+)?"
                                 r"(?:figures?|version|toll|tally|count|data|estimates?|numbers?))\b"), "official figures"),
    ((("officially",),), re.compile(r"(?:^|(?<=[.:;]\s)|(?<=\]\s))(?P<cue>Officially)(?=,|\s+(?:\d|it\s+(?:is|was)\b|there\b|only\b))"),
     "official figures"),
    ((("by ",), ("count", "tally", "reckoning")),
     re.compile(r"\b(?P<cue>[Bb]y\s+(?P<src>my|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?:['’]s|s['’]))\s+(?:own\s+)?"
                r"(?:count|tally|reckoning|account))\b"), ""),  # ("by the army's account": the gate's "count" covers it)
    # "…, per the Tajik State Committee for National Security." (not "per cent", "per day")
    ((("per ",),), re.compile(rf"(?:^|(?<=[\s(]))(?P<cue>[Pp]er\s+(?:the\s+)?(?P<src>{_NAME}))(?=\s*[.;,)]|$)"), ""),
    # "A spokesman called the report \"baseless\"": the judgement is the denial's cue
    ((("call",), ("baseless", "groundless", "fabricat", "untrue", "inaccurate", "unfounded", "propaganda", "invented", " lie")),
     re.compile(r"(?P<src>)\bcall(?:s|ed)?\s+(?:the|these|those|such|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\"“]?"
                r"(?P<cue>baseless|groundless|fabricated|a\s+fabrication|untrue|inaccurate|unfounded|propaganda|invented|an?\s+lie|lies)\b"),
     "called"),
    # "Officials called those reports false", 'the ministry called the claims "a provocation"', "Police called that a
    # provocation": a judgement of someone else's account (other than the words the cue above anchors) denies it; the cue
    # is "called"
    ((("call",), ("claim", "report", "figure", "account", "allegation", "accusation", "rumo", "provocation")),
     re.compile(r"(?P<src>)\b(?P<cue>call(?:s|ed))\s+(?:(?:the|these|those|such|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:claims?|reports?|figures?|accounts?|allegations?|accusations?|rumou?rs?)\s+[\"“]?(?:an?\s+|pure\s+)?"
                r"(?:false|wrong|incorrect|exaggerated|provocations?|provocative|fake|rumou?rs?|nonsense|speculation|slander|"
                r"misinformation|disinformation)\b"
                r"|(?:that|this|it)\s+[\"“]?an?\s+(?:provocation|fabrication|fake|rumou?r|slander|invention)\b)"),
     "called"),
    # "publications on certain websites claiming that …", "the statement by the authorities in Kabul rejecting …"
    ((("claiming", "rejecting", "denying"),),
     re.compile(r"\b(?P<src>(?:publications?|reports?|posts?|statements?|claims?|messages?|articles?|materials?)\b"
                r"[^,.;:\"“”]{0,60}?)\s+(?P<cue>claiming|rejecting|denying)\b"), "participle"),
    # "unconfirmed reports of dozens killed", "- Reports that 20 people were injured": unnamed reports
    ((("unconfirmed", "unverified"), ("report",)),
     re.compile(r"\b(?:[Uu]nconfirmed|[Uu]nverified)\s+(?P<cue>reports?)\b(?=\s+(?:that|of|say|said|speak|spoke|suggest)\b)"
                r"(?!\s+(?:that\s+)?(?:of\s+)?(?:no|none)\b)"),
     "unnamed reports"),
    ((("reports ",),),
     re.compile(r"(?:(?<=[-–—:.]\s)|(?<=\n)|(?<=^))(?P<cue>Reports)\s+that\b(?!\s+(?:no|none)\b)"), "unnamed reports"),
    # "urged Kabul to investigate reports that a herder was killed", 'dismissed as "baseless" reports that two …': reports
    # that are the object of an inquiry or of a judgement in quotation marks (the judging verb is a cue of its own)
    ((("reports that",), ("investigat", "examin", "verify", "look into", "looking into", "probe", "probing", "check",
                          '" reports', '” reports')),
     re.compile(r"(?:\b(?:investigat\w*|examin\w*|verify|verifying|look(?:ing)?\s+into|probe|probing|check(?:ing)?)\s+|[\"”]\s+)"
                r"(?P<cue>reports)\s+that\b(?!\s+(?:no|none)\b)"), "unnamed reports"),
    # "what assessment it has made of reports that four civilians were killed"
    ((("of reports that", "about reports that"),),
     re.compile(r"\b(?:of|about)\s+(?P<cue>reports)\s+that\b(?!\s+(?:no|none)\b)"), "unnamed reports"),
    ((("there ",), ("reports",)),
     re.compile(r"\b[Tt]here\s+(?:were|had\s+been)\s+(?:also\s+)?(?:(?:unconfirmed|unverified|conflicting|"
                r"earlier|new|some|several|media|local)\s+)?(?P<cue>reports)\b(?!\s+(?:that\s+)?(?:of\s+)?(?:no|none)\b)"),
     "unnamed reports"),
    # "There are reports that three were detained" (the present only with "that": "there have been reports of gunfire" is
    # background)
    ((("there ",), ("reports that",)),
     re.compile(r"\b[Tt]here\s+(?:are|have\s+been)\s+(?:also\s+)?(?:(?:unconfirmed|unverified|conflicting|new|some|several|media|"
                r"local)\s+)?(?P<cue>reports)\s+that\b(?!\s+(?:no|none)\b)"), "unnamed reports"),
)




#: Figures credited to a source without a verb: "by our tally", "By its count", "(per Tajik statements)",
#: "Border Monitor's tally for 2023 was …", "The GKNB's own figure …", "The GKNB figure is three wounded".
#: A sentence without one of these (or "Per …" opening it) holds no match of the patterns below.
_FIGURE_WORDS = (*FIGURE_GATE, "estimate")
_FIGURE_PATTERNS = (
    re.compile(r"\b(?P<cue>[Bb]y (?P<src>our|its|their) (?:own )?(?:count|tally|reckoning|estimates?|figures))\b"),
    re.compile(r"\b(?P<cue>[Pp]er (?P<src>(?:[A-Z][\w-]+\s+)?(?:statements?|officials?|figures|sources|reports|data|"
               r"authorities)))\b"),
    # (a figure with its value right after it, or the source's "own" one: not "The Centre's figures are lower")
    re.compile(r"\b(?P<src>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?:own\s+(?P<cue2>tally|figures?|count|estimate)\b"
               r"|(?P<cue>tally|figures?|count|estimate)(?=(?:\s+for\s+\d{4})?\s+(?:is|was|stands\s+at)\s+(?:\d+|one|two|three|four"
               r"|five|six|seven|eight|nine|ten|eleven|twelve)\b))"),
    re.compile(r"\b(?:[Tt]he\s+)?(?P<src>[A-Z]{2,}[A-Za-z]*)\s+(?P<cue>figures?|tally|count)\s+(?=(?:is|was|are|were|stands)\b)"),
    # "The border troops' figure is four": a plural possessive with the figure's value after it
    # ("The border troops' own figure for the region is 2 killed": the source's own figure needs no value after it)
    re.compile(r"\b(?P<src>(?:[\w-]+\s+)?[\w-]+s)['’]\s+(?:own\s+(?P<cue2>figures?|tally|count|estimate)\b|(?P<cue>figures?|tally|count|estimate)"
               r"\s+(?:for\s+(?:[\w-]+\s+){1,5}?)?(?:is|was|stands\s+at)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"),
    # "Their figure for the first half of the year was 5 killed": a possessive pronoun's figure with its value
    re.compile(r"(?:^|(?<=[.;:]\s))(?P<src>Their|Its|His|Her)\s+(?:own\s+)?(?P<cue>figures?|tally|count|estimate)\s+(?:for\s+(?:[\w-]+\s+){1,6}?)?"
               r"(?:is|was|stands\s+at)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"),
    # "Figures this week (our count, from official sources): …", "TOTALS (our tally, since 1 May)": the writer's own count
    # labelling a list of figures, in brackets
    re.compile(r"\((?P<cue>(?P<src>[Oo]ur)\s+(?:own\s+)?(?:count|tally|figures))(?=\s*[,;:)])"),
    # "our own count, based on local reporting, comes to 14", "Our tally is 12": the writer's own count
    re.compile(r"\b(?P<cue>(?P<src>[Oo]ur)\s+(?:own\s+(?:count|tally|figures?|estimate)\b|(?:counts|tallies|figures)(?=\s*:)|(?:count|tally)"
               r"(?=\s+(?:is|was|stands|comes|shows|puts|gives)\b)))"),
)


#: A person's name as a source: "Safi", "Mawlawi Abedi", "Dr. Naqibullah" (two to four capitalised words at most).
_PERSON_NAME = re.compile(r"(?:[A-Z][a-z’'.-]+\s+){0,3}[A-Z][a-z’'-]+$")
_ROLE = (r"(?:spokes(?:man|woman|person)|governor|commander|officials?|chief|head|colonel|general|major|captain|"
         r"minister|director|deputy|officer|police|ambassador|prosecutor|chair(?:man|woman|person))")


#: A role in a private business speaks for no authority: "the company's director, X".
_PRIVATE_BEFORE = re.compile(r"\b(?:company|firm|business|enterprise|factory|shop|cooperative|bank)['’]s\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|retired|ex-|late)\b", re.IGNORECASE)


def _named_official(text: str, at: int, name: str) -> bool:
    """Whether ``name`` (its last word) is introduced with an official role in the 1,500 characters before ``at``:
    "district governor Mohammad Safi", "Haqqani, a spokesman for …", "spokesman Mawlawi Obaidullah Abedi".

    Each occurrence of the name is tested where it stands (the role just before it, or an apposition just
    after it), not by a pattern built for the name and run over the whole window.
    """
    last = name.split()[-1]
    if len(last) < 3 or _BAD_SOURCE.match(last) or OFFICIAL_SOURCE.search(name):
        return False
    lo, hi = max(0, at - 1500), min(len(text), at + len(name) + 60)
    i = text.find(last, lo, hi)
    while i >= 0:
        j = i + len(last)
        if (i == lo or not _WORD_CHAR.match(text, i - 1)) and (j == hi or not _WORD_CHAR.match(text, j)):
            before = _ROLE_BEFORE.search(text, max(lo, i - 90), i)
            after = None if before else _ROLE_AFTER.match(text, j, hi)
            span = (before.start(), j) if before else (i, after.end()) if after else None
            # (a "former district deputy" no longer speaks for anyone)
            if span and not _FORMER.search(text, max(lo, span[0] - 12), span[1]) and not (
                    before and _PRIVATE_BEFORE.search(text, max(lo, span[0] - 40), span[0])):
                return True
        i = text.find(last, j, hi)
    return False


_WORD_CHAR = re.compile(r"\w")
#: "district governor Mohammad " before the name; ", a spokesman for the governor" after it.
_ROLE_BEFORE = re.compile(rf"\b(?i:{_ROLE}|chief\s+(?:physician|doctor)|head\s+doctor)\b"
                          # "the head of the Vanj district administration, Sherali Davlatov"
                          # "a deputy from Khatlon, Zarina Holova": where the role is held
                          rf"(?:\s+(?:of|for|from|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+,)?,?\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}$")
_ROLE_AFTER = re.compile(rf",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}?{_ROLE}\b|(?:[\w’'-]+\s+){{0,2}}?{_ROLE}(?:\s+[\w’'-]+){{0,2}},"
                         # "Nodira Karimova, deputy for a constituency in Sughd:" (a role with where it is held)
                         rf"|(?:[\w’'-]+\s+)?{_ROLE}\s+(?:for|of|from|in)(?:\s+[\w’'-]+){{1,5}}?[,:])")


def _wrongly(text: str, v: re.Match[str], stance: str) -> str:
    """ "Our story of 2 May incorrectly reported …": a cue its own publisher takes back is a retraction."""
    return "retraction" if _WRONGLY.search(text, max(0, v.start() - 20), v.start()) else stance


_RELATIVE_TAIL = re.compile(r",\s+(?:who|which)\s+(?:(?:also|later|had|has|have|\w+ly)\s+)*$")
#: How an aside before the verb ends: "…, a spokesman for the governor, (later) said".
_COMMA_TAIL = re.compile(r",\s*(?:(?:has|have|had)\s+)?(?:(?:also|later|now|since|earlier|first|initially|previously|already|\w+ly)\s+)?$")


def _other_subject(text: str, lo: int, v: re.Match[str], verb: str) -> tuple[str, int] | None:
    """(source, claim start) for a verb whose subject is not right before it: behind an aside or a
    relative pronoun, an impersonal "It was reported", a passive "was told at X"."""
    # the three asides end right before the verb with a comma (an adverb after it) or "who/which …": these
    # patterns are anchored at the verb but searched from 140 characters back, so test their end first
    any_comma = text.find(",", lo, v.start()) >= 0
    comma = any_comma and _COMMA_TAIL.search(text, max(lo, v.start() - 24), v.start()) is not None
    relative = any_comma and (text.find(" who", lo, v.start()) >= 0 or text.find(" which", lo, v.start()) >= 0)
    for rx, wanted in ((_ASIDE_SUBJECT, comma), (_RELATIVE_SUBJECT, relative), (_QUOTED_ASIDE_SUBJECT, comma)):
        if not wanted:
            continue
        m = rx.search(text, lo, v.start())
        if m and not _BAD_SOURCE.match(m.group("src").strip(" ,")):
            return m.group("src").strip(" ,"), v.start()  # the claim is the verb: the aside may hold its own cue
    if comma:
        m = _APPOSITIVE.search(text, lo, v.start())
        if m:  # "the guard, Umed Karimov, testified": the name speaks; "the defendant, 54, said": the noun
            return (m.group("name") or m.group("np")).strip(), v.start()
    if text[v.start() - 2:v.start() - 1] in "\"”":
        m = _QUOTED_NAME.search(text, lo, v.start())
        if m and (m.start() == lo or text[lo:m.start()].rstrip()[-1:] in ":-–—"):
            # '"Asia Frontline" writes that …': a channel's name in quotation marks opening the clause
            return m.group("src"), m.start()
    if verb in _SPEECH_INVERTED and _QUOTE_BEFORE.search(text, max(lo, v.start() - 4), v.start()):
        m = _SPEAKER_AFTER.match(text, v.end())
        if m:
            return m.group("src"), v.start()
    if verb in _IMPERSONAL_VERBS:
        m = _IMPERSONAL.search(text, lo, v.start())
        if m:
            return "unnamed reports", m.start()
    m = _WHO_SUBJECT.search(text, lo, v.start()) if text.find(" who ", lo, v.start()) >= 0 else None
    if m and not _BAD_SOURCE.match(m.group("src").strip(" ,")):
        return m.group("src").strip(" ,"), v.start()  # "Traders who use the road said"
    if verb == "reported" and text.startswith(" to ", v.end()) and _REPORTED_TO.search(text, lo, v.start()):
        return "unnamed reports", v.start()
    if verb == "reported" and _PASSIVE_TOLD_BEFORE.search(text, lo, v.start()):
        m = _REPORTED_BY.match(text, v.end())
        if m:  # "Four miners were reported dead by the regional hospital"
            return m.group("src"), v.start()
    if verb in _CONFIRM_VERBS and _PASSIVE_TOLD_BEFORE.search(text, lo, v.start()):
        m = _CONFIRMED_BY.match(text, v.end())
        if m:  # "The figures were confirmed on Wednesday by a spokesman for the governor"
            return m.group("src"), v.start()
    if verb in {"told", "informed", "blamed"} and _PASSIVE_TOLD_BEFORE.search(text, lo, v.start()):
        m = _PASSIVE_TOLD_AFTER.match(text, v.end())
        if m:
            return m.group("src"), v.start()
    return None


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int], end: int):
    """``rx.finditer(text, starts[0], end)`` for a pattern that can only match at one of ``starts``
    (ascending): the same non-overlapping matches, tried only there."""
    pos = -1
    for p in starts:
        if p < pos:
            continue
        m = rx.match(text, p, end)
        if m:
            yield m
            pos = m.end()


@cache
def _union(groups: tuple[tuple[str, ...] | None, ...]) -> tuple[str, ...]:
    """Every fragment of ``groups`` (a tuple for :func:`gate`): a text with none of them passes no group's gate."""
    return tuple(sorted({f for g in groups if g is not None for f in g}))


@cache
def _more_figure_firsts() -> tuple[str, ...]:
    """Every first gate fragment of :data:`_MORE_FIGURE_CUES` (built once, not per sentence)."""
    return _union(tuple(gw[0] for gw, _, _ in _MORE_FIGURE_CUES))


@cache
def _standalone_needs() -> tuple[tuple[str, ...] | None, ...]:
    """Per standalone cue, the literals one of which its matches contain (a tuple for :func:`gate`), or None."""
    needs = (None if rx.flags & re.IGNORECASE else _required_literals(rx.pattern) for rx, _, _ in STANDALONE)
    return tuple(None if n is None else tuple(sorted(n)) for n in needs)


#: A figure or account given, enough to name a speaker for a later pronoun ("X gave a lower figure. He said …"),
#: though alone no claim.
_GAVE_ANY = re.compile(r"\s+(?:a|an|the|its|their|his|her|another)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|number|"
                       r"estimate|account|version)s?\b")
_ANTECEDENT_CHECKS = {"gave": _GAVE_ANY, "give": _GAVE_ANY, "gives": _GAVE_ANY}


def _antecedent(text: str, at: int, hits: list[Attribution], pronoun: str, stance: str,
                low: str | None = None) -> tuple[str, str]:
    """(source, stance) for a pronoun subject: the nearest earlier named speaker in this sentence or
    in the ANTECEDENT_WINDOW characters before it; the pronoun itself when there is none."""
    if hits:
        return hits[-1].source, hits[-1].stance if hits[-1].stance != "report" else stance
    lo = max(0, at - ANTECEDENT_WINDOW)
    best: tuple[str, str, str] | None = None  # (source, verb, context)
    for v in _verbs_in(text, lo, at)[-MAX_CUES:]:
        m = _subject_before(text, max(lo, v.start() - 140), v.start())
        if m:
            src = m.group("src").strip(" ,")
            if src and not _BAD_SOURCE.match(src) and not _PRONOUN.match(src):
                # the speaker's own stance, from the words around it ("Police spokesman X told …")
                best = (src, v.group(0).lower(), text[max(lo, m.start() - 80):min(at, v.end() + 80)])
        elif v.group(0).lower() in _SPEECH_INVERTED or (
                (check := _ANTECEDENT_CHECKS.get(v.group(0).lower(), _OBJECT_CHECKS.get(v.group(0).lower()))) is not None
                and check.match(text, v.end())):
            # (also a checked verb behind an aside: "The district governor, X, gave a lower figure. He told …")
            # a speaker after a quotation ('…," said Abdul Wahid') or behind an aside ("X, whose son …, told me")
            inv = PATTERNS[1].match(text, v.start(), at) if _QUOTE_BEFORE.search(text, max(lo, v.start() - 4),
                                                                                  v.start()) else None
            other = (inv.group("src"), v.start()) if inv else _other_subject(text, max(lo, v.start() - 140), v,
                                                                              v.group(0).lower())
            if other and other[0] and not _BAD_SOURCE.match(other[0]) and not _PRONOUN.match(other[0]):
                # the stance from the speaker's own clause: the aside's sentence up to the verb ("A spokesman for
                # …, Mawlawi X, said"), not the quotation before an inverted verb
                pos = v.start() if inv else max(lo, text.rfind(". ", lo, v.start()) + 1, text.rfind("\n", lo, v.start()) + 1)
                best = (other[0].strip(" ,"), v.group(0).lower(), other[0] + " " + text[pos:min(at, v.end() + 80)])
    acc = _ACCORDING.search(text, lo, at)
    if acc and (best is None):
        best = (acc.group("src").strip(" ,"), "", acc.group(0))
    if best is None:
        return pronoun, stance
    src, verb, around = best
    if verb in _DENIAL_VERBS and low is not None and not _DENIAL_OF_OWN.search(low):
        # "The spokesman rejects the Tajik statement. He says one fighter was killed": his own account follows
        return src, _cue_stance("", src, stance)
    own = sentence_stance(around)
    if own in {"denial", "retraction"} and stance == "report" and low is not None and not _NEGATION.search(low):
        # '"They were not smugglers," said the uncle. He said the patrol fired twice': the antecedent's denial
        # was of its own sentence; a pronoun's sentence without a negation keeps only who the speaker is
        # ("He said no drones operate there" goes on denying)
        own = sentence_stance(src)
    if stance in {"denial", "retraction"} and own in {"report", "official_statement"}:
        return src, stance  # '"Our men did not fire a single shot," he said': the sentence's own denial
    return src, _cue_stance(verb, src, own if own != "report" else stance)


@lru_cache(maxsize=8192)
def _cue_stance(verb: str, source: str, sentence_stance: str) -> str:
    """A pure function of its three strings (module-level regexes only): cached, sources repeat."""
    if verb in _DENIAL_VERBS:
        return "denial"
    if verb == "corrected" or verb == "changed":
        return "retraction"  # a source correcting its own figure takes the first one back
    if sentence_stance in {"report", "official_statement"}:
        if _OWN_SOURCE.match(source) and not _OWN_GOVERNMENT.match(source):
            return "report"
        if " and " in source and _NON_OFFICIAL.search(source):
            return "report"  # "relatives and a local official said", "according to residents and officials": a mixed report
        if _RETRACTED_SOURCE.search(source):
            return "retraction"
        if _ANONYMOUS.search(source):
            return "report"
    if sentence_stance == "report" and (OFFICIAL_SOURCE.search(source) or _INSTITUTION_HEAD.match(source)
                                        or _TITLED_NAME.match(source)
                                        or _LOCAL_HEAD.search(source)
                                        or _OFFICIAL_DATA.match(source)
                                        or _CAPITAL_SOURCE.match(source)):
        return "official_statement"
    return sentence_stance
