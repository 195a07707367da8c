"""The pooled scorer's interval and bookkeeping (benchmarks/eval/pooled.py): the figures in
RESULTS.md's pooled rows are only as good as these."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("pooled", ROOT / "benchmarks" / "eval" / "pooled.py")
pooled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pooled)


@pytest.mark.parametrize(("k", "n"), [(0, 10), (1, 10), (47, 54), (54, 54), (279, 307), (5, 5)])
def test_wilson_interval_holds_the_rate_and_stays_in_bounds(k, n):
    lo, hi = pooled.wilson(k, n)
    assert 0.0 <= lo <= k / n <= hi <= 1.0
    assert hi - lo > 0


def test_wilson_matches_the_textbook_value_and_narrows_with_n():
    lo, hi = pooled.wilson(81, 263)  # Wilson (1927) style check: 30.8 % of 263
    assert lo == pytest.approx(0.2553, abs=5e-4) and hi == pytest.approx(0.3662, abs=5e-4)
    small, large = pooled.wilson(9, 10), pooled.wilson(900, 1000)
    assert large[1] - large[0] < small[1] - small[0]
    assert pooled.wilson(0, 0) is None


def test_rates_reads_precision_and_recall_trials_from_a_score():
    res = {"per_kind": {"killed": {"tp": 8, "fp": 1, "fn": 2}},
           "attributes": {"date_normalisation": {"correct": 3, "matched": 4},
                          "location_region": {"correct": 0, "matched": 0}}}
    r = pooled.rates(res)
    assert r["killed P"] == (8, 9) and r["killed R"] == (8, 10)
    assert r["injured P"] == (0, 0) and r["injured R"] == (0, 0)  # no injured claims at all
    assert r["dates"] == (3, 4) and r["region"] == (0, 0)
    assert pooled.cell(0, 0, True) == "-"
    assert pooled.cell(8, 10, False) == "0.800 (8/10)"


def test_discover_takes_exactly_the_sets_with_files_in_the_split():
    assert pooled.discover("dev")  # between rounds no set may be held out, so only dev must be non-empty
    for split in ("heldout", "dev"):
        found = pooled.discover(split)
        for truth, split_file in found.values():
            assert truth.is_file()
            assert json.loads(split_file.read_text(encoding="utf-8"))[split]
    assert not set(pooled.discover("heldout")) & set(pooled.discover("dev")) - {"a"}
