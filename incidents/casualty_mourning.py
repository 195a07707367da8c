"""Deaths told by what mourners count: coffins, funerals, graves and burials.

Funeral reports, picture captions and relatives' quotes often give a toll only through the rites:
"Five coffins, draped in the national flag", "3 funerals of young men", "the funerals of three
guards", "We buried three." Each is a count of the dead as the speaker gives it, so it is a killed
claim. A burial verb's bare count ("buried three.") is read only where the count ends its clause or
is "of its own": "buried two mines" counts no one (the casualty finder reads "buried two men" itself).
A definite count ("the funeral of the two brothers", "the coffins of the two boys") refers back to
dead already counted, as "the two men killed were buried" does (incidents/casualty_described.py), and
is not read.
"""

from __future__ import annotations

import re

from incidents.casualty_claim import Casualty
from incidents.numbers import parse_number

_N = (r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
      r"sixteen|seventeen|eighteen|nineteen|twenty)")
#: "Five coffins", "three flag-draped coffins", "3 funerals of young men", "funerals for three guards",
#: "We buried three.", "buried two of its own".
_MOURNED = re.compile(
    rf"\b{_N}\s+(?:[\w-]+\s+)?(?:coffins|funerals|graves)\b"
    rf"|\b(?:coffins|funerals?|graves|burials?)\s+(?:of|for)\s+(?:our\s+|their\s+)?{_N}(?=\s+[\w-]+)"
    rf"|\b(?:buried|have\s+buried|had\s+buried)\s+{_N}(?=\s*[.,;!?\"”’]|\s+of\s+(?:its|our|their|his|her)\s+own\b)",
    re.IGNORECASE)
#: What a count of coffins or graves may also be: "two graves were dug for the cattle", "ten coffins were ordered".
_NOT_PEOPLE_AFTER = re.compile(r"\s+(?:of\s+(?:cattle|sheep|animals|livestock))\b", re.IGNORECASE)
MOURNING_GATE = ("coffin", "funeral", "grave", "burial", "buried")


def held(text: str, c: Casualty) -> bool:
    """A detention read from "was held" ("a funeral for the three men was held"): the rite was held, not the men."""
    return c.kind == "detained" and text[c.end - 4:c.end].lower() == "held"


def mourned_counts(text: str, s_start: int, s_end: int, taken: list[Casualty],
                   masked: list[tuple[int, int]], person_nouns: frozenset[str]) -> list[Casualty]:
    """Killed claims for the counts of coffins, funerals, graves and burials in ``text[s_start:s_end]``
    that no claim in ``taken`` already covers (a detention read from "was held" gives way: see :func:`held`)."""
    out: list[Casualty] = []
    for m in _MOURNED.finditer(text, s_start, s_end):
        g = next(i for i in (1, 2, 3) if m.group(i))
        a, b = m.span(g)
        if any(x <= a < y for x, y in masked) or any(c.start < b and a < c.end and not held(text, c) for c in taken):
            continue
        if _NOT_PEOPLE_AFTER.match(text, m.end(), s_end):
            continue
        if g == 2:  # "the funeral of the two boys": a person after the count
            noun = re.match(r"\s+([\w-]+)", text[b:s_end])
            if not noun or noun.group(1).lower() not in person_nouns:
                continue
        value = parse_number(m.group(g))[0]
        out.append(Casualty(a, b, "killed", value, value, value, "exact", None, None))
    return out
