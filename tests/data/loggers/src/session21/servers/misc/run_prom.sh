#!/bin/bash
# Prometheus 2.42 (Debian) --log.level=debug: an always-firing rule, an unreachable Alertmanager and scrape
# target, then a broken rule file and SIGHUP (reload fails), then SIGTERM. stdout+stderr captured.
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21prom; mkdir -p /tmp/c21prom; cp rules_ok.yml rules_current.yml
prometheus --config.file="$PWD/prometheus.yml" --storage.tsdb.path=/tmp/c21prom --web.listen-address=127.0.0.1:19090 --log.level=debug > ${CORPUS}/src/out/prometheus.log 2>&1 &
P=$!; sleep 3.5
cp rules_bad.yml rules_current.yml; kill -HUP $P; sleep 1
kill -TERM $P; wait $P; rm -f rules_current.yml
