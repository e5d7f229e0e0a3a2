#!/usr/bin/env bash
# Set up, generate 200 MiB of realistic sample logs (once), and analyse them with every core.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -d sample-logs ]; then
    .venv/bin/logmr gen sample-logs --size "${DEMO_SIZE:-200MiB}" --seed 1
fi
.venv/bin/logmr run "${1:-services}" sample-logs --output logmr-results/demo-"${1:-services}"
