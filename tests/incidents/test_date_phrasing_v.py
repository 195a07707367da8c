"""Date phrasings found through the dates3 sentence set, each on sentences written for this test.

Ranges of two weekdays ("from Tuesday to Thursday", "between Friday and Sunday"); "the week/month before
last"; "early this month" (days 1–10); "last <Month>" in that month's own article (the one a year before);
"the last/first day of <Month>" and "the last day of the year"; a weekday after "the" before a capitalised
word ("The Friday Courier") and a holiday before a guesthouse or a school (names, not days).
Publication date: Thursday 14 March 2024 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2024-03-14", "https://example.org/v")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected", "head"),
    [
        # two weekdays as one range, ending on the latest such later day on or before publication
        ("Patrols reported shooting from Tuesday to Thursday near Shuroobod.", "from Tuesday to Thursday",
         ("2024-03-12", "2024-03-14"), PUB),
        ("Smugglers tried to cross between Friday and Sunday, the post said.", "between Friday and Sunday",
         ("2024-03-08", "2024-03-10"), PUB),
        ("The crossing stayed shut from Saturday until Wednesday.", "from Saturday until Wednesday",
         ("2024-03-09", "2024-03-13"), PUB),
        # "the week before last" mirrors "last week"; "the month before last" is a calendar month
        ("Two boats were seized the week before last.", "the week before last", ("2024-02-29", "2024-03-06"), PUB),
        ("A mine killed a herder the month before last.", "the month before last", ("2024-01-01", "2024-01-31"),
         PUB),
        ("A mine killed a herder the month before last.", "the month before last", ("2023-11-01", "2023-11-30"),
         header("2024-01-05", "https://example.org/v")),
        # "early this month" is days 1–10 (never past publication)
        ("Dozens of families left Darvoz early this month.", "early this month", ("2024-03-01", "2024-03-10"), PUB),
        ("Dozens of families left Darvoz early this month.", "early this month", ("2024-03-01", "2024-03-06"),
         header("2024-03-06", "https://example.org/v")),
        # "last <Month>" in that month's article is the year before's; in another month the latest one
        ("The road was cut last March by a landslide.", "March", ("2023-03-01", "2023-03-31"), PUB),
        ("The road was cut last February by a landslide.", "February", ("2024-02-01", "2024-02-29"), PUB),
        # the last / first day of a month or of the year
        ("A guard drowned on the last day of February.", "the last day of February", day("2024-02-29"), PUB),
        ("A guard drowned on the last day of February.", "the last day of February", day("2023-02-28"),
         header("2023-06-01", "https://example.org/v")),
        ("The post was reinforced on the first day of March.", "the first day of March", day("2024-03-01"), PUB),
        ("Shots were fired across the river on the last day of the year.", "the last day of the year",
         day("2023-12-31"), PUB),
        ("Shots were fired across the river on the last day of the year.", "the last day of the year",
         day("2024-12-31"), header("2024-12-31", "https://example.org/v")),
    ],
)
def test_date_phrasing_v(body: str, phrase: str, expected: tuple[str, str], head: str) -> None:
    assert dates(body, head).get(phrase) == expected


def test_weekdays_joined_by_and_stay_two_days() -> None:
    got = dates("Shots were heard on Monday and Wednesday near Panj.")
    assert got.get("on Monday") == day("2024-03-11")
    assert got.get("Wednesday") == day("2024-03-13")


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The Friday Courier, a weekly in Khorog, printed the list.", "Friday"),
        ("The Navruz guesthouse in Vanj now houses guards.", "Navruz"),
        ("Pupils of the Nowruz school in Panj were sent home.", "Nowruz"),
    ],
)
def test_not_dates_v(body: str, phrase: str) -> None:
    assert phrase not in dates(body)


def test_weekday_before_a_capitalised_subject_is_still_a_day() -> None:
    # a capitalised word after a weekday without "the" is the sentence going on
    assert dates("On Friday Tajik guards closed the bridge.").get("On Friday") == day("2024-03-08")


# --- anchored phrases (incidents.anaphora) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # the eve of a meeting, a visit, a vote: the day before the day told for it
        ("Delegations met in Khorog on 7 March 2024. On the eve of the meeting, a post near Ryn was fired on.",
         "the eve of the meeting", day("2024-03-06")),
        # a day counted from a holiday named right after it
        ("Guards arrested three men near Panj the day after Nowruz, a spokesman said.", "the day after",
         day("2023-03-22")),
        ("Two boats were seized two days before Independence Day.", "two days before", day("2023-09-07")),
        # "after the clash / the killing": the story's event, not the nearest day told
        ("A guard was killed in a clash at Ishkoshim on 2 March 2024. On Monday 4 March officials visited the "
         "post, and a week after the clash the bridge reopened.", "a week after", day("2024-03-09")),
        ("A herder was shot on 1 March 2024. Police came the following Tuesday; he was buried the day after the "
         "killing.", "the day after", day("2024-03-02")),
        # months and years counted as calendar months: the same day of the month
        ("The checkpoint at Tem closed on 31 January 2024. It reopened a month later.", "a month later",
         day("2024-02-29")),
        ("The bridge shut on 10 January 2024; it reopened two months later and shut again a fortnight later.",
         "a fortnight later", day("2024-03-24")),
        ("Rockets hit Panj on 8 March 2024. A year earlier, on 8 March 2023, a mortar round had landed there.",
         "A year earlier", day("2023-03-08")),
        ("Rockets hit Panj on 8 March 2024. A year earlier the town had been spared.", "A year earlier",
         day("2023-03-08")),
        # halves of the month told before
        ("Most crossings were in the first half of February; in the second half of the month there were two.",
         "the second half of the month", ("2024-02-16", "2024-02-29")),
        ("Most crossings came in late January. In the first half of the month before, none.",
         "late January", ("2024-01-21", "2024-01-31")),
        # the n-th day of an event begun on a day told before: counted from its first day, also when chained
        ("The drill began at Harb-Maidon on 4 March. On the second day tanks crossed the range, and it ended "
         "on the fourth day.", "the fourth day", day("2024-03-07")),
        ("The drill began at Harb-Maidon on 4 March. On the second day tanks crossed the range.",
         "the second day", day("2024-03-05")),
        # the day words were said on is no anchor while an event day of its paragraph was told before it
        ('"On 2 March we lost a patrol boat," the colonel said on Monday. "The day before, we saw lights."',
         "The day before", day("2024-03-01")),
        # ... but with no event day before it, it still is one
        ('The colonel said on Monday that a boat sank. The day before, lights were seen.', "The day before",
         day("2024-03-10")),
    ],
)
def test_anchored_v(body: str, phrase: str, expected: tuple[str, str]) -> None:
    head = PUB if "Nowruz" not in body and "Independence" not in body else header("2023-10-02", "https://example.org/v")
    assert dates(body, head).get(phrase) == expected


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The search entered the third day of the operation on 5 March.", "the third day"),
        ("On the third day of talks, no progress was made.", "the third day"),
        ("The report came out a year earlier than planned, on 2 March.", "a year earlier"),
        ("The post was rebuilt on 1 March 2024, the third day in a row of work.", "the third day"),
    ],
)
def test_not_anchored_v(body: str, phrase: str) -> None:
    assert phrase not in dates(body)
