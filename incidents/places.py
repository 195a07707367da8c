"""Place mentions resolved with the gazetteer, each with a stated precision, and attack origins.

Every gazetteer name in the body becomes a location claim. Context picks among candidates: a
country word just before ("Afghanistan's Badakhshan", "Tajik Darvoz") or a feature word just
after ("Panj river", "Panj district"). Phrases that name no place but an area — "near the
border", "the border area", "southern Tajikistan" — get border or country precision, never a
point. ``role`` is "origin" for "launched from Afghanistan", "from Afghan territory",
"militants based in Badakhshan".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from geodata import Gazetteer, NameMatch, Place, fold
from incidents.lexicon import ORIGIN_GATE, gate

_COUNTRY_BEFORE = re.compile(r"\b(Tajik(?:istan)?|Afghan(?:istan)?)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")
_FEATURE_AFTER = re.compile(r"^\s+(rivers?|district|province|region|oblast|city|town|village)\b", re.IGNORECASE)
_FEATURE_WANTED = {"river": {"river"}, "rivers": {"river"}, "district": {"district"}, "province": {"region"}, "region": {"region"},
                   "oblast": {"region"}, "city": {"PPLC", "PPLA", "PPLA2"}, "town": {"PPLC", "PPLA", "PPLA2", "PPL"},
                   "village": {"PPL", "PPLA2"}}
#: A stretch of a river ("the upper Panj") or a preposition no town takes ("shot dead on Panj", "across Panj")
_RIVER_BEFORE = re.compile(r"(?:\bthe\s+(?:upper|lower|middle)|\b(?:[Oo]n|[Aa]cross))\s+$")
#: "the fast-flowing Panj", "the swollen, muddy Pyanj": "the" and one or two adjectives before a name that
#: is also a river's (not "the nearby Panj", "the former Vakhsh district", a town or unit)
_ADJ_RIVER_BEFORE = re.compile(r"\bthe\s+(?!(?:nearby|neighbou?ring|former|town|city|district|province|village|"
                               r"region|of)\b)[a-z][\w-]*,?\s+(?:(?!(?:of|and|or|in)\b)[a-z][\w-]*\s+)?$")
#: "the district of Khwahan", "the Afghan districts of Darwaz and …": the feature word before the name (not
#: "Imam Sahib district of Kunduz", where the name after "of" is the province around a district)
_FEATURE_BEFORE = re.compile(r"(?:\b(?:Afghan|Tajik)|(?<![\w'’-])[a-z][\w-]*)\s+(district|province|region)s?\s+of\s+$")
_DIRECTION = re.compile(r"\b((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                        r"(?:ern)?)\s+$", re.IGNORECASE)
#: "from X" is an origin only after a verb of attacking or crossing ("launched from Afghanistan",
#: "fired from across the Panj", "attempted to cross the state border from the territory of the Islamic
#: Emirate of Afghanistan", "came from the direction of Khorugh"), not in "traders from Fayzabad", "by
#: telephone from Khorugh" or "a network operating from Kunduz". Where armed men are based names an origin
#: ("militants based in Afghanistan's Takhar province", "gunmen hiding in Badakhshan"; group ``in``, never
#: a Tajik place), but not where anyone else is ("a drug lord based in Eshkashem", "armed groups operating
#: in Kunduz", "repelled an armed group in Shamsiddin Shohin district": sets C, D, H).
_ORIGIN_BEFORE = re.compile(r"(?:(?:\b(?:launched|fired|shelled|came|come|coming|cross|crossed|crossings?|(?:drone|UAV|aircraft)['’]s\s+route|infiltrated|took\s+off|taken\s+off|"
                            r"takes\s+off|taking\s+off|flew\s+in|"
                            r"infiltrating|attacked|attacking|originat\w*|carried out|staged|struck|opened fire|"
                            r"entered|sneaked|smuggled|brought|flown|fire|firing|gunfire|shots|shelling|shells|rounds|attacks?|"
                            r"strikes?|incursions?|returning|returned|back)[\"”]?\s+(?:[\w-]+\s+){0,3}?[\"“]?from"
                            r"|\bfrom(?=\s+(?:across\s+)?(?:the\s+)?(?:territory|side|direction)\s+of\s))\s+(?:across\s+)?"
                            r"(?:the\s+)?(?:(?:territory|side|area|direction|soil)\s+of\s+(?:the\s+)?(?:Islamic\s+Emirate\s+of\s+)?)?"
                            r"(?:(?:Afghan|Tajik)\s+(?:districts?|provinces?)\s+of\s+)?"
                            r"|\bfrom\s+(?:the\s+)?(?:Afghan|Tajik)\s+(?:territory|side|soil|bank),\s+from\s+(?:the\s+)?"
                            r"(?:(?:area|vicinity|direction|territory)\s+of\s+(?:the\s+)?)?(?:district\s+centre\s+of\s+)?"
                            r"|(?P<in>\b(?:hiding|sheltering)\s+in\s+(?:neighbouring\s+|neighboring\s+)?"
                            r"|\b(?:militants|gunmen|fighters|insurgents|attackers)\s+(?:based\s+)?in\s+"
                            r"|\bgroups?\s+based\s+in\s+"
                            r"|\b(?:armed\s+(?:persons|men|people|groups?)|gunmen|militants|attackers|fighters)\s+"
                            r"(?:(?:located|based|stationed|positioned)\s+)?on\s+(?:the\s+)?territory\s+of\s+(?:the\s+)?"
                            r"|\b(?:militants|gunmen|fighters|insurgents|attackers|raiders)\s+(?:were|was|are|is)\s+"
                            r"(?:not\s+)?[\"“]?(?:not\s+)?from\s+(?:the\s+)?))"
                            r"(?:(?:neighbouring\s+|neighboring\s+)?Afghanistan['’]s\s+)?$",
                            re.IGNORECASE)
#: Between the names of one origin: "from the territory of the Nusay area of Darwaz district of
#: Badakhshan province of Afghanistan", "the Khwahan district of Afghanistan's Badakhshan province", "launched
#: from Darwaz district in Afghanistan".
_ORIGIN_CHAIN = re.compile(r",?\s+in\s+the\s+(?:area|vicinity)\s+of\s+|"
                           r"(?:\s+(?:area|district|province|region|oblast))?\s+(?:of|in)\s+(?:the\s+)?|['’]s\s+|\s+(?:and|or)\s+")
#: "from Afghan territory/soil/side/bank", "from Tajik soil/territory", "from the direction of the Afghan bank": the
#: country the attack came from (group
#: ``c``). Generic "from across the border/river" and "the other side of the river" name no place.
ORIGIN_PHRASE = re.compile(r"\bfrom\s+(?:the\s+direction\s+of\s+)?(?:the\s+)?"
                           r"(?:(?P<c>Afghan)\s+(?:territory|side|soil|bank|side of the (?:border|frontier))"
                           r"|(?P<t>Tajik)\s+(?:soil|territory|bank))\b",
                           re.IGNORECASE)
#: "gunmen on the Afghan bank (of the Panj) opened fire", "snipers on the Afghan side fired": the bank the
#: shooters stood on, followed by the shooting verb, is where the fire came from (group ``w``; not "someone on
#: the Afghan bank was watching", "casualties on the Afghan side"). Tried only where " on the Afghan " stands
#: (set H leaves "guards on the Tajik bank … opened fire" unannotated).
ON_BANK_ORIGIN = re.compile(r"\b(?i:gunmen|militants|fighters|attackers|insurgents|shooters|snipers|men|soldiers|guards|"
                            r"forces|troops|someone|somebody|people|persons)\s+(?:(?:positioned|stationed|hiding|standing)\s+)?"
                            r"on\s+the\s+(?P<w>(?P<c>Afghan)\s+(?:bank|side))"
                            r"(?:\s+of\s+the\s+(?:Panj|Pyanj|Amu\s+Darya|river|border)(?:\s+river)?)?"
                            r"\s+(?:had\s+|have\s+|then\s+|suddenly\s+)?(?:opened\s+fire|fired|shot|killed|attacked|shelled|wounded)\b")
#: The look-ahead (the first letters of the prepositions and "the") lets the engine skip most
#: positions without trying every alternative: this regex runs over every sentence naming a border.
#: A generic "border" is a place only where it says where something is: "near / along / close to
#: the border" (precision border). Otherwise ("the border", "on the border", "the state border",
#: "to the border zone") it must say which border ("the Afghan border", "on the Tajik frontier").
#: Never a place when the word is an attribute of an organisation or facility ("border troops",
#: "the Afghan border police", "near the border market"), of an event ("on the Tajik border attack", "The
#: Tajik border dead" in a headline) or names another border ("with China").
BORDER_PHRASE = re.compile(
    r"\b(?=[nacoft])(?:(?P<near>(?:near|along|close to)\s+(?:the\s+)?)|(?:on|at|across|to|from)\s+(?:the\s+)?|\bthe\s+)"
    r"(?:(?:volatile|tense|shared|common|mountainous|rugged|porous|state|southern)\s+)*"
    r"(?:(?P<adj>Tajik|Afghan)\s+)?(?(near)|(?(adj)|(?!)))"
    r"(?P<w>border|frontier)(?:\s+(?:areas?|regions?|zones?|districts?|villages?))?\b(?!\s+(?:with|between)\s)"
    r"(?!\s+(?:troops|guards?|police|forces|units?|posts?|outposts?|detachments?|services?|commission\w*|patrols?|"
    r"battalions?|brigades?|commands?|officials|authorities|agency|crossings?|checkpoints?|markets?|bridges?|"
    r"attacks?|dead|deaths|killings?|incidents?|clash(?:es)?|shootings?|violence|raids?|ambush(?:es)?|victims)\b)",
    re.IGNORECASE)
#: A name that is part of an organisation's name, not a place of the story: an outlet or a centre
#: named after it ("Khatlon Press", "Kabul Horizon News", "Tajikistan National Mine Action Centre"),
#: a channel named with a number ("Khorugh 12" posted …), a newsroom desk ("editing by the Dushanbe desk"), an
#: outlet named "… Line", an office in a contact line ("the secretariat, Kulob office"), an
#: organisation's office ("the ICRC's Kabul delegation"), a time zone ("08:40 Dushanbe time"), or the "of …" tail of a ministry, committee or
#: office ("the Ministry of Foreign Affairs of Tajikistan", "the Prosecutor's Office of the … Region").
_ORG_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:News|Press|Herald|Today|TV|Radio|Times|Post|Daily|Courier|"
                        r"Tribune|Observer|Khabar|Gazette|Journal|Online|Media|Wire|Telegraph|Monitor|Centre|Center|"
                        r"Voice|Nama|Weekly|Insider|Live|Line)\b"
                        r"|\s+(?:desk|delegation|time|office)\b"
                        r"|\s+\d{1,3}(?=[\"”]|\s+(?:posted|added|wrote|reported|says|said|channel)\b)")
_ORG_HEADS = ("Ministry", "Committee", "Embassy", "Office", "Service", "Agency", "Centre", "Center", "Directorate", "Government",
              "Council", "Troops", "Court", "Consulate", "Representative", "Mission")
_ORG_BEFORE = re.compile(r"\b(?:" + "|".join(_ORG_HEADS) + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)*\s+of\s+(?:the\s+)?$")


_ORG_HEADS_CAPS = tuple(h.upper() for h in _ORG_HEADS)
#: The same in an all-caps letterhead: "MINISTRY OF HEALTH … OF THE REPUBLIC OF TAJIKISTAN".
_ORG_BEFORE_CAPS = re.compile(r"\b(?:" + "|".join(_ORG_HEADS_CAPS) + r")(?:\s+[A-Z'’-]+)*\s+$")


def _in_org_name(text: str, s: int, e: int, start: int, end: int) -> bool:
    """True if the name at ``text[s:e]`` is inside an organisation's name (see :data:`_ORG_AFTER`)."""
    if _ORG_AFTER.match(text, e, min(end, e + 60)):
        return True
    window = text[max(start, s - 120):s]
    # gate(): one Aho-Corasick pass for "any head in window" instead of 13 substring tests
    if gate(window, _ORG_HEADS) and _ORG_BEFORE.search(window) is not None:
        return True
    return (text[s:e].isupper() and gate(window, _ORG_HEADS_CAPS)
            and _ORG_BEFORE_CAPS.search(window) is not None)


