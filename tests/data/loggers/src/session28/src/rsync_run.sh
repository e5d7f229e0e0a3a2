#!/bin/sh
# rsync daemon (log file = in rsyncd.conf), clients from rsync_client.sh, then SIGTERM. Third run kept.
export TZ=UTC LC_ALL=C.UTF-8
mkdir -p /tmp/w28/rsync/mod/sub /tmp/w28/rsync/ro
echo hello > /tmp/w28/rsync/mod/café.txt; echo x > /tmp/w28/rsync/mod/plain.txt; echo y > "/tmp/w28/rsync/mod/sub/ünïcode-Ω.bin"
printf 'jürgen:s3cret\n' > /tmp/w28/rsync/secrets; chmod 600 /tmp/w28/rsync/secrets
rsync --daemon --no-detach --config=/tmp/corpus28/src/rsyncd.conf &
sleep 1
sh /tmp/corpus28/src/rsync_client.sh
sleep 1
kill $(cat /tmp/w28/rsync/rsyncd.pid)
