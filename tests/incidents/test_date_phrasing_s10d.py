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


def test_ordinal_incident_this_year_runs_to_publication():
    # README: "this year" = 1 January .. reference date; an ordinal incident is no exception
    got = _found("It was the third fatal clash near Kalaikhum this year.", PUB)
    assert got == [("this year", date(2024, 1, 1), PUB)]


def test_the_night_before_last_is_two_days_back_at_night():
    got = find_dates("Herders in Shurobod said the night before last was the loudest they had heard.", PUB)
    assert [(d.text, d.normalized, d.normalized_end, d.time_of_day) for d in got] == [
        ("the night before last", date(2024, 5, 12), date(2024, 5, 12), "night")]


def test_teen_number_words_days_ago():
    got = _found("PRESENTER: Thirteen days ago, a little after dusk, three boys from Khamadoni waded in.", PUB)
    assert got == [("Thirteen days ago", date(2024, 5, 1), date(2024, 5, 1))]


def test_opening_n_days_after_the_event_is_the_publication_day():
    from incidents.anaphora import resolve_anaphora

    text = ("Five days after the ambush near Shamsiddin Shohin, the toll is still disputed.\n\n"
            "Gunmen fired on a patrol on 9 May, officials said.")
    got = resolve_anaphora(find_dates(text, PUB), text, PUB)
    assert (got[0].text, got[0].normalized) == ("Five days after", PUB)


def test_month_rows_of_a_figures_table_are_whole_months():
    text = "Month     Killed   Injured\nMarch         2         5\nApril         0         1\n"
    assert _found(text, date(2023, 7, 2)) == [("March", date(2023, 3, 1), date(2023, 3, 31)),
                                              ("April", date(2023, 4, 1), date(2023, 4, 30))]


def test_a_day_after_a_layout_gap_still_reads_with_its_month():
    assert _found("Fire reported near Khuf since   14 May, the agency said.", PUB) == [
        ("14 May", date(2024, 5, 14), date(2024, 5, 14))]


def test_month_as_the_adjective_of_a_drowning():
    assert _found("An official called the March drowning an accident.", PUB) == [
        ("March", date(2024, 3, 1), date(2024, 3, 31))]
