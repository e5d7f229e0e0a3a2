#!/bin/bash
# unattended-upgrades 2.9.1 dry runs logging into scratch space (apt.conf read after /etc/apt/apt.conf.d/):
# 1. while another process holds the dpkg frontend lock; 2. an origin pattern with an unknown key;
# 3. the default verbosity (-v); 4. debug (-d). Nothing is installed (--dry-run).
set -u
cd /tmp/w31c/uu
export TZ=UTC
rm -rf log; mkdir -p log
python3 -c '
import fcntl, time
f = open("/var/lib/dpkg/lock-frontend", "w")
fcntl.lockf(f, fcntl.LOCK_EX)
time.sleep(20)
' &
holder=$!
sleep 1
APT_CONFIG=/tmp/w31c/uu/apt.conf unattended-upgrade --dry-run -d > run1.out 2>&1; echo "run1 exit=$?"
kill $holder; wait $holder
APT_CONFIG=/tmp/w31c/uu/apt_bad.conf unattended-upgrade --dry-run -v > run2.out 2>&1; echo "run2 exit=$?"
APT_CONFIG=/tmp/w31c/uu/apt.conf unattended-upgrade --dry-run -v > run3.out 2>&1; echo "run3 exit=$?"
APT_CONFIG=/tmp/w31c/uu/apt.conf unattended-upgrade --dry-run -d > run4.out 2>&1; echo "run4 exit=$?"