#: A wire sign-off line: "(Reporting by A in Kulob and B in Kabul; Editing by C)"
_CREDIT_STARTS = ("(Reporting by", "(Additional reporting by", "(Writing by", "Reporting by", "Additional reporting by")
#: A contributor's tagline closing an article: "Gul Rahimova is a researcher based in Khorugh."
_TAGLINE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+[^.!?\n]{0,90}"
                      r"\b(?:in|from|based\s+in)\s+[A-Z][^.!?\n]{0,40}[.]?\s*$")
#: A person named after a role ("our correspondent Parviz Rasht", "reporter Ali Shah Wardak"): a place name
#: after a capitalised given name there is a surname
_PERSON_BEFORE = re.compile(r"\b(?:correspondent|reporter|journalist|producer|presenter|anchor|photographer|colleague)\s+"
                            r"(?:[A-Z][a-z'’-]+\s+){1,2}$")


_NON_SPACE = re.compile(r"\S")


def _in_credit(text: str, s: int) -> bool:
    """True for a name on a wire sign-off line, in a closing contributor's tagline, or as the surname of a
    person named after a role: where the writers are or who they are, not the story."""
    ls = text.rfind("\n", 0, s) + 1
    if text.startswith(_CREDIT_STARTS, ls):
        return True
    if s > 2 and text[s - 1] == " " and text[s - 2].islower() and _PERSON_BEFORE.search(text, max(0, s - 60), s):
        return True
    le = text.find("\n", s)
    if le != -1 and _NON_SPACE.search(text, le):
        return False  # not the last line (searched in place: no copy of the rest of the article per name)
    return s - ls < 160 and _TAGLINE.match(text, ls) is not None


