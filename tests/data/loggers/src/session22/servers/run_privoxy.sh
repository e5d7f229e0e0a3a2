#!/bin/bash
# Privoxy 3.0.34 --no-daemon: debug 1 (requests), 512 (CLF lines, no stamp), 1024 (crunches), 4096 (startup), 8192 (errors); a local origin, a refused one, a blocked URL, a bad config line.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/privoxy; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/user.action <<A
{+block{Tracker blocked by corpus rule.}}
.tracker.test
/ads/
A
cat > $W/config <<C
confdir $W
templdir /etc/privoxy/templates
logdir $W
logfile privoxy.log
actionsfile user.action
listen-address 127.0.0.1:5320
toggle 1
enable-remote-toggle 0
debug 1
debug 512
debug 1024
debug 4096
debug 8192
no-such-option 42
C
python3 -m http.server 5321 --bind 127.0.0.1 --directory $W > $W/http.txt 2>&1 &
H=$!
TZ=UTC privoxy --no-daemon --pidfile $W/pid $W/config > $W/stderr.txt 2>&1 &
P=$!; sleep 2
X="curl -s -o /dev/null -x http://127.0.0.1:5320 -A corpus/1.0"
$X http://127.0.0.1:5321/
$X http://127.0.0.1:5321/missing.html
$X "http://127.0.0.1:5321/search?q=caf%C3%A9"
$X http://127.0.0.1:5399/refused
$X http://ads.tracker.test/pixel.gif
$X http://127.0.0.1:5321/ads/banner.png
$X -X POST -d 'a=1' http://127.0.0.1:5321/form
$X http://no-such-host.invalid/
$X http://config.privoxy.org/show-status
sleep 1; kill -TERM $P; wait $P; kill $H
# --no-daemon: the log goes to stderr (the logfile directive is not opened)
cp $W/stderr.txt $CORPUS/raw/privoxy.log
