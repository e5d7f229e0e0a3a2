#!/bin/bash
# TypeORM and Sequelize: stdout and stderr together (their loggers use both); the apps keep their own messages out (*.notes.json)
set -u
cd /tmp/w31c/node
export TZ=UTC
node typeorm_app.js > typeorm.log 2>&1; echo "typeorm exit=$?"
# Sequelize needs PostgreSQL 15 on 127.0.0.1:5499 with a database "lager" (trust auth, see run_pg.sh)
node sequelize_app.js > sequelize.log 2>&1; echo "sequelize exit=$?"
BENCHMARK=1 node sequelize_app.js > sequelize_benchmark.log 2>&1; echo "sequelize benchmark exit=$?"
