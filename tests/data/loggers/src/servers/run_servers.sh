#!/bin/sh
# Run nginx and Apache on loopback ports, send them requests that log errors, stop them, and copy their
# error logs to ../../nginx_error.log and ../../apache_error.log. TZ=UTC: both write local time.
set -e
cd "$(dirname "$0")"
OUT=$(cd ../.. && pwd)
export TZ=UTC
rm -rf /tmp/corpus-nginx /tmp/corpus-apache
mkdir -p /tmp/corpus-nginx/www/dir /tmp/corpus-apache/www/dir
echo hi > /tmp/corpus-nginx/www/index.html; echo hi > /tmp/corpus-apache/www/index.html
chmod 777 /tmp/corpus-nginx /tmp/corpus-apache
get() { curl -s -o /dev/null "$@" || true; }
nginx -c "$PWD/nginx.conf"
sleep 0.5
get http://127.0.0.1:18080/missing.png
get "http://127.0.0.1:18080/caf%C3%A9/men%C3%BC.html"
get http://127.0.0.1:18080/dir/
get 'http://127.0.0.1:18080/missing?q="quoted"'
for i in 1 2 3; do get http://127.0.0.1:18080/limited; done
get http://127.0.0.1:18080/upstream/orders
get -X POST --data 'a body longer than ten bytes' http://127.0.0.1:18080/big
get -H 'Host: bad host' http://127.0.0.1:18080/
nginx -c "$PWD/nginx.conf" -s stop
sleep 0.5
cp /tmp/corpus-nginx/error.log "$OUT/nginx_error.log"
apache2 -f "$PWD/apache2.conf" -k start
sleep 1
get http://127.0.0.1:18090/missing.png
get "http://127.0.0.1:18090/caf%C3%A9/men%C3%BC.html"
get http://127.0.0.1:18090/dir/
get http://127.0.0.1:18090/private/x
get http://127.0.0.1:18090/upstream/orders
get 'http://127.0.0.1:18090/%2e%2e/%2e%2e/etc/passwd'
apache2 -f "$PWD/apache2.conf" -k stop
sleep 1
cp /tmp/corpus-apache/error.log "$OUT/apache_error.log"
