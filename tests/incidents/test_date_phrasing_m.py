"""Date phrasings found while scoring dev sets M and N, each on sentences written for this test.

A month after a "Last year," lead is that month of the year before publication ("Last year, in June",
"Last year, on a Sunday in March"); "a Sunday" with an indefinite article is no resolved weekday;
"February to mid-May" is one range ending with the month part; "since the summer" is the latest summer.
Publication date: Tuesday 10 October 2023 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, header

PUB = header("2023-10-10", "https://example.org/m")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        ("Last year, in June, a boy from the village drowned in the Panj.", "June", ("2022-06-01", "2022-06-30")),
        ("Last year, on a Sunday in March, a herder was shot near the river.", "March",
         ("2022-03-01", "2022-03-31")),
        ("Last year during July two fishermen disappeared near Vanj.", "July", ("2022-07-01", "2022-07-31")),
        ("The earlier count of nine dead covered February to mid-May only.", "February to mid-May",
         ("2023-02-01", "2023-05-20")),
        ("Officials logged raids from March to late April.", "from March to late April",
         ("2023-03-01", "2023-04-30")),
        ("Farmers have counted three shootings on this bend since the summer.", "summer",
         ("2023-06-01", "2023-08-31")),
    ],
)
def test_phrasing_m(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


def test_month_without_last_year_lead_keeps_publication_year() -> None:
    got = dates("In June a boy from the village drowned; last year the river was calmer.")
    assert got.get("June") == ("2023-06-01", "2023-06-30"), got


@pytest.mark.parametrize(
    "body",
    [
        "On a Friday, the market in Ishkoshim is always crowded.",
        "A Monday rarely passes without a patrol on the island.",
    ],
)
def test_indefinite_weekday_is_no_date(body: str) -> None:
    assert dates(body) == {}


# A schedule of the report's own next issue or meeting, a plan, a forecast past publication: no event's date.
@pytest.mark.parametrize(
    "body",
    [
        "Our next bulletin will be released in November.",
        "The next press conference is on Thursday.",
        "Her brother said he had hoped to return home in the autumn.",
        "Analysts expect crossings to increase in the winter of 2023-24 as the river freezes.",
    ],
)
def test_hypothetical_is_no_date(body: str) -> None:
    assert dates(body) == {}


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a plan in another clause leaves the event's day alone
        ("He planned to sell his cattle, but on Friday he was shot near the ford.", "on Friday",
         ("2023-10-06", "2023-10-06")),
        # a forecast word before a past date: the date stands
        ("As expected, the river rose in June and two boys drowned.", "June", ("2023-06-01", "2023-06-30")),
        # "the next day" is an anaphor, not a schedule
        ("Guards fired on 2 October. The next day, on 3 October, the post was shelled.", "3 October",
         ("2023-10-03", "2023-10-03")),
    ],
)
def test_hypothetical_neighbours_stay_dates(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


# "a week after three … were killed": counted from another event with its own toll and no date here;
# a report's own earlier issue ("Last week's digest"); the moment tolls "stood at": no event's date.
@pytest.mark.parametrize(
    "body",
    [
        "The ambush came a week after two soldiers were wounded at a post upstream.",
        "Police were deployed three days after four more fishermen went missing.",
        "Last week's bulletin said three people drowned near Panj.",
        "Yesterday's edition gave the wrong district.",
        "Casualty figures are given as they stood at the end of the year.",
    ],
)
def test_relations_and_own_issues_are_no_dates(body: str) -> None:
    assert dates(body) == {}


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        ("Guards fired near Ryn on 2 October. Two days after the attack, a boat sank.", "Two days after",
         ("2023-10-04", "2023-10-04")),
        ("Last week's shooting killed two herders.", "Last week's", None),
        ("Last week's shooting killed two herders.", "Last week", ("2023-10-03", "2023-10-09")),
    ],
)
def test_relation_and_issue_neighbours_stay_dates(body: str, phrase: str, expected: tuple[str, str] | None) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # "the year before" a year said in its sentence; alone, the year before publication
        ("Guards detained 212 people in 2019, up from 150 the year before.", "the year before",
         ("2018-01-01", "2018-12-31")),
        ("The year before, the ford at Aivaj was calm.", "The year before", ("2022-01-01", "2022-12-31")),
        # "that year" takes the year of the date in its own sentence over an older year stated before it
        ("After the 2016 unrest, little changed: in August a commander told me two guards had been wounded"
         " that year.", "that year", ("2023-01-01", "2023-12-31")),
        ("In 2016 the post was rebuilt. Two guards were wounded that year.", "that year",
         ("2016-01-01", "2016-12-31")),
        # "that month" opening a paragraph after an aside on another month: the story's event month
        ("Two guards were shot near Aivaj on 14 September.\n\nLast year, in May, a herder drowned here.\n\n"
         "It was not the only shooting that month.", "that month", ("2023-09-01", "2023-09-30")),
        # in the paragraph of its month: that month
        ("Two guards were shot near Aivaj on 14 September.\n\nIn May 2021 a herder drowned, the second death"
         " that month.", "that month", ("2021-05-01", "2021-05-31")),
    ],
)
def test_anaphora_m(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


def test_month_as_event_adjective_with_year_qualifier() -> None:
    got = dates("Q: And the August protests this year? A: I will not discuss them.")
    assert got == {"August": ("2023-08-01", "2023-08-31")}, got
    got = dates("The April events last year are still not explained.")
    assert got == {"April": ("2022-04-01", "2022-04-30")}, got


def test_this_year_apart_from_a_month_stays() -> None:
    got = dates("In June, a boy drowned. This year the river is higher.")
    assert got.get("This year") == ("2023-01-01", "2023-10-10"), got  # README: to the reference date
    assert got.get("June") == ("2023-06-01", "2023-06-30"), got


@pytest.mark.parametrize("text, expected", [
    # "the following/next/previous <weekday>": counted from the day told before it, not from publication
    ("Two herders went missing on 4 March. Their bodies were found the following Sunday.",
     {"4 March": ("2025-03-04", "2025-03-04"), "the following Sunday": ("2025-03-09", "2025-03-09")}),
    ("The talks opened on Saturday 15 March. The previous Thursday, a guard had been shot.",
     {"on Saturday 15 March": ("2025-03-15", "2025-03-15"), "The previous Thursday": ("2025-03-13", "2025-03-13")}),
    # "next Friday" is still to come: no date claim (future dates are not claims)
    ("The commission is due to report next Friday.", {}),
])
def test_weekdays_counted_from_another_day(text, expected):
    assert date_spans(header("2025-03-20") + text) == expected
