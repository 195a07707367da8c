"""Casualty phrasings read since session 15, each with a negative, on sentences written for this file:
zeros with longer subjects or told by what a report lists ("no reports of foreign nationals hurt",
"the statement mentions no dead", "No guards were among the casualties"), a figure given for a group
("The police give the injured as six", "later corrected the figure to three"), "N killings", and the
answer to a question that opens with whose figure it is and lists whom it counts ("How many died?
Officially, five: two guards and three smugglers.")."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_zeros_told_by_a_report_or_with_a_common_noun_place():
    assert figures("The embassy said there were no reports of foreign nationals hurt.") == Counter({("injured", 0): 1})
    assert figures("The district's statement mentions no dead.") == Counter({("killed", 0): 1})
    assert figures("No guards were among the casualties, the committee said.") == \
        Counter({("killed", 0): 1, ("injured", 0): 1})
    assert figures("Officials said no farmers of the upper villages were injured.") == Counter({("injured", 0): 1})
    # not a zero: reports of hurt people exist; a statement mentioning no name
    assert not figures("The statement mentions no names.")


def test_a_figure_given_for_a_group_and_a_corrected_figure():
    assert figures("Two guards were killed and seven hurt. The police give the injured as six.")[("injured", 6)] == 1
    got = figures("The ministry first put the number of wounded at five. It later corrected the figure to three, "
                  "citing double counting.")
    assert got == Counter({("injured", 5): 1, ("injured", 3): 1})
    # a corrected date or sum is no casualty figure
    assert not figures("The bank later corrected the figure to three million somoni.")


def test_killings_count_the_dead():
    assert figures("Monitors documented 14 killings by border forces in the year.") == Counter({("killed", 14): 1})
    assert not figures("The killings shocked the valley.")


def test_answer_with_its_source_and_the_groups_it_counts():
    got = figures("How many people died? Officially, five: two guards and three smugglers.")
    assert got == Counter({("killed", 5): 1, ("killed", 2): 1, ("killed", 3): 1})
    assert figures("How many were injured? So far, nine.") == Counter({("injured", 9): 1})
    # members that do not add up to the answer are not read as its parts
    got = figures("How many people died? Officially, five: two guards and four smugglers.")
    assert got == Counter({("killed", 5): 1})
