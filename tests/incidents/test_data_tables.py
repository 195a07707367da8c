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
