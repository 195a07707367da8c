"""Anaphoric dates: "the following day", "two days later", "On the same day", "that year".

These phrases name no calendar day of their own; they count from a date the article gave before
("the event it refers to", as the evaluation conventions put it). The date finder
(:mod:`incidents.dating`) marks them with an :class:`Anaphor`; once all dates of an article are
known, :func:`resolve_anaphora` picks each one's anchor, in this order:

1. a date in apposition ("Two days earlier, on 2 June") — the writer said it outright;
2. the nearest preceding day in the same paragraph ("late on Wednesday …, and the bodies were
   handed over the following day");
3. the article's main event: the earliest day in the first paragraph that dates anything (news
   leads with the incident; a later paragraph's "On the same day" or "two days earlier" with no
   date of its own refers back to it, not to the last day mentioned in passing);
4. the nearest preceding day anywhere;
5. for a look-back ("two days earlier", "the previous day") with none of these, the publication
   date; otherwise the date stays unknown (null).

"the following week" / "the previous week" / "that week" are the calendar week (Monday–Sunday) after /
before / of the anchor day found as in steps 2–4 ("the previous week" falls back on publication's).
"14 October of that year" (marked by the date finder) is that day in the year "that year" would give.
"that year"/"the same year" take the year of the nearest preceding date that states a year (else of
the nearest preceding date), or of the nearest date in its own sentence; "the year before" the year
before the date of its sentence (else before publication's). "that month" takes the month of the nearest
preceding date of a month or less — unless that date is in another paragraph and the lede's event is
earlier still: then the event's month — and "the previous month" the month before it. "the second half of the year" / "the third quarter of the
year" are those months of the year "that year" would give (of the publication year without one).
Holidays ("Nowruz" 21 March, "Independence Day" 9 September, Afghanistan's 19 August) are the last
such day on or before the nearest preceding day (an anniversary story's "on Independence Day" is the
one before the event it tells, not the one before publication), else before publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dating imports this module for its pattern
    from incidents.dating import DateMention

_NUM = (r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
        r"|\d{1,2})")
_PART = r"(?:day|morning|evening|night|afternoon)"

#: The anaphoric phrases, as one named group for :data:`incidents.dating.DATE_RE` (its first
#: characters are in ``DATE_FIRST``; its cue words in the date triggers). Case-insensitive in the
#: first letter only, like the rest of the date regex.
ANAPHOR_PATTERN = (
    r"(?P<ana>(?:"
    rf"[Tt]he (?:following|next) (?P<ana_next>{_PART})"
    rf"|(?:[Tt]he (?:very )?same |[Tt]hat (?:same )?)(?P<ana_same>{_PART}|year|month|week)"
    r"|[Tt]he (?P<ana_wk>following|previous) week"
    # "Last week: 5 deaths. The week before: 2": a week told by its neighbour (before punctuation only;
    # "the week before the vote" is counted from the vote, which is no date)
    r"|[Tt]he week (?P<ana_wkba>before|after)(?=\s*[:,;.)])"
    r"|[Tt]he (?P<ana_prev>previous) (?:day|(?P<ana_pnight>night|evening))"
    r"|[Tt]he day (?P<ana_ba>before(?! yesterday)|after(?! tomorrow))"
    # "the night before": the night of the day before the anchor (like "the day before")
    r"|[Tt]he (?P<ana_nb>night|evening) before(?! (?:yesterday|last)\b)"
    r"|[Tt]he (?P<ana_pmon>previous|preceding) month"
    # "The previous year": the year before the one its paragraph spoke of (else before publication's)
    r"|[Tt]he (?P<ana_pyear>previous|preceding) year(?! (?:earlier|before|ago)\b)"
    # "the following spring", "the previous autumn": the first such season after / last before the anchor
    r"|[Tt]he (?P<ana_sdir>following|next|previous|preceding) (?P<ana_season>spring|summer|autumn|fall|winter)"
    # "in the same period a year earlier", "the same months of the previous year": the period told before,
    # a year (or n years) back
    r"|[Tt]he same (?:period|time|months|weeks) (?:(?P<ana_pern>a|one|two|three|\d) years? (?:earlier|before|ago)"
    r"|(?:of|in) (?:the )?(?P<ana_perp>previous|preceding) year|(?P<ana_perl>(?:of )?last year))"
    # "on the eve of the attack": the day before the event (an eve of a holiday is found at the holiday)
    r"|[Tt]he (?P<ana_eve>eve) of the (?:incident|attack|clash|clashes|shooting|ambush|raid|shelling|blast"
    r"|explosion|fighting|killing|killings|incursion|skirmish|firefight|assault|talks|meeting|summit|vote|elections?"
    r"|visit|ceremony|funeral|trial|hearing|negotiations|conference|operation|offensive|exercises?|handover)"
    # "on the day of the attack", "the morning of the clash": the story's event day (a part of it)
    r"|(?<=[Oo]n )[Tt]he (?P<ana_dof>day|morning|night|evening|afternoon) of the (?:attack|clash|shooting|ambush|raid"
    r"|shelling|blast|explosion|killings?|incursion|skirmish|firefight|assault)(?!\s+(?:on|in|at|near)\b)"
    r"|[Tt]he (?P<ana_frac>(?:first|second) half|(?:first|second|third|fourth) quarter) of (?:the|that) year"
    # "for the quarter", "a dataset for the third quarter": the quarter told before (a review's own
    # period), or that quarter of the year told before ("a quarter of the dead" has no "the")
    r"|(?:(?<=[Ii]n )|(?<=[Oo]f )|(?<=[Ff]or )|(?<=[Oo]ver )|(?<=[Dd]uring ))[Tt]he "
    r"(?P<ana_q>(?:(?P<ana_qn>first|second|third|fourth) )?quarter)(?!\s+of\b|['’]s\b)"
    # "the second half of the month": those days of the month told before it
    r"|[Tt]he (?P<ana_mhalf>first|second) half of the month"
    # "On the third day" of an event begun on a day told before: that day + 2 ("the third day of the
    # operation" names its own event, which has no day here)
    r"|(?<=[Oo]n )[Tt]he (?P<ana_ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) day(?!\s+of\b)"
    r"|(?P<ana_heve>[Tt]he eve of )?(?P<ana_hol>Independence Day|Nowruz|Navruz|Nawruz|Norooz|Novruz)"
    rf"|(?P<ana_n>{_NUM})"
    r" (?P<ana_unit>days?|weeks?|fortnights?) (?P<ana_dir>later|afterwards?|after|earlier|before)"
    # "a month later", "A year earlier, on 12 May 2024": the same day of the month(s)/year(s) after or before
    rf"|(?P<ana_mn>{_NUM}) (?P<ana_munit>months?|years?) (?P<ana_mdir>later|afterwards|earlier)"
    # "48 hours later": whole days of 24 hours ("a 48-hour ceasefire" has no direction word)
    r"|(?P<ana_h>24|48|72|[Tt]wenty-four|[Ff]orty-eight|[Ss]eventy-two) hours (?P<ana_hdir>later|afterwards?|after|earlier|before)"
    # "hours later", "a few hours later", "six hours later": the anchor's own day
    r"|(?P<ana_hrs>[Aa] few hours|[Ss]everal hours|\d\d? hours|[Hh]ours) (?:later|afterwards?)"
    r")\b(?!-\w))"
)

#: Cue words for the date triggers: a sentence holding none of them cannot hold an anaphor.
TRIGGER_WORDS = ("following day", "following morning", "following evening", "following night",
                 "next day", "next morning", "next evening", "next night", "same day", "same night",
                 "same morning", "same evening", "same year", "same month", "that day", "that night",
                 "that morning", "that evening", "that year", "that month", "later", "day after",
                 "following afternoon", "next afternoon", "same afternoon", "that afternoon", "that week",
                 "days after", "week after", "weeks after", "day before", "previous month", "independence day",
                 "nowruz", "navruz", "nawruz", "norooz", "novruz", "fortnight", "preceding month",
                 "eve of", "hours later", "hours after", "hours earlier", "hours before", "previous night",
                 "previous evening", "night before", "evening before", "week before", "half of the month",
                 "second day", "third day", "fourth day", "fifth day", "sixth day", "seventh day", "eighth day",
                 "ninth day", "tenth day", "previous year", "preceding year", "same period", "same time", "same months",
                 "same weeks", "quarter", "day of the", "morning of the", "night of the", "evening of the",
                 "afternoon of the")

#: First and last month of a season (northern hemisphere, meteorological; winter runs into the next year)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class Anaphor:
    """What an anaphoric phrase asks of its anchor: a day ``offset`` from it, or its year/month."""

    #: "day", "week", "year", "month", "holiday", "season" (``months``: its first and last month; ``offset``
    #: ±1: the first after / the last before the anchor), "period" (the date told before, ``month_offset`` on)
    #: or "quarter" (the last calendar quarter told before)
    unit: str
    offset: int = 0  # days after (+) or before (−) the anchor day; weeks for "week"; months for "month"
    backward: bool = False  # a look-back, which may fall back on the publication date
    months: tuple[int, int] | None = None  # unit "year": only these months of it ("the second half")
    #: unit "year": only the days (first month, day) .. (last month, day) of it ("14 October of that
    #: year"; a last day past the month's end means its last day)
    within: tuple[int, int, int, int] | None = None
    month_day: tuple[int, int] | None = None  # unit "holiday": its (month, day); offset 1: the next one
    #: unit "day": counted from the article's main event, not the nearest day ("a fortnight before his death")
    main_event: bool = False
    #: unit "day": the first such weekday (0 = Monday) after (offset 1) or before (offset −1) the anchor:
    #: "the following Monday", "the previous Friday"
    weekday: int | None = None
    #: "the next/following morning": after "the night of 10 to 11 January" that is the 11th, the
    #: morning the night ran into (the next *day* is the 12th)
    morning: bool = False
    #: unit "day": calendar months added before ``offset`` ("a month later", "a year earlier": 12 × −1)
    month_offset: int = 0
    #: unit "month": only these days of it ("the second half of the month": 16..31, cut at the month's end)
    days: tuple[int, int] | None = None
    #: unit "day": "On the third day" counts from the last day told that is not itself such a day
    ordinal: bool = False


def anaphor_of(m: re.Match) -> tuple[Anaphor, str | None]:
    """The :class:`Anaphor` of a ``DATE_RE`` match of the ``ana`` group, and the time of day it names."""
    part = m.group("ana_next") or m.group("ana_same")
    tod = part.lower() if part and part.lower() not in {"day", "year", "month"} else None
    if m.group("ana_next"):
        return Anaphor("day", 1, morning=tod == "morning"), tod
    if m.group("ana_same"):
        unit = m.group("ana_same").lower()
        return Anaphor(unit if unit in {"year", "month", "week"} else "day", 0), tod
    if m.group("ana_wk") or m.group("ana_wkba"):  # "the following week": the calendar week (Monday–Sunday) after the anchor's
        back = (m.group("ana_wk") or m.group("ana_wkba")).lower() in {"previous", "before"}
        return Anaphor("week", -1 if back else 1, backward=back), None
    if m.group("ana_pmon"):
        return Anaphor("month", -1, backward=True), None
    if m.group("ana_pyear"):
        return Anaphor("year", -1, backward=True), None
    if m.group("ana_season"):
        back = m.group("ana_sdir").lower() in {"previous", "preceding"}
        first, last = _SEASON_MONTHS[m.group("ana_season").lower()]
        return Anaphor("season", -1 if back else 1, backward=back, months=(first, last)), None
    if m.group("ana_pern") or m.group("ana_perp") or m.group("ana_perl"):
        raw = (m.group("ana_pern") or "a").lower()
        n = int(raw) if raw.isdigit() else _NUM_WORDS[raw]
        return Anaphor("period", backward=True, month_offset=-12 * n), None
    if m.group("ana_frac"):
        half_or_q = m.group("ana_frac").lower().split()
        n = ["first", "second", "third", "fourth"].index(half_or_q[0])
        months = (n * 6 + 1, n * 6 + 6) if half_or_q[1] == "half" else (n * 3 + 1, n * 3 + 3)
        return Anaphor("year", months=months), None
    if m.group("ana_q"):
        if m.group("ana_qn") is None:
            return Anaphor("quarter"), None
        n = ["first", "second", "third", "fourth"].index(m.group("ana_qn").lower())
        return Anaphor("year", months=(n * 3 + 1, n * 3 + 3)), None
    if m.group("ana_mhalf"):
        return Anaphor("month", days=(1, 15) if m.group("ana_mhalf").lower() == "first" else (16, 31)), None
    if m.group("ana_ord"):
        n = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].index(
            m.group("ana_ord").lower()) + 1
        return Anaphor("day", n, ordinal=True), None
    if m.group("ana_mn"):
        raw = m.group("ana_mn").lower()
        n = int(raw) if raw.isdigit() else _NUM_WORDS[raw]
        n *= 12 if m.group("ana_munit").lower().startswith("year") else 1
        back = m.group("ana_mdir").lower() == "earlier"
        return Anaphor("day", 0, backward=back, month_offset=-n if back else n), None
    if m.group("ana_hol"):
        md = (9, 9) if m.group("ana_hol")[0] == "I" else (3, 21)
        if m.group("ana_heve"):  # "the eve of Nowruz": the day before the holiday
            md = (md[0], md[1] - 1)
        return Anaphor("holiday", month_day=md), None
    if m.group("ana_dof"):
        part = m.group("ana_dof").lower()
        return Anaphor("day", 0, main_event=True), (None if part == "day" else part)
    if m.group("ana_eve"):
        return Anaphor("day", -1, backward=True), None
    if m.group("ana_h"):
        n = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}.get(m.group("ana_h").lower()) or int(m.group("ana_h"))
        back = m.group("ana_hdir").lower() in {"earlier", "before"}
        return Anaphor("day", -(n // 24) if back else n // 24, backward=back), None
    if m.group("ana_hrs"):
        return Anaphor("day", 0), None
    if m.group("ana_pnight") or m.group("ana_nb"):  # "the previous night", "the night before"
        return Anaphor("day", -1, backward=True), (m.group("ana_pnight") or m.group("ana_nb")).lower()
    if m.group("ana_prev") or (m.group("ana_ba") or "").lower() == "before":
        return Anaphor("day", -1, backward=True), None
    if m.group("ana_ba"):
        return Anaphor("day", 1), None
    raw = m.group("ana_n").lower()
    n = int(raw) if raw.isdigit() else _NUM_WORDS[raw]
    n *= {"w": 7, "f": 14}.get(m.group("ana_unit")[0].lower(), 1)
    back = m.group("ana_dir").lower() in {"earlier", "before"}
    return Anaphor("day", -n if back else n, backward=back), None


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?]\s|\n[ \t]*\n")
#: What may stand between an anaphor and an explicit date in apposition: "Two days earlier, on 2 June".
#: "The previous day, that is on Saturday", "the day before (i.e. on 3 May)", "namely"
_APPOSITION_GAP = re.compile(r"\s*[,(]?\s*(?:(?:that\s+is|i\.\s?e\.|namely)\s*,?\s*)?(?:on\s+|in\s+)?(?:the\s+)?")
#: A reporting verb right before a date: "the commander said on Sunday", "told reporters on Monday"
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}?[a-z]+|announced|stated|added|wrote|confirmed)"
                          r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_DAY_BASES = frozenset({"explicit", "weekday", "relative"})


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def _paragraph_of(starts: list[int], pos: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, pos) - 1


def _is_day(d: DateMention) -> bool:
    """A usable day anchor: resolved, not the dateline (when the story was filed), at most a night's span."""
    return (d.normalized is not None and d.normalized_end is not None and d.basis in _DAY_BASES
            and (d.normalized_end - d.normalized).days <= 1)


