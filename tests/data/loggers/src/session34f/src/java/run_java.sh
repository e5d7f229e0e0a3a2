#!/bin/sh
# Build and run the Java programs (OpenJDK 17, Debian jars); logs go to $OUT.
set -e
OUT=${OUT:-/tmp/w34f/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
J=/usr/share/java
CP=$J/log4j-api.jar:$J/log4j-core.jar:$J/jackson-core.jar:$J/jackson-databind.jar:$J/jackson-annotations.jar
CP=$CP:$J/jackson-dataformat-xml.jar:$J/woodstox-core.jar:$J/stax2-api.jar:$J/jackson-dataformat-yaml.jar:$J/snakeyaml.jar
javac -encoding UTF-8 -d "$BUILD" -cp "$CP" "$HERE/ShopJul.java" "$HERE/ShopLog4j.java"
export TZ=UTC
java -Duser.language=en -cp "$BUILD" ShopJul "$OUT/jul_xmlformatter.log"
java -cp "$BUILD:$CP" -Dlogfile="$OUT/log4j2_xmllayout.log" -Dlog4j2.configurationFile="$HERE/log4j2_xml.xml" ShopLog4j
java -cp "$BUILD:$CP" -Dlogfile="$OUT/log4j2_yamllayout.log" -Dlog4j2.configurationFile="$HERE/log4j2_yaml.xml" ShopLog4j
rm -rf "$BUILD"
