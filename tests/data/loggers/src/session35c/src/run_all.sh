#!/bin/bash
# Re-run every tool (after setup.sh) and copy the logs beside this folder's parent (the corpus folder).
# Times, pids, ids and ports change on each run; then run make_expected.py.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=/tmp/w35c/out TZ=UTC
rm -rf "$OUT"; mkdir -p "$OUT"
for t in ansible puppet packer vagrant serf salt cfengine honcho circus nox buildbot borg duplicity rdiff-backup azure; do
  echo "== $t"; "$HERE/$t/run.sh"
done
cp "$OUT"/*.log "$OUT"/*.jsonl "$HERE/.." && chmod 644 "$HERE"/../*.log "$HERE"/../*.jsonl
