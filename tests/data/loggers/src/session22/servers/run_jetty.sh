#!/bin/bash
# Jetty 9.4 (Debian jetty9) StdErrLog default output: a jetty.base with http+deploy, a broken webapp (bad web.xml), requests, SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/jetty; rm -rf $W; mkdir -p $W/base/webapps/shop/WEB-INF $W/base/webapps/root $CORPUS/raw
H=/usr/share/jetty9
echo '<web-app><servlet><servlet-name>x</servlet-name><servlet-class>com.shop.Missing</servlet-class><load-on-startup>1</load-on-startup></servlet><servlet-mapping><servlet-name>x</servlet-name><url-pattern>/x</url-pattern></servlet-mapping>' > $W/base/webapps/shop/WEB-INF/web.xml
echo 'hello' > $W/base/webapps/root/index.html
cd $W/base
java -jar $H/start.jar jetty.home=$H jetty.base=$W/base --create-startd --add-to-start=http,deploy > $W/setup.txt 2>&1
TZ=UTC java -Duser.timezone=UTC -jar $H/start.jar jetty.home=$H jetty.base=$W/base jetty.http.host=127.0.0.1 jetty.http.port=5398 > $W/jetty.log 2>&1 &
P=$!; sleep 8
curl -s -o /dev/null http://127.0.0.1:5398/root/; curl -s -o /dev/null http://127.0.0.1:5398/shop/x; curl -s -o /dev/null http://127.0.0.1:5398/nope
printf 'GET /%%zz HTTP/1.1\r\nHost: x\r\n\r\n' | timeout 2 python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',5398)); s.sendall(sys.stdin.buffer.read()); s.recv(100)" 2>/dev/null
sleep 1; kill -TERM $P; wait $P
cp $W/jetty.log $CORPUS/raw/jetty9_stderrlog.log
