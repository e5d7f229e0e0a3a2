#!/bin/sh
# Compile against Debian's jars (/usr/share/java) and write the Java logs into $OUT (default: ../..).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
export TZ=UTC
J=/usr/share/java
C=/tmp/w32b/jclasses; rm -rf "$C"; mkdir -p "$C"
cd "$HERE"
javac -encoding UTF-8 -d "$C" -cp "$J/slf4j-api.jar:$J/commons-logging.jar:$J/log4j-1.2.jar" \
  com/example/shop/Script.java Slf4jDemo.java JclDemo.java Log4j1Demo.java JulDemo.java
JOPT="-Duser.language=en -Duser.country=US -Dfile.encoding=UTF-8"
# slf4j-simple 1.7.32: defaults (stderr, no date) but defaultLogLevel=trace so that every level shows
java $JOPT -Dorg.slf4j.simpleLogger.defaultLogLevel=trace -cp "$C:$J/slf4j-api.jar:$J/slf4j-simple.jar" Slf4jDemo 2> "$OUT/slf4j_simple.log"
# commons-logging 1.2 SimpleLog: defaults (stderr) with defaultlog=trace; then showdatetime=true
java $JOPT -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog \
  -Dorg.apache.commons.logging.simplelog.defaultlog=trace -cp "$C:$J/commons-logging.jar" JclDemo 2> "$OUT/jcl_simplelog.log"
java $JOPT -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog \
  -Dorg.apache.commons.logging.simplelog.defaultlog=trace -Dorg.apache.commons.logging.simplelog.showdatetime=true \
  -cp "$C:$J/commons-logging.jar" JclDemo 2> "$OUT/jcl_simplelog_datetime.log"
# log4j 1.2.17: BasicConfigurator (TTCC "%r [%t] %p %c %x - %m%n"), and a PatternLayout from a properties file
java $JOPT -cp "$C:$J/log4j-1.2.jar" Log4j1Demo basic > "$OUT/log4j1_basic.log"
java $JOPT -cp "$C:$J/log4j-1.2.jar" Log4j1Demo "$HERE/log4j-mkyong.properties" > "$OUT/log4j1_pattern.log"
# JUL with the SimpleFormatter.format of the brief
java $JOPT '-Djava.util.logging.SimpleFormatter.format=%1$tF %1$tT %4$s %2$s %5$s%6$s%n' -cp "$C" JulDemo 2> "$OUT/jul_custom_format.log"
