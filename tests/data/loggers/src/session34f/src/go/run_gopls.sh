#!/bin/sh
# gopls (Debian 1:0.5.0) with -rpc.trace -logfile, driven over stdio by gopls_client.py.
OUT=${OUT:-/tmp/w34f/out}
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
rm -f "$OUT/gopls_rpc_trace.log"
TZ=UTC GO111MODULE=on GOPROXY=off python3 "$HERE/gopls_client.py" "$OUT/gopls_rpc_trace.log" "$W"
rm -rf "$W"
