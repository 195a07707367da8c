"""Set R's gazetteer: the shared frontier table (../frontier_gazetteer.py) plus the compound border names
"Tajik-Afghan border" and "Tajik-Afghan frontier", annotated as border features per the shared README
(../README.md)."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Tajik-Afghan border": (None, "border"),
    "Tajik-Afghan frontier": (None, "border"),
}
