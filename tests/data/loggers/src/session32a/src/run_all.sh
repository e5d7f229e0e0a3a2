#!/bin/bash
# Run every demo (built by build.sh) and copy its output, unchanged, to OUT/<name>.log.
# Usage: bash run_all.sh BUILD_DIR SCRATCH_DIR OUT_DIR
# Outputs are files or pipes, never a TTY (no colour codes). Programs that end with a fatal record abort;
# their shells' "Aborted" notices go to this script's stderr, not to the logs.
set -u
B=${1:-/tmp/w32a/build}
S=${2:-/tmp/w32a/run}
OUT=${3:-/tmp/w32a/corpus}
SRC=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC LANG=C.UTF-8
unset LC_ALL G_MESSAGES_DEBUG QT_MESSAGE_PATTERN QT_LOGGING_RULES
ulimit -c 0
rm -rf "$S"
mkdir -p "$S" "$OUT"
cd "$S"

# spdlog: default logger on stdout; named logger "checkout" with basic_file_sink
"$B/spdlog_demo" default > "$OUT/spdlog_default.log"
"$B/spdlog_demo" file "$S/spdlog_file.log" && cp "$S/spdlog_file.log" "$OUT/spdlog_file.log"

# glog: the INFO log file (all severities, with its 4 header lines) and stderr (ERROR and above + trace)
mkdir -p "$S/glog"
"$B/glog_demo" "$S/glog" > "$S/glog.stdout" 2> "$OUT/glog_stderr.log"
cp "$S"/glog/glog_demo.*.log.INFO.* "$OUT/glog_info.log"

# log4cplus: BasicConfigurator; ConsoleAppender + TTCCLayout()
"$B/log4cplus_demo" basic > "$OUT/log4cplus_basic.log"
"$B/log4cplus_demo" ttcc > "$OUT/log4cplus_ttcc.log"

# Boost.Log: trivial logger's default sink (stdout); add_file_log with a format string
"$B/boostlog_demo" trivial > "$OUT/boostlog_trivial.log"
"$B/boostlog_demo" file "$S/boostlog_file.log" && cp "$S/boostlog_file.log" "$OUT/boostlog_file.log"

# GLib: default writer, G_MESSAGES_DEBUG=all, stdout+stderr into one file; g_error() traps at the end
G_MESSAGES_DEBUG=all "$B/glib_demo" > "$OUT/glib_messages.log" 2>&1

# Qt 5: default message handler (stderr), no pattern; the qSetMessagePattern documentation's example;
# a time/type/category pattern. qFatal() aborts at the end.
"$B/qt_demo" 2> "$OUT/qt_default.log"
QT_MESSAGE_PATTERN='[%{time yyyyMMdd h:mm:ss.zzz t} %{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}%{if-critical}C%{endif}%{if-fatal}F%{endif}] %{file}:%{line} - %{message}' \
    "$B/qt_demo" 2> "$OUT/qt_pattern_doc.log"
QT_MESSAGE_PATTERN='%{time yyyy-MM-dd hh:mm:ss.zzz} %{type} %{category}: %{message}' \
    "$B/qt_demo" 2> "$OUT/qt_pattern_type.log"

# log4c: Debian's sample log4crc with the root category at trace on its "stdout" (basic layout) or
# "stderr" (dated layout) appender
LOG4C_RCPATH="$SRC/log4c/basic" "$B/log4c_demo" > "$OUT/log4c_basic.log"
LOG4C_RCPATH="$SRC/log4c/dated" "$B/log4c_demo" 2> "$OUT/log4c_dated.log"

# Easylogging++: default configuration; its default log file myeasylog.log in the working directory
# (the same lines also go to stdout). USER and HOSTNAME exported as a login shell in a container has them.
mkdir -p "$S/elpp" && (cd "$S/elpp" && USER=shop HOSTNAME=web-1 "$B/easylogging_demo" --v=2 > stdout.txt)
cp "$S/elpp/myeasylog.log" "$OUT/easylogging_default.log"

# log4cxx: BasicConfigurator; PropertyConfigurator with the documentation's "%d [%t] %-5p %c - %m%n"
"$B/log4cxx_demo" basic > "$OUT/log4cxx_basic.log"
"$B/log4cxx_demo" props "$SRC/log4cxx/log4cxx.properties" > "$OUT/log4cxx_pattern.log"

wc -l "$OUT"/*.log
