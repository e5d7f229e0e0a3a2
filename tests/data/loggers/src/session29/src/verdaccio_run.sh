#!/bin/sh
# Verdaccio 6.x with the config it writes itself on first run (HOME points at scratch space); stdout+stderr kept.
set -u
W=/tmp/w29; V=$W/vhome
rm -rf $V; mkdir -p $V
export HOME=$V TZ=UTC
cd $V && $W/node/node_modules/.bin/verdaccio > $W/verdaccio_raw.log 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -s -o /dev/null http://localhost:4873/-/ping && break; sleep 0.5; done
R=http://localhost:4873/
# register a user (what `npm adduser` sends)
TOKEN=$(curl -s -X PUT -H 'Content-Type: application/json' \
  --data '{"name":"juergen","password":"Geheim-ü-1","email":"j@example.org"}' \
  ${R}-/user/org.couchdb.user:juergen | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# a wrong password for the same user
curl -s -X PUT -H 'Content-Type: application/json' \
  --data '{"name":"juergen","password":"falsch"}' ${R}-/user/org.couchdb.user:juergen; echo
P=$W/vwork/pkg; rm -rf $P; mkdir -p $P; cd $P
printf '//localhost:4873/:_authToken=%s\nregistry=%s\n' "$TOKEN" "$R" > .npmrc
cat > package.json <<'J'
{"name":"cafe-paket","version":"1.0.0","description":"Kleines Paket für Jürgen — café 日本","main":"index.js","license":"MIT"}
J
echo 'module.exports = "grüße";' > index.js
npm publish --userconfig .npmrc
npm publish --userconfig .npmrc   # again: 409 conflict
npm view --userconfig .npmrc cafe-paket version
npm view --userconfig .npmrc gibt-es-nicht-xyz-4711 version   # 404 (after the uplink)
curl -s ${R}%40scope%2Fnicht-da; echo
curl -s "${R}café-日本"; echo   # raw UTF-8 in the path
curl -s -X PUT -H 'Content-Type: application/json' --data '{"name":"jürgen","password":"x"}' "${R}-/user/org.couchdb.user:j%C3%BCrgen"; echo
curl -s -H "Authorization: Bearer kaputt" ${R}-/whoami; echo
npm unpublish --userconfig .npmrc cafe-paket@1.0.0 --force
sleep 1
kill -TERM $PID
wait $PID
