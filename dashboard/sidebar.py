"""HTML for the selected record: when, where, how many, who said so, and where sources disagree.

The point of the dashboard is that every figure can be traced to a sentence, so each source is
listed with its claim sentences and the claimed words marked. The HTML is one block with no blank
lines (``st.markdown`` would otherwise leave the HTML block and parse article text as markdown).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from dashboard.safe import esc, highlight

TIME_PRECISION = {1: "exact day", 2: "within 2–6 days", 3: "within a week", 4: "within a month", 5: "within a year"}
WHERE_PREC = {1: "exact place", 2: "within ~25 km", 3: "district", 4: "region", 5: "border area", 6: "country",
              7: "international waters"}
DIFFERENT_SCOPE = "different scope (roll-up total)"


def fmt_day(value: str | None) -> str:
    """``2025-11-26`` → ``26 Nov 2025`` (unparseable values are shown as they are)."""
    if not value:
        return ""
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{d.day} {d.strftime('%b %Y')}"


def date_text(rec: dict) -> str:
    """Human date with its precision: ``26 Nov 2025 (exact day)`` or a span with the best day."""
    best, early, late = rec.get("date_best"), rec.get("date_earliest"), rec.get("date_latest")
    prec = TIME_PRECISION.get(rec.get("time_precision") or 0)
    if not (best or early or late):
        return "date not reported"
    if early and late and early != late:
        text = f"{fmt_day(early)} – {fmt_day(late)}"
        text += f" ({prec}" if prec else " ("
        text += f"; most reported: {fmt_day(best)})" if best else ")"
        return text.replace(" ()", "")
    return f"{fmt_day(best or early or late)} ({prec or 'exact day'})"


def place_text(rec: dict) -> str:
    """Place, district, region, country, and how precisely that is known."""
    parts = [p for p in (rec.get("place"), rec.get("district"), rec.get("region"), rec.get("country")) if p]
    seen: list[str] = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    where = WHERE_PREC.get(rec.get("where_prec") or 0, "unknown")
    return f"{', '.join(seen) or 'unknown'} (precision: {rec.get('precision') or 'unknown'}; where_prec {rec.get('where_prec')} = {where})"


def _figure(v: object) -> str:
    return "–" if v is None else esc(v)


def estimates_table(rec: dict) -> str:
    """low/best/high for killed and injured (and the border length when the record has one)."""
    rows = []
    for name in ("killed", "injured", "length_km"):
        est = rec.get(name)
        if not isinstance(est, dict):
            continue
        rows.append(f"<tr><th>{esc(name.replace('_', ' '))}</th><td>{_figure(est.get('low'))}</td>"
                    f"<td>{_figure(est.get('best'))}</td><td>{_figure(est.get('high'))}</td></tr>")
    if not rows:
        return "<p><i>No casualty figures reported.</i></p>"
    return ('<table class="bw-est"><tr><th></th><th>low</th><th>best</th><th>high</th></tr>'
            + "".join(rows) + "</table>")


def _source_name(src: dict) -> str:
    return src.get("outlet") or (src.get("file") or "?").replace("\\", "/").rsplit("/", 1)[-1]


def sentence_groups(claims: list[dict]) -> list[tuple[str, list[tuple[int, int]], list[str]]]:
    """Claims of one source grouped by sentence: (sentence, spans in the sentence, claim kinds)."""
    groups: dict[tuple[int, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for c in claims:
        sent = c.get("sentence") or c.get("text") or ""
        s0 = c.get("sentence_start")
        if s0 is None or c.get("start") is None:
            span = (sent.find(c.get("text") or ""), sent.find(c.get("text") or "") + len(c.get("text") or ""))
        else:
            span = (c["start"] - s0, c["end"] - s0)
        spans, kinds = groups[(s0 if s0 is not None else -1, sent)]
        spans.append(span)
        if c.get("kind") and c["kind"] not in kinds:
            kinds.append(c["kind"])
    return [(sent, spans, kinds) for (_s0, sent), (spans, kinds) in sorted(groups.items(), key=lambda kv: kv[0][0])]


def sources_html(rec: dict) -> str:
    """Per source: outlet/file, published, stance, then each claim sentence with the claim marked."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for c in rec.get("claims") or []:
        by_article[c.get("article_id")].append(c)
    shown, total = len(rec.get("sources") or []), rec.get("source_count") or 0
    out = [f"<h4>Sources ({shown})</h4>" if total <= shown else
           f"<h4>Sources ({shown} of {total})</h4><p><small>A sample of the sources for each value; every claim is "
           "in claims.jsonl.</small></p>"]
    for src in rec.get("sources") or []:
        out.append('<div class="bw-source">')
        out.append(f"<b>{esc(_source_name(src))}</b> · published {esc(src.get('published') or 'unknown')}"
                   f" · stance: {esc(src.get('stance') or 'unknown')}")
        if src.get("title"):
            out.append(f"<br><i>{esc(src['title'])}</i>")
        out.append("<ul>")
        for sent, spans, kinds in sentence_groups(by_article.get(src.get("article_id"), [])):
            out.append(f"<li>{highlight(sent, spans)} <small>[{esc(', '.join(kinds))}]</small></li>")
        out.append("</ul></div>")
    return "".join(out)


