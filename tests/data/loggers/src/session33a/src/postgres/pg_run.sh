#!/bin/bash
# Run inside `unshare -n`: PostgreSQL 15 (Debian) with the log_line_prefix pgBadger's documentation asks for
# ('%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h '), the logging collector writing its own file, statement
# durations, connections, checkpoints, lock waits, temp files; then pgpool-II 4.3.5 in front of it (second
# backend dead: health check, failover), its log on stderr with its default prefix ('%m: %a pid %p: ').
set -u
ip link set lo up
export TZ=UTC LC_ALL=C.UTF-8
S=/tmp/w33a/scratch/pg
rm -rf $S; mkdir -p $S/logs $S/pgpool; chown -R postgres $S
as_pg() { su postgres -s /bin/bash -c "$*"; }
as_pg "/usr/lib/postgresql/15/bin/initdb -D $S/data -E UTF8 --locale=C.UTF-8 -A trust" > $S/initdb.txt 2>&1
cat >> $S/data/postgresql.conf <<CONF
listen_addresses = '127.0.0.1'
port = 15432
unix_socket_directories = '$S'
logging_collector = on
log_directory = '$S/logs'
log_filename = 'postgresql.log'
log_line_prefix = '%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h '
log_min_duration_statement = 0
log_checkpoints = on
log_connections = on
log_disconnections = on
log_lock_waits = on
deadlock_timeout = 200ms
log_temp_files = 0
log_autovacuum_min_duration = 0
log_error_verbosity = default
lc_messages = 'C'
work_mem = '64kB'
CONF
as_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $S/data -w start" > $S/pgctl.txt 2>&1
P="psql -X -q -h 127.0.0.1 -p 15432"
sql() { as_pg "PGAPPNAME='$1' $P -U ${3:-postgres} -d ${4:-postgres} -c \"$2\"" > /dev/null 2>&1; }
sql setup "CREATE DATABASE shop"
sql setup "CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, city text)" postgres shop
sql setup "CREATE ROLE kasse LOGIN" 
sql setup "GRANT ALL ON orders TO kasse" postgres shop
sql kasse-app "INSERT INTO orders VALUES (1, 'Zoë', 'Köln')" kasse shop
sql kasse-app "INSERT INTO orders VALUES (1, 'Łukasz', 'München')" kasse shop
sql kasse-app "SELECT 1/0" kasse shop
sql kasse-app "SELEC * FROM orders" kasse shop
sql kasse-app "INSERT INTO orders VALUES (2, NULL, '東京')" kasse shop
sql report "SELECT city,
       count(*)
  FROM orders
 GROUP BY city
 ORDER BY 2 DESC" kasse shop
sql report "DO \\\$\\\$BEGIN RAISE WARNING 'Lagerbestand niedrig: %', 'Kölsch'; RAISE NOTICE 'nur zur Info'; END\\\$\\\$" kasse shop
sql report "SELECT * FROM generate_series(1, 200000) g ORDER BY g DESC LIMIT 1" postgres shop
as_pg "$P -U niemand -d shop -c 'SELECT 1'" > /dev/null 2>&1
as_pg "$P -U postgres -d gibtsnicht -c 'SELECT 1'" > /dev/null 2>&1
# a lock wait and a deadlock: two sessions
as_pg "PGAPPNAME=sitzung-a $P -U postgres -d shop" > /dev/null 2>&1 <<SQL &
BEGIN;
UPDATE orders SET city = 'Bonn' WHERE id = 1;
SELECT pg_sleep(0.5);
INSERT INTO orders VALUES (3, 'x', 'y');
SELECT pg_sleep(1);
COMMIT;
SQL
sleep 0.2
as_pg "PGAPPNAME=sitzung-b $P -U postgres -d shop" > /dev/null 2>&1 <<SQL
BEGIN;
INSERT INTO orders VALUES (3, 'x', 'y');
UPDATE orders SET city = 'Bonn' WHERE id = 1;
COMMIT;
SQL
wait
sql admin "CHECKPOINT"
sql admin "VACUUM ANALYZE orders" postgres shop

# pgpool-II in front: backend 0 is this server, backend 1 (port 15433) does not exist
cat > $S/pgpool/pgpool.conf <<CONF
backend_clustering_mode = 'streaming_replication'
listen_addresses = '127.0.0.1'
port = 9999
unix_socket_directories = '$S/pgpool'
pcp_listen_addresses = '127.0.0.1'
pcp_port = 9898
pcp_socket_dir = '$S/pgpool'
pid_file_name = '$S/pgpool/pgpool.pid'
logdir = '$S/pgpool'
backend_hostname0 = '127.0.0.1'
backend_port0 = 15432
backend_weight0 = 1
backend_flag0 = 'ALLOW_TO_FAILOVER'
backend_application_name0 = 'knoten0'
backend_hostname1 = '127.0.0.1'
backend_port1 = 15433
backend_weight1 = 1
backend_flag1 = 'ALLOW_TO_FAILOVER'
backend_application_name1 = 'knoten1'
sr_check_period = 5
sr_check_user = 'postgres'
health_check_period = 2
health_check_timeout = 5
health_check_user = 'postgres'
health_check_max_retries = 1
health_check_retry_delay = 1
num_init_children = 4
max_pool = 2
log_destination = 'stderr'
log_connections = on
log_disconnections = on
log_statement = on
log_per_node_statement = on
log_min_messages = info
load_balance_mode = on
enable_pool_hba = off
CONF
echo 'postgres:e8a48653851e28c69d0506508fb27fc5' > $S/pgpool/pcp.conf
chown -R postgres $S/pgpool
as_pg "pgpool -n -f $S/pgpool/pgpool.conf -F $S/pgpool/pcp.conf" > $S/pgpool/pgpool_stderr.log 2>&1 &
sleep 6
Q="psql -X -q -h 127.0.0.1 -p 9999"
as_pg "PGAPPNAME=ueber-pgpool $Q -U kasse -d shop -c \"SELECT customer, city FROM orders WHERE city = 'Köln'\"" > /dev/null 2>&1
as_pg "PGAPPNAME=ueber-pgpool $Q -U kasse -d shop -c \"INSERT INTO orders VALUES (1, 'doppelt', 'Köln')\"" > /dev/null 2>&1
as_pg "PGAPPNAME=ueber-pgpool $Q -U kasse -d shop -c 'SELECT * FROM fehlt'" > /dev/null 2>&1
as_pg "PGAPPNAME=ueber-pgpool $Q -U kasse -d gibtsnicht -c 'SELECT 1'" > /dev/null 2>&1
PCPPASSFILE=/dev/null pcp_node_info -h 127.0.0.1 -p 9898 -U postgres -w -n 1 > /dev/null 2>&1
sleep 4
as_pg "pgpool -f $S/pgpool/pgpool.conf -m fast stop" > $S/pgpool/stop.txt 2>&1
sleep 2
as_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $S/data -m fast -w stop" >> $S/pgctl.txt 2>&1
exit 0
