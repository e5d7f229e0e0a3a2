#!/bin/sh
# lighttpd, Apache (vhost_combined + mod_log_forensic), nginx stream, mini_httpd, webfsd: each in the foreground,
# the same requests (requests.sh), then SIGTERM. Logs go to /tmp/w34g/out.
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
mkdir -p $O /tmp/w34g/run /tmp/w34g/www/orders; chmod 755 /tmp/w34g /tmp/w34g/www $O /tmp/w34g/run
echo '<h1>shop</h1>' > /tmp/w34g/www/index.html; echo 'order 1' > /tmp/w34g/www/orders/1
rm -f $O/lighttpd_* $O/apache_* $O/nginx_stream* $O/mini_httpd* $O/webfsd*

lighttpd -D -f $D/lighttpd.conf & P=$!; sleep 1; $D/requests.sh 34101
# nginx stream in front of lighttpd
nginx -c $D/nginx_stream.conf & N=$!; sleep 1
for i in 1 2 3; do curl -s -o /dev/null http://127.0.0.1:34103/orders/$i; done
curl -s -o /dev/null --max-time 2 http://127.0.0.1:34104/            # upstream refused: 502
printf 'ping Café Zoë in 東京\n' | nc -u -w 2 127.0.0.1 34105          # UDP, no answer
printf 'GET / HTTP/1.0\r\n\r\n' | nc -q 1 127.0.0.1 34106 >/dev/null
(sleep 3) | nc 127.0.0.1 34106                                        # idle client: proxy_timeout
for i in 4 5 6 7 8 9; do curl -s -o /dev/null http://127.0.0.1:34103/orders/$i; done
sleep 1; kill -TERM $N; wait $N
kill -TERM $P; wait $P

apache2 -f $D/apache.conf -DFOREGROUND & sleep 1.5; $D/requests.sh 34102; sleep 1
kill -TERM "$(cat /tmp/w34g/run/apache.pid)"; wait

mini_httpd -D -p 34107 -h 127.0.0.1 -d /tmp/w34g/www -l $O/mini_httpd.log -u www-data & P=$!; sleep 1
$D/requests.sh 34107; sleep 0.5; kill -TERM $P; wait $P

webfsd -F -4 -p 34108 -i 127.0.0.1 -r /tmp/w34g/www -L $O/webfsd.log -f index.html & P=$!; sleep 1
$D/requests.sh 34108; sleep 0.5; kill -TERM $P; wait $P
