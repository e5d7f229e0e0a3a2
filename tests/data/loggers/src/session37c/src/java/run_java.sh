#!/bin/sh
# Compile and run the two Java writers (OpenJDK 17, Debian jars). Needs:
#   apt-get install -y --no-install-recommends libjboss-logmanager-java liblog4j2-java
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$HERE/../.." && pwd)/out
BUILD=$(mktemp -d)
export TZ=UTC
CP_WF=/usr/share/java/jboss-logmanager.jar:/usr/share/java/wildfly-common.jar
CP_A=/usr/share/java/log4j-api.jar:/usr/share/java/log4j-core.jar
javac -d "$BUILD" -cp "$CP_WF" "$HERE/WildFlyServerLog.java"
javac -d "$BUILD" -cp "$CP_A" "$HERE/ArtemisLog.java"
java -Duser.language=en -Duser.country=US -cp "$BUILD:$CP_WF" WildFlyServerLog "$OUT/wildfly_server.log"
java -Duser.language=en -Duser.country=US -Dlog4j2.statusLoggerLevel=OFF -cp "$BUILD:$CP_A" ArtemisLog "$OUT/artemis.log"
rm -rf "$BUILD"
