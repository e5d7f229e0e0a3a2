#!/bin/bash
# Log4j 2.19 + OpenJDK 17 (Debian), the Minecraft server pattern (see Mc.java); stdout captured.
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/mc; rm -rf $W; mkdir -p $W $CORPUS/raw
CP=/usr/share/java/log4j-api.jar:/usr/share/java/log4j-core.jar
javac -cp $CP -d $W $D/Mc.java
TZ=UTC java -Dlog4j.configurationFile=$D/mc-log4j2.xml -cp $CP:$W Mc > $CORPUS/raw/minecraft_log4j2.log 2> $W/stderr.txt
