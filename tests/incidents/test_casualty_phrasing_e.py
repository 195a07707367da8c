"""Casualty and attribution phrasings found through eval set E, each rule on sentences written for
these tests (not taken from the set's articles), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from incidents.casualties import find_casualties
from tests.incidents.helpers import att, kinds_values


def cas(text: str) -> list[tuple[str, str, float | None, str]]:
    """(kind, anchor text, value, qualifier) of every casualty claim in one sentence."""
    return [(c.kind, text[c.start:c.end], c.value, c.qualifier) for c in find_casualties(text, 0, len(text), [])]


# --- casualties ---------------------------------------------------------------------------------------

def test_table_cells_take_the_kind_of_their_label():
    assert kinds_values("Casualties in Vose district: Killed: 3 | Injured: 6 | Missing: 1") == [
        ("killed", 3), ("injured", 6), ("missing", 1)]
    assert kinds_values("Dead: 0 | Wounded: 2") == [("killed", 0), ("injured", 2)]


def test_a_label_is_only_a_label_before_a_colon():
    assert kinds_values("The report lists 40 households displaced: 12 in Vose.") == []


def test_the_named_group_then_its_count_in_all():
    assert kinds_values("The dead, five in all, were buried in their home villages on Friday.") == [("killed", 5)]
    assert kinds_values("The wounded, two in total, were flown to the capital.") == [("injured", 2)]


def test_the_named_group_without_in_all_is_not_a_count():
    assert kinds_values("The wounded, 30 kilometres from the nearest clinic, waited for hours.") == []


def test_dash_range_takes_the_lower_number_at_least():
    assert cas("Between 4-6 fishermen were wounded near the island.") == [
        ("injured", "4-6 fishermen were wounded", 4, "at_least")]


def test_or_so_and_a_couple_of_are_approximate():
    assert cas("A dozen or so porters were detained at the crossing.")[0][2:] == (12, "about")
    assert cas("A couple of herders were hurt by falling rocks.")[0][2:] == (2, "about")


def test_or_so_after_a_non_casualty_count_is_no_claim():
    assert kinds_values("Twenty or so families left the village for the winter.") == []


def test_of_the_n_injured_then_a_subgroup():
    assert kinds_values("Of the 11 injured, four are conscripts.") == [("injured", 11), ("injured", 4)]


def test_subgroup_of_them_after_a_semicolon():
    assert kinds_values("Of the six wounded, three are officers; two of them need surgery.") == [
        ("injured", 6), ("injured", 3), ("injured", 2)]


def test_a_severity_note_after_words_and_a_comma_is_not_joined():
    # "... injured on Sunday, one of them badly": set A leaves severity notes of this shape out
    assert kinds_values("Three herders were injured on Sunday, one of them badly.") == [("injured", 3)]


def test_partitive_of_the_next_figure():
    assert kinds_values("Seven of the 20 deaths occurred in Vanj.") == [("killed", 7), ("killed", 20)]


def test_partitive_of_a_non_casualty_noun_is_no_claim():
    assert kinds_values("Seven of the 20 posts were closed in May.") == []


def test_escaped_unharmed_is_an_injured_zero_not_a_count():
    assert cas("The two porters with him escaped unharmed.") == [("injured", "escaped unharmed", 0, "exact")]
    assert kinds_values("All four passengers were unhurt.") == [("injured", 0)]


def test_no_loss_of_life_and_no_losses():
    assert kinds_values("The shelling caused no loss of life, the regional governor said.") == [("killed", 0)]
    assert sorted(kinds_values("Our unit suffered no losses.")) == [("injured", 0), ("killed", 0)]


def test_no_one_had_been_injured_is_injured_only():
    assert kinds_values("Officials said no one had been injured in the fire.") == [("injured", 0)]


def test_killed_or_wounded_is_a_combined_count():
    assert kinds_values("Some 40 people have been killed or wounded since 2019.") == []
    assert kinds_values("How many guards were killed or injured last year?") == []


def test_bodies_of_the_n():
    assert kinds_values("Rescuers recovered the bodies of the three climbers on Monday.") == [("killed", 3)]


def test_a_number_before_the_bodies_of_is_not_their_count():
    assert kinds_values("A patrol of 12 found the bodies near the bank.") == []


def test_buried_n_people():
    assert kinds_values("Villagers buried three shepherds on the hillside.") == [("killed", 3)]


def test_buried_things_are_not_deaths():
    assert kinds_values("Smugglers buried two sacks of hashish near the river.") == []


def test_that_killed_is_active():
    assert kinds_values("A Tajik rocket that killed nine men was fired at dawn.") == [("killed", 9)]


def test_toll_with_words_before_at():
    assert kinds_values("Local radio put the toll in the valley villages at 14.") == [("killed", 14)]


def test_medical_treatment_and_injury_terms():
    assert kinds_values("Five conscripts received medical treatment after the blast.") == [("injured", 5)]
    assert kinds_values("One sustained a head injury.") == [("injured", 1)]


def test_ranks_are_persons():
    assert kinds_values("A sergeant was killed and a corporal wounded.") == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize("text", [
    "The guard, 27, said the post had been quiet.",  # an age
    "It could have killed a dozen people, the engineer said.",  # a hypothetical
    "The mother of one of the dead spoke to reporters.",  # a person of the group
    "The clash in 2021 left the post damaged.",  # a year
    "The unit patrolled 15 km of the bank without casualties reported by name.",  # a unit-bearing number
])
def test_negatives_stay_negative(text):
    assert [k for k, _ in kinds_values(text) if k != "killed" or _ != 0] == []


# --- attribution ---------------------------------------------------------------------------------------

def test_subject_behind_an_aside():
    got = att("A source in the regional police, speaking on condition of anonymity, told reporters the road was shut.")
    assert got == [("told", "A source in the regional police", "report")]


def test_outlet_with_an_appositive():
    got = att("Ovozi Vakhsh, a Bokhtar daily, reports that the market stayed shut.")
    assert got == [("reports", "Ovozi Vakhsh", "report")]


def test_relative_subject():
    got = att("The figures differ from those of the district council, which said six houses burned.")
    assert got[-1][0] == "said" and got[-1][1] == "the district council" and got[-1][2] == "official_statement"


def test_impersonal_passive():
    got = att("It was reported on Monday that the crossing had reopened.")
    assert got == [("It was reported", "unnamed reports", "report")]


def test_passive_told_at_an_institution():
    got = att("The paper was told at the Ministry of Internal Affairs that an inquiry had begun.")
    assert got == [("told", "Ministry of Internal Affairs", "official_statement")]


def test_capitalised_quoting():
    got = att("Quoting district officials, a local site said the bridge was damaged.")
    assert ("Quoting district officials", "district officials", "official_statement") in got


def test_bare_report_and_confirm_are_verbs_only_as_verbs():
    assert att("Residents report long queues at the clinic.")[0][2] == "report"
    assert att("Police confirm that the road is open.")[0][1].lower() == "police"
    assert all(cue != "report" for cue, _, _ in att("A police report said the road is open."))


def test_anonymous_sources_are_reports_whoever_they_work_for():
    assert att("An unnamed official told the radio that talks had stalled.")[0][2] == "report"
    assert att("A source in the defence ministry said the unit was moved.")[0][2] == "report"


def test_hospital_as_institution_versus_a_doctor_there():
    assert att("The district hospital in Vose confirmed that four patients were admitted.")[0][2] == "official_statement"
    assert att("A nurse at the Vose hospital said four patients were admitted.")[0][2] == "report"


def test_correction_notice_cues():
    got = att("A story published on Friday incorrectly stated that the post had been abandoned.")
    assert [st for _, _, st in got] == ["retraction"]
    assert att("Our story of 2 May incorrectly reported that the post had been abandoned.")[0][2] == "retraction"
    assert att("The original article also said the post was abandoned.")[0][2] == "retraction"
    assert att("Correction: the same source now says one man was hurt, not three.")[0][2] == "retraction"


def test_plural_institutions_are_official():
    got = att("According to figures from district health departments, the clinics are short of staff.")
    assert got[0][2] == "official_statement"
