#!/bin/sh
# a tiny service whose stdout/stderr a supervisor's logger stamps
echo "shop starting, pid $$"
echo "config: db=/var/lib/shop.db workers=2"
for n in 1001 1002 1003; do echo "GET /orders/$n 200"; sleep 0.2; done
echo "customer Café Zoë in 東京 \"VIP\" path C:\\shop\\orders	(tab)"
echo "WARNING: slow query 1200 ms" >&2
printf 'multi-line report:\nline two\n\tline three\n'
echo "ERROR: checkout failed: card declined" >&2
echo "shop stopping"
