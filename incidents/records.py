"""Groups → incident records: dates, place and geometry with precision, low/best/high, disagreements.

Rules (also in the README):

* **best** casualty figure = the exact figure given by the most articles (ties: the lower); **low**
  = the smallest exact or lower-bound figure; **high** = the largest exact or upper-bound figure.
  "several"/"dozens" only raise ``low``; they are never a best number. Figures equal to the total of
  a roll-up that covers the incident are *different scope*, not conflicts, and do not count here.
* **date**: best = the exact day most articles give (ties: earliest); earliest/latest = the span of
  all exact days; ``time_precision`` on UCDP's scale from that span (1 day, 2 for 2–6 days,
  3 a week, 4 a month, 5 a year).
* **place**: the finest named place on the Tajik side (else any side) among place mentions of the
  incident's frames; the geometry is a point only for a site/village/town, else the district or
  region polygon, else the border line; ``where_prec`` follows UCDP (1 place, 3 district,
  4 region, 5 border, 6 country).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from datetime import date

import geodata
from incidents.grouping import CASUALTY, ClaimAt, Group

PRECISION_RANK = {"site": 0, "village": 1, "town": 2, "district": 3, "region": 4, "border": 5, "country": 6}
WHERE_PREC = {"site": 1, "village": 1, "town": 1, "district": 3, "region": 4, "border": 5, "country": 6}
GEO_PRECISION = {"site": 1, "village": 1, "town": 1, "district": 2, "region": 3, "border": 3, "country": 3}
COUNTRY_NAMES = {"TJ": "Tajikistan", "AF": "Afghanistan"}


def time_precision(earliest: date | None, latest: date | None) -> int | None:
    """UCDP date_prec: 1 exact day, 2 span 2–6 days, 3 a week, 4 a month, 5 a year."""
    if earliest is None or latest is None:
        return None
    span = (latest - earliest).days + 1
    return 1 if span == 1 else 2 if span <= 6 else 3 if span <= 7 else 4 if span <= 31 else 5


def _articles_per_value(claims: list[dict], key) -> dict:
    per: dict = defaultdict(set)
    for c in claims:
        per[key(c)].add(c["article_id"])
    return per


def estimate(claims: list[dict]) -> dict | None:
    """UCDP-style low/best/high from casualty claims of one kind."""
    if not claims:
        return None
    exact = [c for c in claims if c["qualifier"] == "exact" and c["value"] is not None]
    per = _articles_per_value(exact, lambda c: c["value"])
    best = min(per, key=lambda v: (-len(per[v]), v)) if per else None
    lows = [c["low"] for c in claims if c.get("low") is not None]
    highs = [c["high"] for c in claims if c.get("high") is not None]
    return {"low": min(lows) if lows else None, "best": best, "high": max(highs) if highs else None}


def _source_of(c: dict, articles: dict[str, dict]) -> str:
    a = articles.get(c["article_id"], {})
    return a.get("outlet") or a.get("path", c["file"]).rsplit("/", 1)[-1]


def disagreements(field_claims: dict[str, list[dict]], articles: dict[str, dict],
                  rollup_totals: dict[str, set], counts: dict[str, Counter] | None = None) -> list[dict]:
    """For each field whose normalised values differ: each value with its claims and sources.

    ``counts`` (field → value → number of claims) is given when ``field_claims`` is a sample of a
    context record's claims; ``count`` then says how many claims in all give each value.
    """
    out = []
    for name, claims in field_claims.items():
        values: dict = defaultdict(list)
        for c in claims:
            values[_norm_value(name, c)].append(c)
        values.pop(None, None)
        if len(values) < 2:
            continue
        entries = []
        total = (counts or {}).get(name)
        for v, cs in sorted(values.items(), key=lambda kv: str(kv[0])):
            scope = "different_scope" if v in rollup_totals.get(name, set()) else "same"
            entries.append({
                "value": v, "display": _display(name, v, cs), "scope": scope,
                "count": total[v] if total else len(cs),
                "claim_ids": [c["id"] for c in cs],
                "sources": sorted({_source_of(c, articles) for c in cs}),
                "excerpts": [{"claim_id": c["id"], "text": c["text"], "sentence": c["sentence"],
                              "start_in_sentence": c["start"] - c["sentence_start"],
                              "end_in_sentence": c["end"] - c["sentence_start"]} for c in cs],
            })
        same = [e for e in entries if e["scope"] == "same"]
        out.append({"field": name, "scope": "conflict" if len(same) >= 2 else "different_scope", "values": entries})
    return out


#: A context record (a border's length, a report and the responses to it) gathers every claim that
#: names it: thousands in a large corpus, where embedding them all made one record cost seconds and
#: gigabytes and no reader scrolls through them. It embeds at most this many claims per distinct
#: value (border: whole km; report: stance), the first by (article id, position): deterministic and
#: independent of input order. ``claim_count``/``source_count`` and each value's ``count`` say how
#: many there are in all; claims.jsonl has every one.
SAMPLE_PER_VALUE = 20
_SAMPLED = frozenset({"border", "report"})


def _bucket(kind: str, value):
    return round(value) if kind == "border" else value


def shown_refs(g: Group) -> list[tuple[str, int]]:
    """The claims a group's record embeds: all of them, except for context records (see SAMPLE_PER_VALUE)."""
    if g.kind not in _SAMPLED:
        return g.claim_refs()
    buckets: dict = defaultdict(list)
    for ref, v in zip(g.refs, g.ref_values, strict=True):
        buckets[_bucket(g.kind, v)].append(ref)
    return [ref for b in sorted(buckets, key=str) for ref in sorted(buckets[b])[:SAMPLE_PER_VALUE]]


