#!/bin/bash
# Re-run every tool of corpus 34b and write the logs to /tmp/w34b/out (copied to corpus/ afterwards).
# Needs root (daemons run as their Debian users), the Debian packages listed in README.md, and two venvs:
#   VENV_ML  (src/requirements-ml.txt:  ray, wandb, lightgbm, metaflow, dvc)
#   VENV_SRV (src/requirements-srv.txt: matrix-synapse, radicale, snakemake)
set -u
S=$(cd "$(dirname "$0")" && pwd)
OUT=/tmp/w34b/out
ML=${VENV_ML:-/tmp/w34b/venv_ml}/bin
SRV=${VENV_SRV:-/tmp/w34b/venv_srv}/bin
mkdir -p "$OUT"
export TZ=UTC
# data / ML tools
"$ML/python" -u "$S/ml/lightgbm_run.py" > "$OUT/lightgbm.log" 2>&1
"$S/ml/run_wandb.sh" "$ML" "$OUT"
"$S/ml/dvc_run.sh" "$ML" "$OUT/dvc_verbose.log"
"$S/ml/run_ray.sh" "$ML" "$OUT"
"$S/sched/run_metaflow.sh" "$ML" "$OUT"
"$S/sched/run_snakemake.sh" "$SRV" "$OUT"
# servers
"$S/servers/run_synapse.sh" "$SRV" "$OUT"
"$S/servers/run_radicale.sh" "$SRV" "$OUT"
# databases
"$S/db/run_tarantool.sh" "$OUT"
"$S/db/run_firebird.sh" "$OUT"
"$S/db/pg_cluster.sh" init
"$S/db/pg_cluster.sh" start
"$S/db/run_pgbackrest.sh" "$OUT"
"$S/db/run_barman.sh" "$OUT"
"$S/db/run_repmgr.sh" "$OUT"
"$S/db/pg_cluster.sh" stop
"$S/db/run_patroni.sh" "$OUT"
"$S/db/run_victoria_metrics.sh" "$OUT"
"$S/db/run_carbon.sh" "$OUT"
# queues
"$S/queue/run_gearmand.sh" "$OUT"
