#!/bin/sh
# requests.sh PORT: the same requests against each server (127.0.0.1 only)
P=$1; B=http://127.0.0.1:$P
c() { curl -s -o /dev/null -w '%{http_code} ' "$@"; }
c $B/
c $B/hallo
c "$B/hallo?name=K%C3%B6ln"
c $B/gibtsnicht
c $B/fehler
c "$B/k%C3%B6ln/%E6%9D%B1%E4%BA%AC"
c -X POST -d 'a=1&b=Grüße' $B/post
c -X DELETE $B/hallo
c -A 'Mozilla/5.0 "quoted" agent' -e 'http://example.test/ref' $B/hallo
c -I $B/
c $B/../../etc/passwd --path-as-is
c $B/redirect
c $B/langsam
echo
