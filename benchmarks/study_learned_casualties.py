"""Feasibility study: does a learned scorer over candidate numbers recover casualty figures the rules miss
on sets it never saw?

    .venv/bin/python benchmarks/study_learned_casualties.py [--frozen /tmp/wtS11] [--cache DIR]

Candidates are every number phrase of an article body (``incidents.numbers.NUMBER_RE`` of the FROZEN tree,
plus ordinals "second", "3rd", the articles "a"/"an", "no"/"none"/"nobody", and digit runs NUMBER_RE skips). A candidate is positive for kind K (killed, injured, missing, detained) when
its span overlaps a truth claim of kind K. Features: lower-cased tokens 1-3 and 4-8 to the left and to the
right inside the sentence (each window its own feature space, plus the token right next to the number and
the two-token phrase after it), the number's own form (digit / word / article / ordinal / vague, value
bucket, capitalised), line shape (pipe, tab or wide gap, line start), which casualty-term kinds the sentence
holds (``incidents/data/casualty_terms.csv``), and which casualty kinds the rule-based extractor claimed on the
candidate and in its sentence. Model: one-vs-rest L2 logistic regression per kind (numpy, sparse, Adam).

Protocol. TRAIN only on the older dev sets A (benchmarks/eval, split.json), B-U (no V, W), X, Y, Z, ZA.
TEST on ZB, ZC, ZD, ZF, which the model never sees. Thresholds are chosen on the training sets only, from
out-of-fold scores of a 5-fold cross-validation grouped by set. Rules on the test sets come from the
session-start tree (``--frozen``), never tuned on ZB-ZF; the current tree (this checkout, tuned on ZB-ZF) is
reported for reference, with its own model trained on its own rule features. The held-out sets V, W, ZE, ZG,
ZH are never read: every set is named below.

Reported per test set and kind: (a) rules alone, (b) rules plus the model's extra figures (candidates no rule
casualty claim overlaps whose best kind scores at or above the CV threshold, kind = the best kind), (c) the
model alone (every candidate at or above its own CV threshold, kind = best kind; the model still sees the
rule feature), (d) a model without the rule features (a purely learned extractor). Matching is the scorer's
(``set_b/score.py``: same file, same kind, overlapping span, one-to-one greedy in document order).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "benchmarks" / "eval"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
sys.path.insert(0, str(EVAL / "set_b"))
import score as scorer  # noqa: E402  (benchmarks/eval/set_b/score.py: match, select_files, load_truth)

# Every set by name: the held-out sets V, W, ZE, ZG, ZH are deliberately absent.
TRAIN_SETS = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
              "t", "u", "x", "y", "z", "za")
TEST_SETS = ("zb", "zc", "zd", "zf")
HELD_OUT = {"v", "w", "ze", "zg", "zh"}
assert not HELD_OUT & set(TRAIN_SETS + TEST_SETS)
KINDS = ("killed", "injured", "missing", "detained")
REPORT_KINDS = ("killed", "injured")
FOLDS = 5
GRID = np.round(np.arange(0.05, 0.96, 0.05), 2)

ORDINAL_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE)
#: What NUMBER_RE leaves out: the article ("a border guard was killed"), "no"/"none"/"nobody" (zero
#: figures), and digits it skips because of their neighbours (CSV cells "…,1,0").
EXTRA_RE = re.compile(r"\b(?:an?|no|none|nobody)\b|(?<!\d)\d+(?!\d)", re.IGNORECASE)
TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[^\w\s]")
ARTICLE_WORDS = {"a", "an", "one", "single"}


def set_dir(name: str) -> Path:
    return EVAL if name == "a" else EVAL / f"set_{name}"


# ----------------------------------------------------------------------------------------------- data


def load_set(name: str) -> tuple[list[str], list[dict]]:
    d = set_dir(name)
    truth = scorer.load_truth(d / "truth.jsonl")
    files = scorer.select_files("all", (d / "split.json").resolve(), truth)
    fileset = set(files)
    cas = [t for t in truth if t["kind"] in KINDS and t["file"] in fileset]
    return files, cas


def extract(tree: Path, files: list[str], cache: Path | None, tag: str) -> list[dict]:
    """Casualty claims of ``files`` by the extractor of ``tree`` (run as score.py runs it, one set at a time,
    so the reference date is the set's own)."""
    if cache:
        cp = cache / f"{tag}.jsonl"
        if cp.exists():
            return [json.loads(x) for x in cp.read_text(encoding="utf-8").splitlines() if x.strip()]
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [PYTHON, "-m", "incidents", "extract", *[str(ROOT / f) for f in files], "--format", "jsonl"]
    res = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        raise SystemExit(f"extractor in {tree} failed")
    out = []
    for line in res.stdout.splitlines():
        c = json.loads(line) if line.strip() else None
        if c and c["kind"] in KINDS:
            out.append({"file": Path(c["file"]).resolve().relative_to(ROOT).as_posix(), "kind": c["kind"],
                        "start": c["start"], "end": c["end"], "text": c["text"]})
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{tag}.jsonl").write_text("".join(json.dumps(c) + "\n" for c in out), encoding="utf-8")
    return out


def casualty_term_res(tree: Path) -> dict[str, re.Pattern]:
    terms: dict[str, list[str]] = defaultdict(list)
    with open(tree / "incidents" / "data" / "casualty_terms.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["kind"] in KINDS:
                terms[row["kind"]].append(re.escape(row["term"].strip().lower()))
    return {k: re.compile(r"\b(?:" + "|".join(sorted(v, key=len, reverse=True)) + r")\b") for k, v in terms.items()}


def value_bucket(v: float | None) -> str:
    if v is None:
        return "vague"
    if v == 0:
        return "0"
    if v == 1:
        return "1"
    if v < 10:
        return "2-9"
    if v < 100:
        return "10-99"
    if 1900 <= v <= 2100 and float(v).is_integer():
        return "year"
    return "100+" if v < 1000 else "1000+"


def article_candidates(path: str, lib) -> tuple[str, int, list[dict]]:
    """(text, body_start, candidates) of one article, each candidate with its features minus the rule ones."""
    art = lib.read_article(ROOT / path)
    text, b0 = art.text, art.body_start
    low = text.lower()
    cands = []
    spans = []
    for q in lib.find_numbers(text, b0):
        form = ("digit" if q.text[:1].isdigit() else "vague" if q.vague
                else "article" if q.text.lower() in ARTICLE_WORDS else "no" if q.text.lower() == "no"
                else "word")
        cands.append((q.start, q.end, q.text, form, q.value))
        spans.append((q.start, q.end))
    taken = bytearray(len(text))
    for s, e in spans:
        taken[s:e] = b"\x01" * (e - s)
    for rx in (ORDINAL_RE, EXTRA_RE):
        for m in rx.finditer(text, b0):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            w = m.group(0).lower()
            form = ("ordinal" if rx is ORDINAL_RE else "digit" if w[0].isdigit()
                    else "article" if w in ARTICLE_WORDS else "no")
            cands.append((m.start(), m.end(), m.group(0), form, float(w) if w.isdigit() else None))
    cands.sort()
    sents = lib.split_sentences(text, b0)
    s_starts = [s.start for s in sents]
    toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(low, b0)]
    t_starts = [t[0] for t in toks]
    t_ends = [t[1] for t in toks]
    out = []
    for s, e, raw, form, value in cands:
        i = bisect_right(s_starts, s) - 1
        ss, se = (sents[i].start, sents[i].end) if i >= 0 and s < sents[i].end else (s, e)
        left = [t[2] for t in toks[bisect_left(t_starts, ss):bisect_right(t_ends, s)]][::-1]
        right = [t[2] for t in toks[bisect_left(t_starts, e):bisect_right(t_ends, se)]]
        f = {"bias", f"form:{form}", f"val:{value_bucket(value) if form != 'ordinal' else 'ord'}"}
        if form not in ("digit",):
            f.add(f"w:{raw.lower()}")
        if raw[:1].isupper():
            f.add("cap")
        for side, toks_ in (("L", left), ("R", right)):
            f.add(f"{side}1:{toks_[0] if toks_ else '<edge>'}")
            for j, tok in enumerate(toks_[:8]):
                f.add(f"{side}{'3' if j < 3 else '8'}:{tok}")
        f.add("R12:" + "_".join(right[:2]))
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        line = text[ls: le if le != -1 else len(text)]
        if "|" in line:
            f.add("line:pipe")
        if "\t" in line or "   " in line.strip():
            f.add("line:gap")
        if not text[ls:s].strip(" -*•\t"):
            f.add("line:start")
        sent = low[ss:se]
        for k, rx in TERM_RES.items():
            if rx.search(sent):
                f.add(f"sent:{k}")
        out.append({"start": s, "end": e, "text": raw, "sent": (ss, se), "feats": f})
    return text, b0, out


TERM_RES: dict[str, re.Pattern] = {}


def add_rule_feats(arts: list[dict], claims: list[dict], key: str) -> None:
    """Store under ``key`` the candidate's rule features and which rule claims overlap it."""
    by_file = defaultdict(list)
    for c in claims:
        by_file[c["file"]].append(c)
    for a in arts:
        cl = [c for c in by_file[a["file"]] if c["end"] > a["body"]]
        for c in a["cands"]:
            own = {r["kind"] for r in cl if r["start"] < c["end"] and c["start"] < r["end"]}
            ss, se = c["sent"]
            near = {r["kind"] for r in cl if r["start"] < se and ss < r["end"]}
            c[key] = own
            c[key + "_feats"] = ({f"rule:{k}" for k in own} or {"rule:none"}) | {f"rule_sent:{k}" for k in near}


def load_all(names, lib, frozen: Path, cache: Path | None) -> dict[str, dict]:
    data = {}
    for name in names:
        files, truth = load_set(name)
        arts = []
        for f in files:
            text, b0, cands = article_candidates(f, lib)
            tr = [t for t in truth if t["file"] == f]
            for c in cands:
                c["y"] = {t["kind"] for t in tr if t["start"] < c["end"] and c["start"] < t["end"]}
            arts.append({"file": f, "set": name, "text": text, "body": b0, "cands": cands})
        rules_frozen = extract(frozen, files, cache, f"frozen_{name}")
        rules_current = extract(ROOT, files, cache, f"current_{name}")
        add_rule_feats(arts, rules_frozen, "rf")
        add_rule_feats(arts, rules_current, "rc")
        data[name] = {"files": files, "truth": truth, "arts": arts, "rules": {"rf": rules_frozen, "rc": rules_current}}
    return data


# ---------------------------------------------------------------------------------------------- model


def design(cands: list[dict], vocab: dict[str, int], rule_key: str | None) -> tuple[np.ndarray, np.ndarray, int]:
    rows, cols = [], []
    for i, c in enumerate(cands):
        feats = c["feats"] | (c[rule_key + "_feats"] if rule_key else set())
        for f in feats:
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), len(cands)


