"""Attribution phrasing classes from the tenth session's third round (sets Z and ZA), on composed sentences."""
from incidents.attribution import find_attributions


def cues(text):
    return [(text[a.start:a.end], a.stance) for a in find_attributions(text, 0, len(text))]


def test_appositive_with_auxiliary_and_adverb():
    t = "A regional weekly, Pamir Post, had earlier reported six deaths."
    assert ("reported", "report") in cues(t)


def test_figure_changed_by_its_publisher_is_a_retraction():
    assert cues("The channel later changed its figure to three.") == [("The channel later changed", "retraction")]
    assert cues("The route was changed the next day.") == []


def test_figure_withdrawn_in_a_relative_clause():
    t = "On Monday a Kulob blog reported five people dead, a figure it withdrew that evening."
    assert ("withdrew", "retraction") in cues(t)


def test_reports_later_withdrawn_or_corrected():
    assert cues("Initial reports of nine dead were inaccurate and were later corrected.") == [
        ("were later corrected", "retraction")]
    assert cues("The post was shared widely before it was withdrawn.") == []


def test_since_deleted_footnote():
    assert ("since deleted", "retraction") in cues("[5] Post on the governor's channel, 3 May, since deleted.")


def test_progressive_speech_verbs():
    assert cues("Several channels were saying seven guards had died.") == [("channels were saying", "report")]
    assert cues("Kabul media are also reporting that a boy was hurt.")[0][1] == "report"
    assert cues("What the Telegram channels are saying about the clash") == []


def test_inverted_speaker_with_possessive():
    t = '"He was shot twice, not once," said her brother, Rustam.'
    assert ("said", "report") in cues(t)


def test_dispute_with_a_quantifier_object():
    assert cues("Fishermen dispute much of the official version.") == [("Fishermen dispute", "denial")]


def test_plural_possessive_count_and_figure():
    assert cues("By the border guards' own count, nine residents have died.")[0][1] == "official_statement"
    assert cues("The customs officers' figure for the month was 4 detained.")[0][0] == "figure"


def test_possessive_pronoun_figure_with_value():
    assert [c for c, _ in cues("Its figure for the spring was 6 killed.")] == ["figure"]


def test_country_alone_is_its_government():
    assert cues("Kyrgyzstan said on Friday that two herders had died.")[0][1] == "official_statement"


def test_maintain_and_allege_that():
    assert cues("The widows maintain that the men were unarmed.")[0][1] == "report"
    assert cues("Police in Balkh allege that the boat carried fuel.")[0][1] == "official_statement"


def test_denials_of_origin_and_of_firing():
    assert cues("Officials in Kunduz said the shells had not come from Afghan territory.")[0][1] == "denial"
    assert cues("A militia commander said none of the gunmen had come from his area.")[0][1] == "denial"
    assert cues('The commander said "nobody from our unit" had fired.')[0][1] == "denial"
    assert cues("Taliban officials said nobody on their side was injured.")[0][1] == "denial"


def test_a_later_speaker_without_a_denial_states():
    t = "Taliban officials say their men did not fire, and police in Balkh say they detained four smugglers."
    assert [st for _, st in cues(t)] == ["denial", "official_statement"]


def test_figures_added_together_are_no_cue():
    t = "Locals counted 14 dead, against 11 according to official figures from both capitals added together."
    assert not any(c.endswith("added") for c, _ in cues(t))
