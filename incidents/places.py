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
from typing import NamedTuple

from geodata import Gazetteer, NameMatch, Place
from incidents.lexicon import ORIGIN_GATE, gate

_COUNTRY_BEFORE = re.compile(r"\b(Tajik(?:istan)?|Afghan(?:istan)?)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")
_FEATURE_AFTER = re.compile(r"^\s+(river|district|province|region|oblast|city|town|village)\b", re.IGNORECASE)
_FEATURE_WANTED = {"river": {"river"}, "district": {"district"}, "province": {"region"}, "region": {"region"},
                   "oblast": {"region"}, "city": {"PPLC", "PPLA", "PPLA2"}, "town": {"PPLC", "PPLA", "PPLA2", "PPL"},
                   "village": {"PPL", "PPLA2"}}
_DIRECTION = re.compile(r"\b((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                        r"(?:ern)?)\s+$", re.IGNORECASE)
#: "from X" is an origin only after a verb of attacking or crossing ("launched from Afghanistan",
#: "fired from across the Panj"), not in "traders from Fayzabad" or "by telephone from Khorugh".
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:launched|fired|shelled|came|coming|crossed|crossing|infiltrated|infiltrating|"
                            r"attacked|attacking|originat\w*|carried out|staged|struck|operating|opened fire|"
                            r"entered|sneaked|smuggled)\s+(?:[\w-]+\s+){0,3}?from\s+(?:across\s+)?(?:the\s+)?"
                            r"(?:territory\s+of\s+|side\s+of\s+)?|\b(?:based|operating|hiding|sheltering)\s+in\s+"
                            r"(?:neighbouring\s+|neighboring\s+)?|\b(?:militants|gunmen|fighters|insurgents|attackers|"
                            r"groups?)\s+(?:based\s+)?in\s+)(?:(?:neighbouring\s+|neighboring\s+)?Afghanistan['’]s\s+)?$",
                            re.IGNORECASE)
#: "from Afghan territory/soil/side", "from Tajik soil": the country the attack came from (group
#: ``c``). Generic "from across the border/river" and "the other side of the river" name no place.
ORIGIN_PHRASE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?P<c>Afghan)\s+(?:territory|side|soil|side of the (?:border|frontier))"
                           r"|(?P<t>Tajik)\s+soil)\b",
                           re.IGNORECASE)
#: The look-ahead (the first letters of the prepositions and "the") lets the engine skip most
#: positions without trying every alternative: this regex runs over every sentence naming a border.
#: A generic "border" is a place only where it says where something is: "near / along / close to
#: the border" (precision border). Otherwise ("the border", "on the border", "the state border",
#: "to the border zone") it must say which border ("the Afghan border", "on the Tajik frontier").
#: Never a place when the word is an attribute of an organisation or facility ("border troops",
#: "the Afghan border police", "near the border market") or names another border ("with China").
BORDER_PHRASE = re.compile(
    r"\b(?=[nacoft])(?:(?P<near>(?:near|along|close to)\s+(?:the\s+)?)|(?:on|at|across|to|from)\s+(?:the\s+)?|\bthe\s+)"
    r"(?:(?:volatile|tense|shared|common|mountainous|rugged|porous|state|southern)\s+)*"
    r"(?:(?P<adj>Tajik|Afghan)\s+)?(?(near)|(?(adj)|(?!)))"
    r"(?P<w>border|frontier)(?:\s+(?:areas?|regions?|zones?|districts?|villages?))?\b(?!\s+(?:with|between)\s)"
    r"(?!\s+(?:troops|guards?|police|forces|units?|posts?|outposts?|detachments?|services?|commission\w*|patrols?|"
    r"battalions?|brigades?|commands?|officials|authorities|agency|crossings?|checkpoints?|markets?|bridges?)\b)",
    re.IGNORECASE)
#: A name that is part of an organisation's name, not a place of the story: an outlet or a centre
#: named after it ("Khatlon Press", "Kabul Horizon News", "Tajikistan National Mine Action Centre"),
#: a newsroom desk ("editing by the Dushanbe desk"), or the "of …" tail of a ministry, committee or
#: office ("the Ministry of Foreign Affairs of Tajikistan", "the Prosecutor's Office of the … Region").
_ORG_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:News|Press|Herald|Today|TV|Radio|Times|Post|Daily|Courier|"
                        r"Tribune|Observer|Khabar|Gazette|Journal|Online|Media|Wire|Telegraph|Monitor|Centre|Center)\b"
                        r"|\s+desk\b")
