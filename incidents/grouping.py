"""Claims → groups: which claims describe the same real-world incident or context entity.

Runs on claims alone (never on article text or file names):

1. **Frames** (per article). A sentence with a casualty figure, a weapon or an attack word opens
   a frame; a following casualty sentence with no date or place of its own continues it. A frame
   whose words speak of several events ("two attacks", "these incidents", a series, or two
   dates) is a *roll-up* frame; otherwise a *single* frame.
2. **Incidents** (across articles). Single frames are clustered by date (best dates within
   ``DATE_TOLERANCE_DAYS`` of the cluster's first day, nearest first) and region (two different
   named regions never merge; an unnamed region is compatible). Blocking by date keeps this
   near-linear.
3. **Roll-ups**. Roll-up frames with overlapping date ranges merge; a roll-up covers every
   incident whose date falls in its range.
4. **Context entities**: border-length claims form one record per border; an outlet's report
   that is denied or withdrawn forms a report record with every sentence that speaks of it.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter

DATE_TOLERANCE_DAYS = 2
CASUALTY = ("killed", "injured", "missing", "detained")
_ATTACK_WORD = re.compile(r"\b(attack|attacks|attacked|strike|struck|clash|clashes|shelling|ambush|raid|explosion|"
                          r"blast|incident|incidents|assault|assaults|shootout|firefight|skirmish)\b", re.IGNORECASE)
_PLURAL_EVENTS = re.compile(r"\b(?:two|three|four|five|several|a series of|series of|multiple|separate|both|these|"
                            r"recent|the)\s+(?:[\w-]+\s+){0,3}?(?:attacks|incidents|assaults|strikes|clashes|raids)\b"
                            r"|\b(?:attacks|incidents) (?:on|in|this|last)\b|\bin (?:two|three|both) (?:attacks|incidents)\b",
                            re.IGNORECASE)


_PLURAL_NOUNS = ("attacks", "incidents", "assaults", "strikes", "clashes", "raids")


def _plural(sentence: str) -> bool:
    """Does the sentence speak of several events ("two attacks", "these incidents")?"""
    low = sentence.lower()
    return any(n in low for n in _PLURAL_NOUNS) and _PLURAL_EVENTS.search(sentence) is not None


@dataclass
class Frame:
    """Claims of one article that speak of one event (or, for roll-ups, of several together)."""

    article_id: str
    claims: list[dict] = field(default_factory=list)
    rollup: bool = False
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, claims: list[dict]) -> None:
        """Add claims (always through here: derived values are memoised until the next add)."""
        self.claims.extend(claims)
        self._memo.clear()

    def _cached(self, key: str, compute):
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def of(self, *kinds: str) -> list[dict]:
        return [c for c in self.claims if c["kind"] in kinds]

    @property
    def dates(self) -> list[dict]:
        return self._cached("dates", lambda: _event_dates(self.claims))

    @property
    def date_range(self) -> tuple[date, date] | None:
        return self._cached("date_range", self._date_range)

    def _date_range(self) -> tuple[date, date] | None:
        ds = self.dates
        if not ds:
            return None
        return (min(date.fromisoformat(c["normalized"]) for c in ds),
                max(date.fromisoformat(c["normalized_end"]) for c in ds))

    @property
    def best_date_claim(self) -> dict | None:
        """The exact-day date told closest to an attack word or a casualty figure (not 'denied on Friday')."""
        return self._cached("best_date_claim", self._best_date_claim)

    def _best_date_claim(self) -> dict | None:
        exact = [c for c in self.dates if c["normalized"] == c["normalized_end"]]
        if not exact:
            return None
        anchors = [c["start"] for c in self.claims if c["kind"] in CASUALTY]
        for sent_start, sentence in {(c["sentence_start"], c["sentence"]) for c in exact}:
            anchors += [sent_start + m.start() for m in _ATTACK_WORD.finditer(sentence)]
        if not anchors:
            return exact[0]
        return min(exact, key=lambda c: (min(abs(c["start"] - a) for a in anchors), c["start"]))

    @property
    def best_date(self) -> date | None:
        c = self.best_date_claim
        return date.fromisoformat(c["normalized"]) if c else None

    @property
    def region(self) -> str | None:
        return self._cached("region", self._region)

    def _region(self) -> str | None:
        places = [c for c in self.of("location") if c["role"] == "place" and c["admin1_code"]]
        tj = [c for c in places if c["country"] == "TJ"]
        chosen = tj or places
        return chosen[0]["admin1_code"] if chosen else None


def _sentences(claims: list[dict]) -> list[list[dict]]:
    by: dict[int, list[dict]] = defaultdict(list)
    for c in claims:
        by[c["sentence_start"]].append(c)
    return [by[k] for k in sorted(by)]


def frames_of_article(claims: list[dict]) -> list[Frame]:
    """Cut one article's claims into event frames."""
    frames: list[Frame] = []
    current: Frame | None = None
    last_sentence_end = -1
    for whole in _sentences(claims):
        for sent in _split_multi_event(whole):
            current, last_sentence_end = _add_sentence(sent, frames, current, last_sentence_end)
    return _merge_rollup_followers(frames)


