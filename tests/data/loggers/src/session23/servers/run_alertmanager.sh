#!/bin/bash
# Prometheus Alertmanager 0.25.0 (Debian): --log.level=debug (go-kit logfmt), clustering off; alerts posted to /api/v2/alerts (a good one, a malformed one),
# a webhook receiver on a closed port (notify retries fail), a silence, a config reload with a bad file then a good one, SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/alertmanager; rm -rf $W; mkdir -p $W/data $CORPUS/raw
cat > $W/am.yml <<C
route:
  receiver: shop-webhook
  group_by: [alertname]
  group_wait: 1s
  group_interval: 2s
receivers:
  - name: shop-webhook
    webhook_configs:
      - url: http://127.0.0.1:5499/alert
C
TZ=UTC prometheus-alertmanager --config.file=$W/am.yml --storage.path=$W/data --web.listen-address=127.0.0.1:5433 \
  --cluster.listen-address= --log.level=debug > $W/alertmanager.log 2>&1 & P=$!; sleep 2
A=http://127.0.0.1:5433/api/v2
curl -s -XPOST -H 'Content-Type: application/json' $A/alerts -d '[{"labels":{"alertname":"DiskFull","instance":"db-1","severity":"critical"},"annotations":{"summary":"Plattenplatz knapp: 97 % auf /var"}}]' >/dev/null
curl -s -XPOST -H 'Content-Type: application/json' $A/alerts -d '[{"labels":{}}]' >/dev/null
curl -s -XPOST -H 'Content-Type: application/json' $A/silences -d '{"matchers":[{"name":"alertname","value":"Noise","isRegex":false}],"startsAt":"2026-12-03T00:00:00Z","endsAt":"2026-12-04T00:00:00Z","createdBy":"ops","comment":"maintenance"}' >/dev/null
sleep 4
echo "route: [broken" > $W/am.yml.bad; cp $W/am.yml $W/am.yml.good; cp $W/am.yml.bad $W/am.yml
curl -s -XPOST http://127.0.0.1:5433/-/reload >/dev/null
cp $W/am.yml.good $W/am.yml; kill -HUP $P; sleep 1
kill -TERM $P; wait $P
cp $W/alertmanager.log $CORPUS/raw/alertmanager.log
