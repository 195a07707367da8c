#!/usr/bin/env bash
# Dashboard render times in a real browser (Debian chromium, headless): page load → markers visible,
# for the seeds (cold server, then warm) and for 5,000 generated records (clustered).
# Targets (issue "Dashboard"): seeds < 3 s, 5,000 records < 10 s. Prints one line per measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f test-artifacts/render_timings.txt
.venv/bin/python -m pytest -q tests/browser -k "seeds_render or 5000" -p no:cacheprovider >/dev/null
echo "# bench_dashboard_browser — $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
cat test-artifacts/render_timings.txt
