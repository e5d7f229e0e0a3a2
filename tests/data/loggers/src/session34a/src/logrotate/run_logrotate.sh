#!/bin/bash
# logrotate -v (verbose, to stderr) on a few made-up shop logs; usage: run_logrotate.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
R=/tmp/w34a/run/lr
rm -rf "$R"; mkdir -p "$R/shop"
printf 'GET /orders/1001 200\nGET /orders/1002 404\n' > "$R/shop/access.log"
printf 'Café Zoë in 東京\n' > "$R/shop/Café_Zoë.log"
printf 'order 1001\n' > "$R/shop/orders-eu.log"
: > "$R/shop/orders-us.log"
printf 'paid\n' > "$R/shop/payments.log"
# an old state so that the daily rule is due
printf 'logrotate state -- version 2\n"%s" 2026-11-1-0:0:0\n' "$R/shop/orders-eu.log" > "$R/status"
TZ=UTC logrotate -v -s "$R/status" "$HERE/logrotate.conf" > "$OUT/logrotate_verbose.log" 2>&1
echo "logrotate exit $?"
