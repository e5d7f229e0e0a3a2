#!/bin/bash
# Re-run every tool and rewrite out/*.log|jsonl, then the expected files. About 3 minutes.
# Needs: Debian 12 with curl, python3 (3.11), node 20 / npm, java 17 (for the ZooKeeper server).
set -e
OUT=/work/helper36a
[ -d $OUT/pkgs/root ] || $OUT/src/fetch_pkgs.sh
[ -d $OUT/pkgs/zk/root ] || $OUT/src/zookeeper/fetch_zk_jars.sh
[ -d $OUT/src/node/node_modules ] || (cd $OUT/src/node && npm install)
mkdir -p $OUT/run $OUT/out
cd $OUT/src
set +e   # the scripts end with `wait` on daemons they stopped: their status is the signal's, not a failure
redis/run_sentinel.sh
nutcracker/run_nutcracker.sh
sphinx/run_sphinx.sh
webdis/run_webdis.sh
kafka/run_kcat.sh
node/run_kafkajs.sh
zookeeper/run_zk_cli.sh
arq/run_arq.sh
taskiq/run_taskiq.sh
faust/run_faust.sh
amqtt/run_amqtt.sh
beanstalkd/run_beanstalkd.sh
cd $OUT && python3 make_expected.py
