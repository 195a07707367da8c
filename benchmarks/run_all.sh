#!/usr/bin/env bash
# Run every benchmark and print Markdown tables (copy the figures into benchmarks/RESULTS.md).
#   benchmarks/run_all.sh            # 1k/10k/100k extract, 1k/10k build, incremental
#   FULL=1 benchmarks/run_all.sh     # also the 100k build
# Corpora and builds go to benchmarks/out/ (gitignored); the first run generates them.
set -euo pipefail
cd "$(dirname "$0")"
PY="${PY:-../.venv/bin/python}"
[ -x "$PY" ] || PY=python3
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  nproc: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)  mem: $(free -g | awk '/Mem:/{print $2}') GB"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo n/a)"
"$PY" bench_extract.py
if [ "${FULL:-0}" = 1 ]; then "$PY" bench_build.py --sizes 1000 10000 100000; else "$PY" bench_build.py; fi
"$PY" bench_incremental.py
