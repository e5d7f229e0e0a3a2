#!/bin/bash
# Debian tomcat10 10.1.x, CATALINA_BASE=${WORK:?a scratch folder}/tomcat with the package's conf but the console
# formatter of upstream conf/logging.properties (OneLineFormatter); catalina.out = stdout+stderr of catalina.sh run.
export TZ=UTC CATALINA_HOME=/usr/share/tomcat10 CATALINA_BASE=${WORK:?a scratch folder}/tomcat
cd ${WORK:?a scratch folder}
python3 -c 'import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("0.0.0.0",18080)); s.listen(); time.sleep(6)' &
HOLD=$!
sleep 0.5
# first start: port 18080 is taken, a SEVERE bind failure with its stack trace
$CATALINA_HOME/bin/catalina.sh run > tomcat/catalina.out 2>&1 &
TPID=$!   # catalina.sh run execs java
sleep 5
kill -TERM $TPID; wait $TPID; wait $HOLD
$CATALINA_HOME/bin/catalina.sh run >> tomcat/catalina.out 2>&1 &
TPID=$!
for i in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:18080/?order=100236" && break; sleep 0.5; done
curl -s -o /dev/null "http://127.0.0.1:18080/missing"
sleep 1
kill -TERM $TPID; wait $TPID
cp tomcat/catalina.out tomcat_catalina_out.log
