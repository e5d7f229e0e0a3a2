#!/bin/bash
# MIT Kerberos 1.20.1 kadmind (+ krb5kdc, which kadmin needs for tickets) on 127.0.0.1 high ports.
# Output: $OUT/out/kadmind.log (the [logging] admin_server = FILE: destination, kadmind's default layout).
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/krb5; rm -rf "$W"; mkdir -p "$W/db"
export TZ=UTC KRB5_CONFIG=$HERE/krb5.conf KRB5_KDC_PROFILE=$W/kdc.conf KRB5CCNAME=FILE:$W/ccache
sed -e "s#@W@#$W#g" -e "s#@HERE@#$HERE#g" "$HERE/kdc.conf.in" > "$W/kdc.conf"
kdb5_util create -s -P 'master-Pw-1' -r SHOP.TEST >"$W/kdb5_util.out" 2>&1
kl() { kadmin.local -r SHOP.TEST -q "$1" >>"$W/kadmin_local.out" 2>&1; }
kl "addprinc -pw adminpw1 admin/admin"
kl "addprinc -pw helppw1 helpdesk"
kl "addpol -minlength 12 -minclasses 2 strict"
kl "addprinc -pw Café-Zoë-東京-2026 -policy strict zoë"
kl "ktadd -k $W/db/kadm5.keytab kadmin/admin kadmin/changepw"
/usr/sbin/krb5kdc -n -r SHOP.TEST >"$W/krb5kdc.stdout" 2>&1 & KDC=$!
/usr/sbin/kadmind -nofork -r SHOP.TEST >"$W/kadmind.stdout" 2>&1 & KADM=$!
sleep 2
ka() { echo "== $*" >>"$W/kadmin.out"; kadmin -r SHOP.TEST "$@" >>"$W/kadmin.out" 2>&1; }
ka -p admin/admin -w adminpw1 -q "addprinc -pw Web1-secret-pw web-1/host"
ka -p admin/admin -w adminpw1 -q "getprinc web-1/host"
ka -p admin/admin -w adminpw1 -q "addprinc -pw short -policy strict bob"
ka -p admin/admin -w adminpw1 -q "addprinc -pw Web1-secret-pw web-1/host"
ka -p helpdesk -w helppw1 -q "listprincs"
ka -p helpdesk -w helppw1 -q "getprinc nosuch"
ka -p helpdesk -w helppw1 -q "delprinc -force web-1/host"
ka -p helpdesk -w helppw1 -q "cpw -pw x zoë"
ka -p admin/admin -w adminpw1 -q 'modprinc -maxlife "8 hours" zoë'
ka -p admin/admin -w adminpw1 -q "cpw -pw abc zoë"
ka -p admin/admin -w adminpw1 -q "delprinc -force web-1/host"
ka -p admin/admin -w wrong-pw -q "listprincs"
# kpasswd protocol (served by kadmind): a rejected and an accepted change
printf 'Café-Zoë-東京-2026\nshort\nshort\n' | kpasswd zoë >>"$W/kpasswd.out" 2>&1
printf 'Café-Zoë-東京-2026\nNew-Zoë-東京-2027\nNew-Zoë-東京-2027\n' | kpasswd zoë >>"$W/kpasswd.out" 2>&1
# a request kadmind cannot read: garbage on its TCP port
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 2 bash -c 'cat > /dev/tcp/127.0.0.1/28749' 2>/dev/null
sleep 1
kill -HUP $KADM; sleep 1
# a second kadmind (other ports) with a malformed ACL file: it logs errors and exits
sed -e "s#$HERE/kadm5.acl#$W/bad.acl#" -e "s#FILE:$W/db/kadm5.keytab#FILE:$W/missing.keytab#" -e "s#28749#28750#; s#28464#28465#" "$W/kdc.conf" > "$W/kdc_bad.conf"
printf 'admin/admin@SHOP.TEST  *\nthis is "not" an\tACL line\n' > "$W/bad.acl"
KRB5_KDC_PROFILE=$W/kdc_bad.conf timeout 5 /usr/sbin/kadmind -nofork -r SHOP.TEST >>"$W/kadmind2.stdout" 2>&1
ka -p admin/admin -w adminpw1 -q "getprinc zoë"
kill -TERM $KADM; wait $KADM
kill -TERM $KDC; wait $KDC
cp "$W/kadmind.log" "$OUT/out/kadmind.log"
