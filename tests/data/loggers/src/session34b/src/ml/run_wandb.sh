#!/bin/bash
# W&B offline run (wandb_run.py); keeps wandb/debug.log and wandb/debug-internal.log.
# usage: run_wandb.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/wandb_run; rm -rf "$W"; mkdir -p "$W"
export TZ=UTC WANDB_MODE=offline
"$BIN/python" "$HERE/wandb_run.py" "$W" > "$W/stdout.txt" 2>&1
cat "$W/wandb/debug.log" > "$OUT/wandb_debug.log"
cat "$W/wandb/debug-internal.log" > "$OUT/wandb_debug_internal.jsonl"
