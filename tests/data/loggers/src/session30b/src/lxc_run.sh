#!/bin/bash
# LXC 5.0.2 (Debian): a busybox container (`lxc-create -t busybox`, config as the template wrote it from Debian's
# /etc/lxc/default.conf, plus one lxc.hook.start-host line), started with `lxc-start -l DEBUG -o FILE`.
# Run inside `unshare -n -m`: the lxcbr0 bridge made for the second start lives in that private network namespace
# only; a sysfs of that namespace is bound over /sys/class/net and /sys/devices/virtual/net (private mount
# namespace), because LXC looks the bridge up in sysfs, which otherwise shows the outer namespace's interfaces.
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")
P=/tmp/w30/lxc; L=$P/lxc.log
rm -rf $P && mkdir -p $P && cd $P
lxc-create -P $P -n kiste -t busybox > create.out 2>&1
echo "lxc.hook.start-host = $S/lxc_hook.sh" >> $P/kiste/config
ip link set lo up
mkdir -p /tmp/w30/lxc_sysfs && mount -t sysfs sysfs /tmp/w30/lxc_sysfs
mount --bind /tmp/w30/lxc_sysfs/class/net /sys/class/net
mount --bind /tmp/w30/lxc_sysfs/devices/virtual/net /sys/devices/virtual/net
# 1) no lxcbr0 yet (lxc-net is not running): the start fails
lxc-start -P $P -n kiste -l DEBUG -o $L -d; echo "start1 rc=$?"
# 2) the failing hook
ip link add lxcbr0 type bridge && ip link set lxcbr0 up
touch $P/hook_fail
lxc-start -P $P -n kiste -l DEBUG -o $L -d; echo "start2 rc=$?"
rm -f $P/hook_fail
# 3) a good start, a command inside, a stop
lxc-start -P $P -n kiste -l DEBUG -o $L -d; echo "start3 rc=$?"
lxc-wait -P $P -n kiste -s RUNNING -t 10
lxc-attach -P $P -n kiste -l DEBUG -o $L -- /bin/echo "Hallo aus der Kiste"
lxc-attach -P $P -n kiste -l DEBUG -o $L -- /bin/gibtsnicht
lxc-info -P $P -n kiste
lxc-stop -P $P -n kiste -l DEBUG -o $L -t 10; echo "stop rc=$?"
lxc-stop -P $P -n kiste -l DEBUG -o $L -t 10; echo "stop again rc=$?"
# leave no cgroup behind
for c in /sys/fs/cgroup/*/lxc.monitor.kiste* /sys/fs/cgroup/*/lxc.payload.kiste* /sys/fs/cgroup/*/lxc.pivot; do
  [ -d "$c" ] && rmdir "$c"
done
rm -rf /run/lxc/lock/tmp/w30      # LXC's lock for containers under /tmp/w30
rmdir -p /run/lxc/lock/tmp 2>/dev/null || true
