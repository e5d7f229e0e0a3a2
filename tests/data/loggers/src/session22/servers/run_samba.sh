#!/bin/bash
# Samba 4.17 smbd -F (foreground), its log file (default header '[yyyy/mm/dd hh:mm:ss.uuuuuu, level] file:line(function)' and the
# message on the next line, indented), log level 3; an unknown parameter, a share on a missing path, garbage and an SMB1 negotiate on its port, SIGHUP, SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/samba; rm -rf $W; mkdir -p $W/{lock,state,cache,private,pid,log,share} $CORPUS/raw
cat > $W/smb.conf <<C
[global]
  workgroup = SHOP
  server role = standalone server
  smb ports = 5445
  interfaces = lo
  bind interfaces only = yes
  lock directory = $W/lock
  state directory = $W/state
  cache directory = $W/cache
  private dir = $W/private
  pid directory = $W/pid
  ncalrpc dir = $W/lock/ncalrpc
  log file = $W/log/log.%m
  log level = 3
  max log size = 0
  disable spoolss = yes
  load printers = no
  printing = bsd
  printcap name = /dev/null
  no such parameter = 1
[Büro]
  path = $W/share
  read only = no
[missing]
  path = $W/does-not-exist
C
TZ=UTC setsid smbd -F -s $W/smb.conf --no-process-group > $W/stdout.txt 2>&1 &
P=$!; sleep 4
python3 - <<'PY'
import socket, time
s = socket.create_connection(("127.0.0.1", 5445)); s.sendall(b"GET / HTTP/1.0\r\n\r\n"); time.sleep(0.5); s.close()
# SMB1 NEGOTIATE with only the "NT LM 0.12" dialect (Samba 4.17 has SMB1 off: it refuses)
d = b"\x02NT LM 0.12\x00"
smb = b"\xffSMB" + b"\x72" + b"\x00"*4 + b"\x18" + b"\x01\x28" + b"\x00"*12 + b"\xff\xfe" + b"\x00\x00" + b"\x00\x00" + b"\x00\x00" + b"\x00" + len(d).to_bytes(2, "little") + d
s = socket.create_connection(("127.0.0.1", 5445)); s.sendall(len(smb).to_bytes(4, "big") + smb)
try:
    s.settimeout(2); s.recv(1000)
except Exception:
    pass
s.close()
PY
sleep 1; kill -HUP $P; sleep 2; kill -TERM $P; wait $P
cat $W/log/log.smbd > $CORPUS/raw/samba_smbd.log
