#!/bin/bash
# PM2 7.0.4 (PM2_HOME in the work dir, its own daemon): `pm2 start pm2_app.js --name shop --time -l combined.log`; the app crashes twice
# (restarts, then --max-restarts stops it), `pm2 restart`, `pm2 reload` of an unknown app, `pm2 stop`, `pm2 kill`.
# Captures the daemon's pm2.log and the app's combined log with --time stamps.
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/pm2; rm -rf $W; mkdir -p $W $CORPUS/raw
export PM2_HOME=$W/home TZ=UTC; PM2=$CORPUS/node/node_modules/.bin/pm2
cd $W
$PM2 start $D/pm2_app.js --name shop --time -l $W/combined.log --max-restarts 2 --restart-delay 300 >/dev/null 2>&1
sleep 5
$PM2 restart shop >/dev/null 2>&1; sleep 0.5
$PM2 reload nosuchapp >/dev/null 2>&1
$PM2 stop shop >/dev/null 2>&1; sleep 0.5
$PM2 kill >/dev/null 2>&1
cp $PM2_HOME/pm2.log $CORPUS/raw/pm2_daemon.log; cp $W/combined.log $CORPUS/raw/pm2_app_time.log
