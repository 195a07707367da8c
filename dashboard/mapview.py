"""Build the folium map: the Tajik–Afghan border, the regions, and one marker per record.

The map is framed on the border line (the subject of every record) rather than on the markers, so
the view is stable while filters change. No tile server is needed: the background is plain CSS and
an OpenStreetMap layer is offered switched off, so the map works offline and in tests.
Every string from an article goes through :func:`dashboard.safe.esc` before it reaches the HTML.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

import folium
from branca.element import Element, MacroElement
from folium.plugins import FastMarkerCluster
from jinja2 import Template
from shapely.geometry import shape

import geodata
from dashboard import assets
from dashboard.safe import esc, record_id_from_tooltip

CLUSTER_THRESHOLD = 500
POINT_PRECISIONS = {"site", "village", "town"}
KIND_COLOURS = {"attack": "#c0392b", "rollup": "#d68910", "border": "#2471a3", "report": "#7d3c98"}
KIND_LABELS = {"attack": "attack (circle)", "rollup": "roll-up of several attacks (square)",
               "border": "border fact (diamond)", "report": "report / responses (triangle)"}
CSS = """<style>
.leaflet-container { background: #eef1f4; }
.bw-icon { background: none; border: none; }
.bw-marker { box-sizing: border-box; width: 100%; height: 100%; border: 2px solid #fff; opacity: .92;
  display: flex; align-items: center; justify-content: center; color: #fff; font: bold 10px sans-serif;
  box-shadow: 0 0 2px rgba(0,0,0,.6); }
.bw-attack { border-radius: 50%; background: #c0392b; }
.bw-rollup { background: #d68910; }
.bw-border { background: #2471a3; transform: rotate(45deg) scale(.8); }
.bw-report { background: #7d3c98; clip-path: polygon(50% 0, 100% 100%, 0 100%); border: none; }
.bw-selected { outline: 3px solid #111; outline-offset: 2px; }
.bw-label { background: none; border: none; color: #333; font: 600 12px sans-serif; white-space: nowrap;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; pointer-events: none; }
.bw-legend { background: rgba(255,255,255,.9); padding: 6px 8px; font: 12px sans-serif; line-height: 1.5;
  border-radius: 4px; box-shadow: 0 0 3px rgba(0,0,0,.3); }
.leaflet-control-attribution { font-size: 10px !important; line-height: 1.3; max-width: 70%; }
.leaflet-control-layers-toggle { background-image: none !important; width: auto !important; height: auto !important;
  padding: 4px 8px; font: 12px sans-serif; color: #333; text-decoration: none; }
.leaflet-control-layers-toggle::after { content: "Layers"; }
.bw-legend .bw-marker { display: inline-block; width: 11px; height: 11px; vertical-align: middle; margin-right: 4px; }
</style>"""
FAST_CALLBACK = """function (row) {
    var icon = L.divIcon({html: row[2], className: 'bw-icon', iconSize: [row[4], row[4]],
                          iconAnchor: [row[4] / 2, row[4] / 2]});
    var marker = L.marker(new L.LatLng(row[0], row[1]), {icon: icon});
    marker.bindTooltip(row[3], {sticky: true});
    return marker;
}"""


class _Attribution(MacroElement):
    """Adds a line to Leaflet's attribution control (shown even when no tile layer is on)."""

    _template = Template("""{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
        {% endmacro %}""")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = text


class _KeepSized(MacroElement):
    """Re-measure the map after Streamlit sizes its iframe (and on resize).

    The map is created before streamlit-folium stretches the iframe to the column width; without
    ``invalidateSize`` Leaflet keeps the first size and clips vector layers (region fills, areas)
    at the old right edge.
    """

    _template = Template("""{% macro script(this, kwargs) %}
        (function (m) {
            var fix = function () { m.invalidateSize(false); };
            setTimeout(fix, 250); setTimeout(fix, 1500);
            window.addEventListener('resize', fix);
        })({{ this._parent.get_name() }});
        {% endmacro %}""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "KeepSized"


class _Legend(MacroElement):
    """A small legend (top right, under the layer switch) explaining marker shape = kind and size = killed."""

    _template = Template("""{% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: 'topright'});
            legend.onAdd = function () {
                var div = L.DomUtil.create('div', 'bw-legend');
                div.innerHTML = {{ this.html|tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}""")

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html


def border_bounds(border: dict) -> list[list[float]]:
    """``[[south, west], [north, east]]`` of the border line, for ``fit_bounds``."""
    xs: list[float] = []
    ys: list[float] = []
    for f in border.get("features", []):
        minx, miny, maxx, maxy = shape(f["geometry"]).bounds
        xs += [minx, maxx]
        ys += [miny, maxy]
    return [[min(ys), min(xs)], [max(ys), max(xs)]]


def marker_size(rec: dict) -> int:
    """Marker edge in pixels: grows with the best killed figure (sqrt, so 50 dead is not 50× bigger)."""
    killed = (rec.get("killed") or {}).get("best") or 0
    return int(min(40, 14 + 5 * math.sqrt(max(0, killed))))


def tooltip_text(rec: dict) -> str:
    """Escaped tooltip HTML: title, precision, and the id in brackets (parsed back on click)."""
    prec = rec.get("precision") or "unknown"
    return f"{esc(rec.get('title') or '(untitled)')} — location precision: {esc(prec)} [{esc(rec.get('id'))}]"


def marker_html(rec: dict, selected: bool = False) -> str:
    """The div-icon HTML: shape/colour by kind, the killed figure inside attacks and roll-ups."""
    kind = rec.get("kind") if rec.get("kind") in KIND_COLOURS else "report"
    killed = (rec.get("killed") or {}).get("best")
    label = esc(killed) if killed and kind in {"attack", "rollup"} else ""
    cls = f"bw-marker bw-{kind}" + (" bw-selected" if selected else "")
    return f'<div class="{cls}" data-id="{esc(rec.get("id"))}">{label}</div>'


def _legend_html() -> str:
    rows = [f'<div><span class="bw-marker bw-{k}"></span>{esc(v)}</div>' for k, v in KIND_LABELS.items()]
    return "<b>Records</b>" + "".join(rows) + "<div>size = killed (best figure)</div>"


def _add_regions(m: folium.Map, regions: dict) -> None:
    faint = [f for f in regions.get("features", []) if not f["properties"].get("border_region")]
    focus = [f for f in regions.get("features", []) if f["properties"].get("border_region")]
    folium.GeoJson({"type": "FeatureCollection", "features": faint}, name="Other regions",
                   style_function=lambda _f: {"color": "#9aa3ab", "weight": 0.6, "fillColor": "#dde2e6",
                                              "fillOpacity": 0.25},
                   interactive=False).add_to(m)
    group = folium.FeatureGroup(name="Border regions")
    folium.GeoJson({"type": "FeatureCollection", "features": focus},
                   style_function=lambda f: {"color": "#2c3e50" if f["properties"]["country"] == "TJ" else "#6e5a3c",
                                             "weight": 1.6, "fillColor": "#fbfaf5", "fillOpacity": 0.5},
                   interactive=False).add_to(group)
    for f in focus:
        pt = shape(f["geometry"]).representative_point()
        p = f["properties"]
        html = f'<div class="bw-label">{esc(p["name"])} <small>({esc(p["iso_code"])})</small></div>'
        folium.Marker([pt.y, pt.x], icon=folium.DivIcon(html=html, class_name="bw-label", icon_size=(150, 16),
                                                        icon_anchor=(40, -10)),
                      interactive=False).add_to(group)
    group.add_to(m)


def _add_areas(m: folium.Map, records: list[dict], selected_id: str | None) -> None:
    """Faint outline of where each imprecisely located record may be (deduplicated)."""
    seen: set[str] = set()
    group = folium.FeatureGroup(name="Possible area of imprecise records")
    for r in records:
        geom = r.get("geometry")
        if not geom or geom.get("type") == "Point" or r.get("precision") in POINT_PRECISIONS:
            continue
        key = json.dumps(geom, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        folium.GeoJson(geom, style_function=lambda _f: {"color": "#c0392b", "weight": 1, "dashArray": "4 4",
                                                        "fillColor": "#c0392b", "fillOpacity": 0.05},
                       interactive=False).add_to(group)
    group.add_to(m)
    sel = next((r for r in records if r.get("id") == selected_id), None)
    if sel and sel.get("geometry") and sel["geometry"].get("type") != "Point":
        folium.GeoJson(sel["geometry"], name="Selected record's area",
                       style_function=lambda _f: {"color": "#111", "weight": 2.5, "fillColor": "#f1c40f",
                                                  "fillOpacity": 0.15},
                       interactive=False).add_to(m)


def _located(records: Iterable[dict]) -> list[dict]:
    return [r for r in records if r.get("marker_lat") is not None and r.get("marker_lon") is not None]


def build_map(records: list[dict], selected_id: str | None = None,
              cluster_threshold: int = CLUSTER_THRESHOLD, osm_layer: bool = True) -> folium.Map:
    """The dashboard map for ``records``; the selected record is outlined and its area drawn.

    Up to ``cluster_threshold`` records get individual markers and all their possible areas; above
    it markers are clustered client-side (FastMarkerCluster: one JSON array instead of thousands of
    generated JS objects) and only the selected record's area is drawn, so the page stays light.
    """
    border = geodata.load_geojson("border")
    # maxZoom on the map itself: Leaflet.markercluster refuses a map without one, and folium's
    # max_zoom only reaches the default tile layer, which tiles=None leaves out
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False, minZoom=3, maxZoom=18)
    m.get_root().header.add_child(Element(CSS))
    if osm_layer:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=True, show=False).add_to(m)
    _add_regions(m, geodata.load_geojson("regions"))
    located = _located(records)
    _add_areas(m, located if len(located) <= cluster_threshold else
               [r for r in located if r.get("id") == selected_id], selected_id)
    folium.GeoJson(border, name="Tajikistan–Afghanistan border",
                   style_function=lambda _f: {"color": "#e74c3c", "weight": 3, "opacity": 0.9},
                   tooltip=esc("Tajikistan–Afghanistan border")).add_to(m)
    if len(located) <= cluster_threshold:
        group = folium.FeatureGroup(name="Incident records")
        # selected last so it is drawn on top
        stacked: dict[tuple[float, float], int] = {}
        for r in sorted(located, key=lambda r: r.get("id") == selected_id):
            size = marker_size(r)
            # records at the same spot (e.g. border-wide ones) are fanned out sideways so each stays clickable
            nth = stacked.setdefault((r["marker_lat"], r["marker_lon"]), 0)
            stacked[(r["marker_lat"], r["marker_lon"])] += 1
            shift = (nth + 1) // 2 * (1 if nth % 2 else -1) * 22
            icon = folium.DivIcon(html=marker_html(r, r.get("id") == selected_id), class_name="bw-icon",
                                  icon_size=(size, size), icon_anchor=(size // 2 - shift, size // 2))
            folium.Marker([r["marker_lat"], r["marker_lon"]], icon=icon,
                          tooltip=folium.Tooltip(tooltip_text(r))).add_to(group)
        group.add_to(m)
    else:
        rows = [[r["marker_lat"], r["marker_lon"], marker_html(r, r.get("id") == selected_id), tooltip_text(r),
                 marker_size(r)] for r in located]
        FastMarkerCluster(rows, callback=FAST_CALLBACK, name="Incident records (clustered)").add_to(m)
    _Attribution(esc(geodata.attribution())).add_to(m)
    _Legend(_legend_html()).add_to(m)
    _KeepSized().add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    m.fit_bounds(border_bounds(border))
    return assets.localize_assets(m)


def selection_layer(rec: dict | None) -> folium.FeatureGroup | None:
    """Outline of the selected record: its possible area (if not a point) and a ring at its marker.

    Passed to ``st_folium(feature_group_to_add=...)`` so a new selection is drawn into the existing
    map instead of changing the map itself: the map component is not re-mounted, the analyst keeps
    their zoom and pan, and streamlit-folium's click counter keeps counting.
    """
    if not rec:
        return None
    group = folium.FeatureGroup(name="Selected record")
    geom = rec.get("geometry")
    if geom and geom.get("type") != "Point":
        folium.GeoJson(geom, style_function=lambda _f: {"color": "#111", "weight": 2.5, "fillColor": "#f1c40f",
                                                        "fillOpacity": 0.15},
                       interactive=False).add_to(group)
    if rec.get("marker_lat") is not None and rec.get("marker_lon") is not None:
        folium.CircleMarker([rec["marker_lat"], rec["marker_lon"]], radius=marker_size(rec) // 2 + 7, color="#111",
                            weight=3, fill=False, interactive=False, className="bw-selection").add_to(group)
    return group


def new_click(value: dict | None, last: tuple | None, ids: Iterable[str]) -> tuple[tuple | None, str | None]:
    """Decide whether st_folium's value is a click not handled yet: ``(click to remember, record id)``.

    The value carries the last clicked tooltip and a click counter. The counter is what makes a
    second click on the same marker count (the tooltip alone would not change); a (tooltip, count)
    pair seen before is an old click and must not override what the analyst chose in the selector
    since. A click on something that is not a record (the border line) is remembered but selects
    nothing; so is a record that the filters have just hidden.
    """
    value = value or {}
    click = (value.get("last_object_clicked_tooltip"), value.get("last_object_clicked_count"))
    if click[0] is None or click == last:
        return last, None
    rid = record_id_from_tooltip(click[0])
    return click, (rid if rid in set(ids) else None)


def map_html(m: folium.Map) -> str:
    """The standalone HTML of a map (tests and the benchmark inspect this)."""
    return m.get_root().render()
