#!/bin/bash
# Ray: `ray start --head`, a tiny job (ray_job.py), `ray stop` (SIGTERM to every Ray process).
# Keeps the CLI's own output (ray_cli.log), the raylet's log and the Python core worker's log.
# usage: run_ray.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
TMPD=/tmp/w34b/raytmp
rm -rf "$TMPD"
export TZ=UTC RAY_USAGE_STATS_ENABLED=0
{
  "$BIN/ray" start --head --num-cpus=1 --object-store-memory=100000000 --include-dashboard=false \
      --temp-dir="$TMPD" --disable-usage-stats
  "$BIN/python" "$HERE/ray_job.py" > "$OUT/ray_job_stdout.txt" 2>&1
  sleep 2
  "$BIN/ray" stop
} > "$OUT/ray_cli.log" 2>&1
L=$TMPD/session_latest/logs
cp "$L/raylet.out" "$OUT/ray_raylet.log"
cp "$L"/python-core-worker-*.log "$OUT/ray_core_worker.log"
