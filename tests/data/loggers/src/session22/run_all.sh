#!/bin/bash
# Regenerates the whole corpus: every generator (times and pids change), then the expected files and the cross-check.
# Needs: the Debian packages listed in README.md, a venv at $CORPUS/.venv (pip install scrapy twisted aiohttp jupyter_server),
# $CORPUS/node/node_modules (npm install log4js tslog consola signale bole). Runs as root (servers bind 127.0.0.1 ports 5301-5398).
set -u
export CORPUS=${CORPUS:-$(cd "$(dirname "$0")/.." && pwd)}
S=$(cd "$(dirname "$0")" && pwd)
mkdir -p $CORPUS/raw
for s in named dnsmasq unbound chrony stunnel privoxy icecast kea memcached varnish cups pgbouncer openvpn jetty; do
  echo "== $s"; $S/servers/run_$s.sh
done
echo "== samba"; setsid $S/servers/run_samba.sh
$S/php/run_php.sh; $S/java/run_java.sh; $S/java/run_mc.sh
TZ=UTC python3 $S/py/gen_ha_odoo.py
$S/py/run_scrapy.sh
TZ=UTC $CORPUS/.venv/bin/python $S/py/twisted_shop.py $CORPUS/raw/twisted.log
TZ=UTC $CORPUS/.venv/bin/python $S/py/aiohttp_shop.py $CORPUS/raw/aiohttp.log
$S/py/run_jupyter.sh; $S/py/run_pip.sh
$S/node/run_node.sh; $S/node/run_npm_debug.sh
$S/perl/run_mojo.sh; TZ=UTC perl $S/perl/log4perl_shop.pl $CORPUS/raw/log4perl_easy.log 2>/dev/null
$S/ruby/run_sidekiq.sh; $S/ruby/run_puma.sh
python3 $S/composed/gen_gha.py
python3 $S/make_expected.py && python3 $S/crosscheck.py
