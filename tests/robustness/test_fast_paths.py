"""The extractor's shortcuts give exactly what the plain scans give.

Extraction scans each article once (date triggers, distance spots, cue families) and uses
look-aheads that let the regex engine skip positions; each shortcut here is checked against the
straightforward version on generated text and on the seed and evaluation articles.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geodata.gazetteer import _FOLD, fold
from incidents import dating, sentences
from incidents.dating import DATE_RE, DateTriggers, find_dates
from incidents.places import BORDER_PHRASE

REPO = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=int(os.environ.get("BW_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
#: Words that start (or nearly start) date expressions, in every case, plus noise.
WORDS = ["26", "2025", "11", "26.11.2025", "2025-11-26", "-", "and", "to", "of", "the", ",", ".", "\n", "  ",
         *dating.MONTHS, *(m.capitalize() for m in dating.MONTHS), *(m.upper() for m in dating.MONTHS),
         *dating.WEEKDAYS, *(w.capitalize() for w in dating.WEEKDAYS), "night", "morning", "early", "Early", "mid",
         "late", "Late", "end", "beginning", "start", "middle", "since", "Since", "until", "in", "In", "by", "during",
         "through", "this", "This", "last", "Last", "past", "on", "On", "overnight", "yesterday", "Yesterday",
         "today", "tonight", "previous", "day", "before", "earlier", "Earlier", "later", "week", "weeks", "month",
         "year", "weekend", "ago", "a", "A", "one", "two", "Three", "ten", "days", "over", "Over", "spring", "from",
         "after", "border", "frontier", "near", "along", "across", "close", "Tajik", "Afghan", "areas", "with",
         "market", "decision", "Mayor", "é", "–", "’", "`", "Ö", "İ"]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


def _corpus() -> list[str]:
    paths = [*sorted((REPO / "seeds").glob("*.txt")), *sorted((REPO / "benchmarks/eval/articles").glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


def _without_lookahead(rx: re.Pattern[str]) -> re.Pattern[str]:
    plain = re.sub(r"^\\b\(\?=\[[^\]]+\]\)", r"\\b", rx.pattern)
    assert plain != rx.pattern
    return re.compile(plain, rx.flags)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


@SETTINGS
@given(texts)
def test_date_regex_look_ahead_loses_nothing(text: str):
    assert _spans(DATE_RE, text) == _spans(_without_lookahead(DATE_RE), text)


@SETTINGS
@given(texts)
def test_border_phrase_look_ahead_loses_nothing(text: str):
    assert _spans(BORDER_PHRASE, text) == _spans(_without_lookahead(BORDER_PHRASE), text)


@SETTINGS
@given(texts, st.integers(0, 30), st.integers(0, 30))
def test_article_wide_date_triggers_match_a_range_scan(text: str, cut_a: int, cut_b: int):
    folded = fold(text)
    triggers = DateTriggers(text, folded)
    # whitespace-delimited ranges, as sentences are
    bounds = [0, *(m.end() for m in re.finditer(r"\s+", text)), len(text)]
    a, b = sorted((bounds[cut_a % len(bounds)], bounds[cut_b % len(bounds)]))
    assert sorted(triggers.spots(a, b)) == sorted(dating._trigger_spots(text, a, b, folded))
    assert find_dates(text, None, a, b, folded, triggers) == find_dates(text, None, a, b, folded)


@pytest.mark.parametrize("text", _corpus())
def test_fast_paths_on_real_articles(text: str):
    folded = fold(text)
    assert folded == text.translate(_FOLD)
    assert _spans(DATE_RE, text) == _spans(_without_lookahead(DATE_RE), text)
    assert _spans(BORDER_PHRASE, text) == _spans(_without_lookahead(BORDER_PHRASE), text)
    _assert_stance_rows_lose_nothing(text.lower())
    triggers = DateTriggers(text, folded)
    for sent in sentences.split_sentences(text):
        assert find_dates(text, None, sent.start, sent.end, folded, triggers) == \
            find_dates(text, None, sent.start, sent.end, folded)


#: The sentence boundary as first written: the look-behind first, tested at every character.
LOOK_BEHIND_FIRST = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s+[\"'“‘(]?[A-Z0-9])")


@SETTINGS
@given(st.text(alphabet=st.sampled_from("ab .!?…\"')\nAB1“("), max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_sentence_boundary_matches_the_look_behind_first_form(text: str, start: int, end: int):
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    assert [m.span() for m in sentences._BOUNDARY.finditer(text, start, end)] == \
        [m.span() for m in LOOK_BEHIND_FIRST.finditer(text, start, end)]


@SETTINGS
@given(st.text(max_size=60))
def test_ascii_fold_shortcut(text: str):
    assert fold(text) == text.translate(_FOLD)
    ascii_text = text.encode("ascii", "ignore").decode()
    assert fold(ascii_text) == ascii_text.translate(_FOLD)


@pytest.mark.parametrize("unit, pint_unit", [("km", "kilometer"), ("kilometres", "kilometer"), ("kilometer", "kilometer"),
                                             ("mile", "mile"), ("miles", "mile"), ("mi", "mile"), ("Miles", "mile"),
                                             ("metres", "meter"), ("Meter", "meter")])
def test_distance_factors_are_pints(unit: str, pint_unit: str):
    from incidents.measures import KM_PER_UNIT, to_km, unit_name, ureg

    assert unit_name(unit) == pint_unit
    assert KM_PER_UNIT[pint_unit] == ureg().Quantity(1, pint_unit).to("kilometer").magnitude
    for value in (0.0, 1.0, 5.5, 850.0, 1344.0, 1400.0, 12345.6):
        assert round(to_km(value, unit), 1) == round(float(ureg().Quantity(value, pint_unit).to("kilometer").magnitude), 1)


DISTANCE_WORDS = ["about", "Around", "approximately", "roughly", "some", "nearly", "almost", "more", "than", "over",
                  "just", "close", "to", "up", "an", "estimated", "1,344", "850", "1.5", "12", "-", "km", "kilometres",
                  "Kilometer", "miles", "mi", "mile", "(", ")", "536 miles", ",", ".", "the", "border"]


@SETTINGS
@given(st.lists(st.sampled_from(DISTANCE_WORDS), max_size=30).map(" ".join))
def test_distance_look_ahead_loses_nothing(text: str):
    from incidents.measures import DISTANCE_RE

    plain = re.compile(DISTANCE_RE.pattern.replace(r"(?=[\daronsmjcue])", "", 1), DISTANCE_RE.flags)
    assert plain.pattern != DISTANCE_RE.pattern
    assert _spans(DISTANCE_RE, text) == _spans(plain, text)


def test_casualty_term_look_ahead_covers_every_term():
    from incidents.lexicon import _rows, lexicon

    lex = lexicon()
    terms = [r["term"] for r in _rows("casualty_terms.csv")]
    for term in terms:
        for form in (term, term.upper(), term.capitalize()):
            assert lex.casualty_re.fullmatch(form), form
        assert lex.casualty_cue.search(f"so {term.lower()} then"), term
    for cue in ("toll", "no one", "no casualties", "nobody", "claimed the lives", "death of", "deaths of",
                "killing of", "killings of", "murder of", "murders of"):
        assert lex.casualty_cue.search(f"the {cue} x"), cue


NUMBER_WORDS = ["5", "1,344", "1.5", "12", "one", "a", "an", "dozen", "hundred", "twenty", "twenty-one", "thirty five",
                "several", "a few", "dozens", "of", "scores", "hundreds", "million", "thousand", "billion", "millionaires",
                "no", "another", "both", "couple", "pair", "score", ",", ".", "-", "killed", "people", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(NUMBER_WORDS), max_size=25).map(" ".join))
def test_numbers_read_from_their_match_as_from_their_text(text: str):
    from incidents.numbers import find_numbers, parse_number

    for q in find_numbers(text):
        assert (q.value, q.low, q.high, q.vague) == parse_number(q.text)


@SETTINGS
@given(st.lists(st.sampled_from([*NUMBER_WORDS, "Many", "SEVERAL", "Numerous", "ſeveral", "١٢", "Zero", "eleven",
                                 "single", "Both", "Twelve", "a handful of", "an unspecified number of"]),
                max_size=25).map(" ".join))
def test_number_look_ahead_loses_nothing(text: str):
    """The first-character look-ahead of NUMBER_RE finds what the pattern without it finds."""
    from incidents.numbers import NUMBER_RE

    plain = re.compile(NUMBER_RE.pattern.replace(r"(?=[\d" + "abdefhmnostz" + "])", "", 1), NUMBER_RE.flags)
    assert plain.pattern != NUMBER_RE.pattern
    assert [m.span() for m in NUMBER_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _stance_words() -> list[str]:
    from incidents.lexicon import _rows

    words = {"the", "a", "its", "story", "report", "was", "not", "x", ",", "."}
    for r in _rows("stance_cues.csv"):
        words.update(re.findall(r"[a-z]+", r["pattern"]))
    return sorted(words)


@SETTINGS
@given(st.lists(st.sampled_from(_stance_words()), max_size=25).map(" ".join))
def test_stance_cue_look_ahead_loses_nothing(text: str):
    _assert_stance_rows_lose_nothing(text)


def _assert_stance_rows_lose_nothing(low: str) -> None:
    """Each guarded cue row finds what its plain pattern finds, and the stance read row by row (each row
    tried only where its literals occur) is the strongest stance whose plain alternation matches."""
    from incidents.attribution import _cue_stance_in
    from incidents.lexicon import _rows, lexicon

    cues = _rows("stance_cues.csv")
    plain_rows = [r["pattern"] for s in ("retraction", "denial", "official_statement") for r in cues if r["stance"] == s]
    for (rx, stance), plain in zip(lexicon().stance_rows, plain_rows, strict=True):
        assert [m.span() for m in rx.finditer(low)] == [m.span() for m in re.finditer(plain, low)], stance
    expected = next((s for s in ("retraction", "denial", "official_statement")
                     if re.search("|".join(f"(?:{r['pattern']})" for r in cues if r["stance"] == s), low)), None)
    assert _cue_stance_in(low) == expected


def test_first_characters_of_patterns():
    from incidents.lexicon import _first_chars

    assert _first_chars(r"do(?:es)? not") == frozenset("d")
    assert _first_chars(r"(?:story|report)s?|[a-c]x") == frozenset("srabc")
    assert _first_chars(r"\bword") is None
    assert _first_chars(r"(?:x)?y") is None
    assert _first_chars(r"\w+") is None


@SETTINGS
@given(st.text(alphabet=st.sampled_from("ab .!?\n\r\t\u00a0\u2028\u3000A1"), max_size=60))
def test_sentences_are_trimmed_as_before(text: str):
    out: list[sentences.Sentence] = []
    sentences._emit(text, 0, len(text), out)
    a, b = 0, len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    assert out == ([sentences.Sentence(a, b, text[a:b])] if b > a else [])


def test_two_triggers_at_one_spot_match_a_range_scan():
    """"week" and "week after" start at one offset: a range that ends between them still has the spot."""
    text = "26 26 week after 26 26"
    folded = fold(text)
    triggers = DateTriggers(text, folded)
    bounds = [0, *(m.end() for m in re.finditer(r"\s+", text)), len(text)]
    for a in bounds:
        for b in bounds:
            if a < b:
                assert triggers.spots(a, b) == dating._trigger_spots(text, a, b, folded), (a, b)


#: The digit-trigger pattern as first written; dating._DIGIT_TRIGGER is the same with its leading \d factored out.
_PLAIN_DIGIT_TRIGGER = re.compile(r"\d{4}|(?<!\d)\d{1,2}(?:st|nd|rd|th)\b")


@SETTINGS
@given(st.text(alphabet="0123456789stndrh x-.,\n١٢", max_size=40))
def test_factored_digit_trigger_matches_the_plain_pattern(text):
    fast = [(m.start(), m.end()) for m in dating._DIGIT_TRIGGER.finditer(text)]
    assert fast == [(m.start(), m.end()) for m in _PLAIN_DIGIT_TRIGGER.finditer(text)]


#: Words of the casualty finder's end-anchored patterns (left verbs, labels, tolls, qualifiers), each
#: in several cases, with separators and noise: strings built from them end in every tail those
#: patterns accept and in many they reject.
_CASUALTY_WORDS = [
    *(w for word in ["killed", "killing", "shot", "dead", "gunned", "down", "wounded", "injured", "injuries", "detained",
                     "arrests", "arrest", "took", "taking", "away", "into", "custody", "caring", "for", "claimed",
                     "cost", "taken", "lives", "the", "of", "deaths", "bodies", "whereabouts", "fate", "other",
                     "another", "had", "lost", "rounded", "up", "also", "included", "were", "numbered", "totalled",
                     "on", "last", "Tuesday", "a", "group", "total", "family", "his", "their", "at", "least", "more",
                     "than", "no", "fewer", "not", "less", "in", "excess", "upwards", "an", "estimated", "as", "many",
                     "nearly", "about", "over", "some", "minimum", "close", "to", "just", "under", "most", "toll",
                     "death", "number", "put", "puts", "rose", "reached", "stands", "is", "was", "now", "estimates",
                     "count", "tally", "fatalities", "missing", "hospitalised", "deceased", "and", "said", "village",
                     "neutralised", "executed", "caught", "treated", "admitted", "buried"]
      for w in (word, word.capitalize(), word.upper())),
    ":", " :", "-", "–", "—", ",", "\"", "“", "”", "’", "'", "(", "x-", "\n", "\u00a0", "  ", "",
]
#: The words joined by spaces (or run together), then the tail a figure follows: a space, quotes, a newline.
_casualty_before = st.builds(
    lambda words, glue, tail: glue.join(words) + tail,
    st.lists(st.sampled_from(_CASUALTY_WORDS), max_size=8), st.sampled_from([" ", " ", "", "\n"]),
    st.sampled_from([" ", " ", " ", "", "  ", " \"", "\" ", "” “", "\u00a0"]))


def _match_key(m: re.Match | None) -> tuple | None:
    return None if m is None else (m.re.pattern, m.span(), m.groups())


@SETTINGS
@given(_casualty_before, st.integers(0, 8))
def test_casualty_tail_gates_lose_nothing(before: str, cut: int):
    """Each gate in front of an end-anchored casualty pattern (the last word before a figure, a colon
    or dash, a fragment of every alternative) skips only text the pattern cannot match."""
    from incidents import casualties as cas
    from incidents import casualty_gates as gates
    from incidents.lexicon import gate

    assert _match_key(gates._left_verb(before)) == _match_key(gates._LEFT_VERB.search(before))
    pos = min(cut, len(before))
    assert _match_key(gates._left_verb(before, pos, len(before))) == _match_key(gates._LEFT_VERB.search(before, pos))
    assert _match_key(gates._label_before(before)) == _match_key(gates._LABEL.search(before) or gates._NAMED_FIRST.search(before))
    assert gate(before.lower(), cas._TOLL_GATE) or not cas._TOLL.search(before)
    assert gate(before.lower(), cas._LIVES_GATE) or not cas._LIVES_LEFT.search(before)
    window = before[-24:]  # what _qualifier reads
    if gates._QUAL_RE.search(window):
        assert window[-1:].isspace() and gates._last_word(window) in gates._QUAL_LAST


@pytest.mark.parametrize("before, pattern", [
    ("the border guards killed ", "_LEFT_VERB"), ("had \"eliminated\" ", "_LEFT_VERB"), ("(wounded ", "_LEFT_VERB"),
    ("the fate of the other ", "_LEFT_VERB"), ("the dead also included ", "_LEFT_VERB"),
    ("the arrest on Tuesday of ", "_LEFT_VERB"), ("injuring their “", "_LEFT_VERB"), ("killed no more than ", "_LEFT_VERB"),
    ("Killed: ", "_LABEL"), ("injured - at least ", "_LABEL"), ("The wounded, ", "_NAMED_FIRST"),
    ("the death toll rose to ", "_TOLL"), ("put the dead at ", "_TOLL"), ("tallies of civilian deaths reached ", "_TOLL"),
    ("the number of people missing stands at ", "_TOLL"), ("has cost the lives of ", "_LIVES_LEFT"),
    ("taking as many as ", "_LIVES_LEFT"), ("at most ", "_QUAL_RE"), ("a minimum of ", "_QUAL_RE"), ("just under ", "_QUAL_RE"),
])
def test_casualty_tail_gates_pass_real_matches(before: str, pattern: str):
    """Phrases each pattern matches get past its gate (the generated test rarely builds the longer ones)."""
    from incidents import casualties as cas
    from incidents import casualty_gates as gates
    from incidents.lexicon import gate

    rx = getattr(gates, pattern, None) or getattr(cas, pattern)
    assert rx.search(before), f"{pattern} should match {before!r}"
    passes = {
        "_LEFT_VERB": lambda: gates._left_verb(before) is not None,
        "_LABEL": lambda: gates._label_before(before) is not None,
        "_NAMED_FIRST": lambda: gates._label_before(before) is not None,
        "_TOLL": lambda: gate(before.lower(), cas._TOLL_GATE),
        "_LIVES_LEFT": lambda: gate(before.lower(), cas._LIVES_GATE),
        "_QUAL_RE": lambda: gates._qualifier(before + "7", len(before), 0)[1] != "exact",
    }[pattern]
    assert passes()
