#!/bin/bash
# Suricata 7.0.10 (Debian bookworm-backports .deb, unpacked with dpkg -x under /tmp/set37a/root, libraries
# from bookworm main) reads work/net37a.pcap offline from a directory in continuous mode (`-r DIR
# --pcap-file-continuous`), so that it stays up long enough (about 20 s of wall time) to write periodic stats
# (interval 8 s) before it is stopped with SIGTERM. Writes fast.log, eve.json, stats.log and suricata.log into
# work/suricata/.
set -eu
H=/tmp/set37a
export TZ=UTC
export LD_LIBRARY_PATH=$H/root/usr/lib/x86_64-linux-gnu
D=$H/work/suricata
rm -rf "$D" "$H/work/pcapdir"; mkdir -p "$D" "$H/work/pcapdir"
cp "$H/work/net37a.pcap" "$H/work/pcapdir/"
touch -d '-5 minutes' "$H/work/pcapdir/net37a.pcap"
# the packaged suricata.yaml, with this set's overlay (outputs, rules, log level) merged over it
"$H/root/usr/bin/suricata" -c "$H/root/etc/suricata/suricata.yaml" --include "$H/src/suricata/overlay.yaml" \
  -r "$H/work/pcapdir" --pcap-file-continuous -l "$D" -k none --runmode single -v \
  --set "sensor-name=ids-kö1" >"$D/console.out" 2>&1 &
PID=$!
sleep 21
kill -TERM $PID
wait $PID || echo "suricata exit $?"
ls -la "$D"
