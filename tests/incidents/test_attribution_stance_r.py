"""Stance cues found while scoring eval set R, on sentences written for this test.

Denials that the dead or held were combatants ("they were not militants"), of firing in the perfect
("had not fired a single shot"), of involvement ("no one from our village was involved"), and of a record
("has no record of such a case"); a correction notice with no other cue word ("The title … has been
changed"); a pronoun after a denier whose own plain sentence is no denial. And the near misses next to them.
"""

from __future__ import annotations

import pytest

from incidents.attribution import sentence_stance
from incidents.lexicon import CHECKED_VERB_GATE, NOTICE_GATE, STANCE_GATE, gate
from tests.incidents.helpers import claims_of, kind


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(text + "\n"), "attribution")]


@pytest.mark.parametrize("sentence", [
    "His cousin said the two men were not militants but goatherds.",
    "The village elder insisted the dead were not fighters.",
    "Karim was not a smuggler, his neighbour told reporters.",
    "The family says the boys weren't traffickers at all.",
    "The commander told the agency his unit had not fired a single shot that night.",
    "Our soldiers have not fired any shots across the river, a captain said.",
    "The district governor told reporters that no one from his district was involved.",
    "A village head said nobody from their community had been involved.",
    "The regional hospital says it has no record of such a patient.",
])
def test_denial_cues(sentence):
    assert sentence_stance(sentence) == "denial"
    assert gate(sentence.lower(), STANCE_GATE)


@pytest.mark.parametrize("sentence, stance", [
    ("The guard was not hurt, his commander said.", "report"),  # "not hurt" is no denial
    ("The ministry did not say how many were killed.", "official_statement"),  # "did not say" denies nothing
    ("A witness said the militants were not from the village.", "report"),  # "not from", not "not militants"
    ("Residents said the gunmen had fired from the island.", "report"),
    ("No one from the embassy was available for comment.", "official_statement"),  # no "involved"
    ("The clinic keeps a record of every patient, a nurse said.", "report"),
    ("Police said they were not sure of the number.", "report"),  # no cue: the source decides later
])
def test_near_misses_are_no_denials(sentence, stance):
    assert sentence_stance(sentence) == stance


def test_denial_in_an_attributed_sentence():
    assert [s for _, s in cues("The uncle of one of the boys said they were not smugglers.")] == ["denial"]
    assert [s for _, s in cues("Relatives said the dead were civilians.")] == ["report"]


def test_pronoun_after_a_denier_with_a_plain_sentence_is_no_denial():
    text = ('"Those two were not smugglers, they were students," said Rustam Nazarov, an uncle of one of them. '
            "He said the boat had capsized near the bank.")
    assert cues(text) == [("said Rustam Nazarov", "denial"), ("He said", "report")]


def test_pronoun_after_a_denier_with_a_negation_goes_on_denying():
    text = ('The district chief told us the dead men were not fighters. '
            "He said no shooting had happened on his side.")
    assert [s for _, s in cues(text)] == ["denial", "denial"]


@pytest.mark.parametrize("sentence", [
    "The headline of this item, “Ten dead in river clash”, has been changed.",
    "The title of the earlier version has been amended.",
])
def test_changed_headline_is_a_notice(sentence):
    assert gate(sentence.lower(), NOTICE_GATE)
    assert cues(sentence) == [("has been changed" if "changed" in sentence else "has been amended", "retraction")]


def test_changed_without_a_publication_is_no_notice():
    assert cues("The guard rota has been changed since the clash.") == []


def test_records_is_a_checked_verb_fragment():
    assert gate("the logbook records the following:", CHECKED_VERB_GATE)


def test_denial_after_a_semicolon_is_the_second_speakers():
    text = "A local channel reported that a shepherd died of his wounds; the clinic says it has no record of such a patient."
    assert [s for _, s in cues(text)] == ["report", "denial"]


def test_denial_before_a_semicolon_stays_with_the_first_speaker():
    text = "The uncle said the boys were not smugglers; police said the inquiry goes on."
    assert cues(text)[0][1] == "denial"
