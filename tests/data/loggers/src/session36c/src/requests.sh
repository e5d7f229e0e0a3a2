#!/bin/bash
# Drive an app at $1 (base URL) with the same requests: 200, 404, 500 (exception), POST with non-ASCII, slow, query with quotes.
B="$1"
c() { curl -s -o /dev/null -w "%{http_code} $*\n" "$@" >&2; sleep 0.3; }
c "$B/"
c "$B/missing"
c "$B/boom"
c -X POST -H 'Content-Type: application/json' --data-binary '{"customer":"Café Zoë in 東京","note":"say \"hi\"\tplease"}' "$B/orders"
c "$B/slow"
c "$B/search?q=%22caf%C3%A9%22&tag=a%09b"
c -A 'Mozilla/5.0 (X11; Linux x86_64) "quoted" agent' -e 'http://example.test/ref?x=1' "$B/"
