"""Date phrasings found while reading the misses of sets G, J, K and O, each on sentences written for this test.

"since the beginning of <this year> / of last year / of the winter" (from then to publication), parts and seasons
of "this/last year", "over the winter", "the week to <weekday>", two days in a row ("on 4 and 5 May"), a weekday
night followed by its two days, day.month post timestamps ("11.09 07:15 |"), Solar Hijri days beside their
Gregorian equivalent, correction/update stamps after publication, the year a sentence names ("in 2023 ... the May
clash"), and the non-dates next to them (outlet names ending in "Today", a plan that did not happen, decimals).
"""

from __future__ import annotations

import pytest

from tests.incidents.helpers import claims_of, date_spans, day, header, kind


def dates(published: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    """Each date claim's text → (normalized, normalized_end) in an article published on ``published``."""
    return date_spans(header(published, "https://example.org/s9") + body)


@pytest.mark.parametrize(
    ("published", "body", "phrase", "expected"),
    [
        # "since the beginning of <the publication year>" = since the start of the year: Jan 1 .. P
        ("2024-05-17", "Since the beginning of 2024, guards in Sughd have held 12 traffickers.", "2024",
         ("2024-01-01", "2024-05-17")),
        ("2022-10-02", "The agency recalled that since the start of 2022 nine soldiers were wounded.", "2022",
         ("2022-01-01", "2022-10-02")),
        # a past year stays that whole year
        ("2025-02-10", "Since the beginning of 2023, two posts were rebuilt.", "2023", ("2023-01-01", "2023-12-31")),
        # "since the beginning of last year": Jan 1 of the year before .. P
        ("2025-04-08", "In all, since the beginning of last year, seven herders have died on the Vakhsh.",
         "since the beginning of last year", ("2024-01-01", "2025-04-08")),
        ("2023-06-30", "Since the start of this year, the unit has seized 40 kg of opium.",
         "Since the start of this year", ("2023-01-01", "2023-06-30")),
        # "since the start of the <season>": the latest such season begun by P, up to P
        ("2024-01-20", "Since the start of the winter, 30 migrants have been detained near Panj.",
         "Since the start of the winter", ("2023-12-01", "2024-01-20")),
        ("2023-07-12", "Since the beginning of the summer, patrols have doubled.", "Since the beginning of the summer",
         ("2023-06-01", "2023-07-12")),
        # parts and seasons of this/last year
        ("2022-09-14", "In the first half of this year, the troops detained 21 violators.", "the first half of this year",
         ("2022-01-01", "2022-06-30")),
        ("2022-09-14", "In the second quarter of last year, trade fell.", "the second quarter of last year",
         ("2021-04-01", "2021-06-30")),
        ("2026-03-03", "In the autumn of last year a shepherd lost a leg to a mine.", "the autumn of last year",
         ("2025-09-01", "2025-11-30")),
        ("2024-08-25", "Three boys were hurt in the spring of this year.", "the spring of this year",
         ("2024-03-01", "2024-05-31")),
        # "over the winter": the latest winter that ended before P
        ("2023-04-11", "Rangers cleared shells from the riverbank over the winter.", "winter", ("2022-12-01", "2023-02-28")),
        # "the week to <weekday>": the seven days ending on that day
        ("2024-06-05", "Police held nine men in the week to Monday, the directorate said.", "the week to Monday",
         ("2024-05-28", "2024-06-03")),
        ("2021-02-13", "Eleven crossings were logged in the seven days ending Friday.", "the seven days ending Friday",
         ("2021-02-06", "2021-02-12")),
        # two days in a row: one range
        ("2023-05-20", "On 4 and 5 May, two rafts were stopped near Chubek.", "4 and 5 May", ("2023-05-04", "2023-05-05")),
        ("2023-05-20", "Shots were heard on May 11 and 12 near Kokul.", "May 11 and 12", ("2023-05-11", "2023-05-12")),
        # a weekday night and the two days that say which one: one claim
        ("2024-11-02", "The raid came on the night of Tuesday to Wednesday, 29 to 30 October, near Khirmanjo.",
         "Tuesday to Wednesday, 29 to 30 October", ("2024-10-29", "2024-10-30")),
        # a correction/update stamp may follow publication
        ("2022-03-30", "CORRECTION, Apr 2: An earlier version misspelt the village name.", "Apr 2", day("2022-04-02")),
        ("2022-03-30", "Updated 31 March: the toll rose to four.", "31 March", day("2022-03-31")),
        # the year the sentence names takes a year-less month after it
        ("2025-03-01", "In 2023 most deaths came from mines, among them the May blast near Tem.", "May",
         ("2023-05-01", "2023-05-31")),
    ],
)
def test_phrasings(published: str, body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(published, body).get(phrase) == expected


def test_post_timestamps_are_days_of_the_publication_year() -> None:
    body = ("Posts as they appeared:\n\n11.09 07:15 | Vakhsh Online wrote: \"Firing near the bridge.\"\n"
            "12.09 06:40 | The channel added: \"One guard wounded.\"\n")
    got = dates("2023-09-12", body)
    assert got.get("11.09") == day("2023-09-11")
    assert got.get("12.09") == day("2023-09-12")


def test_decimal_numbers_are_not_timestamps() -> None:
    assert dates("2023-09-12", "The index stood at 16.08, 10:30 trading resumed.") == {}
    assert dates("2023-09-12", "It was 3.05 km 10:30 later.") == {}


@pytest.mark.parametrize(
    ("published", "body", "phrase", "expected"),
    [
        ("2023-01-10", "Kabul, 20 Jadi 1401 / 10 January 2023\nTwo smugglers were held.", "20 Jadi 1401",
         day("2023-01-10")),
        ("2024-07-01", "On 12 Saratan (2 July) armed men tried to cross.", "12 Saratan", day("2023-07-03")),
        ("2025-04-30", "On 3 Sawr (23 April) a patrol was fired on.", "3 Sawr", day("2025-04-23")),
        ("2024-03-25", "A statement of 1 Hamal 1403 gave no figures.", "1 Hamal 1403", day("2024-03-20")),
    ],
)
def test_solar_hijri_days(published: str, body: str, phrase: str, expected: tuple[str, str]) -> None:
    assert dates(published, body).get(phrase) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Asad Karimi said 12 Asad volunteers helped.",  # a person's name, no year and no Gregorian date beside it
        "The Hut 7 checkpoint reopened.",
    ],
)
def test_solar_hijri_needs_a_year_or_its_gregorian_date(body: str) -> None:
    assert not any("Asad" in t or "Hut" in t for t in dates("2024-07-01", body))