def build_vocab(cands: list[dict], rule_key: str | None, min_count: int = 2) -> dict[str, int]:
    cnt: Counter = Counter()
    for c in cands:
        cnt.update(c["feats"] | (c[rule_key + "_feats"] if rule_key else set()))
    return {f: i for i, f in enumerate(sorted(f for f, n in cnt.items() if n >= min_count))}


def labels(cands: list[dict]) -> np.ndarray:
    return np.array([[k in c["y"] for k in KINDS] for c in cands], dtype=np.float64)


def fit(rows, cols, n, d, y, l2=1.0, iters=250, lr=0.1) -> np.ndarray:
    """One-vs-rest L2 logistic regression (binary features) by full-batch Adam; W has shape (d, kinds)."""
    w = np.zeros((d, y.shape[1]))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, iters + 1):
        g = np.empty_like(w)
        for k in range(y.shape[1]):
            z = np.bincount(rows, weights=w[cols, k], minlength=n)
            r = 1.0 / (1.0 + np.exp(-z)) - y[:, k]
            g[:, k] = np.bincount(cols, weights=r[rows], minlength=d) / n + l2 * w[:, k] / n
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def predict(rows, cols, n, w) -> np.ndarray:
    z = np.stack([np.bincount(rows, weights=w[cols, k], minlength=n) for k in range(w.shape[1])], axis=1)
    return 1.0 / (1.0 + np.exp(-z))


