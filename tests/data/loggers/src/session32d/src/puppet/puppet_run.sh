#!/bin/bash
# Puppet 7.23 (Debian puppet-agent), `puppet apply` as root with the default settings, in a network namespace
# without outside network (`unshare -n`). Console output (stdout and stderr, 2>&1) and --logdest file output.
set -u
export TZ=UTC
W=/tmp/w32d/puppet
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up 2>/dev/null
rm -rf $W/work $W/*.log; mkdir -p $W
cd $W
# console: run 1 the manifest (changes), run 2 again (fewer changes), run 3 a syntax error
puppet apply $SRC/site.pp >> puppet_apply_console.log 2>&1
puppet apply $SRC/site.pp >> puppet_apply_console.log 2>&1
puppet apply $SRC/bad.pp >> puppet_apply_console.log 2>&1
# --logdest to a file: Puppet's file log layout (console output discarded)
rm -rf $W/work
puppet apply --logdest $W/puppet_apply_logdest.log $SRC/site.pp > /dev/null 2>&1
puppet apply --logdest $W/puppet_apply_logdest.log $SRC/bad.pp > /dev/null 2>&1
