#!/usr/bin/env bash
# Quick start 1: set up (idempotent) and open the dashboard on the bundled seed articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/streamlit run dashboard/app.py "$@"
