#!/bin/bash
# Redis Sentinel 7.0.15 (Debian redis-server/redis-tools) watching a master + replica on 127.0.0.1 high ports.
# Only sentinel A's log file is kept (out/redis_sentinel.log); default loglevel (notice).
. /work/helper36a/src/env.sh
D=$RUN/redis; rm -rf $D; mkdir -p $D; cd $D
rm -f $OUT/out/redis_sentinel.log
redis-server --port 47379 --bind 127.0.0.1 --dir $D --logfile $D/master.log --save '' --daemonize no & M=$!
redis-server --port 47380 --bind 127.0.0.1 --dir $D --logfile $D/replica.log --save '' --replicaof 127.0.0.1 47379 & RP=$!
sleep 1
for p in 47381 47382; do
  cat > $D/sentinel-$p.conf <<C
port $p
bind 127.0.0.1
dir $D
sentinel monitor shop 127.0.0.1 47379 2
sentinel down-after-milliseconds shop 2000
sentinel failover-timeout shop 8000
C
done
redis-server $D/sentinel-47381.conf --sentinel --logfile $OUT/out/redis_sentinel.log & SA=$!
sleep 0.5
redis-server $D/sentinel-47382.conf --sentinel --logfile $D/sentinel-b.log & SB=$!
sleep 3
C="redis-cli -h 127.0.0.1 -p 47381"
$C SENTINEL MASTERS >/dev/null
$C SENTINEL NOSUCH 2>&1
$C AUTH wrong 2>&1
# a master name with non-ASCII text and quotes, on a port where nothing listens: +monitor then +sdown
$C SENTINEL MONITOR 'café-Zoë-東京' 127.0.0.1 47390 1
$C SENTINEL SET 'café-Zoë-東京' down-after-milliseconds 1500
$C SENTINEL SET shop notification-script /nonexistent/notify.sh 2>&1
sleep 3
$C SENTINEL REMOVE 'café-Zoë-東京'
# a client killed mid-session: a raw connection that sends half a command, then dies
python3 -c 'import socket; s = socket.create_connection(("127.0.0.1", 47381)); s.sendall(b"*3\r\n$8\r\nSENTINEL\r\n"); s.close()'
# the master dies: subjective/objective down, election, failover to the replica
kill -9 $M
sleep 14
# the old master comes back and is converted into a replica
redis-server --port 47379 --bind 127.0.0.1 --dir $D --logfile $D/master2.log --save '' & M=$!
sleep 4
$C SENTINEL RESET shop
sleep 2
$C SENTINEL FAILOVER shop
sleep 8
$C SENTINEL CKQUORUM shop
$C SENTINEL FLUSHCONFIG
kill -TERM $SA; sleep 1
kill -TERM $SB $M $RP; wait
