"""Attribution phrasing found while reading the misses of sets A, B, S and U (tenth session), on sentences
written for this test (other names, places and figures).

Denials the stance gate does not name (one's own side "did not shoot", "insist that no attacks came from",
"called the figures propaganda", "no information that", "a figure … is too low"); a source's title before its
name in any case or with "of the …" ("Deputy head X", "the head of the district administration, X"); subjects
with a participle or an aside ("Residents of X reached by telephone said", "Villagers in X, about 3 km from
…, told"), "one of them"/"the other"; "An earlier version, published …, said" (a retraction); "accused … of";
"then corrected that to"; "according to X quoted by Y" (two cues); "retracted"; "There are reports that";
"call(s) … baseless". And the near misses next to them.
"""

from __future__ import annotations

import pytest

from incidents.attribution import find_attributions, sentence_stance
from tests.incidents.helpers import att, claims_of, kind


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(text + "\n"), "attribution")]


def stances(text: str) -> list[str]:
    return [a.stance for a in find_attributions(text, 0, len(text))]


@pytest.mark.parametrize("sentence", [
    "The Uzbek side says its soldiers did not shoot.",
    "A spokesman said their guards had not fired across the river that night.",
    "Police in Kunduz said on Friday that their men \"did not fire on residential areas\".",
    "The commander said none of his troops had opened fire.",
    "The governor's office insists that no attacks come from its territory.",
    "Herat officials said no shells came from their side of the river.",
    "A deputy governor called the Tajik figures \"propaganda\".",
    "The local council says it has no information that anyone was detained.",
    "Fishermen in Kalai-Khumb say the official figure is far too low.",
    "A village head said nobody on our side had fired.",
    "The ministry said it was denying the account.",
])
def test_denials_the_gate_does_not_name(sentence):
    assert "denial" in stances(sentence) or sentence_stance(sentence) == "denial"


@pytest.mark.parametrize("sentence, stance", [
    ("A commander said the guards did not fire warning shots.", "official_statement"),  # no object of the denial
    ("Officials said they had no information about the second boat.", "official_statement"),  # "about", not "that"
    ("Residents said the toll was high.", "report"),  # "high", not "too high"
    ("The envoy called the talks useful, the ministry said.", "official_statement"),
])
def test_near_misses_are_no_denials(sentence, stance):
    assert stances(sentence)[-1] == stance


def test_title_before_a_name_in_any_case():
    text = "Acting head Farrukh Nazarov said on Sunday that four men were in custody in Vose."
    assert [s for _, s in cues(text)] == ["official_statement"]
    text = ("The head of the Hamadoni district administration, Bahrom Saidov, told the Kulob Herald that the road "
            "was closed. Saidov said two guards were hurt.")
    assert [s for _, s in cues(text)] == ["official_statement", "official_statement"]


@pytest.mark.parametrize("text, cue", [
    ("Farmers in Vose reached by telephone said a second shepherd had died.",
     "Farmers in Vose reached by telephone said"),
    ("A teacher in Chubek contacted by phone on Sunday said the school was shut.",
     "A teacher in Chubek contacted by phone on Sunday said"),
    ("Shepherds in Zing, about 3 kilometres from the post, told our reporter they heard two blasts.", "told"),
    ("The two drivers, aged 23 and 26, told reporters they had been fishing.", "told"),
    ("Two of them said the boat had overturned.", "Two of them said"),
    ("The regional farmers' association says six of its members are missing.", "The regional farmers' association says"),
])
def test_subjects_with_a_participle_or_an_aside(text, cue):
    assert [c for c, _ in cues(text)] == [cue]


def test_one_of_them_and_the_other():
    text = "Two fishermen survived. One of them said he swam to the island; the other said he held on to a log."
    assert cues(text) == [("One of them said", "report"), ("the other said", "report")]


def test_an_earlier_version_is_retracted():
    text = "This report has been corrected. An earlier version, published on Friday, said that nine people had drowned."
    assert ("said", "retraction") in cues(text)
    text = "An earlier version of this article, citing a district official, said five guards had died."
    assert cues(text)[-1] == ("said", "retraction")


def test_accused_of():
    assert att("Officials in Herat have accused Uzbek patrols of firing first.") == [
        ("Officials in Herat have accused", "Officials in Herat", "official_statement")]
    assert att("The two men accused of smuggling were released on bail.") == []


def test_corrected_that_to():
    text = "In May, the police first reported two drivers killed near Vose, then corrected that to one injured."
    assert [(c, s) for c, _, s in att(text)] == [("the police first reported", "official_statement"),
                                                 ("corrected", "retraction")]
    assert att("The teacher corrected the pupils' essays.") == []


def test_according_to_x_quoted_by_y_is_two_cues():
    text = "Three were injured, according to district officials quoted by Sughd Radio."
    assert [(c, s) for c, _, s in att(text)] == [("according to district officials", "official_statement"),
                                                 ("quoted by Sughd Radio.", "report")]


def test_and_said_the_is_no_inverted_speaker():
    text = "The GKNB confirmed two deaths and said the inquiry would take a week."
    assert [c for c, _, _ in att(text)] == ["The GKNB confirmed"]


def test_retracted():
    assert [(c, s) for c, _, s in att("Sughd Today retracted the story on Tuesday.")] == [("retracted", "retraction")]
    assert att("The channel has not retracted the post.") == []


def test_there_are_reports_that():
    assert [(c, s) for c, _, s in att("There are reports that four traders were held in Ishkoshim.")] == [
        ("reports", "report")]
    assert att("In recent days there have been reports of shooting near Vose.") == []


def test_call_the_claim_baseless_in_the_present():
    assert [(c, s) for c, _, s in att("The Uzbek border service calls the report baseless.")] == [("baseless", "denial")]


# The article-wide gate (lexicon.VERB_GATE) passes sentences whose only reporting verb is "accused" or
# "retracted" on to the attribution finder (before, they never reached it).
@pytest.mark.parametrize(("text", "source", "stance"), [
    ("Farrukh Nazarov accused the Afghan side of opening fire.", "Farrukh Nazarov", "report"),
    ("The weekly Pamir Observer retracted its report on Friday.", None, "retraction"),
])
def test_sentences_with_only_accused_or_retracted_reach_the_finder(text, source, stance):
    found = kind(claims_of(text + "\n"), "attribution")
    assert found and found[0]["stance"] == stance
    if source:
        assert found[0]["source"] == source
