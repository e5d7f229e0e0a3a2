#!/bin/bash
# OpenJDK 17 unified logging (JEP 158 -Xlog), three runs of src/jvm/GcLoad.java; outputs in $W.
set -u
export TZ=UTC
W=/tmp/w32d/jvm
SRC=$(dirname "$(readlink -f "$0")")
rm -rf $W; mkdir -p $W/classes
javac -d $W/classes $SRC/GcLoad.java
cd $W
# 1. file output, default decorations (uptime,level,tags), G1 (the default collector), small heap so it works
java -Xmx64m -Xlog:gc*,safepoint:file=$W/jvm_gc_file.log -cp classes GcLoad > run1.txt 2>&1
# 2. everything at info to stdout (default decorations)
java -Xmx64m -Xlog:all=info -cp classes GcLoad > $W/jvm_xlog_all_stdout.log 2> run2.err
# 3. file output, decorations time,uptime,level,tags; parallel collector
java -Xmx64m -XX:+UseParallelGC -Xlog:gc*:file=$W/jvm_gc_decorated.log:time,uptime,level,tags -cp classes GcLoad > run3.txt 2>&1
# 4. warnings from every tag plus gc at debug, to stdout, decorations utctime,pid,tid,level,tags; serial collector,
#    large pages asked for but not configured (a warning); the program's own stdout line lands in between
java -Xmx64m -XX:+UseSerialGC -XX:+UseLargePages -Xlog:all=warning,gc=debug:stdout:utctime,pid,tid,level,tags \
  -cp classes GcLoad > $W/jvm_xlog_warning_debug.log 2> run4.err
