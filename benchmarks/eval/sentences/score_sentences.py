"""Score the extractor's casualty figures on the sentence-level casualty set (``casualties.jsonl``).

Each item becomes a one-snippet article ``"published: <date>\\n---\\n<text>\\n"``; only claims of kind
killed / injured / missing / detained are kept, as (kind, value, qualifier-if-not-exact). Predicted and
expected figures are matched per item as multisets on (kind, value); the qualifier is scored separately
over the matched pairs. Usage::

    .venv/bin/python benchmarks/eval/sentences/score_sentences.py benchmarks/eval/sentences/casualties.jsonl [--misses]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from snippets import load_items, snippet_claims

KINDS = ("killed", "injured", "missing", "detained")

Figure = tuple[str, int | None, str | None]  # kind, value, qualifier (None when exact)


def figure(claim: dict[str, Any]) -> Figure:
    value = claim.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    qualifier = claim.get("qualifier") or None
    if qualifier == "exact":
        qualifier = None
    return str(claim["kind"]), value, qualifier


@dataclass
class Result:
    item_id: str
    text: str
    matched: list[tuple[Figure, Figure]] = field(default_factory=list)  # (expected, predicted)
    missed: list[Figure] = field(default_factory=list)
    spurious: list[Figure] = field(default_factory=list)


def predict(item: dict[str, Any]) -> list[Figure]:
    return [figure(c) for c in snippet_claims(item, KINDS)[1]]


def match(item: dict[str, Any], predicted: list[Figure]) -> Result:
    result = Result(item["id"], item["text"])
    pool = list(predicted)
    expected = [figure(e) for e in item["expect"]]
    # exact (kind, value, qualifier) matches first, so a qualifier mismatch never steals a better pair
    rest: list[Figure] = []
    for exp in expected:
        if exp in pool:
            pool.remove(exp)
            result.matched.append((exp, exp))
        else:
            rest.append(exp)
    for exp in rest:
        hit = next((p for p in pool if p[:2] == exp[:2]), None)
        if hit is None:
            result.missed.append(exp)
        else:
            pool.remove(hit)
            result.matched.append((exp, hit))
    result.spurious = pool
    return result


def fmt(fig: Figure) -> str:
    kind, value, qualifier = fig
    return f"{kind} {'null' if value is None else value}" + (f" ({qualifier})" if qualifier else "")


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def report(results: list[Result], misses: bool) -> None:
    print(f"{'kind':<10}{'truth':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'qual':>8}")
    totals = (0, 0, 0, 0)
    for kind in (*KINDS, "all"):
        if kind == "all":
            truth, pred, hit, qual = totals
        else:
            pairs = [(e, p) for r in results for e, p in r.matched if e[0] == kind]
            hit = len(pairs)
            truth = hit + sum(1 for r in results for m in r.missed if m[0] == kind)
            pred = hit + sum(1 for r in results for s in r.spurious if s[0] == kind)
            qual = sum(1 for e, p in pairs if e[2] == p[2])
            totals = (totals[0] + truth, totals[1] + pred, totals[2] + hit, totals[3] + qual)
        f1 = f"{2 * hit / (truth + pred):.3f}" if truth + pred else "  -  "
        print(f"{kind:<10}{truth:>7}{pred:>7}{hit:>7}{ratio(hit, pred):>8}{ratio(hit, truth):>8}{f1:>8}"
              f"{ratio(qual, hit):>8}")
    clean = sum(1 for r in results if not r.missed and not r.spurious
                and all(e[2] == p[2] for e, p in r.matched))
    print(f"items fully correct: {clean}/{len(results)}")
    if not misses:
        return
    for r in results:
        wrong_q = [(e, p) for e, p in r.matched if e[2] != p[2]]
        if not (r.missed or r.spurious or wrong_q):
            continue
        print(f"\n{r.item_id}: {r.text!r}")
        for m in r.missed:
            print(f"  missed   {fmt(m)}")
        for s in r.spurious:
            print(f"  spurious {fmt(s)}")
        for e, p in wrong_q:
            print(f"  qualifier {fmt(e)} -> predicted {fmt(p)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", type=Path)
    parser.add_argument("--misses", action="store_true", help="list missed and spurious figures per item")
    args = parser.parse_args(argv)
    items = load_items(args.items)
    report([match(item, predict(item)) for item in items], args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
