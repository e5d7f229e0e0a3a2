#!/bin/bash
# Matrix Synapse: generate a config (its generated log config is kept as is: file handler, format
# '%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s'), run the
# homeserver in the foreground, hit a few endpoints with curl, SIGTERM. Keeps homeserver.log.
# usage: run_synapse.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2
W=/tmp/w34b/synapse
rm -rf "$W"; mkdir -p "$W"; cd "$W" || exit 1
export TZ=UTC
"$BIN/python" -m synapse.app.homeserver --server-name shop.localhost --config-path homeserver.yaml \
    --generate-config --report-stats=no > gen.txt 2>&1
# no outbound key fetching (the machine has no network): the only change to the generated config
sed -i 's/^trusted_key_servers:$/trusted_key_servers: []\nsuppress_key_server_warning: true/; /^  - server_name: "matrix.org"$/d' homeserver.yaml
wait_up() { for _ in $(seq 60); do curl -s -o /dev/null http://127.0.0.1:8008/_matrix/client/versions && return; sleep 1; done; }
# a first start creates the database (200 lines of schema set-up); its log is not kept
"$BIN/python" -m synapse.app.homeserver -c homeserver.yaml > stdout0.txt 2>&1 &
PID=$!; wait_up; kill -TERM $PID; wait $PID
mv homeserver.log first_start.log
"$BIN/python" -m synapse.app.homeserver -c homeserver.yaml > stdout.txt 2>&1 &
PID=$!; wait_up
C="curl -s -o /dev/null -w %{http_code}\n"
$C http://127.0.0.1:8008/_matrix/client/versions
"$BIN/register_new_matrix_user" -u zoe -p 'Caf3-Zoe!' --no-admin -c homeserver.yaml http://127.0.0.1:8008
$C -X POST -H 'Content-Type: application/json' -d '{"type":"m.login.password","identifier":{"type":"m.id.user","user":"zoe"},"password":"wrong"}' http://127.0.0.1:8008/_matrix/client/v3/login
$C -X POST -H 'Content-Type: application/json' -d '{not json' http://127.0.0.1:8008/_matrix/client/v3/login
$C http://127.0.0.1:8008/_matrix/client/v3/account/whoami
$C 'http://127.0.0.1:8008/_matrix/client/v3/no/such/endpoint?q=Caf%C3%A9'
TOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"type":"m.login.password","identifier":{"type":"m.id.user","user":"zoe"},"password":"Caf3-Zoe!"}' http://127.0.0.1:8008/_matrix/client/v3/login | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
ROOM=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"name":"Café Zoë in 東京","topic":"orders at C:\\shop\\orders"}' http://127.0.0.1:8008/_matrix/client/v3/createRoom | python3 -c 'import json,sys; print(json.load(sys.stdin)["room_id"])')
$C -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"msgtype":"m.text","body":"order 1001 for O'"'"'Brien \"Bob\"\tpaid"}' "http://127.0.0.1:8008/_matrix/client/v3/rooms/$ROOM/send/m.room.message/txn1"
$C -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"room_alias_name":"bad alias:with colon"}' http://127.0.0.1:8008/_matrix/client/v3/createRoom
$C http://127.0.0.1:8008/_synapse/admin/v1/server_version
# the media store replaced by a plain file: the upload fails inside Synapse (an error with a traceback)
rm -rf media_store && touch media_store
$C -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain' --data-binary 'order 1001' 'http://127.0.0.1:8008/_matrix/media/v3/upload?filename=orders.txt'
sleep 6
kill -TERM $PID; wait $PID
cp homeserver.log "$OUT/synapse.log"
