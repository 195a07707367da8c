"""Write the build outputs: incidents.geojson, claims.jsonl, disagreements.csv, events.csv.

Each file is written to a temporary name and moved into place with ``os.replace``, so readers
(the dashboard) never see half a file and an interrupted build leaves the previous outputs.
``events.csv`` uses ACLED's column names where they apply, plus UCDP-style low/best/high and
``where_prec``, so analysts can merge it with ACLED downloads.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

EVENT_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "low", "best", "high", "injured_low", "injured_best", "injured_high",
    "where_prec", "date_earliest", "date_latest", "precision", "kind", "rollup_of", "part_of", "n_disagreements",
]
DISAGREEMENT_COLUMNS = ["incident_id", "incident_title", "field", "scope", "value", "value_scope", "display",
                        "sources", "claim_ids", "excerpt"]
ISO_NUMERIC = {"TJ": 762, "AF": 4}
_UMASK = os.umask(0o022)
os.umask(_UMASK)
COUNTRY = {"TJ": "Tajikistan", "AF": "Afghanistan"}
ACLED_EVENT_TYPE = {"attack": ("Violence against civilians", "Attack"), "rollup": ("", "Aggregate of events"),
                    "border": ("", "Context: border"), "report": ("", "Context: report and responses")}


def stage(path: Path, data: str | Iterable[str]) -> str:
    """Write ``data`` (a string, or chunks streamed one by one) to a temporary file beside ``path``.

    Returns the temporary name; the file is not in place yet. Streaming chunks keeps a
    100,000-article export from ever being one giant string in memory.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; exports are ordinary readable files
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if isinstance(data, str):
                fh.write(data)
            else:
                fh.writelines(data)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def to_feature(r: dict) -> dict:
    props = {k: v for k, v in r.items() if k != "geometry"}
    return {"type": "Feature", "id": r["id"], "geometry": r["geometry"], "properties": props}


EXPORT_NAMES = {"incidents": "incidents.geojson", "claims": "claims.jsonl", "disagreements": "disagreements.csv",
                "events": "events.csv"}
GEOJSON_HEAD = '{"type": "FeatureCollection", "features": [\n'


def geojson_chunks(records: Iterable[dict]) -> Iterator[str]:
    """A FeatureCollection, one feature per chunk (valid JSON once joined)."""
    yield GEOJSON_HEAD
    for i, f in enumerate(json.dumps(to_feature(r), ensure_ascii=False) for r in records):
        yield ("," if i else "") + f + "\n"
    yield "]}\n"


def geojson_text(records: Iterable[dict]) -> str:
    return "".join(geojson_chunks(records))


def claims_chunks(claims: Iterable[dict]) -> Iterator[str]:
    for c in claims:
        yield json.dumps(c, ensure_ascii=False) + "\n"


def csv_cell(value: object) -> object:
    """Neutralise spreadsheet formulas: text starting with = + - @ (or tab/CR) gets a leading ``'``.

    Titles, places and excerpts come from articles; a cell like ``=HYPERLINK(...)`` would otherwise
    run as a formula when an analyst opens the CSV. Numbers are left as numbers.
    """
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return value


