"""Set L's gazetteer: the shared frontier table (sets C–F). Set L names no place outside it except
"GBAO" (annotated explicitly in l09, not by the automatic pass)."""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

GAZ: Gazetteer = {
    **FRONTIER,
}
