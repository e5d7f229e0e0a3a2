#!/bin/sh
# Mono 6.8 (Debian): build ShopTrace.cs with mcs and run it; logs go to $OUT.
OUT=${OUT:-/tmp/w34f/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
export TZ=UTC
mcs -d:TRACE -out:"$BUILD/ShopTrace.exe" "$HERE/ShopTrace.cs"
rm -f "$OUT/dotnet_trace_textwriter.log"
mono "$BUILD/ShopTrace.exe" trace "$OUT/dotnet_trace_textwriter.log"
mono "$BUILD/ShopTrace.exe" source > "$OUT/dotnet_tracesource_console.log" 2>&1
# Mono's own runtime trace: assembly loader messages at info level, to a file (MONO_LOG_DEST)
rm -f "$OUT/mono_log_asm.log"
MONO_LOG_DEST="$OUT/mono_log_asm.log" MONO_LOG_LEVEL=info MONO_LOG_MASK=asm mono "$BUILD/ShopTrace.exe" trace "$BUILD/trace.log"
rm -rf "$BUILD"
