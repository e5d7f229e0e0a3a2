#!/bin/bash
# BorgBackup 1.2 with --debug: its Python logging on stderr in the default format (the bare message), stdout and
# stderr together -> borg_debug.log; then the same with --log-json (one JSON object a line), stderr only ->
# borg_log_json.jsonl. Steps: init, create --list --stats (a file it cannot read, non-ASCII names), list, check,
# extract of a missing archive, list with a wrong passphrase.
set -u
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC BORG_PASSPHRASE='correct horse' BORG_RELOCATED_REPO_ACCESS_IS_OK=yes
W=/tmp/w35c/borg
steps() {  # $1: extra log option ("" or --log-json)
  export BORG_BASE_DIR=$W/base
  borg $1 --debug init --encryption=repokey "$W/repo"
  # the create runs as an unprivileged user so that the unreadable file really is (root reads anything)
  chown -R nobody "$W"
  runuser -u nobody -- env TZ=UTC BORG_BASE_DIR=$W/base-nobody BORG_PASSPHRASE='correct horse' \
    borg $1 --debug create --list --stats "$W/repo::shop-1" data
  borg $1 --debug list "$W/repo"
  borg $1 --debug check "$W/repo"
  borg $1 --debug extract "$W/repo::no-such-archive"
  BORG_PASSPHRASE=wrong borg $1 --debug list "$W/repo"
}
prepare() {
  rm -rf "$W"; mkdir -p "$W/data/sub"
  printf 'listen = 127.0.0.1:8080\n' > "$W/data/shop.conf"
  printf 'Café Zoë in 東京\n' > "$W/data/sub/café-zoë.txt"
  head -c 200000 /dev/urandom > "$W/data/blob.bin"
  printf 'secret\n' > "$W/data/unreadable.txt"; chmod 000 "$W/data/unreadable.txt"
}
prepare; cd "$W"; steps "" > "$OUT/borg_debug.log" 2>&1
prepare; cd "$W"; steps --log-json 2> "$OUT/borg_log_json.jsonl" > /dev/null
true
