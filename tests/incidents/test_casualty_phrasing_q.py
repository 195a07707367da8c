"""Casualty phrasings of many registers (bulletins, blotters, hospital notes, court and stringer copy):
partitive and bulletin zeros, a zero that closes the figure before it, the agent of an active verb,
label words, a "number of …" label, a described "1 (a …)", and a few lexicon entries. Every sentence is
written for these tests, with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of

CASUALTY_KINDS = ("killed", "injured", "missing", "detained")


def _kv(text: str) -> list[tuple[str, float]]:
    return sorted((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS)


# --- "Not one of the 40 … was hurt", "detained none", "Dead: none" ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Not one of the 35 workers at the plant was hurt in the blast.", [("injured", 0)]),
    ("Not one of the guards on duty that night was killed.", [("killed", 0)]),
    ("Not one was hurt, the mayor said.", [("injured", 0)]),
    ("Police dispersed some 500 demonstrators but detained none of them.", [("detained", 0)]),
    ("Wounded: 4. Dead: none.", [("injured", 4), ("killed", 0)]),
    ("Arrested: 6; missing: none.", [("detained", 6), ("missing", 0)]),
])
def test_partitive_and_bulletin_zeros(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Not one but two soldiers were killed.", [("killed", 2)]),  # no zero: "not one but two"
    ("One of the 12 guards was hurt.", [("injured", 1)]),
    ("The army killed none other than the group's leader.", []),
])
def test_partitive_zero_negatives(text, expected):
    assert _kv(text) == expected


# --- a zero between a figure and a verb closes the figure ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The court said 12 clerks were fined, 3 were suspended and none was arrested.", [("detained", 0)]),
    ("About 300 people joined the march, and the police detained none of them.", [("detained", 0)]),
    ("Five officers were reprimanded and no one was detained.", [("detained", 0)]),
])
def test_zero_closes_the_figure_before_it(text, expected):
    assert _kv(text) == expected


def test_figures_before_their_own_verb_still_count():
    assert _kv("Three men were arrested and none was injured.") == [("detained", 3), ("injured", 0)]


# --- the agent of an active verb with an object ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A gunman killed a taxi driver in Bokhtar.", [("killed", 1)]),
    ("Two attackers wounded a guard at the gate.", [("injured", 1)]),
    ("Four gunmen killed three villagers before escaping.", [("killed", 3)]),
    ("A sniper shot dead two border guards.", [("killed", 2)]),
])
def test_agent_of_active_verb_is_not_a_victim(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two soldiers killed, three wounded in the clash.", [("injured", 3), ("killed", 2)]),
    ("Three policemen were killed and a guard wounded.", [("injured", 1), ("killed", 3)]),
    ("Two fishermen killed in the blast were buried on Friday.", [("killed", 2)]),
    ("Five civilians wounded by shrapnel were taken to Kulob.", [("injured", 5)]),
])
def test_agent_rule_leaves_passive_figures(text, expected):
    assert _kv(text) == expected


# --- label words, "number of …" labels, "1 (a …)" ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Hospitalized: 5. Deceased: 2.", [("injured", 5), ("killed", 2)]),
    ("Deceased - 3, hospitalised - 7.", [("injured", 7), ("killed", 3)]),
    ("The deceased was buried in Vose.", []),
    ("Missing: 1 (a shepherd). Injured: 2 (incl. a boy).", [("injured", 1), ("injured", 2), ("missing", 1)]),
])
def test_label_words(text, expected):
    assert _kv(text) == expected


def test_number_of_label_takes_the_figure_after_it():
    text = "Deaths on the roads of the region amounted to 14 (fourteen), the number of injured - 40 (forty)."
    assert ("injured", 14) not in _kv(text)
    assert ("injured", 40) in _kv(text)


# --- lexicon entries -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Three of our brothers achieved martyrdom in the clash.", [("killed", 3)]),
    ("Four workers remain in intensive care after the fire.", [("injured", 4)]),
    ("Relatives of the two deceased waited outside the morgue.", [("killed", 2)]),
    ("Rangers said 3 argali were killed by poachers.", []),
    ("The hospital has 12 beds in intensive care.", []),
])
def test_lexicon_entries(text, expected):
    assert _kv(text) == expected


# --- asides that rename the one already counted ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Doctors said one of the patients, a boy of nine, died overnight.", [("killed", 1)]),
    ("A taxi driver from Bokhtar, an ethnic Uzbek, was also wounded.", [("injured", 1)]),
    ("A man, a woman and a child were killed.", [("killed", 1), ("killed", 1), ("killed", 1)]),
])
def test_asides_renaming_the_counted_one(text, expected):
    assert _kv(text) == expected


# --- "a group of …", "among the detained there are …", "received a wound" ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Police detained a group of traders at the bazaar.", []),
    ("A gang of smugglers was arrested near the river.", []),
    ("Police detained a trader at the bazaar.", [("detained", 1)]),
    ("Among the detained there are three students.", [("detained", 3)]),
    ("Among the arrested there were two women.", [("detained", 2)]),
    ("One guard received a light wound to the leg.", [("injured", 1)]),
    ("Two soldiers received wounds in the exchange of fire.", [("injured", 2)]),
    ("Two soldiers received awards for bravery.", []),
])
def test_groups_inverted_lists_and_received_wounds(text, expected):
    assert _kv(text) == expected


# --- "presumed drowned", detention places, freed parts, a bare plural subject after a comma ----------------

@pytest.mark.parametrize("text,expected", [
    ("Two boatmen are presumed drowned after the storm.", [("missing", 2)]),
    ("A herder is presumed dead after the avalanche.", [("missing", 1)]),
    ("Two boatmen drowned after the storm.", [("killed", 2)]),
])
def test_presumed_dead_is_missing(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Guards are searching for three inmates who fled from a detention centre.", []),
    ("Two men broke out of a pre-trial detention facility in Kulob.", []),
    ("Three activists remain in detention in Khorugh.", [("detained", 3)]),
])
def test_detention_places(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Three of the eight traders detained at the market were freed on Friday.", [("detained", 8)]),
    ("Half of the 20 students arrested at the rally have since been released.", [("detained", 20)]),
    ("Of the 19 people detained, 11 were later released.", [("detained", 19)]),
    ("Three of the eight traders detained at the market were Afghans.", [("detained", 3), ("detained", 8)]),
])
def test_freed_part_of_a_detained_group(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Our side dead 4, civilians wounded, no figures yet.", []),
    ("Three, not four, guards were killed.", [("killed", 3), ("killed", 4)]),
])
def test_bare_plural_subject_after_a_comma(text, expected):
    assert _kv(text) == expected


# --- "still held", "who have been held", rising counts of arrests and of the hurt ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Border guards freed six herders; three still held, officials say.", [("detained", 3)]),
    ("The four men still held in Kulob deny the charges.", [("detained", 4)]),
    ("The judge heard the case of the five activists, who have been held since May.", [("detained", 5)]),
    ("Two villages still held by the militants were shelled.", []),
    ("Two meetings, which were held on Monday, ended without a deal.", []),
])
def test_still_held(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The number of people arrested after the protest has risen to 14.", [("detained", 14)]),
    ("The number of those hurt in the blast rose to 9.", [("injured", 9)]),
    ("The number of people missing has climbed to 6.", [("missing", 6)]),
    ("The number of checkpoints on the road has risen to 14.", []),
])
def test_rising_counts(text, expected):
    assert _kv(text) == expected


# --- "5+", "approximately", "the lives of", "one life" ---------------------------------------------------------

def test_plus_sign_is_at_least():
    got = [(c["kind"], c["value"], c.get("qualifier")) for c in claims_of("3 dead, 10+ hurt in the crash.")
           if c["kind"] in CASUALTY_KINDS]
    assert sorted(got) == [("injured", 10, "at_least"), ("killed", 3, "exact")]


@pytest.mark.parametrize("text,expected", [
    ("Police detained approximately 30 people at the market.", [("detained", 30)]),
    ("The river has taken the lives of more than 40 children since 2010.", [("killed", 40)]),
    ("The mudflow took the lives of 3 herders and a boy.", [("killed", 1), ("killed", 3)]),
    ("The blaze claimed one life, firefighters said.", [("killed", 1)]),
    ("He was given one life sentence and two shorter terms.", []),
    ("The reform changed the lives of 300 families.", []),
])
def test_lives_and_left_qualifiers(text, expected):
    assert _kv(text) == expected


# --- tolls with longer or possessive phrases, quoted or qualified figures; qualified labels ------------------------

def _kvq(text: str) -> list[tuple[str, float, str]]:
    return sorted((c["kind"], c["value"], c.get("qualifier")) for c in claims_of(text) if c["kind"] in CASUALTY_KINDS)


@pytest.mark.parametrize("text,expected", [
    ("The death toll has reached more than 60.", [("killed", 60, "more_than")]),
    ('Officials said the toll had reached "at least 15" by nightfall.', [("killed", 15, "at_least")]),
    ("The number of deaths from the bus-and-truck collision near Vose stands at 5.", [("killed", 5, "exact")]),
    ("The blast raised the death toll from Monday's attack to 9.", [("killed", 9, "exact")]),
    ('The paper put the death toll at two and the number of injured at "up to six".',
     [("injured", 6, "up_to"), ("killed", 2, "exact")]),
    ("The toll road to Khorugh reopened after 3 days.", []),
])
def test_toll_phrases(text, expected):
    assert _kvq(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dead - around 20, the witness said.", [("killed", 20, "about")]),
    ("Injured: at least 7. Missing: 2.", [("injured", 7, "at_least"), ("missing", 2, "exact")]),
])
def test_qualified_labels(text, expected):
    assert _kvq(text) == expected


# --- "Of the 19 … detained near Panj, 14 were …": a breakdown after a place or time phrase ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Of the 30 people injured in the blast on Monday, 12 were soldiers.", [("injured", 12), ("injured", 30)]),
    ("Of the 9 traders detained near Kulob, 6 were Afghans.", [("detained", 6), ("detained", 9)]),
    ("Of the 12 people killed, four were children and two were women.",
     [("killed", 2), ("killed", 4), ("killed", 12)]),
    ("Of the three guards killed, two were conscripts, a relative of one of them said.",
     [("killed", 2), ("killed", 3)]),
    ("Of the 19 people detained on Monday, 11 were later released.", [("detained", 19)]),
])
def test_breakdown_after_place_phrase(text, expected):
    assert _kv(text) == expected


# --- "along with N", "took N people to hospital", stringers ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A police commander was killed along with 2 of his guards in the ambush.", [("killed", 1), ("killed", 2)]),
    ("A farmer was wounded in the shelling, along with three of his sons.", [("injured", 1), ("injured", 3)]),
    ("Two guards were killed along with 20 sheep.", [("killed", 2)]),
    ("Ambulances took 12 people to hospital after the blast.", [("injured", 12)]),
    ("Buses took 40 pilgrims to the shrine.", []),
    ("The Taliban detained a local stringer in Taloqan.", [("detained", 1)]),
])
def test_along_with_and_hospital_runs(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The unit lost no personnel during the winter.", [("killed", 0)]),
    ("The detachment lost no men in the clash, its commander said.", [("killed", 0)]),
    ("The team lost no time in starting the search.", []),
])
def test_lost_no_personnel(text, expected):
    assert _kv(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Border troops liquidated a group of armed violators numbering 3 (three) persons.", [("killed", 3)]),
    ("Police detained a gang of smugglers numbering 6 people.", [("detained", 6)]),
    ("Officials met a group of elders numbering 12.", []),
    ("A crowd numbering 300 gathered outside.", []),
])
def test_group_numbering(text, expected):
    assert _kv(text) == expected