def _in_byline(text: str, s: int) -> bool:
    """True for a name on a byline ("By our correspondent in Kulob", "By Ali Rahimi, Kunduz", "By Staff
    Reporter, a journalist from Khorugh"): where the writer is, not the story."""
    ls = text.rfind("\n", 0, s) + 1
    if not text.startswith("By ", ls):
        return False
    le = text.find("\n", s)
    line = text[ls:le if le >= 0 else len(text)]
    return len(line) <= 80 and not any(c in line for c in ".!?")


_OTHER_BORDER = re.compile(r"\b(Chin(?:a|ese)|Uzbek|Kyrgyz|Pakistan|Iran)", re.IGNORECASE)
#: A tally over the whole border ("23 civilian casualties along the border", "41 incidents along the frontier",
#: "19 people were killed and 30 wounded along the frontier", "other arrests near the border"): the generic
#: border after a plural count noun (or, with "along", a casualty verb) is the tally's scope, not where
#: anything happened, so no place (unlike "herders live close to the border", "villages near the border area").
_TALLY_BEFORE = re.compile(r"\b(?:casualties|deaths|incidents|clashes|attacks|shootings|arrests|detentions|killings"
                           r"|(?P<verb>killed|wounded|injured|dead))\s+$")


#: What ends an item or section heading, not a dateline: "FARKHOR. Guards …", a name alone on its line
#: ("KUNDUZ" over a newsletter item), a masthead's "AFGHANISTAN | Flash Update No. 3"
_HEADING_END = re.compile(r"\.(?:\s|$)|[ \t]*(?:\n|$)|\s+\|")


class Location(NamedTuple):
    """One place mention (a named tuple: built ~15 times per article, 3x cheaper than a frozen dataclass)."""

    start: int
    end: int
    name: str
    place: Place | None
    precision: str
    role: str
    country: str | None


def _river_of(cands: tuple[Place, ...], gaz: Gazetteer | None) -> Place | None:
    """The river among ``cands``, else the river that bears the name of one of them: a spelling the gazetteer
    gives only to the town and district ("the Pyanj", an alternate name of Panj) still names the river."""
    river = next((c for c in cands if c.feature == "river"), None)
    if river is not None or gaz is None:
        return river
    for c in cands:
        river = next((r for r in gaz.lookup(c.name) if r.feature == "river"), None)
        if river is not None:
            return river
    return None


