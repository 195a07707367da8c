"""Set M's gazetteer: the shared frontier table (sets C–F), nothing added. Set M names no place outside
it except the "Amu River" (m04) and the all-caps datelines, which are annotated explicitly."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
}
