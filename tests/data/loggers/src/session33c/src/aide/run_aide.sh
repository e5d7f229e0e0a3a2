#!/bin/bash
# AIDE 0.18.3 (Debian aide, without aide-common's wrapper): --init, changes, --check, --update, --check;
# stderr of every run (AIDE's log, `log_level=compare`) appended to aide.log, reports to report-N.txt.
export TZ=UTC
W=/tmp/w33c/work/aide
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/root/etc/ssh" "$W/root/var/log/cache" "$W/root/bin" "$W/root/srv"
cd "$W/root"
printf 'Port 22\n' > etc/ssh/sshd_config
printf 'root:x:0:0:root:/root:/bin/bash\n' > etc/passwd
printf 'Grüße aus Köln\n' > etc/motd
printf 'boot ok\n' > var/log/syslog
printf '#!/bin/sh\necho ls\n' > bin/ls; chmod 755 bin/ls
LOG=$W/aide.log
aide --config "$SRC/aide.conf" --init > "$W/report-1.txt" 2>> "$LOG"; echo "init rc=$?"
mv "$W/aide.db.new" "$W/aide.db"
sleep 1
printf 'Port 2222\nPermitRootLogin yes\n' > etc/ssh/sshd_config
printf 'toor:x:0:0::/root:/bin/sh\n' >> etc/passwd
chmod 4755 bin/ls
printf 'more\n' >> var/log/syslog
printf 'neu\n' > etc/東京.conf
rm etc/motd
printf 'x\n' > var/log/cache/c
aide --config "$SRC/aide.conf" --check > "$W/report-2.txt" 2>> "$LOG"; echo "check rc=$?"
aide --config "$SRC/aide.conf" --update > "$W/report-3.txt" 2>> "$LOG"; echo "update rc=$?"
mv "$W/aide.db.new" "$W/aide.db"
aide --config "$SRC/aide.conf" --check > "$W/report-4.txt" 2>> "$LOG"; echo "check2 rc=$?"
aide --config "$SRC/aide-bad.conf" --check > "$W/report-5.txt" 2>> "$LOG"; echo "bad-config rc=$?"
aide --config "$SRC/nicht-da.conf" --check > "$W/report-6.txt" 2>> "$LOG"; echo "missing-config rc=$?"
