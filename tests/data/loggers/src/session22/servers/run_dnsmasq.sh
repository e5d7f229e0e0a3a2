#!/bin/bash
# dnsmasq 2.90: --log-facility=FILE, --log-queries=extra, --log-debug; local answers and an unreachable upstream.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/dnsmasq; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/hosts <<H
127.0.0.20 api.shop.test api
127.0.0.21 db.shop.test
H
TZ=UTC dnsmasq -k --conf-file=/dev/null --port=5302 --listen-address=127.0.0.1 --bind-interfaces --no-resolv --no-hosts \
  --addn-hosts=$W/hosts --address=/blocked.test/0.0.0.0 --server=/corp.test/127.0.0.1#5399 --server=/shop.test/127.0.0.1#5398 \
  --log-facility=$W/dnsmasq.log --log-queries=extra --log-debug --pid-file=$W/pid --user=root --cache-size=50 \
  --txt-record=info.shop.test,"Grüße \"quoted\" text" --conf-file=$W/missing.conf 2> $W/stderr.txt
# the missing conf-file makes it exit at once: run again without it
TZ=UTC dnsmasq -k --conf-file=/dev/null --port=5302 --listen-address=127.0.0.1 --bind-interfaces --no-resolv --no-hosts \
  --addn-hosts=$W/hosts --address=/blocked.test/0.0.0.0 --server=/corp.test/127.0.0.1#5399 \
  --log-facility=$W/dnsmasq.log --log-queries=extra --log-debug --pid-file=$W/pid --user=root --cache-size=50 \
  --txt-record=info.shop.test,"Grüße \"quoted\" text" 2>> $W/stderr.txt &
P=$!; sleep 2
for q in api.shop.test db.shop.test api.shop.test ads.blocked.test vpn.corp.test info.shop.test unknown.example; do
  t=A; [ $q = info.shop.test ] && t=TXT
  dig @127.0.0.1 -p 5302 +tries=1 +time=2 $q $t >/dev/null
done
kill -USR1 $P; sleep 1; kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/dnsmasq.log $CORPUS/raw/dnsmasq.log
