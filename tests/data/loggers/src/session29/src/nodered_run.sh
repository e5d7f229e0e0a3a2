#!/bin/sh
# Node-RED 4.1.15 headless on 127.0.0.1:1880; stdout+stderr captured unchanged.
set -u
W=/tmp/w29; SRC=$W/corpus/src
rm -rf $W/nr; mkdir -p $W/nr
cd $W/nr
TZ=UTC $W/node/node_modules/.bin/node-red --settings $SRC/nodered_settings.js > $W/nodered_raw.log 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:1880/flows && break; sleep 0.5; done
# deploy the flow (full deploy)
curl -s -X POST -H 'Content-Type: application/json' -H 'Node-RED-Deployment-Type: full' \
     --data-binary @$SRC/nodered_flow.json http://127.0.0.1:1880/flows; echo
sleep 4
# a bad request to the admin API (invalid JSON)
curl -s -X POST -H 'Content-Type: application/json' --data 'nicht json' http://127.0.0.1:1880/flows; echo
# deploy a flow without the unknown node so the flow starts
python3 - <<'PY'
import json
f=json.load(open('/tmp/w29/corpus/src/nodered_flow.json'))
f=[n for n in f if n['type']!='unbekannter-knoten']
json.dump(f,open('/tmp/w29/nr/flow2.json','w'),ensure_ascii=False)
PY
curl -s -X POST -H 'Content-Type: application/json' -H 'Node-RED-Deployment-Type: full' \
     --data-binary @$W/nr/flow2.json http://127.0.0.1:1880/flows; echo
sleep 4
kill -INT $PID
wait $PID