def _excerpts(value: dict, claims: dict[str, dict]) -> list[str]:
    """Marked sentences for one disagreement value: its ``excerpts``, else looked up by claim id.

    ``excerpts`` is a convenience of the build; ``claim_ids`` is the stable link, so records
    without excerpts (older builds, other producers) still show where each value is said.
    """
    if value.get("excerpts"):
        return [highlight(e.get("sentence") or "", [(e.get("start_in_sentence") or 0, e.get("end_in_sentence") or 0)])
                for e in value["excerpts"]]
    out = []
    for cid in value.get("claim_ids") or []:
        c = claims.get(cid)
        if c and c.get("sentence") is not None and c.get("start") is not None and c.get("sentence_start") is not None:
            out.append(highlight(c["sentence"], [(c["start"] - c["sentence_start"], c["end"] - c["sentence_start"])]))
        elif c:
            out.append(esc(c.get("sentence") or c.get("text")))
    return out


def disagreements_html(rec: dict) -> str:
    """One "Sources disagree" table per field: value → sources, with the sentence that says it."""
    dis = rec.get("disagreements") or []
    if not dis:
        return ""
    claims = {c.get("id"): c for c in rec.get("claims") or []}
    out = ["<h4>Sources disagree</h4>"]
    for d in dis:
        note = (f" — {DIFFERENT_SCOPE}, not a conflict: a figure covers more than this incident"
                if d.get("scope") == "different_scope" else " — conflict")
        out.append(f"<p><b>{esc(d.get('field'))}</b>{esc(note)}</p>")
        out.append('<table class="bw-dis"><tr><th>value</th><th>sources</th><th>where it is said</th></tr>')
        for v in d.get("values") or []:
            label = esc(v.get("display") if v.get("display") is not None else v.get("value"))
            if (v.get("count") or 0) > len(v.get("claim_ids") or []):
                label += f"<br><small>{esc(v['count'])} claims in all</small>"
            if v.get("scope") == "different_scope":
                label += f"<br><small>{esc(DIFFERENT_SCOPE)}</small>"
            excerpts = "<br>".join(_excerpts(v, claims))
            out.append(f"<tr><td>{label}</td><td>{esc('; '.join(v.get('sources') or []))}</td><td>{excerpts}</td></tr>")
        out.append("</table>")
    return "".join(out)


def links_html(rec: dict, titles: dict[str, str]) -> str:
    """Roll-up / part-of links as text (the record selector reaches them)."""
    out = []
    for key, label in (("rollup_of", "Roll-up of"), ("part_of", "Counted in roll-up")):
        ids = rec.get(key) or []
        if ids:
            items = "".join(f"<li>{esc(titles.get(i, ''))} [{esc(i)}]</li>" for i in ids)
            out.append(f"<p><b>{label}:</b></p><ul>{items}</ul>")
    return "".join(out)


def record_html(rec: dict, titles: dict[str, str] | None = None) -> str:
    """The whole sidebar block for one record, as a single HTML string with no blank lines."""
    weapons = rec.get("weapons") or []
    parts = [
        '<div class="bw-record">',
        f"<h3>{esc(rec.get('title') or '(untitled)')}</h3>",
        f"<p><small>{esc(rec.get('id'))} · kind: {esc(rec.get('kind'))}</small></p>",
        f"<p><b>When:</b> {esc(date_text(rec))}<br><b>Where:</b> {esc(place_text(rec))}",
        f"<br><b>Weapons:</b> {esc(', '.join(weapons))}" if weapons else "",
        "</p>",
        estimates_table(rec),
        links_html(rec, titles or {}),
        disagreements_html(rec),
        sources_html(rec),
        "</div>",
    ]
    return "".join(p for p in parts if p).replace("\n", " ")
