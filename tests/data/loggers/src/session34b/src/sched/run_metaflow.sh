#!/bin/bash
# Metaflow local run of shopflow.py (local datastore and metadata); its console output is the log.
# usage: run_metaflow.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/metaflow; rm -rf "$W"; mkdir -p "$W"; cp "$HERE/shopflow.py" "$W/"; cd "$W" || exit 1
export TZ=UTC USERNAME=shop METAFLOW_DEFAULT_DATASTORE=local METAFLOW_DEFAULT_METADATA=local
"$BIN/python" shopflow.py --no-pylint run --max-workers 1 > "$OUT/metaflow.log" 2>&1
