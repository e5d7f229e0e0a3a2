#!/bin/bash
# ClamAV clamd 1.4.6: Foreground, LogFile with LogTime and LogVerbose, a database of our own (no download: freshclam cannot reach its mirror):
# an MD5 signature of a test file and the EICAR test string as a body signature; commands over TCP (PING, VERSION, SCAN of a clean, an infected,
# a missing path, INSTREAM, an unknown command), RELOAD, SHUTDOWN. Before that, one start with no database at all (refused).
set -u; : "${CORPUS:?}"; W=$CORPUS/work/clamd; rm -rf $W; mkdir -p $W/db $W/empty $W/files $CORPUS/raw
printf 'Bestellung für Köln\n' > $W/files/clean.txt
printf 'shop-malware-test-payload-0042\n' > $W/files/dropper.bin
E='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
printf '%s' "$E" > "$W/files/Rechnung März.pdf.exe"
echo "$(md5sum < $W/files/dropper.bin | cut -d' ' -f1):$(stat -c %s $W/files/dropper.bin):Shop.Test.Dropper" > $W/db/shop.hdb
echo "Shop.Test.EICAR:0:*:$(printf '%s' "$E" | xxd -p | tr -d '\n')" > $W/db/shop.ndb
conf() { cat <<C
Foreground yes
LogFile $W/clamd.log
LogTime yes
LogVerbose yes
LogClean yes
DatabaseDirectory $1
TCPSocket 5438
TCPAddr 127.0.0.1
PidFile $W/clamd.pid
User root
SelfCheck 3600
C
}
conf $W/empty > $W/clamd-empty.conf; conf $W/db > $W/clamd.conf
TZ=UTC clamd -c $W/clamd-empty.conf > $W/stdout.txt 2>&1
TZ=UTC clamd -c $W/clamd.conf >> $W/stdout.txt 2>&1 & P=$!
for i in $(seq 30); do python3 -c "import socket; socket.create_connection(('127.0.0.1',5438))" 2>/dev/null && break; sleep 0.5; done
c() { printf "$1" | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5438 1; }
c 'zPING\0'; c 'zVERSION\0'
c "zSCAN $W/files/clean.txt\0"; c "zSCAN $W/files/dropper.bin\0"; c "zCONTSCAN $W/files\0"; c "zSCAN $W/files/gone.zip\0"
python3 - <<'PY'
import socket, struct
s = socket.create_connection(("127.0.0.1", 5438)); s.sendall(b"zINSTREAM\0")
data = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
s.sendall(struct.pack("!L", len(data)) + data + struct.pack("!L", 0)); s.recv(1000); s.close()
PY
c 'zFROBNICATE\0'; c 'zRELOAD\0'; sleep 2; c 'zSHUTDOWN\0'; wait $P
cp $W/clamd.log $CORPUS/raw/clamd.log