def _event_dates(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["kind"] == "date" and c["normalized"] and c["basis"] not in {"month", "year", "dateline"}]


def _split_multi_event(sent: list[dict]) -> list[list[dict]]:
    """'The first, on April 10 …, killed two; the second, on April 24 …, killed five' → two parts.

    Each claim goes with the nearest date before it (claims before the first date go with the
    first); the split is kept only when every part has its own figure.
    """
    dates = sorted({c["normalized"]: c for c in _event_dates(sent) if c["normalized"] == c["normalized_end"]}.values(),
                   key=lambda c: c["start"])
    if len(dates) < 2 or _plural(sent[0]["sentence"]):
        return [sent]
    parts: list[list[dict]] = [[] for _ in dates]
    for c in sent:
        idx = 0
        for i, d in enumerate(dates):
            if d["start"] <= c["start"]:
                idx = i
        parts[idx].append(c)
    if all(any(c["kind"] in CASUALTY for c in p) for p in parts):
        return parts
    return [sent]


def _add_sentence(sent: list[dict], frames: list[Frame], current: Frame | None, last_sentence_end: int
                  ) -> tuple[Frame | None, int]:
    """Add one sentence (or part of one) to the article's frames: continue the current frame or open one."""
    text = sent[0]["sentence"]
    kinds = {c["kind"] for c in sent}
    has_cas = bool(kinds & set(CASUALTY))
    is_event = has_cas or "weapon" in kinds or bool(_ATTACK_WORD.search(text))
    if not is_event:
        return None, last_sentence_end
    dates = _event_dates(sent)
    places = [c for c in sent if c["kind"] == "location" and c["role"] == "place" and c["admin1_code"]]
    n_figures = sum(1 for c in sent if c["kind"] in CASUALTY)
    plural = _plural(text) or (len({c["normalized"] for c in dates}) > 1 and n_figures > 1)
    adjacent = sent[0]["sentence_start"] - last_sentence_end <= 3
    continues = (current is not None and adjacent and not dates and not places and not plural
                 and (has_cas or "weapon" in kinds))
    if continues:
        current.add(sent)
    elif has_cas or dates or places or "weapon" in kinds:
        if not has_cas and not dates and current is not None and adjacent and plural == current.rollup:
            current.add(sent)  # "The attack involved firearms and a drone …"
        else:
            current = Frame(sent[0]["article_id"], list(sent), rollup=plural)
            frames.append(current)
    last_sentence_end = sent[0]["sentence_start"] + len(text)
    return current, last_sentence_end


def _merge_rollup_followers(frames: list[Frame]) -> list[Frame]:
    """A roll-up frame with dates but no figures absorbs the next roll-up frame with figures and no dates."""
    out: list[Frame] = []
    for f in frames:
        prev = out[-1] if out else None
        if (prev is not None and prev.rollup and f.rollup and prev.dates and not prev.of(*CASUALTY)
                and f.of(*CASUALTY) and not f.dates):
            prev.add(f.claims)
            continue
        out.append(f)
    return [f for f in out if f.of(*CASUALTY) or f.of("weapon") or f.dates]


