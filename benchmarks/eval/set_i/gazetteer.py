"""Set I's gazetteer: the shared frontier table (sets C–F) plus the one place only set I names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"),
}
