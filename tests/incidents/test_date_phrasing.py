"""Date phrasings found while scoring the dev sets, each on sentences written for this test.

Anaphoric dates ("the following day", "two days later", "On the same day", "that year") count from a
date said before them; the other cases are pattern rules (seasons, "at the weekend", "a week ago",
"this year", a weekday introducing a calendar date, "Today" ending a name). Publication date of
every article here: Friday 14 June 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from incidents.anaphora import resolve_anaphora
from incidents.dating import DateMention, find_dates
from tests.incidents.helpers import claims_of, date_spans, day, header, kind

PUB = header("2024-06-14")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end), published as ``head`` says."""
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # the nearest preceding day in the same paragraph
        ("Gunmen fired on a patrol late on Tuesday, and a wounded guard died the following day.",
         "the following day", day("2024-06-12")),
        ("The convoy was stopped on 3 May. The drivers were released the next morning.",
         "the next morning", day("2024-05-04")),
        ("A mine exploded near the river on 20 March 2023. Two days later a second blast hit the same field.",
         "Two days later", day("2023-03-22")),
        ("The post was shelled on Sunday. A week later the shelling resumed.", "A week later", day("2024-06-16")),
        ("Smugglers were detained on 2 May 2022; the previous day a patrol had seen their boat.",
         "the previous day", day("2022-05-01")),
        # a range anchor: counting on starts from its last day
        ("The clash on the night of 8 to 9 June left one dead; another guard died the following day.",
         "the following day", day("2024-06-10")),
        # an explicit date in apposition wins over arithmetic
        ("The raid took place on 10 June. Three days earlier, on 6 June, a drone had been seen.",
         "Three days earlier", day("2024-06-06")),
        # no date before it: a look-back counts from publication, a look-forward stays unknown
        ("Villagers said they had warned the police two days earlier.", "two days earlier", day("2024-06-12")),
        ("Officials said the bridge reopened the following day.", "the following day", (None, None)),
    ],
)
def test_anaphoric_day(body: str, phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert dates(body)[phrase] == expected


def test_same_day_in_a_later_paragraph_refers_to_the_lede_event() -> None:
    body = ("Two shepherds were killed by a landmine on Sunday, and a third was wounded on Wednesday, "
            "officials said.\n\nOn the same day, police detained a smuggler near the river.\n\n"
            "Residents said the army had cleared the pasture four days earlier.")
    got = dates(body)
    assert got["the same day"] == day("2024-06-09")  # the lede's event, not the last day mentioned
    assert got["four days earlier"] == day("2024-06-05")


def test_that_year_takes_the_year_said_before() -> None:
    got = dates("In the spring of 2019, floods washed away the fence. No one crossed the river that year.")
    assert got["that year"] == ("2019-01-01", "2019-12-31")
    assert got["spring of 2019"] == ("2019-03-01", "2019-05-31")


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        ("Thousands fled during the summer of 2021, officials said.", "summer of 2021",
         ("2021-06-01", "2021-08-31")),
        ("Fighting resumed in the autumn of 2022.", "autumn of 2022", ("2022-09-01", "2022-11-30")),
        # Friday 14 June 2024: the weekend before it
        ("A drone was seen over the district at the weekend.", "at the weekend", ("2024-06-08", "2024-06-09")),
        ("Two boats were seized last weekend.", "last weekend", ("2024-06-08", "2024-06-09")),
        ("A shepherd went missing a week ago.", "a week ago", day("2024-06-07")),
        ("Two weeks ago, a guard was wounded.", "Two weeks ago", day("2024-05-31")),
        # README: "this year" = 1 January .. reference date, a tally or an ordinal alike
        ("It was the third such attack this year.", "this year", ("2024-01-01", "2024-06-14")),
        ("Four guards have been killed on the border this year.", "this year", ("2024-01-01", "2024-06-14")),
        ("Earlier this year, the post was rebuilt.", "Earlier this year", ("2024-01-01", "2024-06-13")),
    ],
)
def test_pattern_rules(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


def test_weekday_before_a_calendar_date_is_one_date() -> None:
    got = dates("Pamir Wire – Thursday, 13 June 2024\n\nOne guard was wounded on Wednesday.")
    assert got == {"Thursday, 13 June 2024": day("2024-06-13"), "on Wednesday": day("2024-06-12")}


def test_today_ending_a_name_is_no_date() -> None:
    got = dates("A tribal elder told Kunduz Today by phone that the shooting stopped. Today the road is open.")
    assert list(got) == ["Today"]
    assert got["Today"] == day("2024-06-14")


def test_unknown_publication_still_counts_from_an_explicit_date() -> None:
    header = "url: https://example.org/x\noutlet: Test Wire\npublished: unknown\ntitle: t\n---\n"
    got = dates("A mine killed a boy on 14 April 2024. Two days later his cousin died in hospital.", header)
    assert got["Two days later"] == day("2024-04-16")


def test_resolver_leaves_other_dates_alone_and_skips_datelines() -> None:
    text = "KHORUGH, June 14 - The blast on Monday killed two. A third man died the next day."
    found = find_dates(text, date(2024, 6, 14))
    dl = DateMention(found[0].start, found[0].end, found[0].text, found[0].normalized,
                     found[0].normalized_end, "dateline", None)
    resolved = resolve_anaphora([dl, *found[1:]], text, date(2024, 6, 14))
    assert resolved[:2] == [dl, found[1]]
    assert (resolved[2].normalized, resolved[2].normalized_end) == (date(2024, 6, 11), date(2024, 6, 11))


def test_year_naming_an_event_and_birth_years() -> None:
    got = dates("3. The 2019 ceasefire.\n\nA guard, born in 1990, said the truce held in 2020.")
    assert got == {"2019": ("2019-01-01", "2019-12-31"), "2020": ("2020-01-01", "2020-12-31")}


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # the documented conventions: rolling spans end the day before publication
        ("Over the past week, three boats were seized.", "Over the past week", ("2024-06-07", "2024-06-13")),
        ("Five smugglers were detained in the past month.", "past month", ("2024-05-15", "2024-06-13")),
        ("In early 2023, two guards were wounded.", "early 2023", ("2023-01-01", "2023-04-30")),
        ("The post was rebuilt in late 2022.", "late 2022", ("2022-09-01", "2022-12-31")),
        ("The year before, no one was hurt.", "The year before", ("2023-01-01", "2023-12-31")),
    ],
)
def test_spans_of_the_conventions(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a night over two weekdays is one date, the latest such night before publication
        ("Guards were attacked on the night of Wednesday to Thursday.", "Wednesday to Thursday",
         ("2024-06-12", "2024-06-13")),
        # "of June" is no month when a day follows it
        ("The post was shelled on the night of June 2.", "June 2", day("2024-06-02")),
        ("Two boats sank late last month.", "late last month", ("2024-05-21", "2024-05-31")),
    ],
)
def test_more_spans(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


def test_byline_date_is_the_dateline_and_a_weekday_in_apposition_wins() -> None:
    body = ("Frontier Daily – Thursday, 13 June 2024\n\nA guard was wounded on 3 June. "
            "A day later, on Wednesday, a second guard was hurt.")
    claims = {c["text"]: c for c in kind(claims_of(PUB + body), "date")}
    assert claims["Thursday, 13 June 2024"]["basis"] == "dateline"
    assert (claims["A day later"]["normalized"], claims["A day later"]["normalized_end"]) == day("2024-06-12")


def test_month_after_an_adjective() -> None:
    got = dates("Four guards died after a violent March. The late April floods displaced dozens.")
    assert got == {"March": ("2024-03-01", "2024-03-31"), "late April": ("2024-04-21", "2024-04-30")}


def test_that_year_without_a_stated_year_and_that_month() -> None:
    got = dates("Floods hit the valley in March. Two guards drowned that year. A bridge fell that month.")
    assert got["that year"] == ("2024-01-01", "2024-12-31")
    assert got["that month"] == ("2024-03-01", "2024-03-31")


@pytest.mark.parametrize("unit", ["the following day ", "two days later, ", "that year ", "Friday to Saturday "])
def test_thousands_of_anaphors_stay_linear(unit: str) -> None:
    import time

    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    t = time.perf_counter()
    claims_of(PUB + "On 3 May 2024 a guard died. " + line)
    assert time.perf_counter() - t < 5.0  # each anchor is kept up to date, never searched for


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # an ordinal day: of the publication month, or of the month before when it is still to come
        ("A patrol was ambushed on the 9th, officials said.", "the 9th", day("2024-06-09")),
        ("Guards detained two couriers on the 28th.", "the 28th", day("2024-05-28")),
        ("On the 3rd of this month a boat sank.", "the 3rd of this month", day("2024-06-03")),
        ("The post was shelled on the 11th of last month.", "the 11th of last month", day("2024-05-11")),
        # holidays and month parts of last month
        ("Shots were fired across the river on New Year's Eve.", "New Year's Eve", day("2023-12-31")),
        ("Towards the end of last month a guard went missing.", "the end of last month",
         ("2024-05-21", "2024-05-31")),
        ("At the end of April two smugglers drowned.", "the end of April", ("2024-04-21", "2024-04-30")),
        # week-relative phrases and night spans
        ("Earlier in the week, a drone was seen over the river.", "Earlier in the week",
         ("2024-06-10", "2024-06-13")),
        ("Mortar rounds hit the village overnight into Thursday.", "overnight into Thursday",
         ("2024-06-12", "2024-06-13")),
        ("The fighting lasted from between 7 and 9 June, officials said.", "7 and 9 June",
         ("2024-06-07", "2024-06-09")),
        ("There were fewer incidents than in the whole of 2022.", "2022", ("2022-01-01", "2022-12-31")),
    ],
)
def test_date_phrasing_set_d(body: str, phrase: str, expected: tuple) -> None:
    assert dates(body)[phrase] == expected


