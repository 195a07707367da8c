"""Date phrasings found through dev set P, each on sentences written for this test.

"the next/following morning" after a night that runs into the next day ("the night of 10 to 11 March")
is the morning that ends it; a month opening a sentence as its subject ("October was quieter"); "the
week before/after" as a week told by its neighbour ("Last week: 5 deaths. The week before: 2").
Non-dates next to them: a person named May, a month in "the week before the vote".
Publication date: Monday 21 March 2022 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2022-03-21", "https://example.org/u")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # the morning after a night range: its last day; after a single night or a day: the day after
        ("Smugglers fired on a post on the night of 10 to 11 March. The next morning a patrol found cartridges.",
         "The next morning", day("2022-03-11")),
        ("Shelling went on through the night of March 4-5; a body was found the following morning.",
         "the following morning", day("2022-03-05")),
        ("On the night of 6 March a boat was seen. The next morning it had gone.", "The next morning", day("2022-03-07")),
        ("The clash on the night of 8 to 9 March left one dead; another guard died the following day.",
         "the following day", day("2022-03-10")),
        # a month as the subject of its sentence
        ("Two conscripts died on 22 February. March was quieter, officials said.", "March", ("2022-03-01", "2022-03-31")),
        ("February saw three clashes near Khamadoni.", "February", ("2022-02-01", "2022-02-28")),
        # the week before/after another week or a day
        ("Last week we recorded 5 deaths. The week before: 2 deaths.", "The week before", ("2022-03-07", "2022-03-13")),
        ("A post was shelled on 3 March. The week after, the crossing reopened.", "The week after",
         ("2022-03-07", "2022-03-13")),
        # a weekday with its date in brackets takes that date (both stay claims)
        ("1. Monday (7 March), Vanj: a herder was wounded by a mine.", "Monday", day("2022-03-07")),
        ("1. Monday (7 March), Vanj: a herder was wounded by a mine.", "7 March", day("2022-03-07")),
        # a stated day, then how far it lies from the event before: no new date
        ("Four men were detained on 20 February. They were sent back on 6 March, a fortnight later.",
         "a fortnight later", day("2022-03-06")),
        ("Four men were detained on 20 February; two days later they were sent back.", "two days later",
         day("2022-02-22")),
        ("In the first ten days of March, guards detained eleven people.", "the first ten days of March",
         ("2022-03-01", "2022-03-10")),
        # two days with a slash and a month name: a night's range, not a numeric date
        ("On the night of 5/6 March, shells fell near Khamadoni.", "5/6 March", ("2022-03-05", "2022-03-06")),
        ("On the night of March 5/6, shells fell near Khamadoni.", "March 5/6", ("2022-03-05", "2022-03-06")),
        ("The order dated 5/3/2022 was read out.", "5/3/2022", day("2022-03-05")),
        # months joined by a dash: one range
        ("Casualty update, October-December 2021.", "October-December 2021", ("2021-10-01", "2021-12-31")),
        ("In January–February four shepherds died.", "January–February", ("2022-01-01", "2022-02-28")),
        ("In January - the coldest month - four shepherds died.", "January", ("2022-01-01", "2022-01-31")),
        ("Officials expected the convoy on Friday, but it never came.", "on Friday", day("2022-03-18")),
    ],
)
def test_date_phrasing_u(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body).get(phrase) == expected


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("May Rahimova was among the monitors at the crossing.", "May"),
        ("Officials said the week before the vote was calm.", "the week before"),
        # a weekday in a present-tense forecast is a plan (weekdays are read backwards from publication)
        ('"We expect to discharge four more patients by Friday," the doctor said.', "Friday"),
    ],
)
def test_not_dates_u(body: str, phrase: str) -> None:
    assert phrase not in dates(body)
