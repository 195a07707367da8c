"""Loading, filtering and exporting incident records for the dashboard.

Records are the feature ``properties`` with the feature ``geometry`` put back under
``"geometry"`` — the same shape ``incidents.records`` produces — so the export helpers in
``incidents.exports`` can be reused and the CSV download has the same columns as ``events.csv``.
Everything here is pure (no Streamlit) so it can be tested without a server.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from incidents.exports import EVENT_COLUMNS, csv_text, event_row, geojson_text

REPO = Path(__file__).resolve().parent.parent
INCIDENTS_FILE = "incidents.geojson"
NO_REGION = "(no region: border- or country-wide)"


def data_dir() -> Path:
    """Where the build outputs live: ``$BORDERWATCH_DATA`` or ``<repo>/build``."""
    env = os.environ.get("BORDERWATCH_DATA")
    return Path(env).expanduser() if env else REPO / "build"


def ensure_built(directory: Path) -> Path:
    """Build the bundled seeds into ``directory`` when it has no incidents yet; return the file path.

    This is what lets ``streamlit run dashboard/app.py`` work on a fresh checkout with no set-up.
    """
    path = Path(directory) / INCIDENTS_FILE
    if not path.exists():
        from incidents.pipeline import build

        build(None, Path(directory))
    return path


def feature_to_record(feature: dict) -> dict:
    """One GeoJSON feature → a record dict; tolerant of missing keys so a partial file still shows."""
    rec = dict(feature.get("properties") or {})
    rec["geometry"] = feature.get("geometry")
    if rec.get("id") is None and feature.get("id") is not None:
        rec["id"] = feature["id"]
    return rec


def load_records(path: Path) -> list[dict]:
    """Read ``incidents.geojson`` into record dicts (properties + ``geometry``), skipping id-less features."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    records = [feature_to_record(f) for f in doc.get("features", []) if isinstance(f, dict)]
    return [r for r in records if r.get("id")]


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def record_span(rec: dict) -> tuple[date, date] | None:
    """The date span a record may fall in (earliest..latest, else best), or ``None`` if undated."""
    best = _day(rec.get("date_best"))
    early = _day(rec.get("date_earliest")) or best
    late = _day(rec.get("date_latest")) or best or early
    early = early or late
    if early is None or late is None:
        return None
    return (min(early, late), max(early, late))


def timeline_date(rec: dict) -> date | None:
    """The single day a record is plotted on: best date, else the start of its span."""
    span = record_span(rec)
    return _day(rec.get("date_best")) or (span[0] if span else None)


def date_bounds(records: Iterable[dict]) -> tuple[date, date] | None:
    """Smallest and largest day over all dated records (the date filter's range)."""
    spans = [s for s in (record_span(r) for r in records) if s]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def region_label(rec: dict) -> str:
    """The region name used by the region filter; records without one share a single label."""
    return rec.get("region") or NO_REGION


def filter_records(records: Iterable[dict], start: date | None = None, end: date | None = None,
                   kinds: Iterable[str] | None = None, regions: Iterable[str] | None = None,
                   include_undated: bool = True) -> list[dict]:
    """Records whose date span overlaps ``[start, end]`` and whose kind/region is selected.

    Overlap (not containment) is used because a record dated "26–27 Nov" may well be inside a
    range ending on the 26th; hiding it would hide evidence. ``None`` for kinds/regions means all.
    """
    kind_set = set(kinds) if kinds is not None else None
    region_set = set(regions) if regions is not None else None
    out = []
    for r in records:
        if kind_set is not None and r.get("kind") not in kind_set:
            continue
        if region_set is not None and region_label(r) not in region_set:
            continue
        span = record_span(r)
        if span is None:
            if not include_undated:
                continue
        elif (start and span[1] < start) or (end and span[0] > end):
            continue
        out.append(r)
    return out


def to_geojson_bytes(records: Iterable[dict]) -> bytes:
    """Filtered records as a GeoJSON FeatureCollection (same shape as the build's incidents.geojson)."""
    return geojson_text(records).encode("utf-8")


def to_csv_bytes(records: Iterable[dict]) -> bytes:
    """Filtered records as ACLED-style rows (the build's ``events.csv`` columns), so files merge."""
    return csv_text((event_row(r) for r in records), EVENT_COLUMNS).encode("utf-8")


def timeline_rows(records: Iterable[dict]) -> list[dict]:
    """Counts per (day, kind) for the timeline chart; undated records are left out."""
    counts = Counter((d.isoformat(), r.get("kind") or "?") for r in records if (d := timeline_date(r)))
    return [{"date": d, "kind": k, "records": n} for (d, k), n in sorted(counts.items())]


def by_id(records: Iterable[dict]) -> dict[str, dict]:
    """Index records by id (roll-up/part-of links, tooltip clicks)."""
    return {r["id"]: r for r in records if r.get("id")}
