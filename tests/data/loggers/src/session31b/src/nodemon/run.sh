#!/bin/sh
# nodemon (defaults, stdout not a TTY) on server.js; config edits make it restart, crash and recover; SIGTERM.
export TZ=UTC
NM=/tmp/w31b/node/node_modules/.bin/nodemon
echo '{"stadt": "Köln", "version": 1, "port": 8080, "absturz": false}' > config.json
$NM -e js,json server.js > nodemon_raw.log 2>&1 &
PID=$!
sleep 3
echo '{"stadt": "東京", "version": 2, "port": 8080, "absturz": false}' > config.json
sleep 3
echo '{"stadt": "Zürich", "version": 3, "port": 80, "absturz": true}' > config.json
sleep 3
echo '{"stadt": "Zürich", "version": 4, "port": 8081, "absturz": false' > config.json
sleep 3
echo '{"stadt": "São Paulo", "version": 5, "port": 8082, "absturz": false}' > config.json
sleep 3
touch neue_datei.txt
sleep 1
kill -TERM $PID
wait $PID
rm -f neue_datei.txt
