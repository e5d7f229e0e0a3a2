#!/bin/bash
# amqtt 0.12.1 broker (PyPI), `amqtt -c broker.yaml` (default log format "[%(asctime)s] :: %(levelname)s - %(message)s",
# INFO, stderr) -> amqtt_broker.log; then `amqtt -d` (its debug option: DEBUG and the format
# "[%(asctime)s] %(name)s:%(lineno)d :: %(levelname)s - %(message)s") -> amqtt_broker_debug.log. Driven with Debian's mosquitto_pub / mosquitto_sub 2.0.11 and raw sockets; stopped with SIGINT
. /work/helper36a/src/env.sh
set -m   # job control: background jobs keep SIGINT (a non-interactive shell would start them with SIGINT ignored)
run() {  # $1 = output file, $2 = extra option
D=$RUN/amqtt; rm -rf $D; mkdir -p $D; cd $D
python3 -c 'from pwdlib.hashers.argon2 import Argon2Hasher; print("zoë:" + Argon2Hasher().hash("s3cret"))' > passwd
echo 'this line is not user:hash' >> passwd
amqtt -c $OUT/src/amqtt/broker.yaml $2 > $1 2>&1 & B=$!
sleep 3
P="-h 127.0.0.1 -p 47800"
mosquitto_sub $P -u zoë -P s3cret -i 'sub-東京' -t 'shop/#' -v > $D/sub.txt & S=$!
sleep 0.5
mosquitto_pub $P -u zoë -P s3cret -i pub-1 -t shop/orders -m 'Café Zoë in 東京'
[ -z "$2" ] && mosquitto_pub $P -u zoë -P s3cret -i pub-2 -t shop/orders -q 1 -m 'tab	and "quotes"'
mosquitto_pub $P -u zoë -P wrong -i pub-3 -t shop/orders -m denied
[ -z "$2" ] && mosquitto_pub $P -u nobody -P x -i pub-4 -t shop/orders -m denied
mosquitto_pub $P -i pub-5 -t shop/orders -m 'no credentials'
[ -z "$2" ] && mosquitto_pub $P -u zoë -P s3cret -i pub-6 -t 'shop/+/bad' -m 'wildcard in a publish topic'
[ -z "$2" ] && mosquitto_pub $P -u zoë -P s3cret -i pub-7 -t shop/retained -r -m 'kept'
# not MQTT at all, then a CONNECT cut off mid-packet
python3 -c 'import socket, time; s = socket.create_connection(("127.0.0.1", 47800)); s.sendall(b"GET / HTTP/1.1\r\n\r\n"); time.sleep(0.5); s.close()'
python3 -c 'import socket, time; s = socket.create_connection(("127.0.0.1", 47800)); s.sendall(b"\x10\x20\x00\x04MQTT\x04"); time.sleep(0.3); s.close()'
sleep 0.5
# (the -d run skips the lines marked [ -z "$2" ] to stay under 300 lines)
# the subscriber is killed mid-session (no DISCONNECT)
kill -9 $S; wait $S 2>/dev/null
sleep 1
kill -INT $B; wait $B
cat $D/sub.txt
}
run $OUT/out/amqtt_broker.log
run $OUT/out/amqtt_broker_debug.log -d
