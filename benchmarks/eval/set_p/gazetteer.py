"""Set P's gazetteer: the shared frontier table (sets C–F). Set P names no place outside it except
"GBAO" (p04), the "Amu River" (p03) and the all-caps datelines and digest headings, all annotated
explicitly with L(...) in build_truth.py, not by the automatic pass."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
}