def csv_text(rows: Iterable[dict], columns: list[str]) -> str:
    """Rows as CSV with a header, every cell formula-neutralised (the build's exports and the dashboard's)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buf.getvalue()


def event_row(r: dict) -> dict:
    killed, injured = r.get("killed") or {}, r.get("injured") or {}
    etype, sub = ACLED_EVENT_TYPE.get(r["kind"], ("", r["kind"]))
    if r["kind"] == "attack" and r.get("weapons") and set(r["weapons"]) & {"drone", "explosives", "mortar",
                                                                            "artillery", "rocket"}:
        etype, sub = "Explosions/Remote violence", "Air/drone strike" if "drone" in r["weapons"] else "Shelling/artillery/missile attack"
    date = r.get("date_best") or r.get("date_earliest") or ""
    return {
        "event_id_cnty": r["id"], "event_date": date, "year": date[:4], "time_precision": r.get("time_precision"),
        "event_type": etype, "sub_event_type": sub, "actor1": r.get("origin") or "", "actor2": "; ".join(r.get("victims", [])),
        "iso": ISO_NUMERIC.get(r.get("country") or "", ""), "country": COUNTRY.get(r.get("country") or "", ""),
        "admin1": r.get("region") or "", "admin2": r.get("district") or "", "location": r.get("place") or "",
        "latitude": r.get("marker_lat"), "longitude": r.get("marker_lon"), "geo_precision": r.get("geo_precision"),
        "source": "; ".join(sorted({s.get("outlet") or s["file"].rsplit("/", 1)[-1] for s in r["sources"]})),
        "source_scale": "", "notes": r["title"], "fatalities": killed.get("best") if killed else "",
        "low": killed.get("low"), "best": killed.get("best"), "high": killed.get("high"),
        "injured_low": injured.get("low"), "injured_best": injured.get("best"), "injured_high": injured.get("high"),
        "where_prec": r.get("where_prec"), "date_earliest": r.get("date_earliest"), "date_latest": r.get("date_latest"),
        "precision": r.get("precision"), "kind": r["kind"], "rollup_of": "; ".join(r.get("rollup_of", [])),
        "part_of": "; ".join(r.get("part_of", [])), "n_disagreements": len(r.get("disagreements", [])),
    }


def disagreement_rows(records: Iterable[dict]) -> list[dict]:
    rows = []
    for r in records:
        for d in r.get("disagreements", []):
            for v in d["values"]:
                rows.append({"incident_id": r["id"], "incident_title": r["title"], "field": d["field"],
                             "scope": d["scope"], "value": v["value"], "value_scope": v["scope"],
                             "display": v["display"], "sources": "; ".join(v["sources"]),
                             "claim_ids": "; ".join(v["claim_ids"]),
                             "excerpt": v["excerpts"][0]["sentence"] if v["excerpts"] else ""})
    return rows


@dataclass(frozen=True, slots=True)
class Parts:
    """A record rendered for every export, except its final id and roll-up links.

    Ids get a suffix when two records look alike and links change whenever a roll-up gains or loses
    an attack; keeping them out lets the store cache the expensive part (the embedded claims) and
    splice the rest in at each build. Ids (``BW-`` + hex, ``-N``) never need CSV quoting.
    """

    geometry: str  # the geometry as JSON
    core: str  # the properties object without its braces, "id", "rollup_of" and "part_of"
    event_mid: str  # events.csv columns between event_id_cnty and rollup_of
    event_tail: str  # the columns after part_of
    disagreement_rests: tuple[str, ...]  # each disagreements.csv line after its incident_id


_LINK_KEYS = ("id", "rollup_of", "part_of")


def _csv_line(cells: list) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([csv_cell(v) for v in cells])
    return buf.getvalue()


def record_parts(r: dict, raw: Callable[[str], str | None] | None = None) -> Parts:
    """Render one record (its id and links are filled in later by :func:`assemble`).

    ``raw(claim_id)`` may give a claim's stored JSON line (``json.dumps`` of it): embedded claims
    are then spliced in as they are instead of being encoded again (same bytes, a third of the cost).
    """
    props = {k: v for k, v in r.items() if k != "geometry" and k not in _LINK_KEYS}
    lines = [raw(c["id"]) for c in props.get("claims", ())] if raw is not None else []
    if lines and all(lines):
        keys = list(props)
        at = keys.index("claims")
        before = json.dumps({k: props[k] for k in keys[:at]}, ensure_ascii=False)[1:-1]
        after = json.dumps({k: props[k] for k in keys[at + 1:]}, ensure_ascii=False)[1:-1]
        core = ", ".join(p for p in (before, f'"claims": [{", ".join(lines)}]', after) if p)
    else:
        core = json.dumps(props, ensure_ascii=False)[1:-1]
    ev = event_row(r)
    cols = EVENT_COLUMNS
    i_ro, i_po = cols.index("rollup_of"), cols.index("part_of")
    event_mid = _csv_line([ev[c] for c in cols[1:i_ro]])[:-1]
    event_tail = _csv_line([ev[c] for c in cols[i_po + 1:]])[:-1]
    rests = tuple(_csv_line([row[c] for c in DISAGREEMENT_COLUMNS[1:]]) for row in disagreement_rows([r]))
    return Parts(json.dumps(r["geometry"], ensure_ascii=False), core, event_mid, event_tail, rests)


def feature_text(geometry: str, core: str, rid: str, rollup_of: list[str], part_of: list[str]) -> str:
    """A record's GeoJSON feature from its rendered parts, id and links."""
    jid = json.dumps(rid)
    return (f'{{"type": "Feature", "id": {jid}, "geometry": {geometry}, "properties": {{"id": {jid}, {core}, '
            f'"rollup_of": {json.dumps(rollup_of)}, "part_of": {json.dumps(part_of)}}}}}')