def _norm_value(name: str, c: dict):
    if name in CASUALTY:
        if c["value"] is None:
            return f"{c['qualifier']} (≥{c['low']})"
        return c["value"] if c["qualifier"] == "exact" else f"{c['qualifier']} {c['value']}"
    if name == "date":
        if not c.get("normalized") or c["normalized"] != c["normalized_end"]:
            return None
        return c["normalized"]
    if name == "length_km":
        return round(c["value_km"])  # whole km: "some 835 miles" (1,343.8 km) agrees with "1,344 km"
    if name == "region":
        return c.get("admin1_code")
    return None


def _display(name: str, v, cs: list[dict]) -> str:
    if name == "length_km":
        return "; ".join(sorted({f"{c['text']} (≈{c['value_km']:,.0f} km)" for c in cs}))
    if name == "region":
        return cs[0].get("admin1") or str(v)
    return str(v)


def _place_and_geometry(claims: list[dict]) -> dict:
    places = [c for c in claims if c["kind"] == "location" and c["role"] == "place" and c["precision"] != "country"]
    tj = [c for c in places if c.get("country") == "TJ"]
    pool = tj or [c for c in places if c["precision"] != "border"] or places
    countries = [c for c in claims if c["kind"] == "location" and c["role"] == "place" and c["precision"] == "country"]
    if not pool:
        if countries:
            code = Counter(c["country"] for c in countries).most_common(1)[0][0]
            return {"place": COUNTRY_NAMES.get(code, code), "district": None, "region": None, "region_code": None,
                    "country": code, "precision": "country", "geometry": None, "lat": None, "lon": None}
        return {"place": None, "district": None, "region": None, "region_code": None, "country": None,
                "precision": "country", "geometry": None, "lat": None, "lon": None}
    best = min(pool, key=lambda c: (PRECISION_RANK.get(c["precision"], 9), c["file"], c["start"]))
    prec = best["precision"]
    geom, lat, lon = None, best.get("lat"), best.get("lon")
    if prec in {"site", "village", "town"} and lat is not None:
        geom = {"type": "Point", "coordinates": [lon, lat]}
    elif prec in {"district", "region", "border"}:
        key = (prec, best.get("admin2") or best.get("place"), best.get("admin1_code"))
        area_geom = _area_geometry(*key)
        if area_geom is not None:
            geom, (lon, lat) = area_geom
    return {"place": best.get("place") or best["name"], "district": best.get("admin2"), "region": best.get("admin1"),
            "region_code": best.get("admin1_code"), "country": best.get("country"), "precision": prec,
            "geometry": geom, "lat": lat, "lon": lon}


#: Record geometries are for display and "where could it be" questions: 0.002° (~200 m) is plenty
#: and keeps a region-level record from carrying thousands of vertices.
DISPLAY_TOLERANCE_DEG = 0.002


#: Display geometry per area (``"prec|name|region_code"`` → [geometry, lon, lat], or [] for an
#: unknown area). The build keeps it in the store between runs (incidents.incremental), so a
#: rebuild that renders a few records needs neither shapely nor the layers.
AREA_CACHE: dict[str, list] = {}


