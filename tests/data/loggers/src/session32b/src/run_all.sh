#!/bin/sh
# Re-run every program (TZ=UTC) and rewrite the logs and the expected files in the corpus folder (this folder's parent).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE/go/run_go.sh"
"$HERE/rust/run_rust.sh"
"$HERE/java/run_java.sh"
"$HERE/node/run_node.sh"
cd "$HERE/.." && python3 make_expected.py
