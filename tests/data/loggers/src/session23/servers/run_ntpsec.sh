#!/bin/bash
# NTPsec 1.2.2: ntpd -n (foreground) with logfile and `logconfig =all`, servers on loopback ports nobody answers (no traffic leaves the machine),
# an unknown config keyword, a refclock that does not exist, ntpq queries; SIGTERM. -x (slew only) and nothing ever synchronises, so the clock is untouched.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/ntpsec; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/ntp.conf <<C
logfile $W/ntpd.log
logconfig =all
driftfile $W/ntp.drift
statsdir $W/
server 127.0.0.2 iburst minpoll 3 maxpoll 4
server 127.0.0.3 iburst
refclock shm unit 7
frobnicate yes
restrict default kod nomodify noquery limited
restrict 127.0.0.1
interface ignore wildcard
interface listen 127.0.0.1
C
TZ=UTC ntpd -n -x -g -c $W/ntp.conf -p $W/ntpd.pid > $W/stdout.txt 2>&1 & P=$!; sleep 6
ntpq -c peers 127.0.0.1 >/dev/null 2>&1; ntpq -c rv 127.0.0.1 >/dev/null 2>&1
sleep 3; kill -TERM $P; wait $P
cp $W/ntpd.log $CORPUS/raw/ntpsec.log
