"""Casualty figures read from their context (session 14): a figure restated without its kind a few
sentences after the count it restates ("The family counts three.", "Residents put it at nine.", "We
always knew it was four.", "the figure is two: …"), and a count revised in the same breath ("three
died, then four", "from four dead to five"). Each rule has negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_restated_by_counting_or_putting_it_at():
    assert figures("Four people were hurt, the ministry said. The hospital counts six.") \
        == Counter({("injured", 4): 1, ("injured", 6): 1})
    assert figures("Police said five people were injured. Residents put it at nine.") \
        == Counter({("injured", 5): 1, ("injured", 9): 1})


def test_restated_with_a_colon_listing_who():
    got = figures("Two smugglers had been killed, the troops said. A day later they said the figure is three: "
                  "two Afghans and a Tajik.")
    assert got[("killed", 3)] == 1


def test_restated_a_few_sentences_after_the_count():
    got = figures("Relatives said two boys were killed. At the funeral their uncle spoke to me. "
                  "We always knew it was three.")
    assert got == Counter({("killed", 2): 1, ("killed", 3): 1})


def test_restated_pronoun_needs_a_count_and_a_bare_figure():
    assert not figures("It was a cold night. We always knew it was two in the morning.")
    assert figures("Two guards were killed. It was 2021.") == Counter({("killed", 2): 1})
    # no count in the paragraph: nothing to restate
    assert not figures("The river was high. Residents put it at nine metres.")


def test_a_count_revised_in_the_same_breath():
    assert figures("They told us at first that three died, then four.") == Counter({("killed", 3): 1, ("killed", 4): 1})
    assert figures("Officials said two people were injured, then later five.") \
        == Counter({("injured", 2): 1, ("injured", 5): 1})
    got = figures("The troops revised the toll of the June attack from four dead to five.")
    assert got[("killed", 4)] == 1 and got[("killed", 5)] == 1


def test_then_without_a_new_figure_adds_nothing():
    assert figures("Two people were killed, then the police arrived.") == Counter({("killed", 2): 1})
    assert figures("Three were killed in 2021, then 2022 saw calm.") == Counter({("killed", 3): 1})
    assert figures("The ministry said four were injured and then six were detained.") \
        == Counter({("injured", 4): 1, ("detained", 6): 1})
    # "to" is a revision only after "from <figure>"
    assert figures("Three guards were wounded, then taken to Kulob.") == Counter({("injured", 3): 1})
    assert figures("Two men were wounded to the legs.") == Counter({("injured", 2): 1})


def test_a_source_counting_a_group_of_the_dead_or_wounded():
    assert figures("The Monitor counts the Shkev dead as seven, but notes the dispute.") == Counter({("killed", 7): 1})
    assert figures("Local outlets put the quarter's dead at 12.") == Counter({("killed", 12): 1})
    assert figures("The hospital put the wounded at about 20.") == Counter({("injured", 20): 1})
    got = figures("The indictment gave the dead as one border guard, three smugglers and a 60-year-old farmer.")
    assert got == Counter({("killed", 1): 2, ("killed", 3): 1})


def test_counting_words_without_a_figure_of_people():
    assert not figures("The committee counts the dead as martyrs.")
    assert not figures("He gave the wounded as his reason for leaving.")
    assert not figures("The farmers put their dead cattle at 40.")


def test_a_count_of_one_renamed_by_an_apposition_starts_at_one():
    for text, head in (("He said one man from Yangi Qala, a fisherman, had been killed.", "one man"),
                       ("One of his comrades, a 21-year-old private, was killed outright.", "One of his comrades")):
        got = [c for c in claims_of(text) if c["kind"] == "killed"]
        assert [(c["value"], c["text"].startswith(head)) for c in got] == [(1, True)]


def test_a_figure_restated_later_in_a_sentence_that_has_a_count():
    got = figures("Police said two people were killed. By midday the figure had climbed to four, and a spokesman "
                  "confirmed it.")
    assert got == Counter({("killed", 2): 1, ("killed", 4): 1})
    got = figures("Three were wounded. The border troops acknowledged two; relatives said four.")
    assert got == Counter({("injured", 3): 1, ("injured", 2): 1, ("injured", 4): 1})
    got = figures("Three civilians were killed, local media said, twice the official figure of three.")
    assert got == Counter({("killed", 3): 2})


def test_two_sources_in_one_quote():
    got = figures('Two guards were killed. "They say three, people here say ten. Who knows?" said a driver.')
    assert got == Counter({("killed", 2): 1, ("killed", 3): 1, ("killed", 10): 1})


def test_a_restating_frame_takes_the_kind_its_subject_names():
    got = figures("Two guards were killed on Monday. We have corrected the number of injured, which we gave as 14.")
    assert got[("injured", 14)] == 1 and got[("killed", 14)] == 0


def test_restating_frames_before_no_bare_figure_add_nothing():
    assert figures("A man was killed. He recorded 3 incidents in his diary.") == Counter({("killed", 1): 1})
    assert figures("Three guards were killed, officials said, the first toll of 2024.") == Counter({("killed", 3): 1})
    assert figures("Two were hurt. The total cost came to 400 dollars.") == Counter({("injured", 2): 1})


def test_a_revised_count_keeps_its_qualifier():
    got = sorted((c["value"], c["qualifier"]) for c in claims_of("Officials said two people were injured, then at least "
                                                                  "five.") if c["kind"] == "injured")
    assert got == [(2, "exact"), (5, "at_least")]