def _area_geometry(prec: str, name: str | None, region_code: str | None) -> tuple[dict, tuple[float, float]] | None:
    """(GeoJSON geometry, representative lon/lat) of a district, region or the border; cached per area."""
    key = f"{prec}|{name or ''}|{region_code or ''}"
    hit = AREA_CACHE.get(key)
    if hit is None:
        computed = _compute_area(prec, name, region_code)
        hit = AREA_CACHE[key] = [computed[0], *computed[1]] if computed else []
    return (hit[0], (hit[1], hit[2])) if hit else None


def warm_areas() -> None:
    """Compute the display geometry of every area a claim can name: each gazetteer district and region,
    and the border.

    Called before a large render, in the building process: pool workers inherit the cache, and the
    build stores it, so later small rebuilds find every area there and never load shapely or the
    layers. Keys follow :func:`_place_and_geometry`'s (a place the table misses is still computed
    when first needed).
    """
    for p in geodata.Gazetteer.default().places:
        if p.precision in {"district", "region"}:
            _area_geometry(p.precision, p.admin2 or p.name, p.admin1_code or None)
        elif p.precision == "border":
            _area_geometry("border", p.name, None)
    _area_geometry("border", None, None)
    _country_point("TJ")


def _compute_area(prec: str, name: str | None, region_code: str | None) -> tuple[dict, tuple[float, float]] | None:
    import shapely
    from shapely.geometry import mapping

    from geodata.layers import district_by_name

    if prec == "district":
        area = district_by_name(name, region_code)
        shape = area.geometry if area is not None else None
    elif prec == "region":
        area = geodata.region_by_code(region_code) if region_code else None
        shape = area.geometry if area is not None else None
    else:
        shape = geodata.border_line()
    if shape is None:
        return None
    pt = shape.interpolate(0.5, normalized=True) if prec == "border" else shape.representative_point()
    simple = shape.simplify(DISPLAY_TOLERANCE_DEG, preserve_topology=True)
    # through JSON: a geometry computed now is the same value as one read back from the store
    return json.loads(json.dumps(mapping(shapely.set_precision(simple, 1e-5)))), (round(pt.x, 5), round(pt.y, 5))


def _dates(claims: list[dict]) -> dict:
    exact = [c for c in claims if c["kind"] == "date" and c.get("normalized")
             and c["normalized"] == c["normalized_end"] and c["basis"] in {"explicit", "weekday", "relative"}]
    ranges = [c for c in claims if c["kind"] == "date" and c.get("normalized") and c["basis"] not in {"dateline", "month", "year"}]
    pool = exact or ranges
    if not pool:
        return {"date_best": None, "date_earliest": None, "date_latest": None, "time_precision": None}
    per = _articles_per_value(pool, lambda c: c["normalized"])
    best = min(per, key=lambda v: (-len(per[v]), v))
    earliest = min(date.fromisoformat(c["normalized"]) for c in pool)
    latest = max(date.fromisoformat(c["normalized_end"]) for c in pool)
    return {"date_best": best if exact else None, "date_earliest": earliest.isoformat(),
            "date_latest": latest.isoformat(), "time_precision": time_precision(earliest, latest)}


def _sources(claims: list[dict], articles: dict[str, dict]) -> list[dict]:
    out = []
    by_article: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_article[c["article_id"]].append(c)
    for aid, cs in sorted(by_article.items()):
        a = articles.get(aid, {})
        stances = Counter(c["stance"] for c in cs)
        stance = next((s for s in ("retraction", "denial") if stances.get(s)), stances.most_common(1)[0][0])
        out.append({"article_id": aid, "file": cs[0]["file"], "outlet": a.get("outlet"), "published": a.get("published"),
                    "title": a.get("title"), "stance": stance})
    return out


def _stable_id(kind: str, parts: list[str]) -> str:
    return "BW-" + hashlib.sha1(("|".join([kind, *parts])).encode()).hexdigest()[:10]


def best_figures(claims: list[dict]) -> dict[str, int]:
    """The best figure per casualty kind of a record's claims (what a roll-up totals for its attacks)."""
    return {k: est["best"] for k in CASUALTY
            if (est := estimate([c for c in claims if c["kind"] == k])) and est["best"] is not None}


