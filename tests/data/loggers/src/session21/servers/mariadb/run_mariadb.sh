#!/bin/bash
# MariaDB 10.11 (Debian) in /tmp: error log (log_error), slow query log (long_query_time=0.2), general log.
cd "$(dirname "$0")"; OUT=${CORPUS}/src/out; export TZ=UTC
D=/tmp/c21maria; rm -rf $D; mkdir -p $D/data; chown -R mysql:mysql $D
mariadb-install-db --user=mysql --datadir=$D/data --auth-root-authentication-method=normal > /dev/null 2>&1
mariadbd --user=mysql --datadir=$D/data --socket=$D/sock --port=13307 --bind-address=127.0.0.1 --pid-file=$D/pid \
  --log-error=$D/error.log --slow-query-log=1 --slow-query-log-file=$D/slow.log --long-query-time=0.2 \
  --log-slow-verbosity=query_plan --general-log=1 --general-log-file=$D/general.log --log-warnings=4 --lc-messages-dir=/usr/share/mysql --plugin-load-add=ha_nosuch_engine.so &
for i in $(seq 30); do [ -S $D/sock ] && break; sleep 0.5; done
q() { mariadb -S $D/sock -uroot "$@" >/dev/null 2>&1; }
q -e "CREATE DATABASE shop; CREATE TABLE shop.orders (id INT PRIMARY KEY, customer VARCHAR(100) NOT NULL) CHARSET utf8mb4"
q shop -e "INSERT INTO orders VALUES (1, 'Zoë \"quoted\" Łukasz'), (2, 'München')"
q shop -e "INSERT INTO orders VALUES (1, 'dup')"
q shop -e "SELECT SLEEP(0.3), customer FROM orders WHERE customer LIKE 'Z%'"
q shop -e "SELEC * FROM orders"
q shop -e "SELECT /* report:日本語 */ COUNT(*), SLEEP(0.25) FROM orders o1, orders o2"
mariadb -S $D/sock -unobody -pwrong -e "SELECT 1" 2>/dev/null
mariadb -S $D/sock -uroot nosuchdb -e "SELECT 1" 2>/dev/null
q -e "CREATE USER 'app'@'localhost' IDENTIFIED BY 'pw'; SELECT 'multi
line query' AS x"
q shop -e "SELECT SLEEP(0.21)"
q shop < slow_queries.sql
( q -e "SELECT SLEEP(5)" & C=$!; sleep 0.5; kill -9 $C ) ; sleep 0.3
q -e "KILL CONNECTION 99999"; q -e "SET GLOBAL innodb_buffer_pool_size=1"
mariadb-admin -S $D/sock -uroot shutdown
wait
cp $D/error.log $OUT/mariadb_error.log; cp $D/slow.log $OUT/mariadb_slow.log; cp $D/general.log $OUT/mariadb_general.log