@dataclass(slots=True)
class FrameRef:
    """What cross-article grouping needs of a frame, without its claims.

    Claims stay in the store; a frame is its article, the positions of its claims in that
    article's claim list and the few values clustering reads. This is what lets 100,000 articles
    be grouped in memory, and what the store caches per article.
    """

    article_id: str
    positions: tuple[int, ...]
    role: str  # "single" or "rollup": where the article's own routing sent it
    best_date: date | None
    best_pos: int | None  # position of the claim giving best_date
    date_range: tuple[date, date] | None
    region: str | None
    exact_days: tuple[str, ...]  # the exact-day dates it names (roll-ups cover the attacks on them)
    index: int = 0  # its place among the article's frames: (article row, index) names it across builds


@dataclass(slots=True)
class ArticleSummary:
    """An article as grouping sees it: its frames, border lengths and attributions (no other claims).

    Its attributions are read only for the few articles whose sentences mention a report name, so a
    summary from the store keeps them as JSON until :attr:`attributions` is first read; ``names``
    (the outlet-like sources among them) is all that finding the report names needs of every article.
    """

    article_id: str
    frames: list[FrameRef]
    borders: list[tuple[int, str, float]]  # (position, which border, km) of distance claims that measure one
    names: tuple[str, ...]  # its attribution sources that look like outlets: candidate report names
    stored_attributions: list[tuple[int, str, str]] | str  # (position, source, stance), or their JSON
    sentences: list[str] | None = None  # the attributions' sentences, when made from claims (not stored)

    @property
    def attributions(self) -> list[tuple[int, str, str]]:
        if isinstance(self.stored_attributions, str):
            self.stored_attributions = [tuple(a) for a in json.loads(self.stored_attributions)]
        return self.stored_attributions


def route_frames(claims: list[dict], frames: list[Frame] | None = None) -> list[tuple[str, Frame]]:
    """One article's frames with the role each plays across articles ("single" or "rollup").

    Decided per article: an undated, unplaced frame is the article's one dated attack when there is
    just one ("the attack"), an undated roll-up mention joins the article's one dated series.
    """
    if frames is None:
        frames = frames_of_article(claims)
    out: list[tuple[str, Frame]] = []
    dated_singles = [f for f in frames if not f.rollup and f.best_date]
    dated_rollups = [f for f in frames if f.rollup and f.date_range]
    for f in frames:
        if f.rollup:
            if not f.date_range and len(dated_rollups) == 1:
                dated_rollups[0].add(f.claims)  # undated mention of the article's one series
            else:
                out.append(("rollup", f))
        elif not f.best_date and not f.region:
            if len(dated_singles) == 1:
                dated_singles[0].add(f.claims)  # "the attack" = the article's one dated attack
            elif f.of(*CASUALTY):
                out.append(("rollup", f) if len(dated_singles) > 1 else ("single", f))
        else:
            out.append(("single", f))
    return out


def summarize(article_id: str, claims: list[dict], frames: list[Frame] | None = None) -> ArticleSummary:
    """Cut and route an article's frames and keep only what grouping reads (positions, not claims)."""
    pos = {c["id"]: i for i, c in enumerate(claims)}
    refs = []
    for index, (role, f) in enumerate(route_frames(claims, frames)):
        positions = tuple(dict.fromkeys(pos[c["id"]] for c in f.claims))
        best = f.best_date_claim
        refs.append(FrameRef(article_id, positions, role, f.best_date, pos[best["id"]] if best else None,
                             f.date_range, f.region,
                             tuple(c["normalized"] for c in f.dates if c["normalized"] == c["normalized_end"]),
                             index))
    borders = [(i, c["measures"], c["value_km"]) for i, c in enumerate(claims)
               if c["kind"] == "distance" and c.get("measures")]
    said = [(i, c) for i, c in enumerate(claims) if c["kind"] == "attribution"]
    names = tuple(sorted({c["source"] for _, c in said if _outlet_like(c["source"])}))
    return ArticleSummary(article_id, refs, borders, names, [(i, c["source"], c["stance"]) for i, c in said],
                          [c["sentence"] for _, c in said])


