"""Command line: ``python -m incidents extract PATH...`` and ``python -m incidents build [PATH...]``.

``extract`` prints one JSON object per claim (the public "Claims JSON" shape) or a table, and a
summary on stderr that names every file that failed and every file that yielded no claims.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from incidents.articles import iter_paths
from incidents.corpus import reference_date


def _parse_date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {s!r}") from None


def _table_row(c: dict) -> str:
    detail = {
        "date": lambda: f"{c['normalized']}..{c['normalized_end']} ({c['basis']})",
        "location": lambda: f"{c['place'] or c['name']} [{c['precision']}] {c['admin1_code'] or ''} {c['role']}",
        "distance": lambda: f"{c['value_km']} km {c['qualifier']} {c['measures'] or ''}",
        "weapon": lambda: c["weapon"],
        "attribution": lambda: f"{c['source']} ({c['stance']})",
        "population": lambda: f"{c['value']} {c['qualifier']}",
    }.get(c["kind"], lambda: f"{c['value']} [{c['low']}-{c['high']}] {c['qualifier']} {c['group'] or ''}")()
    return f"{Path(c['file']).name[:28]:28} {c['start']:>6} {c['kind']:11} {c['text'][:40]!s:40} {detail}"


#: One encoder for every claim: ``json.dumps(..., ensure_ascii=False)`` builds a new one per call.
#: The bytes are exactly ``json.dumps``'s (the ", "/": " separators are relied on downstream).
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)  # claims are flat dicts


def jsonl_line(claim: dict) -> str:
    """One claim as a JSON line."""
    return _JSON.encode(claim) + "\n"


def cmd_extract(args: argparse.Namespace) -> int:
    from incidents.parallel import extract_many

    errors: list[tuple[str, str]] = []
    paths = list(iter_paths(args.paths, errors))
    ref, ref_basis = (args.reference_date, "--reference-date") if args.reference_date else reference_date(paths)
    n_files = n_claims = 0
    empty: list[str] = []
    out = sys.stdout
    line = jsonl_line if args.format == "jsonl" else (lambda c: _table_row(c) + "\n")
    for res in extract_many(paths, workers=args.workers, reference=ref):
        n_files += 1
        if res.error:
            errors.append((res.path, res.error))
            continue
        if not res.claims:
            empty.append(res.path)
        n_claims += len(res.claims)
        out.write("".join([line(c) for c in res.claims]))  # one write per file
    print(f"extract: {n_files} files, {n_claims} claims, {len(errors)} failed, {len(empty)} without claims; "
          f"reference date {ref} ({ref_basis})", file=sys.stderr)
    for path, problem in errors:
        print(f"  error: {path}: {problem}", file=sys.stderr)
    for path in empty:
        print(f"  no claims: {path}", file=sys.stderr)
    return 0 if n_files > len(errors) or not paths else 1


def cmd_build(args: argparse.Namespace) -> int:
    from incidents.pipeline import build

    paths = args.paths or [str(Path(__file__).resolve().parent.parent / "seeds")]
    report = build([Path(p) for p in paths], Path(args.out), reference=args.reference_date, workers=args.workers)
    print(report.summary(), file=sys.stderr)
    return 0 if report.n_articles or not report.errors else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m incidents", description="borderwatch: articles → claims → incidents")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="print the claims of articles (files or folders)")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    ex.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    ex.add_argument("--reference-date", type=_parse_date, default=None,
                    help="dates articles that state no year (default: latest self-dated input article)")
    ex.set_defaults(func=cmd_extract)
    bd = sub.add_parser("build", help="group claims into incidents and write the exports and store")
    bd.add_argument("paths", nargs="*", help="files or folders (default: the bundled seeds/)")
    bd.add_argument("--out", default="build", help="output folder (default: build/)")
    bd.add_argument("--workers", type=int, default=1)
    bd.add_argument("--reference-date", type=_parse_date, default=None)
    bd.set_defaults(func=cmd_build)
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
