"""Dates in article text, normalised against the article's publication date.

A regex finds the candidates (explicit dates, month spans such as "late November", weekdays,
relative phrases); calendar arithmetic resolves them ("three days ago" included: dateparser cost
~2.4 ms a call there, so it is only the fallback for a relative phrase the arithmetic does not
know). Rules, as documented in the README:

* a date with no year takes the year that puts it on or before the publication date;
* a weekday is the most recent such day on or before the publication date ("last Friday":
  strictly before it);
* "last week" and "past week" are the seven days ending the day before publication; "a week ago"
  is publication − 7 (one day); "this year" 1 January to publication (the rest of the year has not
  happened); "early/mid/late <Month>" are
  days 1–10, 11–20, 21–end (a part starting after the publication day is the year before's: "late June"
  in a mid-June article); "the summer of 2021" June–August, "this spring" the spring of the publication
  year; "28 March – 3 April 2025" and "between 31 March and 3 April" one range across two months;
* anaphoric phrases ("the following day", "two days earlier", "that year") are only marked here:
  :mod:`incidents.anaphora` resolves them once the article's other dates are known.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from incidents.anaphora import ANAPHOR_PATTERN, Anaphor, anaphor_of
from incidents.anaphora import TRIGGER_WORDS as _ANAPHOR_TRIGGERS
from incidents.numbers import words_to_int

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
      r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
#: All-caps month names, for datelines and headlines written in capitals ("JAN. 9, 2026"): only before a day
_M_UP = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
         r"|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)")
#: Month names between hyphens ("26-Nov-2025"): no full stop
_MH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MH_UP = _MH.upper()
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_TOD = r"(?:night|morning|evening|afternoon|dawn|midnight|overnight)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: Solar Hijri months as written in Afghan (Dari) usage, with their common spellings → month number
SH_MONTHS = {"hamal": 1, "sawr": 2, "saur": 2, "jawza": 3, "jauza": 3, "saratan": 4, "asad": 5, "sunbula": 6,
             "sonbola": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "qaus": 9, "jadi": 10, "jaddi": 10, "dalw": 11,
             "dalv": 11, "hut": 12, "hoot": 12}
_SH_MONTHS = "(?:" + "|".join(sorted((k.capitalize() for k in SH_MONTHS), key=len, reverse=True)) + ")"
#: After "the 14th": no month ("the 14th of May") and no noun ("the 201st division", "the 4th battalion")
_NTH_TAIL = (rf"(?!\s+(?:of\s+)?{_M}\b)(?![ \t]+(?!(?:and|or|but|when|while|as|at|in|on|to|after|before|that|the|a|"
             r"an|of|was|were|is|had|has|he|she|they|it|we|from|near|by|with|for|because|amid|despite|during|until|since)\b)[a-z])")
#: Between the two ends of a range of days in different months ("and" only after "between")
_XSEP = r"-|–|—|to|until|till|through|and"
#: Days of the month in words, fifth to thirty-first ("the first" to "the fourth" are too often something else)
_ORD_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORD_DAYS = {w: i + 5 for i, w in enumerate(("fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                                            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                            "eighteenth", "nineteenth", "twentieth"))}
ORD_DAYS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_UNITS)})
ORD_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_ORD_DAY_WORDS = "(?:" + "|".join(sorted(ORD_DAYS, key=len, reverse=True)) + ")"

#: The first character any branch can start with (digits, month and weekday initials, the first
#: letters of the prefixes "early", "since", "the", "last" ...). Every branch starts at a word
#: boundary; one leading ``\b`` plus this look-ahead let the regex engine reject most positions at
#: once instead of trying eight branches there (about 2x faster). Extend it with any new prefix.
DATE_FIRST = "0-9JFMASONDEemlLTtBbIisdUuoafPpWwYynNQH"
_DATE_BRANCHES = (
    "(?:" + "|".join([
        # 2025-11-26
        # 2025-11-26T14:05Z (a timestamp: the date part), 2025/11/26 (year first with slashes: Y/M/D)
        rf"(?P<iso>{_YEAR}(?:-[01]\d-[0-3]\d(?:\b|(?=T[0-2]\d:[0-5]\d))"
        rf"|/(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\b(?![/.]\d)))",
        # 26-Nov-2025 (a month abbreviation between hyphens)
        rf"(?P<dhy>(?P<dhy_d>[12]\d|3[01]|0?[1-9])-(?P<dhy_m>{_MH}|{_MH_UP})-(?P<dhy_y>{_YEAR})\b)",
        # 26.11.2025 / 26/11/2025
        rf"(?P<dmy>(?:[12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9])[./]{_YEAR}\b)",
        # "16.08 06:42 |": a day.month timestamp of a post or log line, before its clock time (year from P)
        r"(?P<dmt>(?<![\d.,])(?P<dmt_d>[12]\d|3[01]|0[1-9])\.(?P<dmt_m>1[0-2]|0[1-9])(?=[ \t]+(?:[01]\d|2[0-3]):[0-5]\d\b))",
        # "15 Jawza 1403", "21 Hamal (9 April)": a Solar Hijri day, with its year or its Gregorian equivalent beside it
        rf"(?P<sh>(?P<sh_d>[12]\d|3[01]|0?[1-9])\s+(?P<sh_m>{_SH_MONTHS})(?:\s+(?P<sh_y>1[34]\d\d)\b|(?=\s*[(/]\s*\d)))",
        # "the week to Sunday", "the seven days ending Friday": the seven days ending on that weekday
        rf"(?P<wkto>[Tt]he\s+(?:week|seven\s+days|7\s+days)\s+(?:to|ending|up\s+to|through)\s+(?:last\s+)?(?P<wkto_d>{_WD})\b)",
        # 28 March – 3 April (2025) / March 28 to April 3, 2025: one range across two months
        rf"(?P<xdm>(?P<xdm_d1>{_DAY})\s+(?P<xdm_m1>{_M})(?:,?\s+(?P<xdm_y1>{_YEAR}))?\s*(?P<xdm_sep>{_XSEP})\s*"
        rf"(?P<xdm_d2>{_DAY})\s+(?P<xdm_m2>{_M})(?:,?\s+(?P<xdm_y2>{_YEAR}))?\b)",
        rf"(?P<xmd>(?P<xmd_m1>{_M})\s+(?P<xmd_d1>{_DAY})(?:,?\s+(?P<xmd_y1>{_YEAR}))?\s*(?P<xmd_sep>{_XSEP})\s*"
        rf"(?P<xmd_m2>{_M})\s+(?P<xmd_d2>{_DAY})\b(?:,?\s+(?P<xmd_y2>{_YEAR})\b)?)",
        # November 26 (and|&|-|to 30)(, 2025)
        # (not across a table's column gap: "June      3      6" is a month row of figures)
        rf"(?P<md>(?P<md_m>{_M}|{_M_UP})(?![ ]{{2}}|\t)\s+(?P<md_d>{_DAY})\b(?:\s*(?P<md_sep>-|–|—|to|and|&|/)\s*(?P<md_d2>{_DAY})\b)?"
        rf"(?:,?\s+(?P<md_y>{_YEAR})\b)?)",
        # (after a column gap, only with the month on the same line: "2      5\nApril" is two table cells)
        # 26 November / 26-27 November (2025) / the night of 5/6 March (a month name after: days, not a numeric date)
        rf"(?P<dm>(?:(?<![ ]{{2}})(?<!\t)|(?=\d\d?(?:st|nd|rd|th)?[ \t]+[A-Z]))(?P<dm_d>{_DAY})(?:\s*(?P<dm_sep>-|–|—|to|and|&|/)\s*(?P<dm_d2>{_DAY}))?\s+(?:of\s+)?"
        rf"(?P<dm_m>{_M}|{_M_UP})(?:,?\s+(?P<dm_y>{_YEAR}))?\b)",
        # late November (2025) / in July / since October 2024 (the preposition is not part of the span)
        # between January and March (2025) / from May to July 2024: one range
        # "June to August" (no preposition: "to" or "through" only; "January and March" are two months)
        rf"(?P<mm>(?:(?P<mm_pre>[Bb]etween|[Ff]rom)\s+)?(?P<mm_m1>{_M})(?:\s+(?P<mm_y1>{_YEAR}))?(?:\s+"
        rf"(?(mm_pre)(?:and|to|until|till|through)|(?:to|through))\s+"
        # "October-December 2025", "Oct–Dec": months joined by a dash
        rf"|\s*[-–—]\s*(?=(?:[Ee]arly|[Mm]id|[Ll]ate)?[\s-]*{_M}))"
        rf"(?:(?P<mm_p2>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?P<mm_m2>{_M})(?!\.?\s+{_DAY}\b)(?:\s+(?P<mm_y2>{_YEAR})|\s+of\s+(?P<mm_this>this|last)\s+year)?\b)",
        # "the first Friday of June (2024)": that weekday of the month
        rf"(?P<nwd>[Tt]he\s+(?P<nwd_n>first|second|third|fourth|last|final)\s+(?P<nwd_d>{_WD})\s+(?:of|in)\s+"
        rf"(?P<nwd_m>{_M})(?!\.?\s+{_DAY}\b)(?:,?\s+(?P<nwd_y>{_YEAR}))?\b)",
        rf"(?P<mon>(?:(?P<mon_part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Ee]nd of|[Tt]he beginning of|[Bb]eginning of|[Tt]he start of|[Ss]tart of"
        # "the first week of May", "the last week of October", "the first half of October"
        r"|[Tt]he (?:first|second|third|fourth|last|final) week of|[Tt]he (?:first|last) (?:two|three) weeks of"
        r"|[Tt]he (?:first|second) half of|[Tt]he (?:first|last|final) (?:few )?days of|[Tt]he first (?:ten|10) days of|[Tt]he (?:first|last|final) day of)"
        rf"[\s-]+|(?P<mon_prep>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Tt]hrough|[Tt]his|[Ll]ast|of"
        # "after a deadly January": an article and an adjective before a month
        rf"|(?:[Aa]n?|[Tt]he)\s+(?!(?:early|mid|late|end|beginning)\b)[a-z]{{3,15}}"
        # "the March shooting": a month used as the event's adjective
        rf"|[Tt]he(?=\s+{_M}\s+(?:shooting|clash|clashes|attack|ambush|raid|incidents?|events|unrest|protests|shelling|killings?|blast"
        rf"|explosion|incursion|fighting|skirmish|firefight|floods?|drownings?|shootings|crash|strike)\b))\s+"
        # "October was quieter", "September saw three clashes": a month opening a sentence as its subject
        rf"|(?:(?<=[.!?]\s)|(?<=\n))(?={_M}\s+(?:was|saw|brought|proved|began|ended|passed|remained|"
        rf"had\s+been|has\s+been|turned\s+out)\b)"
        # "January. The first clash came …", "March - 4 March, Ishkoshim: …", "June" alone on its line:
        # a month heading a paragraph or a list
        # ("June        3        6": a month heading a table row of figures, after a column gap)
        rf"|(?<=\n)(?={_M}(?:(?:[.:]|[ \t]+[-–—])(?:[ \t]|$)|[ \t]*(?:\n|$)|(?:[ ]{{2,}}|\t)[ \t]*\d))"
        # "September's five deaths": a month's possessive (not "May's", a name, except opening a sentence);
        # "the deadliest month was November": a month as the predicate of "month was"
        rf"|(?:(?<=[.!?]\s)|(?<=\n)|(?!May))(?={_M}['’]s\s)|(?<=month was )|(?<=months were ))"
        # (not "of June" in "the night of June 2": that is a day, found at "June")
        rf"(?P<mon_m>{_M})(?!\.?(?![ ]{{2}}|\t)\s+{_DAY}\b)(?![ \t]*[-–—][ \t]*{_M})(?:\s+(?P<mon_y>{_YEAR}))?\b"
        # "Border monitor: October 2024" (a heading): a month with its year needs no preposition
        # ("* DEC 2024 - …": a factbox's capitals)
        rf"|(?P<mon_bare>{_M}|{_M_UP})\s+(?P<mon_by>{_YEAR})\b(?![-/.]\d))",
        # since 2021 / until 2016 / the start of 2026: a whole year (never a bare number)
        rf"(?P<yr>(?:(?:[Ss]ince|[Uu]ntil|[Ii]n|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Dd]uring|(?<=tally )for)\s+"
        rf"(?:(?:the\s+)?(?P<yr_part>start|end|beginning|middle|spring|summer|autumn|winter|fall)\s+of\s+)?"
        rf"|(?:start|end|beginning|middle|whole)\s+of\s+"
        # "the 2021 transition", "The 2019 clash": a year naming an event (section headings write them)
        rf"|(?P<yr_attr>[Tt]he)\s+(?={_YEAR}\s+[a-z])"
        # "The year 2024 closed", "compared with 2024", "As 2024 draws to a close"
        r"|[Tt]he\s+year\s+|(?<=compared with )|(?<=compared to )"
        rf"|[Aa]s\s+(?={_YEAR}\s+(?:draws|drew|comes|came)\s+to\b)"
        # "early 2024" (Jan–Apr), "late 2023" (Sep–Dec)
        # "mid-2024" (May–Aug)
        rf"|(?P<yr_early>[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|-)"
        # "the first half of 2024", "the third quarter of 2024", "the first five months of 2025", "Q3 2024"
        r"|(?P<yr_frac>[Tt]he\s+(?:first|second)\s+half|[Tt]he\s+(?:first|second|third|fourth|last|final)\s+quarter"
        r"|[Tt]he\s+(?:first|final|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months)\s+of\s+"
        r"|(?P<yr_q>Q[1-4]|H[12])\s+"
        # "The winter of 2023–24" with no preposition before it
        r"|[Tt]he\s+(?P<yr_season>spring|summer|autumn|fall|winter)\s+of\s+"
        # "2024 was the most violent year": a year as the subject of a sentence
        rf"|(?={_YEAR}\s+(?:was|saw|brought|has\s+been|had\s+been|became|ha[sd]\s+seen|ha[sd]\s+brought)\b)"
        r"(?<!\d[,.])(?:(?<!\w\s)|(?<=said )|(?<=says )|(?<=that )|(?<=and )|(?<=but )|(?<=while )))"
        rf"(?P<yr_y>{_YEAR})(?:(?P<yr_sep>[–/-])(?P<yr_y2>(?:20)?\d{{2}}))?\b(?![-/.]\d))",
        # (late on|overnight on|on|last|this) Friday (night)
        # "this past Sunday" = last Sunday
        rf"(?P<wd>(?:(?P<wd_pre>[Tt]his past|[Ll]ast|[Tt]his|[Pp]ast|[Oo]n|[Ll]ate on|[Ee]arly on|[Oo]vernight on|[Oo]vernight into|[Tt]he night into|[Ll]ate|[Ee]arly)\s+)?"
        rf"(?P<wd_d>{_WD})(?:\s+(?P<wd_tod>{_TOD}))?\b(?:\s+(?P<wd_wk>(?:of\s+)?(?:last|this)\s+week)\b"
        # "on Tuesday last" = last Tuesday; "Sunday before last": the one a week before that
        r"|\s+(?P<wd_last>(?:before\s+)?last)\b(?!-|\s+(?:week|weekend|month|year|night|time|minute|season)\b))?)",
        # "on the 14th", "the 4th of this month": a day of the publication month (never "the 14th of May",
        # "the 201st division" or "the 4th battalion": a month or a noun after it makes it something else)
        # "between the 3rd and the 5th", "from the 3rd to the 5th": one range of those days
        rf"(?P<nthr>(?:[Bb]etween|[Ff]rom)\s+[Tt]he (?P<nthr_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+(?:and|to|until|till"
        rf"|through)\s+the\s+(?P<nthr_d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{_NTH_TAIL})",
        rf"(?P<nth>[Tt]he (?P<nth_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        r"(?: of (?P<nth_m>this|last|the previous|the same) month\b)?"
        rf"{_NTH_TAIL})",
        # "on the fifteenth", "on the twenty-third of this month": a day of the month written in words (after "on"
        # and before punctuation or "of this/last month" only: "on the fifth floor", "the second" of a list are not)
        rf"(?P<nthw>(?<=[Oo]n )[Tt]he (?P<nthw_d>{_ORD_DAY_WORDS})"
        r"(?: of (?P<nthw_m>this|last|the previous|the same) month\b|(?=[ \t]*[,.;:)]|[ \t]+(?:and|when|after|before)\b)))",
        # anaphoric phrases ("the following day", "two days earlier"): resolved per article
        ANAPHOR_PATTERN,
        # relative phrases
        rf"(?P<rel>(?:[Aa]t|[Oo]ver) the weekend(?! of\b)|(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night"
        r"|(?:[Ee]arlier |[Ll]ater )?(?:[Tt]his|[Ll]ast|[Pp]ast|[Pp]revious) (?:week|month|weekend|year)|[Ii]n the past week"
        r"|(?:[Ee]arly|[Ll]ate) (?:last|this) (?:year|month)|[Tt]he year before|[Ss]ince the (?:start|beginning) of the year|[Ee]arlier this year"
        r"|[Oo]ver the past week|[Ee]arlier in the week|New Year['’]s (?:Eve|Day)|[Tt]he eve of the [Nn]ew [Yy]ear"
        # "since the beginning of last year" (Jan 1 of it .. P), "since the start of the winter" (its first day .. P)
        r"|[Ss]ince the (?:start|beginning) of (?:(?:this|last|the previous) year|(?:the )?(?:spring|summer|autumn|winter)\b)"
        # "the first half of this year", "the third quarter of last year", "the spring of last year"
        r"|[Tt]he (?:(?:first|second) half|(?:first|second|third|fourth|last|final) quarter"
        r"|(?:first|final|last) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months"
        r"|spring|summer|autumn|fall) of (?:this|last) year"
        # "over the winter": the latest such season, like "the spring floods"
        r"|(?<=[Oo]ver the )(?:spring|summer|autumn|winter)(?! of\b)(?![ \t]+(?:months?|seasons?|floods?|thaw|rains|harvest|break|holidays?)\b)"
        r"|[Tt]he (?:weekend|week|month) before last|[Tt]he (?:last|final) day of the year"
        # "the spring floods" (the season of the latest such, anchored on the season), "in the autumn"
        r"|(?<=[Tt]he )(?:spring|summer|autumn)(?= (?:floods?|thaw|rains|harvest)\b)"
        r"|(?<=[Ii]n the )(?:spring|summer|autumn|winter)(?! of\b)(?=[ \t]*[.,;])"
        # "since the summer": the latest such season begun by publication, like "the spring floods"
        r"|(?<=[Ss]ince the )(?:spring|summer|autumn|winter)(?! of\b)(?!\s+(?:floods?|thaw|rains|harvest|months?)\b)"
        r"|[Tt]he day before yesterday|[Tt]he (?:night|evening) before last|[Tt]his (?:morning|afternoon|evening)|(?:[Ll]ast|[Tt]his) (?:spring|summer|autumn|fall|winter)(?!\s+(?:water|well|flows?|feeds?|supplies)\b)"
        r"|(?:[Tt]he )?(?:[Pp]ast|[Ll]ast) (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
        r" (?:days|weeks|months)"
        r"|24 hours|48 hours|72 hours|fortnight)"
        r"|[Ss]ince the (?:start|beginning) of the month|(?:[Tt]he )?(?:beginning|start) of the (?:month|year)"
        r"|(?:[Tt]he )?(?:end|beginning|start) of (?:last|this|the previous) month"
        r"|[Tt]he (?:end of (?:(?:last|the previous) year|the (?:month|year))|turn of the year)"
        r"|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
        r"|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|[Tt]wenty|\d{1,2}) (?:days?|weeks?|fortnights?"
        # "a week ago Monday", "two weeks ago Friday": that weekday n weeks before the bare weekday
        rf"|months?|years?) ago(?: today|(?<=years ago) this week|(?<=year ago) this week"
        rf"|(?:(?<=week ago)|(?<=weeks ago)) (?P<rel_wd>{_WD}))?)\b)",
    ]) + ")"
)
DATE_RE = re.compile(rf"\b(?=[{DATE_FIRST}])" + _DATE_BRANCHES)
#: The same, also starting at a lower-case "hours" ("and hours later"): a second first-character
#: alternative would cost the fast path of ``DATE_RE`` everywhere, so only windows holding "hours " use it
DATE_RE_HOURS = re.compile(rf"\b(?=[{DATE_FIRST}]|hours )" + _DATE_BRANCHES)


@dataclass(frozen=True)
class DateMention:
    """One date expression with its normalised range."""

    start: int
    end: int
    text: str
    normalized: date | None
    normalized_end: date | None
    basis: str  # explicit, weekday, relative, dateline, month
    time_of_day: str | None
    has_year: bool = True
    #: set for an anaphoric phrase, whose range :func:`incidents.anaphora.resolve_anaphora` fills in
    anaphor: Anaphor | None = None


def month_last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_for(month: int, day: int, pub: date | None) -> int | None:
    """The year that puts month/day on or before ``pub``."""
    if pub is None:
        return None
    y = pub.year
    try:
        if date(y, month, min(day, month_last_day(y, month))) > pub:
            y -= 1
    except ValueError:
        return None
    return y


#: A correction or update stamp right before a year-less date: "CORRECTION, Oct 7:", "Updated on 9 May"
_STAMP_BEFORE = re.compile(r"\b(?:CORRECTION|Correction|CORRECTED|Corrected|UPDATE|Update|UPDATED|Updated|CLARIFICATION"
                           r"|Clarification)(?:\s+on)?\s*[,:(]?\s*$")
#: "in 2025", "during 2023": the year a sentence speaks of (not a range such as "in 2021-2022")
_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+((?:19|20)\d\d)\b(?![-–/]\d)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;|\s[–—]\s")
_SENTENCE_END = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)


def _sentence_year(text: str, start: int) -> int | None:
    """The year an "in <year>" earlier in the same sentence gives, when no other year is said after it."""
    lo = max(0, start - 130)
    if text.find("n 19", lo, start) < 0 and text.find("n 20", lo, start) < 0 and text.find("t 20", lo, start) < 0:
        return None  # cheap gate: no "in/during/throughout <year>" nearby
    seg = text[lo:start]
    cut = _SENTENCE_END.match(seg)
    if cut:
        seg = seg[cut.end():]
    found = None
    for hit in _IN_YEAR.finditer(seg):
        found = hit
    if found is None or _YEAR_DIGITS.search(seg, found.end()) or _NEW_CLAUSE.search(seg, found.end()):
        return None  # another year after it, or a new clause ("took over in 2021, and on 5 March ...")
    return int(found.group(1))


#: A plan or schedule said before a year-less date in the same sentence: "will report again in October",
#: "is due to meet on 3 March", "Next snapshot: early May" — the date is the next such day, not the last.
_FUTURE_BEFORE = re.compile(r"(?:\b(?:will|is due to|are due to|(?:is|are) scheduled to|(?:is|are) set to)\s|\bNext [a-z]+:\s)"
                            r"[^.!?\n]{0,60}$")


def _year_at(month: int, day: int, pub: date | None, text: str, start: int, last: int | None = None) -> int | None:
    """:func:`_year_for`, or the year after it when the sentence plans the date (``_FUTURE_BEFORE``) and
    its last day (``last``, else ``day``) is before publication."""
    y = _year_for(month, day, pub)
    if y is None or pub is None:
        return y
    if (_STAMP_BEFORE.search(text, max(0, start - 24), start)
            and 0 < ((_mk(y + 1, month, day) or _mk(y + 1, month, 28)) - pub).days <= 45):
        return y + 1  # "CORRECTION, Oct 7:" under an article of 6 October: the stamp is after publication
    said = _sentence_year(text, start)
    if said is not None and said < y:
        return said  # "in 2025 most were shootings, including the January clash": that year's January
    end = date(y, month, min(last or day, month_last_day(y, month)))
    if end < pub and _FUTURE_BEFORE.search(text, max(0, start - 80), start):
        return y + 1
    return y


def _mk(y: int | None, m: int, d: int) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


@cache
def _dateparser_relative(phrase: str, pub: date) -> date | None:
    """Fallback for relative phrases the arithmetic does not cover, via dateparser (English only)."""
    from datetime import datetime

    import dateparser

    got = dateparser.parse(phrase.replace("earlier", "ago").replace("before", "ago"), languages=["en"],
                           settings={"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                                     "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day)})
    return got.date() if got else None


_TOD_BEFORE = re.compile(r"\b(overnight|(?:night|evening|morning|afternoon)\s+of|late\s+on)\s+(?:the\s+)?$", re.I)
_TOD_AFTER = re.compile(r"^,?\s+(?:at\s+)?(night|morning|evening|afternoon|dawn|midnight)\b", re.I)
_TOD_INSIDE = re.compile(r"\b(overnight|night|evening|morning|afternoon|dawn|midnight)\b", re.I)


def _tod_near(text: str, start: int, end: int) -> str | None:
    """Time of day said with the date: "overnight on Friday", "the night of 26 November", "Friday evening"."""
    m = (_TOD_INSIDE.search(text, start, end) or _TOD_AFTER.match(text[end:end + 20])
         or _TOD_BEFORE.search(text[max(0, start - 24):start]))
    if not m:
        return None
    word = m.group(1).lower().split()[0]
    # "late on Friday" says the date was late in the day, not which part of it
    return {"overnight": "night", "midnight": "night", "dawn": "morning", "late": None}.get(word, word)


_TRIGGER_WORDS = (*MONTHS, *WEEKDAYS, "yesterday", "today", "tonight", "night", "week", "weekend", "month", "year",
                  "ago", "earlier", "before", "previous day", "this morning", "this afternoon", "this evening",
                  "spring", "summer", "autumn", "winter", "24 hours", "48 hours", "72 hours", "past",
                  *(w for w in ORD_DAYS if "-" not in w), "twenty-", "thirty-first",
                  *_ANAPHOR_TRIGGERS)
#: ISO and 26.11.2025; day-month forms trigger on the month; "the 14th" on its ordinal
#: A four-digit run, or a one- or two-digit ordinal ("14th") not preceded by a digit. Written with the
#: leading ``\d`` factored out (same matches as ``\d{4}|(?<!\d)\d{1,2}(?:st|nd|rd|th)\b``): a pattern
#: that starts with one character class lets ``re`` skip to the next digit instead of trying both
#: branches at every character, 6x faster over a whole article.
#: A third branch: a day.month timestamp before a clock time ("16.08 06:42").
_DIGIT_TRIGGER = re.compile(r"\d(?:\d{3}|(?<!\d\d)\d?(?:st|nd|rd|th)\b|\d\.[01]\d[ \t]+[0-2]\d:[0-5]\d)")
WINDOW = 48


@cache
def _trigger_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in _TRIGGER_WORDS:
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


class DateTriggers:
    """Every spot in a text where a date can start, found in one pass over the whole article.

    Per-sentence scanning paid an Aho-Corasick call, a slice and a digit regex per sentence;
    here they run once and :func:`find_dates` looks up the hits of its range by offset. Only
    ranges delimited by whitespace or the text's ends (sentences, the body) may ask: for them a
    word-boundary check never depends on where the range starts or ends, so a trigger inside a
    word ("mar" in "market", "may" in "dismay") is dropped here once.
    """

    def __init__(self, text: str, folded: str, start: int = 0) -> None:
        n_text = len(folded)
        firsts: list[int] = []
        self.spanning: dict[int, int] = {}  # first → last of the triggers with a space ("previous day")
        shorter: dict[int, None] = {}  # firsts that also start a one-word trigger
        for end_idx, n in _trigger_automaton().iter(folded, start):
            first = end_idx - n + 1
            after = end_idx + 1
            if first > 0 and folded[first - 1].isalnum():
                continue  # inside a word
            if after < n_text and n <= 4 and folded[after].isalpha() and folded[after] != "s":
                continue  # "mar" in "market", "dec" in "decision"
            firsts.append(first)
            if " " in folded[first:after]:
                self.spanning[first] = min(end_idx, self.spanning.get(first, end_idx))
            else:  # a one-word trigger at the same spot ("week" in "week after") ends inside any range
                shorter[first] = None
        firsts += [m.start() for m in _DIGIT_TRIGGER.finditer(text, start)]
        for first in shorter:
            self.spanning.pop(first, None)
        firsts = sorted(set(firsts))
        self.firsts = firsts

    def spots(self, start: int, end: int) -> list[int]:
        """Trigger offsets inside ``[start, end)``, a whitespace-delimited range."""
        out = self.firsts[bisect_left(self.firsts, start):bisect_left(self.firsts, end)]
        if self.spanning:  # a two-word trigger may run past the range's end
            out = [f for f in out if self.spanning.get(f, -1) < end]
        return out

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.firsts, start)
        return i < len(self.firsts) and self.firsts[i] < end


def _trigger_spots(text: str, start: int, end: int, folded_text: str | None) -> list[int]:
    """Trigger offsets in ``text[start:end]`` scanned on their own (for ranges cut mid-word)."""
    from geodata import fold

    hits: list[int] = []
    folded = folded_text[start:end] if folded_text is not None else fold(text[start:end])
    for end_idx, n in _trigger_automaton().iter(folded):
        first = end_idx - n + 1
        if first > 0 and folded[first - 1].isalnum():
            continue  # inside a word
        if end_idx + 1 < len(folded) and folded[end_idx + 1].isalpha() and n <= 4 and folded[end_idx + 1] != "s":
            continue  # "mar" in "market", "dec" in "decision"
        hits.append(start + first)
    hits += [m.start() for m in _DIGIT_TRIGGER.finditer(text, start, end)]
    return sorted(set(hits))  # "week" and "week after" start at one spot


def _windows(text: str, start: int, end: int, folded_text: str | None = None,
             triggers: DateTriggers | None = None) -> list[tuple[int, int]]:
    """Stretches of ``text[start:end]`` around date trigger words: the only places a date can start.

    Scanning the full date regex over every character of every sentence was the extractor's
    biggest cost; one Aho-Corasick pass finds the few spots worth the regex.
    """
    hits = triggers.spots(start, end) if triggers is not None else _trigger_spots(text, start, end, folded_text)
    if not hits:
        return []
    hits.sort()
    spans: list[tuple[int, int]] = []
    for h in hits:
        a, b = max(start, h - WINDOW), min(end, h + WINDOW)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def find_dates(text: str, pub: date | None, start: int = 0, end: int | None = None,
               folded: str | None = None, triggers: DateTriggers | None = None) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, normalised against ``pub`` (``folded``: ``fold(text)``).

    ``triggers`` (built over the same ``text``) saves the trigger scan; it is only exact for a
    range delimited by whitespace or the text's ends, such as a whole sentence.
    """
    if pub is not None and not (MIN_YEAR <= pub.year <= MAX_YEAR):
        pub = None  # relative arithmetic on 0001-01-01 would overflow; such a date says nothing
    end = len(text) if end is None else end
    out: list[DateMention] = []
    last_end = -1
    for a, b in _windows(text, start, end, folded, triggers):
        # widen to whole words so a window edge never cuts an expression in two
        while a > start and not text[a - 1].isspace():
            a -= 1
        while b < end and not text[b].isspace():
            b += 1
        for m in (DATE_RE_HOURS if text.find("hours ", a, b) >= 0 else DATE_RE).finditer(text, a, b):
            if m.start() < last_end:
                continue
            got = _resolve(m, text, pub)
            if got and _HYPO_CUE.search(text, max(a, m.start() - 90), m.start()):
                got = [d for d in got if not _hypothetical(d, text, pub)]
            last_end = max(m.end(), got[-1].end) if got else m.end()
            if got and out and got[0].anaphor is not None and _appositive_relation(out[-1], got[0], text):
                continue
            if got and got[0].anaphor is not None and _relation_to_counted_event(got[0], text):
                continue
            if got and out and _restated_in_brackets(out[-1], got[0], text):
                out.pop()  # "Previous week (1–7 August)": the bracket gives the period itself, one claim
            out.extend(got)
    if len(out) < 2:
        return out
    return _month_year_qualifier(_merge_month_part_ranges(_merge_weekday_dates(out, text), text), text, pub)


