#!/bin/bash
# php-fpm 8.2 (Debian) behind lighttpd (only there so curl can reach it); Monolog JSON lines to a file; SIGQUIT (graceful) to php-fpm at the end
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$(cd "$HERE/../../out" && pwd); TMP=$(cd "$HERE/../.." && pwd)/tmp
export TZ=UTC SHOP_MONOLOG_FILE=$OUT/php_monolog_json.jsonl
mkdir -p $TMP; cd "$HERE"
rm -f $OUT/php_fpm_*.log $OUT/php_monolog_json.jsonl
sed "s|@TMP@|$TMP|; s|@OUT@|$OUT|g" php-fpm.conf > $TMP/php-fpm.conf
sed "s|@TMP@|$TMP|g; s|@WWW@|$HERE/www|" lighttpd.conf > $TMP/lighttpd.conf
php-fpm8.2 -R -y $TMP/php-fpm.conf -d date.timezone=UTC &  # Debian's /etc/php/8.2/fpm/php.ini (read only)
F=$!
lighttpd -D -f $TMP/lighttpd.conf &
L=$!; sleep 2
# the common requests twice (a second round of traffic), and one request that outlives request_terminate_timeout
../requests.sh http://127.0.0.1:18741; ../requests.sh http://127.0.0.1:18741
curl -s -o /dev/null -w '%{http_code} /slow?s=3\n' 'http://127.0.0.1:18741/slow?s=3' >&2; sleep 1
kill -TERM $L; wait $L
kill -QUIT $F; wait $F
