#!/bin/bash
# h2o 2.2.5 (Debian): error-log and access-log files (default access-log format), 127.0.0.1:18080;
# a file served, 404s (one with a non-ASCII path), a proxy to a closed port, a proxy to an unresolvable host, a backend that answers garbage, SIGTERM
export TZ=UTC LANG=C.UTF-8
H=/tmp/w30/h2o
rm -rf $H; mkdir -p $H/www; echo "Grüße aus dem Café" > $H/www/index.html; chmod -R a+rX $H; chown nobody $H
h2o -c /tmp/w30/corpus/src/h2o.conf & HPID=$!
# upstream on 18098 that answers garbage and closes (a broken backend)
python3 -c '
import socket
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",18098)); s.listen(5)
for i in range(2):
    c,_=s.accept(); c.recv(4096); c.sendall(b"kein HTTP, sondern M\xc3\xbcll\r\n\r\n"); c.close()
' & GPID=$!
sleep 2
U=http://127.0.0.1:18080
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/fehlt.html
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' -A 'Jürgen-Client/1.0 (café)' "$U/café/日本"
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/api/bestellungen
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' -X POST -d 'x=1' $U/api/zahlung
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/extern/seite
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' "$U/api/café/日本?q=Jürgen"
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/kaputt/eins
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: localhost:18080' $U/kaputt/zwei
curl -s -o /dev/null -w '%{http_code}\n' --http2-prior-knowledge -H 'Host: localhost:18080' $U/
curl -s -o /dev/null -w '%{http_code}\n' -H 'Host: unbekannt.example' $U/
sleep 1
kill $HPID; wait $HPID; kill $GPID 2>/dev/null; wait $GPID 2>/dev/null
