"""Date phrasings found while scoring eval set F, each on sentences written for this test.

Weeks and halves of a month, halves and quarters of a year, month-to-month ranges, winters across
two years, last <season>, "the past two weeks" / "24 hours", "a year ago today", "the day before
yesterday", "<weekday> last week", "the beginning of the month", "the previous month" (anaphoric),
holidays, "<weekday>, the 5th", and the non-dates next to them ("Friday prayers", "every Sunday",
clock times, scores, distances, ages, approximate intervals). Publication date of every article here:
Wednesday 9 October 2024.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2024-10-09", "https://example.org/f")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end), published as ``head`` says."""
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # parts of a named month
        ("The crossing was shut in the first week of March.", "the first week of March", ("2024-03-01", "2024-03-07")),
        ("Patrols doubled during the third week of August.", "the third week of August", ("2024-08-15", "2024-08-21")),
        ("Two boats sank in the last week of September.", "the last week of September", ("2024-09-24", "2024-09-30")),
        ("Floods hit the valley in the last week of February 2023.", "the last week of February 2023",
         ("2023-02-22", "2023-02-28")),
        ("Snow closed the pass for the first two weeks of July.", "the first two weeks of July",
         ("2024-07-01", "2024-07-14")),
        ("Most arrests came in the second half of August.", "the second half of August", ("2024-08-16", "2024-08-31")),
        # parts of a named year
        ("Trade fell in the second half of 2022.", "the second half of 2022", ("2022-07-01", "2022-12-31")),
        ("In Q1 2023 the agency logged nine seizures.", "Q1 2023", ("2023-01-01", "2023-03-31")),
        ("Results for H2 2023 were better.", "H2 2023", ("2023-07-01", "2023-12-31")),
        ("Exports grew in the fourth quarter of 2023.", "the fourth quarter of 2023", ("2023-10-01", "2023-12-31")),
        ("In the first three months of 2024 there were two clashes.", "the first three months of 2024",
         ("2024-01-01", "2024-03-31")),
        # month to month
        ("Between April and June, eleven mines were cleared.", "Between April and June", ("2024-04-01", "2024-06-30")),
        ("The market was closed from November 2022 to February 2023.", "from November 2022 to February 2023",
         ("2022-11-01", "2023-02-28")),
        ("Between November and February the river froze.", "Between November and February",
         ("2023-11-01", "2024-02-29")),
        # seasons
        ("The winter of 2021-22 was the coldest in years.", "winter of 2021-22", ("2021-12-01", "2022-02-28")),
        ("Last summer the pasture was mined.", "Last summer", ("2024-06-01", "2024-08-31")),
        ("Last winter three herders froze.", "Last winter", ("2023-12-01", "2024-02-29")),
        ("The road was rebuilt last spring.", "last spring", ("2024-03-01", "2024-05-31")),
        # spans ending at publication
        ("Over the past three weeks, guards seized four boats.", "the past three weeks", ("2024-09-18", "2024-10-08")),
        ("No shots were heard in the past 48 hours.", "the past 48 hours", ("2024-10-07", "2024-10-09")),
        ("The last two weeks were calm.", "The last two weeks", ("2024-09-25", "2024-10-08")),
        ("Since the beginning of the month, six smugglers have been held.", "Since the beginning of the month",
         ("2024-10-01", "2024-10-09")),
        # deictic days
        ("This morning a patrol found a tunnel.", "This morning", day("2024-10-09")),
        ("The day before yesterday a clinic reopened.", "The day before yesterday", day("2024-10-07")),
        ("Two years ago, a bridge collapsed.", "Two years ago", day("2022-10-09")),
        ("A month ago, the school reopened.", "A month ago", day("2024-09-09")),
        ("A fortnight ago, a mine exploded near the road.", "A fortnight ago", day("2024-09-25")),
        ("One year ago today, the ferry sank.", "One year ago today", day("2023-10-09")),
        # weekdays of a named week
        ("The convoy left on Monday last week.", "on Monday last week", day("2024-09-30")),
        ("The envoy arrived on Tuesday this week.", "on Tuesday this week", day("2024-10-08")),
        ("Officials spoke on Saturday, the 5th, at noon.", "on Saturday, the 5th", day("2024-10-05")),
        # beginning/start = early, never past publication
        ("At the beginning of the month, a guard was hurt.", "the beginning of the month", ("2024-10-01", "2024-10-09")),
        ("At the start of the year, new permits were issued.", "the start of the year", ("2024-01-01", "2024-04-30")),
        # a year as the subject of a sentence
        ("By most counts, 2023 was a quiet year on the river.", "2023", ("2023-01-01", "2023-12-31")),
        # a month-year heading without a preposition
        ("Border report: August 2023\n\nTwo men were detained.", "August 2023", ("2023-08-01", "2023-08-31")),
    ],
)
def test_set_f_phrasings(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # "the previous month": the month before the one the text is about, else before publication's
        ("The clinic opened on 12 July. Its staff had arrived the previous month.", "the previous month",
         ("2024-06-01", "2024-06-30")),
        ("He said the previous month had been quiet.", "the previous month", ("2024-09-01", "2024-09-30")),
        # "the third quarter of the year": the year the text is about
        ("Attacks rose in 2022. In the third quarter of the year, nine were recorded.",
         "the third quarter of the year", ("2022-07-01", "2022-09-30")),
        ("The second half of the year was calmer.", "The second half of the year", ("2024-07-01", "2024-12-31")),
        # holidays: the last one on or before the nearest preceding day, else publication
        ("The clash was on 2 April 2023. A guard had been hurt at Nowruz.", "Nowruz", day("2023-03-21")),
        ("Fireworks were fired on Independence Day.", "Independence Day", day("2024-09-09")),
        ("Crowds gathered in Kabul on Afghanistan's Independence Day.", "Independence Day", day("2024-08-19")),
        # "a fortnight later": fourteen days on from the anchor
        ("A boat sank on 1 May. A fortnight later, its owner was arrested.", "A fortnight later", day("2024-05-15")),
    ],
)
def test_set_f_anaphoric(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


@pytest.mark.parametrize(
    "body",
    [
        "The imam spoke at Friday prayers about the smugglers.",
        "The bazaar opens every Sunday near the bridge.",
        "Nearly two weeks after the raid, nobody had been charged.",
        "The patrol covered 1,300 km of the river.",
        "The shooting began at 04:30 and lasted an hour.",
        "Casualties were reported as of seven this morning.",
        "The victim, a man aged 35, was a farmer.",
        "The local team lost 3-7 to the visitors.",
        "Permits are issued within 48 hours.",
        "Prices in 2019-20 were stable.",
        "The patrol logged 1,2024 was a typo in the report.",
        "Room 2023 was locked.",
    ],
)
def test_set_f_non_dates(body: str) -> None:
    assert dates(body) == {}


def test_en_dash_year_pair_keeps_the_first_year_only() -> None:
    assert dates("Prices in 2019–20 were stable.") == {"2019": ("2019-01-01", "2019-12-31")}
