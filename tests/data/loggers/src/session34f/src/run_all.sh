#!/bin/sh
# Re-run every tool of corpus 34f; logs go to $OUT (default /tmp/w34f/out). Times, pids and temp paths change.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=${OUT:-/tmp/w34f/out}
mkdir -p "$OUT"
"$HERE/java/run_java.sh"
"$HERE/tomcat/run_tomcat.sh"
"$HERE/mono/run_mono.sh"
"$HERE/go/run_go_daemons.sh"
"$HERE/go/run_obfs4.sh"
"$HERE/go/run_gopls.sh"
"$HERE/rust/run_rust.sh"
