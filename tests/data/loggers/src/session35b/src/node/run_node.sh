#!/bin/bash
# needs NODE_DIR with @opentelemetry/sdk-logs 0.223.1, @opentelemetry/resources 2.12.1, pino 10, pino-syslog 4.0.0
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
N=${NODE_DIR:-/tmp/h35b/node}
OUT=/tmp/h35b/out; mkdir -p $OUT
NODE_PATH=$N/node_modules node "$HERE/gen_otel_js.js" > $OUT/otel_js_console.log
NODE_PATH=$N/node_modules node "$HERE/gen_pino.js" | node $N/node_modules/pino-syslog/psyslog.js --newline > $OUT/pino_syslog_rfc5424.log
