#!/bin/sh
# Compile Shop.java against Debian's jars (liblog4j2-java 2.19, liblogback-java 1.2.11, libslf4j-java 1.7.32,
# libjackson2-databind-java 2.14) and write the Java corpus files into ../..
set -e
cd "$(dirname "$0")"
J=/usr/share/java
L4J=$J/log4j-api.jar:$J/log4j-core.jar:$J/jackson-core.jar:$J/jackson-databind.jar:$J/jackson-annotations.jar
LB=$J/slf4j-api.jar:$J/logback-classic.jar:$J/logback-core.jar
OUT=$(cd ../.. && pwd)
mkdir -p /tmp/shopclasses
javac -encoding UTF-8 -d /tmp/shopclasses -cp "$L4J:$LB" Shop.java
rm -f "$OUT"/log4j2_* "$OUT"/logback_* "$OUT"/jul_*
export TZ=UTC
java -Dfile.encoding=UTF-8 -Dlog4j2.configurationFile=log4j2-pattern.xml -Dout="$OUT/log4j2_pattern.log" -cp "/tmp/shopclasses:$L4J" Shop log4j2
java -Dfile.encoding=UTF-8 -Dlog4j2.configurationFile=log4j2-json.xml -Dout="$OUT/log4j2_jsonlayout.jsonl" -cp "/tmp/shopclasses:$L4J" Shop log4j2
java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-default.xml -Dout="$OUT/logback_default.log" -cp "/tmp/shopclasses:$LB" Shop slf4j
java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-file.xml -Dout="$OUT/logback_file.log" -cp "/tmp/shopclasses:$LB" Shop slf4j
# java.util.logging's default ConsoleHandler + SimpleFormatter (two lines per record), on stderr.
java -Dfile.encoding=UTF-8 -Duser.language=en -Duser.country=US -cp /tmp/shopclasses Shop jul 2> "$OUT/jul_simpleformatter.log"
