"""Set H's gazetteer: the shared frontier table (sets C–F) plus the places only set H names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"), "Kubodiyon": ("TJ-KT", "district"),
    "Khorog": ("TJ-GB", "town"),  # the Russian-style spelling of Khorugh (h10)
    "Dasht-e Qala": ("AF-TAK", "district"),
}
