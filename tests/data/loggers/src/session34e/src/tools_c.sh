#!/bin/sh
# ccache, distcc(d), valgrind, strace, meson on a tiny C program. Writes to $OUT.
set -u
OUT=${OUT:-/tmp/w34e/out}; W=${W:-/tmp/w34e/work/c}; SRC=$(cd "$(dirname "$0")" && pwd)/c
export TZ=UTC
rm -rf "$W"; mkdir -p "$W" "$OUT"; cp "$SRC"/*.c "$SRC"/meson.build "$W"; cd "$W"
# ccache: a miss, a hit, a failing compile
export CCACHE_DIR=$W/ccache
ccache gcc -O2 -c shop.c -o shop.o; rm shop.o
export CCACHE_LOGFILE=$OUT/ccache.log
ccache gcc -O2 -c shop.c -o shop.o; ccache gcc -O2 -c shop.c -o shop.o; ccache gcc -c bad.c -o bad.o 2>/dev/null
unset CCACHE_DIR CCACHE_LOGFILE
# distccd in the foreground, debug log to a file; two jobs and a failing one through the distcc client
: > "$OUT/distccd.log"; chmod 666 "$OUT/distccd.log"
distccd --no-detach --daemon --allow 127.0.0.1 --listen 127.0.0.1 --port 36321 --log-file "$OUT/distccd.log" --log-level info --jobs 1 &
DPID=$!; sleep 1
export DISTCC_HOSTS=127.0.0.1:36321/1 DISTCC_SKIP_LOCAL_RETRY=1
distcc gcc -c shop.c -o shop2.o; distcc gcc -c bad.c -o bad2.o 2>/dev/null
sleep 1; kill -TERM $DPID; wait $DPID
# valgrind memcheck's log file
gcc -g -O0 shop.c -o shop && valgrind --leak-check=full --log-file="$OUT/valgrind.log" ./shop >/dev/null
# strace -f -tt of a small shell job
LC_ALL=C strace -f -tt -e trace=%file,%process,write -o "$OUT/strace.log" sh -c 'cat "/tmp/no such file Café" 2>/dev/null; printf "x\n" > /dev/null; exit 3'
true
