"""No pathological regex backtracking: adversarial 100,000-character lines are processed quickly.

This is the one place the suite measures time (allowed by the "Scale and robustness" issue):
each input must be extracted in under 1 s. The article is parsed and extracted once to warm the
caches (gazetteer, lexicon, compiled patterns); then ``extract`` is timed twice in CPU seconds of
the process (``time.process_time``), and the faster run counts: on a shared CI machine a wall-clock
time also measures other jobs, while pathological backtracking is slow in every run.

Each input runs in a forked child with a hard timeout: a regex stuck backtracking cannot be
interrupted from Python (the regex engine does not check for signals), and one pathological
input must fail its own test, not hang the suite.
"""

from __future__ import annotations

import multiprocessing as mp
import time

import pytest

from incidents.articles import parse_article
from incidents.extract import extract

from .helpers import check_claims

N = 100_000
LIMIT_S = 1.0
TIMED_RUNS = 2  # the best of two: a run the scheduler preempted says nothing about the patterns
HARD_TIMEOUT_S = 20.0  # warm-up run + timed runs; beyond this the child is killed


def _line(unit: str) -> str:
    return (unit * (N // len(unit) + 1))[:N]


ADVERSARIAL = {
    "at_least_repeated": _line("at least at least 1,1,1,"),
    "killed_killed": _line("killed killed "),
    "digits_commas": _line("1,"),
    "digits_run": "9" * N,
    "digit_groups": _line("1,000,"),
    "decimal_soup": _line("1.1.1."),
    "capitalised_words": _line("Khorog Vanj Darvoz Shohin Panj Badakhshan Takhar Kunduz "),
    "capitalised_no_space": "A" * N,
    "dashes": "-" * N,
    "en_dashes": "–" * N,
    "spaces": "x" + " " * (N - 2) + "x",
    "commas": "," * N,
    "number_words": _line("three hundred and twenty-five thousand "),
    "qualifier_chain": _line("more than about nearly up to over some "),
    "casualty_no_verb": _line("five border guards and six soldiers and seven civilians, "),
    "casualty_verb_chain": _line("two killed and three wounded and four missing and "),
    "month_soup": _line("3 March 4 April 5 May June July "),
    "date_ranges": _line("between 1 and 2 and 3 and 4 "),
    "weekday_soup": _line("on Monday on Tuesday on the night of "),
    "distance_units": _line("1,344-kilometre 850-mile 12 km "),
    "hyphen_numbers": _line("1-2-3-4-5-"),
    "quotes": _line("\u201c\u2018\"'"),
    "attribution_chain": _line("according to sources said officials told "),
    "said_said": _line("said "),
    "html_soup": _line("<p>&nbsp;<div>&amp;</div></p>"),
    "parentheses": "(" * N,
    "periods": "." * N,
    "initials": _line("A. B. C. "),
    "border_repeated": _line("Tajik-Afghan border "),
    "apostrophes": _line("Qal’ai-Khumb’s "),
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load the gazetteer and lexicon in this process, so forked children start warm."""
    extract(parse_article("warm.txt", b"Two border guards were killed near Vanj on 3 May 2024.\n"))


def _timed_extract(name: str, queue) -> None:
    text = ADVERSARIAL[name]
    try:
        article = parse_article(f"{name}.txt", text.encode("utf-8"))
        extract(article)  # warm-up on this very input
        times = []
        for _ in range(TIMED_RUNS):
            t0 = time.process_time()
            claims = extract(article)
            times.append(time.process_time() - t0)
        dt = min(times)
        check_claims(article.text, claims)
        queue.put(("ok", dt, len(claims)))
    except BaseException as exc:
        queue.put(("error", f"{type(exc).__name__}: {exc}"[:2000], 0))


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs fork to run inputs under a hard timeout")
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_line_is_fast(name: str) -> None:
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_timed_extract, args=(name, queue), daemon=True)
    child.start()
    child.join(HARD_TIMEOUT_S)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"{name}: extract did not finish within {HARD_TIMEOUT_S:.0f} s on a "
                    f"{len(ADVERSARIAL[name]):,}-character line (catastrophic backtracking?)")
    status, value, _n = queue.get(timeout=5)
    assert status == "ok", f"{name}: {value}"
    assert value < LIMIT_S, f"{name}: extract took {value:.2f} s on a {len(ADVERSARIAL[name]):,}-character line"
