#!/bin/bash
# Firebird 3.0 SuperServer under its guardian (fbguard -forever, as Debian's unit runs it, but in the
# foreground), as user firebird. Activity with its own tools: isql-fb creates two databases, gfix
# sweeps and validates them, the server process is killed (the guardian restarts it), SIGTERM.
# Keeps /var/log/firebird/firebird3.0.log (Debian's path for firebird.log).
# usage: run_firebird.sh OUTDIR
set -u
OUT=$1
LOG=/var/log/firebird/firebird3.0.log
W=/tmp/w34b/firebird
rm -rf "$W"; mkdir -p "$W" /tmp/firebird /run/firebird3.0
chown firebird:firebird "$W" /tmp/firebird /run/firebird3.0
: > "$LOG"
export TZ=UTC
# Debian's package writes the SYSDBA password here at install
eval "$(grep -E '^ISC_(USER|PASSWORD)=' /etc/firebird/3.0/SYSDBA.password)"
export ISC_USER ISC_PASSWORD
cd /tmp || exit 1
runuser -u firebird -- /usr/sbin/fbguard -forever > "$W/stdout.txt" 2>&1 &
sleep 2
GUARD=$(pgrep -u firebird -x fbguard)
DB1="$W/shop.fdb"; DB2="$W/Café Zoë 東京.fdb"
for DB in "$DB1" "$DB2"; do
  isql-fb -q <<SQL
CREATE DATABASE 'localhost:$DB' DEFAULT CHARACTER SET UTF8;
CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(80));
INSERT INTO orders VALUES (1001, 'Café Zoë in 東京');
COMMIT;
SQL
done
gfix -sweep "localhost:$DB1"
gfix -sweep "localhost:$DB2"
gfix -v -full "localhost:$DB1"
echo "CONNECT 'localhost:$W/missing.fdb';" | isql-fb -q
# the server process dies: the guardian logs it and starts another
kill -9 "$(pgrep -P "$GUARD" -x firebird)"
sleep 3
gfix -sweep "localhost:$DB1"
kill -TERM "$GUARD"
sleep 3
cp "$LOG" "$OUT/firebird.log"
