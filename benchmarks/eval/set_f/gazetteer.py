"""Set F's gazetteer: the shared frontier table (sets C and D) plus the places only set F names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"), "Jayhun": ("TJ-KT", "district"),
    "Dasht-e Qala": ("AF-TAK", "district"), "Rustaq": ("AF-TAK", "district"),
}
