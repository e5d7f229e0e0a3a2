#!/bin/bash
# a service writing to stdout/stderr, as under systemd; run by systemd-cat (sd-daemon <N> prefixes give levels)
echo "shop-worker 2.3.1 starting, queue=orders"
echo "<7>polling queue orders every 500 ms"
echo "<6>job 17 done: receipt for order 43 mailed to Zoë"
echo "<4>job 18 retried (attempt 2/5): SMTP 451 \"try again later\"" >&2
echo "<3>job 19 failed: invalid address 'zoe@@example.com'" >&2
printf 'plain line with a\ttab and C:\\temp\\x\n'
echo "<2>queue orders unreachable: connection refused"
echo "shop-worker stopping"
