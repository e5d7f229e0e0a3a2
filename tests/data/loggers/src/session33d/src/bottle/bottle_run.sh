#!/bin/sh
# Debian python3-bottle with /usr/bin/python3; stdout+stderr
D=$(cd "$(dirname "$0")" && pwd); OUT=$1
TZ=UTC PYTHONUNBUFFERED=1 /usr/bin/python3 "$D/app.py" > "$OUT" 2>&1 &
PID=$!; sleep 1
"$D/../requests.sh" 8002
sleep 0.3; kill $PID  # SIGTERM (a background job of sh ignores SIGINT); wait $PID
