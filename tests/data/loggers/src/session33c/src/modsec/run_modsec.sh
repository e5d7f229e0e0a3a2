#!/bin/bash
# Run inside `unshare -n`: Apache 2.4 + mod_security2 2.9.7 + OWASP CRS 3.3.4 on 127.0.0.1:8080.
# usage: run_modsec.sh native|json
set -u
export TZ=UTC
MODE=$1
W=/tmp/w33c/work/modsec-$MODE
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/htdocs" "$W/modsec-data"; chown www-data "$W/modsec-data"
ip link set lo up
printf '<html><body>Grüße aus Köln</body></html>\n' > "$W/htdocs/index.html"
printf 'ok\n' > "$W/htdocs/status.txt"
sed -e 's/^SecRuleEngine DetectionOnly/SecRuleEngine On/' \
    -e "s#^SecAuditLog /var/log/apache2/modsec_audit.log#SecAuditLog $W/modsec_audit.log#" \
    -e "s#^SecUnicodeMapFile unicode.mapping#SecUnicodeMapFile /etc/modsecurity/unicode.mapping#" \
    /etc/modsecurity/modsecurity.conf-recommended > "$W/modsecurity.conf"
if [ "$MODE" = json ]; then echo 'SecAuditLogFormat JSON' >> "$W/modsecurity.conf"; fi
apache2 -d /etc/apache2 -f "$SRC/httpd.conf" -C "Define W $W" -k start
sleep 2
B=http://127.0.0.1:8080
C="curl -s -o /dev/null -w %{http_code}\n --max-time 5"
$C "$B/"
$C "$B/status.txt"
$C -A 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0' "$B/?q=caf%C3%A9+K%C3%B6ln"
$C "$B/?id=1%27%20OR%20%271%27%3D%271"
$C "$B/search?q=%3Cscript%3Ealert(%22Gr%C3%BC%C3%9Fe%22)%3C/script%3E"
$C "$B/../../etc/passwd" --path-as-is
$C "$B/index.php?file=/etc/passwd"
$C -A 'sqlmap/1.7.2#stable (https://sqlmap.org)' "$B/login"
$C -A 'Nikto/2.5.0' "$B/admin/"
$C -X POST -H 'Content-Type: application/json' --data '{"name":"Jürgen","cmd":"; cat /etc/shadow"}' "$B/api/users"
$C -X POST -H 'Content-Type: application/json' --data '{"broken": ' "$B/api/users"
$C -X POST --data 'user=admin&pass=x%27%3B%20DROP%20TABLE%20users%3B--' "$B/login"
$C -H 'Host: 127.0.0.1' "$B/"
$C "$B/cgi-bin/test.cgi?cmd=%7Cid%7C"
$C -X PUT --data 'x' "$B/upload/東京.txt"
$C "$B/wp-login.php"
$C "$B/.env"
$C -H 'Content-Type: multipart/form-data; boundary=XX' --data-binary $'--XX\r\nContent-Disposition: form-data; name="f"\r\n\r\nabc\r\n--YY--\r\n' "$B/upload"
sleep 1
kill -TERM "$(cat "$W/apache.pid")"
sleep 2
