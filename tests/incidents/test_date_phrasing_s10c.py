"""Date phrasings from specialist and follow-up coverage (tenth session, round two, helper c).

Sentences composed for these tests; none is copied from an evaluation set.
"""

from datetime import date

from incidents.dating import find_dates


def _found(text: str, pub: date) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.normalized, d.normalized_end) for d in find_dates(text, pub)]


def test_years_ago_this_week_is_the_anniversary_day():
    got = _found("Candles were lit in Vanj; the four drivers drowned two years ago this week.", date(2024, 9, 11))
    assert got == [("two years ago this week", date(2022, 9, 11), date(2022, 9, 11))]


def test_last_weekend_in_a_sunday_article_is_the_one_before():
    got = _found("The derby in Kulob was called off last weekend after the ban.", date(2023, 6, 11))  # a Sunday
    assert got == [("last weekend", date(2023, 6, 3), date(2023, 6, 4))]


def test_last_weekend_midweek_unchanged():
    got = _found("The derby in Kulob was called off last weekend after the ban.", date(2023, 6, 14))  # a Wednesday
    assert got == [("last weekend", date(2023, 6, 10), date(2023, 6, 11))]


def test_month_possessive_is_the_month():
    got = _found("Summary. October's seven deaths lift the yearly figure.", date(2023, 11, 6))
    assert got == [("October", date(2023, 10, 1), date(2023, 10, 31))]


def test_may_possessive_only_opens_a_sentence():
    assert _found("He quoted Theresa May's memoirs at length.", date(2023, 11, 6)) == []


def test_month_as_predicate_of_month_was():
    got = _found("Fourth, the quietest month was February, with a single drowning.", date(2024, 4, 2))
    assert got == [("February", date(2024, 2, 1), date(2024, 2, 29))]


def test_later_on_the_publication_weekday_with_expected_is_future():
    got = _found("The governor is expected to address reporters later on Friday.", date(2024, 3, 8))  # a Friday
    assert got == []


def test_later_on_an_earlier_weekday_stays_a_date():
    got = _found("The governor spoke to reporters later on Monday.", date(2024, 3, 8))
    assert got == [("on Monday", date(2024, 3, 4), date(2024, 3, 4))]


def test_day_of_month_in_words():
    got = _found("Two sappers died at the ford on the twelfth, and a third one later.", date(2024, 5, 20))
    assert got == [("the twelfth", date(2024, 5, 12), date(2024, 5, 12))]


def test_day_of_month_in_words_hyphenated_and_of_this_month():
    got = _found("The crossing shut on the twenty-third of this month.", date(2024, 5, 28))
    assert got == [("the twenty-third of this month", date(2024, 5, 23), date(2024, 5, 23))]


def test_ordinal_words_before_a_noun_or_low_ordinals_are_no_dates():
    assert _found("The clinic moved to the fifth floor of the hospital.", date(2024, 5, 28)) == []
    assert _found("He was shot on the second, a farmer said.", date(2024, 5, 28)) == []


def test_day_or_morning_of_the_event_is_the_story_event_day():
    from incidents.anaphora import resolve_anaphora

    pub = date(2024, 6, 9)
    text = ("Gunmen raided a post near Rushon on 3 June. A herder died on the morning of the raid, "
            "relatives say. On the day of the raid a rumour spread online.")
    got = [(d.text, d.normalized, d.time_of_day) for d in resolve_anaphora(find_dates(text, pub), text, pub)]
    assert ("the morning of the raid", date(2024, 6, 3), "morning") in got
    assert ("the day of the raid", date(2024, 6, 3), None) in got


def test_night_of_the_event_at_a_place_is_not_the_story_event():
    got = _found("Nobody slept on the night of the raid on Vanj.", date(2024, 6, 9))
    assert all(t != "the night of the raid" for t, _, _ in got)