def train_and_score(train_cands, test_cands, rule_key):
    vocab = build_vocab(train_cands, rule_key)
    r, c, n = design(train_cands, vocab, rule_key)
    w = fit(r, c, n, len(vocab), labels(train_cands))
    r2, c2, n2 = design(test_cands, vocab, rule_key)
    return predict(r2, c2, n2, w)


def oof_scores(data: dict, rule_key: str | None) -> None:
    """Out-of-fold probabilities on the training sets (folds of whole sets), stored on each candidate."""
    names = list(TRAIN_SETS)
    for f in range(FOLDS):
        held = names[f::FOLDS]
        tr = [c for s in names if s not in held for a in data[s]["arts"] for c in a["cands"]]
        te = [c for s in held for a in data[s]["arts"] for c in a["cands"]]
        p = train_and_score(tr, te, rule_key)
        for c, row in zip(te, p):
            c[f"p_{rule_key}"] = row


def final_scores(train: dict, test: dict, rule_key: str | None) -> None:
    tr = [c for s in train.values() for a in s["arts"] for c in a["cands"]]
    te = [c for s in test.values() for a in s["arts"] for c in a["cands"]]
    p = train_and_score(tr, te, rule_key)
    for c, row in zip(te, p):
        c[f"p_{rule_key}"] = row


