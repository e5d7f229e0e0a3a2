#!/bin/sh
# hypercorn 0.18 on 127.0.0.1:8009 with --access-logfile - (and --log-level debug); stdout (access log) and stderr (error log) into one file, in the order written.
set -u
W=/tmp/w29; B=$W/venv/bin; export TZ=UTC
cd $W/corpus/src
$B/hypercorn --bind 127.0.0.1:8009 --access-logfile - --log-level debug hypercorn_app:app \
   > $W/hypercorn_raw.log 2>&1 &
H=$!
sleep 3
U=http://127.0.0.1:8009
curl -s -o /dev/null $U/
curl -s -o /dev/null -A 'Jürgen-Client/1.0 (café)' $U/caf%C3%A9/日本
curl -s -o /dev/null $U/kaputt
curl -s -o /dev/null -X POST --data "x=1" -e "$U/referer-ü" "$U/nicht-da?q=%C3%A4"
curl -s -o /dev/null "$U/kaputt?wer=J%C3%BCrgen"
curl -s -o /dev/null --http2-prior-knowledge $U/
for p in robots.txt favicon.ico "%C3%BCber-uns" admin; do curl -s -o /dev/null -I "$U/$p"; done
printf 'KAPUTT\r\n\r\n' | timeout 2 nc 127.0.0.1 8009 > /dev/null
sleep 1
kill -TERM $H; wait $H