def encode_summary(s: ArticleSummary) -> str:
    """An article summary as compact JSON (the store's per-article cache): frames, borders and names on
    the first line, attributions on the second (compact JSON has no raw line break), so decoding
    can leave them unread."""
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None
    frames = [[f.role, list(f.positions), iso(f.best_date), f.best_pos,
               [iso(f.date_range[0]), iso(f.date_range[1])] if f.date_range else None, f.region, list(f.exact_days)]
              for f in s.frames]
    return (json.dumps([frames, s.borders, s.names], ensure_ascii=False, separators=(",", ":")) + "\n"
            + json.dumps(s.attributions, ensure_ascii=False, separators=(",", ":")))


@lru_cache(maxsize=65536)
def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def decode_summaries(items: list[tuple[str, str]]) -> list[ArticleSummary]:
    """(article id, :func:`encode_summary` text) pairs → summaries. The first lines of all of them are
    parsed by one ``json.loads`` call: per call, the json module's Python layer costs as much as a
    small summary's parsing."""
    heads, rests = [], []
    for _aid, text in items:
        head, _, attributions = text.partition("\n")
        heads.append(head)
        rests.append(attributions)
    day = _day
    out = []
    for (article_id, _text), (frames, borders, names), attributions in zip(
            items, json.loads("[" + ",".join(heads) + "]"), rests):
        refs = [FrameRef(article_id, tuple(p), role, day(b) if b else None, bp,
                         (day(r[0]), day(r[1])) if r else None, region, tuple(ex), i)
                for i, (role, p, b, bp, r, region, ex) in enumerate(frames)]
        out.append(ArticleSummary(article_id, refs, [tuple(b) for b in borders], tuple(names), attributions))
    return out




#: ``claim_at(article_id, position)`` → that claim (from memory, or read from the store on demand).
ClaimAt = Callable[[str, int], dict]


@dataclass
class Group:
    """Claims that make one record, with the kind of record they make.

    Claims are referred to by (article id, position in the article's claim list); a ``ClaimAt``
    gives the claim itself, from memory or from the store.
    """

    kind: str  # attack, rollup, border, report
    frames: list[FrameRef] = field(default_factory=list)
    refs: list[tuple[str, int]] = field(default_factory=list)  # claims outside frames (lengths, report sentences)
    key: str = ""
    members: list[int] = field(default_factory=list)  # for roll-ups: indexes of covered attack groups
    #: parallel to ``refs`` for context groups: the value each claim gives (a border's km, a report
    #: sentence's stance), so a record can count and sample them without reading every claim
    ref_values: list = field(default_factory=list)

    def claim_refs(self) -> list[tuple[str, int]]:
        """Every (article id, position) of the group, each once, frames first."""
        seen = dict.fromkeys((f.article_id, p) for f in self.frames for p in f.positions)
        seen.update(dict.fromkeys(self.refs))
        return list(seen)

    def event_dates(self, claim_at: ClaimAt) -> list[dict]:
        """The date each frame gives for the event itself (one per frame, for attacks)."""
        return [claim_at(f.article_id, f.best_pos) for f in self.frames if f.best_pos is not None]

    def all_claims(self, claim_at: ClaimAt, refs: list[tuple[str, int]] | None = None) -> list[dict]:
        """The group's claims (or those of ``refs``), each once, in file order."""
        seen: dict[str, dict] = {}
        for aid, p in self.claim_refs() if refs is None else refs:
            c = claim_at(aid, p)
            seen.setdefault(c["id"], c)
        return sorted(seen.values(), key=lambda c: (c["file"], c["start"]))


#: Bump whenever summarize() would describe an article differently: cached summaries are then rebuilt.
FRAMES_VERSION = "6"


def group_claims(claims_by_article: dict[str, list[dict]]) -> list[Group]:
    """All groups (incidents, roll-ups, context entities) from every article's claims, in memory."""
    return group_summaries([summarize(aid, claims) for aid, claims in sorted(claims_by_article.items())])


#: ``mentions(summary, names, finder)`` → (attribution position, name, stance): which report names the
#: article's attribution sentences mention, and how (the store answers from its cache while names are unchanged).
Mentions = Callable[["ArticleSummary", list[str], "MentionFinder"], list[tuple[int, str, str]]]


