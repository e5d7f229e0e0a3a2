#!/bin/bash
# log4j 1.2.17 with OpenJDK 17 (Debian): console output of BasicConfigurator ("%r [%t] %p %c %x - %m%n"), stdout+stderr captured.
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/java; rm -rf $W; mkdir -p $W $CORPUS/raw
javac -cp /usr/share/java/log4j-1.2.jar -d $W $D/Shop.java
TZ=UTC java -cp /usr/share/java/log4j-1.2.jar:$W Shop > $W/console.txt 2>&1
cp $W/console.txt $CORPUS/raw/log4j1_basicconfigurator.log
