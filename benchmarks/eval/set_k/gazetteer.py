"""Set K's gazetteer: the shared frontier table (sets C–I) plus the places only set K names."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"),
    "Jayhun": ("TJ-KT", "district"),
    "Ruzvai": ("TJ-GB", "village"),
    "Khwaja Bahauddin": ("AF-TAK", "district"),
    "Dasht-e Qala": ("AF-TAK", "district"),
}
