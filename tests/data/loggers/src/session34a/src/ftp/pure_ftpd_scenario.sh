#!/bin/bash
# Inside with_syslog.sh: pure-ftpd in the foreground (no -B) with -d (verbose log: every command),
# a PureDB virtual user, then FTP sessions by curl and nc on 127.0.0.1:21734, then SIGTERM.
set -u
R=/tmp/w34a/run/ftp
rm -rf "$R"; mkdir -p "$R/home/shop"; chown -R nobody:nogroup "$R/home"
printf 's3cret\ns3cret\n' | pure-pw useradd shop -u nobody -g nogroup -d "$R/home/shop" -f "$R/pureftpd.passwd" -m -F "$R/pureftpd.pdb" >/dev/null
printf 'order 1001\tCafé Zoë in 東京\n' > "$R/upload.txt"
pure-ftpd -S 127.0.0.1,21734 -d -E -H -l "puredb:$R/pureftpd.pdb" -p 30100:30110 -g "$R/pure-ftpd.pid" -u 100 &
P=$!
sleep 1
U=ftp://127.0.0.1:21734
curl -sS --user shop:s3cret "$U/" -o /dev/null
curl -sS --user shop:s3cret -T "$R/upload.txt" "$U/Caf%C3%A9%20Zo%C3%AB.txt"
curl -sS --user shop:s3cret "$U/missing%5Corders.csv" -o /dev/null
curl -sS --user shop:wrong "$U/" -o /dev/null
curl -sS "$U/" -o /dev/null
# a raw session: an unknown command, a path with quotes, then QUIT
printf 'USER shop\r\nPASS s3cret\r\nXYZZY\r\nCWD "O'"'"'Brien"\r\nQUIT\r\n' | nc -q 2 127.0.0.1 21734 >/dev/null
sleep 1
kill -TERM "$P"; wait "$P"
