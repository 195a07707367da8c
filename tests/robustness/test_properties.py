"""Property tests: any text parses and extracts without an exception, and every claim keeps the contract."""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents.articles import ArticleError, parse_article
from incidents.extract import extract

from .helpers import check_claims

SETTINGS = settings(max_examples=int(os.environ.get("BW_EXAMPLES", "100")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
REF = date(2025, 6, 1)


def _run(text: str, reference: date | None = REF) -> None:
    try:
        article = parse_article("prop.txt", text.encode("utf-8", "surrogatepass"), reference)
    except ArticleError:
        return  # rejected clearly (empty, header without body, ...): allowed
    check_claims(article.text, extract(article))


_no_surrogates = st.characters(blacklist_categories=("Cs",))


@SETTINGS
@given(st.text(_no_surrogates, max_size=600))
def test_any_text(text: str) -> None:
    _run(text)


@SETTINGS
@given(st.text(st.sampled_from("0123456789,.- \n\t:/()–—'\"%abcdefkmilorstuwyNMTSDKAJ"), max_size=400))
def test_any_text_from_number_and_date_characters(text: str) -> None:
    _run(text)


NUM = st.one_of(
    st.integers(0, 10**12).map(str), st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
    st.sampled_from(["one", "two", "a dozen", "dozens of", "several", "scores of", "hundreds of", "twenty-three",
                     "1.5", "0", "000", "1,", "9" * 40, "1e308", "nan", "a"]),
)
QUAL = st.sampled_from(["", "at least ", "more than ", "about ", "nearly ", "up to ", "over ", "some ", "around "])
GROUP = st.sampled_from(["border guards", "civilians", "Chinese nationals", "Taliban fighters", "people", "soldier",
                         "militants", "smugglers", ""])
VERB = st.sampled_from(["were killed", "killed", "died", "were wounded", "injured", "are missing", "were detained",
                        "dead", "wounded", "were arrested"])
MONTH = st.sampled_from(["January", "Feb.", "March", "Sept", "November", "December", "Nov"])
DATE = st.one_of(
    st.builds(lambda d, m, y: f"on {d} {m} {y}", st.integers(0, 40), MONTH, st.integers(0, 3000)),
    st.builds(lambda m, d: f"on {m} {d}", MONTH, st.integers(0, 99)),
    st.builds(lambda a, b, m: f"between {a} and {b} {m}", st.integers(0, 40), st.integers(0, 40), MONTH),
    st.sampled_from(["yesterday", "last week", "on Tuesday", "two days ago", "early this month", "in late 2024",
                     "on the night of 31 February", "last year", "in 1999", "on 2025-13-45", "this morning"]),
)
DIST = st.one_of(
    st.builds(lambda q, n, u: f"{q}{n}-{u}", QUAL, NUM, st.sampled_from(["kilometre", "km", "mile", "kilometer"])),
    st.builds(lambda q, n, u: f"{q}{n} {u}", QUAL, NUM, st.sampled_from(["miles", "km", "kilometres", "metres"])),
)
PLACE = st.sampled_from(["Panj", "Shohin", "Khatlon", "Badakhshan", "Darvoz", "Kunduz", "Takhar", "Ishkoshim",
                         "Dushanbe", "the Tajik-Afghan border", "Farkhor", "Vanj"])
ATTR = st.sampled_from(["", ", according to Reuters", ", officials said", ", the ministry denied", ", a source told AFP",
                        ". The Taliban denied the report", ", Tajik officials later retracted"])
CASUALTY = st.builds(lambda q, n, g, v, d, p, a: f"{q}{n} {g} {v} {d} near {p}{a}.", QUAL, NUM, GROUP, VERB, DATE,
                     PLACE, ATTR)
FRAGMENT = st.one_of(CASUALTY, DATE, DIST.map(lambda s: f"along the {s} border."), PLACE,
                     st.sampled_from(["<p>", "&nbsp;", "<script>var a=1;</script>", "\n\n", "—", "DUSHANBE, Nov 3 (Reuters) -"]))
HEADER = st.one_of(
    st.sampled_from(["", "outlet: Test\npublished: 2025-11-30\n---\n", "published: unknown\n---\n",
                     "title: x\npublished: not-a-date\n---\n"]),
    # any publication date; years 0001/9999 are test_hostile.py::test_minimum_published_date (known bug)
    st.dates(date(2, 1, 1), date(9998, 12, 31)).map(lambda d: f"published: {d.isoformat()}\n---\n"),
)


@SETTINGS
@given(HEADER, st.lists(FRAGMENT, min_size=1, max_size=12), st.sampled_from([" ", "\n", "\r\n", ""]))
def test_grammar_of_claim_fragments(header: str, fragments: list[str], sep: str) -> None:
    _run(header + sep.join(fragments))
    _run(header + sep.join(fragments), reference=None)
