#!/bin/bash
# munin-node 2.0.73 (Debian) in the foreground with its own log file; requests through nc:
# list, fetch cpu/load, a bad plugin name, a failing plugin, an unknown command, quit
export TZ=UTC LANG=C.UTF-8
M=/tmp/w30/munin
rm -rf $M; mkdir -p $M
# munin-node has no option for the plugin dir: the Debian package's /etc/munin/plugins is used, plus one
# broken plugin installed there for the run and removed after it
install -m 755 /tmp/w30/corpus/src/munin_kaputt_plugin.sh /etc/munin/plugins/kaputt
munin-node --config /tmp/w30/corpus/src/munin-node.conf & NPID=$!
sleep 3
q() { printf '%s\nquit\n' "$1" | nc -q 3 127.0.0.1 14949; }
q "list"
q "fetch cpu"
q "fetch load"
q "fetch gibtsnicht"
q "fetch kaputt"
q "config kaputt"
q "fetch café"
q "hallo welt"
q "cap multigraph dirtyconfig"
sleep 1
kill $NPID; wait $NPID
rm -f /etc/munin/plugins/kaputt