#: Cheap gate for :func:`_hypothetical`: a cue word of a plan, a forecast or the report's own next issue.
_HYPO_CUE = re.compile(r"\b(?:[Nn]ext|expect|forecast|predict|anticipate|plann?(?:ed|s)? to|hope[sd]? to|intend|due to"
                       r"|supposed to|scheduled to|set to|set for|scheduled for|will|would be)")
#: "had been due to finish his service in January", "was supposed to return on Friday": a plan of the past
#: that the story says did not happen (after "due to" a verb, never a cause: "was due to heavy snow in March")
_PAST_PLAN_BEFORE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:due\s+to\s+(?:be|finish|complete|return|leave|start|begin"
                               r"|end|meet|marry|retire|graduate|travel|visit|come|go|serve|sign|open|reopen|arrive|fly)"
                               r"|supposed\s+to|scheduled\s+to)\b[^.!?\n;]{0,50}$")
#: "Passenger trains are due to resume later this year", "the bridge is scheduled to reopen in May":
#: a schedule in the present tense (never "was due to", a plan of the past)
_DUE_NOW_BEFORE = re.compile(r"\b(?:is|are|remains?)\s+(?:due|scheduled|set)\s+to\s[^.!?\n;]{0,50}$")
#: "Our next brief will be published in June", "The next briefing is on Friday": a schedule, not an event
_NEXT_ISSUE_BEFORE = re.compile(r"\b[Nn]ext\s+(?:[a-z]+\s+)?(?:brief|briefing|briefings|issue|edition|digest|update|report"
                                r"|bulletin|newsletter|review|meeting|round|session|hearing|press conference)"
                                r"\s+(?:is|will|are|would|should)\b[^.!?\n]{0,50}$")
