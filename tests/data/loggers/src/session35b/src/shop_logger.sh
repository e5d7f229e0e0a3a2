#!/bin/bash
# The made-up shop's messages, sent with util-linux logger through a syslog socket.
# usage: shop_logger.sh UNIX_SOCKET   (every tool of this set gets the same sequence)
S="$1"
L() { logger -u "$S" --socket-errors=on -i "$@"; sleep 0.05; }
L -t shop-api -p daemon.info "shop-api 2.3.1 starting on 127.0.0.1:8080 (workers=4)"
L -t shop-api -p local0.debug "config loaded from /etc/shop/api.toml"
L -t shop-api -p local0.info "GET /orders/1 200 512 bytes 12 ms"
L -t shop-api -p local0.notice "customer Café Zoë in 東京 placed order 43"
L -t shop-api -p local0.warning "slow query: 1532 ms for SELECT * FROM orders WHERE id = 7"
L -t shop-api -p local0.err 'payment gateway refused order 42: HTTP 502 "Bad Gateway"'
L -t shop-api -p user.err $'bad input: qty="-1"\tpath=C:\\temp\\orders.csv'
L -t shop-auth -p auth.warning 'login failed for user "zoë" from 127.0.0.1'
L -t shop-mailer -p mail.info "sent receipt for order 43 to zoe@example.com"
L -t shop-api -p local0.crit "disk almost full on /var/lib/shop (97%)"
L -t shop-api -p local0.err $'unhandled exception in worker 3\nTraceback (most recent call last):\n  File "app.py", line 12, in handle\nZeroDivisionError: division by zero'
printf 'worker 1 ready\nworker 2 ready\n' | logger -u "$S" --socket-errors=on -t shop-worker -p local1.info; sleep 0.05
L -t shop-api -p local0.alert "database connection pool exhausted (max=20)"
L -t shop-api -p daemon.info "shop-api stopping (signal TERM)"
