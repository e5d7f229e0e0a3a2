#!/bin/bash
# polkitd 122 (Debian 12 polkitd 122-3) and packagekitd 1.2.6 (Debian 12 packagekit 1.2.6-5+deb12u1, APT backend)
# in the foreground on a private system bus (src/dbus/start_bus.sh), stdout+stderr of each kept.
# packagekitd --verbose --keep-environment (it clears the environment otherwise, and with it
# DBUS_SYSTEM_BUS_ADDRESS); pkcon as root (resolve, search, a missing package, get-updates) and as the local user
# h37bkim (refresh denied by a test rule, install denied: no authentication agent), pkcheck as that user, and
# last get-updates, which makes this packagekitd die on a failed assertion (SIGTRAP); then polkitd gets SIGTERM.
# Two test rules files go to /etc/polkit-1/rules.d for the run (one with a syntax error) and are removed after it.
# Nothing is installed: the only install attempt is refused by polkit.
set -u
export TZ=UTC
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/set37b/out}
id h37bkim >/dev/null 2>&1 || useradd -m -s /bin/bash -c 'Kim Łukasiewicz,,,' h37bkim
cp "$HERE/49-h37b-test.rules" "$HERE/48-h37b-broken.rules" /etc/polkit-1/rules.d/
BUSPID=$("$HERE/../dbus/start_bus.sh")
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=/tmp/h37b_bus/system_bus_socket
PKT_EXISTED=no; [ -e /var/lib/PackageKit/transactions.db ] && PKT_EXISTED=yes

/usr/lib/polkit-1/polkitd > "$OUT/polkitd.log" 2>&1 &
POLKIT=$!
sleep 2
/usr/libexec/packagekitd --verbose --disable-timer --keep-environment > "$OUT/packagekitd_verbose.log" 2>&1 &
PKD=$!
sleep 3
run() { echo "== $*"; timeout 120 "$@" 2>&1 | tail -4; }
asuser() { run su h37bkim -s /bin/sh -c "DBUS_SYSTEM_BUS_ADDRESS=$DBUS_SYSTEM_BUS_ADDRESS $*"; }
run pkcon resolve bash
run pkcon search name logmr-nothing
run pkcon get-details zzz-no-such-package
asuser pkcon -y refresh
asuser pkcon -y install sl
asuser 'pkcheck --action-id org.freedesktop.policykit.exec --process $$ -u'
asuser 'pkcheck --action-id org.freedesktop.packagekit.package-remove --process $$'
# last: GetUpdates, on which this packagekitd hits a failed assertion (fatal: it dies with SIGTRAP)
run pkcon get-updates
sleep 1
kill -TERM $PKD 2>/dev/null; wait $PKD; echo "packagekitd rc=$?"
kill -TERM $POLKIT; wait $POLKIT; echo "polkitd rc=$?"
kill $BUSPID; wait $BUSPID 2>/dev/null
rm -f /etc/polkit-1/rules.d/49-h37b-test.rules /etc/polkit-1/rules.d/48-h37b-broken.rules
[ $PKT_EXISTED = no ] && rm -f /var/lib/PackageKit/transactions.db
true