def csv_lines(event_mid: str, event_tail: str, disagreement_rests: Iterable[str], rid: str, rollup_of: list[str],
              part_of: list[str]) -> tuple[str, str]:
    """A record's (events.csv line, disagreements.csv lines) from its rendered parts, id and links."""
    event = f"{rid},{event_mid},{'; '.join(rollup_of)},{'; '.join(part_of)},{event_tail}\n"
    return event, "".join(f"{rid},{rest}" for rest in disagreement_rests)


def assemble(p: Parts, rid: str, rollup_of: list[str], part_of: list[str]) -> tuple[str, str, str]:
    """(GeoJSON feature, events.csv line, disagreements.csv lines) of a record with its id and links."""
    return (feature_text(p.geometry, p.core, rid, rollup_of, part_of),
            *csv_lines(p.event_mid, p.event_tail, p.disagreement_rests, rid, rollup_of, part_of))


def render(records: Iterable[dict]) -> Iterator[Out]:
    """Records (with ids and links) → what :func:`write_all` writes."""
    for r in records:
        feature, event, disagreements = assemble(record_parts(r), r["id"], r["rollup_of"], r["part_of"])
        yield Out(feature, None, event, disagreements)


class Splicer:
    """Write a file from new text and byte ranges of the previous version of the file.

    Unchanged parts of a 150 MB export are copied kernel-side (``os.copy_file_range``) instead of
    being read from the store, re-assembled and written again; adjacent ranges are merged into one
    copy. ``pos`` is the number of bytes written so far (where the next chunk lands).
    """

    def __init__(self, fd: int, previous: Path | None) -> None:
        self.fd, self.pos = fd, 0
        self.src = os.open(previous, os.O_RDONLY) if previous is not None else None
        self._buf: list[bytes] = []
        self._size = 0
        self._range: tuple[int, int] | None = None  # pending copy [start, end) of the previous file

    def text(self, data: str | bytes) -> None:
        b = data.encode("utf-8") if isinstance(data, str) else data
        self._flush_range()
        self._buf.append(b)
        self._size += len(b)
        self.pos += len(b)
        if self._size > 1 << 20:
            self._flush_buf()

    def copy(self, start: int, end: int) -> None:
        if self._range is not None and self._range[1] == start:
            self._range = (self._range[0], end)
        else:
            self._flush_range()
            self._range = (start, end)
        self.pos += end - start

    def close(self) -> None:
        self._flush_range()
        self._flush_buf()
        if self.src is not None:
            os.close(self.src)
            self.src = None

    def _flush_buf(self) -> None:
        data = b"".join(self._buf)
        self._buf.clear()
        self._size = 0
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def _flush_range(self) -> None:
        if self._range is None:
            return
        self._flush_buf()
        start, end = self._range
        self._range = None
        while start < end:
            try:
                n = os.copy_file_range(self.src, self.fd, end - start, start)
            except OSError:  # not supported here (other file systems, old kernels): read and write
                n = len(chunk := os.pread(self.src, min(end - start, 1 << 22), start))
                os.write(self.fd, chunk)
            if n <= 0:
                raise OSError(f"previous export ended early at byte {start}")
            start += n


