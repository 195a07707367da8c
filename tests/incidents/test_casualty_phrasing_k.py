"""Casualty phrasings found through the second blind sentence set (casualties2.jsonl), each rule on
sentences written for these tests (not taken from the set), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, claims_of, header, kinds_values

# --- terms: "did not survive", "feared drowned", "vanished", "swept away", "fatality", "into custody" ------


@pytest.mark.parametrize("sentence, expected", [
    ("The three miners trapped underground did not survive.", [("killed", 3)]),
    ("Four anglers feared drowned in the reservoir are still being sought.", [("missing", 4)]),
    ("Two hikers vanished on the glacier last week.", [("missing", 2)]),
    ("Rescuers are searching for five villagers swept away by the flood.", [("missing", 5)]),
    ("The ministry confirmed 1 fatality in the blast.", [("killed", 1)]),
    ("Officers took four youths into custody after the brawl.", [("detained", 4)]),
    ("An escaped inmate was recaptured near the railway station.", [("detained", 1)]),
])
def test_new_terms(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two bridges were swept away by the flood.",
    "Five wolves were killed by hunters near the pasture.",
    "The old customs house did not survive the earthquake.",
])
def test_new_terms_negatives(sentence):
    assert cas(sentence) == []


# --- abducted / kidnapped are not detentions (set F keeps "held hostage" a detention) ----------------------


@pytest.mark.parametrize("sentence", [
    "Armed men abducted three engineers on the mountain road.",
    "Two drivers were kidnapped on the road to the pass.",
])
def test_abductions_not_detained(sentence):
    assert [k for k, _ in kinds_values(sentence)] == []


def test_arrests_still_detained():
    assert kinds_values("Police arrested three men at the bazaar.") == [("detained", 3)]


# --- zeros: "Nobody died", "left no one dead", "None of the 9 … died", "no arrests", "unaccounted for" ------


@pytest.mark.parametrize("sentence, expected", [
    ("Nobody died in the landslide.", [("killed", 0)]),
    ("The rocket strike left no one dead, the garrison said.", [("killed", 0)]),
    ("None of the 9 climbers perished in the avalanche.", [("killed", 0)]),
    ("So far no arrests have been made in the case.", [("detained", 0)]),
    ("There were no detentions after the protest.", [("detained", 0)]),
    ("Officials said nobody was unaccounted for after the flood.", [("missing", 0)]),
    ("The commander insisted \"nobody\" was arrested at the post.", [("detained", 0)]),
])
def test_zero_phrasings(sentence, expected):
    assert kinds_values(sentence) == expected


def test_none_of_the_group_injured_part_kept():
    assert sorted(kinds_values("None of the 20 workers died, but three were hurt.")) == [("injured", 3), ("killed", 0)]


# --- numbers that count no one: "no one", ratios, a wire story's UPDATE number ---------------------------


@pytest.mark.parametrize("sentence", [
    "No one can say how many were killed in those years.",
    "A survey found 1 in 5 recruits at the camp had been hospitalised with flu.",
    "Seven out of ten households were hurt by the price rise.",
    "UPDATE 3-Flood on the Vakhsh kills more than expected",
])
def test_no_count(sentence):
    assert cas(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Militants wounded 4 in 2 attacks on the road.", [("injured", 4)]),
    ("Eleven guards were wounded last month, up from 6 in 2023.", [("injured", 11), ("injured", 6)]),
])
def test_not_a_ratio(sentence, expected):
    assert kinds_values(sentence) == expected


# --- labels and structure: "dead – 3", "The detainees, 12 in all", "number of people arrested … to",
# inverted order with two phrases, "Injuries to", "(incl. …)", "N violators were destroyed" ---------------


@pytest.mark.parametrize("sentence, expected", [
    ("Losses of the unit: dead – 3, injured – 5.", [("killed", 3), ("injured", 5)]),
    ("The detainees, 12 in all, were questioned overnight.", [("detained", 12)]),
    ("This raises the number of people arrested this year to 44.", [("detained", 44)]),
    ("Wounded in the shelling near Panj were two farmers.", [("injured", 2)]),
    ("Injuries to four porters were reported after the rockfall.", [("injured", 4)]),
    ("Injured: 6 (incl. 4 women).", [("injured", 6), ("injured", 4)]),
    ("During the operation 4 (four) intruders were destroyed.", [("killed", 4)]),
])
def test_labels_and_structure(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Three trucks were destroyed in the fire.",
    "Injuries to the economy were severe, with 40 shops closed.",
    "The railway line was destroyed over 2 km.",
])
def test_labels_and_structure_negatives(sentence):
    assert cas(sentence) == []


# --- a part of a stated group: the group size is no claim; "Half of the N" is computed -------------------


@pytest.mark.parametrize("sentence, expected", [
    ("One of the three pilots was killed in the crash.", [("killed", 1)]),
    ("Two of the five porters were hurt by falling rocks.", [("injured", 2)]),
    ("Half of the 8 hikers were injured in the rockfall.", [("injured", 4)]),
    ("Three of the 10 injured were children.", [("injured", 3), ("injured", 10)]),
])
def test_part_of_group(sentence, expected):
    assert sorted(kinds_values(sentence)) == sorted(expected)


def test_detainees_noun_opens_casualty_cue():
    claims = claims_of(header("2025-06-01") + "The detainees, 14 in total, were moved to Kulob.\n")
    assert [(c["kind"], c["value"]) for c in claims if c["kind"] == "detained"] == [("detained", 14)]


# --- more terms: "have been held", "in (a) critical condition", "sought treatment" (people only) ----------


@pytest.mark.parametrize("sentence, expected", [
    ("About 30 protesters have been held since Monday.", [("detained", 30)]),
    ("A shepherd is in a critical condition after the mine blast.", [("injured", 1)]),
    ("Two children remain in critical condition in Kulob.", [("injured", 2)]),
    ("Nine residents sought medical treatment after the gas leak.", [("injured", 9)]),
])
def test_people_only_terms(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two rallies have been held in the capital.",
    "The bridge is in a critical condition after 3 years of neglect.",
])
def test_people_only_terms_negatives(sentence):
    assert cas(sentence) == []


# --- sub-groups: "… seriously injured and one lightly", "of whom 5 were guards and 7 civilians" ---------


@pytest.mark.parametrize("sentence, expected", [
    ("Three miners were badly hurt and two slightly, the company said.", [("injured", 3), ("injured", 2)]),
    ("The blast wounded 9, of whom 4 were police officers and 5 civilians.",
     [("injured", 9), ("injured", 4), ("injured", 5)]),
])
def test_subgroups(sentence, expected):
    assert kinds_values(sentence) == expected


def test_subgroup_copula_needs_person():
    assert kinds_values("The blast wounded 9, of whom 4 were taken to Dushanbe.") == [("injured", 9)]


# --- corrections "X, not Y, <people> were …"; "a … who was wounded … died" -> killed only -------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Police now say two, not five, smugglers were arrested.", [("detained", 2), ("detained", 5)]),
    ("Seven, not nine, villagers were injured by the mudflow.", [("injured", 7), ("injured", 9)]),
    ("A porter who was injured in the avalanche later died in Khorugh.", [("killed", 1)]),
    ("One soldier who was wounded by a sniper has died.", [("killed", 1)]),
])
def test_corrections_and_relative_deaths(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A porter who was injured in the avalanche was flown to Khorugh.", [("injured", 1)]),
    ("Two guards were killed, not in an ambush but by a mine.", [("killed", 2)]),
])
def test_corrections_and_relative_deaths_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- "the whereabouts of N … unknown" -> missing --------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The whereabouts of four hunters who set out on Monday are unknown.", [("missing", 4)]),
    ("The whereabouts of two porters remain unclear, rescuers said.", [("missing", 2)]),
])
def test_whereabouts_unknown(sentence, expected):
    assert kinds_values(sentence) == expected


def test_whereabouts_known_is_no_claim():
    assert cas("Investigators traced the whereabouts of three suspects to a flat in Kulob.") == []


# --- "one suffered a broken leg": a count word, then the injury verb --------------------------------------


def test_one_suffered_broken_limb():
    assert kinds_values("The hikers got down safely, but one sustained a broken arm.") == [("injured", 1)]


def test_broken_limb_of_a_thing():
    assert cas("One of the tables had a broken leg.") == []
