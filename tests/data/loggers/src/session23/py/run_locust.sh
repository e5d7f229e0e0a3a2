#!/bin/bash
# Locust 2.47.0: headless, 3 users for 6 s against a local python http.server, --logfile (its default log format incl. hostname),
# --loglevel DEBUG; failing requests (404) and a task that raises (traceback logged by locust.user.task).
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/locust; rm -rf $W; mkdir -p $W/www $CORPUS/raw
echo hi > $W/www/index.html
(cd $W/www && exec python3 -m http.server 5464 --bind 127.0.0.1 >/dev/null 2>&1) & H=$!; sleep 0.5
cd $D/apps
TZ=UTC $CORPUS/.venv/bin/locust -f locustfile.py --headless -u 3 -r 3 -t 6s --host http://127.0.0.1:5464 --logfile $W/locust.log \
  --loglevel DEBUG --only-summary > $W/stdout.txt 2>&1
kill $H; wait $H 2>/dev/null
cp $W/locust.log $CORPUS/raw/locust.log
