#!/bin/sh
# every command appends to the same --log-file; -vv = DEBUG
export TZ=UTC
C="--config /tmp/corpus28/src/rclone.conf --log-file /tmp/w28/rclone/rclone.log"
W=/tmp/w28/rclone
rclone $C -vv copy loc:$W/src loc:$W/dst --stats 0
rclone $C -vv sync loc:$W/src loc:$W/dst2 --dry-run
rclone $C -v  lsf loc:$W/nosuchdir
rclone $C -vv copy broken:x loc:$W/dst3
rclone $C -vv --stats-one-line --stats 1s copy loc:$W/src loc:$W/dst4
rclone $C -vv check loc:$W/src loc:$W/dst
rclone $C -vv deletefile loc:$W/dst/résumé.txt
rclone $C -v  size loc:$W/src
rclone $C -vv copy loc:$W/src2 loc:$W/dst5          # symlink: NOTICE
rclone $C -vv -L copy loc:$W/src2 loc:$W/dst6       # dangling symlink followed: ERROR
