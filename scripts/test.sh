#!/usr/bin/env bash
# Set up, then run the linters, the whole test suite and the SAM template checks
# (no Docker, no AWS account; packages come from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
if [ "$#" -eq 0 ]; then  # the whole suite: also the template checks with the SAM CLI
    bash scripts/check-template.sh
fi
