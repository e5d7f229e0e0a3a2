#!/bin/bash
# Run inside `unshare -n`: amavisd-new 2.13.0 (Debian) in the foreground with Debian's conf.d files plus
# 99-corpus (log file instead of syslog, $log_level 2), a test SMTP sink, mails sent by send.py;
# run 3 adds 99-corpus-stderr (log to stderr).
export TZ=UTC
W=/tmp/w33c/work/amavis
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/tmp" "$W/db" "$W/virusmails"; chown -R amavis:amavis "$W"
ip link set lo up
python3 "$SRC/sink.py" > "$W/sink.out" 2>&1 &
SP=$!
CF=()
for f in /usr/share/amavis/conf.d/* /etc/amavis/conf.d/* "$SRC/99-corpus"; do CF+=(-c "$f"); done
# run 1: a config error (unknown variable in an extra file), exits
printf '$gibt_es_nicht = 1;\n$log_level = ;\n1;\n' > "$W/bad.conf"
amavisd "${CF[@]}" -c "$W/bad.conf" foreground > "$W/run1.out" 2>&1; echo "run1 rc=$?"
amavisd "${CF[@]}" foreground > "$W/run2.out" 2>&1 &
AP=$!
sleep 8
python3 "$SRC/send.py" > "$W/send1.out" 2>&1
kill $SP; sleep 1
python3 "$SRC/send.py" > "$W/send2.out" 2>&1   # sink gone: forwarding fails
sleep 2
kill -TERM "$(cat "$W/amavisd.pid")"; sleep 3
echo "amavis rc: $(wait $AP; echo $?)"
# run 3: stderr logging (99-corpus-stderr), sink up again
python3 "$SRC/sink.py" > "$W/sink3.out" 2>&1 &
SP=$!
amavisd "${CF[@]}" -c "$SRC/99-corpus-stderr" foreground > "$W/amavis_stderr.log" 2>&1 &
AP=$!
sleep 8
python3 "$SRC/send.py" > "$W/send3.out" 2>&1
kill $SP; sleep 1
python3 "$SRC/send.py" > "$W/send4.out" 2>&1
sleep 2
kill -TERM "$(cat "$W/amavisd.pid")"; sleep 3
echo "amavis run3 rc: $(wait $AP; echo $?)"
