#!/bin/bash
# Runs gen_node.js for each tool; pino's JSON goes through the pino-pretty CLI twice (its defaults, and -t "SYS:standard").
set -u; : "${CORPUS:?}"
D=$(cd "$(dirname "$0")" && pwd); mkdir -p $CORPUS/raw $CORPUS/work
export NODE_PATH=$CORPUS/node/node_modules TZ=UTC
cd $CORPUS/node
node $D/gen_node.js morgan
node $D/gen_node.js pino_source > $CORPUS/work/pino_src.jsonl
./node_modules/.bin/pino-pretty < $CORPUS/work/pino_src.jsonl > $CORPUS/raw/pino_pretty.log
./node_modules/.bin/pino-pretty -t "SYS:standard" < $CORPUS/work/pino_src.jsonl > $CORPUS/raw/pino_pretty_sys.log
ROARR_LOG=true node $D/gen_node.js roarr > $CORPUS/raw/roarr.jsonl
node $D/gen_node.js nest > $CORPUS/raw/nestjs.log 2>&1
rm -f $CORPUS/raw/electron_log.log; node $D/gen_node.js electronlog
