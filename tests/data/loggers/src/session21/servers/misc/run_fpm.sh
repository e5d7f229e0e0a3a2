#!/bin/bash
# php-fpm8.2 on 127.0.0.1:19000, FastCGI requests through cgi-fcgi-less Python client; error log captured.
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21fpm; mkdir -p /tmp/c21fpm; cp app.php /tmp/c21fpm/; chmod 755 /tmp/c21fpm
php-fpm8.2 -y "$PWD/fpm.conf" -d date.timezone=UTC &
sleep 1.5
php-fpm8.2 -y "$PWD/fpm_conflict.conf" -d date.timezone=UTC 2>/dev/null  # same port: fails to start (ERROR)
for a in ok warn notice stderr fatal slow ok; do python3 fcgi.py /tmp/c21fpm/app.php "a=$a" >/dev/null 2>&1; done
python3 fcgi.py /tmp/c21fpm/nosuch.php a=1 >/dev/null 2>&1
kill -USR1 "$(cat /tmp/c21fpm/fpm.pid)"; sleep 0.5
kill -USR2 "$(cat /tmp/c21fpm/fpm.pid)"; sleep 1.5
kill -QUIT "$(cat /tmp/c21fpm/fpm.pid)"; sleep 1
cp /tmp/c21fpm/php-fpm.log ${CORPUS}/src/out/php_fpm_error.log
