#!/bin/sh
# Re-run every library; the logs are written to $OUT (default /tmp/w35a/out), then copy the *.log files
# next to make_expected.py and run `python3 make_expected.py`.
# Needs: apt-get install -y --no-install-recommends liblog4j1.2-java liblogback-java liblog4j2-java
#   libjackson2-dataformat-xml-java libwoodstox-java liblog4cxx-dev g++ mono-mcs mono-runtime; OpenJDK 17; Node 20 + npm.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=${OUT:-/tmp/w35a/out}
mkdir -p "$OUT"
sh "$HERE/java/run_java.sh"
sh "$HERE/cpp/run_cpp.sh"
sh "$HERE/mono/run_mono.sh"
sh "$HERE/node/run_node.sh"
ls -l "$OUT"
