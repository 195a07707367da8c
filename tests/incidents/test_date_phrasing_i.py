"""Date phrasings found while scoring eval set I, each on sentences written for this test.

Hours as whole days ("48 hours later"), "afterwards", "the eve of" an event or a holiday, "the
weekend before last", "the past twelve months", "the preceding month", the winter of a four-digit
year pair, "the final two months of <year>", "June to August" with no preposition, "from January to
May of this year", "the first Friday of June", a month naming an event ("the March shooting"), a
season naming floods, "in the autumn" closing a clause, and a plan ("will … in October", "is due to
… on 3 March") putting a year-less date after publication. Non-dates next to them: clock times,
ages, durations, "a 48-hour ceasefire". Publication date: Wednesday 16 April 2025 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2025-04-16", "https://example.org/i")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # hours as days, counted from the event
        ("Gunmen fired on a post on 3 April. A wounded guard died 48 hours later in Kulob.", "48 hours later",
         day("2025-04-05")),
        ("The bridge was closed on 9 April and reopened 24 hours later.", "24 hours later", day("2025-04-10")),
        ("A shepherd was shot on 12 March; his brother was detained three days afterwards.",
         "three days afterwards", day("2025-03-15")),
        ("Traders left Panj on 10 April. Seventy-two hours earlier the crossing had been quiet.",
         "Seventy-two hours earlier", day("2025-04-07")),
        # the eve of an event (an apposition decides) and of a holiday
        ("The raid came on 8 April. On the eve of the raid, on 7 April, drones were seen.",
         "the eve of the raid", day("2025-04-07")),
        ("Shots were fired on 2 April; on the eve of the clash a patrol had turned back.",
         "the eve of the clash", day("2025-04-01")),
        ("Villagers were celebrating the eve of Nowruz when the shell landed.", "the eve of Nowruz",
         day("2025-03-20")),
        ("Two men vanished on the eve of the new year.", "the eve of the new year", day("2024-12-31")),
        # rolling periods ending the day before publication
        ("The weekend before last, a fisherman was wounded near Shuroobod.", "The weekend before last",
         ("2025-04-05", "2025-04-06")),
        ("Over the past twelve months eleven people were killed on the river.", "the past twelve months",
         ("2024-04-16", "2025-04-15")),
        ("Guards say patrols have been doubled for the past ten days.", "the past ten days",
         ("2025-04-06", "2025-04-15")),
        # months and seasons of a named year
        ("The toll for the final two months of 2024 was four.", "the final two months of 2024",
         ("2024-11-01", "2024-12-31")),
        ("Snow closed the pass during the winter of 2023-2024.", "winter of 2023-2024",
         ("2023-12-01", "2024-02-29")),
        ("The dry months, June to August, saw most crossings.", "June to August", ("2024-06-01", "2024-08-31")),
        ("From February to March of this year, nine boats were seized.", "From February to March of this year",
         ("2025-02-01", "2025-03-31")),
        ("On the first Friday of March a mine killed two boys.", "the first Friday of March", day("2025-03-07")),
        ("The last Monday in January saw heavy shelling.", "The last Monday in January", day("2025-01-27")),
        ("Three people died in the February shooting, the governor said.", "February", ("2025-02-01", "2025-02-28")),
        ("Mines were carried downstream by the spring floods, villagers said.", "spring",
         ("2025-03-01", "2025-05-31")),
        ("The family only returned to Panj in the autumn.", "autumn", ("2024-09-01", "2024-11-30")),
        # a plan puts a year-less date after publication
        ("The commission will meet again in March.", "March", ("2026-03-01", "2026-03-31")),
        ("A joint team is due to visit Ishkoshim on 2 February.", "2 February", day("2026-02-02")),
        ("Next update: early May.", "early May", ("2025-05-01", "2025-05-10")),
        ("Next report: mid-January.", "mid-January", ("2026-01-11", "2026-01-20")),
    ],
)
def test_phrasing_i(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


@pytest.mark.parametrize(
    "body",
    [
        "Both sides agreed a 48-hour ceasefire along the river.",
        "The wounded waited 48 hours for an evacuation helicopter.",
        "A 72-hour curfew was imposed on the district.",
        "The next bulletin is at eight; the shooting lasted three hours.",
        "Firing went on from about 10 p.m. until past midnight.",
        "A private, 19, and a sergeant, 21, were among the wounded.",
        "Nobody had been hurt in the past, the mayor said.",
        "The prisoners face between 12 and 20 years; the march to August Square passed calmly.",
        "In the spring of his life he joined the guards.",
    ],
)
def test_not_dates_i(body: str) -> None:
    assert dates(body) == {}


def test_plain_past_month_stays_past() -> None:
    # no plan word: a year-less month after publication's is last year's (the README rule)
    assert dates("Shelling resumed in October, officials said.").get("October") == ("2024-10-01", "2024-10-31")


def test_mon_and_mon_without_between_are_two() -> None:
    got = dates("Clashes in January and March left three dead.")
    assert "January and March" not in got
