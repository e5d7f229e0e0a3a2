#!/bin/bash
# snapserver 0.26.0 (Debian) in the foreground, its default log layout on stdout, filter *:debug
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/snap; mkdir -p $W; rm -f $W/*
export TZ=UTC
mkfifo $W/fifo 2>/dev/null
snapserver -c /dev/null --server.datadir=$W --logging.sink=stdout --logging.filter='*:debug' \
  --http.port=17880 --http.bind_to_address=127.0.0.1 --tcp.port=17805 --tcp.bind_to_address=127.0.0.1 \
  --stream.port=17804 --stream.bind_to_address=127.0.0.1 \
  --stream.source="pipe://$W/fifo?name=Café Zoë in 東京" \
  > $W/snapserver.log 2>&1 &
PID=$!
sleep 2
rpc() { printf '%s\r\n' "$1" | timeout 2 nc -q 0 127.0.0.1 17805 > /dev/null; }
rpc '{"id":2,"jsonrpc":"2.0","method":"Server.GetStatus"}'
rpc '{"id":3,"jsonrpc":"2.0","method":"Stream.AddStream","params":{"streamUri":"pipe:///tmp/w34d/out/snap/fifo2?name=O%27Brien \"Bob\""}}'
rpc '{"id":4,"jsonrpc":"2.0","method":"Client.SetName","params":{"id":"no-such-client","name":"C:\\shop\\orders"}}'
rpc '{"id":5,"jsonrpc":"2.0","method":"No.Such.Method"}'
curl -s -m 2 -X POST -d '{"id":6,"jsonrpc":"2.0","method":"Server.GetRPCVersion"}' http://127.0.0.1:17880/jsonrpc > /dev/null
timeout 5 sh -c "head -c 96000 /dev/zero > $W/fifo" &
sleep 2
kill -TERM $PID; wait $PID
