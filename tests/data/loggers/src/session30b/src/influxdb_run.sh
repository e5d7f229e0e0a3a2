#!/bin/bash
# InfluxDB 1.6.7~rc0 (Debian): `influxd run` in the foreground, its stderr (the log) captured unchanged.
set -u
export TZ=UTC
D=/tmp/w30/influxdb; S=$(dirname "$(readlink -f "$0")")
rm -rf $D && mkdir -p $D
influxd run -config $S/influxdb.conf > $D/stdout.txt 2> $D/influxdb_raw.log &
PID=$!
U=http://127.0.0.1:18086
for i in $(seq 50); do curl -s -o /dev/null $U/ping && break; sleep 0.2; done
q() { curl -s -o /dev/null -w '%{http_code}\n' "$U/query" "$@"; }
q --data-urlencode "q=CREATE DATABASE wetter"
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=wetter" --data-binary $'temperatur,stadt=Köln wert=3.5\ntemperatur,stadt=München wert=-1.25\ntemperatur,stadt=東京 wert=12'
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=wetter" --data-binary 'temperatur,stadt=Köln wert=kaputt"'   # bad line protocol
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=gibtsnicht" --data-binary 'x v=1'    # missing database
q -G --data-urlencode "db=wetter" --data-urlencode "q=SELECT mean(wert) FROM temperatur GROUP BY stadt"
q -G --data-urlencode "db=wetter" --data-urlencode "q=SELEKT * FROM temperatur"    # syntax error
q -G --data-urlencode "db=wetter" --data-urlencode "q=SELECT * FROM \"größe\" WHERE stadt = 'Köln'"
q --data-urlencode "q=CREATE RETENTION POLICY kurz ON wetter DURATION 1h REPLICATION 1"
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=wetter" --data-binary 'temperatur,stadt=Köln wert="warm"'   # field type conflict
q --data-urlencode "q=CREATE CONTINUOUS QUERY cq_stunde ON wetter BEGIN SELECT mean(wert) INTO stunde FROM temperatur GROUP BY time(1s) END"
q --data-urlencode "q=CREATE USER \"jürgen\" WITH PASSWORD 'x'"
q --data-urlencode "q=SHOW DIAGNOSTICS"
q -G --data-urlencode "q=KILL QUERY 4711"
python3 -c 'print("\n".join("temperatur,stadt=Zürich,sensor=s%03d wert=%d" % (i, i) for i in range(300)))' > $D/many.txt
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=wetter" --data-binary @$D/many.txt   # over the cache limit: 500
curl -s -o /dev/null -w '%{http_code}\n' -XPOST "$U/write?db=wetter" --data-binary @$D/many.txt
sleep 2
q --data-urlencode "q=DROP DATABASE wetter"
curl -s -o /dev/null -w '%{http_code}\n' "$U/gibtsnicht"
sleep 1
kill -TERM $PID; wait $PID
