#!/bin/bash
# chrony 4.3: chronyd -d (foreground, messages to stderr) -x (clock not touched), an unreachable server, a bad directive, chronyc commands.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/chrony; rm -rf $W; mkdir -p $W $CORPUS/raw; chmod 700 $W
cat > $W/chrony.conf <<C
server 127.0.0.1 port 5304 iburst minpoll 0 maxpoll 0
server ntp.invalid iburst
pool 127.0.0.3 port 5305
driftfile $W/drift
pidfile $W/chronyd.pid
bindcmdaddress $W/chronyd.sock
cmdport 0
port 0
makestep 1 3
rtcsync
logchange 0.5
bogusdirective yes please
C
TZ=UTC chronyd -d -x -u root -f $W/chrony.conf > $W/out.txt 2>&1
sed -i '/bogusdirective/d' $W/chrony.conf
TZ=UTC chronyd -d -x -L 0 -u root -f $W/chrony.conf >> $W/out.txt 2>&1 &
P=$!; sleep 6
chronyc -h $W/chronyd.sock sources > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'delete 127.0.0.1' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'add server 127.0.0.4 port 5306' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'offline' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'online' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'makestep' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'rekey' > /dev/null 2>&1
chronyc -h $W/chronyd.sock -a 'dump' > /dev/null 2>&1
sleep 3
kill -TERM $P; wait $P
cp $W/out.txt $CORPUS/raw/chronyd.log
