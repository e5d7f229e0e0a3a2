#!/bin/sh
# ocserv -f -d 3 (foreground, debug 3, stderr) and openconnect -v against it: a wrong password, a right one.
# --script=/bin/true: the client must not touch this machine's routes or resolv.conf (the default vpnc-script would).
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; W=/tmp/w34g/run/ocserv; export TZ=UTC
rm -rf $W; mkdir -p $W $O; cd $W
printf 'cn = "Shop CA"\nca\ncert_signing_key\nexpiration_days = 30\n' > ca.tmpl
printf 'cn = "127.0.0.1"\nip_address = "127.0.0.1"\ntls_www_server\nexpiration_days = 30\n' > server.tmpl
certtool --generate-privkey --outfile ca-key.pem 2>/dev/null
certtool --generate-self-signed --load-privkey ca-key.pem --template ca.tmpl --outfile ca.pem 2>/dev/null
certtool --generate-privkey --outfile server-key.pem 2>/dev/null
certtool --generate-certificate --load-privkey server-key.pem --load-ca-certificate ca.pem --load-ca-privkey ca-key.pem --template server.tmpl --outfile server-cert.pem 2>/dev/null
printf 'zoë-pass\nzoë-pass\n' | ocpasswd -c $W/ocpasswd zoe
ocserv -f -d 3 -c $D/ocserv.conf > $O/ocserv.log 2>&1 & P=$!; sleep 2
echo 'wrong' | timeout 10 openconnect -v --script=/bin/true --cafile $W/ca.pem -u zoe --passwd-on-stdin --non-inter https://127.0.0.1:34443/ > $O/openconnect.log 2>&1
echo 'zoë-pass' | timeout 10 openconnect -v --script=/bin/true --cafile $W/ca.pem -u zoe --passwd-on-stdin --non-inter https://127.0.0.1:34443/ >> $O/openconnect.log 2>&1
printf 'GET /bogus HTTP/1.0\r\n\r\n' | timeout 5 openssl s_client -quiet -connect 127.0.0.1:34443 >/dev/null 2>&1
sleep 1; kill -TERM $P; wait $P
