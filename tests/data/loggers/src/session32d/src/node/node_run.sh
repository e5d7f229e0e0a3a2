#!/bin/bash
# Node 20.20 (Debian 12's apt nodejs is 18; this machine has 20.20.2): three runs, stdout and stderr both into one
# file (2>&1, as a container runtime or systemd would gather them).
set -u
export TZ=UTC
W=/tmp/w32d/node
SRC=$(dirname "$(readlink -f "$0")")
mkdir -p $W; cd $W; rm -f node_warnings_rejection.log
node --trace-warnings $SRC/warn_reject.js error >> node_warnings_rejection.log 2>&1
node --trace-warnings $SRC/warn_reject.js string >> node_warnings_rejection.log 2>&1
node --trace-warnings --unhandled-rejections=warn $SRC/warn_reject.js warnmode >> node_warnings_rejection.log 2>&1
