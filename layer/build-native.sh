#!/usr/bin/env bash
# Builds logmr's C kernels (native/json_tally.c with the yyjson library it reads JSON with,
# native/key_counts.c, native/group_dfa.c, native/dfa_count.c, native/quote_cut.c, native/json_text.c and native/line_hits.c) as the
# extension module logmr_native.abi3.so, for CPython 3.11 and later (the stable ABI).
#   bash layer/build-native.sh OUT_DIR [PYTHON]
# CC picks the compiler (default cc; the Makefile here passes zig's, for Lambda's platform), CFLAGS
# adds flags after ours; PYTHON (default python3, 3.11 or later) gives the headers: for another
# architecture than the host's, a Python whose pyconfig.h is not per architecture (pyenv's,
# python.org's; not Debian's python3-dev). logmr reads JSON without it where it is missing, slower.
# (Here in layer/, which sam build copies whole before it runs the Makefile.)
set -euo pipefail
if [ $# -lt 1 ]; then
    echo "usage: bash layer/build-native.sh OUT_DIR [PYTHON]" >&2
    exit 2
fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
include=$("${2:-python3}" -c 'import sys, sysconfig
assert sys.version_info >= (3, 11), "Python 3.11 or later needed (the stable ABI of 3.11)"
print(sysconfig.get_paths()["include"])')
test -f "$include/Python.h" || { echo "no Python.h in $include (Debian: apt-get install python3-dev)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
trap 'rm -f "$out/logmr_native.abi3.so.tmp"' EXIT
# shellcheck disable=SC2086  # CC may be a command with arguments (python -m ziglang cc -target ...); CFLAGS last
${CC:-cc} -O3 -g0 -s -shared -fPIC -fvisibility=hidden -I"$include" \
    -DYYJSON_DISABLE_UTILS=1 -DYYJSON_DISABLE_NON_STANDARD=1 ${CFLAGS:-} \
    "$here/native/json_tally.c" "$here/native/key_counts.c" "$here/native/group_dfa.c" \
    "$here/native/json_text.c" "$here/native/line_hits.c" "$here/native/dfa_count.c" "$here/native/quote_cut.c" \
    "$here/native/yyjson/yyjson.c" \
    -o "$out/logmr_native.abi3.so.tmp"
mv "$out/logmr_native.abi3.so.tmp" "$out/logmr_native.abi3.so"
