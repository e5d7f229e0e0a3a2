#!/bin/bash
# syslog-ng 3.38.1 (Debian syslog-ng-core, unpacked with dpkg -x into /tmp/h35b/root: it conflicts with rsyslog)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
R=/tmp/h35b/root
export LD_LIBRARY_PATH=$R/usr/lib/syslog-ng
rm -rf /tmp/h35b/sng; mkdir -p /tmp/h35b/sng /tmp/h35b/out; rm -f /tmp/h35b/out/syslog_ng_*
SNG="$R/usr/sbin/syslog-ng --module-path=$R/usr/lib/syslog-ng/3.38 -f $HERE/syslog-ng.conf -R /tmp/h35b/sng/persist -p /tmp/h35b/sng/pid -c /tmp/h35b/sng/ctl"
$SNG --version | head -2
$SNG -F 2>/tmp/h35b/sng/stderr &
P=$!
sleep 1.5
"$HERE/../shop_logger.sh" /tmp/h35b/sng/log.sock
logger --rfc5424 --msgid ORDER --sd-id order@32473 --sd-param 'id="43"' --sd-param 'total="12.50"' \
  -n 127.0.0.1 -P 35516 -d -i -t shop-api -p local0.info "order 43 shipped"
logger --rfc3164 -n 127.0.0.1 -P 35515 -d -i -t shop-web -p local0.err "upstream shop-api timed out after 5000 ms"
printf 'this is not syslog at all' > /dev/udp/127.0.0.1/35515
sleep 1
kill -TERM $P; wait $P
cat /tmp/h35b/sng/stderr
