#!/bin/bash
# Runs inside `unshare -m` (see run_syslogns.sh): a private /dev (tmpfs with the few device nodes needed bound
# in) so that rsyslogd's /dev/log is this run's own; then arpwatch, sshguard and the netfilter traffic log to it.
set -u
export TZ=UTC
H=/tmp/set37a; W=$H/work/syslogns
mount --make-rprivate /
mkdir -p /tmp/olddev37; mount --bind /dev /tmp/olddev37
mount -t tmpfs -o mode=755 tmpfs /dev
for n in null zero full random urandom tty kmsg ptmx; do touch /dev/$n; mount --bind /tmp/olddev37/$n /dev/$n; done
mkdir -p /dev/net /dev/pts /dev/shm; touch /dev/net/tun; mount --bind /tmp/olddev37/net/tun /dev/net/tun
mount --bind /tmp/olddev37/pts /dev/pts; mount --bind /tmp/olddev37/shm /dev/shm
ln -s /proc/self/fd /dev/fd; ln -s /proc/self/fd/0 /dev/stdin; ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr

# nobody reads /proc/kmsg on this machine: drop its backlog (boot messages) so imklog starts from now on;
# this does not touch the ring buffer that dmesg reads
/usr/bin/python3 - <<'PY'
import os
fd = os.open("/proc/kmsg", os.O_RDONLY | os.O_NONBLOCK)
try:
    while os.read(fd, 65536):
        pass
except BlockingIOError:
    pass
PY
rsyslogd -n -f $H/src/syslogns/rsyslog.conf -i $W/rsyslogd.pid > $W/rsyslogd.out 2>&1 & RS=$!
sleep 2

# --- arpwatch 2.1a15: reads the crafted capture (-r), no mail (-Q), its reports go to syslog
: > $W/arp.dat
arpwatch -Q -f $W/arp.dat -r $H/work/net37a.pcap
# and again on the same capture with the database now filled (only the changes are reported)
arpwatch -Q -f $W/arp.dat -r $H/work/net37a.pcap
# a data file it cannot read
arpwatch -Q -f $W/missing-dir/arp.dat -r $H/work/net37a.pcap
# a capture file that does not exist, and one that is not a capture
arpwatch -Q -f $W/arp.dat -r $W/nonexistent.pcap
arpwatch -Q -f $W/arp.dat -r $H/src/syslogns/rsyslog.conf

# --- sshguard 2.4.2: its pipeline (sshg-parser | sshg-blocker | backend) with the null backend, a whitelist
# (192.0.2.0/24), a blacklist file seeded with one address, block time 6 s, threshold 30
cp $H/src/sshguard/blacklist.seed $W/sshguard-blacklist.db
( /usr/bin/python3 $H/src/sshguard/feed.py $H/src/sshguard/sshd_auth.txt 12 \
  | /usr/libexec/sshguard/sshg-parser \
  | /usr/libexec/sshguard/sshg-blocker -a 30 -p 6 -s 1800 -w 192.0.2.0/24 -b 40:$W/sshguard-blacklist.db \
  | /usr/libexec/sshguard/sshg-fw-null ) &
SG=$!
# --- netfilter LOG lines (kernel -> imklog) and conntrack events, meanwhile
dmesg -W -x --time-format iso > $W/dmesg_iso.log 2>&1 & DM=$!
sleep 0.5
$H/src/netfilter/nf_traffic.sh $W/conntrack_events.log
sleep 0.5
kill $DM
wait $SG
sleep 1
kill $RS; wait $RS
