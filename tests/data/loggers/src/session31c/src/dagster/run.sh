#!/bin/bash
# Dagster 1.13: dagster job execute (a failing job), then dagster asset materialize; stdout+stderr, not a TTY
set -u
cd /tmp/w31c/dagster
export TZ=UTC DAGSTER_HOME=/tmp/w31c/dagster/home DAGSTER_DISABLE_TELEMETRY=1
rm -rf home; mkdir -p home
printf 'telemetry:\n  enabled: false\n' > home/dagster.yaml
B=/tmp/w31c/venv_dagster/bin
: > dagster.log
unshare -n $B/dagster job execute -f lager.py -j lager_job >> dagster.log 2>&1; echo "job exit=$?"
unshare -n $B/dagster asset materialize -f lager.py --select 'rohdaten,bericht' >> dagster.log 2>&1; echo "assets exit=$?"
