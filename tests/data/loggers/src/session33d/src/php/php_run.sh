#!/bin/sh
# php -S on 127.0.0.1: default console log (stderr; stdout too, 2>&1)
D=$(dirname "$0"); OUT=$1
mkdir -p /tmp/w33d/docroot; echo "statisch" > /tmp/w33d/docroot/index.txt
cd /tmp/w33d/docroot
TZ=UTC php -S 127.0.0.1:8000 "$OLDPWD/$D/router.php" > "$OUT" 2>&1 &
PID=$!; sleep 1
"$OLDPWD/$D/../requests.sh" 8000
curl -s -o /dev/null http://127.0.0.1:8000/index.txt
curl -s -o /dev/null http://127.0.0.1:8000/warnung
sleep 0.5; kill $PID; wait $PID
