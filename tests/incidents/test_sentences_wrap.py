"""Hard-wrapped prose: a line break inside a sentence is a soft wrap, while headlines, list items,
table rows and transcript turns keep their own lines (incidents/sentences.py)."""

from __future__ import annotations

import pytest

from incidents.sentences import split_sentences
from tests.incidents.helpers import claims_of, header, kind

WRAPPED = (
    "The shooting began shortly after dusk near the village of Shkev, the district official told\n"
    "reporters. A patrol of five men was fired on from the other bank. One\n"
    "sergeant was killed on the spot and a cook who had come to help them was wounded in the\n"
    "arm, he said.\n"
)


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_wrapped_prose_is_split_at_sentence_ends_only():
    assert texts(WRAPPED) == [
        "The shooting began shortly after dusk near the village of Shkev, the district official told\nreporters.",
        "A patrol of five men was fired on from the other bank.",
        "One\nsergeant was killed on the spot and a cook who had come to help them was wounded in the\narm, he said.",
    ]


def test_figures_across_a_wrapped_line_are_found():
    found = [(c["kind"], c["value"]) for c in kind(claims_of(header("2025-05-02") + WRAPPED), "killed", "injured")]
    assert found == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize("text, expected", [
    # a headline above its paragraph is a line of its own (shorter than the paragraph's wrap width)
    ("Border guard killed in night clash on the Panj river\n"
     "DUSHANBE, 3 May (Test Wire) - A Tajik border guard was killed in a night clash with smugglers\n"
     "on the Panj, officials said.\n",
     ["Border guard killed in night clash on the Panj river",
      "DUSHANBE, 3 May (Test Wire) - A Tajik border guard was killed in a night clash with smugglers\non the Panj, "
      "officials said."]),
    # list items, even long ones without a full stop
    ("Casualties reported by the district administration over the whole week of fighting\n"
     "- two border guards killed in the first exchange of fire near the river crossing point\n"
     "- four civilians injured by stray rounds in the market of the neighbouring village\n",
     ["Casualties reported by the district administration over the whole week of fighting",
      "- two border guards killed in the first exchange of fire near the river crossing point",
      "- four civilians injured by stray rounds in the market of the neighbouring village"]),
    # table rows
    ("Province      | Killed | Injured\nBadakhshan    | 2      | 5\nTakhar        | 1      | 0\n",
     ["Province      | Killed | Injured", "Badakhshan    | 2      | 5", "Takhar        | 1      | 0"]),
    # transcript turns and a label line ending in a colon
    ("ANCHOR: Has anyone on the other side of the river commented on the shooting so far today\n"
     "ALIEV: Not yet, they have not said anything to us or to the agencies in Kabul\n",
     ["ANCHOR: Has anyone on the other side of the river commented on the shooting so far today",
      "ALIEV: Not yet, they have not said anything to us or to the agencies in Kabul"]),
    ("The ministry gave these figures for the first quarter of the year:\nthree dead, five wounded\n",
     ["The ministry gave these figures for the first quarter of the year:", "three dead, five wounded"]),
    # clock-time entries of a live page
    ("14:20 - The district hospital says it has received nine wounded from the crossing so far\n"
     "14:05 - Shooting reported at the bridge\n",
     ["14:20 - The district hospital says it has received nine wounded from the crossing so far",
      "14:05 - Shooting reported at the bridge"]),
])
def test_lines_that_are_not_wraps_stay_apart(text, expected):
    assert texts(text) == expected


def test_a_lower_case_continuation_joins_even_a_short_line():
    assert texts("Two guards and their\ndriver were hurt.\n") == ["Two guards and their\ndriver were hurt."]


def test_a_line_ending_a_sentence_still_ends_it():
    assert texts("Two guards were hurt in the attack on the post near the river crossing.\n"
                 "Nobody has claimed responsibility for it so far, the committee said.\n") == [
        "Two guards were hurt in the attack on the post near the river crossing.",
        "Nobody has claimed responsibility for it so far, the committee said."]


def test_incl_is_an_abbreviation():
    assert texts("Nine people were injured (incl. 2 children) in the blast.") == [
        "Nine people were injured (incl. 2 children) in the blast."]


WRAPPED_PHRASES = (
    "The district chief said two shepherds were wounded by gunfire near the river crossing; no\n"
    "one was killed. Officials added that no Tajik servicemen were\n"
    "hurt and that the attackers had crossed from the Tajik-Afghan\n"
    "border area near Panj before dawn on Sunday, the ministry said.\n"
)


def test_phrases_split_by_a_wrap_are_read_as_one_line_but_quoted_as_written():
    text = header("2025-05-02") + WRAPPED_PHRASES
    found = kind(claims_of(text), "killed", "injured")
    assert [(c["kind"], c["value"]) for c in found] == [("injured", 2), ("killed", 0), ("injured", 0)]
    for c in claims_of(text):
        assert text[c["start"]:c["end"]] == c["text"]  # the source, line breaks and all
        assert text[c["sentence_start"]:c["sentence_start"] + len(c["sentence"])] == c["sentence"]
    assert found[1]["text"] == "no\none was killed"
    assert "\n" in found[2]["sentence"]


def test_windows_line_endings_unwrap_to_two_spaces():
    """A CRLF wrap becomes two spaces (offsets must stay the source's): sentences and claims are as with
    LF and quote the source exactly, but a phrase split by the wrap ("were  hurt") is not read as one
    (a known limit; plain-text feeds wrap with LF)."""
    text = header("2025-05-02") + WRAPPED_PHRASES.replace("\n", "\r\n")
    found = kind(claims_of(text), "killed", "injured")
    assert ("injured", 2) in [(c["kind"], c["value"]) for c in found]
    for c in claims_of(text):
        assert text[c["start"]:c["end"]] == c["text"]
