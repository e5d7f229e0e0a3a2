#!/bin/bash
# Runs gen_node.js for each library (stdout and stderr into one file, as a container or `> file 2>&1` has them).
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); mkdir -p $CORPUS/raw
export NODE_PATH=$CORPUS/node/node_modules TZ=UTC
cd $CORPUS/node
rm -f $CORPUS/raw/log4js_file.log  # the file appender appends
node $D/gen_node.js log4js
node $D/gen_node.js bole
for t in tslog consola signale; do node $D/gen_node.js $t > $CORPUS/raw/$t.log 2>&1; done
rm -f $CORPUS/raw/*.out $CORPUS/raw/*.err