_ORG_HEADS = ("Ministry", "Committee", "Embassy", "Office", "Service", "Agency", "Centre", "Center", "Directorate",
              "Council", "Troops", "Court", "Consulate")
_ORG_BEFORE = re.compile(r"\b(?:" + "|".join(_ORG_HEADS) + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)*\s+of\s+(?:the\s+)?$")


def _in_org_name(text: str, s: int, e: int, start: int, end: int) -> bool:
    """True if the name at ``text[s:e]`` is inside an organisation's name (see :data:`_ORG_AFTER`)."""
    if _ORG_AFTER.match(text, e, min(end, e + 60)):
        return True
    window = text[max(start, s - 120):s]
    return any(h in window for h in _ORG_HEADS) and _ORG_BEFORE.search(window) is not None


_OTHER_BORDER = re.compile(r"\b(Chin(?:a|ese)|Uzbek|Kyrgyz|Pakistan|Iran)", re.IGNORECASE)


class Location(NamedTuple):
    """One place mention (a named tuple: built ~15 times per article, 3x cheaper than a frozen dataclass)."""

    start: int
    end: int
    name: str
    place: Place | None
    precision: str
    role: str
    country: str | None


def _choose(cands: tuple[Place, ...], text: str, start: int, after: re.Match | None) -> Place:
    """The candidate the context asks for; ``after`` is :data:`_FEATURE_AFTER` matched after the name."""
    if after:
        wanted = _FEATURE_WANTED[after.group(1).lower()]
        for c in cands:
            if c.feature in wanted:
                return c
    if text[max(0, start - 4):start].lower() == "the ":  # "the Panj": the river, not the town
        river = next((c for c in cands if c.feature == "river"), None)
        if river is not None:
            return river
    window = text[max(0, start - 40):start]
    before = _COUNTRY_BEFORE.search(window) if ("Tajik" in window or "Afghan" in window) else None
    if before:
        code = "TJ" if before.group(1).lower().startswith("tajik") else "AF"
        for c in cands:
            if c.country == code:
                return c
    return cands[0]


def find_locations(text: str, start: int, end: int, gaz: Gazetteer, matches: list[NameMatch] | None = None,
                   families: frozenset[str] | None = None) -> list[Location]:
    """Place mentions in ``text[start:end]``; ``matches`` (absolute offsets) when the caller scanned already."""
    out: list[Location] = []
    body = text[start:end]
    if matches is None:
        matches = [NameMatch(start + m.start, start + m.end, m.text, m.candidates) for m in gaz.scan(body)]
    # the sentence's cue families (folded text, a superset of the lower-cased window's words) rule
    # out an origin at once for most sentences
    may_be_origin = families is None or "origin" in families
    for m in matches:
        s, e = m.start, m.end
        after = _FEATURE_AFTER.match(text[e:e + 20])
        place = _choose(m.candidates, text, s, after) if len(m.candidates) > 1 else m.candidates[0]
        precision = place.precision
        if after and place.feature in _FEATURE_WANTED[after.group(1).lower()] and e + after.end() <= end:
            e += after.end()  # "Jayhun district", "Takhar province": the feature word belongs to the name
        if _in_org_name(text, s, e, start, end):
            continue
        name = text[s:e]
        if place.feature == "country":
            d = _DIRECTION.search(text[max(start, s - 20):s])
            if d:
                s -= len(text[max(start, s - 20):s]) - d.start(1)
                name = text[s:e]
        role = "place"
        if may_be_origin:
            window = text[max(start, s - 80):s]
            role = "origin" if gate(window.lower(), ORIGIN_GATE) and _ORIGIN_BEFORE.search(window) else "place"
        if name.isupper() and len(name) > 3 and (s == 0 or text[s - 1] == "\n"):
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
    for m in BORDER_PHRASE.finditer(text, start, end) if has_border else ():
        s = m.start("w")
        if any(a < m.end() and s < b for a, b in taken):
            continue
        if _OTHER_BORDER.search(text[max(start, m.start() - 30):min(end, m.end() + 25)]):
            continue
        out.append(Location(m.start(), m.end(), m.group(0), gaz.by_id.get("border:TJ-AF"), "border", "place", None))
    return sorted(out, key=lambda loc: loc.start)