def group_summaries(summaries: list[ArticleSummary], mentions: Mentions | None = None) -> list[Group]:
    """All groups from article summaries (in article order): near-linear in the number of frames."""
    singles: list[FrameRef] = []
    rollups: list[FrameRef] = []
    borders: dict[str, Group] = {}
    for s in summaries:
        for f in s.frames:
            (rollups if f.role == "rollup" else singles).append(f)
        for pos, measures, km in s.borders:
            g = borders.get(measures)
            if g is None:
                g = borders[measures] = Group("border", key=measures)
            g.refs.append((s.article_id, pos))
            g.ref_values.append(km)
    attacks = _cluster_singles(singles)
    groups = [Group("attack", frames=fs) for fs in attacks]
    groups.extend(_cluster_rollups(rollups, groups))
    groups.extend(borders[k] for k in sorted(borders))
    groups.extend(_report_groups(summaries, mentions or mentions_in_sentences))
    return groups


def _cluster_singles(frames: list[FrameRef]) -> list[list[FrameRef]]:
    """Greedy clustering of single-event frames by date (blocked by day) and region: near-linear."""
    # by (date, placed before unplaced), input order within: one stable sort by date of the placed frames
    # followed by the unplaced ones (attrgetter, not a key tuple per frame)
    dated = sorted([f for f in frames if f.best_date and f.region is not None]
                   + [f for f in frames if f.best_date and f.region is None], key=attrgetter("best_date"))
    clusters: list[list[FrameRef]] = []
    regions: list[set[str]] = []
    index: dict[int, dict[int, None]] = defaultdict(dict)  # day ordinal → cluster ids (ordered, each once)
    # Frames come in date order, so every cluster found so far starts on or before this frame's day:
    # only the days up to DATE_TOLERANCE_DAYS before it can hold one (the later days are still empty).
    deltas = range(-DATE_TOLERANCE_DAYS, 1)
    get = index.get
    for f in dated:
        best: tuple[int, int] | None = None
        day0 = f.best_date.toordinal()
        region = f.region
        for delta in deltas:
            for ci in get(day0 + delta, ()):
                regs = regions[ci]
                # no region on either side, or the cluster's only region is this one
                if region is None or not regs or (len(regs) == 1 and region in regs):
                    score = -delta * 2 + (0 if region in regs else 1)
                    if best is None or score < best[0]:
                        best = (score, ci)
        if best is None:
            clusters.append([f])
            regions.append(set())
            ci = len(clusters) - 1
            # a cluster is found by its first (earliest) day only: reports within the tolerance of it
            # join, but a chain of days two apart never grows one incident across weeks
            index[day0][ci] = None
        else:
            ci = best[1]
            clusters[ci].append(f)
        if f.region:
            regions[ci].add(f.region)
    # frames with a region but no date: join the one cluster in that region, else stand alone
    by_region: dict[str, list[int]] = defaultdict(list)
    for ci, regs in enumerate(regions):
        for r in regs:
            by_region[r].append(ci)
    for f in frames:
        if f.best_date:
            continue
        same = by_region.get(f.region, []) if f.region else []
        if len(same) == 1:
            clusters[same[0]].append(f)
        else:
            clusters.append([f])
    return clusters


def _cluster_rollups(frames: list[FrameRef], attacks: list[Group]) -> list[Group]:
    """Merge roll-up frames whose date ranges overlap; each covers the attacks dated inside it."""
    out: list[Group] = []
    spans: list[tuple[date, date] | None] = []
    for f in sorted((f for f in frames if f.date_range), key=lambda f: f.date_range):
        rng = f.date_range
        if out and rng[0] <= spans[-1][1]:  # sorted by start: only the last span can overlap
            out[-1].frames.append(f)
            spans[-1] = (spans[-1][0], max(spans[-1][1], rng[1]))
        else:
            out.append(Group("rollup", frames=[f]))
            spans.append(rng)
    undated = [f for f in frames if not f.date_range]
    if len(out) == 1:  # undated roll-up mentions join the one series there is
        out[0].frames.extend(undated)
    else:
        for f in undated:
            out.append(Group("rollup", frames=[f]))
            spans.append(None)
    dated_attacks = sorted((d, i) for i, a in enumerate(attacks) if (d := _group_best_date(a)))
    days = [d for d, _ in dated_attacks]
    by_day: dict[str, list[int]] = defaultdict(list)
    for d, i in dated_attacks:
        by_day[d.isoformat()].append(i)
    for g, s in zip(out, spans):
        if s is None:
            continue
        members = {i for _, i in dated_attacks[bisect_left(days, s[0]):bisect_right(days, s[1])]}
        for f in g.frames:
            for day in f.exact_days:
                members.update(by_day.get(day, ()))
        g.members = sorted(members)
    return out


