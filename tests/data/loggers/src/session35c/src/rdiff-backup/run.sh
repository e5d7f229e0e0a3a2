#!/bin/bash
# rdiff-backup 2.2: its own log file in the repository, rdiff-backup-data/backup.log, at verbosity 5 (-v5: the
# documented "info" level): two backups (a file it cannot read, non-ASCII names, a changed file). The list, the
# restore of a missing path and the backup onto a target that is not a repository log to the console only.
set -u
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC
W=/tmp/w35c/rdiff
rm -rf "$W" "$OUT/rdiff_backup.log"; mkdir -p "$W/data/sub" "$W/notrepo"
printf 'listen = 127.0.0.1:8080\n' > "$W/data/shop.conf"
printf 'Café Zoë in 東京\n' > "$W/data/sub/café-zoë.txt"
printf 'secret\n' > "$W/data/unreadable.txt"; chmod 000 "$W/data/unreadable.txt"
printf 'x\n' > "$W/notrepo/file"
chown -R nobody "$W"
chown root "$W/data/unreadable.txt"   # owned by root, mode 000: rdiff-backup (as nobody) cannot read it
R=(runuser -u nobody -- env TZ=UTC HOME="$W" rdiff-backup -v5)
{
"${R[@]}" backup "$W/data" "$W/repo"
sleep 1
printf 'name = shop\n' >> "$W/data/shop.conf"
"${R[@]}" backup "$W/data" "$W/repo"
"${R[@]}" list increments "$W/repo"
"${R[@]}" restore --at now "$W/repo/no/such/file" "$W/restored"
"${R[@]}" backup "$W/data" "$W/notrepo"
} > "$W/console.txt" 2>&1
cp "$W/repo/rdiff-backup-data/backup.log" "$OUT/rdiff_backup.log"
true