def _choose(cands: tuple[Place, ...], text: str, start: int, after: re.Match | None, dateline: bool = False,
            gaz: Gazetteer | None = None) -> Place:
    """The candidate the context asks for; ``after`` is :data:`_FEATURE_AFTER` matched after the name.

    With no context, a district centre (a small town) that names its district is the district
    ("clashes in Farkhor", "Vanj"), a provincial capital that names its province is the province
    ("police in Kunduz"), as every eval set annotates them; a dateline keeps the town, and cities
    (capitals, or 100,000 people and more: Kulob, Bokhtar, Dushanbe) stay cities.
    """
    if after:
        wanted = _FEATURE_WANTED[after.group(1).lower()]
        for c in cands:
            if c.feature in wanted:
                return c
        if "river" in wanted and (river := _river_of(cands, gaz)) is not None:
            return river  # "the Pyanj river", "the Amu and Pyanj rivers"
    if "of" in text[max(0, start - 8):start]:  # "the Afghan district of Khwahan", "the province of Kunduz"
        before = _FEATURE_BEFORE.search(text, max(0, start - 40), start)
        if before:
            wanted = _FEATURE_WANTED[before.group(1).lower()]
            for c in cands:
                if c.feature in wanted:
                    return c
    # "the Panj", "the upper Panj", a headline's "shot dead on Panj": the river, not the town
    if (text[max(0, start - 4):start].lower() == "the " or _RIVER_BEFORE.search(text, max(0, start - 20), start)
            or ("the" in text[max(0, start - 40):start] and _ADJ_RIVER_BEFORE.search(text, max(0, start - 40), start))):
        river = _river_of(cands, gaz)
        if river is not None:
            return river
    window = text[max(0, start - 40):start]
    before = _COUNTRY_BEFORE.search(window) if ("Tajik" in window or "Afghan" in window) else None
    if before:
        code = "TJ" if before.group(1).lower().startswith("tajik") else "AF"
        for c in cands:
            if c.country == code:
                return c
    first = cands[0]
    if not dateline and first.feature in _BROADER_OF and (first.population < _CITY or first.feature == "PPLA"):
        broader = _BROADER_OF[first.feature]
        for c in cands[1:]:
            if c.feature == broader and c.admin1_code == first.admin1_code:
                return c
    return first


#: The unit a town names with no context: a district centre its district, a provincial capital its province
_BROADER_OF = {"PPLA2": "district", "PPLA": "region"}
_CITY = 100_000


#: "the village of Barchid", "the villages of Navobod and Aivaj": a village named by the text itself.
_VILLAGE_OF = re.compile(r"\bvillages?\s+of\s+(?P<a>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
                         r"(?:\s+(?:and|or)\s+(?P<b>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?))?")
#: "the Tajik village of …": the side it names, just before "village"
_VILLAGE_ADJ = re.compile(r"\b(?P<adj>Tajik|Afghan)\s+$")
_AREA_PRECISIONS = frozenset({"district", "region", "town", "village", "site"})
_CAPITALS = frozenset({"TJ-DU", "AF-KAB"})  # the capital cities' own provinces


def area_of(place: Place | None, gaz: Gazetteer) -> Place | None:
    """The district (else the region) a Tajik or Afghan place lies in; a district or region is its own."""
    if place is None or place.country not in {"TJ", "AF"} or place.precision not in _AREA_PRECISIONS:
        return None
    if place.admin1_code in _CAPITALS:
        return None  # "officials in Dushanbe said": where statements come from, not a border village's area
    if place.precision in {"district", "region"}:
        return place
    return (gaz.by_id.get(f"district:{place.admin1_code}:{place.admin2}") if place.admin2 else None) or _region(
        place, gaz)


def _region(place: Place | None, gaz: Gazetteer) -> Place | None:
    """The gazetteer's region (admin1) entry of ``place``."""
    return gaz.by_id.get(f"region:{place.admin1_code}") if place is not None else None


#: "Shkev village", "residents of Ryn village": the name before a lower-case "village" (not "The village",
#: "an Afghan village", "Border village", "One village")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+)\s+$")
_VILLAGE_END = re.compile(r"village\b")
_NOT_A_VILLAGE_NAME = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "One", "Each", "Every", "Another", "Same", "Our", "Their",
    "His", "Her", "Its", "My", "Your", "Afghan", "Tajik", "Border", "Frontier", "Mountain", "Remote", "Small", "Nearby",
    "Neighbouring", "Neighboring", "Home", "Which", "What", "Whole", "Entire", "Next", "Upper", "Lower", "Old", "New",
    "Local", "Riverside", "Pamiri", "Uzbek", "Kyrgyz", "Chinese", "Fishing", "Farming", "Hillside", "Isolated",
})
#: Between a village and an area named after it that is not where the village lies: "some 12 km from the X
#: corridor", "so close to Afghanistan that … dogs bark in X", "across the river from X"
_NOT_CONTAINING = re.compile(r"\b(?:from|opposite|across|facing|close\s+to|km|kilomet\w*|miles?|metres?|meters?|that"
                             r"|than|where|while|but|whose|which)\b", re.IGNORECASE)


