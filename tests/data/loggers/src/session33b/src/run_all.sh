#!/bin/sh
# Re-runs every logger here and writes the logs into $OUT (default: /tmp/w33b/out); copy them to corpus/ after.
# Needs: Debian r-base-core r-cran-logger r-cran-futile.logger liblog-handler-perl ruby-logging ruby-log4r
# lua5.1 lua-logging tcllib golang-go golang-github-{op-go-logging,juju-loggo,hashicorp-logutils}-dev
# librust-tracing-subscriber-dev; npm packages in src/node (npm install in a folder, node_modules linked here);
# twiggy in a venv (VENV, default /tmp/w33b/venv).
set -e
export TZ=UTC
src=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w33b/out}; VENV=${VENV:-/tmp/w33b/venv}
mkdir -p "$OUT"; cd "$OUT"
Rscript "$src/r/r_logger.R" 2> r_logger.log
Rscript "$src/r/r_futile_logger.R" > r_futile_logger.log
perl "$src/perl/log_handler.pl" log_handler.log
ruby "$src/ruby/ruby_logging.rb" basic ruby_logging_basic.log
ruby "$src/ruby/ruby_logging.rb" pattern ruby_logging_pattern.log
ruby "$src/ruby/log4r.rb" log4r_default.log
lua5.1 "$src/lua/lualogging.lua" > lualogging_console.log
tclsh "$src/tcl/tcllogger.tcl" > tcllib_logger.log
(cd "$src/node" && node console_stamp.js > "$OUT/console_stamp.log" 2>&1 && node fancy_log.js > "$OUT/fancy_log.log" 2>&1 \
  && node lambda_log.js > "$OUT/lambda_log.jsonl" 2>&1 && node captains_log.js > "$OUT/captains_log.log" 2>&1)
rm -f twiggy.log; "$VENV/bin/python" "$src/python/twiggy_quick.py" twiggy.log
"$src/go/run_go.sh" "$OUT"
if [ -x "$src/rust/run_rust.sh" ]; then "$src/rust/run_rust.sh" "$OUT"; fi
