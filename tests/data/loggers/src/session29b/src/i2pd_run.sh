#!/bin/bash
# i2pd in a private network namespace for ~20 s: reseeding fails, the HTTP console and proxy answer on loopback.
export TZ=UTC LANG=C.UTF-8
D=/tmp/w30/i2pd
rm -rf $D; mkdir -p $D/data
ip link set lo up
i2pd --conf /tmp/w30/corpus/src/i2pd.conf --datadir $D/data & IPID=$!
sleep 8
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:17070/
curl -s -o /dev/null -w '%{http_code}\n' -x http://127.0.0.1:14444 http://café.i2p/日本
curl -s -o /dev/null -w '%{http_code}\n' -x http://127.0.0.1:14444 http://example.com/
sleep 12
kill $IPID; sleep 3; kill -9 $IPID 2>/dev/null; wait $IPID