def _named_villages(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """(start, end, country) of every village the text names as such in ``text[start:end]``.

    Both patterns are tried only where the word "village" stands (a plain ``str.find``): over a whole
    article, patterns that may start at any capital letter cost a third of a millisecond.
    """
    found: list[tuple[int, int, str | None]] = []
    i = text.find("village", start, end)
    if i == -1:
        return found
    names: list[tuple[int, int]] = []
    last = start
    while i != -1:
        m = _VILLAGE_OF.match(text, i, end)
        if m is not None and i >= last:
            adj = _VILLAGE_ADJ.search(text, max(last, i - 40), i)  # "the Tajik village of Shkev"
            country = {"Tajik": "TJ", "Afghan": "AF"}.get(adj.group("adj")) if adj else None
            for g in ("a", "b"):
                if m.group(g):
                    found.append((m.start(g), m.end(g), country))
            last = m.end()
        if (n := _NAME_BEFORE.search(text, max(start, i - 80), i)) is not None and _VILLAGE_END.match(text, i, end):
            names.append((n.start("a"), n.end("a")))
        i = text.find("village", i + 7, end)
    for a, b in names:
        if text[a:b] not in _NOT_A_VILLAGE_NAME and not any(x <= a < y for x, y, _ in found):
            found.append((a, b, None))
    return found


#: One name token of a settlement a cue names: a capitalised word, hyphenated parts allowed ("Qal'ai-Kuhna")
_TOKEN = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
#: Phrases that name a settlement without the word "village" before or after it, each tried only where its
#: key word stands (a plain ``str.find``): the appositive "Namadsoy, a small village in …" / "Qizil, a Tajik
#: village" and "In Yarch, villagers say" (read back from "village"), "villagers in Yarch" and "residents of
#: Pombar" (read on), "an outpost near Pombar" (read on) and "the Pombar outpost" (read back from "outpost").
#: A name the gazetteer knows keeps its place (see :func:`_villages`).
_CUE_APPOSITIVE = re.compile(r"(?<![\w'’-])(?P<a>" + _TOKEN + r")(?:,|\s+(?:is|was))\s+(?:a|an)\s+"
                             r"(?:(?P<adj>Tajik|Afghan)\s+|[a-z][\w-]*\s+){0,2}$")
#: "Gul Nabi, a village elder": the appositive describes a person
_PERSON_AFTER = re.compile(r"\s+(?:elders?|heads?|chiefs?|leaders?|residents?|teachers?|officials?|doctors?|imams?|"
                           r"mullahs?|council|headm[ae]n|shopkeepers?|nurses?|guards?|watchm[ae]n)\b")
_CUE_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?P<a>" + _TOKEN + r"),\s+(?:the\s+|some\s+|many\s+)?$")
_CUE_THE_BEFORE = re.compile(r"\bthe\s+(?P<a>" + _TOKEN + r")\s+(?:border\s+)?$")
_NOT_AN_AREA_AFTER = r"(?!['’]s\b|\s+(?:district|province|region|city|town|and|or)\b)"
_CUE_AFTER = re.compile(r"(?:villagers|esidents)\s+(?:of|in|from)\s+(?P<a>" + _TOKEN + r")\b" + _NOT_AN_AREA_AFTER)
_CUE_POST_AFTER = re.compile(r"posts?\s+(?:near|at|above|below|outside|overlooking)\s+(?P<a>" + _TOKEN + r")\b"
                             + _NOT_AN_AREA_AFTER)
#: "a herder from Yarch", "fishermen from Pombar": where people of the story come from (read back from " from ")
_CUE_FROM_BEFORE = re.compile(r"\b(?:herders?|fisherm[ae]n|farmers?|shepherds?|villagers?|boys?|girls?|teenagers?|youths?|"
                              r"labourers?|laborers?|families|family|pupils?|schoolchildren)\s+$")
_CUE_FROM_AFTER = re.compile(r" from\s+(?P<a>" + _TOKEN + r")\b" + _NOT_AN_AREA_AFTER)
#: "bodies were found near Yarch", "a mine exploded near Pombar": where an event of the story happened (read back from
#: " near ")
_CUE_NEAR_BEFORE = re.compile(r"\b(?:found|killed|injured|wounded|hurt|drowned|detained|arrested|shot|seized|recovered|"
                              r"exploded|happened|occurred|died|stepped\s+on\s+a\s+mine)\s+$")
_CUE_NEAR_AFTER = re.compile(r" near\s+(?P<a>" + _TOKEN + r")\b" + _NOT_AN_AREA_AFTER)
#: "at Yarch, Vanj district", "YARCH, Vanj district -" (a dateline): a settlement placed in a district right after it
#: (after a preposition or at a line's start, not "Karimov, Vanj district governor")
_CUE_DISTRICT_AFTER = re.compile(r"(?:(?<=\bat\s)|(?<=\bin\s)|(?<=\bnear\s)|(?<=\bfrom\s)|(?<=\n)|^)(?P<a>" + _TOKEN + r"|[A-Z]{3,}(?:-[A-Z]{2,})*),\s+"
                                 r"(?:[A-Z][\w'’-]+\s+){1,2}district(?=\s*[,.;:–—-]|\s+(?:on|in|at|of)\b)")
#: Names outside Tajikistan and Afghanistan (the gazetteer lacks them) that the cues may meet: "residents of
#: Moscow", "villagers from Uzbekistan"
_FOREIGN = frozenset({"Russia", "China", "Iran", "India", "Turkey", "Europe", "Moscow", "Termez", "Uzbekistan",
                      "Kyrgyzstan", "Kazakhstan", "Pakistan", "Turkmenistan"})


def _at(text: str, word: str, step: int) -> Iterator[int]:
    """Each position of ``word`` in ``text``, the next searched ``step`` characters on (a plain ``str.find``)."""
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + step)


