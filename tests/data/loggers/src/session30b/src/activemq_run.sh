#!/bin/bash
# Apache ActiveMQ 5.17.2 (Debian), OpenJDK 17: Debian's instance "main" (src/activemq/activemq.xml copied unchanged
# from /etc/activemq/instances-available/main) started with the java command line /usr/bin/activemq builds
# (`activemq.jar start xbean:activemq.xml`), with base, conf and data in scratch space and, for logging,
# src/activemq/log4j.properties (see there). The log file is data/activemq.log; the producer and consumer tasks
# of the same activemq.jar, run on the same installation (the same activemq.data), log into it as well, as they
# do by default. Run inside `unshare -n`.
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/activemq
D=/tmp/w30/activemq
rm -rf $D && mkdir -p $D/conf $D/data $D/tmp
cp $S/activemq.xml $S/log4j.properties $D/conf/
ip link set lo up
ARGS=(-Xms256M -Xmx256M -Dorg.apache.activemq.UseDedicatedTaskRunner=true -Djava.awt.headless=true \
    -Djava.io.tmpdir=$D/tmp -Duser.language=en \
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.naming/javax.naming.spi=ALL-UNNAMED \
    -Dactivemq.classpath=$D/conf: -Dactivemq.home=/usr/share/activemq -Dactivemq.base=$D \
    -Dactivemq.conf=$D/conf -Dactivemq.data=$D/data -jar /usr/share/activemq/bin/activemq.jar)
java "${ARGS[@]}" start xbean:activemq.xml > $D/console.out 2>&1 &
AMQ=$!
for i in $(seq 60); do grep -q "Apache ActiveMQ .* started" $D/data/activemq.log 2>/dev/null && break; sleep 1; done
C() { java "${ARGS[@]}" "$@" >> $D/client.out 2>&1; }
C producer --brokerUrl tcp://127.0.0.1:61616 --destination "queue://Bestellungen.Köln" --messageCount 3 --message "Grüße aus Köln — café"
C consumer --brokerUrl tcp://127.0.0.1:61616 --destination "queue://Bestellungen.Köln" --messageCount 3
# a client that does not speak OpenWire, and one that sends random bytes
python3 - <<'PY'
import os, socket, time
for payload in (b"GET / HTTP/1.0\r\n\r\n", os.urandom(300)):
    s = socket.create_connection(("127.0.0.1", 61616)); s.sendall(payload); time.sleep(1.5); s.close()
PY
C producer --brokerUrl tcp://127.0.0.1:61616 --destination "topic://Wetter.日本" --messageCount 2
C producer --brokerUrl tcp://127.0.0.1:61617 --destination "queue://x" --messageCount 1   # no broker there
sleep 2
kill -TERM $AMQ; wait $AMQ