def _group_best_date(g: Group) -> date | None:
    ds = [f.best_date for f in g.frames if f.best_date]
    return min(ds) if ds else None


_GENERIC_SOURCES = frozenset({"officials", "official", "sources", "source", "authorities", "police", "ministry", "the",
                              "witnesses", "residents", "officers", "president", "spokesman", "tajik", "afghan",
                              "russian", "chinese", "local", "security", "government"})
_OUTLET = re.compile(r"^[A-Z][\w.&/-]*(?:[ -][A-Z][\w.&/-]*){0,3}$")


def _outlet_like(source: str) -> bool:
    """Does an attribution source look like an outlet ("Reuters", "Kabul Horizon"), one a report can be named by?"""
    from geodata import Gazetteer  # here, not at the top: a rebuild that summarises nothing never loads it

    return (_OUTLET.match(source) is not None and len(source) <= 30
            and source.split()[0].lower() not in _GENERIC_SOURCES
            and not Gazetteer.default().lookup(source))  # "Tajikistan said", "Dushanbe says": a place, not an outlet


def report_names(summaries: list[ArticleSummary]) -> list[str]:
    """Every article's outlet-like attribution sources: the candidate report names."""
    return sorted({name for s in summaries for name in s.names})


class MentionFinder:
    """Which of the report names a sentence mentions (one Aho-Corasick pass, whole words only)."""

    def __init__(self, names: list[str]) -> None:
        import ahocorasick

        self.names = names
        self.key = hashlib.blake2b("\n".join(names).encode(), digest_size=8).hexdigest()
        self._auto = ahocorasick.Automaton()
        for n in names:
            self._auto.add_word(n, n)
        self._auto.make_automaton()

    def __call__(self, sentence: str) -> list[str]:
        out = []
        for end_idx, name in self._auto.iter(sentence):
            a, b = end_idx - len(name) + 1, end_idx + 1
            if (a == 0 or not sentence[a - 1].isalnum()) and (b == len(sentence) or not sentence[b].isalnum()):
                out.append(name)
        return out

    def mentions(self, attributions: list[tuple[int, str, str]], sentences: list[str]) -> list[tuple[int, str, str]]:
        """(position, name, stance) of every report name the attribution sentences mention."""
        return [(pos, name, stance) for (pos, _source, stance), sentence in zip(attributions, sentences)
                for name in self(sentence)]


def mentions_in_sentences(s: ArticleSummary, _names: list[str], find: MentionFinder) -> list[tuple[int, str, str]]:
    if s.sentences is None:
        raise ValueError(f"summary of {s.article_id} has no sentences: pass a mentions function")
    return find.mentions(s.attributions, s.sentences)


def _report_groups(summaries: list[ArticleSummary], mentions: Mentions) -> list[Group]:
    """An outlet's report that some sentence denies or withdraws: every sentence naming it.

    Linear in the number of attributions; the per-article mention lists are what the store caches.
    """
    names = report_names(summaries)
    if not names:
        return []
    find = MentionFinder(names)
    found: dict[str, dict[tuple[str, int], str]] = defaultdict(dict)
    for s in summaries:
        for pos, name, stance in mentions(s, names, find):
            found[name].setdefault((s.article_id, pos), stance)
    out = []
    for name in names:
        refs = found.get(name, {})
        stances = set(refs.values())
        if stances & {"denial", "retraction"} and "report" in stances:
            out.append(Group("report", refs=list(refs), key=name, ref_values=list(refs.values())))
    return out
