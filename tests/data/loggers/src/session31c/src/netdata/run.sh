#!/bin/bash
# netdata 1.37 in a private network namespace (run as: unshare -n ./run.sh)
set -u
cd /tmp/w31c/netdata
ip link set lo up
export TZ=UTC
/usr/sbin/netdata -D -c /tmp/w31c/netdata/netdata.conf -P /tmp/w31c/netdata/run/netdata.pid > stdout.txt 2> stderr.txt &
pid=$!
sleep 12
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:19999/api/v1/info
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/api/v1/data?chart=system.cpu&after=-10'
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/api/v1/data?chart=kein.chart.köln'
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/api/v1/nichtda'
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/日本/index.html'
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/../../etc/passwd' --path-as-is
curl -s -o /dev/null -w '%{http_code}\n' -H 'Accept-Encoding: gzip' 'http://127.0.0.1:19999/api/v1/charts'
curl -s -o /dev/null -w '%{http_code}\n' 'http://127.0.0.1:19999/api/v1/alarms?all'
curl -s -o /dev/null -w '%{http_code}\n' -X POST 'http://127.0.0.1:19999/api/v1/manage/health?cmd=RESET'
printf 'GARBAGE\r\n\r\n' | timeout 3 nc -q1 127.0.0.1 19999 >/dev/null
curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:19999/api/v1/data?chart=system.cpu&x=$(head -c 3000 /dev/zero | tr '\0' 'a')"
sleep 3
kill -TERM $pid
wait $pid
echo exit=$?