@dataclass(slots=True)
class Out:
    """One record for :func:`write_all`: each of its texts, or where it lies in the previous file.

    A range is (offset, length) in bytes of the previous incidents.geojson (the feature without its
    separators), events.csv (its line) or disagreements.csv (its lines).
    """

    feature: str | None
    previous: tuple[int, int] | None  # the feature's range, when ``feature`` is None
    event: str | tuple[int, int]
    disagreements: str | tuple[int, int]


@dataclass
class Written:
    """Where things landed in the new exports (what the next build may copy instead of re-writing)."""

    paths: dict[str, Path]
    features: list[tuple[int, int]]  # (offset, length) of each record's feature in incidents.geojson
    claims: list[int]  # offset of each claims chunk in claims.jsonl
    events: list[tuple[int, int]] = field(default_factory=list)  # each record's line in events.csv
    disagreements: list[tuple[int, int]] = field(default_factory=list)  # its lines in disagreements.csv
    cleanup: threading.Thread | None = None  # unlinking the replaced files (see :meth:`wait`)

    def wait(self) -> None:
        """Wait until the replaced exports' blocks are freed (their names are gone already)."""
        if self.cleanup is not None:
            self.cleanup.join()


class ClaimsJob:
    """claims.jsonl staged on a thread while the build groups and renders.

    The claims export depends only on the store's rows, not on grouping, and is mostly kernel work
    (copying unchanged byte ranges of the previous file, then syncing): on a thread it overlaps the
    CPU-bound grouping. ``chunks`` must be in memory already (texts or byte ranges of ``previous``):
    the store's connection belongs to the building thread.
    """

    def __init__(self, out: Path, chunks: list[str | tuple[int, int]], previous: Path | None) -> None:
        self.tmp = stage(out / EXPORT_NAMES["claims"], "")
        self.offsets: list[int] = []
        self._chunks, self._previous = chunks, previous
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="claims-export")
        self._thread.start()

    def _run(self) -> None:
        try:
            self.offsets = _write_claims(self.tmp, self._chunks, self._previous)
            _sync(self.tmp)
        except BaseException as e:  # re-raised by result(), in the building thread
            self._error = e

    def result(self) -> tuple[str, list[int]]:
        """(temporary file, offset of each chunk) once written; raises what the thread raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.tmp, self.offsets

    def discard(self) -> None:
        self._thread.join()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _write_claims(tmp: str, chunks: Iterable[str | tuple[int, int]], previous: Path | None) -> list[int]:
    offsets: list[int] = []
    fd = os.open(tmp, os.O_WRONLY)
    try:
        out = Splicer(fd, previous)
        try:
            for chunk in chunks:
                offsets.append(out.pos)
                out.copy(*chunk) if isinstance(chunk, tuple) else out.text(chunk)
        finally:
            out.close()
    finally:
        os.close(fd)
    return offsets


_DATASYNC = getattr(os, "fdatasync", os.fsync)  # macOS has no fdatasync


def _sync(path: str) -> None:
    """Flush a staged file to disk before it replaces the old one: a crash never leaves an empty export,
    and ext4 need not flush it synchronously inside ``os.replace`` (its ``auto_da_alloc``)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        _DATASYNC(fd)
    finally:
        os.close(fd)


