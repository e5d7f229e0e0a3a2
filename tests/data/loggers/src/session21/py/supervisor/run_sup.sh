#!/bin/bash
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21sup; mkdir -p /tmp/c21sup
B=${CORPUS}/.venv/bin
$B/supervisord -c "$PWD/supervisord.conf" > /dev/null 2>&1 & P=$!
sleep 4
$B/supervisorctl -c "$PWD/supervisord.conf" stop web > /dev/null
sleep 0.5; kill -TERM $P; wait $P
cp /tmp/c21sup/supervisord.log ${CORPUS}/src/out/supervisord.log