#: "The hearing is set for 3 June", "would be set in March", "will be reviewed on 2 May": a date fixed
#: for something still to come (a calendar date, even one the year rule put before publication)
_SET_FOR_BEFORE = re.compile(r"\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:set|scheduled|fixed|planned|listed)"
                             r"|(?:will|would|shall)\s+be\s+(?:set|held|scheduled|fixed|heard|reviewed|decided|announced"
                             r"|published|released))\s+(?:for|on|in|at|by)\s+(?:the\s+)?$")
#: "She will be buried in Darband on Sunday": a weekday in a sentence in the future tense (a weekday is
#: otherwise read backwards, as the last such day on or before publication)
_WILL_BEFORE = re.compile(r"\b(?:will|is\s+going\s+to|are\s+going\s+to)\s[^.!?\n;:\"“”]{0,60}$")
#: "planned to marry in the spring", "hopes to return in June": the plan's time, never an event's
_PLAN_TO_BEFORE = re.compile(r"\b(?:plann?(?:ed|s)?|hope[sd]?|intend(?:ed|s)?)\s+to\s[^.!?\n,;]{0,50}$")
#: "We expect incidents to rise in the spring of 2026": a forecast for a time after publication
#: A forecast in the present tense ("we expect", "forecasts"), not "expected" (which may tell the past)
_EXPECT_NOW_BEFORE = re.compile(r"\b(?:expects?|forecasts?|predicts?|anticipates?)\b[^.!?\n]{0,60}$")
#: "is expected to speak later on Friday", "will meet later on Monday": later on the day of publication
_LATER_TODAY_BEFORE = re.compile(r"\b(?:(?:is|are)\s+(?:expected|due|scheduled|set|likely)\s+to|will)\s[^.!?\n;]{0,60}"
                                 r"\blater\s+(?:on\s+)?$")
_FORECAST_BEFORE = re.compile(r"\b(?:expect(?:s|ed)?|forecasts?|predicts?|anticipates?)\b[^.!?\n]{0,60}$")


def _hypothetical(d: DateMention, text: str, pub: date | None) -> bool:
    """A date in a schedule, a plan or a forecast (no event happened then): not annotated."""
    if d.anaphor is not None:
        return False
    lo = max(0, d.start - 90)
    if _NEXT_ISSUE_BEFORE.search(text, lo, d.start):
        return True
    if d.basis != "explicit" and _PLAN_TO_BEFORE.search(text, lo, d.start):
        return True
    if _PAST_PLAN_BEFORE.search(text, lo, d.start):
        return True
    if not (pub is not None and d.normalized == pub == d.normalized_end) and _SET_FOR_BEFORE.search(text, max(0, d.start - 40), d.start):
        return True  # (publication's own day may be the day it happens: "will be held today")
    if d.basis == "weekday" and _WILL_BEFORE.search(text, lo, d.start):
        return True
    if d.basis != "explicit" and _DUE_NOW_BEFORE.search(text, lo, d.start):
        return True  # "trains are due to resume later this year": a schedule still to come
    if d.basis == "weekday" and _EXPECT_NOW_BEFORE.search(text, lo, d.start):
        return True
    if (d.basis == "weekday" and pub is not None and d.normalized == pub and _LATER_TODAY_BEFORE.search(text, lo, d.start)):
        return True  # "is expected to brief reporters later on Thursday" (a Thursday article): still to come  # "We expect to discharge four more by Friday": a weekday is read backwards, never as future
    return pub is not None and d.normalized_end is not None and d.normalized_end > pub and bool(
        _FORECAST_BEFORE.search(text, lo, d.start))


