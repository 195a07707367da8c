"""Date phrasings found while scoring eval set H, each on sentences written for this test.

Ranges of days across two months ("28 March – 3 April 2025", "between 31 March and 3 April"), "the
first three weeks of <Month>", "This spring", parts of a month after publication's day ("late June"
in a mid-June article: the year before), a day "of that year", "the following afternoon", "the
following / previous week" and "that week" (calendar weeks of the event), and the non-dates next to
them. Publication date of every article here: Friday 14 June 2024.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2024-06-14", "https://example.org/h")
WINTER_PUB = header("2025-01-20", "https://example.org/h")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end), published as ``head`` says."""
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a range of days across two months is one claim
        ("The survey ran 27 February – 4 March 2023 in six villages.", "27 February – 4 March 2023",
         ("2023-02-27", "2023-03-04")),
        ("Roads were shut from 29 April to 2 May.", "29 April to 2 May", ("2024-04-29", "2024-05-02")),
        ("Between 30 May and 6 June, four boats were seized.", "30 May and 6 June", ("2024-05-30", "2024-06-06")),
        ("The talks lasted from March 30 until April 2, 2022.", "March 30 until April 2, 2022",
         ("2022-03-30", "2022-04-02")),
        ("Reporting period: 29 December 2023 – 4 January 2024.", "29 December 2023 – 4 January 2024",
         ("2023-12-29", "2024-01-04")),
        ("Fighting on 30 December – 2 January 2024 displaced dozens.", "30 December – 2 January 2024",
         ("2023-12-30", "2024-01-02")),
        # the first / last weeks of a month
        ("Guards held nine couriers in the first three weeks of March.", "the first three weeks of March",
         ("2024-03-01", "2024-03-21")),
        ("Rain fell through the last two weeks of February.", "the last two weeks of February",
         ("2024-02-16", "2024-02-29")),
        # "this <season>": the season of publication's year, whole
        ("This spring the melt brought down old mines.", "This spring", ("2024-03-01", "2024-05-31")),
        ("Patrols will double this summer, the commander said.", "this summer", ("2024-06-01", "2024-08-31")),
        # a part of a month that starts after publication's day is last year's
        ("In late June a herder lost a hand to a mine.", "late June", ("2023-06-21", "2023-06-30")),
        ("By the end of June the ferry had stopped.", "the end of June", ("2023-06-21", "2023-06-30")),
        ("In mid-June a boat sank near the island.", "mid-June", ("2024-06-11", "2024-06-20")),
        ("In early June a boat sank near the island.", "early June", ("2024-06-01", "2024-06-10")),
        ("The market closed in June.", "June", ("2024-06-01", "2024-06-30")),
    ],
)
def test_set_h_phrasings(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # "<day> of that year": the year the text spoke of before, and anaphors count on from that day
        ("The flood came in the spring of 2021. On 9 April of that year, a bridge fell.", "9 April",
         day("2021-04-09")),
        ("Talks failed in 2019. By November 3 of the same year, the post was shut.", "November 3",
         day("2019-11-03")),
        ("Shelling began in 2022. On 14 May of that year a school was hit. A boy died two days later.",
         "two days later", day("2022-05-16")),
        ("In 2020 the clashes were the worst. In October of that year, six died.", "October",
         ("2020-10-01", "2020-10-31")),
        ("In 2020 the clashes were the worst. In late October of that year, six died.", "late October",
         ("2020-10-21", "2020-10-31")),
        # "the following afternoon" counts from the event day, like "the following morning"
        ("Guards were shot at late on Tuesday. One of them died the following afternoon.",
         "the following afternoon", day("2024-06-12")),
        ("A boat was hit on 3 May. Its pilot was found that afternoon.", "that afternoon", day("2024-05-03")),
        # weeks of the event: Monday to Sunday
        ("A mine exploded on 8 May. Deminers cleared the field the following week.", "the following week",
         ("2024-05-13", "2024-05-19")),
        ("A mine exploded on 8 May. Patrols had been doubled the previous week.", "the previous week",
         ("2024-04-29", "2024-05-05")),
        ("A mine exploded on Sunday 12 May. Two more were found that week.", "that week",
         ("2024-05-06", "2024-05-12")),
    ],
)
def test_set_h_anaphoric(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


def test_winter_only_while_one_is_on() -> None:
    assert dates("This winter has been the coldest in years.", WINTER_PUB)["This winter"] == (
        "2024-12-01", "2025-02-28")
    assert dates("This winter will be hard for the herders.") == {}


def test_two_days_joined_by_and_stay_two_claims() -> None:
    got = dates("Boats were seized on 3 March and 5 April.")
    assert got == {"3 March": day("2024-03-03"), "5 April": day("2024-04-05")}


def test_that_year_after_a_day_is_no_claim_of_its_own() -> None:
    got = dates("The post opened in 2018. On 2 June of that year it was shelled.")
    assert "that year" not in got and got["2 June"] == day("2018-06-02")


@pytest.mark.parametrize(
    "body",
    [
        "The following weeks were calm along the river.",
        "Over the next week, patrols will be doubled.",
        "This spring water is safe to drink, the doctor said.",
        "The boys, aged 12 to 14, were treated for cuts.",
        "That year-long dispute is over.",
    ],
)
def test_set_h_non_dates(body: str) -> None:
    assert dates(body) == {}
