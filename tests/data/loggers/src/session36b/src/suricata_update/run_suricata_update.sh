#!/bin/bash
# suricata-update 1.2.7 (Debian) offline: the default ET Open fetch fails (no network), then local rules only.
# Its log goes to stderr: "d/m/yyyy -- hh:mm:ss - <Level> -- message".
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/suricata_update; rm -rf "$W"; mkdir -p "$W"
export TZ=UTC
SU="suricata-update --data-dir $W/data --config /dev/null --suricata-conf /nonexistent/suricata.yaml --output $W/rules"
{
$SU --no-reload
$SU -v --no-test --no-merge --local "$HERE/local.rules" --disable-conf "$HERE/disable.conf" --no-reload
$SU -q --no-test --local "$HERE/local.rules" --no-reload
$SU --no-test --offline --local /nonexistent/extra.rules
suricata-update update-sources --data-dir $W/data --config /dev/null
# a config file that is not YAML: an uncaught exception, Python's traceback on stderr
suricata-update --data-dir $W/data --config "$HERE/bad-update.yaml" --no-test --offline
} 2>&1 | cat > "$W/suricata-update.out"
cp "$W/suricata-update.out" "$OUT/out/suricata_update.log"
