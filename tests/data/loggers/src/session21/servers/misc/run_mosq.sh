#!/bin/bash
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21mosq; mkdir -p /tmp/c21mosq; chmod 777 /tmp/c21mosq
touch /tmp/c21mosq/passwd; chmod 600 /tmp/c21mosq/passwd; mosquitto_passwd -b /tmp/c21mosq/passwd zoë 'sécret' 2>/dev/null || true
chown mosquitto /tmp/c21mosq/passwd 2>/dev/null
mosquitto -c "$PWD/mosquitto.conf" & P=$!; sleep 1
python3 mqtt.py
kill -TERM $P; wait $P
cp /tmp/c21mosq/mosquitto.log ${CORPUS}/src/out/mosquitto.log
