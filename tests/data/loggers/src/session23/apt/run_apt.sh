#!/bin/bash
# Debian 12 apt 2.6 / dpkg 1.21: real package operations, and the lines they add to /var/log/dpkg.log, /var/log/apt/history.log and
# /var/log/apt/term.log: install `hello` and `cowsay`, a `dpkg -i` of a home-made .deb whose dependency is missing (fails), `apt-get -f install`
# (removes it again), purge of hello and cowsay. Runs as root. Only the lines written by this run are kept.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/apt; rm -rf $W; mkdir -p $W/pkg/DEBIAN $CORPUS/raw
D=/var/log/dpkg.log; H=/var/log/apt/history.log; T=/var/log/apt/term.log
d0=$(wc -l < $D); h0=$(wc -l < $H); t0=$(wc -l < $T)
cat > $W/pkg/DEBIAN/control <<C
Package: shop-agent
Version: 1.0-1
Architecture: all
Maintainer: Shop Ops <ops@shop.test>
Depends: libshop-nonexistent1 (>= 2.0)
Description: Grüße – a test package whose dependency does not exist
C
dpkg-deb --build $W/pkg $W/shop-agent_1.0-1_all.deb >/dev/null
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends hello cowsay > $W/out.txt 2>&1
dpkg -i $W/shop-agent_1.0-1_all.deb >> $W/out.txt 2>&1
apt-get -f install -y >> $W/out.txt 2>&1
apt-get purge -y hello cowsay >> $W/out.txt 2>&1
tail -n +$((d0+1)) $D > $CORPUS/raw/dpkg.log
tail -n +$((h0+1)) $H > $CORPUS/raw/apt_history.log
tail -n +$((t0+1)) $T > $CORPUS/raw/apt_term.log