def _publish(staged: dict[str, str], paths: dict[str, Path]) -> threading.Thread:
    """Move the staged files into place, each with one ``os.replace``.

    The old file is first linked aside so the replace only drops a name; freeing the old file's
    blocks (tens of ms for a 250 MB export) happens on a thread, which the caller joins.
    """
    old: list[str] = []
    try:
        for key in list(staged):
            if paths[key].exists():
                aside = f"{staged[key]}.old"
                try:
                    os.link(paths[key], aside)
                    old.append(aside)
                except OSError:  # no hard links here (some network/FAT mounts): replace it directly
                    pass
            os.replace(staged[key], paths[key])
            del staged[key]
    except BaseException:
        for p in old:
            os.unlink(p)
        raise
    t = threading.Thread(target=lambda: [os.unlink(p) for p in old], name="exports-cleanup")
    t.start()
    return t


def write_all(out: Path, rendered: Iterable[Out], claim_chunks: Iterable[str | tuple[int, int]] | ClaimsJob,
              previous: dict[str, Path] | None = None) -> Written:
    """Write the four exports in one pass over the rendered records, atomically.

    ``claim_chunks`` are JSON Lines text or (start, end) byte ranges of the previous claims.jsonl
    (or a :class:`ClaimsJob` already writing them), ``previous`` names the previous files ranges
    refer to. Every file is fully written and synced under a temporary name before any is moved
    into place, so a crash while writing leaves all previous outputs as they were; incidents last:
    the dashboard watches it. Call :meth:`Written.wait` before relying on the old files being gone.
    """
    previous = previous or {}
    paths = {key: out / name for key, name in EXPORT_NAMES.items()}
    staged: dict[str, str] = {}
    handles = {}
    written = Written(paths, [], [])
    job = claim_chunks if isinstance(claim_chunks, ClaimsJob) else None
    try:
        if job is None:
            staged["claims"] = stage(paths["claims"], "")
            written.claims = _write_claims(staged["claims"], claim_chunks, previous.get("claims"))
        for key in ("disagreements", "events", "incidents"):
            staged[key] = stage(paths[key], "")
        fds = {key: os.open(staged[key], os.O_WRONLY) for key in ("disagreements", "events", "incidents")}
        handles = {key: Splicer(fds[key], previous.get(key)) for key in fds}
        geo, ev, dis = handles["incidents"], handles["events"], handles["disagreements"]
        geo.text(GEOJSON_HEAD)
        ev.text(",".join(EVENT_COLUMNS) + "\n")
        dis.text(",".join(DISAGREEMENT_COLUMNS) + "\n")
        for i, item in enumerate(rendered):
            if item.feature is not None:
                if i:
                    geo.text(",")
                start = geo.pos
                geo.text(item.feature)
                written.features.append((start, geo.pos - start))
                geo.text("\n")
            else:  # copy the feature with its line end, and with its leading comma when it had one
                off, n = item.previous
                if i and off > len(GEOJSON_HEAD):
                    geo.copy(off - 1, off + n + 1)
                else:
                    if i:
                        geo.text(",")
                    geo.copy(off, off + n + 1)
                written.features.append((geo.pos - n - 1, n))
            for splicer, part, positions in ((ev, item.event, written.events),
                                             (dis, item.disagreements, written.disagreements)):
                start = splicer.pos
                splicer.copy(part[0], part[0] + part[1]) if isinstance(part, tuple) else splicer.text(part)
                positions.append((start, splicer.pos - start))
        geo.text("]}\n")
        for key in list(handles):
            handles.pop(key).close()
            os.close(fds.pop(key))
        if job is not None:
            staged["claims"], written.claims = job.result()
        else:
            _sync(staged["claims"])
        for key in ("disagreements", "events", "incidents"):
            _sync(staged[key])
        ordered = {key: staged[key] for key in ("claims", "disagreements", "events", "incidents")}
        written.cleanup = _publish(ordered, paths)
        staged.clear()
    finally:
        for h in handles.values():
            h.close()
        for fd in locals().get("fds", {}).values():
            os.close(fd)
        if job is not None and "claims" not in staged and written.cleanup is None:
            job.discard()
        for tmp in staged.values():
            if os.path.exists(tmp):
                os.unlink(tmp)
    return written
