#!/bin/bash
# Azure CLI with --debug (its knack/azure loggers on stderr): `az rest` against a local HTTP server (200, 500),
# `az group list` without a login, an invalid --method. No Azure endpoint is contacted.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
AZ=${AZ:-/tmp/h35c/venv-az/bin/az}
mkdir -p "$OUT"
export TZ=UTC AZURE_CONFIG_DIR=/tmp/w35c/azure AZURE_CORE_COLLECT_TELEMETRY=no AZURE_CORE_NO_COLOR=true AZURE_CORE_ONLY_SHOW_ERRORS=false
rm -rf /tmp/w35c/azure "$OUT/azure_cli_debug.log"; mkdir -p /tmp/w35c/azure
python3 "$HERE/fake_arm.py" 18765 & S=$!
sleep 1
{
"$AZ" rest --debug --skip-authorization-header --method get --url "http://127.0.0.1:18765/orders?api-version=2026-01-01"
"$AZ" rest --debug --skip-authorization-header --method get --url "http://127.0.0.1:18765/fail?api-version=2026-01-01"
"$AZ" group list --debug
"$AZ" rest --debug --skip-authorization-header --method frobnicate --url "http://127.0.0.1:18765/orders"
} > "$OUT/azure_cli_debug.log" 2>&1
kill $S
true
