#!/bin/bash
# Radicale (CalDAV/CardDAV) in the foreground, its default logging (stderr, level info), a few
# WebDAV requests with curl (a calendar, an event with non-ASCII text, bad requests), SIGTERM.
# usage: run_radicale.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2
W=/tmp/w34b/radicale; rm -rf "$W"; mkdir -p "$W"; cd "$W" || exit 1
export TZ=UTC
"$BIN/radicale" --server-hosts 127.0.0.1:5232 --storage-filesystem-folder "$W/collections" \
    --auth-type none --rights-type owner_only > /dev/null 2> "$OUT/radicale.log" &
PID=$!
for _ in $(seq 30); do curl -s -o /dev/null http://127.0.0.1:5232/ && break; sleep 0.5; done
C="curl -s -o /dev/null -w %{http_code}\n"
$C http://127.0.0.1:5232/
$C -u zoe:x -X MKCOL -H 'Content-Type: application/xml' --data-binary @- http://127.0.0.1:5232/zoe/orders/ <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><set><prop><resourcetype><collection/><C:calendar/></resourcetype><displayname>Café Zoë in 東京</displayname></prop></set></mkcol>
XML
$C -u zoe:x -X PUT -H 'Content-Type: text/calendar' --data-binary @- http://127.0.0.1:5232/zoe/orders/1001.ics <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//shop//orders//EN
BEGIN:VEVENT
UID:1001@shop
DTSTAMP:20261204T120000Z
DTSTART:20261205T090000Z
SUMMARY:Delivery for O'Brien "Bob" – Café Zoë in 東京
DESCRIPTION:path C:\\shop\\orders
END:VEVENT
END:VCALENDAR
ICS
$C -u zoe:x -X PROPFIND -H 'Depth: 1' http://127.0.0.1:5232/zoe/orders/
$C -u zoe:x -X PUT -H 'Content-Type: text/calendar' --data-binary 'BEGIN:VCALENDAR
not an icalendar' http://127.0.0.1:5232/zoe/orders/1002.ics
$C -u zoe:x -X PROPFIND -H 'Depth: 1' --data-binary '<not xml' http://127.0.0.1:5232/zoe/orders/
$C -u bob:x http://127.0.0.1:5232/zoe/orders/1001.ics
$C -u zoe:x -X DELETE http://127.0.0.1:5232/zoe/orders/nope.ics
$C -u zoe:x -X BREW http://127.0.0.1:5232/zoe/
sleep 1
kill -TERM $PID; wait $PID
