#!/bin/sh
set -e
cd "$(dirname "$0")"
J=/usr/share/java
LB=$J/slf4j-api.jar:$J/logback-classic.jar:$J/logback-core.jar
L1=$J/log4j-1.2.jar
OUT=$(cd ../.. && pwd)
mkdir -p ${WORK:?a scratch folder}/classes
javac -encoding UTF-8 -d ${WORK:?a scratch folder}/classes -cp "$LB:$L1" Apps.java WhitespaceThrowableProxyConverter.java
export TZ=UTC
java -Dfile.encoding=UTF-8 -Dlog4j.configuration=file:log4j-kafka.properties -Dout="$OUT/kafka_server.log" -cp "${WORK:?a scratch folder}/classes:$L1" Apps kafka
for v in 3 3file 30 2; do
java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-sb$v.xml -Dout="$OUT/spring_boot$v.log" -cp "${WORK:?a scratch folder}/classes:$LB" Apps spring
done
