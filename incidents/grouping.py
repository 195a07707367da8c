"""Claims → groups: which claims describe the same real-world incident or context entity.

Runs on claims alone (never on article text or file names):

1. **Frames** (per article). A sentence with a casualty figure, a weapon or an attack word opens
   a frame; a following casualty sentence with no date or place of its own continues it. A frame
   whose words speak of several events ("two attacks", "these incidents", a series, or two
   dates) is a *roll-up* frame; otherwise a *single* frame.
2. **Incidents** (across articles). Single frames are clustered by date (best dates within
   ``DATE_TOLERANCE_DAYS``, nearest first) and region (two different named regions never merge;
   an unnamed region is compatible). Blocking by date keeps this near-linear.
3. **Roll-ups**. Roll-up frames with overlapping date ranges merge; a roll-up covers every
   incident whose date falls in its range.
4. **Context entities**: border-length claims form one record per border; an outlet's report
   that is denied or withdrawn forms a report record with every sentence that speaks of it.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from geodata import Gazetteer

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


@dataclass
class Group:
    """Claims that make one record, with the kind of record they make."""

    kind: str  # attack, rollup, border, report
    frames: list[Frame] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    key: str = ""
    members: list[int] = field(default_factory=list)  # for roll-ups: indexes of covered attack groups

    def event_dates(self) -> list[dict]:
        """The date each frame gives for the event itself (one per frame, for attacks)."""
        return [f.best_date_claim for f in self.frames if f.best_date_claim]

    def all_claims(self) -> list[dict]:
        seen: dict[str, dict] = {}
        for f in self.frames:
            for c in f.claims:
                seen.setdefault(c["id"], c)
        for c in self.claims:
            seen.setdefault(c["id"], c)
        return sorted(seen.values(), key=lambda c: (c["file"], c["start"]))


#: Bump whenever frames_of_article would cut an article differently: cached frames are then rebuilt.
FRAMES_VERSION = "1"


def encode_frames(claims: list[dict], frames: list[Frame]) -> str:
    """Frames as positions into the article's claim list (compact, for the store's cache)."""
    pos = {c["id"]: i for i, c in enumerate(claims)}
    return json.dumps([[int(f.rollup), [pos[c["id"]] for c in f.claims]] for f in frames], separators=(",", ":"))


def decode_frames(article_id: str, claims: list[dict], text: str) -> list[Frame]:
    return [Frame(article_id, [claims[i] for i in idx], bool(rollup)) for rollup, idx in json.loads(text)]


def group_claims(claims_by_article: dict[str, list[dict]],
                 frames_by_article: dict[str, list[Frame]] | None = None) -> list[Group]:
    """All groups (incidents, roll-ups, context entities) from every article's claims.

    ``frames_by_article`` are frames already cut (e.g. from the store's cache); missing ones are cut here.
    """
    singles: list[Frame] = []
    rollups: list[Frame] = []
    for aid, claims in sorted(claims_by_article.items()):
        frames = (frames_by_article or {}).get(aid)
        if frames is None:
            frames = frames_of_article(claims)
        dated_singles = [f for f in frames if not f.rollup and f.best_date]
        dated_rollups = [f for f in frames if f.rollup and f.date_range]
        for f in frames:
            if f.rollup:
                if not f.date_range and len(dated_rollups) == 1:
                    dated_rollups[0].add(f.claims)  # undated mention of the article's one series
                else:
                    rollups.append(f)
            elif not f.best_date and not f.region:
                if len(dated_singles) == 1:
                    dated_singles[0].add(f.claims)  # "the attack" = the article's one dated attack
                elif f.of(*CASUALTY):
                    rollups.append(f) if len(dated_singles) > 1 else singles.append(f)
            else:
                singles.append(f)
    attacks = _cluster_singles(singles)
    groups = [Group("attack", frames=fs) for fs in attacks]
    groups.extend(_cluster_rollups(rollups, groups))
    groups.extend(_border_groups(claims_by_article))
    groups.extend(_report_groups(claims_by_article))
    return groups


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _cluster_singles(frames: list[Frame]) -> list[list[Frame]]:
    """Greedy clustering of single-event frames by date (blocked by day) and region: near-linear."""
    dated = sorted([f for f in frames if f.best_date], key=lambda f: (f.best_date, f.region is None))
    clusters: list[list[Frame]] = []
    regions: list[set[str]] = []
    index: dict[date, list[int]] = defaultdict(list)  # day → cluster ids
    for f in dated:
        best: tuple[int, int] | None = None
        for delta in range(-DATE_TOLERANCE_DAYS, DATE_TOLERANCE_DAYS + 1):
            day = date.fromordinal(f.best_date.toordinal() + delta)
            for ci in index.get(day, []):
                if f.region is None or not regions[ci] or regions[ci] == {f.region}:
                    score = abs(delta) * 2 + (0 if f.region in regions[ci] else 1)
                    if best is None or score < best[0]:
                        best = (score, ci)
        if best is None:
            clusters.append([f])
            regions.append(set())
            ci = len(clusters) - 1
        else:
            ci = best[1]
            clusters[ci].append(f)
        if f.region:
            regions[ci].add(f.region)
        index[f.best_date].append(ci)
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


def _cluster_rollups(frames: list[Frame], attacks: list[Group]) -> list[Group]:
    """Merge roll-up frames whose date ranges overlap; each covers the attacks dated inside it."""
    out: list[Group] = []
    spans: list[tuple[date, date] | None] = []
    undated: list[Frame] = []
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
            for c in f.dates:
                if c["normalized"] == c["normalized_end"]:
                    members.update(by_day.get(c["normalized"], ()))
        g.members = sorted(members)
    return out


def _group_best_date(g: Group) -> date | None:
    ds = [f.best_date for f in g.frames if f.best_date]
    return min(ds) if ds else None


def _border_groups(claims_by_article: dict[str, list[dict]]) -> list[Group]:
    by_border: dict[str, Group] = {}
    for claims in claims_by_article.values():
        for c in claims:
            if c["kind"] == "distance" and c.get("measures"):
                g = by_border.setdefault(c["measures"], Group("border", key=c["measures"]))
                g.claims.append(c)
    return [by_border[k] for k in sorted(by_border)]


_GENERIC_SOURCES = frozenset({"officials", "official", "sources", "source", "authorities", "police", "ministry", "the",
                              "witnesses", "residents", "officers", "president", "spokesman", "tajik", "afghan",
                              "russian", "chinese", "local", "security", "government"})
_OUTLET = re.compile(r"^[A-Z][\w.&/-]*(?:[ -][A-Z][\w.&/-]*){0,3}$")


def _report_groups(claims_by_article: dict[str, list[dict]]) -> list[Group]:
    """An outlet's report that some sentence denies or withdraws: every sentence naming it.

    Candidate names are attribution sources that look like outlets; one Aho-Corasick pass over
    each attribution sentence finds which names it mentions (linear in the number of claims).
    """
    import ahocorasick

    attributions = [c for claims in claims_by_article.values() for c in claims if c["kind"] == "attribution"]
    gaz = Gazetteer.default()
    names = sorted({c["source"] for c in attributions
                    if _OUTLET.match(c["source"]) and len(c["source"]) <= 30
                    and c["source"].split()[0].lower() not in _GENERIC_SOURCES
                    and not gaz.lookup(c["source"])})  # "Tajikistan said", "Dushanbe says": a place, not an outlet
    if not names:
        return []
    auto = ahocorasick.Automaton()
    for n in names:
        auto.add_word(n, n)
    auto.make_automaton()
    mentions: dict[str, dict[str, dict]] = defaultdict(dict)
    for c in attributions:
        sentence = c["sentence"]
        for end_idx, name in auto.iter(sentence):
            a, b = end_idx - len(name) + 1, end_idx + 1
            if (a == 0 or not sentence[a - 1].isalnum()) and (b == len(sentence) or not sentence[b].isalnum()):
                mentions[name].setdefault(c["id"], c)
    out = []
    for name in names:
        found = mentions.get(name, {})
        stances = {c["stance"] for c in found.values()}
        if stances & {"denial", "retraction"} and "report" in stances:
            out.append(Group("report", claims=list(found.values()), key=name))
    return out
