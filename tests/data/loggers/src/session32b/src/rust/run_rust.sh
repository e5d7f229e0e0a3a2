#!/bin/sh
# Build offline against Debian's packaged crates (/usr/share/cargo/registry, see rustlogs/.cargo/config.toml)
# and write the Rust logs into $OUT (default: ../..).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
export TZ=UTC CARGO_TARGET_DIR=/tmp/w32b/rtarget
cd "$HERE/rustlogs" && cargo build --release -q
B=$CARGO_TARGET_DIR/release
"$B/simplelog_default" > "$OUT/simplelog_default.log"
"$B/fern_readme" > "$OUT/fern_readme.log"
RUST_LOG=trace "$B/pretty_env" 2> "$OUT/pretty_env_logger.log"
RUST_LOG=trace "$B/pretty_env" timed 2> "$OUT/pretty_env_logger_timed.log"
"$B/simple_logger_default" > "$OUT/simple_logger.log"
"$B/slog_term_full" > "$OUT/slog_term_full.log"
"$B/stderrlog_default" 2> "$OUT/stderrlog.log"
