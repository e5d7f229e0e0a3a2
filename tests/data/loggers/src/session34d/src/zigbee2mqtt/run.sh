#!/bin/bash
# Zigbee2MQTT 2.14.1 (npm) started from a data folder holding configuration.yaml: its file log
# (log_output: file) at debug level; no Zigbee adapter and no MQTT broker here, so it logs its start
# and the failure with a stack trace, then exits by itself
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/zigbee2mqtt; rm -rf $W; mkdir -p $W/data
NM=${NODE_MODULES:-/tmp/w34d/npm/node_modules}
export TZ=UTC
cp $HERE/configuration.yaml $W/data/
cd $NM/zigbee2mqtt
ZIGBEE2MQTT_DATA=$W/data timeout -s TERM 60 node index.js > $W/console.txt 2>&1
