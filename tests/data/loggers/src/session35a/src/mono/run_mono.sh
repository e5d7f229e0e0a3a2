#!/bin/sh
# Build and run the .NET program under Mono (Debian mono-mcs/mono-runtime 6.8); logs go to $OUT.
set -e
OUT=${OUT:-/tmp/w35a/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
mcs -d:TRACE -out:"$BUILD/ShopXmlTrace.exe" -r:System.dll "$HERE/ShopXmlTrace.cs"
rm -f "$OUT/dotnet_xmlwritertracelistener.log"   # XmlWriterTraceListener appends
TZ=UTC mono "$BUILD/ShopXmlTrace.exe" "$OUT/dotnet_xmlwritertracelistener.log"
rm -rf "$BUILD"
