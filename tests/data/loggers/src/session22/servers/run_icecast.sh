#!/bin/bash
# Icecast 2.4.4: error.log at loglevel 3 (info) and access.log; requests for a missing mount, the status page, admin with a wrong password, a source with a wrong password.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/icecast; rm -rf $W; mkdir -p $W/log $CORPUS/raw; chown -R nobody:nogroup $W/log
sed -e "s#<logdir>.*</logdir>#<logdir>$W/log</logdir>#" \
    -e "s#<port>8000</port>#<port>5330</port>#" \
    -e "s#<loglevel>.*</loglevel>#<loglevel>3</loglevel>#" \
    -e "s#<source-password>.*</source-password>#<source-password>s3cret</source-password>#" \
    -e "s#<admin-password>.*</admin-password>#<admin-password>adm1n</admin-password>#" \
    -e "s#<!--<bind-address>127.0.0.1</bind-address>-->#<bind-address>127.0.0.1</bind-address>#" \
    -e "s#<pidfile>.*</pidfile>#<pidfile>$W/log/icecast.pid</pidfile>#" \
    -e "s#<hostname>.*</hostname>#<hostname>radio.shop.test</hostname>#" \
    /etc/icecast2/icecast.xml > $W/icecast.xml
python3 - "$W/icecast.xml" <<'PY'
import sys,re
p=sys.argv[1]; s=open(p).read()
s=re.sub(r'<changeowner>.*?</changeowner>', '', s, flags=re.S)
s=s.replace('</security>','<changeowner><user>nobody</user><group>nogroup</group></changeowner></security>',1) if '<changeowner>' not in s else s
s=s.replace('<chroot>0</chroot>','<chroot>0</chroot><changeowner><user>nobody</user><group>nogroup</group></changeowner>',1)
open(p,'w').write(s)
PY
TZ=UTC icecast2 -c $W/icecast.xml > $W/stdout.txt 2>&1 &
P=$!; sleep 2
B=http://127.0.0.1:5330
curl -s -o /dev/null $B/
curl -s -o /dev/null $B/status-json.xsl
curl -s -o /dev/null $B/live.mp3
curl -s -o /dev/null "$B/stream%20caf%C3%A9.ogg"
curl -s -o /dev/null -u admin:wrong $B/admin/stats
curl -s -o /dev/null -u admin:adm1n $B/admin/stats
curl -s -o /dev/null -u admin:adm1n "$B/admin/killsource?mount=/live.mp3"
curl -s -o /dev/null -m 2 -X PUT -u source:bad -H 'Content-Type: audio/mpeg' --data-binary 'xxxx' $B/live.mp3
curl -s -o /dev/null -m 2 -X PUT -u source:s3cret -H 'Content-Type: audio/mpeg' -H 'Ice-Name: Radio Grüße' --data-binary @/bin/true $B/live.mp3
curl -s -o /dev/null -A 'Mozilla/5.0 (X11; Linux x86_64) "quoted"' $B/server_version.xsl
for f in style.css favicon.ico icecast.png 'admin/listclients?mount=/x' robots.txt; do curl -s -o /dev/null "$B/$f"; done
curl -s -o /dev/null -I $B/status.xsl
sleep 1; kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/log/error.log $CORPUS/raw/icecast_error.log
cp $W/log/access.log $CORPUS/raw/icecast_access.log
