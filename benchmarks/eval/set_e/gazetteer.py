"""Set E's gazetteer: the frontier gazetteer of sets C and D plus the places only set E names.

frontier_gazetteer.py is shared with sets C and D and is left untouched; set E extends it here.
"""

from __future__ import annotations

from annotate import Gazetteer
from frontier_gazetteer import FRONTIER

# name -> (admin1_code, precision), as in FRONTIER.
SET_E: Gazetteer = {
    **FRONTIER,
    "Hamadoni": ("TJ-KT", "district"), "Kubodiyon": ("TJ-KT", "district"), "Jayhun": ("TJ-KT", "district"),
    "Vrang": ("TJ-GB", "village"), "Langar": ("TJ-GB", "village"),
    "Qala-i-Barpanja": ("AF-BDS", "village"),
    "Khwaja Bahauddin": ("AF-TAK", "district"),
}
