"""Set J's gazetteer: the shared frontier table (sets C–F, H) plus the places only set J names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Khamadoni": ("TJ-KT", "district"),  # the Russian-style spelling of Hamadoni (j12)
}
