"""The gazetteer of eval sets C and D: every place their articles name, with its admin1 code and precision.

Both sets were written about the same stretch of the border, so they share one table instead of two
copies (set B keeps its own, written independently).
"""

from __future__ import annotations

from annotate import Gazetteer

# name -> (admin1_code, precision). Border rivers are precision "border" with no admin1.
FRONTIER: Gazetteer = {
    "Tajikistan": (None, "country"), "Afghanistan": (None, "country"),
    "Panj": (None, "border"), "Amu Darya": (None, "border"),
    "Khatlon": ("TJ-KT", "region"), "Gorno-Badakhshan": ("TJ-GB", "region"),
    "Dushanbe": ("TJ-DU", "town"),
    "Shahritus": ("TJ-KT", "district"), "Aivaj": ("TJ-KT", "village"), "Navobod": ("TJ-KT", "village"),
    "Farkhor": ("TJ-KT", "district"), "Dahana": ("TJ-KT", "village"),
    "Shamsiddin Shohin": ("TJ-KT", "district"), "Panji Poyon": ("TJ-KT", "town"),
    "Kulob": ("TJ-KT", "town"), "Bokhtar": ("TJ-KT", "town"),
    "Darvoz": ("TJ-GB", "district"), "Qalaikhumb": ("TJ-GB", "town"), "Shkev": ("TJ-GB", "village"),
    "Vanj": ("TJ-GB", "district"), "Rushon": ("TJ-GB", "district"), "Barchid": ("TJ-GB", "village"),
    "Ishkoshim": ("TJ-GB", "district"), "Ryn": ("TJ-GB", "village"), "Namadgut": ("TJ-GB", "village"),
    "Khorugh": ("TJ-GB", "town"),
    "Badakhshan": ("AF-BDS", "region"), "Fayzabad": ("AF-BDS", "town"),
    "Shighnan": ("AF-BDS", "district"), "Darwaz": ("AF-BDS", "district"),
    "Khwahan": ("AF-BDS", "district"), "Eshkashem": ("AF-BDS", "district"), "Nusay": ("AF-BDS", "district"),
    "Takhar": ("AF-TAK", "region"), "Darqad": ("AF-TAK", "district"), "Yangi Qala": ("AF-TAK", "district"),
    "Chah Ab": ("AF-TAK", "district"), "Taloqan": ("AF-TAK", "town"),
    "Kunduz": ("AF-KDZ", "region"), "Imam Sahib": ("AF-KDZ", "district"), "Qala-i-Zal": ("AF-KDZ", "district"),
    "Sher Khan Bandar": ("AF-KDZ", "town"), "Aqtepa": ("AF-KDZ", "village"),
    "Kabul": ("AF-KAB", "town"),
}
