#!/bin/sh
# Granian (WSGI) with its default logging plus the access log; then a run whose app cannot be imported.
export TZ=UTC
granian --interface wsgi --host 127.0.0.1 --port 18432 --workers 2 --access-log app:app > granian_raw.log 2>&1 &
PID=$!
sleep 3
curl -s http://127.0.0.1:18432/ > /dev/null
curl -s "http://127.0.0.1:18432/K%C3%B6ln?stadt=%E6%97%A5%E6%9C%AC" > /dev/null
curl -s -A 'Mozilla/5.0 (Grüße) "quoted"' -X POST -d 'a=1' http://127.0.0.1:18432/bestellung > /dev/null
curl -s http://127.0.0.1:18432/boom > /dev/null
curl -s http://127.0.0.1:18432/halb > /dev/null
curl -s http://127.0.0.1:18432/langsam > /dev/null
kill -TERM $PID
wait $PID
granian --interface wsgi --host 127.0.0.1 --port 18432 fehlt_modul:app >> granian_raw.log 2>&1
echo "exit $?"
