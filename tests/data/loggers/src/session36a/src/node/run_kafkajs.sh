#!/bin/bash
# kafkajs 2.2.4 (npm), Node 20: stdout (console.info/log: INFO, DEBUG) and stderr (console.error/warn) together
. /work/helper36a/src/env.sh
mkdir -p $RUN/kafka; cd $OUT/src/node
python3 $OUT/src/kafka/not_kafka.py 47601 & F=$!
sleep 0.5
node kafkajs_run.js $RUN/kafka/kafkajs_notes.txt > $OUT/out/kafkajs.jsonl 2>&1
kill $F
