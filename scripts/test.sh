#!/usr/bin/env bash
# Set up, then run the linters and the whole test suite (no Docker, no network, no AWS account).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