@pytest.mark.parametrize(
    "body",
    [
        "12.03 08:15 | Rasht Today, a local channel, posted a video.",
        "The footage was first shared by \"Vakhsh Today\" on its channel.",
    ],
)
def test_outlet_names_ending_in_today_are_not_dates(body: str) -> None:
    assert "Today" not in dates("2024-03-12", body)


@pytest.mark.parametrize(
    "body",
    [
        "He had been due to finish his service in March. The shooting left him dead.",
        "She was supposed to return on Friday, her brother said.",
    ],
)
def test_a_plan_that_did_not_happen_is_not_a_date(body: str) -> None:
    assert dates("2024-05-15", body) == {}


def test_a_cause_after_due_to_keeps_its_date() -> None:
    assert dates("2024-05-15", "The closure was due to heavy snow in March.").get("March") == (
        "2024-03-01", "2024-03-31")


def test_a_year_in_another_clause_does_not_date_the_day() -> None:
    got = dates("2025-06-01", "Violence grew after the takeover in 2021, and on 5 March two guards died.")
    assert got.get("5 March") == day("2025-03-05")


def test_two_days_apart_stay_two_claims() -> None:
    ds = kind(claims_of(header("2023-05-20") + "Rafts were stopped on 4 and 9 May."), "date")
    assert [(c["normalized"], c["normalized_end"]) for c in ds] == [day("2023-05-04"), day("2023-05-09")]
