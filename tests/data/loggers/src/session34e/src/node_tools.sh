#!/bin/sh
# esbuild --log-level=verbose, tsc --watch, webpack's infrastructure logger. Needs `npm ci` in src/node first
# (NM=node_modules folder). Writes to $OUT.
set -u
OUT=${OUT:-/tmp/w34e/out}; W=${W:-/tmp/w34e/work/nodeapp}; NM=${NM:-/tmp/w34e/work/npm/node_modules}
SRC=$(cd "$(dirname "$0")" && pwd)/node
export TZ=UTC W
rm -rf "$W"; mkdir -p "$W" "$OUT"; cp "$SRC"/app/* "$W"; cd "$W"
"$NM/.bin/esbuild" index.js missing.js --bundle --outdir=dist --log-level=verbose 2> "$OUT/esbuild_verbose.log"
# tsc --watch: start, a good edit, a type error, a fix; then SIGTERM
"$NM/.bin/tsc" --watch -p . > "$OUT/tsc_watch.log" 2>&1 &
TPID=$!; sleep 4
printf 'export const total: number = "Café";\n' >> shop.ts; sleep 3
printf 'export const customer: string = "Zoë";\n' > shop.ts; sleep 3
# the npm wrapper runs the native tsc as a child: stop the child too
CPIDS=$(ps -o pid= --ppid $TPID); kill -TERM $TPID $CPIDS; wait $TPID
"$NM/.bin/webpack" --config "$SRC/webpack.config.js" > "$OUT/webpack_infrastructure.log" 2>&1
true
