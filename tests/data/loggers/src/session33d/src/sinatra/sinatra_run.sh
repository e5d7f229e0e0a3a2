#!/bin/sh
# Debian ruby-sinatra + ruby-webrick; `ruby app.rb` (development defaults); stdout+stderr; SIGTERM
D=$(cd "$(dirname "$0")" && pwd); OUT=$1
TZ=UTC ruby "$D/app.rb" > "$OUT" 2>&1 &
PID=$!; sleep 2
"$D/../requests.sh" 8003
sleep 0.3; kill $PID; wait $PID
