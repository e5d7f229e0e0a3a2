#!/bin/bash
# ESPHome 2026.6.5 (PyPI, in a venv: VENV) validating shop.yaml with `esphome config`: its console log
# (Python logging, "LEVEL message", no colours when not a terminal) on stdout and stderr
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/esphome; rm -rf $W; mkdir -p $W
VENV=${VENV:-/tmp/w34d/venv}
export TZ=UTC PYTHONUNBUFFERED=1
cp $HERE/shop.yaml $W/
cd $W
$VENV/bin/esphome config shop.yaml > $W/esphome.log 2>&1
