#!/bin/bash
# a throwaway PostgreSQL 15 cluster for Sequelize (trust auth on 127.0.0.1:5499; no password)
set -eu
mkdir -p /tmp/w31c/pg && chown postgres /tmp/w31c/pg
su postgres -c "TZ=UTC /usr/lib/postgresql/15/bin/initdb -D /tmp/w31c/pg/data -A trust -U postgres"
su postgres -c "TZ=UTC /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/w31c/pg/data -o '-k /tmp/w31c/pg -c listen_addresses=127.0.0.1 -p 5499' -l /tmp/w31c/pg/server.log start"
sleep 2
psql -h 127.0.0.1 -p 5499 -U postgres -c 'create database lager'
# stop: su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /tmp/w31c/pg/data stop"