#: "Last week's digest", "yesterday's edition": a publication's own issue named by its day
_OWN_ISSUE_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:digest|issue|edition|bulletin|newsletter|brief|briefing|column"
                              r"|update|round-?up|podcast|broadcast|programme|program|show)\b")
#: "last Tuesday, a week after the governor's visit": an "after"/"before" phrase in apposition to the date
#: just said tells how that day stands to another event; it dates nothing new (and counting from the
#: date it follows would be wrong: "Tuesday, a week after Tuesday")
_APPOSITION_COMMA = re.compile(r"\s*(?:,|[–—]|--)\s*")


def _appositive_relation(prev: DateMention, d: DateMention, text: str) -> bool:
    return (d.anaphor.unit == "day" and d.anaphor.offset != 0 and d.text.lower().endswith(("after", "before"))
            and prev.anaphor is None and prev.end < d.start and _APPOSITION_COMMA.fullmatch(text, prev.end, d.start)
            is not None)


#: "a week after three Chinese citizens were killed": counted from another event told with its own toll,
#: which has no date of its own here; the article's main event is no anchor for it
_COUNTED_EVENT_AFTER = re.compile(r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
                                  rf"(?:\s+more)?\s+(?!(?:days?|weeks?|months?|years?|hours?|of|{_M})\b)[A-Za-z]")


def _relation_to_counted_event(d: DateMention, text: str) -> bool:
    return (d.anaphor.unit == "day" and d.anaphor.offset != 0 and d.text.lower().endswith(("after", "before"))
            and _COUNTED_EVENT_AFTER.match(text, d.end) is not None)


_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*")


def _restated_in_brackets(prev: DateMention, d: DateMention, text: str) -> bool:
    """True for "Previous week (1–7 August)", "Last month (1–31 May)": a relative period label followed by
    the calendar dates of a period just as long, in brackets (a day after "last month" is no restatement)."""
    return (prev.basis == "relative" and prev.anaphor is None and d.basis == "explicit" and d.anaphor is None
            and prev.normalized is not None and prev.normalized_end is not None and d.normalized is not None
            and d.normalized_end is not None and prev.end < d.start
            and abs((prev.normalized_end - prev.normalized) - (d.normalized_end - d.normalized)) <= timedelta(days=1)
            and (d.normalized_end - d.normalized).days >= 1
            and _BRACKET_GAP.fullmatch(text, prev.end, d.start) is not None)


_QUALIFIER_GAP = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?")


def _month_year_qualifier(found: list[DateMention], text: str, pub: date | None) -> list[DateMention]:
    """ "the May events this year", "the March floods last year": "this/last year" names the month's year,
    not a second date (the month takes that year)."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev is not None and pub is not None and d.basis == "relative" and d.anaphor is None
                and d.text.lower() in {"this year", "last year"} and prev.basis == "month" and not prev.has_year
                and prev.normalized is not None and prev.anaphor is None and prev.end < d.start
                and _QUALIFIER_GAP.fullmatch(text, prev.end, d.start)):
            y = pub.year - (d.text.lower() == "last year")
            mo = prev.normalized.month
            if prev.normalized.year != y and prev.normalized_end.month == mo:
                out[-1] = replace(prev, normalized=date(y, mo, 1), normalized_end=date(y, mo, month_last_day(y, mo)))
            continue
        out.append(d)
    return out


_RANGE_FROM_BEFORE = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*")
_MONTH_IN = re.compile(_M)


def _merge_month_part_ranges(found: list[DateMention], text: str) -> list[DateMention]:
    """ "from late October to early November", "between mid-May and early June": one range, from the first
    part's first day to the second's last (the first takes its year from the second)."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.basis in {"month", "relative"} and d.basis in {"month", "relative"}
                and prev.end < d.start and prev.normalized is not None and d.normalized is not None
                and prev.anaphor is None and d.anaphor is None
                and prev.normalized.month == prev.normalized_end.month and d.normalized.month == d.normalized_end.month
                and _MONTH_IN.search(prev.text) and _MONTH_IN.search(d.text)):
            gap = _RANGE_GAP.fullmatch(text, prev.end, d.start)
            pre = _RANGE_FROM_BEFORE.search(text, max(0, prev.start - 10), prev.start)
            if gap and pre and ("and" not in text[prev.end:d.start] or pre.group(1).lower() == "between"):
                lo = prev.normalized
                if not prev.has_year:
                    lo = _mk(d.normalized.year - (lo.month > d.normalized.month), lo.month, lo.day) or lo
                if lo <= d.normalized_end:
                    out[-1] = DateMention(pre.start(), d.end, text[pre.start():d.end], lo, d.normalized_end, "month",
                                          prev.time_of_day or d.time_of_day, prev.has_year or d.has_year)
                    continue
        out.append(d)
    return out


#: Between a weekday and the calendar date it introduces: "Saturday, 12 October 2024", "Monday 3 March".
_WD_RE = re.compile(_WD)
_WEEKDAY_SPAN_GAP = re.compile(r"\s*(?:-|–|—|to|into)\s*")
_WEEKDAY_GAP = re.compile(r",?[ \t]*(?:the[ \t]+)?")
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_NTH_TEXT = re.compile(r"[Tt]he \d")


def _merge_weekday_dates(found: list[DateMention], text: str) -> list[DateMention]:
    """A weekday naming the same day as the explicit date right after it is one date, not two.

    Bylines and datelines write "Saturday, 12 October 2024"; read apart, the weekday is resolved
    against the publication date and the day is a second claim on one expression. The calendar date
    decides the value (a weekday says less).
    """
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.basis == "weekday" and d.basis == "weekday" and prev.normalized is not None
                and _WEEKDAY_SPAN_GAP.fullmatch(text, prev.end, d.start)):
            # "the night of Friday to Saturday": one night over two days, counted back from the later one
            first, second = (WEEKDAYS[w.group(0).lower()] for w in (_WD_RE.search(prev.text), _WD_RE.search(d.text)))
            if second == (first + 1) % 7 and d.normalized is not None:
                out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], d.normalized - timedelta(days=1),
                                      d.normalized, "weekday", prev.time_of_day or d.time_of_day, False)
                continue
        if (prev is not None and prev.basis == "weekday" and d.basis == "explicit" and prev.end < d.start
                and prev.normalized is not None and d.normalized is not None
                and prev.normalized_end - prev.normalized == d.normalized_end - d.normalized == timedelta(days=1)
                and _WEEKDAY_GAP.fullmatch(text, prev.end, d.start)):
            # "the night of Thursday to Friday, 9 to 10 October": the days say which night (one claim)
            out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], d.normalized, d.normalized_end,
                                  d.basis, prev.time_of_day or d.time_of_day, d.has_year)
            continue
        if (prev is not None and prev.basis == "weekday" and prev.end < d.start and d.normalized is not None
                and d.normalized == d.normalized_end and (d.basis == "explicit" or _NTH_TEXT.match(d.text))):
            # ("Saturday, the 14th": the day of the month decides, like a calendar date)
            gap = _WEEKDAY_GAP.match(text, prev.end, d.start)
            if gap and gap.end() == d.start:
                out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], d.normalized, d.normalized_end,
                                      d.basis, d.time_of_day or prev.time_of_day, d.has_year)
                continue
        if (prev is not None and prev.basis == "weekday" and d.basis == "explicit" and d.normalized is not None
                and d.normalized == d.normalized_end and _BRACKET_OPEN.fullmatch(text, prev.end, d.start)
                and text.startswith(")", d.end) and (wd := _WD_RE.search(prev.text)) is not None
                and WEEKDAYS[wd.group(0).lower()] == d.normalized.weekday()):
            # "1. Monday (4 March), Farkhor: …": the bracketed date says which Monday (both stay claims)
            out[-1] = DateMention(prev.start, prev.end, prev.text, d.normalized, d.normalized, prev.basis,
                                  prev.time_of_day, prev.has_year)
            out.append(d)
            continue
        if (prev is not None and prev.basis == "weekday" and d.basis == "weekday" and prev.normalized is not None
                and d.normalized is not None and prev.normalized == prev.normalized_end
                and d.normalized == d.normalized_end and _WD_RE.fullmatch(prev.text) and _WD_RE.fullmatch(d.text)):
            # "from Friday to Sunday", "between Monday and Wednesday": one range ending on the later day
            pre = _RANGE_FROM_BEFORE.search(text, max(0, prev.start - 10), prev.start)
            gap = _RANGE_GAP.fullmatch(text, prev.end, d.start)
            if pre and gap and ("and" not in text[prev.end:d.start] or pre.group(1).lower() == "between"):
                first = WEEKDAYS[prev.text.lower()]
                lo = d.normalized - timedelta(days=(d.normalized.weekday() - first) % 7 or 7)
                out[-1] = DateMention(pre.start(), d.end, text[pre.start():d.end], lo, d.normalized, "weekday",
                                      prev.time_of_day or d.time_of_day, False)
                continue
        out.append(d)
    return out


