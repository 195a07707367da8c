"""Date phrasings from data-heavy formats and a month of follow-up coverage (tenth session, helper d).

Sentences composed for these tests; none is copied from an evaluation set.
"""

from datetime import date

from incidents.dating import find_dates


def _found(text: str, pub: date) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.normalized, d.normalized_end) for d in find_dates(text, pub)]


PUB = date(2024, 5, 14)


def test_this_year_after_a_casualty_tally_ends_at_publication():
    got = _found("At least six shepherds have been killed along the Vakhsh stretch this year, the group said.", PUB)
    assert got == [("this year", date(2024, 1, 1), PUB)]


def test_so_far_this_year_ends_at_publication():
    got = _found("Eleven - drivers wounded by mines so far this year, by the agency's count", PUB)
    assert got == [("this year", date(2024, 1, 1), PUB)]


def test_this_year_after_a_recorded_count_ends_at_publication():
    got = _found("The post recorded 23 drone flights over the river this year.", PUB)
    assert got == [("this year", date(2024, 1, 1), PUB)]


def test_ordinal_incident_this_year_keeps_the_calendar_year():
    got = _found("It was the third fatal clash near Kalaikhum this year.", PUB)
    assert got == [("this year", date(2024, 1, 1), date(2024, 12, 31))]
