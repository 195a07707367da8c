"""Score the extractor's date claims on the sentence-level date set (``dates.jsonl``).

Each item becomes a one-snippet article ``"published: <date>\\n---\\n<text>\\n"``; only claims of kind
``date`` are kept. A predicted claim matches an expected date when their ``[start, end)`` spans overlap
(one-to-one, greedy in document order). Usage::

    .venv/bin/python benchmarks/eval/sentences/score_dates.py benchmarks/eval/sentences/dates.jsonl [--misses]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Any

from snippets import header, load_items, snippet_claims


@dataclass
class Expected:
    text: str
    start: int
    end: int
    norm_start: str
    norm_end: str


@dataclass
class Result:
    item_id: str
    snippet: str
    doc: str  # the article the snippet was extracted as (claim offsets point into it)
    expected: list[Expected]
    predicted: list[dict[str, Any]]
    pairs: list[tuple[Expected, dict[str, Any]]] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)


def expected_spans(item: dict[str, Any], offset: int) -> list[Expected]:
    """Locate each expectation's text: the first occurrence after the previous expectation's span."""
    out: list[Expected] = []
    pos = 0
    text: str = item["text"]
    for exp in item["expect"]:
        i = text.find(exp["text"], pos)
        if i < 0:
            i = text.find(exp["text"])
        if i < 0:
            raise SystemExit(f"{item['id']}: expected text {exp['text']!r} not in the snippet")
        out.append(Expected(exp["text"], offset + i, offset + i + len(exp["text"]), exp["start"], exp["end"]))
        pos = i + len(exp["text"])
    return out


def score_item(item: dict[str, Any]) -> Result:
    doc, claims = snippet_claims(item, ("date",))
    predicted = sorted(claims, key=lambda c: (c["start"], c["end"]))
    expected = expected_spans(item, len(header(item["published"])))
    res = Result(item["id"], item["text"], doc, expected, predicted)
    used: set[int] = set()
    for claim in predicted:
        for k, exp in enumerate(expected):
            if k not in used and claim["start"] < exp.end and exp.start < claim["end"]:
                used.add(k)
                res.pairs.append((exp, claim))
                break
        else:
            res.spurious.append(claim)
    res.missed = [exp for k, exp in enumerate(expected) if k not in used]
    return res


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def claim_text(claim: dict[str, Any], doc: str) -> str:
    return doc[claim["start"]:claim["end"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("items", help="dates.jsonl")
    ap.add_argument("--misses", action="store_true", help="list misses, spurious dates and wrong values")
    args = ap.parse_args(argv)

    items = load_items(args.items)
    results = [score_item(item) for item in items]
    truth = sum(len(r.expected) for r in results)
    pred = sum(len(r.predicted) for r in results)
    matched = sum(len(r.pairs) for r in results)
    norm_ok = sum(1 for r in results for e, c in r.pairs if c.get("normalized") == e.norm_start
                  and c.get("normalized_end") == e.norm_end)
    start_ok = sum(1 for r in results for e, c in r.pairs if c.get("normalized") == e.norm_start)
    negatives = [r for r in results if not r.expected]
    clean_neg = sum(1 for r in negatives if not r.predicted)
    p, rc = ratio(matched, pred), ratio(matched, truth)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"items {len(items)} (negatives {len(negatives)}, clean {clean_neg})")
    print(f"date truth {truth} predicted {pred} matched {matched}")
    print(f"precision {p:.3f} recall {rc:.3f} F1 {f1:.3f}")
    print(f"normalisation {norm_ok}/{matched} = {ratio(norm_ok, matched):.3f} "
          f"(start only {start_ok}/{matched} = {ratio(start_ok, matched):.3f})")

    if args.misses:
        for r, item in zip(results, items):
            doc = r.doc
            lines: list[str] = []
            lines += [f"  MISSED   {e.text!r} -> {e.norm_start}..{e.norm_end}" for e in r.missed]
            lines += [f"  SPURIOUS {claim_text(c, doc)!r} -> {c.get('normalized')}..{c.get('normalized_end')}"
                      for c in r.spurious]
            for e, c in r.pairs:
                if c.get("normalized") != e.norm_start or c.get("normalized_end") != e.norm_end:
                    lines.append(f"  WRONG    {e.text!r} (pred {claim_text(c, doc)!r}): "
                                 f"{c.get('normalized')}..{c.get('normalized_end')}, want {e.norm_start}..{e.norm_end}")
            if lines:
                print(f"\n{r.item_id} [{item['published']}] {r.snippet}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