# ------------------------------------------------------------------------------------------- scoring


def predictions(sd: dict, mode: str, rule_key: str, t: float) -> list[dict]:
    """Predicted casualty figures of one set: 'rules', 'plus' (rules + extras >= t), 'model' (model >= t),
    'pure' (no-rule-feature model >= t), 'pureplus' (rules + extras of the no-rule-feature model >= t)."""
    preds = []
    if mode in ("rules", "plus", "pureplus"):
        body = {a["file"]: a["body"] for a in sd["arts"]}
        preds = [c for c in sd["rules"][rule_key] if c["end"] > body[c["file"]]]  # header claims are not scored
    if mode == "rules":
        return preds
    pkey = f"p_{None}" if mode in ("pure", "pureplus") else f"p_{rule_key}"
    for a in sd["arts"]:
        for c in a["cands"]:
            if mode in ("plus", "pureplus") and c[rule_key]:
                continue
            p = c[pkey]
            k = int(np.argmax(p))
            if p[k] >= t:
                preds.append({"file": a["file"], "kind": KINDS[k], "start": c["start"], "end": c["end"],
                              "text": c["text"], "extra": True, "p": float(p[k])})
    return preds


def counts(sd: dict, preds: list[dict]) -> dict[str, list[int]]:
    """kind -> [tp, fp, fn] by the scorer's matching."""
    out = {k: [0, 0, 0] for k in KINDS}
    groups: dict[tuple[str, str], list[list[dict]]] = defaultdict(lambda: [[], []])
    for p in preds:
        groups[(p["file"], p["kind"])][0].append(p)
    for t in sd["truth"]:
        groups[(t["file"], t["kind"])][1].append(t)
    for (_, kind), (ps, ts) in groups.items():
        pairs, fps, fns = scorer.match(ps, ts)
        out[kind][0] += len(pairs)
        out[kind][1] += len(fps)
        out[kind][2] += len(fns)
        for p, _t in pairs:
            p["right"] = True
        for p in fps:
            p["right"] = False
    return out


def pr(c: list[int]) -> tuple[float | None, float | None]:
    tp, fp, fn = c
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def f1_ki(total: dict[str, list[int]]) -> float:
    tp = sum(total[k][0] for k in REPORT_KINDS)
    fp = sum(total[k][1] for k in REPORT_KINDS)
    fn = sum(total[k][2] for k in REPORT_KINDS)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def pooled(data: dict, names, mode, rule_key, t) -> dict[str, list[int]]:
    tot = {k: [0, 0, 0] for k in KINDS}
    for s in names:
        for k, c in counts(data[s], predictions(data[s], mode, rule_key, t)).items():
            for i in range(3):
                tot[k][i] += c[i]
    return tot


