"""Date phrasings found while scoring the second sentence set (dates2), each on sentences written for this test.

Year-first slash dates ("2024/03/09"), a timestamp's date ("2024-03-09T08:15Z"), day-month-year between
hyphens ("9-Mar-2024"), "Friday last" / "this past Friday" (= last Friday), "Friday before last", "a week
ago Friday", "between the 3rd and the 5th", "mid-2024", "the last quarter of 2024", "the end of last year",
"the end of the month", "the turn of the year", "the last days of <Month>", an all-caps day-month dateline,
a year as a subject after "said", and anchored "hours later", "the previous night", "the night before".
Non-dates next to them: reference numbers with a year, clock times, "last-ditch", "the May 1 bridge",
"the Saturday market", "for hours afterwards".
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
        # days of the month as a range (in P's month, else the month before)
        ("The road to Khorog was shut between the 7th and the 9th by rockfalls.", "between the 7th and the 9th",
         ("2025-04-07", "2025-04-09")),
        ("Patrols were doubled from the 20th to the 24th, the command said.", "from the 20th to the 24th",
         ("2025-03-20", "2025-03-24")),
        # parts of years and months
        ("Smuggling has grown since mid-2023, a UN official said.", "mid-2023", ("2023-05-01", "2023-08-31")),
        ("In the last quarter of 2024 nine raids were reported.", "the last quarter of 2024",
         ("2024-10-01", "2024-12-31")),
        ("The pontoon was washed away at the end of last year.", "the end of last year", ("2024-09-01", "2024-12-31")),
        ("The ministry promised new boats by the end of the month.", "the end of the month",
         ("2025-04-21", "2025-04-30")),
        ("Shelling flared again in the last days of February.", "the last days of February",
         ("2025-02-21", "2025-02-28")),
        ("Refugees arrived in the first days of March.", "the first days of March", ("2025-03-01", "2025-03-10")),
        # a year as a subject after a reporting verb
        ("The governor said 2023 had seen the fewest incidents in a decade.", "2023", ("2023-01-01", "2023-12-31")),
        # a dateline in capitals
        ("KULOB, 14 APRIL (AGENCY) — Two traders were detained.", "14 APRIL", day("2025-04-14")),
        # the weekend's dates decide, not "over the weekend"
        ("A shepherd drowned over the weekend of 5-6 April near Vanj.", "5-6 April", ("2025-04-05", "2025-04-06")),
        # anchored on the event before
        ("A post near Panj was hit on 10 April; hours later two guards were evacuated.", "hours later",
         day("2025-04-10")),
        ("Guards clashed with smugglers on 11 April. A few hours later the river went quiet.", "A few hours later",
         day("2025-04-11")),
        ("On 8 April a boat capsized near Rushan. The previous night, the river had risen.", "The previous night",
         day("2025-04-07")),
        ("The grenade attack came on 3 April. The evening before, two men were seen near the post.",
         "The evening before", day("2025-04-02")),
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
        "Trucks queued at the May 9 bridge for most of the day.",
        "Farmers sell fish at the Friday market near the river.",
        "Gunfire continued for hours afterwards, witnesses said.",
        "Patrols run between the 3rd and the 5th posts of the sector.",
    ],
)
def test_not_dates_t(body: str) -> None:
    assert dates(body) == {}


def test_weekday_last_before_nouns_stays_other_phrase() -> None:
    # "Tuesday last week" keeps its own reading (the calendar week before), not "last Tuesday"
    got = dates("The talks on Tuesday last week ended without a deal.")
    assert got.get("on Tuesday last week") == day("2025-04-08"), got
