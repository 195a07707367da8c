"""Set O's gazetteer: the shared frontier table (sets C–F). Set O names no place outside it except
"GBAO" and the all-caps datelines, which are annotated explicitly in the specs, not by the automatic
pass."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
}
