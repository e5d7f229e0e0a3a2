#!/bin/bash
# radsecproxy 1.9.2 (Debian) in the foreground (-f: it then logs to stderr, LogDestination is not used), LogLevel 5 (debug);
# radclient (FreeRADIUS utils) as the NAS. Its upstream does not answer: timeouts, a server marked dead.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/radsecproxy; rm -rf "$W"; mkdir -p "$W"
export TZ=UTC
sed "s#@W@#$W#g" "$HERE/radsecproxy.conf.in" > "$W/radsecproxy.conf"
radsecproxy -f -c "$W/radsecproxy.conf" -i "$W/radsecproxy.pid" >"$W/stdout" 2>"$W/stderr" & R=$!
sleep 1
{
echo 'User-Name = "zoë@example.test", User-Password = "Café"' | radclient -r 1 -t 3 127.0.0.1:21812 auth nas-secret
echo 'User-Name = "bob@reject.test", User-Password = "x"' | radclient -r 1 -t 2 127.0.0.1:21812 auth nas-secret
echo 'User-Name = "eve@nowhere.test", User-Password = "x"' | radclient -r 1 -t 2 127.0.0.1:21812 auth nas-secret
echo 'User-Name = "mallory@example.test", User-Password = "x"' | radclient -r 1 -t 2 127.0.0.1:21812 auth wrong-secret
echo 'User-Name = "zoë@example.test", Acct-Status-Type = Start, Acct-Session-Id = "s1"' | radclient -r 1 -t 2 127.0.0.1:21812 acct nas-secret
echo 'User-Name = "status"' | radclient -r 1 -t 2 127.0.0.1:21812 status nas-secret
} >"$W/clients.out" 2>&1
printf 'junk datagram' > /dev/udp/127.0.0.1/21812
sleep 2
kill -HUP $R; sleep 1
kill -TERM $R; wait $R
# a config that does not parse: radsecproxy logs to stderr before it opens its log file
printf 'client broken {\n    type udp\n' > "$W/broken.conf"
radsecproxy -f -c "$W/broken.conf" -i "$W/radsecproxy2.pid" >>"$W/stdout" 2>>"$W/stderr"
cp "$W/stderr" "$OUT/out/radsecproxy.log"
