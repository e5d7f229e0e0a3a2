#!/bin/sh
# QEMU's trace log (log backend, -D file) and curl's --trace-ascii with --trace-time. Writes to $OUT.
set -u
OUT=${OUT:-/tmp/w34e/out}; W=${W:-/tmp/w34e/work/sys}
export TZ=UTC
rm -rf "$W"; mkdir -p "$W/www" "$OUT"; cd "$W"
# QEMU: no disk, SeaBIOS finds nothing to boot; three trace event groups; SIGTERM after 3 s
timeout -s TERM 3 qemu-system-x86_64 -display none -nodefaults -no-reboot -m 64 -serial none \
  -d guest_errors,unimp -trace 'fw_cfg_add*' -trace 'qemu_system_*' -trace 'runstate_set' -D "$OUT/qemu_trace.log" 2>/dev/null
# curl (one run, three URLs): a GET that works, a 404 and a refused connection, against python's http.server on localhost
printf 'Café Zoë in 東京\n' > www/orders.txt
python3 -m http.server 38080 --bind 127.0.0.1 --directory www >/dev/null 2>&1 &
SPID=$!; sleep 1
curl -s --trace-ascii "$OUT/curl_trace_ascii.log" --trace-time -H 'X-Note: C:\shop\orders "quoted"' \
  http://127.0.0.1:38080/orders.txt http://127.0.0.1:38080/missing http://127.0.0.1:9/ >/dev/null
kill -TERM $SPID; wait $SPID
true
