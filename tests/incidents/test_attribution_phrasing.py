"""Attribution phrasings found while scoring the dev sets, each on a sentence written for this test."""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, header, kind

PUB = header("2024-06-14")


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["stance"]) for c in kind(claims_of(PUB + text), "attribution")]


def test_pronoun_subject_takes_the_earlier_speaker() -> None:
    got = cues("Police spokesman Karim Sadiqi told reporters the road was closed. He said two shops burned.")
    assert ("He said", "official_statement") in got
    src = [c["source"] for c in kind(claims_of(PUB + "Police spokesman Karim Sadiqi told reporters the road "
                                               "was closed. He said two shops burned."), "attribution")]
    assert src[-1] != "He"


def test_first_person_rejection_is_a_denial() -> None:
    assert ("We categorically reject", "denial") in cues("The ministry issued a note. We categorically reject such claims.")


def test_second_verb_after_and_shares_the_speaker() -> None:
    got = cues("A security source told a local website that guards fired flares and denied that shells hit homes.")
    assert [s for t, s in got if t == "denied"] == ["denial"]


def test_interjection_between_subject_and_verb() -> None:
    got = cues("Local sources in Kunduz, however, said the shooting lasted an hour.")
    assert any(t.endswith("said") for t, _ in got)


def test_quoted_source_after_citing() -> None:
    got = cues('The paper, citing "sources in the ministry", said the post was abandoned.')
    assert any(t.startswith("citing") for t, _ in got)


def test_withdrawal_notice_is_a_retraction() -> None:
    got = cues("Central Asia Wire has withdrawn a story that reported ten deaths.")
    assert ("has withdrawn", "retraction") in got


def test_unquoted_denial_without_a_speaker() -> None:
    got = cues("Reports that ten people died do not correspond to reality.")
    assert ("do not correspond to reality", "denial") in got


def test_claims_as_a_noun_is_not_a_cue() -> None:
    got = cues('"These claims are groundless," the spokesman said.')
    assert not any(t.startswith("These") for t, _ in got)


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        # present-tense plural "say", "tell", "writes", "notes", "testified": the article-wide cue scan
        # must let these sentences through to the attribution finder
        ("Residents say at least three houses were damaged by the shelling.", "say"),
        ("Local officials in Vanj say two men are still missing.", "say"),
        ("Border Monitor writes that two guards were wounded near Panj.", "writes"),
    ],
)
def test_present_tense_reporting_verbs_are_attributions(body: str, verb: str) -> None:
    claims = kind(claims_of("published: 2025-03-10\n---\n" + body), "attribution")
    assert [c["text"] for c in claims if verb in c["text"]], claims
