#!/bin/sh
# clients against the rsync daemon on 127.0.0.1:18873 (TZ=UTC)
export TZ=UTC
R=rsync://127.0.0.1:18873
mkdir -p /tmp/w28/rsync/dl /tmp/w28/rsync/up
echo "upload ä" > "/tmp/w28/rsync/up/größe.txt"
rsync "$R/"                                  # list modules
rsync -av "$R/files/" /tmp/w28/rsync/dl/     # download
rsync -av /tmp/w28/rsync/up/ "$R/files/up/"  # upload with non-ASCII name
rsync -av "$R/nosuchmodule/" /tmp/w28/rsync/dl/       # unknown module
RSYNC_PASSWORD=wrong rsync "rsync://jürgen@127.0.0.1:18873/secret/"  # auth failure
RSYNC_PASSWORD=s3cret rsync "rsync://jürgen@127.0.0.1:18873/secret/" # auth ok
rsync "$R/denied/"                            # host not allowed
rsync -av "$R/files/missing-file.txt" /tmp/w28/rsync/dl/  # missing file
printf 'GARBAGE\n' | timeout 3 nc -q1 127.0.0.1 18873 || true   # protocol garbage
rsync -av --delete /tmp/w28/rsync/dl/sub/ "$R/files/sub/"
