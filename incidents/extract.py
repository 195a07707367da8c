"""Article → claims. The single entry point is :func:`extract`.

The body is split into sentences; each kind of claim has its own small finder (dates,
distances and populations first, so their numbers are masked from the casualty finder).
Every claim is a plain dict with the public shape documented in the README
("Claims JSON"): ``text == article.text[start:end]`` always holds.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from geodata import Gazetteer, NameMatch, Place, fold
from incidents.anaphora import resolve_anaphora
from incidents.articles import Article
from incidents.attribution import find_attributions, sentence_stance
from incidents.casualties import find_casualties
from incidents.dating import DateMention, DateTriggers, dateline_span, find_dates, under_year_heading, year_headings
from incidents.furniture import furniture_spans
from incidents.lexicon import families_by_position, lexicon
from incidents.measures import find_distances, find_populations
from incidents.numbers import as_number
from incidents.places import _article_villages, _mentions, area_of, find_locations
from incidents.sentences import Sentence, split_sentences

#: Longest sentence we analyse; longer "sentences" (minified HTML, tables) are cut into windows so
#: no regex ever sees more than this at once.
MAX_SENTENCE = 2000
# Cheap pre-checks: a sentence without any of these cannot hold a claim of that kind.
_DIGIT = re.compile(r"\d")
#: Every distance has a digit followed by its unit ("1,344-kilometre", "850 miles"); a sentence
#: with no such spot cannot hold one (each match starts at the figure's last digit, inside it).
_DISTANCE_SPOT = re.compile(r"\d(?:\s*|-)(?:k|mi|me)", re.IGNORECASE)
#: Numbers glued to other units are not casualty counts ("30 years", "5 percent", "1,000 somoni").
_NOT_A_COUNT = re.compile(r"(?<![\d,.])\d[\d,.]*+\s*(?:%|percent|per cent|years?|hours?|metres?|meters?|m\b|somoni|"
                          r"dollars?|tonnes?|tons?|hectares?|year-old)")
#: Families whose cue must be in a sentence for :func:`find_attributions` to find anything there.
_ATTRIBUTION_FAMILIES = frozenset({"verb", "according", "citing", "notice"})


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    out = []
    a = start
    while a < end:
        b = min(end, a + MAX_SENTENCE)
        if b < end:
            sp = text.rfind(" ", a + MAX_SENTENCE // 2, b)
            b = sp if sp > a else b
        out.append((a, b))
        a = b
    return out


def extract(article: Article) -> list[dict]:
    """All claims of one article, sorted by position."""
    source = article.text
    gaz = Gazetteer.default()
    lex = lexicon()
    pub = article.published
    claims: list[dict] = []
    sentences = split_sentences(source, article.body_start)
    text = unwrapped(source, sentences)  # what the finders read; claims quote ``source``
    scan = _ArticleScan(text, article.body_start, gaz, lex)
    spans: list[tuple[int, int, bool]] = []
    furniture = furniture_spans(source, article.body_start)
    for sent in sentences:
        if any(a <= sent.start < b for a, b in furniture):
            continue  # a "Related posts" headline speaks of another story
        windows = _windows(text, sent.start, sent.end)
        whole = len(windows) == 1  # a window cut mid-word must scan its own date triggers
        spans += [(s_start, s_end, whole) for s_start, s_end in windows]
    dated: list[tuple[dict, DateMention]] = []  # every date claim with its mention, in text order
    area: Place | None = None  # the district or region last named before (for villages the gazetteer lacks)
    for (s_start, s_end, whole), families in zip(spans, scan.families_of(spans)):
        found = _sentence_claims(article, text, s_start, s_end, pub, gaz, lex, scan, families, whole, dated, area)
        claims.extend(found)
        named = [a for c in found if c["kind"] == "location" and c["role"] == "place" and c["place_id"]
                 and (a := area_of(gaz.by_id.get(c["place_id"]), gaz)) is not None]
        if named:  # the sentence's last district, else its last region
            area = next((a for a in reversed(named) if a.precision == "district"), named[-1])
    dl = dateline_span(source, article.body_start)
    if dl:
        for c in claims:
            if c["kind"] == "date" and c["start"] < dl[1] and dl[0] < c["end"]:
                c["basis"] = "dateline"  # when the story was filed, not when the event happened
    headings = year_headings(text, article.body_start)
    if headings:  # a chronology: "- 4 March: …" under a line "2022"
        for i, (c, d) in enumerate(dated):
            moved = under_year_heading(d, headings)
            if moved is not d:
                c["normalized"], c["normalized_end"] = _iso(moved.normalized), _iso(moved.normalized_end)
                dated[i] = (c, moved)
    if any(d.anaphor for _, d in dated):  # "the following day": counted from a date said before it
        mentions = [d if c["basis"] != "dateline" else replace(d, basis="dateline") for c, d in dated]
        for (c, d), r in zip(dated, resolve_anaphora(mentions, text, pub)):
            if d.anaphor is not None:
                c["normalized"], c["normalized_end"] = _iso(r.normalized), _iso(r.normalized_end)
    claims.sort(key=lambda c: (c["start"], c["end"], c["kind"]))
    return claims


def unwrapped(text: str, sentences: list[Sentence]) -> str:
    """``text`` with the line breaks inside sentences (soft wraps of hard-wrapped prose, see
    :mod:`incidents.sentences`) turned into spaces, or ``text`` itself when there are none.

    The finders match phrases word by word ("no one was killed"); a wrap between two of the words
    is a space to the reader, so they read this copy. Same length, so every offset is the source's.
    """
    wrapped = [s for s in sentences if "\n" in s.text]
    if not wrapped:
        return text
    chars = list(text)
    for s in wrapped:
        i = text.find("\n", s.start, s.end)
        while i >= 0:
            chars[i] = " "
            if i > s.start and chars[i - 1] == "\r":
                chars[i - 1] = " "
            i = text.find("\n", i + 1, s.end)
    return "".join(chars)


class _ArticleScan:
    """One pass per article for what every sentence asks: cue families, place names, weapon words,
    date triggers and distance spots.

    Per-sentence scanning paid a fixed cost per regex per sentence; here each automaton or regex
    runs over the body once and sentences look their hits up by offset.
    """

    def __init__(self, text: str, body_start: int, gaz: Gazetteer, lex) -> None:
        self.folded = folded = fold(text)
        self.families = families_by_position(folded, body_start)
        # the whole text (the header ends with a line break, so no name runs into the body)
        self.places = [m for m in gaz.scan(text, folded) if m.start >= body_start]
        self.place_starts = [m.start for m in self.places]
        self.weapons = list(lex.weapon_re.finditer(text, body_start))
        self.weapon_starts = [m.start() for m in self.weapons]
        self.dates = DateTriggers(text, folded, body_start)
        self.distance_spots = [m.start() for m in _DISTANCE_SPOT.finditer(text, body_start)]
        # bare mentions of a name the article calls a village ("Residents of Ryn said …" after "Ryn village"):
        # found once per article, so such a sentence reaches the place finder without a gazetteer name
        names, _ = _article_villages(text, gaz)
        self.village_spots = [a for a, _ in _mentions(text, names, body_start, len(text))] if names else []

    def families_of(self, spans: list[tuple[int, int, bool]]) -> list[frozenset[str]]:
        """For each of ``spans`` (sorted, not overlapping), the cue families with a fragment starting in it.

        One pass over the article's cue hits (a few dozen) instead of a look-up per family per sentence.
        """
        starts = [a for a, _, _ in spans]
        found: list[set[str]] = [set() for _ in spans]
        for fam, positions in self.families.items():
            for pos in positions:
                i = bisect_right(starts, pos) - 1
                if i >= 0 and pos < spans[i][1]:
                    found[i].add(fam)
        return [frozenset(f) for f in found]

    def has_distance(self, a: int, b: int) -> bool:
        i = bisect_left(self.distance_spots, a)
        return i < len(self.distance_spots) and self.distance_spots[i] < b

    def has_village(self, a: int, b: int) -> bool:
        i = bisect_left(self.village_spots, a)
        return i < len(self.village_spots) and self.village_spots[i] < b

    def places_in(self, a: int, b: int) -> list[NameMatch]:
        i, j = bisect_left(self.place_starts, a), bisect_left(self.place_starts, b)
        return [m for m in self.places[i:j] if m.end <= b]

    def weapons_in(self, a: int, b: int) -> list[re.Match]:
        i, j = bisect_left(self.weapon_starts, a), bisect_left(self.weapon_starts, b)
        return [m for m in self.weapons[i:j] if m.end() <= b]


def _sentence_claims(article: Article, text: str, s_start: int, s_end: int, pub, gaz, lex,
                     scan: _ArticleScan, families: frozenset[str], whole: bool = True,
                     dated: list[tuple[dict, DateMention]] | None = None, area: Place | None = None) -> list[dict]:
    sentence = text[s_start:s_end]
    # claims quote the article as written (``text`` may read soft wraps as spaces: see :func:`unwrapped`)
    source = article.text
    quoted = sentence if text is source else source[s_start:s_end]
    # the finders are only called where the article-wide scan saw their cue: with no cue they find nothing
    stance = sentence_stance(sentence, families) if "stance" in families else "report"
    attributions = (find_attributions(text, s_start, s_end, stance, families)
                    if not _ATTRIBUTION_FAMILIES.isdisjoint(families) else [])
    governing = attributions[0].source if attributions else None
    if stance == "report" and any(a.stance == "official_statement" for a in attributions):
        stance = "official_statement"  # "the official told …", "his office said …"
    out: list[dict] = []

    def claim(kind: str, start: int, end: int, **fields) -> None:
        out.append({
            "id": f"{article.article_id}:{start}-{end}:{kind}", "file": article.path, "article_id": article.article_id,
            "kind": kind, "start": start, "end": end, "text": source[start:end], "sentence": quoted,
            "sentence_start": s_start, "attribution": governing, "stance": stance, **fields,
        })

    masked: list[tuple[int, int]] = []
    dates = (find_dates(text, pub, s_start, s_end, scan.folded, scan.dates) if scan.dates.any_in(s_start, s_end)
             else []) if whole else find_dates(text, pub, s_start, s_end, scan.folded)
    for d in dates:
        masked.append((d.start, d.end))
        claim("date", d.start, d.end, normalized=_iso(d.normalized), normalized_end=_iso(d.normalized_end),
              basis=d.basis, time_of_day=d.time_of_day)
        if dated is not None:
            dated.append((out[-1], d))
    for dist in find_distances(text, s_start, s_end, article.body_start) if scan.has_distance(s_start, s_end) else ():
        masked.append((dist.start, dist.end))
        claim("distance", dist.start, dist.end, value=as_number(dist.value), low=_low(dist.value, dist.qualifier),
              high=_high(dist.value, dist.qualifier), qualifier=dist.qualifier, unit=dist.unit,
              value_km=dist.value_km, measures=dist.measures)
    for pop in find_populations(text, s_start, s_end) if "pop" in families else ():
        masked.append((pop.start, pop.end))
        claim("population", pop.start, pop.end, value=as_number(pop.value), qualifier=pop.qualifier)
    casualty_cue = "casualty" in families and lex.casualty_cue.search(sentence.lower())
    if casualty_cue and _DIGIT.search(sentence) is not None:  # (asked only where there is a cue)
        masked += [(s_start + m.start(), s_start + m.end()) for m in _NOT_A_COUNT.finditer(sentence)]
    for c in find_casualties(text, s_start, s_end, masked) if casualty_cue else ():
        if c.value is not None and not math.isfinite(c.value):
            continue
        claim(c.kind, c.start, c.end, value=as_number(c.value), low=as_number(c.low), high=as_number(c.high),
              qualifier=c.qualifier, group=c.group, side=c.side)
    places = scan.places_in(s_start, s_end)
    for loc in (find_locations(text, s_start, s_end, gaz, places, families, area)
                if places or "from" in families or "border" in families
                or (area is not None and sentence.find("illage") != -1) or scan.has_village(s_start, s_end)
                # "gunmen on the Afghan bank opened fire": an origin with no gazetteer name in the sentence
                or sentence.find(" on the Afghan ") != -1 else ()):
        p = loc.place
        region_like = p is not None and p.precision in {"region", "district", "town", "village", "site"}
        claim("location", loc.start, loc.end, name=loc.name, place=p.name if p else None,
              country=loc.country or (p.country if p and p.country else None),
              admin1=p.admin1 if region_like and p.admin1 else None,
              admin1_code=p.admin1_code if region_like and p.admin1_code else None,
              admin2=p.admin2 if region_like and p.admin2 else None,
              lat=p.lat if p else None, lon=p.lon if p else None, precision=loc.precision, role=loc.role,
              place_id=p.id if p else None)
    for m in scan.weapons_in(s_start, s_end):
        weapon = next((w for rx, w in lex.weapon_of if rx.match(m.group(0))), None)
        if weapon:
            claim("weapon", m.start(), m.end(), weapon=weapon)
    for a in attributions:
        claim("attribution", a.start, a.end, source=a.source)
        out[-1]["stance"] = a.stance
    return out


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def _low(v: float, q: str) -> float | None:
    return None if q in {"about", "nearly", "up_to"} else as_number(v)


def _high(v: float, q: str) -> float | None:
    return None if q in {"about", "at_least", "more_than", "over"} else as_number(v)
