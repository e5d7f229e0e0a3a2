#!/bin/bash
# Runs the Django, Flask and Tornado dev servers here (TZ=UTC), captures stdout+stderr as a container would.
set -u
cd "$(dirname "$0")"; OUT=../out; PY=../../.venv/bin/python
export TZ=UTC PYTHONUNBUFFERED=1
req() { curl -s -o /dev/null "$@" || true; }

$PY djapp.py runserver --noreload 127.0.0.1:18081 > $OUT/django_runserver.log 2>&1 & P=$!
sleep 3
for u in / /api/items /big /missing "/search?q=caf%C3%A9&x=%22y%22" /boom / ; do req "http://127.0.0.1:18081$u"; sleep 0.3; done
req -X POST -d 'a=1' http://127.0.0.1:18081/api/items; req -X DELETE http://127.0.0.1:18081/; req -I http://127.0.0.1:18081/
sleep 1; kill -TERM $P; wait $P

$PY flaskapp.py > $OUT/flask_werkzeug.log 2>&1 & P=$!
sleep 2
for u in / /warn /missing /boom /crit "/?name=J%C3%BCrgen" /; do req "http://127.0.0.1:18082$u"; sleep 0.3; done
req -X POST http://127.0.0.1:18082/
sleep 1; kill -TERM $P; wait $P

$PY tornadoapp.py --logging=debug > $OUT/tornado_default.log 2>&1 & P=$!
sleep 2
for u in / /warn /missing /boom /crit "/?q=%C3%A9t%C3%A9" /; do req "http://127.0.0.1:18083$u"; sleep 0.3; done
req -X POST http://127.0.0.1:18083/
sleep 1; kill -TERM $P; wait $P
