#!/usr/bin/env bash
# Set up, then run the linters, the whole test suite and the SAM template checks
# (no Docker, no AWS account; packages come from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
# The dashboard's browser test drives Debian's Chromium (Playwright's own browser download is not used).
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "note: install Debian's chromium (apt-get install chromium) for tests/test_dashboard.py" >&2
    fi
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
if [ "$#" -eq 0 ]; then  # the whole suite: also the template checks with the SAM CLI and checkov
    bash scripts/check-template.sh
    bash scripts/scan-template.sh
fi
