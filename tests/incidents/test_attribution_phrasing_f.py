"""Attribution phrasings found through eval set F, each rule on sentences written for these tests (not
taken from the set's articles), with the negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import att


def sources(text: str) -> list[str]:
    return [s for _, s, _ in att(text)]


def test_named_place_with_district_as_subject():
    assert sources("• 5 May – Residents of Ishkoshim district report gunfire across the river.") == [
        "Residents of Ishkoshim district"]
    assert sources("Officials of Kunduz province said the post was rebuilt.") == ["Officials of Kunduz province"]


def test_deny_is_a_verb_though_the_shared_gate_lacks_it():
    assert att("Afghan officials deny it.") == [("Afghan officials deny", "Afghan officials", "denial")]


def test_possessive_and_police_before_a_group_head():
    assert sources("In Balkh, the Taliban's provincial police chief said two couriers were held.") == [
        "the Taliban's provincial police chief"]
    assert sources("The regional police commander said the road was open.") == ["The regional police commander"]


def test_authors_and_researchers_speak():
    assert sources("The pattern is clear, the researchers say: clashes are more frequent.") == ["the researchers"]


def test_part_of_a_group_after_for():
    assert sources("After the verdict, lawyers for two of the defendants said they would appeal.") == [
        "lawyers for two of the defendants"]


def test_bare_report_after_a_plural_subject_at_the_clause_end():
    assert att("The bridge is closed, villagers report.") == [("villagers report", "villagers", "report")]


@pytest.mark.parametrize("sentence", [
    "A police report.",
    "It was all in the police report.",
    "Both sides report.",          # no plural noun subject of the right shape
])
def test_bare_report_noun_negatives(sentence):
    assert att(sentence) == []


def test_tells_and_write_to_us():
    assert sources("Two more units moved up, a source in Kulob tells us.") == ["a source in Kulob"]
    assert sources("Since midnight, residents of the village write to us that the shooting has not stopped.") == [
        "residents of the village"]


@pytest.mark.parametrize("sentence", [
    "We write to the ministry every week.",                       # correspondence, not a report
    "The centre wrote to the ministry in May asking for records.",
    "Clashes in Rushon district have claimed the lives of four guards.",  # no speaker
    "The shelling claimed the life of a shepherd.",
    '"Nobody tells us anything," the father said.',               # "Nobody" is no source
])
def test_speech_verb_negatives(sentence):
    assert all(src not in {"We", "The centre", "Nobody"} and "district" not in src and "shelling" not in src.lower()
               for src in sources(sentence))


def test_nobody_is_no_source_but_the_speaker_is():
    assert sources('"Nobody tells us anything," the father said.') == ["the father"]


# --- speaker after a quotation, appositions, "put the toll at" ------------------------------------------

def test_speaker_after_a_quotation():
    assert att('"We lost everything," said a woman who asked not to be named.') == [("said", "a woman", "report")]
    assert sources('"Where is the army?" added the elder of the village.') == ["the elder"]


def test_verb_before_a_speaker_without_a_quotation_is_left_alone():
    assert att("As the minister said a week ago, the post will reopen.") == [
        ("the minister said", "the minister", "official_statement")]


def test_apposition_between_subject_and_verb():
    assert sources("The wounded guard, Private Ali Karimov, testified that the men fired first.") == [
        "Private Ali Karimov"]
    assert sources("In court, the youngest defendant, 23, said he had been beaten.") == ["the youngest defendant"]


def test_apposition_negatives():
    assert att("The guard, who was 24, said nothing more.") == []  # a relative clause, not a name or age


def test_put_the_toll_at():
    assert sources("Four were reported dead; local Telegram channels put the number at six.") == [
        "local Telegram channels"]
    assert att("They put the boats in the water at dawn.") == []


def test_government_side_speaks_officially():
    assert att("Earlier, the Tajik side had said the market was open.") == [
        ("the Tajik side had said", "the Tajik side", "official_statement")]


@pytest.mark.parametrize("sentence", [
    "What does the other side say?",
    "And what did the Afghan side say about the shooting?",
])
def test_a_question_is_no_attribution(sentence):
    assert att(sentence) == []