def covering(groups: list[Group]) -> list[list[int]]:
    """For each group, the roll-up groups that cover it (in roll-up order)."""
    out: list[list[int]] = [[] for _ in groups]
    for gi, g in enumerate(groups):
        if g.kind == "rollup":
            for i in g.members:
                out[i].append(gi)
    return out


def totals_of(rollups: list[int], best: dict[int, dict[str, int]]) -> dict[str, set]:
    """The covering roll-ups' best figures per kind: figures equal to them are *different scope* in the
    attack's record, not conflicts."""
    out: dict[str, set] = {}
    for ri in rollups:
        for k, v in best[ri].items():
            out.setdefault(k, set()).add(v)
    return out


def anchor(g: Group) -> str:
    """A group's earliest claim (article id, position): an intrinsic, order-free name for it."""
    aid, pos = min([(f.article_id, min(f.positions)) for f in g.frames if f.positions] + g.refs)
    return f"{aid}:{pos}"


def anchor_tag(g: Group) -> str:
    """The suffix a look-alike record's id gets: a hash of its anchor claim (a function of the group's
    content, so the store caches it with the rendered record)."""
    return hashlib.sha1(anchor(g).encode()).hexdigest()[:6]


def final_ids(base_ids: list[str], tags: list[str]) -> list[str]:
    """Content-derived ids can collide for look-alike records (same kind, day, region and place):
    those get their :func:`anchor_tag`, so an id does not depend on the order records come in and
    stays put when another look-alike appears or goes away."""
    count = Counter(base_ids)
    out = [b if count[b] == 1 else f"{b}-{t}" for b, t in zip(base_ids, tags)]
    seen: dict[str, int] = {}
    for i, rid in enumerate(out):  # two groups with the same anchor cannot happen; keep ids unique regardless
        n = seen[rid] = seen.get(rid, 0) + 1
        if n > 1:
            out[i] = f"{rid}-{n}"
    return out


def links(groups: list[Group], ids: list[str], cover: list[list[int]]) -> tuple[list[list[str]], list[list[str]]]:
    """(rollup_of, part_of) of every record: which attacks a roll-up covers, which roll-ups cover an attack."""
    rollup_of = [[ids[i] for i in g.members] if g.kind == "rollup" else [] for g in groups]
    return rollup_of, [[ids[ri] for ri in rollups] for rollups in cover]


def make_record(g: Group, claim_at: ClaimAt, articles: dict[str, dict], totals: dict[str, set]) -> dict:
    """One group's record, with its content-derived id and no links yet."""
    return _record(g, g.all_claims(claim_at, shown_refs(g)), claim_at, articles, totals)


def build_records(groups: list[Group], articles: dict[str, dict], claim_at: ClaimAt) -> list[dict]:
    """Records for every group, with roll-up links and scope-aware disagreements (all in memory)."""
    cover = covering(groups)
    best = {gi: best_figures(g.all_claims(claim_at)) for gi, g in enumerate(groups) if g.kind == "rollup"}
    records = [make_record(g, claim_at, articles, totals_of(cover[gi], best)) for gi, g in enumerate(groups)]
    ids = final_ids([r["id"] for r in records], [anchor_tag(g) for g in groups])
    rollup_of, part_of = links(groups, ids, cover)
    for r, i, ro, po in zip(records, ids, rollup_of, part_of):
        r["id"], r["rollup_of"], r["part_of"] = i, ro, po
    return records