def _cued_villages(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, country) of every settlement a cue (see :data:`_CUE_APPOSITIVE`) names in ``text``."""
    hits: list[tuple[int, int, str | None]] = []
    for i in _at(text, "village", 7):
        if (_VILLAGE_END.match(text, i) and not _PERSON_AFTER.match(text, i + 7)
                and (m := _CUE_APPOSITIVE.search(text, max(0, i - 80), i)) is not None):
            hits.append((m.start("a"), m.end("a"), {"Tajik": "TJ", "Afghan": "AF"}.get(m.group("adj") or "")))
        if text.startswith("villagers", i):
            if (m := _CUE_IN_BEFORE.search(text, max(0, i - 60), i)) is not None:
                hits.append((m.start("a"), m.end("a"), None))
            if (m := _CUE_AFTER.match(text, i)) is not None:
                hits.append((m.start("a"), m.end("a"), None))
    for i in _at(text, "esidents ", 8):
        if (m := _CUE_AFTER.match(text, i)) is not None:
            hits.append((m.start("a"), m.end("a"), None))
    for i in _at(text, "post ", 5):
        if (m := _CUE_POST_AFTER.match(text, i)) is not None:
            hits.append((m.start("a"), m.end("a"), None))
    for word, before, after in ((" from ", _CUE_FROM_BEFORE, _CUE_FROM_AFTER), (" near ", _CUE_NEAR_BEFORE, _CUE_NEAR_AFTER)):
        for i in _at(text, word, 4):
            if text[i + len(word):i + len(word) + 1].isupper() and (m := after.match(text, i)) is not None and (
                    before.search(text, max(0, i - 30), i + 1) is not None):
                hits.append((m.start("a"), m.end("a"), None))
    for i in _at(text, " district", 9):
        if (m := _CUE_DISTRICT_AFTER.search(text, max(0, i - 60), i + 14)) is not None and m.end() == i + 9:
            hits.append((m.start("a"), m.end("a"), None))
    for i in _at(text, "outpost", 7):
        if (m := _CUE_THE_BEFORE.search(text, max(0, i - 50), i)) is not None:
            hits.append((m.start("a"), m.end("a"), None))
    return [h for h in hits if text[h[0]:h[1]] not in _NOT_A_VILLAGE_NAME and text[h[0]:h[1]] not in _FOREIGN
            and text[h[0]:h[1]] not in _NOT_A_CUED_NAME]


#: Capitalised words the cues may meet that name no settlement: "the Border outpost", "residents of Both"
_NOT_A_CUED_NAME = frozenset({"Both", "All", "Some", "Many", "Most", "Several", "Two", "Three", "Four", "Five",
                              "Government", "State", "Army", "Police", "Taliban", "Troops", "Soviet", "Russian",
                              "Western", "Eastern", "Northern", "Southern", "Central", "First", "Second"})


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_ARTICLE_VILLAGES: dict[str, tuple[tuple[str, ...], dict[str, Place]]] = {}
_NAME_CHARS = "'’-_"


def _mentions(text: str, names: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``names`` (longest first) in ``text[start:end]``, left to right and not
    overlapping: what one alternation pattern of them would find, without compiling one per article."""
    hits = []
    for name in names:
        i = text.find(name, start, end)
        while i != -1:
            j = i + len(name)
            before = text[i - 1] if i > 0 else " "
            after = text[j] if j < end else " "  # (a pattern searched up to ``end`` sees nothing after it)
            if not (before.isalnum() or before in _NAME_CHARS) and not (after.isalnum() or after in _NAME_CHARS):
                hits.append((i, -len(name)))
            i = text.find(name, i + 1, end)
    out: list[tuple[int, int]] = []
    for i, neg in sorted(hits):
        if not out or i >= out[-1][1]:
            out.append((i, i - neg))
    return out


def _article_villages(text: str, gaz: Gazetteer) -> tuple[re.Pattern[str] | None, dict[str, Place]]:
    """The names the article calls villages anywhere ("the village of Barchid", "Shkev village"), as one
    pattern of whole words (a later bare "near Barchid" names the same village), and for each the area the
    first sentence that calls it a village puts it in ("the village of Aivaj in Shahritus district").

    Read from the whole text at once, so a sentence's places never depend on which sentences were read
    before (a cache of the last few articles: every sentence of an article asks).
    """
    hit = _ARTICLE_VILLAGES.get(text)
    if hit is not None:
        return hit
    names: dict[str, Place | None] = {}
    side_of: str | None = None
    side_read = False
    cued = _cued_villages(text)
    if cued or text.find("illage") != -1:
        for s, e, country in sorted(set(_named_villages(text, 0, len(text)) + cued)):
            name = text[s:e]
            if names.get(name) is not None:
                continue
            a = max(text.rfind(".", 0, s), text.rfind("\n", 0, s)) + 1
            m = _SENTENCE_END.search(text, e)
            b = m.start() if m else len(text)
            areas = []
            for nm in gaz.scan(text[a:b]):
                ns, ne = a + nm.start, a + nm.end
                if ns == s or (ns > e and _NOT_CONTAINING.search(text, e, ns)) or _in_org_name(text, ns, ne, a, b):
                    continue
                after = _FEATURE_AFTER.match(text[ne:ne + 20])
                area = area_of(_choose(nm.candidates, text, ns, after, False, gaz) if len(nm.candidates) > 1
                               else nm.candidates[0], gaz)
                if area is not None and (country is None or area.country == country):
                    areas.append((area.precision != "district", abs(ns - s), area))
            if areas:
                names[name] = min(areas, key=lambda t: t[:2])[2]
            else:  # weak evidence: the last area named before, on the article's own side of the river when it has one
                if country is None and not side_read:
                    side_of, side_read = _article_side(text, gaz), True  # once per article, only when needed
                side = country or side_of
                names[name] = _area_before(text, a, side, gaz) or (_area_before(text, a, None, gaz) if side else None)
    for name in list(names):  # "SHKEV, Darvoz district -" (a dateline) and "the Shkev strike" name one village
        other = name.title() if name.isupper() else name.upper()
        if other not in names and len(name) > 3:
            names[other] = names[name]
    pattern = tuple(sorted(names, key=len, reverse=True))
    if len(_ARTICLE_VILLAGES) >= 8:
        _ARTICLE_VILLAGES.pop(next(iter(_ARTICLE_VILLAGES)))
    hit = _ARTICLE_VILLAGES[text] = (pattern, {n: a for n, a in names.items() if a is not None})
    return hit


