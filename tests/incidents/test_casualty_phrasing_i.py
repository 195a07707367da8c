"""Casualty phrasings found through eval set I, each rule on sentences written for these tests (not
taken from the set's articles), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import cas, claims_of, header, kind, kinds_values

# --- "claims the lives of", "cost N lives" ------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Landslide near the border post claims the lives of five.", [("killed", 5)]),
    ("The ambush cost the lives of two deminers and a driver.", [("killed", 2), ("killed", 1)]),
    ("Storms took the lives of three herders last winter.", [("killed", 3)]),
    ("Mines have claimed 23 lives, nine of them children, since the war.", [("killed", 23), ("killed", 9)]),
    ("The shelling cost at least four civilian lives, officials said.", [("killed", 4)]),
])
def test_lives_taken(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The new ferry took three hours to cross and cost 18,000 somoni.",
    "Quick work by the medics saved four lives on Tuesday.",
    "He claimed two boats were seized near the post.",
])
def test_lives_taken_negatives(sentence):
    assert [k for k, _, _ in cas(sentence) if k == "killed"] == []


# --- enumerated dead: "the fatalities are / comprised …" --------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The fatalities are a lieutenant, 27, and a cook, 52.", [("killed", 1), ("killed", 1)]),
    ("Doctors said the fatalities comprised four villagers and a shepherd.", [("killed", 4), ("killed", 1)]),
    ("A teacher and her husband were killed when the shell hit.", [("killed", 1), ("killed", 1)]),
])
def test_enumerated_dead(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The fatalities are the third this year in the district.",
    "A father of three and his brother were questioned by police.",
])
def test_enumerated_dead_negatives(sentence):
    assert cas(sentence) == []


def test_a_figure_with_its_own_verb_after_and_is_not_an_object():
    s = "The blast killed a porter, and three more men were left with shrapnel wounds, police said."
    assert kinds_values(s) == [("killed", 1), ("injured", 3)]


# --- new terms: martyrs, fatally shot, needing treatment, bullet wounds, hit, recovering, buried ------------


@pytest.mark.parametrize("sentence, expected", [
    ("\"Just four martyrs,\" the district chief said.", [("killed", 4)]),
    ("A customs officer was fatally shot at the crossing on Monday.", [("killed", 1)]),
    ("The raid left two guards dead and six others needing hospital treatment.", [("killed", 2), ("injured", 6)]),
    ("A fifth man crawled ashore with a bullet wound to the thigh.", [("injured", 1)]),
    ("A herder was struck by a bullet while watering his flock.", [("injured", 1)]),
    ("\"Five others were hit,\" a nurse told reporters.", [("injured", 5)]),
    ("Three people died and two are recovering, the clinic said.", [("killed", 3), ("injured", 2)]),
    ("After the clash, six villagers were buried in the hillside cemetery.", [("killed", 6)]),
    ("Two more, including a mechanic from the depot, sustained injuries.", [("injured", 2), ("injured", 1)]),
    ("Of the wounded, three underwent surgery overnight.", [("injured", 3)]),
])
def test_new_terms(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two vehicles were hit by stray rounds.",
    "Two anti-tank mines were buried under the track.",
    "Prices are recovering after two weeks of closures.",
    "The 40 kilograms of hashish were buried near the bank.",
    "At 07:00 the convoy was hit by a landslide.",
])
def test_new_terms_negatives(sentence):
    assert cas(sentence) == []


# --- zero parts, unsplit totals, reported deaths of the wounded ------------------------------------------


def test_none_of_them_after_bodies():
    s = "Six bodies were pulled from the water, none of them Afghan."
    assert kinds_values(s) == [("killed", 6), ("killed", 0)]


def test_none_of_them_seriously_is_no_zero():
    assert kinds_values("Four guards were wounded, none of them seriously.") == [("injured", 4)]


def test_harmed_zero():
    assert kinds_values("None of our soldiers had been harmed, the ministry said.") == [("injured", 0)]


def test_unsplit_casualties_total_gives_only_its_split():
    s = "Monitors recorded 40 civilian casualties in the province, including 12 deaths."
    assert kinds_values(s) == [("killed", 12)]


def test_unsplit_casualties_alone_is_no_figure():
    assert cas("The office has recorded 61 civilian casualties since 2022.") == []


def test_subgroup_without_its_own_noun_still_shares_the_term():
    s = "Seven people, including two children, were killed."
    assert kinds_values(s) == [("killed", 7), ("killed", 2)]


def test_one_of_the_injured_reported_to_have_died():
    s = "One of the wounded, a 30-year-old driver, is said to have died on Sunday."
    assert kinds_values(s) == [("killed", 1)]


# --- markdown tables: each cell of a casualty column -----------------------------------------------------

_TABLE = """| District | Incidents | Deaths | Wounded | Casualties |
|---|---|---|---|---|
| Panj | 4 | 2 | 7 | 9 |
| Total | 6 | 0 | 11 | 11 |
"""


def test_table_cells_in_one_block():
    assert kinds_values(_TABLE) == [("killed", 2), ("injured", 7), ("killed", 0), ("injured", 11)]


def test_table_rows_as_sentences_read_their_header():
    text = header("2025-04-02") + "Monthly figures\n\n" + _TABLE + "\nNo further incidents were reported.\n"
    got = [(c["kind"], c["text"], c["value"]) for c in kind(claims_of(text), "killed", "injured")]
    assert got == [("killed", "2", 2), ("injured", "7", 7), ("killed", "0", 0), ("injured", "11", 11)]


@pytest.mark.parametrize("table", [
    "| Year | Incidents | Seizures (kg) |\n|---|---|---|\n| 2023 | 14 | 40 |\n",
    "| Province | Casualties |\n|---|---|\n| Takhar | 12 |\n",
    "| Time | Event |\n|---|---|\n| 07:00 | two boats seized |\n",
])
def test_table_negatives(table):
    assert cas(table) == []


# --- a breakdown after a dash, hospital/clinic admissions beyond a long gap, "fell in the line of duty" ----


@pytest.mark.parametrize("sentence, expected", [
    ("Police put the number of dead at five - three smugglers and two guards.",
     [("killed", 5), ("killed", 3), ("killed", 2)]),
    ("Four people died – a conscript and three shepherds.", [("killed", 4), ("killed", 1), ("killed", 3)]),
    ("The memorial lists six servicemen \"who fell in the line of duty\" since 2021.", [("killed", 6)]),
    ("Eight villagers were taken to the district clinic after the blast.", [("injured", 8)]),
    ("Three more people were admitted to the regional hospital overnight, the nurse on duty tells us, "
     "bringing the number of injured to 11.", [("injured", 3), ("injured", 11)]),
])
def test_dash_breakdown_clinic_and_line_of_duty(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two guards were killed - police said 40 kilograms of hashish were seized.", [("killed", 2)]),
    ("The clinic treated 14 patients for flu over three hours.", []),
    ("Two doctors were taken to the clinic by helicopter.", []),
])
def test_dash_breakdown_and_clinic_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- ordinals renamed between commas ("the second, Private K, 19, was buried"; "a fourth, a boy of eight, …") --


@pytest.mark.parametrize("sentence, expected", [
    ("Two guards died that night; the second, Corporal Aziz Rahimov, 22, was buried in his village.",
     [("killed", 2), ("killed", 1)]),
    ("A mine killed two brothers; a third, a boy of ten, lost a hand.", [("killed", 2), ("injured", 1)]),
    ("The first was released; the second, a trader from Kulob, was detained for a week.", [("detained", 1)]),
])
def test_ordinal_with_apposition(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The second, a quieter meeting in March, was held in Dushanbe.",
    "He came second, a full minute behind, and was cheered by 600 mourners.",
])
def test_ordinal_with_apposition_negatives(sentence):
    assert cas(sentence) == []


# --- a figure renamed between dashes ------------------------------------------------------------------------


def test_dashed_apposition_after_a_figure():
    s = "Two were operated on and one - a guard hit in the neck - died on Friday."
    assert kinds_values(s) == [("killed", 1)]


@pytest.mark.parametrize("sentence, expected", [
    ("Police detained five men - a record for the district - on Monday.", [("detained", 5)]),
    ("The attack killed four - the highest toll this year - and wounded nine.", [("killed", 4), ("injured", 9)]),
    ("The ferry made two trips - a rare sight - before dark.", []),
])
def test_dashed_apposition_negatives(sentence, expected):
    assert kinds_values(sentence) == expected


# --- the wounded moved on for care: a part of the group ----------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Seven people were taken to the clinic in Vanj, of whom three were later referred to Khorugh.",
     [("injured", 7), ("injured", 3)]),
    ("Eight guards were wounded, four of whom were airlifted to the capital.", [("injured", 8), ("injured", 4)]),
])
def test_wounded_moved_on(sentence, expected):
    assert kinds_values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Six men were detained, of whom two were later released.", [("detained", 6)]),
    ("Six men were detained, of whom two were later moved to Kulob.", [("detained", 6)]),
    ("Twelve families were moved to the school, of whom four were later transferred to tents.", []),
])
def test_wounded_moved_on_negatives(sentence, expected):
    assert kinds_values(sentence) == expected
