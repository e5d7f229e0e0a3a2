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
# logmr's C kernel (layer/native/: JSON lines counted in C, formats/json_native.py), into the venv:
# rebuilt where its sources changed. The test suite needs it; logmr alone reads JSON without it,
# slower, where no C compiler or Python headers are found.
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
built="$site/logmr_native.abi3.so"
if [ ! -f "$built" ] || [ -n "$(find layer/native layer/build-native.sh -newer "$built" -print -quit)" ]; then
    rm -f "$built"  # (a module of older sources is not left to be imported)
    if ! bash layer/build-native.sh "$site" .venv/bin/python; then
        [ "${1:-}" = "dev" ] && { echo "error: the tests need logmr's C kernel: install a C compiler (cc)" >&2; exit 1; }
        echo "note: logmr's C kernel not built (no C compiler?): JSON lines are read in Python, slower" >&2
    fi
fi
