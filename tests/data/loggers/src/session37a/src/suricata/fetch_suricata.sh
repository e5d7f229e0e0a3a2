#!/bin/bash
# How Suricata was obtained: it is not in Debian 12 main, but bookworm-backports (same Debian mirror) builds it
# for bookworm. A private apt configuration (the machine's own sources are left alone) lists backports; the two
# backported .debs (suricata, libhtp2) are downloaded and unpacked with dpkg -x under /tmp/set37a/root; the
# libraries it links against come from bookworm main with the system apt. Nothing is installed into the system
# from backports and no service is started (no systemd here; /usr/sbin/policy-rc.d present).
set -eu
H=/tmp/set37a; A=$H/apt
mkdir -p $A/state/lists/partial $A/cache/archives/partial $A/etc $A/debs $H/root
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm-backports main" > $A/etc/sources.list
touch $A/state/status
O="-o Dir::State=$A/state -o Dir::State::status=$A/state/status -o Dir::Cache=$A/cache -o Dir::Etc::SourceList=$A/etc/sources.list -o Dir::Etc::SourceParts=/nonexistent"
apt-get $O update
cd $A/debs
apt-get $O download suricata=1:7.0.10-1~bpo12+1 libhtp2=1:0.5.50-1+deb13u1~bpo12+1
for d in *.deb; do dpkg -x "$d" $H/root; done
apt-get install -y --no-install-recommends libbpf1 libcap-ng0 libevent-2.1-7 libevent-pthreads-2.1-7 \
  libhiredis0.14 libhyperscan5 libjansson4 libluajit-5.1-2 liblz4-1 libmagic1 libmaxminddb0 libnet1 \
  libnetfilter-log1 libnetfilter-queue1 libnfnetlink0 libnuma1 libpcap0.8 libpcre2-8-0 librte-eal23 \
  librte-ethdev23 librte-mbuf23 librte-mempool23 librte-net-bond23 libxdp1 libyaml-0-2
# the other tools of this set, from bookworm main
apt-get install -y --no-install-recommends python3-scapy tcpdump tshark arpwatch sshguard wireguard-tools \
  wireguard-go conntrack iptables nftables iputils-ping rsyslog curl
