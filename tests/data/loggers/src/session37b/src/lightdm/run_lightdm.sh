#!/bin/bash
# LightDM 1.26.0 (Debian 12 lightdm 1.26.0-8+deb12u1) run for real as root, with Xvfb as its X server
# (xvfb-wrapper.sh), a private system bus (src/dbus/start_bus.sh; no logind, AccountsService or ConsoleKit on it),
# autologin of a local user h37bkim into a test session (xsessions/h37b-test.desktop -> test-session.sh, run by
# Debian's /etc/X11/Xsession), which exits with status 3 after ~3 s; LightDM then starts its greeter
# (lightdm-gtk-greeter 2.0.8), which prompts; when it has, LightDM is stopped with SIGTERM.
# Outputs: lightdm's own log file (--log-dir) and the user's ~/.xsession-errors.
set -u
export TZ=UTC
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/set37b/out}
id h37bkim >/dev/null 2>&1 || useradd -m -s /bin/bash -c 'Kim Łukasiewicz,,,' h37bkim
rm -f /home/h37bkim/.xsession-errors /home/h37bkim/.xsession-errors.old
BUSPID=$("$HERE/../dbus/start_bus.sh")
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=/tmp/h37b_bus/system_bus_socket
rm -rf /tmp/h37b_ld; mkdir -p /tmp/h37b_ld/{log,run,cache}
lightdm -c "$HERE/lightdm.conf" -d --log-dir=/tmp/h37b_ld/log --run-dir=/tmp/h37b_ld/run \
  --cache-dir=/tmp/h37b_ld/cache > /tmp/h37b_ld/console.txt 2>&1 &
LDM=$!
for i in $(seq 1 60); do
  sleep 1
  grep -q 'Prompt greeter' /tmp/h37b_ld/log/lightdm.log 2>/dev/null && break
done
sleep 2
kill -TERM $LDM; wait $LDM; echo "lightdm rc=$?"
kill $BUSPID; wait $BUSPID 2>/dev/null
cp /tmp/h37b_ld/log/lightdm.log "$OUT/lightdm.log"
cp /home/h37bkim/.xsession-errors "$OUT/xsession_errors.log"
