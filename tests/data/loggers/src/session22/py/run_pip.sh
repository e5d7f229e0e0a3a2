#!/bin/bash
# pip 23.2 --log FILE (pip's file log: every line stamped '%Y-%m-%dT%H:%M:%S,mmm ', nesting shown by indentation):
# a local package whose metadata build fails offline (no 'wheel' in the venv: a traceback), a requirement that cannot be found.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/pip; rm -rf $W; mkdir -p $W/pkg/shop_utils $W/bad $CORPUS/raw
cat > $W/pkg/pyproject.toml <<T
[build-system]
requires = []
build-backend = "setuptools.build_meta"
[project]
name = "shop-utils"
version = "0.1.0"
description = "Grüße"
T
echo 'X = 1' > $W/pkg/shop_utils/__init__.py
printf 'raise SystemExit("setup.py: «kaputt» cannot build")\n' > $W/bad/setup.py
$CORPUS/.venv/bin/python -m venv --system-site-packages $W/venv >/dev/null
PIP="$W/venv/bin/python -m pip --disable-pip-version-check --no-input"
TZ=UTC $PIP install --log $W/pip.log --no-index --no-build-isolation $W/pkg > /dev/null 2>&1
TZ=UTC $PIP install --log $W/pip.log --no-index "requests-nonexistent-pkg==9.9" > /dev/null 2>&1
cp $W/pip.log $CORPUS/raw/pip_log.log
