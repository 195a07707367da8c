"""Casualty phrasings read since session 17 (each missed in dev sets by two or more authors), each with a
negative, on sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_a_zero_whose_subject_carries_a_place_or_group_phrase():
    assert figures("None of the pupils of the school in Mehnatobod was hurt.") == Counter({("injured", 0): 1})
    assert figures("No one among the crew of the second patrol boat was injured.") == Counter({("injured", 0): 1})
    assert figures("Nobody else from the border post was killed, the officer said.") == Counter({("killed", 0): 1})
    # an adverb between the verb and its participle
    assert figures("No Chinese workers were reported injured.") == Counter({("injured", 0): 1})
    # the verb's kind, not the subject's: the detained were not harmed
    assert figures("None of the arrested traders was physically harmed.") == Counter({("injured", 0): 1})
    # a verbless zero closing a list of figures
    got = figures("The final count: three dead, six detained, and no one hurt among the guards.")
    assert got == Counter({("killed", 3): 1, ("detained", 6): 1, ("injured", 0): 1})


def test_a_negated_subject_that_is_no_zero_count():
    # a verb, a relative pronoun or a report inside the subject's phrase ends the zero
    assert figures("No one knows how many were killed in the valley.") == Counter()
    assert figures("None of the statements said civilians were killed.") == Counter()
    assert figures("No one in the district who was asked was willing to talk.") == Counter()
    assert figures("None of those killed were local men.") == Counter()


def test_an_ordinal_after_an_article_counts_one_person_once():
    assert figures("The death of a fifth fisherman was confirmed on Monday.") == Counter({("killed", 1): 1})
    assert figures("Police found the body of a third smuggler near the bank.") == Counter({("killed", 1): 1})


def test_a_headline_ordinal_without_its_article():
    assert figures("Flood of grief in Vose: third shepherd dies") == Counter({("killed", 1): 1})
    assert figures("* Second smuggler's body recovered from the river") == Counter({("killed", 1): 1})
    # an ordinal that counts no person: a round, a day, an edition
    assert figures("Talks: second round of border negotiations ends") == Counter()
    assert figures("Third day of searches on the Panj brings no news") == Counter()


def test_an_indented_sub_row_counts_a_part_of_the_row_above():
    table = ("Table 3. Consequences of border incidents\n"
             "                               2022   2023   2024\n"
             "Persons killed                    6      3      5\n"
             "  of which women                  1      0      2\n"
             "Persons wounded                  11      4      9\n"
             "  including children              3      1      0\n"
             "Checkpoints inspected            40     38     52\n"
             "  of which closed                 2      1      3\n")
    got = figures(table)
    assert got == Counter({("killed", 6): 1, ("killed", 3): 1, ("killed", 5): 1, ("killed", 1): 1, ("killed", 0): 1,
                           ("killed", 2): 1, ("injured", 11): 1, ("injured", 4): 1, ("injured", 9): 1,
                           ("injured", 3): 1, ("injured", 1): 1, ("injured", 0): 1})


def test_deaths_told_by_coffins_funerals_and_burials():
    assert figures("Four coffins were carried out of the mosque in Vose.") == Counter({("killed", 4): 1})
    assert figures("The imam led 2 funerals of young conscripts on Sunday.") == Counter({("killed", 2): 1})
    assert figures('The elder shook his head. "We buried two."') == Counter({("killed", 2): 1})
    assert figures("The mahalla has buried three of its own this year.") == Counter({("killed", 3): 1})
    # a definite count refers back to dead already counted; buried things are no people
    assert figures("The funeral of the two brothers took place in Shkev.") == Counter()
    assert figures("Sappers said the smugglers had buried two crates near the bank.") == Counter()
    assert figures("Six graves of cattle were dug after the flood.") == Counter()


def test_a_part_of_a_group_named_after_a_since_date():
    got = figures("Eleven people have died on this stretch since 4 March, seven of them shepherds.")
    assert got == Counter({("killed", 11): 1, ("killed", 7): 1})
    got = figures("Three traders have been held since Friday, two of them Afghan citizens.")
    assert got == Counter({("detained", 3): 1, ("detained", 2): 1})
    # "since" opening a clause: the figure after it may count someone else
    got = figures("Four guards were wounded since the convoy stopped, two of them drivers said.")
    assert got == Counter({("injured", 4): 1})
