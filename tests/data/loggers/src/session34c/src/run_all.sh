#!/bin/sh
# Re-run every tool of corpus 34c; the logs go to $OUT (default /tmp/w34c/out), builds to /tmp/w34c/build.
# Needs: the Debian packages listed in ../README.md, a venv at $VENV (default /tmp/w34c/venv) with
# src/python/requirements.txt, and src/node/package*.json installed (`npm ci`) into $NODE_DIR (default /tmp/w34c/node).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34c/out}
VENV=${VENV:-/tmp/w34c/venv}
B=/tmp/w34c/build
export OUT TZ=UTC
mkdir -p "$OUT" "$B/hs1" "$B/hs2" "$B/nim" "$B/d"
cd /tmp

# Go (Debian golang-*-dev, GOPATH mode): gommon, stdr, pion, dlog
"$SRC/go/run_go.sh"

# Rust (Debian librust-*-dev via .cargo/config.toml): loggerv, tracing-subscriber json
(cd "$SRC/rust/shoprs" && CARGO_TARGET_DIR=$B/rust cargo build --release -q)
$B/rust/release/shoprs loggerv 2> "$OUT/loggerv.log"
$B/rust/release/shoprs tracing-json > "$OUT/rust_tracing_json.jsonl"

# C++ log4cpp BasicLayout
g++ -O1 -Wall -o $B/log4cpp_shop "$SRC/cpp/log4cpp_shop.cpp" -llog4cpp -lpthread
$B/log4cpp_shop > "$OUT/log4cpp_basic.log"

# Haskell: hslogger, monad-logger
ghc -v0 -O0 -outputdir $B/hs1 -o $B/hslogger_shop "$SRC/haskell/HsloggerShop.hs"
$B/hslogger_shop 2> "$OUT/hslogger.log"
ghc -v0 -O0 -outputdir $B/hs2 -o $B/monad_logger_shop "$SRC/haskell/MonadLoggerShop.hs"
$B/monad_logger_shop > "$OUT/monad_logger.log"

# OCaml Logs
"$SRC/ocaml/run_ocaml.sh"

# Nim std/logging
nim c --hints:off --nimcache:$B/nim/cache -o:$B/nim/shop_nim "$SRC/nim/shop_nim.nim"
$B/nim/shop_nim 2> "$OUT/nim_logging.log"

# D std.experimental.logger (LDC); fatal() throws, so it exits non-zero
ldc2 -of=$B/d/shop_d -od=$B/d "$SRC/d/shop_d.d"
$B/d/shop_d 2> "$OUT/dlang_std_logger.log" || true

# Perl Log::Report, Ruby mixlib-log, PHP Symfony ConsoleLogger and Horde_Log
perl "$SRC/perl/log_report.pl" 2> "$OUT/log_report.log" || true
ruby "$SRC/ruby/mixlib_log.rb" > "$OUT/mixlib_log.log"
php "$SRC/php/symfony_console_logger.php" -vvv > "$OUT/symfony_console_logger.log" 2>&1
php "$SRC/php/horde_log.php" 2> "$OUT/horde_log.log"

# Node
export NODE_PATH="${NODE_DIR:-/tmp/w34c/node}/node_modules"
node "$SRC/node/winston_cli.js" > "$OUT/winston_cli.log" 2>&1
node "$SRC/node/simple_node_logger.js" > "$OUT/simple_node_logger.log" 2>&1
node "$SRC/node/node_color_log.js" > "$OUT/node_color_log.log" 2>&1

# Python
"$VENV/bin/python" "$SRC/python/gen_python.py" structlog_logfmt > "$OUT/structlog_logfmt.log"
"$VENV/bin/python" "$SRC/python/gen_python.py" json_log_formatter > "$OUT/json_log_formatter_verbose.jsonl"
"$VENV/bin/python" "$SRC/python/sentry_debug.py" 2> "$OUT/sentry_debug.log"
ls -l "$OUT"
