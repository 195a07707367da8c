"""Set ZZE's gazetteer (a copy of set T's): the shared frontier table (../frontier_gazetteer.py) plus the
compound border name "Tajik-Afghan border", annotated as a border feature per the shared README (../README.md)."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Tajik-Afghan border": (None, "border"),
}
