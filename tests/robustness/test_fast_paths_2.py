"""More of the extractor's shortcuts, each checked against the plain version on generated text.

- :func:`incidents.places._in_org_name` asks :func:`incidents.lexicon.gate` (one Aho-Corasick pass)
  whether any organisation head occurs in the window, where it tested each head as a substring;
- :func:`incidents.attribution._cue_stance` is cached: its result must not depend on the calls before;
- :class:`geodata.NameMatch` and :class:`incidents.attribution.Attribution` are named tuples: fields by name.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents import attribution, places
from incidents.lexicon import gate

SETTINGS = settings(max_examples=int(os.environ.get("BW_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
WORDS = [*places._ORG_HEADS, *places._ORG_HEADS_CAPS, "Ministry of", "MINISTRY OF", "of", "the", "for", "on", "and",
         "Foreign", "Affairs", "Tajikistan", "TAJIKISTAN", "Khorog", "Office of the", "Court", "Cour", "Minis", "try",
         "Centr", "e", "troops", "Troop", "said", ",", ".", "\n", "  ", "News", "Press", "desk", "é", "’", "Ö", "İ",
         "Border", "border", "Service of", "Agency for", "Consulat"]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


def _in_org_name_plain(text: str, s: int, e: int, start: int, end: int) -> bool:
    """:func:`places._in_org_name` as it was written first (a substring test per head)."""
    if places._ORG_AFTER.match(text, e, min(end, e + 60)):
        return True
    window = text[max(start, s - 120):s]
    if any(h in window for h in places._ORG_HEADS) and places._ORG_BEFORE.search(window) is not None:
        return True
    return (text[s:e].isupper() and any(h in window for h in places._ORG_HEADS_CAPS)
            and places._ORG_BEFORE_CAPS.search(window) is not None)


@SETTINGS
@given(texts, st.sampled_from(["Tajikistan", "TAJIKISTAN", "Khatlon", "Kabul"]), texts)
def test_org_gate_matches_substring_tests(before: str, name: str, after: str) -> None:
    text = f"{before} {name} {after}"
    s = len(before) + 1
    e = s + len(name)
    for start in (0, max(0, s - 30)):
        assert places._in_org_name(text, s, e, start, len(text)) == _in_org_name_plain(text, s, e, start, len(text))


@SETTINGS
@given(texts)
def test_gate_is_any_substring(window: str) -> None:
    for heads in (places._ORG_HEADS, places._ORG_HEADS_CAPS, ("",), (), ("", "x")):
        assert gate(window, heads) == any(h in window for h in heads)


SOURCES = ["police", "the ministry", "a source in the border troops", "Reuters", "Doctors at the hospital", "We",
           "Our article", "the original report", "Dushanbe", "the Taliban", "residents", "the district chief",
           "an unnamed official", "Kabul", "the court", "the Tajik side", "operational data", "he"]
VERBS = ["", "said", "denied", "rejected", "told", "reported", "claimed", "dismissed"]
STANCES = ["report", "official_statement", "denial", "retraction"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(VERBS), st.sampled_from(SOURCES), st.sampled_from(STANCES)), max_size=20))
def test_cue_stance_cache_is_transparent(calls: list[tuple[str, str, str]]) -> None:
    plain = attribution._cue_stance.__wrapped__
    for verb, source, stance in calls:
        assert attribution._cue_stance(verb, source, stance) == plain(verb, source, stance)


def test_named_tuples_keep_their_fields() -> None:
    from geodata import Gazetteer

    m = Gazetteer.default().scan("Clashes in Khorog and Kulob.")[0]
    assert (m.start, m.end, m.text) == (11, 17, "Khorog") and m.candidates
    a = attribution.find_attributions("Police said two died.", 0, 21)[0]
    assert (a.start, a.source) == (0, "Police") and a.stance in STANCES
    assert re.fullmatch(r"\w+", a.stance)
