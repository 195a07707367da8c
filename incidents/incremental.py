"""Render only what changed: records cached in the store by a key of everything they are made from.

A record is a pure function of its group (which claims of which stored article rows), the covering
roll-ups' figures (for an attack), the number of attacks a roll-up covers (its title) and the
code. :func:`content_keys` hashes exactly that, so a rebuild after adding ten articles renders only
the records whose groups the new articles joined, and splices ids and roll-up links into the
cached texts of all the others (:class:`incidents.exports.Parts`). Claims are read from the store
line by line, only for records that must be rendered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from incidents import exports, records
from incidents.grouping import Group
from incidents.pool import bounded_map
from incidents.records import anchor_tag, best_figures, covering, final_ids, links, make_record, shown_refs, totals_of
from incidents.store import Store

_HERE = Path(__file__).resolve().parent
#: What records are made from, besides claims: grouping, reconciliation, rendering, and the geodata.
_RECORD_CODE = ("grouping.py", "records.py", "exports.py", "incremental.py")
#: Modules that do not change what a claim says (build plumbing); every other incidents/*.py does.
_NOT_EXTRACTION = frozenset({"__init__.py", "__main__.py", "cli.py", "distributed.py", "exports.py", "grouping.py",
                             "incremental.py", "pipeline.py", "pool.py", "records.py", "store.py"})


def _digest(paths: list[Path]) -> str:
    h = hashlib.blake2b(digest_size=8)
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def code_version() -> str:
    """Hash of the code and geodata records are made with: any change re-renders every record."""
    data = _HERE.parent / "geodata" / "data"
    return _digest([_HERE / name for name in _RECORD_CODE] + sorted(data.glob("*.geojson")))


def extractor_version() -> str:
    """Hash of the extraction code and its vocabulary (incidents/data, the gazetteer and its tables):
    a store made by another extractor is re-extracted, so an upgrade never leaves stale claims."""
    geo = _HERE.parent / "geodata"
    files = [p for p in sorted(_HERE.glob("*.py")) if p.name not in _NOT_EXTRACTION]
    files += [*sorted((_HERE / "data").glob("*")), geo / "gazetteer.py", geo / "data" / "gazetteer.csv"]
    files += sorted((geo / "tables").glob("*"))
    return _digest([p for p in files if p.is_file()])


def content_keys(groups: list[Group], cover: list[list[int]], stamps: dict[str, str], version: str) -> list[str]:
    """One key per group: changes exactly when the group's record could change.

    ``stamps`` names the stored row each article's claims come from (path, bytes, reference date),
    so positions mean the same claims for as long as the stamp is the same.
    """
    def frames_sig(g: Group) -> str:
        # a stored row's summary is fixed, so (row stamp, frame index) stands for the frame's claims
        if g.refs:
            return "\n".join([*[f"{stamps[f.article_id]}#{f.index}" for f in g.frames],
                              *[f"{stamps[a]}@{p}" for a, p in g.refs]])
        return "\n".join([f"{stamps[f.article_id]}#{f.index}" for f in g.frames])

    blake2b = hashlib.blake2b
    keys = [""] * len(groups)
    for gi, g in enumerate(groups):  # roll-ups first: an attack's key includes its covering roll-ups' keys
        if g.kind == "rollup":
            text = f"{version}\x1f{g.kind}\x1f{g.key}\x1f{len(g.members)}\x1f{frames_sig(g)}"
            keys[gi] = blake2b(text.encode(), digest_size=16).hexdigest()
    for gi, (g, rollups) in enumerate(zip(groups, cover)):
        if g.kind != "rollup":
            text = f"{version}\x1f{g.kind}\x1f{g.key}\x1f{frames_sig(g)}"
            if rollups:
                text = "\x1f".join([text, *sorted(keys[i] for i in rollups)])
            keys[gi] = blake2b(text.encode(), digest_size=16).hexdigest()
    return keys


class LineClaims:
    """``claim_at(article_id, position)`` over a group's stored claim lines, parsed on first use.

    The raw line of every claim handed out is kept by claim id (:meth:`raw`), so a record embeds
    it as it is stored instead of encoding it again.
    """

    def __init__(self, lines: dict[tuple[str, int], str]) -> None:
        self._lines = lines
        self._claims: dict[tuple[str, int], dict] = {}
        self.by_id: dict[str, str] = {}

    def __call__(self, article_id: str, position: int) -> dict:
        claim = self._claims.get((article_id, position))
        if claim is None:
            line = self._lines[(article_id, position)]
            claim = self._claims[(article_id, position)] = json.loads(line)
            self.by_id[claim["id"]] = line
        return claim

    def raw(self, claim_id: str) -> str | None:
        return self.by_id.get(claim_id)


@dataclass
class RenderTask:
    """Everything one record is made from, so it can be rendered in another process."""

    key: str
    group: Group
    lines: dict[tuple[str, int], str]  # the group's claims as stored
    articles: dict[str, dict]  # metadata of the group's articles
    totals: dict[str, set]  # best figures of the roll-ups that cover it


@dataclass
class Rendered:
    key: str
    record: dict  # the record without its claims (the store indexes a few fields)
    parts: exports.Parts
    best: dict[str, int]  # this record's best figure per casualty kind (a roll-up's total for the attacks it covers)
    tag: str  # records.anchor_tag: the id suffix if another record has the same base id


def render_task(t: RenderTask) -> Rendered:
    """Build and render one record (pure: runs in a pool worker)."""
    claim_at = LineClaims(t.lines)
    r = make_record(t.group, claim_at, t.articles, t.totals)
    parts = exports.record_parts(r, claim_at.raw)
    return Rendered(t.key, {k: r[k] for k in _INDEXED}, parts, best_figures(r["claims"]), anchor_tag(t.group))


_INDEXED = ("id", "kind", "date_best", "date_earliest", "date_latest", "region_code", "precision")

#: Below this many records to render, a pool costs more than it saves.
POOL_MIN = 200


class Renderer:
    """Every group's export texts, rendering only cache misses and copying unchanged features.

    :meth:`prepare` renders and stores the misses (so every id is known; on ``workers`` processes
    when there are many) and fixes ids and links; :meth:`items` then yields one
    :class:`exports.Out` per group, in group order, for :func:`exports.write_all`; :meth:`index`
    says where each feature landed.
    """

    def __init__(self, groups: list[Group], store: Store, articles: dict[str, dict], stamps: dict[str, str],
                 workers: int = 1) -> None:
        self.groups, self.store, self.articles, self.stamps = groups, store, articles, stamps
        self.workers = workers
        self.keys: list[str] = []
        self.version = ""  # code_version() the records were made with (set by prepare)
        self.sigs: list[str] = []
        self.stats: dict[str, int] = {}

    def _task(self, gi: int, totals: dict[str, set]) -> RenderTask:
        g = self.groups[gi]
        refs = shown_refs(g)  # a context record reads only the claims it embeds
        by_article: dict[str, set[int]] = {}
        for aid, pos in refs:
            by_article.setdefault(aid, set()).add(pos)
        lines = {}
        for aid, positions in by_article.items():
            for pos, line in self.store.claim_line_range(self.articles[aid]["path"], min(positions), max(positions)):
                if pos in positions:
                    lines[(aid, pos)] = line
        return RenderTask(self.keys[gi], g, lines, {aid: self.articles[aid] for aid in by_article}, totals)

    def _render(self, tasks: Iterator[RenderTask], n: int) -> Iterator[Rendered]:
        workers = self.workers if n >= POOL_MIN else 1
        for done in bounded_map(render_task, tasks, workers, chunk=16):
            p = done.parts
            self.store.put_record(done.key, done.record, (p.geometry, p.core, p.event_mid, p.event_tail,
                                                          json.dumps(p.disagreement_rests)), done.best, done.tag)
            yield done

    def prepare(self) -> None:
        groups, store = self.groups, self.store
        cover = covering(groups)
        self.version = version = code_version()
        self.keys = keys = content_keys(groups, cover, self.stamps, version)
        areas = store.areas(version)
        records.AREA_CACHE.update(areas)
        cached = store.record_ids()
        misses = [gi for gi, key in enumerate(keys) if key not in cached]
        if not areas and len(misses) >= POOL_MIN:  # computed here, not lost in pool workers
            records.warm_areas()
        # roll-ups first: an attack's record needs the best figures of the roll-ups that cover it
        rollups = [gi for gi in misses if groups[gi].kind == "rollup"]
        best: dict[int, dict[str, int]] = {}
        for gi, done in zip(rollups, self._render((self._task(gi, {}) for gi in rollups), len(rollups))):
            best[gi] = done.best
            cached[done.key] = (done.record["id"], done.tag)
        needed = {ri for gi in misses for ri in cover[gi]} - set(best)
        best.update(zip(needed, store.record_bests([keys[ri] for ri in needed])))

        others = [gi for gi in misses if groups[gi].kind != "rollup"]
        for done in self._render((self._task(gi, totals_of(cover[gi], best)) for gi in others), len(others)):
            cached[done.key] = (done.record["id"], done.tag)
        found = [cached[k] for k in keys]  # (base id, anchor tag)
        self.ids = final_ids([base for base, _ in found], [tag for _, tag in found])
        self.rollup_of, self.part_of = links(groups, self.ids, cover)
        self.sigs = [hashlib.blake2b("\x1f".join([k, i, *ro, "|", *po]).encode(), digest_size=12).hexdigest()
                     for k, i, ro, po in zip(keys, self.ids, self.rollup_of, self.part_of)]
        store.drop_records(set(cached) - set(keys))
        if len(records.AREA_CACHE) > len(areas):
            store.set_areas(version, records.AREA_CACHE)
        self.stats = {"records": len(groups), "rendered": len(misses)}

    def items(self, previous: dict[str, list] | None) -> Iterator[exports.Out]:
        """One Out per group; what is unchanged since the previous exports (``previous``: content key →
        [render_sig, feature, event and disagreement ranges] there, or None) is copied from them."""
        copied = 0
        previous = previous or {}
        for key, rid, ro, po, sig in zip(self.keys, self.ids, self.rollup_of, self.part_of, self.sigs):
            old = previous.get(key)
            if old is not None and old[0] == sig:
                copied += 1
                yield exports.Out(None, (old[1], old[2]), (old[3], old[4]), (old[5], old[6]))
                continue
            mid, tail, dis = self.store.record_row(key)
            event, disagreements = exports.csv_lines(mid, tail, json.loads(dis), rid, ro, po)
            feature = exports.feature_text(*self.store.record_feature_parts(key), rid, ro, po)
            yield exports.Out(feature, None, event, disagreements)
        self.stats["copied"] = copied

    def index(self, written: exports.Written) -> dict[str, list]:
        """content key → [render_sig, then (offset, bytes) of its feature, event line and disagreement lines]
        in the exports just written."""
        return {key: [sig, *f, *e, *d] for key, sig, f, e, d
                in zip(self.keys, self.sigs, written.features, written.events, written.disagreements)}
