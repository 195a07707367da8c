"""Attribution phrasings found while reading the misses of sets G, J, K and O (ninth session), each on a
sentence written for this test."""

from __future__ import annotations

from incidents.attribution import find_attributions
from tests.incidents.helpers import claims_of, header, kind

PUB = header("2025-09-20")


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(PUB + text), "attribution")]


def test_subject_with_a_relative_verb_right_after_who() -> None:
    got = cues("Radio Amu interviewed a militia commander who denied any crossing and said the dead were shepherds.")
    assert any(t.endswith("denied") and st == "denial" for t, st in got)
    assert not any(t.startswith("said") for t, _ in got)  # one statement, counted once


def test_relative_speech_verb_and_main_verb_are_one_cue() -> None:
    got = cues("A lorry driver who said he had seen the raft counted five.")
    assert [t for t, _ in got] == ["said"]
    got = cues("A customs officer who testified on Tuesday said the injured men had recovered.")
    assert len(got) == 1 and got[0][0].endswith("said")


def test_but_say_takes_the_clause_subject() -> None:
    got = cues("The Rushon police have opened an inquiry but say there is no sign that the boys were shot.")
    assert ("say", "official_statement") in got
    assert any(t == "said" for t, _ in cues(
        "On Sunday, the provincial health office in Kunduz declined to comment on the arrests but said two men were in custody."))


def test_and_with_a_bare_verb_is_no_cue() -> None:
    assert cues("Travellers should keep away from the bank, stay indoors and report any gunfire to the police.") == []


def test_confirm_or_deny_is_no_denial() -> None:
    got = cues("A spokesman for the governor in Fayzabad declined to confirm or deny the arrests but said "
               "four suspects had been handed over to prosecutors.")
    assert got and all(st != "denial" for _, st in got)


def test_earlier_version_of_this_story_is_a_retraction() -> None:
    got = cues("An earlier version of this story said six guards had been wounded near Kalai-Khumb.")
    assert got and got[0][1] == "retraction"


def test_plain_heads_opening_a_sentence_with_an_aside() -> None:
    got = cues("Villagers in the valley, speaking by telephone, said at least four people had died near Vanj.")
    assert any(t == "said" for t, _ in got)


def test_tell_our_reporter() -> None:
    assert any(t.endswith("tell") for t, _ in cues("Farmers in Yol tell our reporter that the firing began at dawn."))


def test_heads_of_hospitals_and_districts_speak_officially() -> None:
    got = cues("The chief doctor of the Vose hospital told our correspondent that three bodies had been brought in.")
    assert got and got[0][1] == "official_statement"
    got = cues("Q: The district said two people were hurt near Vanj.")
    assert got and got[0][1] == "official_statement"
    got = cues("Rushon's district police chief, Davlat Nazarov, said the boat was empty.")
    assert got and got[0][1] == "official_statement"


def test_mixed_sources_report() -> None:
    got = cues("Two fishermen drowned near Ishkoshim, neighbours and a district official said.")
    assert got and got[-1][0].startswith("neighbours and") and got[-1][1] == "report"
    got = cues("Five people died, according to villagers and police officers interviewed by Steppe Review.")
    assert got and got[0][1] == "report"


def test_command_and_customs_are_official() -> None:
    got = cues("According to the northern military command, a patrol of four stepped on a mine near Khorugh.")
    assert got and got[0][1] == "official_statement"
    got = cues("Imports fell by a third in 2024, according to customs data published on Friday.")
    assert got and got[0][1] == "official_statement"


def test_labels_and_reports_as_nouns() -> None:
    assert cues("Field notes - Darvoz district, 2 May: a shepherd was hurt.") == []
    got = cues("Three people died in May, according to official and media reports compiled by Frontier Desk.")
    assert [t.split()[0] for t, _ in got] == ["according"]


def test_reported_missing_is_no_cue() -> None:
    assert cues("Three herders reported missing on Friday came home on Saturday.") == []
    assert cues("Two miners were reported dead by the regional hospital.")  # a passive with its agent still speaks


def test_put_losses_at() -> None:
    got = cues("The border troops, in a statement, put Afghan losses at seven and said none of their own men were hurt.")
    assert [t for t, _ in got] == ["put"]


def test_remind_that_speaks_when_the_sentence_reaches_the_finder() -> None:
    text = "The State Committee reminds that since May its units in Sughd have detained 40 people."
    got = find_attributions(text, 0, len(text))
    assert got and got[0].stance == "official_statement" and text[got[0].start:got[0].end].endswith("reminds")
    text = "The committee reminded him of his promise."
    assert find_attributions(text, 0, len(text)) == []
