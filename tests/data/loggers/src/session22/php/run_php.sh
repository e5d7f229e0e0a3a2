#!/bin/bash
# PHP 8.2 CLI, log_errors to error_log (the file WordPress's WP_DEBUG_LOG and php.ini's error_log write): diagnostics, error_log(), an uncaught exception, a parse error.
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/php; rm -rf $W; mkdir -p $W $CORPUS/raw
for f in app deprecated fatal parse; do
  TZ=UTC php -n -d date.timezone=UTC -d log_errors=1 -d display_errors=0 -d error_log=$W/php_error.log -d error_reporting=E_ALL $D/$f.php > /dev/null 2>&1
done
cp $W/php_error.log $CORPUS/raw/php_error_log.log