def _is_quarter(lo: date, hi: date) -> bool:
    """True for a calendar quarter: 1 January .. 31 March, 1 April .. 30 June, …"""
    return (lo.day == 1 and lo.month % 3 == 1 and hi.year == lo.year and hi.month == lo.month + 2
            and (hi + timedelta(days=1)).day == 1)


def _shift(anchor: DateMention, ana: Anaphor) -> tuple[date, date]:
    from incidents.dating import month_last_day

    if ana.weekday is not None:
        day = _next_weekday(anchor.normalized_end, ana.weekday) if ana.offset > 0 else (
            _previous_weekday(anchor.normalized, ana.weekday))
        return day, day
    if ana.month_offset:  # the same day of the month n months on (or back): 31 March + 1 month = 30 April
        base = anchor.normalized if ana.month_offset < 0 else anchor.normalized_end
        y, mo = divmod(base.year * 12 + base.month - 1 + ana.month_offset, 12)
        day = date(y, mo + 1, min(base.day, month_last_day(y, mo + 1)))
        return day, day
    if ana.ordinal:  # "On the third day": counted from the event's first day
        day = anchor.normalized + timedelta(days=ana.offset)
        return day, day
    if ana.offset == 0:
        return anchor.normalized, anchor.normalized_end
    if ana.morning and anchor.time_of_day == "night" and (anchor.normalized_end - anchor.normalized).days == 1:
        return anchor.normalized_end, anchor.normalized_end  # the morning that ends the night of 10 to 11
    # counting back starts from the anchor's first day, counting on from its last ("the night of 12 to 13")
    day = anchor.normalized + timedelta(days=ana.offset) if ana.offset < 0 else (
        anchor.normalized_end + timedelta(days=ana.offset))
    return day, day


