"""Casualty phrasings read since session 16, each with a negative, on sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_a_wounded_person_who_then_died_counts_as_a_death_only():
    # a long participle phrase between the wounded person and the death
    got = figures("A soldier wounded during an exchange of fire with a group of armed men near the river crossing "
                  "at Panji Poyon died on Friday, the ministry said.")
    assert got == Counter({("killed", 1): 1})
    # the participle phrase set off by commas
    assert figures("A third villager, injured by the same mine, died on the way to Kulob.") == Counter({("killed", 1): 1})
    # the idioms of a death
    assert figures("One of the wounded guards lost his fight for life in Dushanbe.") == Counter({("killed", 1): 1})
    assert figures("Two of the injured later lost their lives.") == Counter({("killed", 2): 1})
    # a wounded person who lived stays injured
    got = figures("A soldier wounded during an exchange of fire near the crossing was flown to Dushanbe.")
    assert got == Counter({("injured", 1): 1})
    assert figures("A farmer, injured by the same mine, is recovering in Kulob.") == Counter({("injured", 1): 1})


def test_one_of_a_counted_group_of_wounded_dies():
    got = figures("One of four wounded guards dies in hospital, the border troops say.")
    assert got == Counter({("killed", 1): 1, ("injured", 4): 1})
    # the group counted before: only the death is new
    got = figures("Four guards were wounded. One of the four wounded guards died in hospital.")
    assert got == Counter({("injured", 4): 1, ("killed", 1): 1})


def test_two_counted_groups_share_one_verb_when_the_second_is_qualified():
    got = figures("Four policemen and at least six protesters were injured in the clashes.")
    assert got == Counter({("injured", 4): 1, ("injured", 6): 1})
    got = figures("Two smugglers and more than ten sheep were killed by the mine.")
    assert got == Counter({("killed", 2): 1})  # the sheep are not people
    # two clauses, not one shared verb
    got = figures("Four policemen arrived and at least six protesters were injured.")
    assert got == Counter({("injured", 6): 1})


def test_a_number_that_labels_an_address_or_a_ward_counts_no_one():
    got = figures("A teacher from our town, Mr Aziz Boboev, 52, of Street 9, has been killed in the shelling.")
    assert got == Counter({("killed", 1): 1})
    assert figures("Patients in Ward 3 were injured by flying glass.") == Counter()
    # a count after a place name is still a count
    assert figures("In Kulob 3 guards were injured.") == Counter({("injured", 3): 1})


def test_ordinals_in_a_list_of_deaths_and_a_body_found():
    got = figures("Two porters died on the pass, a third in hospital in Khorugh, and a fourth, a boy who had been "
                  "missing, was found dead on Sunday.")
    assert got == Counter({("killed", 2): 1, ("killed", 1): 2})
    got = figures("Three shepherds were killed by the avalanche, and a fourth whose body was recovered on Friday.")
    assert got == Counter({("killed", 3): 1, ("killed", 1): 1})
    # an ordinal that is no person: a list of places or times
    assert figures("Three guards died at the first post, a second checkpoint was shelled.") == Counter({("killed", 3): 1})
    # still missing: not found dead
    assert figures("A fisherman who had been missing since Monday was found alive.") == Counter({("missing", 1): 1})


def test_a_running_count_raised_takes_the_kind_told_before():
    got = figures("A second fisherman's body was found on Friday, bringing the Afghan count to five.")
    assert got[("killed", 5)] == 1
    assert figures("A guard died of his wounds, bringing Tajik losses to four.")[("killed", 4)] == 1
    assert figures("Residents say seven people died, which would put the total at eleven.")[("killed", 11)] == 1
    # a running count of things is no casualty figure
    assert figures("Two more posts were built, bringing the total to nine.") == Counter()


def test_a_figure_restated_after_a_sentence_that_names_the_toll():
    got = figures("The death toll rose overnight. By morning the police put it at six.")
    assert got == Counter({("killed", 6): 1})
    got = figures("The number of wounded grew during the day. Doctors put it at nine.")
    assert got == Counter({("injured", 9): 1})
    # a sentence before that names no count: nothing to restate
    assert figures("The meeting went on overnight. By morning the police put it at six.") == Counter()


def test_one_who_had_been_in_a_critical_condition_and_died_is_a_death():
    got = figures("On Friday a conscript who had been in a critical condition since the attack died in Dushanbe.")
    assert got == Counter({("killed", 1): 1})
    got = figures("A conscript who had been in a critical condition since the attack was moved to Dushanbe.")
    assert got == Counter({("injured", 1): 1})
