"""The cue tables in ``incidents/data/*.csv`` parse as written: a regex with a comma (``{0,3}``)
must be quoted, or the row splits and its cue silently never applies."""

from __future__ import annotations

import csv
import re

import pytest

from incidents.attribution import sentence_stance
from incidents.lexicon import DATA

STANCES = {"retraction", "denial", "official_statement"}
#: table: (header, {column: allowed values} for enumerated columns, regex columns)
TABLES = {
    "casualty_terms.csv": (["term", "kind", "voice"],
                           {"kind": {"killed", "injured", "missing", "detained"}, "voice": {"active", "passive"}}, ()),
    "sides.csv": (["word", "side"],
                  {"side": {"security_forces", "militants", "civilians", "foreign_nationals"}}, ()),
    "stance_cues.csv": (["pattern", "stance"], {"stance": STANCES}, ("pattern",)),
    "weapons.csv": (["pattern", "weapon"], {}, ("pattern",)),
}


def _rows(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.reader(line for line in fh if not line.startswith("#")))


def test_every_table_is_checked():
    assert {p.name for p in DATA.glob("*.csv")} == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rows_have_the_header_width(name):
    header, enums, regexes = TABLES[name]
    rows = _rows(name)
    assert rows[0] == header
    for i, row in enumerate(rows[1:], start=2):
        assert len(row) == len(header), f"{name} row {i} splits into {len(row)} fields: {row}"
        assert all(field.strip() for field in row), f"{name} row {i} has an empty field: {row}"
        values = dict(zip(header, row))
        for col, allowed in enums.items():
            assert values[col] in allowed, f"{name} row {i}: {col}={values[col]!r}"
        for col in regexes:
            re.compile(values[col])


def test_withdrawn_story_is_a_retraction():
    assert sentence_stance("The report by the agency was withdrawn on Monday.") == "retraction"
    assert sentence_stance("Its story was withdrawn after complaints from the ministry.") == "retraction"


def test_stance_gates_are_literals_every_cue_contains():
    from incidents.attribution import _required_literals, _stance_needs

    assert _required_literals("has been withdrawn") == {"has been withdrawn"}
    assert _required_literals(r"(?:story|report)s? (?:\w+ ){0,3}was withdrawn") == {"was withdrawn"}
    assert _required_literals(r"(?:officials?|agency) (?:said|says)") == {"official", "agency"}
    assert _required_literals(r"(?i)statement") is None
    assert _required_literals(r"\w+ly|said") == {"ly", "said"}
    assert _required_literals(r"\w+|said") is None  # an alternative without a literal: no gate
    rows = _rows("stance_cues.csv")[1:]
    for stance, needs in _stance_needs().items():
        for pattern, cue_stance in rows:
            if cue_stance == stance and needs is not None:
                own = _required_literals(pattern)
                assert own is not None and own <= set(needs), (stance, pattern)


@pytest.mark.parametrize("sentence", [
    '"We will not allow it," the spokesman of the ministry said on Monday.',
    "Officials in Dushanbe, however, said the border was calm; Reuters reported otherwise.",
    "On Monday, the State Committee for National Security (GKNB) said two guards died.",
    "McDonald’s office — citing “sources” — said: nothing happened, and later denied it.",
])
def test_subject_search_starts_where_a_subject_can(sentence):
    from incidents.attribution import _VERB_RE, SUBJECT_BEFORE, _subject_before

    for v in _VERB_RE.finditer(sentence):
        for lo in range(0, v.start()):
            want = SUBJECT_BEFORE.search(sentence, lo, v.start())
            got = _subject_before(sentence, lo, v.start())
            assert (want and want.span()) == (got and got.span())
