#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install logmr into it; with "dev", the test tools too.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
fi
if [ "${1:-}" = "dev" ]; then
    .venv/bin/python -m pip install --quiet -e '.[dev]'
else
    .venv/bin/python -m pip install --quiet -e .
fi
# Bytecode for logmr's modules, as a wheel's install writes it: an editable install never gets
# any where PYTHONDONTWRITEBYTECODE is set, and every command would compile them all first.
.venv/bin/python -m compileall -q functions/logmr > /dev/null
