#!/bin/sh
# Tomcat 10.1 (Debian tomcat10) in the foreground with Debian's own conf (port 8080 -> 18080),
# a few requests with curl/nc, SIGTERM; keeps the default AccessLogValve file.
OUT=${OUT:-/tmp/w34f/out}
BASE=$(mktemp -d)
mkdir -p "$BASE/logs" "$BASE/webapps" "$BASE/work" "$BASE/temp"
cp -r /etc/tomcat10 "$BASE/conf"
sed -i 's/port="8080"/port="18080"/' "$BASE/conf/server.xml"
cp -r /var/lib/tomcat10/webapps/ROOT "$BASE/webapps/"
export TZ=UTC CATALINA_HOME=/usr/share/tomcat10 CATALINA_BASE="$BASE"
/usr/share/tomcat10/bin/catalina.sh run > "$BASE/stdout.txt" 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:18080/ && break; sleep 0.5; done
curl -s -o /dev/null http://127.0.0.1:18080/index.html
curl -s -o /dev/null "http://127.0.0.1:18080/orders/1001?customer=Caf%C3%A9%20Zo%C3%AB"
curl -s -o /dev/null -u 'bob:secret' http://127.0.0.1:18080/manager/html
curl -s -o /dev/null -X POST -d 'order=1006' http://127.0.0.1:18080/checkout
curl -s -o /dev/null -I http://127.0.0.1:18080/
curl -s -o /dev/null -H 'User-Agent: O"Brien' "http://127.0.0.1:18080/search?q=%22quoted%22%5Cpath"
printf 'GARBAGE\r\n\r\n' | nc -q 2 127.0.0.1 18080 > /dev/null
printf 'GET /caf\303\251 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' | nc -q 2 127.0.0.1 18080 > /dev/null
curl -s -o /dev/null --http1.0 http://127.0.0.1:18080/
sleep 1
kill -TERM $PID; wait $PID
cat "$BASE"/logs/localhost_access_log.*.txt > "$OUT/tomcat_access_log.log"
rm -rf "$BASE"
