#!/bin/bash
# PgBouncer 1.18: logfile (its default layout '%Y-%m-%d %H:%M:%S.mmm UTC [pid] LEVEL message'), verbose=0 (LOG, WARNING, ERROR); no PostgreSQL behind it
# (server connections fail), a wrong password, an unknown database, the admin console (SHOW, RELOAD), SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/pgbouncer; rm -rf $W; mkdir -p $W $CORPUS/raw; chown postgres $W 2>/dev/null || chmod 777 $W
cat > $W/userlist.txt <<U
"shop" "s3cret"
"admin" "adm1n"
U
cat > $W/pgbouncer.ini <<C
[databases]
shopdb = host=127.0.0.1 port=5398 dbname=shop
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = 5380
unix_socket_dir =
auth_type = plain
auth_file = $W/userlist.txt
admin_users = admin
logfile = $W/pgbouncer.log
pidfile = $W/pgbouncer.pid
verbose = 0
server_connect_timeout = 2
server_login_retry = 1
C
chown -R postgres $W 2>/dev/null
TZ=UTC runuser -u postgres -- pgbouncer $W/pgbouncer.ini > $W/stdout.txt 2>&1 &
sleep 2
export PGCONNECT_TIMEOUT=3
PGPASSWORD=s3cret psql "host=127.0.0.1 port=5380 user=shop dbname=shopdb" -c 'select 1' > /dev/null 2>&1
PGPASSWORD=wrong psql "host=127.0.0.1 port=5380 user=shop dbname=shopdb" -c 'select 1' > /dev/null 2>&1
PGPASSWORD=s3cret psql "host=127.0.0.1 port=5380 user=shop dbname=nosuchdb" -c 'select 1' > /dev/null 2>&1
PGPASSWORD=adm1n psql "host=127.0.0.1 port=5380 user=admin dbname=pgbouncer" -c 'SHOW POOLS' > /dev/null 2>&1
PGPASSWORD=adm1n psql "host=127.0.0.1 port=5380 user=admin dbname=pgbouncer" -c 'RELOAD' > /dev/null 2>&1
PGPASSWORD=adm1n psql "host=127.0.0.1 port=5380 user=admin dbname=pgbouncer" -c 'DROP TABLE x' > /dev/null 2>&1
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 2 python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',5380)); s.sendall(sys.stdin.buffer.read()); s.recv(100)" 2>/dev/null
sleep 3
kill -TERM $(cat $W/pgbouncer.pid); sleep 1
cp $W/pgbouncer.log $CORPUS/raw/pgbouncer.log
