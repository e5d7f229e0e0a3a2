#!/bin/bash
# A private system bus (Debian's system.conf with its socket moved to /tmp/h37b_bus and no fork, pid file or
# syslog), for the daemons that need one. Clients reach it through DBUS_SYSTEM_BUS_ADDRESS.
# Prints the dbus-daemon's pid; stop it with: kill <pid>
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/h37b_bus; chmod 755 /tmp/h37b_bus
dbus-daemon --config-file="$HERE/system-h37b.conf" --nopidfile > /tmp/h37b_bus/daemon.log 2>&1 &
echo $! > /tmp/h37b_bus/pid
sleep 0.5
echo $(cat /tmp/h37b_bus/pid)
