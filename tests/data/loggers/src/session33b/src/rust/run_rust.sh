#!/bin/sh
# Build shoptrace offline against Debian's crate registry (/usr/share/cargo/registry, see shoptrace/.cargo)
# and write tracing_compact.log and tracing_pretty.log to $1.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/w33b/out}
export TZ=UTC CARGO_HOME=/tmp/w33b/cargohome CARGO_TARGET_DIR=/tmp/w33b/rtarget
(cd "$here/shoptrace" && cargo build --release --offline -q)
/tmp/w33b/rtarget/release/shoptrace compact 2> "$out/tracing_compact.log"
/tmp/w33b/rtarget/release/shoptrace pretty 2> "$out/tracing_pretty.log"
