"""Date phrasings found while reading the misses of sets ZQ, ZR, ZS and ZT (fifteenth session), each on
sentences written for this test: a printed paper's folio line dates the issue, and a wire dateline
without its year is read in the year its day falls on the weekday the lede says its source spoke.
"""

from __future__ import annotations

from datetime import date

from incidents.dating import infer_published
from tests.incidents.helpers import claims_of, date_spans, day


def published(body: str, reference: date | None = date(2026, 6, 30)) -> tuple[date | None, str]:
    pub, basis, _ = infer_published(body, 0, {}, reference)
    return pub, basis


# --- a folio line: "PAPER | weekday, date | PAGE n" ---

def test_folio_line_dates_the_issue_and_the_yearless_dateline_before_it() -> None:
    body = ("THE EVENING STAR | Tuesday, 3 June 2025 | PAGE 2\n\nFLOOD KILLS TWO\n\n"
            "KHOROG, June 2 — Two herders drowned near Rushon on Sunday, police said.\n")
    assert published(body) == (date(2025, 6, 3), "dateline")
    got = date_spans(body)
    assert got["June 2"] == day("2025-06-02")  # not June 2026: the folio is the day after the dateline
    assert got["on Sunday"] == day("2025-06-01")


def test_folio_line_with_the_date_first() -> None:
    assert published("12 March 2024 | NATION | PAGE 4\n\nA mine killed a boy in Shamsiddin Shohin.\n") == (
        date(2024, 3, 12), "dateline")


# --- a year-less wire dateline and the weekday its source spoke ---

def test_yearless_dateline_is_read_in_the_year_its_day_is_the_reported_weekday() -> None:
    # 19 August was a Monday in 2024 (not in 2025 or 2026); no year is written anywhere
    body = ("KUNDUZ, Aug 19 (River Wire) - Taliban forces have detained five Tajik fishermen, a police "
            "spokesman said on Monday.\n\nThe men were detained on Saturday.\n")
    assert published(body) == (date(2024, 8, 19), "dateline")
    got = date_spans(body)
    assert got["on Saturday"] == day("2024-08-17")


def test_the_weekday_overrides_a_background_month_and_year() -> None:
    # "August 2021" says only "not before"; 13 October was a Monday in 2025
    body = ("DUSHANBE, Oct 13 (Steppe Wire) - Two guards were killed in Farkhor, the border troops said "
            "on Monday.\n\nIt is the worst attack since the takeover in August 2021.\n")
    assert published(body) == (date(2025, 10, 13), "dateline")


def test_told_reporters_and_said_in_a_statement_are_report_verbs() -> None:
    body = ("KHOROG, Mar 6 (Pamir Desk) - Three herders died in an avalanche, officials told reporters "
            "on Thursday.\n")
    assert published(body) == (date(2025, 3, 6), "dateline")  # a Thursday in 2025
    body = ("KULOB, May 5 (Pamir Desk) - A boy was wounded by a mine, the ministry said in a statement "
            "on Sunday.\n")
    assert published(body) == (date(2024, 5, 5), "dateline")  # a Sunday in 2024


def test_an_event_weekday_is_not_the_day_of_the_report() -> None:
    # "detained on Monday" is the event, not when the source spoke: the weekday rule stays out, so the
    # dateline is not moved to 2024 (when 19 August was a Monday) but read on or before the reference
    body = "KUNDUZ, Aug 19 (River Wire) - Five fishermen were detained on Monday near Imam Sahib.\n"
    assert published(body) == (date(2025, 8, 19), "latest_reported")
    body = "KUNDUZ, Aug 19 (River Wire) - Five fishermen were detained on Monday, police said on Monday.\n"
    assert published(body) == (date(2024, 8, 19), "dateline")


def test_a_full_date_and_the_reported_weekday_agree() -> None:
    # 6 March 2023 was a Monday: the full date and the weekday agree
    body = ("KHOROG, Mar 6 (Pamir Desk) - The report of March 2, 2023 was wrong, officials said on "
            "Monday.\n")
    assert published(body) == (date(2023, 3, 6), "dateline")


# --- a chronology's year headings ---

def test_days_under_a_year_heading_take_its_year() -> None:
    got = date_spans(
        "url: https://example.org/t\npublished: 2026-02-01\n---\n"
        "Chronology of the river crossings\n\n2022\n- 4 March: Two guards are wounded near Aivaj.\n"
        "- 9 October: A boy is shot dead near Darvoz. His brother is detained two days later.\n\n"
        "## 2024\n- 18-19 April: Gunmen cross into Shamsiddin Shohin.\n\n"
        "2025:\n- 27 July: A drone strikes a truck near Ryn.\n- 9 November 2021: (a late entry, its own year)\n")
    assert got["4 March"] == day("2022-03-04")
    assert got["9 October"] == day("2022-10-09")
    assert got["two days later"] == day("2022-10-11")  # counted from the moved day
    assert got["18-19 April"] == ("2024-04-18", "2024-04-19")
    assert got["27 July"] == day("2025-07-27")
    assert got["9 November 2021"] == day("2021-11-09")


def test_a_day_before_any_heading_keeps_the_publication_rule() -> None:
    got = date_spans("url: https://example.org/t\npublished: 2026-02-01\n---\n"
                     "On 4 March a guard was wounded.\n\n2022\n- 5 May: A boat sank.\n")
    assert got["4 March"] == day("2025-03-04")
    assert got["5 May"] == day("2022-05-05")


def test_a_month_and_year_in_capitals_heading_a_factbox_item():
    """(session 16) "* MAR 2023 - …": a wire factbox writes its months in capitals."""
    got = [(c["text"], c["normalized"], c["normalized_end"]) for c in claims_of(
        "published: 2025-08-12\n---\n* MAR 2023 - Two guards are killed.\n* AUGUST 2022 - A boat sinks.\n")
        if c["kind"] == "date"]
    assert got == [("MAR 2023", "2023-03-01", "2023-03-31"), ("AUGUST 2022", "2022-08-01", "2022-08-31")]
    # capitals that are no month: "MAYOR 2023" is not May
    assert not [c for c in claims_of("published: 2025-08-12\n---\nTHE MAYOR 2023 REPORT is out.\n") if c["kind"] == "date"]
