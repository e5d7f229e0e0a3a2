#!/bin/bash
# Packer's debug log: PACKER_LOG=1 with PACKER_LOG_PATH (the log the docs tell users to send with a bug report)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC CHECKPOINT_DISABLE=1 PACKER_CACHE_DIR=/tmp/w35c/packer_cache
rm -f "$OUT/packer.log"
cd "$HERE"
PACKER_LOG=1 PACKER_LOG_PATH="$OUT/packer.log" packer build -color=false shop.json > /dev/null 2>&1

true
