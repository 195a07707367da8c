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
