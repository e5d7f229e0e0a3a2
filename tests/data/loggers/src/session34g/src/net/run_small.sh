#!/bin/sh
# OpenNTPD ntpd -d, xl2tpd -D, nscd -d: foreground daemons writing to stderr, a little activity, SIGTERM
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
mkdir -p $O /tmp/w34g/run /var/run/openntpd /var/run/xl2tpd

# OpenNTPD: servers on 127.0.0.1 and 127.0.0.2, a name that does not resolve
ntpd -d -v -f $D/ntpd.conf > $O/openntpd_debug.log 2>&1 & P=$!; sleep 10; kill -TERM $P; wait $P

# xl2tpd: a bad packet, then the "client" LAC dials (nothing on port 1701) and hangs up
xl2tpd -D -c $D/xl2tpd.conf -p /tmp/w34g/run/xl2tpd.pid -C /tmp/w34g/run/l2tp-control > $O/xl2tpd.log 2>&1 & P=$!
sleep 1; printf 'bogus' | nc -u -w1 127.0.0.1 34170
echo 'c client' > /tmp/w34g/run/l2tp-control; sleep 3
echo 'd client' > /tmp/w34g/run/l2tp-control; sleep 1
echo 'c nosuch' > /tmp/w34g/run/l2tp-control; sleep 1
kill -TERM $P; wait $P

# nscd -d: lookups through the cache (getent), including names that do not exist
nscd -d > $O/nscd_debug.log 2>&1 & P=$!; sleep 1
getent passwd root >/dev/null; getent hosts localhost >/dev/null
getent group nosuchgroup; getent passwd 'Café Zoë'; getent passwd root >/dev/null
sleep 1; kill -TERM $P; wait $P
