#!/bin/sh
# the containerised shop: lines to stdout and stderr, a 20 000-character line, a last line with no newline
echo "shop-api 2.3.1 starting on 0.0.0.0:8080 (workers=4)"
echo "GET /orders/1 200 512 bytes 12 ms"
echo "customer Café Zoë in 東京 placed order 43"
echo "WARNING: slow query: 1532 ms for SELECT * FROM orders WHERE id = 7" >&2
echo 'ERROR: payment gateway refused order 42: HTTP 502 "Bad Gateway"' >&2
printf 'bad input: qty="-1"\tpath=C:\\temp\\orders.csv\n'
printf 'cart dump: %s\n' "$(head -c 20000 /dev/zero | tr '\0' 'x')"
printf 'Traceback (most recent call last):\n  File "app.py", line 12, in handle\nZeroDivisionError: division by zero\n' >&2
sleep 0.2
echo "shop-api stopping (signal TERM)"
printf 'bye (no newline)'
