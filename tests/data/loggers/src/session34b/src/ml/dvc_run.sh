#!/bin/bash
# DVC -v on a scratch repo: add, status, a push with no remote (error + traceback), gc (a warning).
# usage: dvc_run.sh VENV_BIN OUTFILE
set -u
BIN=$1; OUT=$2
W=$(mktemp -d /tmp/w34b/dvcrepo.XXXX)
cd "$W" || exit 1
git init -q . && git config user.email shop@example.com && git config user.name shop
export TZ=UTC DVC_NO_ANALYTICS=1
"$BIN/dvc" init -q
{
  mkdir -p data && printf 'id\tcustomer\n1001\tCafé Zoë in 東京\n1002\tO'"'"'Brien "Bob"\n' > 'data/orders Zoë 東京.tsv'
  "$BIN/dvc" add -v 'data/orders Zoë 東京.tsv'
  "$BIN/dvc" status -v
  "$BIN/dvc" push -v
  "$BIN/dvc" gc -v -w -f
} > "$OUT" 2>&1
rm -rf "$W"
