"""Date phrasings found while reading the misses of sets A, B, S and U (tenth session), each on sentences
written for this test: a dateline without its year read against the latest day the story reports, a
bare year that names the story's own year ("the third raid in 2023"), and a lede that gives only the
day something was said ("officials said on Friday") while the next paragraph tells the earlier event day.
"""

from __future__ import annotations

from tests.incidents.helpers import date_spans, day, header


def dates(published: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end) in an article published on ``published``."""
    return date_spans(header(published, "https://example.org/s10") + body)


# --- a year-less dateline takes the first such day on or after the latest day the story reports ---

def test_yearless_dateline_after_a_dated_story_of_the_same_year() -> None:
    got = date_spans(
        "KHOROG, Mar 6 (Pamir Desk) - The agency's report of March 2, 2023, which said three herders died, "
        "was wrong, officials said on Monday.\n")
    assert got["Mar 6"] == day("2023-03-06")
    assert got["on Monday"] == day("2023-03-06")


def test_yearless_dateline_early_in_the_year_after_a_december_day() -> None:
    got = date_spans(
        "KULOB, Jan 4 (River Wire) - A guard wounded on December 30, 2024 died in hospital on Friday, "
        "the regional health office said.\n")
    assert got["Jan 4"] == day("2025-01-04")
    assert got["on Friday"] == day("2025-01-03")


def test_yearless_dateline_takes_the_story_year_from_an_ordinal_incident() -> None:
    got = date_spans(
        "DUSHANBE, Oct 21 (Steppe Wire) - One soldier died in a shooting at a post in Farkhor on Sunday, "
        "the border service said.\n\nIt was the fourth fatal incident on the river in 2023. In May, a fisherman "
        "drowned near Chubek.\n\nPatrols were doubled after the takeover in August 2021.\n")
    assert got["Oct 21"] == day("2023-10-21")
    assert got["on Sunday"] == day("2023-10-15")
    assert got["May"] == ("2023-05-01", "2023-05-31")


def test_yearless_dateline_with_so_far_in_a_year() -> None:
    got = date_spans(
        "KHOROG, June 9 (Mountain Wire) - Eleven people have drowned in the Panj so far in 2022, rescuers "
        "said on Thursday. Most of them were crossing at night, as in June 2019.\n")
    assert got["June 9"] == day("2022-06-09")
    assert got["on Thursday"] == day("2022-06-09")


# --- the lede's day of a statement is no event day when the next paragraph gives an earlier one ---

def test_two_days_earlier_counts_from_the_event_day_not_the_day_it_was_reported() -> None:
    got = dates(
        "2024-04-12",
        "Three policemen were wounded when a checkpoint in Khwahan came under fire, district officials "
        "said on Friday.\n\nThe shooting happened early on Wednesday near the village of Shahr-e Buzurg.\n\n"
        "A shopkeeper said the post had been fired at once before, three days earlier, without injuries.\n")
    assert got["early on Wednesday"] == day("2024-04-10")
    assert got["three days earlier"] == day("2024-04-07")


# --- a month heading a paragraph or a list is that month ---

def test_month_headings_of_a_review() -> None:
    got = dates(
        "2023-07-05",
        "Half-year review of the Darvoz stretch.\n\nApril. A herder lost a foot to a mine near Nulvand on "
        "11 April.\n\nMay: Two smugglers were shot on 20 May.\n\nJune - a quiet month on the river.\n")
    assert got["April"] == ("2023-04-01", "2023-04-30")
    assert got["May"] == ("2023-05-01", "2023-05-31")
    assert got["June"] == ("2023-06-01", "2023-06-30")
    assert got["11 April"] == day("2023-04-11")


def test_month_alone_on_its_line_above_a_list() -> None:
    got = dates(
        "2024-12-28",
        "Our year on the river, month by month.\n\nFebruary\n- 9 February, Vanj: a boy drowned.\n"
        "- 17 February, Rushon: two men were detained.\n\nOctober\n- 2 October, Khwahan: a guard was wounded.\n")
    assert got["February"] == ("2024-02-01", "2024-02-29")
    assert got["October"] == ("2024-10-01", "2024-10-31")


def test_a_month_inside_a_sentence_is_not_a_heading() -> None:
    got = dates("2023-07-05", "The commission will publish its findings.\nMayors of three towns attended.\n")
    assert got == {}


# --- "the quarter": the quarter told before; "the third quarter": that quarter of the story's year ---

def test_the_quarter_refers_to_the_quarter_named_before() -> None:
    got = dates(
        "2022-07-08",
        "The second quarter of 2022 was the calmest on the Rushon stretch since 2020. The border service, in "
        "figures published on Monday, counted 4 wounded for the quarter.\n")
    assert got["The second quarter of 2022"] == ("2022-04-01", "2022-06-30")
    assert got["the quarter"] == ("2022-04-01", "2022-06-30")


def test_an_ordinal_quarter_without_a_year_takes_the_year_told() -> None:
    got = dates(
        "2023-11-02",
        "In Q2 2023 our monitors logged nine incidents near Ishkoshim. Tables for the second quarter are "
        "available to subscribers.\n")
    assert got["the second quarter"] == ("2023-04-01", "2023-06-30")


def test_a_quarter_of_a_town_is_no_date() -> None:
    got = dates("2023-11-02", "Shops in the quarter near the bazaar of Khorog were shut after the blast on Sunday.\n")
    assert list(got) == ["on Sunday"]


# --- not dates: a settlement named after a holiday, a schedule still to come ---

def test_a_village_named_after_a_holiday_is_a_place() -> None:
    got = dates("2024-05-02", "Two men swam across near the village of Nawruz on Tuesday.\n")
    assert list(got) == ["on Tuesday"]
    got = dates("2024-05-02", "Elders in Navruz village said the men were strangers.\n")
    assert got == {}


def test_the_holiday_itself_stays_a_date() -> None:
    got = dates("2024-05-02", "Families in Kulob gathered for Navruz despite the curfew.\n")
    assert got["Navruz"] == day("2024-03-21")


def test_a_present_tense_schedule_is_no_date() -> None:
    got = dates("2023-02-14", "Buses between Kulob and Khorog are due to resume later this year, and the new "
                              "market is set to open on Saturday.\n")
    assert got == {}


def test_a_past_plan_with_was_due_still_has_its_real_date() -> None:
    got = dates("2023-02-14", "The crossing reopened on Monday.\n")
    assert got["on Monday"] == day("2023-02-13")


# --- a relative period label restated in brackets is one claim: the calendar dates ---

def test_relative_week_label_with_its_dates_in_brackets() -> None:
    got = dates("2021-03-22", "Previous week (8–14 March): 2 detained, 1 wounded.\n")
    assert "Previous week" not in got
    assert got["8–14 March"] == ("2021-03-08", "2021-03-14")


def test_a_day_in_brackets_after_a_month_is_kept_apart() -> None:
    got = dates("2021-03-22", "He drowned last month (on 17 February) near Chubek.\n")
    assert got["last month"] == ("2021-02-01", "2021-02-28")
    assert got["17 February"] == day("2021-02-17")
