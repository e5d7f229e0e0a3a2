#!/bin/sh
# Regenerate set 37c: the two formatter runs (Java), the composed files, then the expected files and the check.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
sh "$HERE/java/run_java.sh"
python3 "$HERE/gen_composed.py"
python3 "$HERE/../make_expected.py"
python3 "$HERE/../make_expected.py" --check
