#!/bin/sh
# Run PostgreSQL (Debian's 15) on a loopback port with its default log_line_prefix ('%m [%p] ') and
# stderr logging, run statements that log notices, warnings and errors (with their DETAIL, HINT,
# CONTEXT and STATEMENT lines), stop it, and copy its log to ../../postgresql_stderr.log. TZ=UTC.
set -e
cd "$(dirname "$0")"
OUT=$(cd ../.. && pwd)
export TZ=UTC LC_ALL=C.UTF-8
DIR=/tmp/corpus-pg
rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
as_pg() { su postgres -s /bin/sh -c "$*"; }
as_pg "initdb -D $DIR/data -E UTF8 --locale=C.UTF-8 -A trust" > /dev/null
as_pg "pg_ctl -D $DIR/data -l $DIR/server.log -o '-p 15432 -k $DIR -c listen_addresses=127.0.0.1' -w start" > /dev/null
sql() { as_pg "psql -X -q -h 127.0.0.1 -p 15432 -d postgres -c \"$1\"" > /dev/null 2>&1 || true; }
sql "CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL)"
sql "INSERT INTO orders VALUES (1, 'Zoë Łukasz-Søren')"
sql "INSERT INTO orders VALUES (1, 'München')"
sql "SELECT 1/0"
sql "SELEC * FROM orders"
sql "SELECT * FROM missing_table"
sql "DO \\\$\\\$BEGIN RAISE WARNING 'stock low for item %', 42; END\\\$\\\$"
sql "DO \\\$\\\$BEGIN RAISE LOG 'nightly report: 日本語 %', 'ok'; END\\\$\\\$"
sql "INSERT INTO orders VALUES (2, NULL)"
as_pg "psql -X -q -h 127.0.0.1 -p 15432 -d nosuchdb -c 'SELECT 1'" > /dev/null 2>&1 || true
as_pg "pg_ctl -D $DIR/data -m fast -w stop" > /dev/null
cp "$DIR/server.log" "$OUT/postgresql_stderr.log"
