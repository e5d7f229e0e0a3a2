#!/bin/sh
# Regenerate every composed file of session 36d and its expected records (standard library only).
set -e
cd "$(dirname "$0")/.."
TZ=UTC python3 src/gen_cloud.py
python3 make_expected.py
python3 make_expected.py --check