def _resolve(m: re.Match, text: str, pub: date | None) -> list[DateMention]:
    s, e, t = m.start(), m.end(), m.group(0)
    tod = _tod_near(text, s, e)
    if m.group("iso"):
        y, mo, d = (int(x) for x in re.split(r"[-/]", t))
        dt = _mk(y, mo, d)
        return [DateMention(s, e, t, dt, dt, "explicit", tod)] if dt else []
    if m.group("dhy"):  # "26-Nov-2025"
        dt = _mk(int(m.group("dhy_y")), _month(m.group("dhy_m")), int(m.group("dhy_d")))
        return [DateMention(s, e, t, dt, dt, "explicit", tod)] if dt else []
    if m.group("dmy"):
        d, mo, y = (int(x) for x in re.split(r"[./]", t))
        dt = _mk(y, mo, d)
        return [DateMention(s, e, t, dt, dt, "explicit", tod)] if dt else []
    if m.group("dmt"):  # "16.08 06:42": the post's day, in the year that puts it on or before P
        d, mo = int(m.group("dmt_d")), int(m.group("dmt_m"))
        dt = _mk(_year_for(mo, d, pub), mo, d)
        return [DateMention(s, e, t, dt, dt, "explicit", tod, False)] if dt or pub is None else []
    if m.group("sh"):
        dt = _solar_hijri(int(m.group("sh_d")), SH_MONTHS[m.group("sh_m").lower()],
                          int(m.group("sh_y")) if m.group("sh_y") else None, pub)
        return [DateMention(s, e, t, dt, dt, "explicit", tod, bool(m.group("sh_y")))] if dt or pub is None else []
    if m.group("wkto"):  # "the week to Sunday": the seven days ending on the last such day on or before P
        if pub is None:
            return [DateMention(s, e, t, None, None, "weekday", tod, False)]
        hi = pub - timedelta(days=(pub.weekday() - WEEKDAYS[m.group("wkto_d").lower()]) % 7)
        return [DateMention(s, e, t, hi - timedelta(days=6), hi, "weekday", tod, False)]
    if m.group("xdm") or m.group("xmd"):
        return _cross_month(m, "xdm" if m.group("xdm") else "xmd", text, pub, tod)
    if m.group("md") or m.group("dm"):
        p = "md" if m.group("md") else "dm"
        mo, d1 = _month(m.group(f"{p}_m")), _day(m.group(f"{p}_d"))
        d2 = _day(m.group(f"{p}_d2")) if m.group(f"{p}_d2") else None
        if (d2 is None and s >= 4 and text[s - 4:s] in ("the ", "The ") and not m.group(f"{p}_y")
                and _NAMED_AFTER.match(text, e)):
            return []  # "the May 1 bridge": a name
        if d2 is None and not m.group(f"{p}_y") and _OF_THAT_YEAR.match(text, e):
            return [_that_year(s, e, t, tod, (mo, d1, mo, d1), "explicit")]  # "On 14 October of that year"
        y = int(m.group(f"{p}_y")) if m.group(f"{p}_y") else _year_at(mo, d1, pub, text, s)
        has_year = bool(m.group(f"{p}_y"))
        this_year = None if has_year or pub is None else _OF_THIS_YEAR.match(text, e)
        if this_year:  # "on 14 June of this year": the day in the publication year (or the one before)
            y, e, has_year = pub.year - (this_year.group(1).lower() == "last"), this_year.end(), True
            t = text[s:e]
        sep = (m.group(f"{p}_sep") or "").lower()
        first, second = _mk(y, mo, d1), (_mk(y, mo, d2) if d2 else None)
        if d2 and sep in {"and", "&"} and _BETWEEN_BEFORE.search(text, max(0, s - 10), s) and first and second \
                and second > first:
            return [DateMention(s, e, t, first, second, "explicit", tod, has_year)]  # "between 3 and 5 May"
        if d2 and sep in {"and", "&"} and first and second and second == first + timedelta(days=1):
            return [DateMention(s, e, t, first, second, "explicit", tod, has_year)]  # "on 3 and 4 May": two days in a row
        if d2 and sep in {"and", "&"}:
            # two dates: "November 26 and 30" → one claim per day, each with its own span
            if p == "md":  # "November 26 and 30"
                spans = [(s, m.end("md_d")), (m.start("md_d2"), m.end("md_d2"))]
            else:  # "26 and 27 November"
                spans = [(s, m.end("dm_d")), (m.start("dm_d2"), e)]
            return [DateMention(a, b, text[a:b], dt, dt, "explicit", tod, has_year)
                    for (a, b), dt in zip(spans, (first, second)) if dt or pub is None]
        if d2 and second and first and second >= first:
            return [DateMention(s, e, t, first, second, "explicit", tod, has_year)]
        if first is None and (has_year or pub is not None):
            return []  # "31 February 2024" is no date
        return [DateMention(s, e, t, first, first, "explicit", tod, has_year)]
    if m.group("mm"):
        return _month_range(m, s, e, t, pub, tod)
    if m.group("nwd"):
        return _nth_weekday(m, s, e, t, pub, tod)
    if m.group("mon"):
        if m.group("mon_bare"):
            mo, y = _month(m.group("mon_bare")), int(m.group("mon_by"))
            return [DateMention(s, e, t, date(y, mo, 1), date(y, mo, month_last_day(y, mo)), "month", tod, True)]
        if m.group("mon_prep"):
            s, t = m.start("mon_m"), text[m.start("mon_m"):e]
        mo = _month(m.group("mon_m"))
        part = (m.group("mon_part") or "").lower()
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}.get(part, (1, 31))
        if "end" in part:  # "the end of March" = "late March"
            lo, hi = (21, 31)
        if "beginning" in part:
            lo, hi = (1, 7)
        if "start" in part:  # "at the start of May" = "early May" (set F: start = early)
            lo, hi = (1, 10)
        if ("start" in part or "beginning" in part) and _SINCE_BEFORE.search(text, max(0, s - 8), s):
            lo, hi = (1, 31)  # "since the start of March": from then on, dated by the whole month (sets B–D)
        if part.endswith("day of"):  # "the last day of February": its last day (28 to put it before P)
            lo, hi = (1, 1) if "first" in part else (28, 31)
        if part.endswith("days of"):  # "the last days of October" = the end of October; "the first (ten) days" = early
            lo, hi = (1, 10) if "first" in part else (21, 31)
        if "week" in part or "half" in part:  # "the second week of May" = 8..14, "the first half of May" = 1..15
            lo, hi = _MONTH_PARTS.get(part.split(" ", 1)[1].rsplit(" ", 1)[0], (1, 31))
        if not m.group("mon_y") and _OF_THAT_YEAR.match(text, e):  # "in late October of that year"
            return [_that_year(s, e, t, tod, (mo, max(lo, 1), mo, hi if lo > 0 else 31), "month")]
        # the year that puts the part's first day on or before publication ("late June" in mid-June: last year's)
        y = int(m.group("mon_y")) if m.group("mon_y") else _year_at(mo, lo if lo > 0 else 29 + 7 * lo, pub, text, s, hi)
        this_year = None if m.group("mon_y") or pub is None else _OF_THIS_YEAR.match(text, e)
        if (y is not None and pub is not None and not m.group("mon_y") and not this_year and s >= 10
                and "ast year" in text[max(0, s - 40):s] and _LAST_YEAR_LEAD.search(text, max(0, s - 40), s)):
            y = pub.year - 1  # "Last year, in April": April of the year before publication
        if this_year:  # "in June of this year": that month of the publication year ("of last year": the one before)
            y, e = pub.year - (this_year.group(1).lower() == "last"), this_year.end()
            t = text[s:e]
        if (y is not None and pub is not None and not m.group("mon_y") and not this_year and not part
                and (m.group("mon_prep") or "").lower() == "last" and (y, mo) == (pub.year, pub.month)):
            y -= 1  # "last December" in a December article: the December before
        if y is None:
            return [DateMention(s, e, t, None, None, "month", tod, False)]
        last = month_last_day(y, mo)
        lo, hi = (last + 7 * lo + 1, last) if lo < 0 else (lo, min(hi, last))
        if part.endswith("day of") and "first" not in part:
            lo = hi = last
        return [DateMention(s, e, t, date(y, mo, lo), date(y, mo, hi), "month" if not part else "relative", tod,
                            bool(m.group("mon_y") or this_year))]
    if m.group("yr"):
        if _BORN_BEFORE.search(text, max(0, s - 12), s):
            return []  # "born in 1987": a person's age, not an event
        y = int(m.group("yr_y"))
        season = (m.group("yr_part") or "").lower()
        if season in _SEASONS:  # "the summer of 2021": the season's months, the phrase its span
            s = m.start("yr_part")
            return [DateMention(s, e, text[s:e], *_season_span(season, y), "year", tod, True)]
        if m.group("yr_early"):  # same parts of a year as "early/late last year"
            lo, hi = {"early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31))}.get(m.group("yr_early").lower(),
                                                                             ((9, 1), (12, 31)))
            return [DateMention(s, e, t, date(y, *lo), date(y, *hi), "year", tod, True)]
        season = (m.group("yr_season") or "").lower() or season
        y2 = m.group("yr_y2")
        if season == "winter" and y2 is not None and int(y2) in {(y + 1) % 100, y + 1}:
            # "the winter of 2023–24": December to February ("the winter of 2022" alone stays the year)
            s = m.start("yr_season") if m.group("yr_season") else m.start("yr_part")
            return [DateMention(s, e, text[s:e], date(y, 12, 1), _feb_end(y + 1), "year", tod, True)]
        if y2 is not None:  # "2023-24" outside a winter: the old reading (no date; "2023–24": the first year)
            if m.group("yr_sep") != "–":
                return []
            e = m.start("yr_sep")
        if m.group("yr_season") and season in _SEASONS:  # "The summer of 2021" with no preposition
            s = m.start("yr_season")
            return [DateMention(s, e, text[s:e], *_season_span(season, y), "year", tod, True)]
        frac = m.group("yr_frac") or m.group("yr_q")
        if frac:  # "the first half of 2024", "Q3 2024", "the first five months of 2025"
            lo_m, hi_m = _year_part(frac)
            return [DateMention(s, e, text[s:e], date(y, lo_m, 1), date(y, hi_m, month_last_day(y, hi_m)), "year", tod,
                                True)]
        if (pub is not None and y == pub.year and season in {"start", "beginning"} and t[:5] in {"since", "Since"}):
            # "since the beginning of 2023" in a 2023 article = "since the start of the year": Jan 1 .. P
            return [DateMention(m.start("yr_y"), e, m.group("yr_y"), date(y, 1, 1), pub, "year", tod, True)]
        return [DateMention(m.start("yr_y"), e, m.group("yr_y"), date(y, 1, 1), date(y, 12, 31), "year", tod, True)]
    if m.group("ana"):
        if (m.group("ana_n") or m.group("ana_h") or m.group("ana_hrs") or m.group("ana_mn")) and (_APPROX_BEFORE.search(text, max(0, s - 14), s)
                                                       or _THAN_AFTER.match(text, e)):
            # "Nearly a week after the attack", "held for 72 hours before": an interval, not a date;
            # "three days earlier than planned", "a week later than usual": a comparison
            return []
        if t[-4:] == "year" and _DATE_OF_BEFORE.search(text, max(0, s - 16), s):
            return []  # "that year" of "14 October of that year": the date before it took its year
        ana, ana_tod = anaphor_of(m)
        if ana.unit == "quarter" and not _QUARTER_TOLD.search(text, max(0, s - 4000), s):
            return []  # "in the quarter" with no quarter told before: a town's quarter, not a date
        if ana.unit == "holiday" and (_PLACE_AFTER.match(text, e) or _SETTLEMENT_AFTER.match(text, e)
                                      or _SETTLEMENT_BEFORE.search(text, max(0, s - 24), s)):
            # "the Navruz concert hall", "Independence Day Square", "the village of Navruz": a name, not the day
            return []
        if ana.unit == "holiday" and _AFGHAN_BEFORE.search(text, max(0, s - 16), s):
            ana = _AFGHAN_INDEPENDENCE  # Afghanistan's Independence Day is 19 August
        if ana.unit == "holiday" and _PLAN_BEFORE.search(text, max(0, s - 70), s):
            ana = replace(ana, offset=1)  # "he promised to be home for Navruz": the next one, not the last
        elif ana.unit == "day" and ana.offset and (_DEATH_AFTER.match(text, e) or (
                t[-5:].lower() in {"after", "efore"} and _EVENT_AFTER.match(text, e))):
            ana = replace(ana, main_event=True)  # "a fortnight before his death": counted from the story's event
        # the range is the anchor's, known only once the article's other dates are (resolve_anaphora)
        return [DateMention(s, e, t, None, None, "relative", tod or ana_tod, False, ana)]
    if m.group("nth") or m.group("nthr") or m.group("nthw"):
        return _nth_day(m, s, e, t, pub, tod)
    if m.group("wd"):
        wd = WEEKDAYS[m.group("wd_d").lower()]
        pre = (m.group("wd_pre") or "").lower()
        if not pre and s >= 2 and text[s - 2:s] in ("a ", "A "):
            return []  # "on a Friday in May": some Friday, not the last one (a month after it is the date)
        if not pre and s >= 5 and text[s - 1] == " " and text[s - 5:s - 1] in _AROUND_WORDS:
            rel = _AROUND_BEFORE.search(text, max(0, s - 24), s)
            if rel and rel.group(2).lower() == "next" and not rel.group(1):
                return []  # "next Monday": a day still to come (future dates are not claims)
            if rel and rel.group(1):  # "the following Monday": the first Monday after the event before it
                back = rel.group(2).lower() in {"previous", "preceding"}
                ana = Anaphor("day", -1 if back else 1, backward=back, weekday=wd)
                return [DateMention(rel.start(), e, text[rel.start():e], None, None, "relative",
                                    tod or _tod_word(m.group("wd_tod")), False, ana)]
        if not pre and (_EVERY_BEFORE.search(text, max(0, s - 8), s) or _PRAYERS_AFTER.match(text, e)
                        or (not m.group("wd_tod") and s >= 4 and text[s - 4:s] in ("the ", "The ")
                            and _TITLE_AFTER.match(text, e))
                        or (not m.group("wd_tod") and _PLACE_AFTER.match(text, e))):
            # "every Sunday", "Friday prayers", "Sunday school", "the Friday Mosque": a habit or a name, not a day
            return []
        if pub is None:
            return [DateMention(s, e, t, None, None, "weekday", tod, False)]
        back = (pub.weekday() - wd) % 7
        post = (m.group("wd_last") or "").lower()
        if (pre in {"last", "this past"} or post) and back == 0:
            back = 7
        if post.startswith("before"):  # "Sunday before last": a week before last Sunday
            back += 7
        dt = pub - timedelta(days=back)
        week = (m.group("wd_wk") or "").lower()
        if week:  # "Tuesday last week": that day of the calendar week before publication's
            monday = pub - timedelta(days=pub.weekday() + (7 if "last" in week else 0))
            dt = monday + timedelta(days=wd)
        if pre.endswith("into"):  # "overnight into Tuesday": the night from Monday to Tuesday
            return [DateMention(s, e, t, dt - timedelta(days=1), dt, "weekday", "night", False)]
        return [DateMention(s, e, t, dt, dt, "weekday", tod or _tod_word(m.group("wd_tod")), False)]
    if m.group("rel"):
        if t[0] == "T" and _NAME_BEFORE.search(text, max(0, s - 30), s):
            return []  # "Bakhtar Today", "Tajikistan Tonight": the end of a name, not a day
        if text.startswith(("'s", "’s"), e) and _OWN_ISSUE_AFTER.match(text, e):
            return []  # "Last week's digest said": the report's own earlier issue, not an event's day
        if "stood at" in text[max(0, s - 12):s] or "stand at" in text[max(0, s - 12):s]:
            return []  # "the tolls as they stood at the end of the year": when the figures were read
        if t[:5].lower() == "this " and _AS_OF_CLOCK_BEFORE.search(text, max(0, s - 24), s):
            return []  # "as of six this morning": the time figures stand at, not an event's day
        if pub is None:
            return [DateMention(s, e, t, None, None, "relative", tod, False)]
        if m.group("rel_wd"):  # "a week ago Monday": the bare weekday (on or before P), n weeks earlier
            n = t.split(" ", 1)[0].lower()
            n = int(n) if n.isdigit() else (words_to_int(n) if n not in {"a", "one"} else 1)
            dt = pub - timedelta(days=(pub.weekday() - WEEKDAYS[m.group("rel_wd").lower()]) % 7 + 7 * n)
            return [DateMention(s, e, t, dt, dt, "weekday", tod, False)]
        if t.lower() == "the year before":  # a year before the date of its sentence (else before publication)
            return [DateMention(s, e, t, None, None, "relative", tod, False, _YEAR_BEFORE)]
        lo, hi = _relative_range(t.lower(), pub)
        if lo is None:
            return []
        return [DateMention(s, e, t, lo, hi, "relative", tod, False)]
    return []


