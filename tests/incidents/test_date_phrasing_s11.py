"""Date phrasings from institutional reports and multi-outlet coverage (eleventh session, dates helper).

Sentences composed for these tests; none is copied from an evaluation set.
"""

from datetime import date

import pytest

from incidents.dating import find_dates


def _found(text: str, pub: date) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.normalized, d.normalized_end) for d in find_dates(text, pub)]


PUB = date(2023, 8, 17)


@pytest.mark.parametrize("sentence", [
    "Three conscripts of the frontier detachment gave their lives this year, the colonel told the assembly.",
    "Six herders drowned in the Vakhsh this year, most of them in spring.",
    "A tractor driver in Hamadoni was hurt by a mine this year, the district said.",
])
def test_this_year_after_a_toll_ends_at_publication(sentence):
    got = _found(sentence, PUB)
    assert got == [("this year", date(2023, 1, 1), PUB)]


@pytest.mark.parametrize("text", [
    "The appeal hearing is set for 21 September, the clerk said.",
    "The judge said the verdict would be announced in September.",
    "The two fishermen will be buried in Chubek on Saturday, their cousin said.",
])
def test_dates_still_to_come_are_not_claims(text):
    assert _found(text, PUB) == []


def test_an_event_held_on_publication_day_stays():
    assert _found("The funeral will be held on 17 August in Vose.", PUB) == [
        ("17 August", PUB, PUB)]


def test_a_past_weekday_without_a_future_verb_stays():
    assert _found("The fishermen were buried in Chubek on Saturday.", PUB) == [
        ("on Saturday", date(2023, 8, 12), date(2023, 8, 12))]
