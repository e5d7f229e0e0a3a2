#!/bin/bash
# collectd 5.12.0: -f, a first start that fails on config errors, then a good start; logfile plugin (debug, timestamps, severity), cpu/memory/load/csv plugins, an unknown plugin, a bad option, a unixsock command; SIGTERM after ~7 s.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/collectd; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/collectd.conf <<C
Hostname "shop-db-1"
FQDNLookup false
BaseDir "$W"
PIDFile "$W/collectd.pid"
PluginDir "/usr/lib/collectd"
TypesDB "/usr/share/collectd/types.db"
Interval 2
LoadPlugin logfile
<Plugin logfile>
  LogLevel debug
  File "$W/collectd.log"
  Timestamp true
  PrintSeverity true
</Plugin>
LoadPlugin cpu
LoadPlugin memory
LoadPlugin load
LoadPlugin nosuchplugin
LoadPlugin csv
<Plugin csv>
  DataDir "$W/csv"
  StoreRates true
  FrobnicateLevel 3
</Plugin>
LoadPlugin unixsock
<Plugin unixsock>
  SocketFile "$W/collectd.sock"
</Plugin>
LoadPlugin ping
<Plugin ping>
  Host "127.0.0.1"
</Plugin>
C
# first start: the config above (a missing plugin, an option csv does not know, ping without liboping): collectd refuses to start
TZ=UTC collectd -f -C $W/collectd.conf > $W/stderr.txt 2>&1
# fixed config (the three mistakes removed), started again into the same log file
sed -i '/nosuchplugin/d; /FrobnicateLevel/d; /LoadPlugin ping/,$d' $W/collectd.conf
cat >> $W/collectd.conf <<C2
LoadPlugin unixsock
<Plugin unixsock>
  SocketFile "$W/collectd.sock"
</Plugin>
LoadPlugin df
<Plugin df>
  MountPoint "/nonexistent/mount"
</Plugin>
C2
TZ=UTC collectd -f -C $W/collectd.conf >> $W/stderr.txt 2>&1 & P=$!; sleep 4
python3 - "$W/collectd.sock" <<'PY'
import socket, sys
for cmd in (b"LISTVAL\n", b"GETVAL \"shop-db-1/load/load\"\n", b"FLUSH timeout=1\n", b"BOGUS\n", "PUTNOTIF severity=warning time=N message=\"Grüße: disk 91%\"\n".encode()):
    s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(cmd); s.settimeout(1)
    try: s.recv(65536)
    except Exception: pass
    s.close()
PY
sleep 3; kill -TERM $P; wait $P
cp $W/collectd.log $CORPUS/raw/collectd.log
