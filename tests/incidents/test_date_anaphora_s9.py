"""Anaphoric dates resolved against a date said before (or, failing that, after) them.

"The previous day, that is on Saturday" takes the day in apposition; "the previous year" the year
before its paragraph's; "the following spring" / "the previous autumn" the first such season after /
the last before the date told; "the same period a year earlier" that period a year back; "that week"
in what was said on a day speaks of the event; a byline's day and a weekend are not the story's
event; "Four days after a raid …, on 7 May" counts from the day its sentence goes on to name; a longer
interval or "that day" joined to an anaphor counts from that anaphor's day.
Sentences written for this test. Publication date: Wednesday 15 May 2024 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2024-05-15", "https://example.org/ana-s9")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a weekday in apposition after "that is" / "i.e." is the anaphor's day
        ("Two guards were hurt near Khirmanjo on 3 April. The day before, that is on Sunday, a drone was seen"
         " over the post.", "The day before", day("2024-05-12")),
        ("A herder drowned on 9 March. The next day (i.e. on 12 May) the river rose again.", "The next day",
         day("2024-05-12")),
        # "the previous year": the year before the one its paragraph spoke of
        ("The detachment's fuel bill doubled in 2022. The previous year, a new post was built at Yakhsu.",
         "The previous year", ("2021-01-01", "2021-12-31")),
        # with no year before it: the year before publication
        ("The previous year, a new post was built at Yakhsu.", "The previous year", ("2023-01-01", "2023-12-31")),
        # seasons counted from the date told before them
        ("Raiders crossed near Chubek on 20 April 2018; two were caught the following spring.",
         "the following spring", ("2019-03-01", "2019-05-31")),
        ("In June, a lorry was hit on the Kalaikhumb road, and the previous autumn a farmer was shot nearby.",
         "the previous autumn", ("2022-09-01", "2022-11-30")),
        ("A post near Rushon was shelled on 10 January 2020. The next winter it was shelled again.",
         "The next winter", ("2020-12-01", "2021-02-28")),
        # "the same period a year earlier": the period told before, a year back
        ("From February to April 2024 the monitors counted 12 dead, against 5 in the same period a year earlier.",
         "the same period a year earlier", ("2023-02-01", "2023-04-30")),
        ("From 1 March 2023 to 29 February 2024 the toll was 40, up from 31 in the same period of the previous year.",
         "the same period of the previous year", ("2022-03-01", "2023-02-28")),
    ],
)
def test_anaphora_s9(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


def test_that_week_in_what_was_said_on_a_day_is_the_events() -> None:
    body = ("Smugglers were reported shot near Kevron on the night of 4 May.\n\n"
            "The border troops told reporters on Monday that no shots had been fired in the sector that week.")
    assert dates(body)["that week"] == ("2024-04-29", "2024-05-05")


def test_the_previous_day_after_a_said_day_still_counts_from_it() -> None:
    body = ("Smugglers were reported shot near Kevron on the night of 4 May.\n\n"
            "The border troops said on Monday that two men had been detained the previous day.")
    assert dates(body)["the previous day"] == day("2024-05-12")


def test_byline_day_and_weekend_are_not_the_event() -> None:
    body = ("Menu | News | Contact\nBy rustam_k · 15 May 2024 · 4 min read\n\n"
            "I spent last weekend in Rushon, where everybody talked about the raid.\n\n"
            "Before dawn on Thursday, 2 May, guards fired on a boat near the village.\n\n"
            "A shopkeeper said two men were detained the following evening.")
    assert dates(body)["the following evening"] == day("2024-05-03")


def test_cataphora_the_day_named_later_in_its_sentence() -> None:
    body = ("Tolls differ\n\nFour days after a raid on a post near Nisur, officials still disagree about what"
            " happened on Tuesday, 7 May.")
    assert dates(body)["Four days after"] == day("2024-05-11")


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a longer interval joined to an anaphor: from the same event
        ("A conscript went missing at Pastkhuf on 2 March. He was found eight days later, and a smuggler was"
         " arrested four weeks later.", "four weeks later", day("2024-03-30")),
        ("Snow blocked the Kalaikhumb road on 6 January. The next day a convoy turned back, and fuel arrived"
         " only three days later.", "three days later", day("2024-01-09")),
        # "that day" joined to an anaphor: the event's day
        ("A patrol was ambushed near Nisur on 11 February. The previous night, shots were heard, and earlier"
         " that day a trip wire was found.", "that day", day("2024-02-11")),
        # a shorter interval chains
        ("The Tem bridge was closed on 4 June 2023. It reopened two months later, and shut again ten days"
         " later.", "ten days later", day("2023-08-14")),
    ],
)
def test_joined_anaphors(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got
