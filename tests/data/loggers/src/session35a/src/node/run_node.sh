#!/bin/sh
# Install log4javascript 1.4.16 from npm into a temporary folder and run the Node program; logs go to $OUT.
set -e
OUT=${OUT:-/tmp/w35a/out}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
(cd "$BUILD" && npm install --no-save --no-package-lock log4javascript@1.4.16 >/dev/null)
TZ=UTC NODE_PATH="$BUILD/node_modules" node "$HERE/shop_log4javascript.js" "$OUT/log4javascript_xmllayout.log"
rm -rf "$BUILD"
