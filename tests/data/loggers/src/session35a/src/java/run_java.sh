#!/bin/sh
# Build and run the Java programs (OpenJDK 17, Debian's jars, no Maven); logs go to $OUT.
set -e
OUT=${OUT:-/tmp/w35a/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
J=/usr/share/java
L1=$J/log4j-1.2.jar
LB=$J/slf4j-api.jar:$J/logback-classic.jar:$J/logback-core.jar
L2=$J/log4j-api.jar:$J/log4j-core.jar:$J/log4j-1.2-api.jar:$J/jackson-core.jar:$J/jackson-databind.jar
L2=$L2:$J/jackson-annotations.jar:$J/jackson-dataformat-xml.jar:$J/woodstox-core.jar:$J/stax2-api.jar
javac -encoding UTF-8 -d "$BUILD" -cp "$L1:$LB:$L2" "$HERE"/*.java
export TZ=UTC
cd "$BUILD"
# java.util.logging: FileHandler's default XMLFormatter
rm -f "$OUT/jul_xml_filehandler.log" "$OUT/jul_xml_noinstant.log" "$OUT/jul_xml_append.log"
java -Duser.language=en -cp "$BUILD" ShopJul full "$OUT/jul_xml_filehandler.log"
java -Duser.language=en -Djava.util.logging.config.file="$HERE/jul_noinstant.properties" -cp "$BUILD" \
    ShopJul full "$OUT/jul_xml_noinstant.log"
java -Duser.language=en -cp "$BUILD" ShopJul append1 "$OUT/jul_xml_append.log"
sleep 1
java -Duser.language=en -cp "$BUILD" ShopJul append2 "$OUT/jul_xml_append.log" || echo "append2 halted: $?"
sleep 1
java -Duser.language=en -cp "$BUILD" ShopJul append3 "$OUT/jul_xml_append.log"
# log4j 1.2 XMLLayout
java -cp "$BUILD:$L1" -Dlogfile="$OUT/log4j1_xmllayout.log" \
    -Dlog4j.configuration="file:$HERE/log4j1_xml.properties" ShopLog4j1
java -cp "$BUILD:$L1" -Dlogfile="$OUT/log4j1_xmllayout_location_props.log" \
    -Dlog4j.configuration="file:$HERE/log4j1_xml_location_props.properties" ShopLog4j1 machinename
# logback's log4j-schema XMLLayout
java -cp "$BUILD:$LB" -Dlogfile="$OUT/logback_log4j_xmllayout.log" \
    -Dlogback.configurationFile="$HERE/logback_xml.xml" ShopLogback
java -cp "$BUILD:$LB" -Dlogfile="$OUT/logback_log4j_xmllayout_location_props.log" \
    -Dlogback.configurationFile="$HERE/logback_xml_location_props.xml" ShopLogback
# Log4j 2 XmlLayout (Jackson XML) and Log4j1XmlLayout (log4j-1.2-api); the status logger's errors (printed on stdout) go to a .status.txt
for c in xml_complete xml_compact xml_location_props log4j1xmllayout; do
    java -cp "$BUILD:$L2" -Dlogfile="$OUT/log4j2_$c.log" -Dlog4j2.configurationFile="$HERE/log4j2_$c.xml" \
        ShopLog4j2 > "$OUT/log4j2_$c.status.txt" 2>&1
done
rm -rf "$BUILD"
