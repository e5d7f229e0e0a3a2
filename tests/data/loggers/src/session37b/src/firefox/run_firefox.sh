#!/bin/bash
# Firefox ESR 153.8.0esr (Debian 12 firefox-esr 153.8.0esr-1~deb12u1), headless, MOZ_LOG.
# The test page (src/chromium/page.html, its fetch pointed at the same server with a non-ASCII query) is served by
# python3 -m http.server on 127.0.0.1:8137. user.js turns off most background fetches (remote settings points at
# 127.0.0.1:1, which refuses); what remains tries the network and fails (no internet here).
set -u
export TZ=UTC
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/set37b/out}
SITE=/tmp/ff_site
rm -rf $SITE; mkdir -p $SITE
sed 's#http://shop.invalid/api/cart#/api/cart?q=gr%C3%B6%C3%9Fe#' "$HERE/../chromium/page.html" > $SITE/index.html
( cd $SITE && exec python3 -m http.server 8137 --bind 127.0.0.1 > /tmp/ff_httpd.log 2>&1 ) &
HTTPD=$!
sleep 1

# 1. MOZ_LOG on stderr with the timestamp option: every level letter E W I D V (nsHttp at 1 = its LOG1 lines,
#    which Necko writes at Error level whatever they say, incl. the request/response header dumps).
rm -rf /tmp/ff_prof; mkdir -p /tmp/ff_prof; cp "$HERE/user.js" /tmp/ff_prof/
MOZ_LOG='timestamp,nsHttp:1,nsHostResolver:1,textrun:2,cubeb:2,PageLoad:4,idleService:4,Process:5,URLPreloader:3' \
  timeout 60 firefox-esr --headless --no-remote --profile /tmp/ff_prof --screenshot /tmp/ff_shot.png \
  http://127.0.0.1:8137/index.html > /dev/null 2> "$OUT/firefox_moz_log_stderr.log"
echo "stderr run rc=$?"

# 2. MOZ_LOG_FILE, nsHttp:5, no timestamp option: Firefox writes <file>.moz_log for the parent process and
#    <file>.child-N.moz_log for each child; the content process's file (the page's own requests) is kept.
rm -rf /tmp/ff_prof /tmp/ff_logs; mkdir -p /tmp/ff_prof /tmp/ff_logs; cp "$HERE/user.js" /tmp/ff_prof/
MOZ_LOG_FILE=/tmp/ff_logs/moz.log MOZ_LOG='nsHttp:5' \
  timeout 60 firefox-esr --headless --no-remote --profile /tmp/ff_prof --screenshot /tmp/ff_shot.png \
  http://127.0.0.1:8137/index.html > /dev/null 2> /tmp/ff_file_run.err
echo "file run rc=$?"; ls -l /tmp/ff_logs
cp /tmp/ff_logs/moz.log.child-1.moz_log "$OUT/firefox_moz_log_child.log"

kill $HTTPD; wait $HTTPD 2>/dev/null
rm -rf /tmp/ff_prof /tmp/ff_shot.png
