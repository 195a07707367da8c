"""borderwatch dashboard: ``streamlit run dashboard/app.py``.

Thin on purpose: the logic lives in ``dashboard.data`` / ``mapview`` / ``sidebar`` / ``safe`` where
it is tested without a browser. This file only wires widgets to those functions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` does not add the repo root

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

from dashboard import data, mapview, sidebar
from dashboard.safe import esc

st.set_page_config(page_title="borderwatch", layout="wide")
st.markdown("<style>.bw-record table{font-size:.85em} .bw-record mark{background:#ffe58a;padding:0 1px}"
            ".bw-source{margin:.4em 0 .8em}</style>", unsafe_allow_html=True)


@st.cache_resource(show_spinner="Loading incident records…", max_entries=2)
def load(path: str, mtime: float) -> list[dict]:
    """Cached on the file's mtime, so a rebuild (upload) is picked up and nothing else re-reads it.

    ``cache_resource`` rather than ``cache_data``: cache_data unpickles a fresh copy on every
    rerun, which for 5,000 records (~150 MB of claims) costs seconds per click. The records are
    never mutated by the app, so sharing one copy is safe.
    """
    return data.load_records(Path(path))


def handle_uploads(directory: Path) -> None:
    """Add each uploaded article; report bad ones by name. Existing records are never touched."""
    key = f"uploader_{st.session_state.get('upload_round', 0)}"
    files = st.sidebar.file_uploader("Add articles (.txt)", type=["txt"], accept_multiple_files=True, key=key)
    for msg in st.session_state.get("upload_messages", []):
        (st.sidebar.error if msg[0] == "error" else st.sidebar.success)(msg[1])
    if not files:
        return
    try:
        from incidents.articles import ArticleError
        from incidents.pipeline import add_article
    except Exception as err:  # the map of existing records must keep working
        st.sidebar.error(f"Uploads unavailable: the pipeline could not be imported ({esc(err)})")
        return
    messages = []
    for f in files:
        try:
            add_article(f.name, f.getvalue(), directory)
            messages.append(("ok", f"Added {esc(f.name)}"))
        except ArticleError as err:
            messages.append(("error", f"{esc(f.name)}: {esc(err.problem)}"))
        except Exception as err:  # a broken upload must not take the dashboard down
            messages.append(("error", f"{esc(f.name)}: could not be processed ({esc(type(err).__name__)}: {esc(err)})"))
    st.session_state["upload_messages"] = messages
    st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1  # fresh, empty uploader
    st.cache_data.clear()
    st.cache_resource.clear()
    st.rerun()


def main() -> None:
    directory = data.data_dir()
    try:
        path = data.ensure_built(directory)
    except Exception as err:  # e.g. the pipeline failed to import or the folder is read-only
        st.error(f"No incidents.geojson in {esc(directory)} and building the seeds failed: {esc(err)}")
        st.stop()
    records = load(str(path), path.stat().st_mtime)
    titles = {r["id"]: r.get("title") or "" for r in records if r.get("id")}

    st.sidebar.title("borderwatch")
    handle_uploads(directory)

    # ---- filters
    st.sidebar.subheader("Filters")
    bounds = data.date_bounds(records)
    start = end = None
    if bounds:
        lo, hi = bounds
        if lo == hi:
            st.sidebar.caption(f"All dated records are on {lo.isoformat()}")
        else:
            start, end = st.sidebar.slider("Date range", min_value=lo, max_value=hi, value=(lo, hi),
                                           format="YYYY-MM-DD", key="dates")
    undated = st.sidebar.checkbox("Include records without a date", value=True, key="undated")
    kinds_all = sorted({r.get("kind") or "?" for r in records})
    kinds = st.sidebar.multiselect("Kinds", kinds_all, default=kinds_all, key="kinds")
    regions_all = sorted({data.region_label(r) for r in records})
    regions = st.sidebar.multiselect("Regions", regions_all, default=regions_all, key="regions")
    shown = data.filter_records(records, start, end, kinds, regions, undated)

    st.title("Tajikistan–Afghanistan border incidents")
    st.markdown(f"**<span id='bw-count'>{len(shown)}</span> of {len(records)} records in view**",
                unsafe_allow_html=True)

    # ---- selection: a new map click wins, else the selector, else the first record
    ids = [r["id"] for r in shown]
    # st_folium's value (under key "map") was updated before this rerun, so a click is handled here,
    # before the selector is drawn, and the map below already shows the new selection
    st.session_state["last_click"], clicked = mapview.new_click(st.session_state.get("map"),
                                                                st.session_state.get("last_click"), ids)
    if clicked:
        st.session_state["pick"] = clicked
    col_map, col_pick = st.columns([3, 1])
    with col_pick:
        if ids:
            if st.session_state.get("pick") not in ids:
                st.session_state["pick"] = ids[0]
            pick = st.selectbox("Record", ids, key="pick",
                                format_func=lambda i: f"{titles.get(i, '')} [{i}]")
            st.caption("Click a marker or choose here. Roll-ups and border/report records are listed too.")
        else:
            pick = None
            st.info("No records match the filters.")
        # callables: the (large) files are only built when a button is pressed
        st.download_button("Download GeoJSON", lambda: data.to_geojson_bytes(shown), "borderwatch.geojson",
                           "application/geo+json", on_click="ignore")
        st.download_button("Download CSV", lambda: data.to_csv_bytes(shown), "borderwatch.csv", "text/csv",
                           on_click="ignore")
    rec = next((r for r in shown if r["id"] == pick), None)
    with col_map:
        # the map depends on the filtered records only; the selection is drawn into it as an extra layer
        m = mapview.build_map(shown)
        st_folium(m, key="map", height=560, use_container_width=True,
                  returned_objects=["last_object_clicked_tooltip", "last_object_clicked_count"],
                  feature_group_to_add=mapview.selection_layer(rec))
    signature = (str(path), path.stat().st_mtime, tuple(ids))
    if st.session_state.get("map_signature") != signature:
        # a different map is a new map component (its click counter restarts): forget the old clicks
        st.session_state["map_signature"] = signature
        st.session_state["map"] = None
        st.session_state["last_click"] = None

    # ---- timeline
    rows = data.timeline_rows(shown)
    if rows:
        chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(
            x=alt.X("utcyearmonthdate(date):T", title="date (best, else earliest)", axis=alt.Axis(format="%d %b %Y")),
            y=alt.Y("records:Q", title="records", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("kind:N"), tooltip=[alt.Tooltip("date:N"), "kind:N", "records:Q"]).properties(height=160)
        st.altair_chart(chart, width="stretch")

    # ---- selected record
    if rec:
        st.sidebar.subheader("Selected record")
        st.sidebar.markdown(sidebar.record_html(rec, titles), unsafe_allow_html=True)
    st.caption(f"Data directory: {directory}")


main()
