"""Casualty phrasing (session 11): "gave their lives", "held since", a wire headline after a "CORRECTED-" slug,
"put the dead at N and the wounded at M", ", not N" after a longer place/time phrase, and people already counted
referred back to by what happened to them later (buried, back at duty, discharged, a lost limb). Each rule has
negatives. Sentences written for this file."""

from __future__ import annotations

from collections import Counter

from tests.incidents.helpers import claims_of

KINDS = ("killed", "injured", "missing", "detained")


def figures(text: str) -> Counter:
    return Counter((c["kind"], c["value"]) for c in claims_of(text) if c["kind"] in KINDS)


def test_gave_their_lives_is_killed():
    assert figures("Four policemen of the Rasht unit gave their lives in the spring.") == Counter({("killed", 4): 1})


def test_held_since_is_detained():
    assert figures("File 7-33/23. Five Kyrgyz herders held since 4 April 2023 on trespass charges.") \
        == Counter({("detained", 5): 1})


def test_held_since_needs_people():
    assert figures("Two rounds of talks held since March have produced nothing.") == Counter()


def test_corrected_slug_headline():
    assert figures("CORRECTED-Six killed in mortar attack on village near Vose, police say") \
        == Counter({("killed", 6): 1})


def test_put_dead_and_wounded_at():
    assert figures("Early accounts put the dead at three and the wounded at eight.") \
        == Counter({("killed", 3): 1, ("injured", 8): 1})


def test_not_n_after_a_long_place_phrase():
    f = figures("The morgue in Kulob registered five deaths from gunfire in the border villages this spring, not four.")
    assert f == Counter({("killed", 5): 1, ("killed", 4): 1})


def test_buried_people_already_counted():
    text = ("A mortar round killed three farmers near Vose on Friday. In Vose, the three farmers killed in the "
            "shelling were buried on Saturday.")
    assert figures(text) == Counter({("killed", 3): 1})


def test_first_mention_with_event_verb_stays():
    assert figures("Three farmers were killed and buried the same day.")[("killed", 3)] == 1


def test_member_back_at_duty_is_no_figure():
    text = ("Three soldiers were wounded in the blast. One of the three wounded soldiers has returned to duty; "
            "the other, who lost an arm, was discharged in May.")
    assert figures(text) == Counter({("injured", 3): 1})


def test_transfer_of_wounded_still_counts():
    text = "Five guards were hurt. The two wounded men were taken to the hospital in Khorugh."
    assert figures(text)[("injured", 2)] == 1
