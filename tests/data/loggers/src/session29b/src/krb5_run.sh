#!/bin/bash
# MIT krb5 1.20.1 KDC: throwaway realm W30.TEST in /tmp/w30/krb5, krb5kdc -n logging to FILE:/tmp/w30/krb5/kdc.log
# Passwords are random, made at run time and never written to a file.
export TZ=UTC KRB5_CONFIG=/tmp/w30/corpus/src/krb5.conf KRB5_KDC_PROFILE=/tmp/w30/corpus/src/kdc.conf
export KRB5CCNAME=FILE:/tmp/w30/krb5/ccache
rm -rf /tmp/w30/krb5; mkdir -p /tmp/w30/krb5
kinit_pw() { { set +x; } 2>/dev/null; echo "$1" | kinit "$2"; }
MP=$(head -c 18 /dev/urandom | base64); UP=$(head -c 18 /dev/urandom | base64)
kdb5_util create -s -r W30.TEST -P "$MP" >/dev/null
kadmin.local -q "addprinc -pw $UP jürgen" >/dev/null
kadmin.local -q "addprinc -pw $UP -requires_preauth anna" >/dev/null
kadmin.local -q "addprinc -randkey HTTP/web.w30.test" >/dev/null
kadmin.local -q "addprinc -pw $UP -expire 2020-01-01 alt" >/dev/null
set -x
krb5kdc -n & KPID=$!
sleep 2
kinit_pw "$UP" jürgen; klist
kvno HTTP/web.w30.test
kvno HTTP/fehlt.w30.test
kinit_pw falsch-passwort jürgen
kinit_pw falsch-passwort anna
kinit_pw "$UP" anna
kinit_pw x café
kinit_pw x 日本@W30.TEST
kinit_pw "$UP" alt
kinit_pw x someone@OTHER.REALM
kdestroy
sleep 1
kill $KPID; wait $KPID
