#!/bin/bash
# usage: with_syslog.sh OUTFILE COMMAND [ARGS...]
# Runs COMMAND in a private mount namespace whose /dev/log (and /run) are its own, served by
# rsyslogd in the foreground (-n) with rsyslog.conf beside this script, writing OUTFILE.
# Other programs on the machine neither see these messages nor send theirs here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
exec unshare -m --propagation private bash "$HERE/ns_inner.sh" "$@"
