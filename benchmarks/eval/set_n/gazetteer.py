"""Set N's gazetteer: the shared frontier table (sets C–F) plus the few places set N names outside it.

Added here only (not in ../frontier_gazetteer.py): "GBAO" (Gorno-Badakhshan), the Tajik
town Kalai-Khumb (spelling variant of Qalaikhumb), the Kamarob gorge and the Rasht valley district
(Districts of Republican Subordination, background of the 2010 ambush).
"""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
    "GBAO": ("TJ-GB", "region"),
    "Kalai-Khumb": ("TJ-GB", "town"),
    "Kamarob": ("TJ-RA", "site"),
    "Rasht": ("TJ-RA", "district"),
}
