#!/bin/bash
# prometheus-node-exporter 1.5.0 (Debian) in the foreground as its systemd unit runs it (Debian's ARGS="" i.e. the
# defaults: go-kit logfmt to stderr, level info), inside `unshare -n`, listening on 127.0.0.1:9100 only.
# Run 1: an unknown flag (kingpin usage error). Run 2: defaults + a textfile directory holding a good and a broken
# .prom file, curl /metrics, /, a 404, then SIGTERM by pid. Run 3 (second file): --log.format=json --log.level=debug.
set -u
export TZ=UTC
W=/tmp/w32d/node_exporter
ip link set lo up
rm -rf $W; mkdir -p $W/textfile
printf '# HELP lager_artikel Artikel im Lager\n# TYPE lager_artikel gauge\nlager_artikel{ort="Köln"} 3\nlager_artikel{ort="東京"} 5\n' > $W/textfile/lager.prom
printf 'kaputt{ort="é" 1\n' > $W/textfile/kaputt.prom
NE=prometheus-node-exporter
$NE --gibts-nicht >> $W/node_exporter.log 2>&1
run() {  # log file, extra args
  local log=$1; shift
  $NE --web.listen-address=127.0.0.1:9100 --collector.textfile.directory=$W/textfile "$@" >> $W/$log 2>&1 & PID=$!
  sleep 2
  curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:9100/metrics >> $W/curl.txt
  curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:9100/ >> $W/curl.txt
  curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:9100/metrics?collect[]=gibtsnicht' >> $W/curl.txt
  curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:9100/köln >> $W/curl.txt
  sleep 1
  kill -TERM $PID; wait $PID
}
run node_exporter.log
# the same address taken: listen error
python3 -m http.server --bind 127.0.0.1 9100 > /dev/null 2>&1 & HP=$!
sleep 1
$NE --web.listen-address=127.0.0.1:9100 >> $W/node_exporter.log 2>&1
kill $HP; wait $HP
run node_exporter_json.jsonl --log.format=json --log.level=debug
