#!/bin/bash
# CFEngine 3 cf-agent, masterless (-K: ignore locks, -f: a policy file), with --inform (-I): its console log
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC
rm -rf /tmp/w35c/cfengine "$OUT/cfengine_agent.log"
mkdir -p /tmp/w35c/cfengine
cp "$HERE/shop.cf" /tmp/w35c/cfengine/ && chmod 600 /tmp/w35c/cfengine/*.cf
{ cf-agent -K -I -f /tmp/w35c/cfengine/shop.cf; cf-agent -K -I -f /tmp/w35c/cfengine/shop.cf; } > "$OUT/cfengine_agent.log" 2>&1
true
