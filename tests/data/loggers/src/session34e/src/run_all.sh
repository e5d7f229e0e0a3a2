#!/bin/sh
# Re-run every tool of corpus 34e; logs go to /tmp/w34e/out (then copied to the corpus by hand).
# Needs: apt-get install --no-install-recommends git ccache distcc valgrind strace qemu-system-x86 curl;
# a venv at /tmp/w34e/venv with src/py/requirements.txt; `npm ci` of src/node into /tmp/w34e/work/npm.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=/tmp/w34e/out TZ=UTC
rm -rf "$OUT"; mkdir -p "$OUT"
"$HERE/git_traces.sh"
"$HERE/tools_c.sh"
"$HERE/py_tools.sh"
"$HERE/node_tools.sh"
"$HERE/sys_tools.sh"
rm -f "$OUT/meson_log.log"
ls -l "$OUT"
