#!/bin/sh
# Build and run the log4cxx program (Debian liblog4cxx-dev 1.0.0); logs go to $OUT.
set -e
OUT=${OUT:-/tmp/w35a/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
g++ -O0 -o "$BUILD/shop_log4cxx" "$HERE/shop_log4cxx.cpp" -llog4cxx
export TZ=UTC LC_ALL=C.UTF-8
logfile="$OUT/log4cxx_xmllayout_location_props.log" "$BUILD/shop_log4cxx" "$HERE/log4cxx_xml_location_props.properties"
logfile="$OUT/log4cxx_xmllayout.log" "$BUILD/shop_log4cxx" "$HERE/log4cxx_xml_default.properties"
rm -rf "$BUILD"
