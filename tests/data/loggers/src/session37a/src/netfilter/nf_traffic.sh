#!/bin/bash
# Netfilter LOG/log rules in a private network namespace pair (fw37 = firewall host with services, cl37 = client),
# linked by a veth pair on 10.37.1.0/24 and fd37:1::/64 (addresses that exist only inside these namespaces).
# iptables 1.8.9 (nf_tables backend) and nft 1.0.6 rules log with several prefixes and levels; the kernel writes
# the lines to its ring buffer (net.netfilter.nf_log_all_netns=1 while this runs, restored after).
# Also runs `conntrack -E` inside fw37 (conntrack 1.4.7) for the connection-tracking event file.
# Usage: nf_traffic.sh CONNTRACK_OUT
set -u
CT_OUT=$1
export TZ=UTC
OLD=$(cat /proc/sys/net/netfilter/nf_log_all_netns)
cleanup() {
  [ -n "${CTPID:-}" ] && kill "$CTPID" 2>/dev/null
  [ -n "${SRV1:-}" ] && kill "$SRV1" 2>/dev/null
  [ -n "${SRV2:-}" ] && kill "$SRV2" 2>/dev/null
  wait 2>/dev/null
  ip netns del fw37 2>/dev/null; ip netns del cl37 2>/dev/null
  echo "$OLD" > /proc/sys/net/netfilter/nf_log_all_netns
}
trap cleanup EXIT
ip netns add fw37; ip netns add cl37
ip link add veth-fw netns fw37 type veth peer name veth-cl netns cl37
F="ip netns exec fw37"; C="ip netns exec cl37"
$F ip link set lo up; $C ip link set lo up
$F ip addr add 10.37.1.1/24 dev veth-fw; $C ip addr add 10.37.1.2/24 dev veth-cl
$F ip addr add fd37:1::1/64 dev veth-fw nodad; $C ip addr add fd37:1::2/64 dev veth-cl nodad
$F ip link set veth-fw up; $C ip link set veth-cl up
echo 1 > /proc/sys/net/netfilter/nf_log_all_netns

# --- iptables (nf_tables backend): the classic LOG target
$F iptables -N LOGDROP
$F iptables -A LOGDROP -j LOG --log-prefix "[UFW BLOCK] "
$F iptables -A LOGDROP -j DROP
$F iptables -A INPUT -i lo -j ACCEPT
$F iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
$F iptables -A INPUT -m conntrack --ctstate INVALID -j LOG --log-prefix "INVALID: " --log-level 7
$F iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
$F iptables -A INPUT -p tcp --dport 8080 -m conntrack --ctstate NEW -j LOG --log-prefix "NEW-HTTP " --log-level info --log-tcp-sequence --log-tcp-options --log-ip-options
$F iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
$F iptables -A INPUT -p tcp --dport 23 -j LOG --log-prefix "telnet reject: " --log-level notice
$F iptables -A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset
$F iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 2/min --limit-burst 2 -j LOG --log-prefix "PING " --log-level 6
$F iptables -A INPUT -p icmp -j ACCEPT
$F iptables -A INPUT -j LOGDROP
$F iptables -A OUTPUT -p udp --dport 514 -j LOG --log-prefix "OUT-SYSLOG " --log-uid --log-level error
$F ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
$F ip6tables -A INPUT -p tcp --dport 8080 -m conntrack --ctstate NEW -j LOG --log-prefix "v6 http: " --log-level warning --log-tcp-options
$F ip6tables -A INPUT -p tcp --dport 8080 -j ACCEPT
$F ip6tables -A INPUT -j LOG --log-prefix "[v6 DROP] " --log-level crit
$F ip6tables -A INPUT -j DROP

# --- nftables: a table of its own, log statements with levels and flags
$F nft -f - <<'NFT'
table inet filter37 {
  chain fwd_in {
    type filter hook input priority -10; policy accept;
    tcp dport 2222 log prefix "nft ssh-alt Zugriff ü: " level alert flags all
    udp dport 53 log prefix "nft dns " level debug
    tcp dport 3306 log level crit prefix "nft mysql: "
    tcp dport 6379 log
  }
}
NFT

# services in fw37
$F python3 -m http.server 8080 --bind 10.37.1.1 >/dev/null 2>&1 & SRV1=$!
$F python3 -m http.server 8080 --bind fd37:1::1 >/dev/null 2>&1 & SRV2=$!
# conntrack events (stdout; its own stamp with -o timestamp)
$F conntrack -E -o timestamp,extended,id -f ipv4 > "$CT_OUT" 2>&1 & CTPID=$!
sleep 1

# --- traffic from cl37
$C curl -s -o /dev/null --max-time 3 http://10.37.1.1:8080/
$C curl -s -o /dev/null --max-time 3 "http://10.37.1.1:8080/caf%C3%A9?q=1"
$C curl -s -o /dev/null --max-time 3 -g "http://[fd37:1::1]:8080/"
$C curl -s -o /dev/null --max-time 2 telnet://10.37.1.1:23 </dev/null
$C curl -s -o /dev/null --max-time 1 http://10.37.1.1:22/
$C curl -s -o /dev/null --max-time 1 http://10.37.1.1:2222/
$C curl -s -o /dev/null --max-time 1 http://10.37.1.1:3306/
$C curl -s -o /dev/null --max-time 1 http://10.37.1.1:6379/
$C curl -s -o /dev/null --max-time 1 -g "http://[fd37:1::1]:5432/"
$C ping -c 4 -i 0.3 -W 1 10.37.1.1 >/dev/null
$C ping -6 -c 1 -W 1 fd37:1::1 >/dev/null
$C bash -c 'echo -n "x" > /dev/udp/10.37.1.1/53'
$C bash -c 'echo -n "q" > /dev/udp/10.37.1.1/161'
# a lone ACK with no connection: conntrack INVALID -> DROP (with nf_conntrack_tcp_loose=0)
$F sysctl -qw net.netfilter.nf_conntrack_tcp_loose=0
$C /usr/bin/python3 -c "
from scapy.all import IP, TCP, send, conf
conf.verb = 0
send(IP(src='10.37.1.2', dst='10.37.1.1', tos=0x10, options=b'\x01\x01\x01\x00') / TCP(sport=40404, dport=8080, flags='A', seq=1, ack=1))
"
# locally generated syslog datagram from fw37 (logged with UID/GID in OUTPUT)
$F bash -c 'echo "<14>test" > /dev/udp/10.37.1.2/514'
sleep 1
# flushing the table ends the remaining entries: DESTROY events
$F conntrack -F 2>/dev/null
sleep 1
