#!/bin/sh
# PostgreSQL 15.18 (Debian) with logging_collector and log_destination='csvlog,jsonlog' (jsonlog is new in 15).
set -e
cd "$(dirname "$0")"; OUT=${CORPUS}/src/out
export TZ=UTC LC_ALL=C.UTF-8
DIR=/tmp/c21pg; rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
as_pg() { su postgres -s /bin/sh -c "$*"; }
as_pg "/usr/lib/postgresql/15/bin/initdb -D $DIR/data -E UTF8 --locale=C.UTF-8 -A trust" > /dev/null
cat >> $DIR/data/postgresql.conf <<CONF
logging_collector = on
log_destination = 'csvlog,jsonlog'
log_directory = '$DIR/logs'
log_filename = 'pg.log'
log_connections = on
log_disconnections = on
log_timezone = 'UTC'
CONF
as_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $DIR/data -l $DIR/stderr.log -o '-p 15433 -k $DIR -c listen_addresses=127.0.0.1' -w start" > /dev/null
sql() { as_pg "PGAPPNAME=shop-api psql -X -q -h 127.0.0.1 -p 15433 -d postgres -c \"$1\"" > /dev/null 2>&1 || true; }
sql "CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL)"
sql "INSERT INTO orders VALUES (1, 'Zoë \\\"quoted\\\" Łukasz')"
sql "INSERT INTO orders VALUES (1, 'München')"
sql "SELECT 1/0"
sql "SELEC * FROM orders"
sql "SELECT * FROM missing_table"
sql "DO \\\$\\\$BEGIN RAISE WARNING 'stock low for item %', E'caf\\\\u00e9\\\\tline2'; END\\\$\\\$"
sql "DO \\\$\\\$BEGIN RAISE LOG 'nightly report: 日本語 %', 'ok'; END\\\$\\\$"
sql "DO \\\$\\\$BEGIN RAISE NOTICE 'two lines:
second line'; RAISE LOG 'multi
line log'; END\\\$\\\$"
sql "SET log_min_messages = debug1; CREATE INDEX ON orders (customer); VACUUM orders"
sql "INSERT INTO orders VALUES (2, NULL)"
as_pg "psql -X -q -h 127.0.0.1 -p 15433 -d nosuchdb -c 'SELECT 1'" > /dev/null 2>&1 || true
as_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $DIR/data -m fast -w stop" > /dev/null
ls $DIR/logs
cp $DIR/logs/pg.csv $OUT/postgresql_csvlog.log
cp $DIR/logs/pg.json $OUT/postgresql_jsonlog.jsonl