#: Seasons of a named year (northern hemisphere, meteorological): (first month, day), (last month, day).
#: Winter straddles two years, so "the winter of 2022" stays the whole year.
_SEASONS = {"spring": ((3, 1), (5, 31)), "summer": ((6, 1), (8, 31)), "autumn": ((9, 1), (11, 30)),
            "fall": ((9, 1), (11, 30))}


def _season_span(name: str, year: int) -> tuple[date, date]:
    """First and last day of a (meteorological, non-winter) season of ``year``."""
    (m1, d1), (m2, d2) = _SEASONS[name]
    return date(year, m1, d1), date(year, m2, d2)


_BORN_BEFORE = re.compile(r"\bborn\s+$")
#: "the first week of May" → days 1–7 ... "the last week" → the month's last seven days (-1: from the end)
_MONTH_PARTS = {"first week": (1, 7), "second week": (8, 14), "third week": (15, 21), "fourth week": (22, 28),
                "last week": (-1, 0), "final week": (-1, 0), "first two weeks": (1, 14), "first three weeks": (1, 21),
                "last two weeks": (-2, 0), "last three weeks": (-3, 0), "first half": (1, 15), "second half": (16, 31)}
_APPROX_BEFORE = re.compile(r"\b(?:nearly|almost|about|around|some|roughly|over|within|more than|less than|up to|for)\s+$",
                            re.IGNORECASE)
_AFGHAN_BEFORE = re.compile(r"\b(?:Afghan|Afghanistan['’]s)\s+$")
_AFGHAN_INDEPENDENCE = Anaphor("holiday", month_day=(8, 19))
_YEAR_BEFORE = Anaphor("year", offset=-1, backward=True)
#: "The Sunday Times", "the Friday Herald": a weekday after "the" and before a capitalised word is a name
#: a calendar quarter named before "the quarter" ("the first quarter of 2025", "Q3 2024", "quarterly review")
_QUARTER_TOLD = re.compile(r"\b(?:quarter\s+of\s+(?:19|20)\d\d|Q[1-4]\b|[Qq]uarterly\b)")
_TITLE_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+$")
_PRAYERS_AFTER = re.compile(r"\s+(?:prayers?|sermons?|schools?|markets?|bazaars?)\b")
#: "the May 1 bridge", "the 9 May stadium": a year-less date naming a place
_NAMED_AFTER = re.compile(r"\s+(?:[Bb]ridges?|[Ss]treets?|[Ss]quare|[Aa]venue|[Pp]ark|[Ss]tadium|[Ss]chool|[Cc]anal|[Dd]am"
                          r"|[Ff]actory|[Pp]lant|[Rr]oad|[Hh]ighway|[Cc]inema|[Hh]all|[Mm]osque|[Dd]istrict|[Vv]illage)\b")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
#: "next Monday" (to come), "the following / next / previous Monday" (counted from the event told before it)
_AROUND_BEFORE = re.compile(r"\b([Tt]he\s+)?([Ff]ollowing|[Nn]ext|[Pp]revious|[Pp]receding)\s+$")
_AROUND_WORDS = frozenset({"wing", "next", "Next", "ious", "ding"})  # last 4 letters: a cheap pre-check
#: "Last year, in April" / "Last year, on a Friday in May": the month the lead's year names
_LAST_YEAR_LEAD = re.compile(r"\b[Ll]ast year,?\s+(?:(?:on|in|during)\s+)?(?:an?\s+[A-Za-z]+\s+(?:in|of)\s+)?"
                             r"(?:(?:in|during)\s+)?$")
#: A plan or promise before a holiday in the same sentence ("promised to be home for Navruz")
_PLAN_BEFORE = re.compile(r"\b(?:will|promised to|hoped to|planned to|plans to|wanted to|is due to|are due to|"
                          r"expected to)\s[^.!?\n]{0,60}$")
#: "two days before his death": the death the story is about, not the nearest date said
_DEATH_AFTER = re.compile(r"\s+(?:his|her|their)\s+(?:death|deaths|killing|murder)\b")
#: "the day after the killing", "a week after the clash": the story's event, named as such
_EVENT_AFTER = re.compile(r"\s+the\s+(?:killings?|clash|clashes|attack|shooting|ambush|raid|shelling|blast|explosion"
                          r"|incursion|skirmish|firefight|assault|murder)\b")
_THAN_AFTER = re.compile(r"\s+than\b")
#: A place or building named after a day or holiday: "the Navruz concert hall", "Independence Day Square"
#: "near the village of Navruz", "in Navruz village": a settlement named after a holiday
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|settlement|hamlet|kishlak|jamoat|mahalla|district)\s+(?:of\s+)?$",
                                re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:[Vv]illage|[Jj]amoat|[Kk]ishlak|[Mm]ahalla)\b")
_PLACE_AFTER = re.compile(r"\s+(?:[A-Za-z]{1,20}\s+)?(?:[Hh]alls?|[Ss]quare|[Ss]treet|[Aa]venue|[Pp]ark|[Pp]alace|[Ss]tadium"
                          r"|[Mm]osque|[Cc]inema|[Tt]heatre|[Hh]otel|[Rr]estaurant|[Bb]azaar|[Dd]istrict|[Gg]uest-?houses?"
                          r"|[Hh]ostels?|[Cc]af[eé]s?|[Cc]lubs?|[Ss]chools?|[Hh]ospitals?)\b")
#: "as of six this morning", "as at 06:00 this morning" (a clock time after "at 02:30 this morning" is still the day)
_AS_OF_CLOCK_BEFORE = re.compile(r"\bas\s+(?:of|at)\s+(?:about\s+)?(?:\d[\d:.]*|one|two|three|four|five|six|seven|eight|nine|ten"
                                 r"|eleven|twelve)(?:\s*(?:a\.?m\.?|o['’]clock|hours?))?\s+$", re.IGNORECASE)


def _feb_end(y: int) -> date:
    return date(y, 2, month_last_day(y, 2))


def _year_part(phrase: str) -> tuple[int, int]:
    """First and last month of "the first half", "the third quarter", "Q3", "H2", "the first five months"."""
    p = phrase.lower().split()
    if p[0][0] in "qh" and len(p) == 1:
        n = int(p[0][1])
        return ((n - 1) * 3 + 1, n * 3) if p[0][0] == "q" else ((1, 6) if n == 1 else (7, 12))
    if p[-1] == "half":
        return (1, 6) if p[-2] == "first" else (7, 12)
    if p[-1] == "quarter":
        n = 4 if p[-2] in {"last", "final"} else ["first", "second", "third", "fourth"].index(p[-2]) + 1
        return (n - 1) * 3 + 1, n * 3
    n = int(p[-2]) if p[-2].isdigit() else words_to_int(p[-2])  # "the first five months"
    return (13 - n, 12) if p[1] in {"final", "last"} else (1, n)  # "the final two months": November–December


def _solar_hijri(day: int, month: int, year: int | None, pub: date | None) -> date | None:
    """A Solar Hijri day in the Gregorian calendar (jdatetime's arithmetic); without a year, the latest
    one on or before ``pub``. A day the month does not have ("30 Hut" in a common year) is none."""
    if year is not None:
        return _hijri_to_gregorian(year, month, day) if 1300 <= year <= 1499 else None
    if pub is None:
        return None
    for jy in (pub.year - 621, pub.year - 622):
        dt = _hijri_to_gregorian(jy, month, day)
        if dt is not None and dt <= pub:
            return dt
    return None


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    import jdatetime  # only here: Solar Hijri dates are rare, and every process that reads dates imports this module

    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def _nth_weekday(m: re.Match, s: int, e: int, t: str, pub: date | None, tod: str | None) -> list[DateMention]:
    """ "the first Friday of June": that weekday's n-th (or last) occurrence in the month."""
    mo, wd = _month(m.group("nwd_m")), WEEKDAYS[m.group("nwd_d").lower()]
    y = int(m.group("nwd_y")) if m.group("nwd_y") else _year_for(mo, 1, pub)
    if y is None:
        return [DateMention(s, e, t, None, None, "explicit", tod, False)]
    n = m.group("nwd_n").lower()
    if n in {"last", "final"}:
        last = date(y, mo, month_last_day(y, mo))
        dt = last - timedelta(days=(last.weekday() - wd) % 7)
    else:
        first = date(y, mo, 1) + timedelta(days=(wd - date(y, mo, 1).weekday()) % 7)
        dt = first + timedelta(days=7 * ["first", "second", "third", "fourth"].index(n))
    return [DateMention(s, e, t, dt, dt, "explicit", tod, bool(m.group("nwd_y")))]


def _month_range(m: re.Match, s: int, e: int, t: str, pub: date | None, tod: str | None) -> list[DateMention]:
    """ "between January and March (2025)": the first day of one month to the last of the other."""
    m1, m2 = _month(m.group("mm_m1")), _month(m.group("mm_m2"))
    y1 = int(m.group("mm_y1")) if m.group("mm_y1") else None
    y2 = int(m.group("mm_y2")) if m.group("mm_y2") else None
    if y1 is None and y2 is None and m.group("mm_this") and pub is not None:  # "January to May of this year"
        y1 = pub.year - (m.group("mm_this").lower() == "last")
    if y2 is None and y1 is not None:
        y2 = y1 + (1 if m2 < m1 else 0)
    if y1 is None and y2 is not None:
        y1 = y2 - (1 if m2 < m1 else 0)
    if y1 is None:
        y1 = _year_for(m1, 1, pub)
        y2 = None if y1 is None else y1 + (1 if m2 < m1 else 0)
    if y1 is None or y2 is None:
        return [DateMention(s, e, t, None, None, "month", tod, False)]
    lo, hi = date(y1, m1, 1), date(y2, m2, month_last_day(y2, m2))
    if m.group("mm_p2"):  # "January to mid-June": up to the last day of that part of the month
        hi = date(y2, m2, min({"e": 10, "m": 20}.get(m.group("mm_p2")[0].lower(), 31), month_last_day(y2, m2)))
    if hi < lo:
        return []
    return [DateMention(s, e, t, lo, hi, "month", tod, bool(m.group("mm_y1") or m.group("mm_y2")))]
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b")
_OF_THIS_YEAR = re.compile(r"\s+of\s+(this|last)\s+year\b", re.IGNORECASE)
_DATE_OF_BEFORE = re.compile(rf"(?:\b{_M}|\d|\d(?:st|nd|rd|th))\s+of\s+$")


