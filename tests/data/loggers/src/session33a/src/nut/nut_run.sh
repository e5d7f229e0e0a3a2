#!/bin/bash
# Run inside `unshare -n`: NUT 2.8.0 with its configuration here (NUT_CONFPATH), each daemon in the foreground
# with debug level 1 (-F -D) on stderr: the dummy-ups driver playing kueche.seq (on line, on battery, low
# battery, back), a second driver whose file is missing, upsd on 127.0.0.1:13493, upsmon (a wrong password for
# the second UPS; low battery: the shutdown command is an echo); clients upsc, upsrw, upscmd; SIGTERM each.
# upsd and upsmon are run as /lib/nut/upsd and /lib/nut/upsmon: what Debian's wrappers in /usr/sbin exec once
# /etc/nut/nut.conf (not NUT_CONFPATH) sets MODE.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/nut
export NUT_CONFPATH=/tmp/w33a/corpus/src/nut NUT_STATEPATH=$S/state NUT_ALTPIDPATH=$S/state
rm -rf $S/state; rm -f $S/*.log $S/*.txt $S/killpower; mkdir -p $S/state; chown nut:nut $S/state; chmod 0770 $S/state
ip link set lo up
/lib/nut/dummy-ups -a keller -F -D -u nut > $S/nut_dummy_keller.log 2>&1
/lib/nut/dummy-ups -a kueche -F -D -u nut > $S/nut_dummy_ups.log 2>&1 &
D=$!
sleep 2
/lib/nut/upsd -F -D -u nut > $S/nut_upsd.log 2>&1 &
U=$!
sleep 2
/lib/nut/upsmon -F -D > $S/nut_upsmon.log 2>&1 &
M=$!
sleep 3
upsc kueche@127.0.0.1:13493 > $S/clients.txt 2>&1
upsc gibtsnicht@127.0.0.1:13493 >> $S/clients.txt 2>&1
upsrw -s battery.charge=77 -u admin -p admin-geheim kueche@127.0.0.1:13493 >> $S/clients.txt 2>&1
upscmd -u admin -p falsch kueche@127.0.0.1:13493 test.battery.start >> $S/clients.txt 2>&1
sleep 22
kill -TERM $M; wait $M
kill -TERM $U; wait $U
kill -TERM $D; wait $D
exit 0