def _article_side(text: str, gaz: Gazetteer) -> str | None:
    """The country ("TJ" or "AF") most of the article's districts, towns and villages lie in, counting only
    names with candidates in one country; None on a tie. A village the gazetteer lacks, placed only by the
    last area named before it, is put on this side: a story told from one bank names the other bank's
    districts too ("fire from Darwaz district"), but its own villages are on its side far more often."""
    counts = {"TJ": 0, "AF": 0}
    for nm in gaz.scan(text):
        countries = {c.country for c in nm.candidates if c.precision in _SIDE_PRECISIONS}
        if len(countries) == 1 and (c := countries.pop()) in counts:
            counts[c] += 1
    if counts["TJ"] == counts["AF"]:
        return None
    return "TJ" if counts["TJ"] > counts["AF"] else "AF"


_SIDE_PRECISIONS = frozenset({"district", "town", "village", "site"})


def _area_before(text: str, a: int, country: str | None, gaz: Gazetteer) -> Place | None:
    """The area of the last place the text names before ``text[a:]`` (a dateline's town, a heading's "Darvoz
    district"): where a village whose own sentence names no area lies ("3 killed in Pombar village" under a
    heading about Vanj), as the article's context places it: that area's province. Small settlements are skipped (the
    gazetteer may know their name only for a namesake in another province), and so are the capitals (where
    statements come from)."""
    lo = max(0, a - _LOOK_BACK)
    for nm in reversed(gaz.scan(text[lo:a])):
        ns, ne = lo + nm.start, lo + nm.end
        if _in_org_name(text, ns, ne, lo, a):
            continue
        after = _FEATURE_AFTER.match(text[ne:ne + 20])
        place = (_choose(nm.candidates, text, ns, after, False, gaz) if len(nm.candidates) > 1 or after
                 else nm.candidates[0])
        if place.precision in {"town", "village"} and place.population < _SMALL:
            continue
        area = area_of(place, gaz)
        if area is not None and (country is None or area.country == country):
            return _region(area, gaz)  # only the province: an earlier sentence's district may be another's
    return None


_LOOK_BACK = 1500


def _area_around(s: int, e: int, text: str, out: list[Location], known: Location | None, gaz: Gazetteer,
                 context: Place | None, article: Place | None = None) -> Place | None:
    """The area a village at ``text[s:e]`` lies in: the nearest district (else region) its sentence names —
    one named after it only when nothing between says it lies elsewhere ("12 km from the Wakhan corridor")
    — but ``article``, the area where the article calls it a village, before a mere region; else the
    province of ``context``, the article's last area."""
    areas = [(a, loc.start) for loc in out if loc is not known and loc.role in {"place", "dateline"}
             and (a := area_of(loc.place, gaz)) is not None
             and (loc.start < s or _NOT_CONTAINING.search(text, e, loc.start) is None)]
    near = min(areas, key=lambda ap: (ap[0].precision != "district", abs(ap[1] - s)), default=None)
    # with none in the sentence, only the province of the earlier area (an article names many districts)
    if near is not None and (near[0].precision == "district" or article is None):
        return near[0]
    return article or _region(context, gaz)  # the district the article put it in beats a region named here


def _villages(text: str, start: int, end: int, out: list[Location], gaz: Gazetteer,
              context: Place | None) -> list[Location]:
    """Villages named as such ("near the village of Barchid", "Shkev village") that the gazetteer lacks, or
    resolves to a place in another province than the text puts them in ("Dahana", a Baghlan district centre,
    in a story about Farkhor), and later bare mentions of a name the article called a village ("near
    Barchid"): each is placed in the district or region around it, with that precision, never a village's
    point the open data does not have. The area is the nearest district (else region) the sentence names,
    else the province of ``context``, the last area the article named before; with neither, an unknown
    village is left out.
    """
    found = _named_villages(text, start, end) if text.find("illage", start, end) != -1 else []
    learned, homes = _article_villages(text, gaz)  # once per article (cached), not a scan per sentence
    if learned:
        taken = [(a, b) for a, b, _ in found] + [(loc.start, loc.end) for loc in out]
        for ms, me in _mentions(text, learned, start, end):
            if not any(a < me and ms < b for a, b in taken):
                found.append((ms, me, None))
    if not found:
        return out
    kept = list(out)
    for s, e, country in found:
        if text[s - 2:s] in {"n ", ", ", "m "} and _in_byline(text, s):
            continue  # "By Gul Nazarova in Pombar": where the writer is
        known = next((loc for loc in out if loc.start == s), None)
        if known is not None and (known.place is None or known.role != "place"):
            continue
        area = _area_around(s, e, text, out, known, gaz, context, homes.get(text[s:e]))
        if area is None or (country is not None and area.country != country):
            continue  # no area, or "the Tajik village of Shkev" in a story about Badakhshan
        if known is not None:
            if (known.place.admin1_code == area.admin1_code or known.place.precision not in {"town", "village", "site"}
                    or fold(known.name).strip() == fold(known.place.name).strip()):
                continue  # the gazetteer's place agrees with the text, is no settlement, or bears this very name
            kept.remove(known)  # an alternate name of a place in another province: "Dahana" for Dahanah-ye Ghori
        kept.append(Location(s, e, text[s:e], area, area.precision, "place", area.country or None))
    return sorted(kept, key=lambda loc: loc.start)


