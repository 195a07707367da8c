"""Low, best and high estimates of a casualty figure (session 15), as event data and analytical texts give
them: in a bracket after the figure ("Killed: 5 (low 4, high 6)", "9 deaths (best 8)") or in prose after
it ("with a high estimate of six"). Low is a floor (at_least), best the figure (exact), high a ceiling
(up_to). Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"], c["qualifier"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_bracket_after_a_label():
    got = figures("Summary for March - Clashes: 3 - Injured: 11 (low 9, high 14) - Detained: 6")
    assert got == Counter({("injured", 11, "exact"): 1, ("injured", 9, "at_least"): 1,
                           ("injured", 14, "up_to"): 1, ("detained", 6, "exact"): 1})


def test_bracket_after_a_count_with_its_noun_and_a_range():
    got = figures("The tracker codes the ambush with 9 deaths (best estimate: 8).")
    assert got[("killed", 8, "exact")] == 1
    got = figures("Wounded: 3-4 (best 4), according to the district hospital.")
    assert got[("injured", 4, "exact")] == 1


def test_estimate_in_prose_takes_the_kind_of_the_figure_before_it():
    got = figures("We count four people wounded by the shelling, with a high estimate of seven.")
    assert got == Counter({("injured", 4, "exact"): 1, ("injured", 7, "up_to"): 1})


def test_estimate_in_the_next_sentence_reads_the_count_before():
    got = figures("Two fishermen drowned near Chubek, the police said. Our low estimate is three.")
    assert got[("killed", 3, "at_least")] == 1


def test_no_estimate_without_a_figure_or_of_something_else():
    assert not figures("The low estimate of the harvest was poor (high 40 tonnes).")
    assert figures("Three guards were killed (high alert was declared).") == Counter({("killed", 3, "exact"): 1})
    # a year or a percentage is no estimate of the toll
    assert figures("Five people were hurt, a high estimate of 2024 said.") == Counter({("injured", 5, "exact"): 1})
    assert figures("Two guards were killed (high 40%).") == Counter({("killed", 2, "exact"): 1})