@pytest.mark.parametrize("body", ["The 4th battalion moved to the border.", "It was the 21st century's worst flood.",
                                  "Soldiers of the 201st base took part.", "He came 2nd in the race."])
def test_ordinal_without_a_day_meaning_is_no_date(body: str) -> None:
    assert dates(body) == {}


@pytest.mark.parametrize("unit", ["the 14th of this month ", "New Year's Eve ", "overnight into Tuesday ",
                                  "two of them badly, ", "half a dozen ", "2 (two) ", "among them three "])
def test_set_d_phrasings_stay_linear(unit: str) -> None:
    import time

    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    t = time.perf_counter()
    claims_of(PUB + "Five guards were wounded on 3 May 2024. " + line)
    assert time.perf_counter() - t < 5.0


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # "in early <Month>" is the first ten days, as "early <Month>" is (the preposition once swallowed
        # "early", so the whole month came out)
        ("In early May, two shepherds were wounded by a mine.", "early May", ("2024-05-01", "2024-05-10")),
        ("A patrol came under fire in early June.", "early June", ("2024-06-01", "2024-06-10")),
        ("The post was shelled in early March 2023, officials said.", "early March 2023", ("2023-03-01", "2023-03-10")),
        ("The guards were withdrawn in May.", "May", ("2024-05-01", "2024-05-31")),
    ],
)
def test_early_month_after_a_preposition(body: str, phrase: str, expected: tuple) -> None:
    assert dates(body)[phrase] == expected
