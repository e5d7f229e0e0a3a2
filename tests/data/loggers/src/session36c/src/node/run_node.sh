#!/bin/bash
# Node web frameworks: fastify, hapi, express+morgan combined, hono/logger, http-server; stdout+stderr; Ctrl-C
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; NM=$(cd "$HERE/../../node" && pwd)
export TZ=UTC NODE_PATH=$NM/node_modules
cd "$HERE"
run() {  # name port cmd...
  local name=$1 port=$2; shift 2
  "$@" > $OUT/$name 2>&1 &
  local P=$!; sleep 2; ../requests.sh http://127.0.0.1:$port; sleep 0.5; kill -INT $P; wait $P
}
cp hono_app.mjs $NM/  # ESM resolves packages from the file's folder, not NODE_PATH
run fastify.jsonl 18711 node fastify_app.js 18711
run hapi_debug.log 18712 node hapi_app.js 18712
run express_morgan_combined.log 18713 node express_app.js 18713
run hono_logger.log 18714 node $NM/hono_app.mjs 18714
PUB=$(cd "$HERE/../.." && pwd)/tmp/public; mkdir -p $PUB && printf 'hello\n' > $PUB/index.html
run http_server.log 18715 $NM/node_modules/.bin/http-server $PUB -a 127.0.0.1 -p 18715
