#!/bin/bash
# Run inside `unshare -n`: caddy 2.6.2, console format written by caddy to a log file (output file).
set -u
S=/tmp/w33a/scratch/caddy
ip link set lo up
export TZ=UTC HOME=$S/home XDG_DATA_HOME=$S/data XDG_CONFIG_HOME=$S/config
rm -f $S/caddy_console_file.log
caddy run --config /tmp/w33a/corpus/src/caddy/Caddyfile.file --adapter caddyfile > $S/file_run_stderr.txt 2>&1 &
P=$!
sleep 2
C="curl -s -o /dev/null -m 5"
$C http://127.0.0.1:8080/
$C "http://127.0.0.1:8080/unterordner/gr%C3%BC%C3%9Fe.txt"
$C http://127.0.0.1:8080/fehlt.html
$C http://127.0.0.1:8080/boom
$C -H 'X-Weird: "tab	here"' "http://127.0.0.1:8080/?a=b\\c"
kill -TERM $P; wait $P
exit 0