def choose(data: dict, mode: str, rule_key: str) -> tuple[float, list[tuple[float, float]]]:
    curve = [(float(t), f1_ki(pooled(data, TRAIN_SETS, mode, rule_key, t))) for t in GRID]
    best = max(curve, key=lambda x: (x[1], x[0]))
    return best[0], curve


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--frozen", type=Path, default=Path("/tmp/wtS11"), help="session-start worktree (rules never tuned on ZB-ZF)")
    ap.add_argument("--cache", type=Path, help="cache extractor output here (development only)")
    args = ap.parse_args(argv)
    frozen = args.frozen.resolve()
    t0 = time.process_time()

    # Candidates and sentences come from the frozen tree too (NUMBER_RE changed while tuning on ZB-ZF).
    sys.path.insert(0, str(frozen))
    import incidents
    import incidents.articles as articles
    import incidents.numbers as numbers
    import incidents.sentences as sentences

    assert Path(incidents.__file__).resolve().is_relative_to(frozen), incidents.__file__
    chk = subprocess.run([PYTHON, "-c", "import incidents; print(incidents.__file__)"], cwd=frozen,
                         env=dict(os.environ, PYTHONPATH=str(frozen)), capture_output=True, text=True).stdout.strip()
    assert chk.startswith(str(frozen)), chk
    head = subprocess.run(["git", "-C", str(frozen), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    cur = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "incidents"],  # last change to the rules
                         capture_output=True, text=True).stdout.strip()

    class Lib:
        read_article = staticmethod(articles.read_article)
        find_numbers = staticmethod(numbers.find_numbers)
        split_sentences = staticmethod(sentences.split_sentences)

    TERM_RES.update(casualty_term_res(frozen))
    train = load_all(TRAIN_SETS, Lib, frozen, args.cache)
    test = load_all(TEST_SETS, Lib, frozen, args.cache)
    data = train | test
    t_load = time.process_time() - t0

    print("# Learned casualty scorer: feasibility study\n")
    print(f"Frozen rules: `{frozen}` at {head} (incidents from `{chk}`); current rules: `{ROOT}` at {cur}.\n")
    for label, names in (("train", TRAIN_SETS), ("test", TEST_SETS)):
        cands = [c for s in names for a in data[s]["arts"] for c in a["cands"]]
        pos = Counter(k for c in cands for k in c["y"])
        truth = [t for s in names for t in data[s]["truth"]]
        covered = sum(1 for s in names for t in data[s]["truth"]
                      if any(c["start"] < t["end"] and t["start"] < c["end"] for a in data[s]["arts"]
                             if a["file"] == t["file"] for c in a["cands"]))
        print(f"- {label}: {len(names)} sets, {sum(len(data[s]['arts']) for s in names)} articles, "
              f"{len(cands)} candidates, positives " + ", ".join(f"{k} {pos[k]}" for k in KINDS)
              + f" ({sum(1 for c in cands if c['y'])} candidates positive, "
              f"{sum(1 for c in cands if c['y']) / len(cands):.1%}); casualty truth claims {len(truth)}, "
              f"{covered} ({covered / len(truth):.1%}) overlapped by some candidate (recall ceiling of the model)")

    # Out-of-fold scores on the training sets pick the thresholds; then one model on all training sets.
    for rk in ("rf", "rc", None):
        oof_scores(train, rk)
    thr = {}
    curves = {}
    for rk in ("rf", "rc"):
        thr[(rk, "plus")], curves[(rk, "plus")] = choose(train, "plus", rk)
        thr[(rk, "model")], curves[(rk, "model")] = choose(train, "model", rk)
        thr[(rk, "pureplus")], curves[(rk, "pureplus")] = choose(train, "pureplus", rk)
    thr[("rf", "pure")], curves[("rf", "pure")] = choose(train, "pure", "rf")
    thr[("rc", "pure")] = thr[("rf", "pure")]
    oof = {key: pooled(train, TRAIN_SETS, key[1], key[0], t) for key, t in thr.items()}
    oof_rules = {rk: pooled(train, TRAIN_SETS, "rules", rk, 0) for rk in ("rf", "rc")}
    for rk in ("rf", "rc", None):
        final_scores(train, test, rk)

    print("\n## Thresholds (5-fold CV grouped by set, training sets only; maximise killed+injured F1)\n")
    print("| rules | variant | threshold | CV killed P/R | CV injured P/R | CV rules-only killed P/R | CV rules-only injured P/R | CV extras right / wrong (all kinds) |")
    print("|---|---|---|---|---|---|---|---|")
    for (rk, mode), t in thr.items():
        if mode == "pure" and rk == "rc":
            continue
        o = oof[(rk, mode)]
        ro = oof_rules[rk]
        print(f"| {'frozen' if rk == 'rf' else 'current'} | {mode} | {t:.2f} | "
              + " | ".join(f"{fmt(pr(o[k])[0])}/{fmt(pr(o[k])[1])}" for k in REPORT_KINDS) + " | "
              + " | ".join(f"{fmt(pr(ro[k])[0])}/{fmt(pr(ro[k])[1])}" for k in REPORT_KINDS)
              + (f" | {sum(o[k][0] - ro[k][0] for k in KINDS)} / {sum(o[k][1] - ro[k][1] for k in KINDS)} |"
                 if mode in ("plus", "pureplus") else " | |"))
    print("\nCV curve, rules+extras, frozen (threshold: killed+injured F1): "
          + ", ".join(f"{t:.2f}:{f:.3f}" for t, f in curves[("rf", "plus")][::2]))

    modes = (("rules", "(a) rules"), ("plus", "(b) rules+model extras"), ("model", "(c) model alone"),
             ("pure", "(d) model without rule features"), ("pureplus", "(e) rules+extras of (d)"))
    examples = []
    for rk, title in (("rf", "Session-start rules (frozen, never tuned on ZB-ZF)"),
                      ("rc", "Current rules (tuned on ZB-ZF: reference only)")):
        print(f"\n## {title}\n")
        print("| set | kind | truth | " + " | ".join(f"{lab} P / R" for _, lab in modes)
              + " | (b) extras right / wrong | (e) extras right / wrong |")
        print("|---|---|---|" + "---|" * (len(modes) + 2))
        tot = {m: {k: [0, 0, 0] for k in KINDS} for m, _ in modes}
        extra_tot: Counter = Counter()
        for s in TEST_SETS:
            res = {}
            for m, _ in modes:
                preds = predictions(data[s], m, rk, thr.get((rk, m), 0.5))
                res[m] = counts(data[s], preds)
                for k in KINDS:
                    for i in range(3):
                        tot[m][k][i] += res[m][k][i]
                if m in ("plus", "pureplus"):
                    for p in preds:
                        if p.get("extra"):
                            extra_tot[(m, s, p["kind"], p["right"])] += 1
                            extra_tot[(m, p["kind"], p["right"])] += 1
                            if rk == "rf":
                                examples.append((m, s, p))
            for k in REPORT_KINDS:
                extra = " | ".join(f"{extra_tot[(m, s, k, True)]} / {extra_tot[(m, s, k, False)]}" for m in ("plus", "pureplus"))
                n_truth = res["rules"][k][0] + res["rules"][k][2]
                print(f"| {s.upper()} | {k} | {n_truth} | "
                      + " | ".join(f"{fmt(pr(res[m][k])[0])} / {fmt(pr(res[m][k])[1])}" for m, _ in modes)
                      + f" | {extra} |")
        for k in REPORT_KINDS:
            print(f"| **all 4** | {k} | {tot['rules'][k][0] + tot['rules'][k][2]} | "
                  + " | ".join(f"{fmt(pr(tot[m][k])[0])} / {fmt(pr(tot[m][k])[1])}" for m, _ in modes)
                  + " | " + " | ".join(f"{extra_tot[(m, k, True)]} / {extra_tot[(m, k, False)]}" for m in ("plus", "pureplus"))
                  + " |")
        for m in ("plus", "pureplus"):
            print(f"\nExtras of every kind, {m} (right/wrong): "
                  + ", ".join(f"{k} {extra_tot[(m, k, True)]}/{extra_tot[(m, k, False)]}" for k in KINDS))
        print("\nThresholds: " + ", ".join(f"{m} {thr[(rk, m)]:.2f}" for m, _ in modes if m != "rules"))

    # Sensitivity (for reading only: choosing a threshold here would be tuning on the test sets).
    print("\n## Sensitivity to the threshold, frozen rules, four test sets pooled (for reading only: NOT used to choose)\n")
    print("| variant | threshold | extras right / wrong (all kinds) | killed P / R | injured P / R |")
    print("|---|---|---|---|---|")
    below: list = []
    for m in ("plus", "pureplus"):
        for t in (0.3, 0.5, 0.7, 0.9):
            tot = {k: [0, 0, 0] for k in KINDS}
            n_ex: Counter = Counter()
            for s in TEST_SETS:
                preds = predictions(test[s], m, "rf", t)
                for k, c in counts(test[s], preds).items():
                    for i in range(3):
                        tot[k][i] += c[i]
                n_ex.update(p["right"] for p in preds if p.get("extra"))
                if m == "pureplus" and t == 0.7:
                    below += [("e@0.70", s, p) for p in preds if p.get("extra") and p["p"] < thr[("rf", "pureplus")]]
            print(f"| {m} | {t:.2f} | {n_ex[True]} / {n_ex[False]} | "
                  + " | ".join(f"{fmt(pr(tot[k])[0])} / {fmt(pr(tot[k])[1])}" for k in REPORT_KINDS) + " |")

    print("\n## Example extra figures on the test sets at the CV thresholds (frozen rules; ✓ = matches a truth claim"
          " of that kind)\n")
    seen = set()
    uniq = []
    for m, s, p in sorted(examples, key=lambda e: (e[0] != "plus", -e[2]["p"])):
        if (p["file"], p["start"]) not in seen:
            seen.add((p["file"], p["start"]))
            uniq.append((m, s, p))
    right = [e for e in uniq if e[2]["right"]]
    wrong = [e for e in uniq if not e[2]["right"]]
    picked = right[:5] + wrong[:5]
    picked += (right[5:] + wrong[5:])[: 10 - len(picked)]
    if len(picked) < 10:  # too few at the CV thresholds: fill with (e)'s extras at 0.70, below its threshold
        below.sort(key=lambda e: -e[2]["p"])
        more_r = [e for e in below if e[2]["right"] and (e[2]["file"], e[2]["start"]) not in seen]
        more_w = [e for e in below if not e[2]["right"] and (e[2]["file"], e[2]["start"]) not in seen]
        need = 10 - len(picked)
        picked += more_r[: (need + 1) // 2] + more_w[: need // 2]
    texts = {a["file"]: a["text"] for s in TEST_SETS for a in test[s]["arts"]}
    for m, s, p in picked:
        t = texts[p["file"]]
        ctx = (t[max(0, p["start"] - 70):p["start"]] + "[[" + t[p["start"]:p["end"]] + "]]"
               + t[p["end"]:p["end"] + 60]).replace("\n", " ⏎ ")
        truth_k = sorted({x["kind"] for x in test[s]["truth"] if x["file"] == p["file"]
                          and x["start"] < p["end"] and p["start"] < x["end"]})
        print(f"- {'✓' if p['right'] else '✗'} ({'b' if m == 'plus' else 'e' if m == 'pureplus' else m}) {s.upper()} `{Path(p['file']).name}` "
              f"{p['kind']} p={p['p']:.2f} (truth here: {', '.join(truth_k) or 'none'}): …{ctx}…")
    print(f"\nCPU: {time.process_time() - t0:.1f} s in this process ({t_load:.1f} s loading), plus the extractor runs.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
