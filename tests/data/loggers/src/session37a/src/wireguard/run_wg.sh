#!/bin/bash
# wireguard-go 0.0.20220316 (Debian) in two private network namespaces (wga, wgb) linked by a veth pair on
# 10.37.2.0/24; each runs `wireguard-go -f wg0` with LOG_LEVEL=debug; wg(8) from wireguard-tools 1.0.20210914
# configures them. Traffic: a ping through the tunnel, a third key the other side does not know (handshakes that
# get no answer), an endpoint change, the interface taken down, then SIGTERM. The stdout+stderr of wga's daemon
# goes to $1, wgb's (the responder, which also sees the unknown key and a failed port change) to $2.
set -u
OUT_A=$1; OUT_B=$2
export TZ=UTC
W=/tmp/set37a/work/wg; rm -rf "$W"; mkdir -p "$W"
cleanup() {
  [ -n "${PA:-}" ] && kill "$PA" 2>/dev/null
  [ -n "${PB:-}" ] && kill "$PB" 2>/dev/null
  wait 2>/dev/null
  ip netns del wga 2>/dev/null; ip netns del wgb 2>/dev/null
}
trap cleanup EXIT
ip netns add wga; ip netns add wgb
ip link add veth-wa netns wga type veth peer name veth-wb netns wgb
A="ip netns exec wga"; B="ip netns exec wgb"
$A ip link set lo up; $B ip link set lo up
$A ip addr add 10.37.2.1/24 dev veth-wa; $B ip addr add 10.37.2.2/24 dev veth-wb
$A ip link set veth-wa up; $B ip link set veth-wb up
umask 077
wg genkey > "$W/a.key"; wg pubkey < "$W/a.key" > "$W/a.pub"
wg genkey > "$W/b.key"; wg pubkey < "$W/b.key" > "$W/b.pub"
wg genkey > "$W/c.key"; wg pubkey < "$W/c.key" > "$W/c.pub"
wg genpsk > "$W/psk"
# wireguard-go puts its UAPI socket in /var/run/wireguard; both namespaces share it, so the interfaces get
# different names on the host's view of that directory: wg0 in wga, wg1 in wgb
$A env LOG_LEVEL=debug wireguard-go -f wg0 > "$OUT_A" 2>&1 & PA=$!
$B env LOG_LEVEL=debug wireguard-go -f wg1 > "$OUT_B" 2>&1 & PB=$!
sleep 1
$A wg set wg0 listen-port 51820 private-key "$W/a.key" \
  peer "$(cat "$W/b.pub")" preshared-key "$W/psk" endpoint 10.37.2.2:51821 allowed-ips 10.99.0.2/32 persistent-keepalive 5
$B wg set wg1 listen-port 51821 private-key "$W/b.key" \
  peer "$(cat "$W/a.pub")" preshared-key "$W/psk" endpoint 10.37.2.1:51820 allowed-ips 10.99.0.1/32
$A ip addr add 10.99.0.1/24 dev wg0; $A ip link set wg0 up
$B ip addr add 10.99.0.2/24 dev wg1; $B ip link set wg1 up
$A ping -c 3 -i 0.5 -W 2 10.99.0.2 >/dev/null
sleep 6
# wga now uses a key wgb does not know: wgb drops its initiations, wga retries
$A wg set wg0 private-key "$W/c.key"
$A ping -c 2 -i 1 -W 1 10.99.0.2 >/dev/null
sleep 6
# back to the right key; wgb's peer endpoint changes when wga answers from a new port
$A wg set wg0 private-key "$W/a.key" listen-port 51830
$A ping -c 2 -i 0.5 -W 2 10.99.0.2 >/dev/null
# wgb asked for a listen port that another program holds: the UAPI set fails (ERROR)
$B /usr/bin/python3 -c "import socket,time; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 51850)); time.sleep(3)" &
sleep 0.5
$B wg set wg1 listen-port 51850 || true
wait $!
# a peer removed while traffic still goes to it
$B wg set wg1 peer "$(cat "$W/a.pub")" remove
$A ping -c 1 -W 1 10.99.0.2 >/dev/null
$A ip link set wg0 down
sleep 1
