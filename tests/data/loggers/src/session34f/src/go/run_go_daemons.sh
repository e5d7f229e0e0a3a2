#!/bin/sh
# Go daemons from Debian 12 in the foreground, driven with curl, stopped with SIGTERM; logs go to $OUT.
OUT=${OUT:-/tmp/w34f/out}
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
export TZ=UTC

# --- prometheus-blackbox-exporter 0.23.0: default logfmt, --log.level=debug
cp "$HERE/blackbox.yml" "$W/blackbox.yml"
prometheus-blackbox-exporter --config.file="$W/blackbox.yml" --web.listen-address=127.0.0.1:19115 \
  --log.level=debug > "$OUT/blackbox_exporter.log" 2>&1 &
P=$!; sleep 1.5
curl -s -o /dev/null "http://127.0.0.1:19115/probe?target=127.0.0.1:19115&module=tcp_connect"
curl -s -o /dev/null "http://127.0.0.1:19115/probe?target=http://127.0.0.1:19115/metrics&module=http_2xx"
curl -s -o /dev/null "http://127.0.0.1:19115/probe?target=http://127.0.0.1:1/orders&module=http_2xx"
curl -s -o /dev/null "http://127.0.0.1:19115/probe?target=http://127.0.0.1:1/&module=nosuchmodule"
curl -s -o /dev/null "http://127.0.0.1:19115/probe?target=Caf%C3%A9.invalid:80&module=tcp_connect&debug=true"
cp "$HERE/blackbox_bad.yml" "$W/blackbox.yml"; kill -HUP $P; sleep 0.5
kill -TERM $P; wait $P

# --- webhook 2.8.0: Go log with "[webhook] " prefix, -verbose
webhook -hooks "$HERE/hooks.json" -ip 127.0.0.1 -port 19000 -verbose > "$OUT/webhook_verbose.log" 2>&1 &
P=$!; sleep 1
curl -s -o /dev/null -X POST -H 'X-Token: s3cr3t' -H 'Content-Type: application/json' \
  -d '{"order":"1001 Café Zoë"}' http://127.0.0.1:19000/hooks/deploy-shop
curl -s -o /dev/null -X POST -H 'X-Token: wrong' -d '{}' http://127.0.0.1:19000/hooks/deploy-shop
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"bad json' http://127.0.0.1:19000/hooks/deploy-shop
curl -s -o /dev/null http://127.0.0.1:19000/hooks/nosuchhook
curl -s -o /dev/null http://127.0.0.1:19000/hooks/broken
sleep 0.5
kill -TERM $P; wait $P

# --- hugo 0.111.3 server, --verbose: a site with a broken template, edits while serving
cd "$W" && hugo new site shop > /dev/null 2>&1 && cd shop
mkdir -p layouts/_default content
printf '<html><body>{{ .Content }}</body></html>\n' > layouts/_default/single.html
printf '<html><body>{{ range .Pages }}{{ .Title }} {{ end }}</body></html>\n' > layouts/index.html
printf -- '---\ntitle: "Café Zoë"\n---\nOrders in 東京.\n' > content/cafe.md
hugo server --bind 127.0.0.1 --port 11313 --verbose --disableFastRender > "$OUT/hugo_server.log" 2>&1 &
P=$!; sleep 3
curl -s -o /dev/null http://127.0.0.1:11313/
curl -s -o /dev/null http://127.0.0.1:11313/cafe/
printf -- '---\ntitle: "O'"'"'Brien"\n---\nMore.\n' > content/obrien.md; sleep 2
printf '<html>{{ .NoSuchField }}</html>\n' > layouts/_default/single.html; sleep 2
printf '<html><body>{{ .Content }}</body></html>\n' > layouts/_default/single.html; sleep 2
kill -TERM $P; wait $P
cd /; rm -rf "$W"

# --- Delve 1.20.2: --log --log-output=debugger,fncall,debuglineerr --log-dest FILE, scripted with --init
W=$(mktemp -d)
cp -r "$HERE/shopdbg" "$W/" && cd "$W/shopdbg"
GO111MODULE=off go build -gcflags='all=-N -l' -o shopdbg .
rm -f "$OUT/dlv_log.log"
dlv exec ./shopdbg --allow-non-terminal-interactive=true --log --log-output=debugger,fncall,debuglineerr \
  --log-dest "$OUT/dlv_log.log" --init "$HERE/init.dlv" < /dev/null > /dev/null 2>&1
cd /; rm -rf "$W"
