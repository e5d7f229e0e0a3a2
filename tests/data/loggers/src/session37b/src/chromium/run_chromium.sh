#!/bin/bash
# Chromium 156 (Debian 12 chromium 156.0.8078.114-1~deb12u1), headless, as root (hence --no-sandbox).
# The binary is run directly (/usr/lib/chromium/chromium), not Debian's /usr/bin/chromium wrapper, so that the
# wrapper's exported API keys are not echoed by --v=1 (google_apis/api_key_cache.cc logs their values).
# No system D-Bus here: Chromium logs its failed connections (ERROR:dbus/...). No network: fetches fail.
set -u
export TZ=UTC
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/set37b/out}
PAGE=file://$HERE/page.html
CHROME=/usr/lib/chromium/chromium

# 1. stderr: --enable-logging=stderr --v=1 on the test page. Three chatty modules are held at 0 with --vmodule
#    (the histogram dump of statistics_recorder.cc is ~9,700 lines, blink's import-map notes ~240), every other
#    module at VERBOSE1. Then, appended to the same file, a run that navigates to chrome://checkcrash/ (the renderer
#    CHECKs; crashpad's handler logs in its own [MMDD/HHMMSS.micro:LEVEL:file:line] form, without pid:tid).
F="$OUT/chromium_stderr_v1.log"
rm -rf /tmp/chr_stderr
timeout 60 $CHROME --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr_stderr \
  --enable-logging=stderr --v=1 --vmodule=statistics_recorder=0,modulator_impl_base=0,signal_filter_processor=0 \
  --virtual-time-budget=3000 --dump-dom "$PAGE" > /dev/null 2> "$F"
echo "stderr run rc=$?"
#    Whether the dying renderer's own ERROR line reaches stderr is a race: the run is tried up to 3 times and the
#    first run whose stderr has it is appended (the others are discarded).
for try in 1 2 3; do
  timeout 60 $CHROME --headless --no-sandbox --allow-chrome-scheme-url --user-data-dir=/tmp/chr_stderr \
    --enable-logging=stderr --dump-dom chrome://checkcrash/ > /dev/null 2> /tmp/chr_checkcrash.err
  echo "checkcrash run $try rc=$?"
  grep -q 'Intentionally causing CHECK' /tmp/chr_checkcrash.err && break
done
cat /tmp/chr_checkcrash.err >> "$F"

# 2. --enable-logging --log-file=FILE (the browser truncates the file at start: one run), default level (INFO and
#    up) plus profile_manager.cc at VERBOSE1, on the same test page.
rm -rf /tmp/chr_file
timeout 60 $CHROME --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr_file --enable-logging \
  --log-file="$OUT/chromium_logfile.log" --vmodule=profile_manager=1 \
  --virtual-time-budget=3000 --dump-dom "$PAGE" > /dev/null 2> /tmp/chr_file.err
echo "log-file run rc=$?"
rm -rf /tmp/chr_stderr /tmp/chr_file
