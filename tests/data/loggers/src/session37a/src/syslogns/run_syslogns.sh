#!/bin/bash
# rsyslogd with arpwatch, sshguard and netfilter in a private mount namespace; results in work/syslogns/
set -u
H=/tmp/set37a; W=$H/work/syslogns
rm -rf $W; mkdir -p $W/spool
unshare -m --propagation private bash $H/src/syslogns/inner.sh
ls -la $W
