"""Date phrasings found while scoring the blind sentence set, each on sentences written for this test.

"this morning" after a clock time (but not "as of <clock> this morning"), all-caps month names before a
day ("JAN. 9, 2026"), an abbreviated month with a dot before its day after "of"/"since" ("of Nov. 9"),
"at the start of May" as early May (but "since the start of May" the whole month), "June of this
year", "from late October to early November" as one range, "The year 2024" / "compared with 2024" /
"As 2024 draws to a close" as whole years. Not dates: "Sunday school", a holiday or weekday naming a
place ("the Navruz concert hall"), "for 72 hours before", "three days earlier than planned", "a week
later than usual", and "<date>, a week after <undated event>". Publication date: Thursday 16 October
2025 unless said.
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import date_spans, day, header

PUB = header("2025-10-16", "https://example.org/s")


def dates(body: str, head: str = PUB) -> dict[str, tuple[str | None, str | None]]:
    return date_spans(head + body)


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # "this morning" after a clock time is still the publication day
        ("Villagers in Shuroobod heard explosions at 05:15 this morning.", "this morning", day("2025-10-16")),
        ("The patrol came under fire at about six this morning near Khamadoni.", "this morning",
         day("2025-10-16")),
        # all-caps month names before a day
        ("KHOROG, OCT. 14, 2025 — Guards closed the crossing.", "OCT. 14, 2025", day("2025-10-14")),
        ("UPDATE SEPTEMBER 30: the bridge at Ruzvai reopened.", "SEPTEMBER 30", day("2025-09-30")),
        # an abbreviated month with its dot is a day after "of" / "since"
        ("The statement of Sept. 22 named no suspects.", "Sept. 22", day("2025-09-22")),
        ("No shots have been reported since Oct. 2 in the Panj district.", "Oct. 2", day("2025-10-02")),
        # "the start of <Month>" = early <Month>; "since the start of" keeps the whole month
        ("Fuel smuggling rose at the start of August, officials said.", "the start of August",
         ("2025-08-01", "2025-08-10")),
        ("Since the start of August, 40 people have been detained.", "the start of August", ("2025-08-01", "2025-08-31")),
        # "<Month> of this/last year", "<day> <Month> of this year"
        ("In July of this year the customs post seized 12 kg of opium.", "July of this year",
         ("2025-07-01", "2025-07-31")),
        ("Traders complained about delays in December of last year.", "December of last year",
         ("2024-12-01", "2024-12-31")),
        ("The market was closed on 3 March of this year.", "3 March of this year", day("2025-03-03")),
        # month parts joined by "from … to" / "between … and": one range
        ("The road to Vanj was shut from mid-August to early September.", "from mid-August to early September",
         ("2025-08-11", "2025-09-10")),
        ("Water levels peaked between late June and mid-July.", "between late June and mid-July",
         ("2025-06-21", "2025-07-20")),
        # the first part takes its year from the second, across a new year
        ("Patrols were doubled from late December to early January.", "from late December to early January",
         ("2024-12-21", "2025-01-10")),
        # bare years after "The year", "compared with", "As … draws to a close"
        ("The year 2023 ended with fewer seizures.", "2023", ("2023-01-01", "2023-12-31")),
        ("Arrests rose by a fifth compared with 2022.", "2022", ("2022-01-01", "2022-12-31")),
        ("As 2024 drew to a close, the crossing at Tem was reopened.", "2024", ("2024-01-01", "2024-12-31")),
    ],
)
def test_sentence_set_phrasing(body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(body)[phrase] == expected


def test_month_part_range_is_one_claim() -> None:
    got = dates("Flights were suspended from early May to late June.")
    assert got == {"from early May to late June": ("2025-05-01", "2025-06-30")}


def test_month_parts_without_from_stay_two() -> None:
    got = dates("Clashes were reported in early May and late June.")
    assert got == {"early May": ("2025-05-01", "2025-05-10"), "late June": ("2025-06-21", "2025-06-30")}


def test_appositive_after_phrase_with_an_earlier_anchor_is_dropped_but_dates_stay() -> None:
    got = dates("The smugglers were caught last Sunday, two days after the market fire in Darvoz.")
    assert got == {"last Sunday": day("2025-10-12")}


def test_anaphor_not_in_apposition_still_resolves() -> None:
    got = dates("A guard was wounded on 2 October. Two days after the attack, his unit was moved.")
    assert got["Two days after"] == day("2025-10-04")


@pytest.mark.parametrize(
    "body",
    [
        "The boys of Yol attend Sunday school in Rushon.",
        "The concert took place at the Nowruz Concert Hall in Khorugh.",
        "A rally was held in Independence Day Square.",
        "Worshippers left the Friday Mosque after noon.",
        "The suspects were held for 48 hours before being released.",
        "The convoy arrived two days earlier than planned.",
        "The snow melted a week later than usual.",
        "Figures are given as of seven this morning.",
        "The oct. 5 figure was a misprint.",
        "PROTESTERS MARCH through Kulob.",
    ],
)
def test_sentence_set_non_dates(body: str) -> None:
    assert dates(body) == {}


def test_holiday_after_a_promise_is_the_next_one() -> None:
    head = header("2025-03-10", "https://example.org/s2")
    got = dates("A guard was killed on Monday, 3 March. His sister said he had promised to be home for Nowruz.", head)
    assert got["Nowruz"] == day("2025-03-21")


def test_holiday_without_a_plan_is_the_last_one() -> None:
    head = header("2025-03-10", "https://example.org/s3")
    got = dates("A guard was killed on 3 March. His sister said he had been home for Nowruz.", head)
    assert got["Nowruz"] == day("2024-03-21")


def test_before_his_death_counts_from_the_story_event() -> None:
    got = dates("Sergeant Karimov was killed on Monday, 6 October.\n\nHis funeral on Wednesday drew hundreds. "
                "His son was born a week before his death.")
    assert got["a week before"] == day("2025-09-29")


def test_before_another_event_counts_from_the_nearest_day() -> None:
    got = dates("Sergeant Karimov was killed on Monday, 6 October.\n\nHis funeral on Wednesday drew hundreds. "
                "Relatives had arrived a day before the funeral.")
    assert got["a day before"] == day("2025-10-14")
