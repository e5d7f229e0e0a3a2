#!/bin/bash
# duplicity 0.8 with --log-file (its machine-readable log: "LEVEL n" then ". "-prefixed message lines, a blank line
# after each record) at --verbosity info: a full backup to a local file:// target (a file it cannot read,
# non-ASCII names), an incremental, a collection-status, a restore of a missing path, a wrong passphrase.
set -u
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC PASSPHRASE='correct horse'
W=/tmp/w35c/duplicity
rm -rf "$W" "$OUT/duplicity.log"; mkdir -p "$W/data/sub" "$W/archive"
printf 'listen = 127.0.0.1:8080\n' > "$W/data/shop.conf"
printf 'Café Zoë in 東京\n' > "$W/data/sub/café-zoë.txt"
printf 'secret\n' > "$W/data/unreadable.txt"; chmod 000 "$W/data/unreadable.txt"
chown -R nobody "$W"
D=(runuser -u nobody -- env TZ=UTC PASSPHRASE="$PASSPHRASE" HOME="$W" duplicity --archive-dir "$W/archive" --log-file "$OUT/duplicity.log" --verbosity info)
touch "$OUT/duplicity.log"; chown nobody "$OUT/duplicity.log"
{
"${D[@]}" full "$W/data" "file://$W/target"
printf 'name = shop\n' >> "$W/data/shop.conf"
"${D[@]}" incremental "$W/data" "file://$W/target"
"${D[@]}" collection-status "file://$W/target"
"${D[@]}" restore --file-to-restore no/such/file "file://$W/target" "$W/restored"
runuser -u nobody -- env TZ=UTC PASSPHRASE=wrong HOME="$W" duplicity --archive-dir "$W/archive2" --log-file "$OUT/duplicity.log" --verbosity info list-current-files "file://$W/target"
} > /dev/null 2>&1
chown root "$OUT/duplicity.log"
true
