#!/bin/sh
# The three tools that run as one Python program each (venv /tmp/w29/venv), output kept unchanged.
set -u
W=/tmp/w29; B=$W/venv/bin; export TZ=UTC
cd $W
# Prefect 3.9.1: ephemeral API server, PREFECT_LOGGING_LEVEL=DEBUG (default console handler and format)
mkdir -p $W/prefect_home
PREFECT_HOME=$W/prefect_home PREFECT_LOGGING_LEVEL=DEBUG $B/python corpus/src/prefect_flow.py > $W/prefect_raw.log 2>&1
# Optuna 5.1.0: default stderr handler
$B/python corpus/src/optuna_study.py > $W/optuna_raw.log 2>&1
# transformers 5.25.0 (no torch): default handler, then with enable_explicit_format()
for m in default explicit; do
  HF_HUB_OFFLINE=1 HF_HOME=$W/hf/home $B/python corpus/src/transformers_log.py $m > $W/transformers_${m}_raw.log 2>&1
done
