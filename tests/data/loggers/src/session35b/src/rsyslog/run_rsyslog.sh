#!/bin/bash
# rsyslog: a collector writing five files, a second rsyslogd ("web-2") forwarding to it, logger as the app
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
rm -rf /tmp/h35b/rs; mkdir -p /tmp/h35b/rs/work /tmp/h35b/rs/work2 /tmp/h35b/out
rm -f /tmp/h35b/out/rsyslog_*
rsyslogd -v | head -1
rsyslogd -n -f "$HERE/collector.conf" -i /tmp/h35b/rs/collector.pid 2>/tmp/h35b/rs/collector.stderr &
C=$!
sleep 1
rsyslogd -n -f "$HERE/client.conf" -i /tmp/h35b/rs/client.pid 2>/tmp/h35b/rs/client.stderr &
W=$!
sleep 1
"$HERE/../shop_logger.sh" /tmp/h35b/rs/collector.sock
# a remote host: web-2's rsyslogd forwards what its apps log
logger -u /tmp/h35b/rs/client.sock -i -t shop-web -p local0.info "GET /health 200 2 bytes 1 ms"
logger -u /tmp/h35b/rs/client.sock -i -t shop-web -p local0.err "upstream shop-api timed out after 5000 ms"
# RFC 5424 with structured data over UDP, and a malformed datagram
logger --rfc5424 --msgid ORDER --sd-id order@32473 --sd-param 'id="43"' --sd-param 'total="12.50"' \
  -n 127.0.0.1 -P 35514 -d -i -t shop-api -p local0.info "order 43 shipped"
printf 'this is not syslog at all' > /dev/udp/127.0.0.1/35514
sleep 1
kill -TERM $W; wait $W
sleep 0.5
kill -TERM $C; wait $C
cat /tmp/h35b/rs/collector.stderr /tmp/h35b/rs/client.stderr