def _that_year(s: int, e: int, t: str, tod: str | None, within: tuple[int, int, int, int], basis: str) -> DateMention:
    """ "14 October of that year": the day (or part of a month) in the year the text spoke of before."""
    return DateMention(s, e, t, None, None, basis, tod, False, Anaphor("year", within=within))


def _cross_month(m: re.Match, p: str, text: str, pub: date | None, tod: str | None) -> list[DateMention]:
    """ "28 March – 3 April 2025", "between March 31 and April 3": one range over two months ("3 March
    and 5 April" without "between" are two days, one claim each)."""
    s, e = m.start(), m.end()
    m1, d1, m2, d2 = (_month(m.group(f"{p}_m1")), _day(m.group(f"{p}_d1")), _month(m.group(f"{p}_m2")),
                      _day(m.group(f"{p}_d2")))
    y1 = int(m.group(f"{p}_y1")) if m.group(f"{p}_y1") else None
    y2 = int(m.group(f"{p}_y2")) if m.group(f"{p}_y2") else None
    wrap = (m2, d2) < (m1, d1)  # "28 December – 3 January": the end is in the next year
    if y1 is None and y2 is not None:
        y1 = y2 - wrap
    elif y1 is not None and y2 is None:
        y2 = y1 + wrap
    elif y1 is None:
        y1 = _year_for(m1, d1, pub)
        y2 = None if y1 is None else y1 + wrap
    first, second = _mk(y1, m1, d1), _mk(y2, m2, d2)
    has_year = bool(m.group(f"{p}_y1") or m.group(f"{p}_y2"))
    sep = m.group(f"{p}_sep").lower()
    if sep == "and" and not _BETWEEN_BEFORE.search(text, max(0, s - 10), s):
        mid_end, mid_start = m.start(f"{p}_sep"), m.end(f"{p}_sep")
        while text[mid_end - 1].isspace():
            mid_end -= 1
        while text[mid_start].isspace():
            mid_start += 1
        return [DateMention(a, b, text[a:b], dt, dt, "explicit", tod, has_year)
                for (a, b), dt in (((s, mid_end), first), ((mid_start, e), second)) if dt or pub is None]
    if first is None or second is None or not (first < second <= first + timedelta(days=366)):
        return [DateMention(s, e, m.group(0), first, first, "explicit", tod, has_year)] if first else []
    return [DateMention(s, e, m.group(0), first, second, "explicit", tod, has_year)]


_NTH_PAIR_AFTER = re.compile(r"\s+(?:and|to|until|till|through)\s+the\s+\d")


def _nth_day(m: re.Match, s: int, e: int, t: str, pub: date | None, tod: str | None) -> list[DateMention]:
    """ "on the 14th" / "the 4th of this month": that day of the publication month, or of the month
    before when the day is after publication ("of last month": always the month before)."""
    if pub is None:
        return [DateMention(s, e, t, None, None, "relative", tod, False)]
    if m.group("nthr"):  # "between the 3rd and the 5th"
        day, which, last = int(m.group("nthr_d")), "", int(m.group("nthr_d2"))
        if last <= day:
            return []  # "between the 5th and the 3rd": no range
    elif m.group("nthw"):  # "on the fifteenth"
        day, which = ORD_DAYS[m.group("nthw_d").lower()], (m.group("nthw_m") or "").lower()
        last = day
    else:
        day, which = int(m.group("nth_d")), (m.group("nth_m") or "").lower()
        last = day
        before = m.string[max(0, s - 9):s]
        if ("between " in before or "from " in before or "Between " in before or "From " in before) \
                and _NTH_PAIR_AFTER.match(m.string, e):
            return []  # "between the 3rd and the 5th posts": the range failed on the noun after it, so no day either
    y, mo = pub.year, pub.month
    if which in {"last", "the previous"} or (not which and last > pub.day):
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    dt, dt2 = _mk(y, mo, day), _mk(y, mo, last)
    return [DateMention(s, e, t, dt, dt2, "relative", tod, False)] if dt and dt2 else []
#: A capitalised word (not a sentence start) right before "Today"/"Tonight" makes them part of a name.
#: So does one after a quote, bracket or list bar ("\"Pamir Today\" wrote", "09:03 | Kunduz Today replied").
_NAME_BEFORE = re.compile(r"(?:[a-z0-9,]\s+|[|\"“‘(]\s*)[A-Z][\w'-]*\s+$")

_N_UNITS_AGO = re.compile(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                          r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|\d{1,2}) "
                          r"(days?|weeks?|fortnights?|months?|years?) (?:ago|earlier|before)(?: today)?")
_PAST_SPAN = re.compile(r"(?:the )?(?:past|last) (?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                        r" (days|weeks|months)"
                        r"|(24|48|72) (hours)|fortnight)")


def _tod_word(w: str | None) -> str | None:
    return None if not w else {"overnight": "night", "midnight": "night", "dawn": "morning"}.get(w.lower(), w.lower())


def _relative_range(phrase: str, pub: date) -> tuple[date | None, date | None]:
    one = timedelta(days=1)
    if phrase.endswith(("ago", "ago today")):
        return _units_ago(phrase, pub)
    if phrase.endswith("ago this week"):  # "died a year ago this week": the anniversary's day (= "a year ago today")
        return _units_ago(phrase[:-9] + "today", pub)
    if phrase in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return pub, pub
    if phrase in {"the night before last", "the evening before last"}:  # the night of P − 2 (= "the day before yesterday")
        return pub - timedelta(days=2), pub - timedelta(days=2)
    if phrase == "the day before yesterday":
        return pub - 2 * one, pub - 2 * one
    if (phrase.startswith("last ") and phrase[5:] in _SEASONS) or phrase == "last winter":
        return _last_season(phrase[5:], pub)
    if phrase.startswith("this ") and phrase[5:] in _SEASONS:  # "this spring": the season of P's year, whole
        return _season_span(phrase[5:], pub.year)
    if phrase == "this winter":  # only while one is on (December to February); else no day is said
        return _last_season("winter", pub + timedelta(days=90)) if pub.month in (12, 1, 2) else (None, None)
    span = _PAST_SPAN.fullmatch(phrase)
    if span:  # "the past two weeks": the days ending the day before; "the past 24 hours": yesterday and today
        n, unit = span.group(1) or span.group(3) or "fortnight", span.group(2) or span.group(4) or "days"
        if unit == "hours":
            return pub - timedelta(days=int(n) // 24), pub
        if unit == "months":  # "the past twelve months": from the same day n months back to the day before
            k = int(n) if n.isdigit() else words_to_int(n)
            months = pub.year * 12 + pub.month - 1 - k
            y, mo = divmod(months, 12)
            return date(y, mo + 1, min(pub.day, month_last_day(y, mo + 1))), pub - one
        days = 14 if n == "fortnight" else (int(n) if n.isdigit() else words_to_int(n)) * (7 if unit == "weeks" else 1)
        return pub - timedelta(days=days), pub - one
    if phrase == "since the start of the month" or phrase == "since the beginning of the month":
        return pub.replace(day=1), pub
    if phrase.startswith("since the ") and phrase.endswith(("this year", "last year", "previous year")):
        return date(pub.year - (not phrase.endswith("this year")), 1, 1), pub  # "since the start of last year"
    if phrase.startswith("since the "):  # "since the start of the winter": that season's first day .. P
        name = phrase.rsplit(" ", 1)[1]
        if name == "winter" or name in _SEASONS:
            lo, hi = _season_begun(name, pub)
            return lo, min(hi, pub)
    if phrase.endswith((" of this year", " of last year")) and phrase.startswith(_YEAR_PART_STARTS):
        # "the first half of this year", "the spring of last year"
        y, part = pub.year - phrase.endswith("last year"), phrase[:-13]
        if part[4:] in _SEASONS:
            return _season_span(part[4:], y)
        lo_m, hi_m = _year_part(part)
        return date(y, lo_m, 1), date(y, hi_m, month_last_day(y, hi_m))
    if re.fullmatch(r"(?:the )?(?:beginning|start) of the (?:month|year)", phrase):
        # = "early this month" (days 1–10) / "early this year" (January–April), never past publication
        lo = pub.replace(day=1) if phrase.endswith("month") else date(pub.year, 1, 1)
        hi = lo.replace(day=10) if phrase.endswith("month") else date(pub.year, 4, 30)
        return lo, max(lo, min(hi, pub))
    if phrase in {"yesterday", "last night"}:
        return pub - one, pub - one
    if phrase == "the eve of the new year":
        phrase = "new year's eve"
    if phrase in _SEASONS or phrase == "winter":  # "the spring floods": the latest such season begun by publication
        if phrase != "winter" and pub >= _season_span(phrase, pub.year)[0]:
            return _season_span(phrase, pub.year)
        return _last_season(phrase, pub)
    if phrase == "the week before last":  # the mirror of "last week" (P−7..P−1): P−14..P−8
        return pub - timedelta(days=14), pub - timedelta(days=8)
    if phrase == "the month before last":  # the calendar month two before publication's
        first = (pub.replace(day=1) - one).replace(day=1) - one
        return first.replace(day=1), first
    if phrase.endswith("day of the year"):  # "the last day of the year": the last 31 December on or before P
        y = pub.year if (pub.month, pub.day) == (12, 31) else pub.year - 1
        return date(y, 12, 31), date(y, 12, 31)
    if phrase == "the weekend before last":  # the weekend a week before the most recent one
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7) - timedelta(days=7)
        return sat, sat + one
    if phrase.startswith("new year"):  # the last New Year's Eve (31 Dec) / Day (1 Jan) on or before publication
        if phrase.endswith("eve"):
            y = pub.year if (pub.month, pub.day) == (12, 31) else pub.year - 1
            return date(y, 12, 31), date(y, 12, 31)
        return date(pub.year, 1, 1), date(pub.year, 1, 1)
    if phrase == "the turn of the year":  # late December .. early January around the last 1 January
        return date(pub.year - 1, 12, 21), date(pub.year, 1, 10)
    if phrase.endswith("end of the month"):  # = the end of this month (a plan may put it after publication)
        phrase = "the end of this month"
    part = re.match(r"(?:the )?end of (last|the previous|the) year", phrase)
    if part:  # "the end of last year" = late last year (Sep–Dec); "the end of the year": of P's year
        y = pub.year - (part.group(1) != "the")
        return date(y, 9, 1), date(y, 12, 31)
    part = re.match(r"(?:the )?(end|beginning|start) of (last|this|the previous) month", phrase)
    if part:  # "the end of last month" = late last month (21st..end); beginning/start = days 1..10
        first = pub.replace(day=1) if part.group(2) == "this" else (pub.replace(day=1) - one).replace(day=1)
        last = first.replace(day=month_last_day(first.year, first.month))
        return (first.replace(day=21), last) if part.group(1) == "end" else (first, first.replace(day=10))
    if phrase == "earlier in the week":
        phrase = "earlier this week"
    if "week" in phrase and re.search(r"\b(this|past|last|previous) week\b", phrase):
        if "this week" in phrase:
            lo = pub - timedelta(days=pub.weekday())
            return lo, (max(lo, pub - one) if phrase.startswith("earlier") else pub)
        if "past" in phrase:  # the seven days ending the day before publication, like "last week"
            return pub - timedelta(days=7), pub - one
        return pub - timedelta(days=7), pub - one
    if "of the year" in phrase:  # "since the start of the year"
        return date(pub.year, 1, 1), pub
    if "past year" in phrase:  # a rolling year up to publication
        return pub - timedelta(days=365), pub - one
    if "year" in phrase:
        y = pub.year - (1 if "last" in phrase or "previous" in phrase or "past" in phrase or "before" in phrase else 0)
        # "this year" runs to publication (README; sets B, C, G, H, J and K wrote the whole calendar year)
        lo, hi = date(y, 1, 1), (date(y, 12, 31) if y < pub.year else pub)
        if phrase.startswith("earlier"):
            hi = max(lo, hi - one)
        elif phrase.startswith("early"):
            hi = min(hi, date(y, 4, 30))
        elif phrase.startswith("late"):
            lo = max(lo, date(y, 9, 1))
        return lo, hi
    if "weekend" in phrase:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
        if phrase.endswith("last weekend") and pub.weekday() == 6:
            sat -= timedelta(days=7)  # "last weekend" in a Sunday article: the one before the weekend still on
        return sat, sat + one
    if "month" in phrase and re.search(r"\b(this|past|last|previous) month", phrase):
        if "this month" in phrase:
            lo = pub.replace(day=1)
            if phrase.startswith("early"):  # days 1–10, as for a named month (never past publication)
                return lo, min(pub, lo.replace(day=10))
            if phrase.startswith("late") and pub.day >= 21:  # days 21..publication
                return lo.replace(day=21), pub
            return lo, (max(lo, pub - one) if phrase.startswith("earlier") else pub)
        if "past" in phrase:  # the 30 days ending the day before publication
            return pub - timedelta(days=30), pub - one
        first = pub.replace(day=1) - one
        if phrase.startswith(("early", "late")):  # days 1–10 / 21–end, as for a named month
            return (first.replace(day=1), first.replace(day=10)) if phrase.startswith("early") else (
                first.replace(day=21), first)
        return first.replace(day=1), first
    return _units_ago(phrase, pub)


