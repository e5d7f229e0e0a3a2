#!/bin/bash
# Run inside `unshare -n`: hostapd 2.10 (wired driver, 802.1X, integrated EAP server) on veth0 and
# wpa_supplicant 2.10 (wired driver) in a second network namespace on veth1, both in the foreground with -t
# (timestamps) logging to stdout (hostapd's logger_stdout; the supplicant's default stdout debug output, level INFO).
set -u
export TZ=UTC
W=/tmp/w32c/hostapd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W
PW=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
printf '"jürgen"\tMD5\t"%s"\n"anna"\tMD5\t"%s"\n' "$PW" "$PW" > $W/eap_user; chmod 600 $W/eap_user
ip link add veth0 type veth peer name veth1
ip link set veth0 up
unshare -n sleep 600 & CLNS=$!
sleep 0.5
ip link set veth1 netns $CLNS
nsenter -t $CLNS -n ip link set veth1 up
supplicant() {  # identity password seconds
  sed "s/@IDENTITY@/$1/; s/@PASSWORD@/$2/" $SRC/hostapd/wpa_supplicant.conf.in > $W/wpa.conf
  nsenter -t $CLNS -n wpa_supplicant -t -D wired -i veth1 -c $W/wpa.conf >> $W/wpa_supplicant.log 2>&1 & SP=$!
  sleep $3
  if [ "${4:-}" = hup ]; then kill -HUP $SP; sleep 3; fi
  kill -TERM $SP; wait $SP
}
# run 1: hostapd with an unknown option and a bad eapol_version
hostapd -t $SRC/hostapd/hostapd_bad.conf >> $W/hostapd.log 2>&1
# wpa_supplicant with a broken network block
printf 'network={\n\tkey_mgmt=IEEE8021X\n\teap=GIBTSNICHT\n\tidentity="köln\n}\n' > $W/bad.conf
nsenter -t $CLNS -n wpa_supplicant -t -D wired -i veth1 -c $W/bad.conf >> $W/wpa_supplicant.log 2>&1
# run 2
hostapd -t $SRC/hostapd/hostapd.conf >> $W/hostapd.log 2>&1 & HP=$!
sleep 2
supplicant 'jürgen' "$PW" 8 hup          # good, then a reload (SIGHUP) of the supplicant
supplicant 'anna' 'falsch' 8             # wrong password
supplicant '東京' 'egal' 8                # unknown identity
kill -HUP $HP; sleep 2                   # hostapd reload
supplicant 'anna' "$PW" 6
kill -TERM $HP; wait $HP
kill $CLNS
rm -f $W/eap_user $W/wpa.conf
