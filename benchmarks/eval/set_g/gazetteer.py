"""Set G's gazetteer: the shared frontier table (sets C, D, F) plus the places only set G names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"), "Jayhun": ("TJ-KT", "district"), "Kubodiyon": ("TJ-KT", "district"),
    "Zong": ("TJ-GB", "village"),
}
