#!/bin/bash
# Huey 3.5.4: `huey_consumer huey_tasks.huey -w 2 -k thread -v` (verbose: DEBUG; its default log format), tasks that succeed, fail with a
# traceback, retry twice; SIGINT (graceful shutdown). The consumer's stderr is captured.
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/huey; rm -rf $W; mkdir -p $W $CORPUS/raw
export HUEY_DIR=$W PYTHONPATH=$D/apps TZ=UTC
$CORPUS/.venv/bin/huey_consumer huey_tasks.huey -w 2 -k thread -v > $W/huey.log 2>&1 & P=$!; sleep 1.5
$CORPUS/.venv/bin/python -c "
import huey_tasks as t
t.send_invoice(42); t.charge_card(43); t.price(7); t.send_invoice(44)
"
sleep 5; kill -INT $P; wait $P
cp $W/huey.log $CORPUS/raw/huey.log
