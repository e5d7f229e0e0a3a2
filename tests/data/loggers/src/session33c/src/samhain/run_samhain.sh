#!/bin/bash
# Run inside `unshare -n -m`: samhain 4.1.4 reads its compiled-in /etc/samhain/samhainrc, so our samhainrc is
# bind-mounted over it (the mount dies with the namespace). init, then changes, then check twice.
export TZ=UTC
W=/tmp/w33c/work/samhain
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/watched/cache" "$W/watched/sub"
mount --bind "$SRC/samhainrc" /etc/samhain/samhainrc
cd "$W/watched"
printf 'Grüße aus Köln\n' > motd.txt
printf 'key=1\n' > attr.conf
printf 'line 1\n' > app.log
printf '#!/bin/sh\necho hi\n' > sub/run.sh; chmod 755 sub/run.sh
printf 'x\n' > cache/tmp.bin
printf 'alt\n' > gelöscht.txt
samhain -t init > "$W/init.out" 2>&1; echo "init rc=$?"
sleep 1
printf 'Grüße aus München\n' > motd.txt        # content changed (ReadOnly)
chmod 600 attr.conf                             # permissions changed (Attributes)
printf 'line 2\n' >> app.log                     # grew (GrowingLogFiles: ok)
: > app.log                                      # then shrank
rm gelöscht.txt                                  # removed
printf 'neu\n' > 東京.txt                        # added
printf 'bad\n' > "$(printf 'tab\tname')"         # a file name with a tab
chmod 4755 sub/run.sh                            # SUID added
printf 'y\n' >> cache/tmp.bin                    # ignored
samhain -t check > "$W/check1.out" 2>&1; echo "check1 rc=$?"
sleep 1
samhain -t check > "$W/check2.out" 2>&1; echo "check2 rc=$?"
umount /etc/samhain/samhainrc