def _record(g: Group, claims: list[dict], claim_at: ClaimAt, articles: dict[str, dict],
            rollup_totals: dict[str, set]) -> dict:
    cas = {k: [c for c in claims if c["kind"] == k] for k in CASUALTY}
    scoped = {k: [c for c in v if c["value"] not in rollup_totals.get(k, set())] or v for k, v in cas.items()}
    event_dates = g.event_dates(claim_at) if g.kind == "attack" else []
    dates = _dates(event_dates or claims)
    if g.kind == "rollup":
        dates["date_best"] = None
    where = _place_and_geometry(claims) if g.kind in {"attack", "rollup"} else _context_place(g)
    weapons = sorted({c["weapon"] for c in claims if c["kind"] == "weapon"})
    origin = next((c["name"] for c in claims if c["kind"] == "location" and c["role"] == "origin"), None)
    actors = sorted({c["source"] for c in claims if c["kind"] == "attribution"})[:10] if g.kind == "report" else []
    groups_named = sorted({c["group"] for k in CASUALTY for c in cas[k] if c.get("group") and c["group"] != "others"})
    fields: dict[str, list[dict]] = {}
    if g.kind in {"attack", "rollup"}:
        fields = {k: cas[k] for k in ("killed", "injured") if cas[k]}
        if g.kind == "attack":  # a roll-up lists several dates by nature: not a disagreement
            fields["date"] = event_dates
        regions = [c for c in claims if c["kind"] == "location" and c["role"] == "place" and c.get("admin1_code")
                   and c.get("country") == "TJ"]
        if regions:
            fields["region"] = regions
    elif g.kind == "border":
        fields = {"length_km": claims}
    all_refs = g.claim_refs()
    counts = ({"length_km": Counter(round(v) for v in g.ref_values)} if g.kind == "border" else None)
    record = {
        "id": "", "kind": g.kind, "title": "", **dates,
        "place": where["place"], "district": where["district"], "region": where["region"],
        "region_code": where["region_code"], "country": where["country"], "precision": where["precision"],
        "where_prec": WHERE_PREC.get(where["precision"], 6), "geo_precision": GEO_PRECISION.get(where["precision"], 3),
        "marker_lon": where["lon"], "marker_lat": where["lat"], "geometry": where["geometry"],
        "killed": estimate(scoped["killed"]), "injured": estimate(scoped["injured"]),
        "weapons": weapons, "actors": actors, "victims": groups_named, "origin": origin,
        "sources": _sources(claims, articles), "claims": claims,
        "claim_count": len(all_refs), "source_count": len({aid for aid, _ in all_refs}),
        "disagreements": disagreements(fields, articles, rollup_totals, counts),
    }
    if g.kind == "border":
        kms = g.ref_values
        # best: the length most claims give (ties: the shorter), as for casualty figures
        best_km = min(Counter(kms).items(), key=lambda kv: (-kv[1], kv[0]))[0]
        record["length_km"] = {"low": min(kms), "best": best_km, "high": max(kms)}
    record["rollup_of"], record["part_of"] = [], []  # links last: exports splice them in (exports.Parts)
    record["title"] = _title(record, g)
    record["id"] = _stable_id(g.kind, [record["date_best"] or record["date_earliest"] or "", record["region_code"] or "",
                                       g.key, record["place"] or ""])
    return record


def _context_place(g: Group) -> dict:
    if g.kind == "border" and g.key == "TJ-AF border":
        geom, (lon, lat) = _area_geometry("border", None, None)
        return {"place": "Tajik–Afghan border", "district": None, "region": None, "region_code": None, "country": None,
                "precision": "border", "geometry": geom, "lat": lat, "lon": lon}
    lon, lat = _country_point("TJ")
    return {"place": "Tajikistan", "district": None, "region": None, "region_code": None, "country": "TJ",
            "precision": "country", "geometry": None, "lat": lat, "lon": lon}


def _country_point(code: str) -> tuple[float | None, float | None]:
    """A country's gazetteer point (lon, lat), cached with the areas: a small rebuild that re-renders a
    report record then need not load the whole gazetteer for it."""
    key = f"country|{code}|"
    hit = AREA_CACHE.get(key)
    if hit is None:
        p = geodata.Gazetteer.default().by_id.get(f"country:{code}")
        hit = AREA_CACHE[key] = [None, p.lon, p.lat] if p else [None, None, None]
    return hit[1], hit[2]


def _title(r: dict, g: Group) -> str:
    when = r["date_best"] or (f"{r['date_earliest']}–{r['date_latest']}" if r["date_earliest"] else "date unknown")
    where = r["region"] or r["place"] or "place unknown"
    if g.kind == "attack":
        k = r["killed"]["best"] if r["killed"] and r["killed"]["best"] is not None else None
        w = f" ({', '.join(r['weapons'])})" if r["weapons"] else ""
        return f"Attack in {where}, {when}" + (f": {k} killed" if k is not None else "") + w
    if g.kind == "rollup":
        k = r["killed"]["best"] if r["killed"] and r["killed"]["best"] is not None else None
        return f"Combined figures for {len(g.members) or 'several'} attacks, {when}" + (f": {k} killed" if k is not None else "")
    if g.kind == "border":
        return f"Length of the {g.key.replace('TJ-AF', 'Tajik–Afghan').replace('TJ-CN', 'Tajik–Chinese')}"
    if g.kind == "report":
        stances = sorted({s["stance"] for s in r["sources"]})
        return f"{g.key} report and responses ({', '.join(stances)})"
    return g.kind