def _next_weekday(day: date, weekday: int) -> date:
    """The first ``weekday`` after ``day`` ("the following Monday" of a Monday is a week on)."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def _previous_weekday(day: date, weekday: int) -> date:
    """The last ``weekday`` before ``day``."""
    return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)


@dataclass
class _Seen:
    """What the dates read so far offer as anchors, kept up to date so each anaphor costs O(1)
    (a backward scan per anaphor was quadratic on a line of thousands of "the following day")."""

    main: DateMention | None = None  # the lede's event day: earliest day of the first paragraph with one
    main_para: int | None = None
    main_said: bool = False  # ``main`` is a day words were said on ("officials said on Wednesday")
    last_day: DateMention | None = None  # the nearest day, resolved anaphors included (chains)
    last_day_para: int = -1
    stated_year: int | None = None  # year of the nearest date that states one
    any_year: int | None = None  # year of the nearest date at all ("in March" read against publication)
    month: tuple[int, int] | None = None  # (year, month) of the nearest date of a month or less
    month_para: int = -1  # the paragraph of that date
    any_end: int = -1  # where the nearest date ends ("that year" in its sentence takes its year)
    #: the nearest calendar week (Monday–Sunday: "last week", "the week of 3 March") and its paragraph:
    #: "Last week: 5 deaths. The week before: 2" counts from it
    last_week: DateMention | None = None
    last_week_para: int = -1
    #: the nearest day that is not an ordinal day ("On the third day"), and its paragraph
    plain_day: DateMention | None = None
    plain_day_para: int = -1
    any_para: int = -1  # the paragraph of the nearest date ("The previous year" counts from its year)
    #: the nearest date of any length ("In July …, and the previous autumn"), resolved anaphors included
    last_any: DateMention | None = None
    last_any_para: int = -1
    #: ``last_day`` is the day words were said on ("told us on Tuesday that … that week")
    last_day_said: bool = False
    #: the nearest date that spans one calendar quarter ("the first quarter of 2025", "Q3 2024")
    last_quarter: DateMention | None = None
    #: the day the last anaphor was counted from by steps 2–4 (None: by apposition or otherwise)
    used: DateMention | None = None


def resolve_anaphora(mentions: Sequence[DateMention], text: str, pub: date | None) -> list[DateMention]:
    """``mentions`` (one article's dates, in text order) with every anaphor's range filled in.

    Mentions without an anaphor are returned unchanged; basis ``dateline`` marks the article's own
    dateline, which is never an anchor.
    """
    if not any(d.anaphor for d in mentions):
        return list(mentions)
    paras = _paragraph_starts(text)
    seen = _Seen()
    out: list[DateMention] = []
    prev_used: DateMention | None = None  # the day the previous anaphor counted from
    for i, d in enumerate(mentions):
        para = _paragraph_of(paras, d.start)
        if d.anaphor is not None:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            prev = out[-1] if out else None
            seen.used = None
            if prev is not None and _restates(prev, d, text):
                lo, hi = prev.normalized, prev.normalized_end  # "returned on 2 September, a fortnight later."
            elif prev is not None and prev_used is not None and _parallel(prev, prev_used, d, text):
                # "found ten days later, and a suspect was detained three weeks later": both from one event
                seen.used = prev_used
                lo, hi = _shift(prev_used, d.anaphor)
            else:
                lo, hi = _anchor_range(d, d.anaphor, nxt, text, para, seen, pub)
            prev_used = seen.used
            d = replace(d, normalized=lo, normalized_end=hi)
        elif d.normalized is not None and d.normalized_end is not None and d.basis != "dateline":
            seen.any_year = d.normalized.year
            seen.any_end = d.end
            seen.any_para = para
            if d.has_year:
                seen.stated_year = d.normalized.year
            if (d.normalized_end - d.normalized).days <= 31:
                seen.month = (d.normalized.year, d.normalized.month)
                seen.month_para = para
            said = _SAID_BEFORE.search(text, max(0, d.start - 40), d.start) is not None
            if _is_day(d) and (seen.main_para is None or para == seen.main_para) and (
                    seen.main is None or d.normalized < seen.main.normalized) and not _off_story(d, text, pub):
                seen.main, seen.main_para, seen.main_said = d, para, said
            elif (seen.main_said and not said and _is_day(d) and seen.main_para is not None
                  and para == seen.main_para + 1 and 0 < (seen.main.normalized - d.normalized).days <= 7):
                # "…, officials said on Wednesday." then "The attack took place late on Monday": the lede
                # gave only the day it was reported; the next paragraph's earlier day is the event
                seen.main, seen.main_para, seen.main_said = d, para, False
        if d.normalized is not None and d.normalized_end is not None and d.basis != "dateline":
            seen.last_any, seen.last_any_para = d, para
            if _is_quarter(d.normalized, d.normalized_end):
                seen.last_quarter = d
        said = d.anaphor is None and _SAID_BEFORE.search(text, max(0, d.start - 40), d.start) is not None
        if _is_day(d) and not (said and seen.last_day is not None and seen.last_day_para == para):
            # (a day the words were said on, "the commander said on Sunday", is no event to count from
            # while an event day of its paragraph was told before it)
            seen.last_day, seen.last_day_para, seen.last_day_said = d, para, said
            if d.anaphor is None or not d.anaphor.ordinal:
                seen.plain_day, seen.plain_day_para = d, para
        elif d.normalized is not None and d.normalized_end is not None and d.normalized.weekday() == 0 \
                and (d.normalized_end - d.normalized).days == 6:
            seen.last_week, seen.last_week_para = d, para
        out.append(d)
    return out


#: An anaphor after a comma that closes its clause: "…, a fortnight later." restates the date before it.
_RESTATING_GAP = re.compile(r"[ \t]*,[ \t]*")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;,)]|$)")


def _restates(prev: DateMention, d: DateMention, text: str) -> bool:
    """True for "returned on 2 September, a fortnight later.": a stated day, then, in apposition, how far
    it lies from the event before (the anaphor adds no date of its own; "Two days earlier, on 2 June"
    is the same relation written the other way round)."""
    return (d.anaphor is not None and d.anaphor.unit == "day" and d.anaphor.offset != 0 and prev.anaphor is None
            and prev.basis in {"explicit", "weekday"} and prev.normalized is not None
            and prev.normalized == prev.normalized_end and prev.end < d.start
            and d.text.lower().endswith(("later", "earlier", "afterwards", "afterward"))
            and _RESTATING_GAP.fullmatch(text, prev.end, d.start) is not None
            and _CLAUSE_END.match(text, d.end) is not None)


#: Two clauses joined: "…, and …", "…; …"
_CLAUSE_JOIN = re.compile(r",\s+and\s|;\s")
#: "ten days later", "three weeks earlier": a counted interval (its first word a number)
_COUNTED = re.compile(r"^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+) "
                      r"\S+ (?:later|earlier|afterwards?)$")


def _parallel(prev: DateMention, used: DateMention, d: DateMention, text: str) -> bool:
    """True for "found ten days later, and a suspect was detained three weeks later" and "The previous
    evening a drone was seen, and earlier that day a patrol found a wire": a longer counted interval
    or "that day" in a clause joined to one with an anaphor counts from that anaphor's day, not from
    it. A shorter one chains ("reopened a month later, and closed again a fortnight later"), and so
    does "the next/following day"."""
    ana = d.anaphor
    if ana is None or prev.anaphor is None or ana.unit != "day" or ana.weekday is not None or ana.ordinal:
        return False
    if ana.offset == 0 and not ana.month_offset:
        if d.text[:4].lower() != "that":
            return False
    elif not _COUNTED.search(d.text) or prev.normalized is None or used.normalized is None:
        return False
    else:
        before = (prev.normalized - used.normalized).days
        span = ana.offset + 30 * ana.month_offset
        if before * span < 0 or abs(span) <= abs(before):
            return False
    gap = text[prev.end:d.start]
    return _CLAUSE_JOIN.search(gap) is not None and _SENTENCE_END.search(gap) is None


#: A line with a sentence in it (a byline or a menu line has none)
_HAS_SENTENCE = re.compile(r"[a-z][.!?](?:\s|$)")


def _off_story(d: DateMention, text: str, pub: date | None) -> bool:
    """A day that cannot be the story's event: a weekend ("I spent last weekend in Vanj"), or the
    publication day in a line without a sentence ("Posted by … · 8 Aug 2025 · 6 min read")."""
    if "weekend" in d.text.lower():
        return True
    if pub is None or d.normalized != pub:
        return False
    end = text.find("\n", d.end)  # (soft wraps inside sentences are spaces in the text read here)
    return _HAS_SENTENCE.search(text, text.rfind("\n", 0, d.start) + 1, len(text) if end < 0 else end) is None


def _season(first: int, last: int, y: int) -> tuple[date, date]:
    """The season of months ``first``..``last`` that begins in year ``y`` (winter ends the next year)."""
    from incidents.dating import month_last_day

    ey = y + 1 if last < first else y
    return date(y, first, 1), date(ey, last, month_last_day(ey, last))


def _shift_months(day: date, months: int, last: bool) -> date:
    """``day`` ``months`` calendar months on; the last day of a month stays its month's last (``last``)."""
    from incidents.dating import month_last_day

    y, mo = divmod(day.year * 12 + day.month - 1 + months, 12)
    end = month_last_day(y, mo + 1)
    keep_end = last and day.day == month_last_day(day.year, day.month)
    return date(y, mo + 1, end if keep_end else min(day.day, end))


def _anchor_range(d: DateMention, ana: Anaphor, nxt: DateMention | None, text: str, para: int, seen: _Seen,
                  pub: date | None) -> tuple[date | None, date | None]:
    from incidents.dating import month_last_day

    if ana.unit == "year":
        y = seen.stated_year if seen.stated_year is not None else seen.any_year
        if seen.any_year is not None and 0 <= seen.any_end <= d.start and _SENTENCE_END.search(
                text, seen.any_end, d.start) is None:
            y = seen.any_year  # "in October a spokesman said seven were wounded that year": the date in its sentence
        if ana.offset:  # "in 2023, up from 97 the year before": the year before that; without one, publication's
            if seen.any_para == para and seen.any_year is not None:
                y = seen.any_year  # "grew by 40 per cent in 2024. The previous year, …": its paragraph's year
            elif y is None or seen.any_end < 0 or _SENTENCE_END.search(text, seen.any_end, d.start) is not None:
                y = pub.year if pub is not None else None
            if y is None:
                return None, None
            y += ana.offset
            return date(y, 1, 1), date(y, 12, 31)
        if ana.months is not None:  # "the second half of the year"
            y = y if y is not None else (pub.year if pub is not None else None)
            if y is None:
                return None, None
            lo, hi = ana.months
            return date(y, lo, 1), date(y, hi, month_last_day(y, hi))
        if y is not None and ana.within is not None:  # "14 October of that year"
            m1, d1, m2, d2 = ana.within
            try:
                return date(y, m1, d1), date(y, m2, min(d2, month_last_day(y, m2)))
            except ValueError:  # 29 February of a common year
                return None, None
        return (date(y, 1, 1), date(y, 12, 31)) if y is not None else (None, None)
    if ana.unit == "month":
        if (seen.month is not None and not ana.offset and seen.month_para != para and seen.main is not None
                and seen.main_para is not None and seen.main_para < para):
            # "that month" opening a paragraph, its last month told in another: the story's event month
            y, mo = seen.main.normalized.year, seen.main.normalized.month
        elif seen.month is not None:
            y, mo = seen.month
        elif ana.offset and pub is not None:  # "the previous month" with no month before it: publication's
            y, mo = pub.year, pub.month
        else:
            return None, None
        y, mo = divmod(y * 12 + mo - 1 + ana.offset, 12)
        mo += 1
        if ana.days is not None:
            last = month_last_day(y, mo)
            return date(y, mo, min(ana.days[0], last)), date(y, mo, min(ana.days[1], last))
        return date(y, mo, 1), date(y, mo, month_last_day(y, mo))
    if ana.unit in {"season", "period"}:
        # "the same period a year earlier": the period just told; a season: its paragraph's date, else the event
        near = ana.unit == "period" or seen.last_any_para == para
        anchor = seen.last_any if near else (seen.main or seen.last_any)
        if anchor is None:
            if not (ana.backward and pub is not None) or ana.unit == "period":
                return None, None
            lo, hi = pub, pub
        else:
            lo, hi = anchor.normalized, anchor.normalized_end
        if ana.unit == "period":
            return _shift_months(lo, ana.month_offset, False), _shift_months(hi, ana.month_offset, True)
        first, last = ana.months or (1, 12)
        if ana.offset > 0:  # the first such season begun after the anchor
            y = hi.year - 1
            while _season(first, last, y)[0] <= hi:
                y += 1
        else:  # the last such season over before it
            y = lo.year
            while _season(first, last, y)[1] >= lo:
                y -= 1
        return _season(first, last, y)
    if ana.unit == "quarter":
        q = seen.last_quarter
        return (q.normalized, q.normalized_end) if q is not None else (None, None)
    if ana.unit == "holiday":
        ref = seen.last_day.normalized_end if seen.last_day is not None else pub
        if ref is None or ana.month_day is None:
            return None, None
        hm, hd = ana.month_day
        if ana.offset > 0:  # a plan: the first such day on or after the reference
            y = ref.year if (hm, hd) >= (ref.month, ref.day) else ref.year + 1
            return date(y, hm, hd), date(y, hm, hd)
        y = ref.year if (hm, hd) <= (ref.month, ref.day) else ref.year - 1
        return date(y, hm, hd), date(y, hm, hd)
    if ana.unit == "week":
        anchor = _anchor_day(para, seen, _said_in_sentence(d, ana, text, seen))
        week = seen.last_week
        if week is not None and seen.last_week_para == para and (anchor is None or anchor.end < week.end):
            anchor = week  # "Last week … The week before": the week told just before, in its paragraph
        if anchor is None:
            if not (ana.backward and pub is not None):
                return None, None
            ref = pub
        else:
            ref = anchor.normalized if ana.offset < 0 else anchor.normalized_end
        monday = ref - timedelta(days=ref.weekday() - 7 * ana.offset)
        return monday, monday + timedelta(days=6)
    # 1. a date in apposition ("Two days earlier, on 2 June", "a day later, on Friday")
    if nxt is not None and nxt.basis in {"explicit", "weekday"} and nxt.normalized is not None:
        gap = _APPOSITION_GAP.match(text, d.end, nxt.start)
        if gap and gap.end() == nxt.start:
            return nxt.normalized, nxt.normalized_end
    # "the day after Independence Day", "two days before Nowruz": counted from the holiday named right after
    if (nxt is not None and nxt.anaphor is not None and nxt.anaphor.unit == "holiday" and ana.weekday is None
            and not ana.month_offset and not ana.ordinal and ana.offset and nxt.start - d.end <= 2
            and text[d.end:nxt.start].isspace()):
        lo, hi = _anchor_range(nxt, nxt.anaphor, None, text, para, seen, pub)
        if lo is not None:
            return _shift(replace(nxt, normalized=lo, normalized_end=hi), ana)
    if ana.main_event and seen.main is not None:  # "before his death": the story's event
        return _shift(seen.main, ana)
    if ana.ordinal:  # "On the fifth day" after "On the third day": from the day the event began
        if seen.plain_day is not None and seen.plain_day_para == para:
            return _shift(seen.plain_day, ana)
        return _shift(seen.main, ana) if seen.main is not None else (None, None)
    # 2. the nearest preceding day in the same paragraph (an anaphor resolved there counts: a chain)
    said = _said_in_sentence(d, ana, text, seen)
    if seen.last_day is not None and seen.last_day_para == para and not said:
        seen.used = seen.last_day
        return _shift(seen.last_day, ana)
    # 3. the lede's event
    if seen.main is not None:
        seen.used = seen.main
        return _shift(seen.main, ana)
    # 4. the nearest preceding day anywhere
    if seen.last_day is not None:
        seen.used = seen.last_day
        return _shift(seen.last_day, ana)
    # "Three days after a firefight …, accounts differ on what happened on the night of 3 June": with
    # no day before it, the day its own sentence goes on to name
    if (nxt is not None and nxt.anaphor is None and nxt.basis in {"explicit", "weekday"} and _is_day(nxt)
            and _SENTENCE_END.search(text, d.end, nxt.start) is None):
        seen.used = nxt
        return _shift(nxt, ana)
    # "Six days after the shooting, the one figure nobody disputes is …" opening an article (no day told
    # before it): the writer's own day, the publication date
    if (pub is not None and not ana.backward and ana.offset > 0 and seen.last_day is None and seen.main is None
            and d.text[-6:].lower() == " after"):
        return pub, pub
    # 5. a look-back from the publication date
    if ana.backward and pub is not None:
        day = _previous_weekday(pub, ana.weekday) if ana.weekday is not None else pub + timedelta(days=ana.offset)
        return day, day
    return None, None


def _said_in_sentence(d: DateMention, ana: Anaphor, text: str, seen: _Seen) -> bool:
    """True for "told us on Tuesday that no shots had been fired that week": "that day/night/week" in
    what was said on a day speaks of the event, not of the day it was said ("said on Tuesday that two
    died the previous day" does count from Tuesday)."""
    return (seen.last_day_said and seen.main is not None and ana.offset == 0 and ana.unit in {"day", "week"}
            and d.text[:4].lower() == "that" and seen.last_day is not None and seen.last_day.end <= d.start
            and _SENTENCE_END.search(text, seen.last_day.end, d.start) is None)


def _anchor_day(para: int, seen: _Seen, said: bool = False) -> DateMention | None:
    """The day an anaphor counts from by steps 2–4 (same paragraph, the lede's event, any before)."""
    if seen.last_day is not None and seen.last_day_para == para and not said:
        return seen.last_day
    return seen.main if seen.main is not None else seen.last_day
