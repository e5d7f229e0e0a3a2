#!/bin/bash
# GNU inetutils 2.4 syslogd (Debian inetutils-syslogd, unpacked with dpkg -x: it conflicts with rsyslog)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
OUT=/tmp/h35b/out; mkdir -p $OUT /tmp/h35b/iu; rm -f $OUT/inetutils_syslogd.log; touch $OUT/inetutils_syslogd.log
SD=/tmp/h35b/root/usr/sbin/syslogd
$SD --version | head -1
$SD -n --no-klog -f "$HERE/syslog.conf" -p /tmp/h35b/iu/log.sock -P /tmp/h35b/iu/pid -r -B 35517 -b 127.0.0.1 &
P=$!; sleep 1
"$HERE/../shop_logger.sh" /tmp/h35b/iu/log.sock
logger --rfc3164 -n 127.0.0.1 -P 35517 -d -i -t shop-web -p local0.err "upstream shop-api timed out after 5000 ms"
printf 'this is not syslog at all' > /dev/udp/127.0.0.1/35517
sleep 1
kill -TERM $P; wait $P
