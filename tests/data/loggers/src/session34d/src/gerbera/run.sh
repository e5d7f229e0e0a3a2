#!/bin/bash
# Gerbera 1.1.0 (Debian) in the foreground, its default log on stdout, inside a private network
# namespace with a veth pair (libupnp will not start on lo alone; SSDP stays inside the namespace)
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/gerbera; rm -rf $W; mkdir -p $W/media/"Café Zoë in 東京"
export TZ=UTC
if [ -z "${INNS:-}" ]; then exec unshare -n env INNS=1 OUT=$OUT "$0"; fi
ip link set lo up
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1; ip addr add 10.99.0.1/24 dev v0; ip link set v0 up; ip link set v1 up
printf 'not really audio' > "$W/media/Café Zoë in 東京/O'Brien \"Bob\".mp3"
printf 'RIFF' > "$W/media/Café Zoë in 東京/tab	and back\\slash.wav"
printf '#EXTM3U\n/nonexistent/track.mp3\n' > "$W/media/list.m3u"
gerbera -m $W -f cfg -e v0 -p 49494 -a "$W/media" > $W/gerbera.log 2>&1 &
PID=$!
sleep 4
curl -s -m 2 -o /dev/null http://10.99.0.1:49494/
curl -s -m 2 -o /dev/null "http://10.99.0.1:49494/content/interface?req_type=auth&action=get_config"
curl -s -m 2 -o /dev/null "http://10.99.0.1:49494/content/interface?req_type=bogus"
curl -s -m 2 -o /dev/null http://10.99.0.1:49494/content/media/object_id/9999/res_id/0
curl -s -m 2 -o /dev/null http://10.99.0.1:49494/description.xml
sleep 1
kill -TERM $PID; wait $PID
