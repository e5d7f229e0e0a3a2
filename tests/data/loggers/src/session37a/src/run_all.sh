#!/bin/bash
# Session 37a: regenerate every log in out/ (about 2 minutes). Run as root on Debian 12 with the packages listed in
# README.md ("Regenerate"). Each step's own script says what it does.
set -eu
H=/tmp/set37a
export TZ=UTC
cd $H
mkdir -p out work

# 1. the packet capture (scapy)
/usr/bin/python3 src/gen_pcap.py work/net37a.pcap

# 2. Suricata 7.0.10 on it
src/suricata/run_suricata.sh
cp work/suricata/fast.log out/suricata_fast.log
cp work/suricata/eve.json out/suricata_eve.jsonl
cp work/suricata/stats.log out/suricata_stats.log
cp work/suricata/suricata.log out/suricata.log

# 3. tcpdump 4.99.3: stdout only (its "reading from file" line goes to stderr)
tcpdump -nn -tttt -r work/net37a.pcap > out/tcpdump_tttt.log 2>/dev/null
tcpdump -nn -v -r work/net37a.pcap > out/tcpdump_v.log 2>/dev/null

# 4. tshark 4.0.17's own log (stderr; the packet list on stdout is dropped): a preferences file with errors,
#    --log-level debug; then a truncated capture (its error message on stderr)
rm -rf work/wsconf; mkdir -p work/wsconf
printf 'gui.nosuch: 1\ntcp.desegment_tcp_streams: maybe\nthis line is junk\nhttp.tcp.port: 80,8080\n' > work/wsconf/preferences
printf '"Bad" 1 "GET"\n' > work/wsconf/decode_as_entries
head -c 300 work/net37a.pcap > work/trunc.pcap
{ WIRESHARK_CONFIG_DIR=$H/work/wsconf tshark --log-level debug -r work/net37a.pcap -q -z io,stat,30 >/dev/null || true
  WIRESHARK_CONFIG_DIR=$H/work/wsconf tshark --log-level info -r work/trunc.pcap >/dev/null || true; } 2> out/tshark_debug.log

# 5. arpwatch -d (debug: its reports to stderr instead of mail) on the capture
: > work/arp_debug.dat
arpwatch -d -N -f $H/work/arp_debug.dat -r $H/work/net37a.pcap > out/arpwatch_debug.log 2>&1

# 6. rsyslogd + arpwatch (syslog), sshguard, netfilter LOG lines, conntrack events, in a private mount namespace
src/syslogns/run_syslogns.sh
cp work/syslogns/arpwatch.log out/arpwatch_syslog.log
cp work/syslogns/sshguard.log out/sshguard.log
cp work/syslogns/kern.log out/netfilter_kern.log
cp work/syslogns/dmesg_iso.log out/netfilter_dmesg_iso.log
cp work/syslogns/conntrack_events.log out/conntrack_events.log

# 7. wireguard-go in two network namespaces (the responder's log is kept)
src/wireguard/run_wg.sh work/wg_initiator.log out/wireguard_go.log

# 8. the composed files (tools that cannot run here)
/usr/bin/python3 src/compose/compose.py out

chmod 644 out/*
ls -la out
