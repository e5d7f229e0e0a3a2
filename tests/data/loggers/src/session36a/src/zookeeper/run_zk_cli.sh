#!/bin/bash
# ZooKeeper C client 3.8.0 (Debian zookeeper-bin: cli_mt, libzookeeper-mt2) against a ZooKeeper 3.8.0 server
# (Debian libzookeeper-java jars run with the machine's OpenJDK 17, its own log not kept) on 127.0.0.1:47700.
# `cli_mt -d` (its documented option: debug logs from the start; without it the library logs nothing until an
# error); the log goes to stderr, where cli_mt also prints its own results: the file is its whole stderr.
. /work/helper36a/src/env.sh
J=$OUT/pkgs/zk/root/usr/share/java
CP="$J/zookeeper.jar:$J/zookeeper-jute.jar:$J/netty-all.jar:$J/slf4j-api.jar:$J/logback-classic.jar:$J/logback-core.jar:$J/metrics-core.jar:$J/jctools-core.jar:$J/commons-cli.jar:$J/snappy-java.jar"
D=$RUN/zk; rm -rf $D; mkdir -p $D/data; cd $D
cat > zoo.cfg <<C
tickTime=2000
dataDir=$D/data
clientPort=47700
clientPortAddress=127.0.0.1
admin.enableServer=false
C
zk() { java -cp "$CP" org.apache.zookeeper.server.quorum.QuorumPeerMain zoo.cfg >> zk.out 2>&1 & Z=$!; }
zk; sleep 3
mkfifo cmds
cli_mt -d 127.0.0.1:47700 < cmds 2> $OUT/out/zookeeper_c_cli.log &
C=$!
exec 3> cmds
s() { echo "$1" >&3; sleep "${2:-0.5}"; }
s 'create /shop' 1.5
s 'create /shop/café-Zoë-東京'
s 'create /shop/orders'
s 'create /shop/orders'
s 'ls /shop'
s 'get /shop'
s 'get /nosuch'
s 'delete /shop' 
s 'bogus command'
s 'exists /shop/orders'
s 'set /shop/orders tab	here'
kill -9 $Z; wait $Z 2>/dev/null     # the server dies mid-session
sleep 2
zk; sleep 5                          # and comes back: the session is still valid
s 'get /shop/orders' 1
s 'quit' 1
exec 3>&-
wait $C
kill $Z; wait $Z