def _units_ago(phrase: str, pub: date) -> tuple[date | None, date | None]:
    m = _N_UNITS_AGO.fullmatch(phrase)
    if m:  # "three days ago", "two weeks earlier": plain arithmetic, no parser needed
        n = int(m.group(1)) if m.group(1).isdigit() else (words_to_int(m.group(1)) or 1)
        unit = m.group(2)
        if unit.startswith(("month", "year")):  # "a year ago (today)": the same day n months/years back
            months = pub.year * 12 + pub.month - 1 - n * (12 if unit.startswith("year") else 1)
            y, mo = divmod(months, 12)
            got = date(y, mo + 1, min(pub.day, month_last_day(y, mo + 1))) if y >= MIN_YEAR else None
        else:
            got = pub - timedelta(days=n * {"w": 7, "f": 14}.get(unit[0], 1))
    else:
        got = _dateparser_relative(phrase, pub)
    if got is None:
        return None, None
    return got, got


_YEAR_PART_STARTS = ("the first ", "the second ", "the third ", "the fourth ", "the last ", "the final ", "the spring",
                     "the summer", "the autumn", "the fall")


def _season_begun(name: str, pub: date) -> tuple[date, date]:
    """The latest such season (meteorological) whose first day is on or before ``pub``, whole."""
    if name == "winter":
        y = pub.year if pub.month == 12 else pub.year - 1
        return date(y, 12, 1), _feb_end(y + 1)
    lo, hi = _season_span(name, pub.year)
    return (lo, hi) if lo <= pub else _season_span(name, pub.year - 1)


def _last_season(name: str, pub: date) -> tuple[date, date]:
    """ "last summer": the most recent such season (meteorological) that ended before ``pub``."""
    if name == "winter":  # December to February
        y = pub.year if pub > _feb_end(pub.year) else pub.year - 1
        return date(y - 1, 12, 1), _feb_end(y)
    y = pub.year if pub > _season_span(name, pub.year)[1] else pub.year - 1
    return _season_span(name, y)


# --- year headings ---------------------------------------------------------------------------

#: A line that is only a year: a chronology's heading ("2022", "## 2023", "**2024**", "2025:").
_YEAR_HEADING = re.compile(r"(?m)^[ \t#*]*((?:19|20)\d{2})[ \t*:]*$")


def year_headings(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(offset, year) of each year heading line in ``text[start:]``, in order."""
    return [(m.start(), int(m.group(1))) for m in _YEAR_HEADING.finditer(text, start)]


def under_year_heading(d: DateMention, headings: list[tuple[int, int]]) -> DateMention:
    """A year-less calendar day or month read in the year of the nearest heading above it.

    A timeline lists "- 4 March: …" under a line "2022"; the publication-date rule (the year that puts the
    day on or before publication) would read every entry in the latest such year.
    """
    if d.has_year or d.normalized is None or d.basis not in {"explicit", "month"}:
        return d
    year = next((y for pos, y in reversed(headings) if pos < d.start), None)
    if year is None or year == d.normalized.year:
        return d
    shift = year - d.normalized.year
    lo = _mk(year, d.normalized.month, d.normalized.day)
    end = d.normalized_end or d.normalized
    hi = _mk(end.year + shift, end.month, min(end.day, month_last_day(end.year + shift, end.month)))
    if lo is None or hi is None:
        return d  # 29 February in a year without one: leave the mention as it was read
    return replace(d, normalized=lo, normalized_end=hi)


# --- publication date ------------------------------------------------------------------------

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
#: "DUSHANBE, March 4 (Reuters) -", "KULOB, July 8, 2025 (…)", bylines "Amu Valley News – Saturday, 12 October 2024"
#: and a printed paper's folio line "THE MORNING COURIER | Thursday, 16 October 2025 | PAGE 1"
_DATELINE = re.compile(rf"^\s*(?:(?:[A-Z][A-Za-z .'-]{{1,40}},\s*){{1,2}}|[A-Z][A-Z .'-]{{2,40}}\s*(?:[-–—]+\s*)?"
                       rf"|[A-Z][A-Za-z .']{{1,40}}\s[–—-]\s+{_WD},?\s+|[^|\n]{{1,60}}\|\s*(?:{_WD},?\s+)?)?"
                       rf"({_M}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_M}(?:,?\s+{_YEAR})?)"
                       r"(?=\s*$|\s*[-–—(/|]|\s*\(|\s+[A-Z]{2,}|\.\s+/)")


def dateline_span(text: str, body_start: int) -> tuple[int, int] | None:
    """Offsets of the dateline's date ("DUSHANBE, March 4 (Reuters) -"), if the body opens with one."""
    for line_m in re.finditer(r"[^\n]+", text[body_start:min(len(text), body_start + 400)]):
        dm = _DATELINE.match(line_m.group(0))
        if dm:
            return body_start + line_m.start() + dm.start(1), body_start + line_m.start() + dm.end(1)
        if line_m.start() > 300:
            break
    return None


#: Publication years outside this range are CMS defaults ("0001-01-01") or typos, not dates.
MIN_YEAR, MAX_YEAR = 1900, 2100


def infer_published(text: str, body_start: int, header: dict[str, str], reference: date | None = None
                    ) -> tuple[date | None, str, list[str]]:
    """Publication date and its basis: header, dateline, latest_reported, reference or unknown."""
    warnings: list[str] = []
    raw = header.get("published", "").strip()
    if raw and raw.lower() != "unknown":
        m = _ISO_DAY.match(raw)
        if m and MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "header", warnings
            except ValueError:
                pass
        warnings.append(f"header 'published: {raw[:40]}' is not an ISO date (YYYY-MM-DD); inferred from the text")
    # dateline: a date at the start of one of the first lines of the body
    head_end = min(len(text), body_start + 400)
    yearless: date | None = None  # a dateline without its year ("DUSHANBE, Sept 13 (…) -")
    for line_m in re.finditer(r"[^\n]+", text[body_start:head_end]):
        dm = _DATELINE.match(line_m.group(0))
        if dm:
            found = find_dates(text, reference, body_start + line_m.start() + dm.start(1),
                               body_start + line_m.start() + dm.end(1))
            if found and found[0].has_year and found[0].normalized:
                return found[0].normalized, "dateline", warnings
            if yearless is None and found and found[0].basis == "explicit":
                # its month and day, read in a leap year (a 29 February stays a day)
                md = find_dates(text, date(2000, 12, 31), found[0].start, found[0].end)
                yearless = md[0].normalized if md and md[0].normalized == md[0].normalized_end else None
        if line_m.start() > 300:
            break
    pub, basis, year_known = _published_from_text(text, body_start, reference)
    if yearless is not None:
        with_year = None
        if year_known and pub is not None:
            # the dateline is the day of filing: the first such day on or after the latest day the story reports
            y = pub.year if (yearless.month, yearless.day) >= (pub.month, pub.day) else pub.year + 1
            with_year = _mk(y, yearless.month, yearless.day)
        # no later than the reference (or, in the corpus pre-pass that picks it, today)
        told = _year_of_report_weekday(text, body_start, yearless, pub if year_known and pub else None,
                                       reference or date.today())
        if told is not None and (with_year is None or with_year.weekday() != told.weekday()):
            with_year = told
        if with_year is not None:
            return with_year, "dateline", warnings
    return pub, basis, warnings


#: The day a wire story's source spoke, in its lede: "…, the border troops said on Monday", "told
#: reporters on Friday". Wire copy names the weekday even for the day it is filed, so the dateline's
#: day falls on it.
_REPORT_WEEKDAY = re.compile(rf"\b(?:said|says|told [a-z ]{{1,20}}|announced|reported|stated|confirmed)"
                             rf"(?: in a [a-z ]{{1,30}})?\s+on\s+({_WD})\b")

#: How many years back from the reference a year-less dateline may be read by its weekday.
_WEEKDAY_YEARS = 6


def _year_of_report_weekday(text: str, body_start: int, month_day: date, not_before: date | None,
                            reference: date) -> date | None:
    """A year-less dateline's day in the latest year (within :data:`_WEEKDAY_YEARS` of ``reference``, not
    before ``not_before``) in which it falls on the weekday the lede says its source spoke, else None.

    "DUSHANBE, Oct 13 (Agency) - … the border troops said on Monday": 13 October was a Monday in 2025
    (and in 2014 and 2031), so a story with no year in it is read in 2025, not in the reference's year.
    """
    m = _REPORT_WEEKDAY.search(text, body_start, min(len(text), body_start + 900))
    if m is None:
        return None
    wd = WEEKDAYS[m.group(1).lower()]
    for y in range(reference.year, reference.year - _WEEKDAY_YEARS - 1, -1):
        day = _mk(y, month_day.month, month_day.day)
        if day is not None and day.weekday() == wd and day <= reference and (
                not_before is None or day >= not_before):
            return day
    return None


#: "the second deadly attack on the frontier in 2024", "so far in 2024": a year the story is told in
_CURRENT_YEAR_BEFORE = re.compile(r"(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                  r"\d{1,2}(?:st|nd|rd|th))\b[^.!?\n]{0,80}\b|\b(?:so\s+far|already|earlier)\s+)in\s+$")


def _published_from_text(text: str, body_start: int, reference: date | None) -> tuple[date | None, str, bool]:
    """Publication date read off the dates the body reports (else ``reference``), its basis, and whether
    the text itself stated the year of that lower bound."""
    # the latest explicit date the text reports: the article is not older than it
    from geodata import fold

    triggers = DateTriggers(text, fold(text), body_start)  # shared by the whole-body scans below
    all_mentions = find_dates(text, reference, body_start, triggers=triggers)
    mentions = [d for d in all_mentions if d.basis == "explicit" and d.normalized]
    with_year = [d.normalized_end for d in mentions if d.has_year]
    if with_year:
        return max(with_year), "latest_reported", True
    # no full date with a year, but "in July 2021"/"since March 2021": the text's own year wins over
    # the corpus reference; year-less days are then read in that year
    # (month-year mentions only: bare years such as "in 2005" are usually background history)
    # ("since the start of 2026" also tells the current year)
    month_years = [d for d in all_mentions if d.has_year and d.normalized_end and (
        (d.basis in {"month", "relative"} and (reference is None or d.normalized <= reference))
        or (d.basis == "year" and (re.search(r"(?:start|beginning) of\s+$", text[max(0, d.start - 20):d.start])
                                   or _CURRENT_YEAR_BEFORE.search(text, max(0, d.start - 110), d.start))))]
    if month_years:
        year_end = date(max(d.normalized_end.year for d in month_years), 12, 31)
        days = [d for d in find_dates(text, year_end, body_start, triggers=triggers)
                if d.basis == "explicit" and d.normalized]
        if days:
            return max(d.normalized_end for d in days), "latest_reported", True
        return max(d.normalized_end for d in month_years), "latest_reported", True
    if mentions and reference is not None:
        return max(d.normalized_end for d in mentions), "latest_reported", False
    if reference is not None:
        return reference, "reference", False
    return None, "unknown", False
