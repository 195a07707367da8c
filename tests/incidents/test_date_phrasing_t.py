"""Date phrasings found while scoring the second sentence set (dates2), each on sentences written for this test.

Year-first slash dates ("2024/03/09"), a timestamp's date ("2024-03-09T08:15Z"), day-month-year between
hyphens ("9-Mar-2024"), "Friday last" / "this past Friday" (= last Friday), "Friday before last", "a week
ago Friday". Non-dates next to them: reference numbers with a year, clock times, "last-ditch".
Publication date: Wednesday 16 April 2025 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2025-04-16", "https://example.org/t")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # year-first dates with slashes, timestamps, hyphenated month abbreviations
        ("Customs records dated 2024/03/09 show the truck crossing at Panji Poyon.", "2024/03/09", day("2024-03-09")),
        ("A raft was seized near Shuroobod on 2025/4/2, guards said.", "2025/4/2", day("2025-04-02")),
        ("Sensor log 2025-04-14T03:20Z: movement on the Afghan bank near Vanj.", "2025-04-14", day("2025-04-14")),
        ("Filed 09-Mar-2025 | The Kulob prosecutor charged two smugglers.", "09-Mar-2025", day("2025-03-09")),
        ("The guard was buried on 3-JAN-2025 in his village.", "3-JAN-2025", day("2025-01-03")),
        # weekday said after its "last", "this past <weekday>", "<weekday> before last"
        ("Two shepherds went missing near Khamadoni on Thursday last, relatives said.", "on Thursday last",
         day("2025-04-10")),
        ("Shots were heard on Wednesday last from the island.", "on Wednesday last", day("2025-04-09")),
        ("Villagers in Darvoz heard explosions this past Monday.", "this past Monday", day("2025-04-14")),
        ("The post was shelled this past Wednesday, officials said.", "this past Wednesday", day("2025-04-09")),
        ("A boat sank on Friday before last near Ishkoshim.", "on Friday before last", day("2025-04-04")),
        ("Wednesday before last, a patrol was ambushed.", "Wednesday before last", day("2025-04-02")),
        # "a week ago <weekday>": that weekday, counted from publication, a week earlier
        ("The fence near Farkhor was cut a week ago Saturday.", "a week ago Saturday", day("2025-04-05")),
        ("Two weeks ago Wednesday a smuggler was shot near Panj.", "Two weeks ago Wednesday", day("2025-04-02")),
    ],
)
def test_phrasing_t(body: str, phrase: str, expected: tuple[str, str]) -> None:
    got = dates(body)
    assert got.get(phrase) == expected, got


@pytest.mark.parametrize(
    "body",
    [
        "The file, registered as No. 2024/117, was sent back to the prosecutor.",
        "The patrol left at 14:05 and returned at 19:30.",
        "Shift pattern 10/14 applies to all conscripts at the post.",
        "Grid reference 12-Mar-A was marked on the map as a minefield.",
        "Negotiators made a last-ditch offer to the families.",
    ],
)
def test_not_dates_t(body: str) -> None:
    assert dates(body) == {}


def test_weekday_last_before_nouns_stays_other_phrase() -> None:
    # "Tuesday last week" keeps its own reading (the calendar week before), not "last Tuesday"
    got = dates("The talks on Tuesday last week ended without a deal.")
    assert got.get("on Tuesday last week") == day("2025-04-08"), got
