#!/bin/bash
# vsftpd 3.0.3: listen=YES, background=NO; dual_log_enable (its own vsftpd_log_file + xferlog), log_ftp_protocol; anonymous list/download/upload-denied,
# a missing file, names with spaces and non-ASCII, a failed local login, an upload, a good local login (a user made for the run).
set -u; : "${CORPUS:?}"; W=$CORPUS/work/vsftpd; rm -rf $W; mkdir -p $W/anon/pub $W/empty $CORPUS/raw
echo "Preisliste Köln" > $W/anon/pub/prices.txt; head -c 70000 /dev/urandom > $W/anon/pub/catalog.bin; for f in "Größe 1.pdf" report-2026.csv logo.png; do head -c $((RANDOM*3)) /dev/urandom > "$W/anon/pub/$f"; done; chmod -R a-w $W/anon
id ftpshop >/dev/null 2>&1 || useradd -M -d $W -s /bin/bash ftpshop; echo 'ftpshop:Sch0ko!' | chpasswd
cat > $W/vsftpd.conf <<C
listen=YES
listen_address=127.0.0.1
listen_port=5421
background=NO
anonymous_enable=YES
anon_root=$W/anon
local_enable=YES
write_enable=YES
secure_chroot_dir=$W/empty
pasv_enable=YES
pasv_min_port=5422
pasv_max_port=5430
xferlog_enable=YES
xferlog_file=$W/xferlog
vsftpd_log_file=$W/vsftpd.log
dual_log_enable=YES
log_ftp_protocol=YES
seccomp_sandbox=NO
pam_service_name=vsftpd
C
TZ=UTC vsftpd $W/vsftpd.conf > $W/stdout.txt 2>&1 & P=$!; sleep 1
curl -s ftp://127.0.0.1:5421/pub/ >/dev/null
curl -s ftp://127.0.0.1:5421/pub/prices.txt >/dev/null
curl -s ftp://127.0.0.1:5421/pub/catalog.bin >/dev/null
curl -s ftp://127.0.0.1:5421/pub/missing.zip >/dev/null
for f in "Gr%C3%B6%C3%9Fe%201.pdf" report-2026.csv logo.png prices.txt; do curl -s "ftp://127.0.0.1:5421/pub/$f" >/dev/null; done
echo hi | curl -s -T - ftp://127.0.0.1:5421/pub/upload.txt >/dev/null
curl -s -u ftpshop:wrong ftp://127.0.0.1:5421/ >/dev/null
curl -s -u 'ftpshop:Sch0ko!' ftp://127.0.0.1:5421/ >/dev/null
echo "Bestellung 42 über 3 Artikel" | curl -s -u 'ftpshop:Sch0ko!' -T - "ftp://127.0.0.1:5421/order-42.txt" >/dev/null
sleep 0.5; kill -TERM $P; wait $P
cp $W/vsftpd.log $CORPUS/raw/vsftpd.log; cp $W/xferlog $CORPUS/raw/vsftpd_xferlog.log