def find_locations(text: str, start: int, end: int, gaz: Gazetteer, matches: list[NameMatch] | None = None,
                   families: frozenset[str] | None = None, context: Place | None = None) -> list[Location]:
    """Place mentions in ``text[start:end]``; ``matches`` (absolute offsets) when the caller scanned already.
    ``context`` is the area (district or region) the article last named before the sentence, for
    villages the gazetteer lacks."""
    out: list[Location] = []
    body = text[start:end]
    if matches is None:
        matches = [NameMatch(start + m.start, start + m.end, m.text, m.candidates) for m in gaz.scan(body)]
    # the sentence's cue families (folded text, a superset of the lower-cased window's words) rule
    # out an origin at once for most sentences
    may_be_origin = families is None or "origin" in families or body.find("territory of") != -1
    for m in matches:
        s, e = m.start, m.end
        after = _FEATURE_AFTER.match(text[e:e + 20])
        # "DUSHANBE, March 4 –": where the story was filed ("FARKHOR. Guards …", "KUNDUZ" alone on its line, an
        # item heading, is no dateline)
        dateline = ((s == 0 or text[s - 1] == "\n") and text[s:e].isupper() and e - s > 3
                    and not _HEADING_END.match(text, e))
        place = (_choose(m.candidates, text, s, after, dateline, gaz)
                 if len(m.candidates) > 1 or after is not None else m.candidates[0])
        precision = place.precision
        if after and place.feature in _FEATURE_WANTED[after.group(1).lower()] and e + after.end() <= end:
            e += after.end()  # "Jayhun district", "Takhar province": the feature word belongs to the name
        if (_in_org_name(text, s, e, start, end) or (text[s - 2:s] in {"n ", ", ", "m "} and _in_byline(text, s))
                or _in_credit(text, s)):
            continue
        name = text[s:e]
        if place.feature == "country":
            d = _DIRECTION.search(text[max(start, s - 20):s])
            if d:
                s -= len(text[max(start, s - 20):s]) - d.start(1)
                name = text[s:e]
        role = "place"
        if may_be_origin and place.feature != "river":  # a river is the border, never where an attack came from
            window = text[max(start, s - 80):s]
            o = (_ORIGIN_BEFORE.search(window) if gate(window.lower(), ORIGIN_GATE) or "territory of" in window
                 else None)
            role = "origin" if o and not (o.group("in") and place.country == "TJ") else "place"
            prev = out[-1] if out else None
            chain = (_ORIGIN_CHAIN.fullmatch(text, prev.end, s)
                     if role == "place" and prev is not None and prev.role == "origin" else None)
            # "in" only narrows within one country ("Darwaz district in Afghanistan"); "from the territory of
            # Afghanistan in Shamsiddin Shohin district" says where the crossing happened
            if chain and ("in" not in chain.group(0).split() or prev.country == (place.country or None)):
                role = "origin"
        if dateline:
            role = "dateline"  # "DUSHANBE –": where the story was filed, not where it happened
        out.append(Location(s, e, name, place, precision, role, place.country or None))
    taken = [(loc.start, loc.end) for loc in out]
    low = body.lower() if families is None else ""
    has_from = ("from" in families) if families is not None else "from" in low
    has_border = ("border" in families) if families is not None else ("border" in low or "frontier" in low)
    for m in ORIGIN_PHRASE.finditer(text, start, end) if has_from else ():
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(Location(m.start(), m.end(), m.group(0), None, "country", "origin", "TJ" if m["t"] else "AF"))
            taken.append((m.start(), m.end()))
    on_bank = body.find(" on the Afghan ") != -1
    for m in ON_BANK_ORIGIN.finditer(text, start, end) if on_bank else ():
        if not any(a < m.end("w") and m.start("w") < b for a, b in taken):
            out.append(Location(m.start("w"), m.end("w"), m.group("w"), None, "country", "origin", "AF"))
            taken.append((m.start("w"), m.end("w")))
    for m in BORDER_PHRASE.finditer(text, start, end) if has_border else ():
        s = m.start("w")
        if any(a < m.end() and s < b for a, b in taken):
            continue
        if _OTHER_BORDER.search(text[max(start, m.start() - 30):min(end, m.end() + 25)]):
            continue
        if m.group("near") and not m.group("adj"):
            t = _TALLY_BEFORE.search(text, max(start, m.start() - 14), m.start())
            if t and (not t.group("verb") or m.group("near").startswith("along")):
                continue
        out.append(Location(m.start(), m.end(), m.group(0), gaz.by_id.get("border:TJ-AF"), "border", "place", None))
    out.sort(key=lambda loc: loc.start)
    out = _villages(text, start, end, out, gaz, context)
    return _alternates(out, gaz, context)


#: A settlement known only by an alternate name is re-placed up to this size (a city keeps its place)
_SMALL = 10_000


def _alternates(out: list[Location], gaz: Gazetteer, context: Place | None) -> list[Location]:
    """A bare village or small town the gazetteer knows only by an alternate name of a settlement in another
    province than the story puts it in ("a mine near Dahana" in a story about Farkhor, where the open data's
    "Dahana" is a Baghlan district centre; "Navobod" in Shahritus, whose only namesake lies in Rasht): placed
    in the district the sentence names (else the province of ``context``, the article's last area), as
    :func:`_villages` places a village named as such. A name the gazetteer gives the place itself stays put."""
    for i, loc in enumerate(out):
        p = loc.place
        if (p is None or loc.role != "place" or p.precision not in {"town", "village"} or p.population >= _SMALL
                or fold(loc.name).strip() == fold(p.name).strip()):
            continue
        areas = [(a, o.start) for o in out if o is not loc and o.role in {"place", "dateline"}
                 and (a := area_of(o.place, gaz)) is not None and a.precision == "district"]
        near = min(areas, key=lambda ap: abs(ap[1] - loc.start), default=None)
        area = near[0] if near is not None else _region(context, gaz)
        if area is None or area.admin1_code == p.admin1_code:
            continue
        out[i] = Location(loc.start, loc.end, loc.name, area, area.precision, "place", area.country or None)
    return out
