#!/bin/bash
# Salt 3008.4 (PyPI), CPython 3.11.7: masterless `salt-call --local` with src/salt/minion; Salt's log file
# (default format) at --log-file-level=info (the default, warning, would keep only the failures; debug writes 1300+ lines).
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/salt
D=/tmp/w30/salt; B=/tmp/w30/venv/bin
rm -rf $D && mkdir -p $D/etc $D/run && cp $S/minion $D/etc/minion
C="$B/salt-call --local -c $D/etc --log-file-level=info -l quiet"
$C test.ping
$C state.apply > $D/state1.out 2>&1; echo "state.apply rc=$?"
$C log.warning "Plattenplatz knapp auf /srv — noch 3 % frei"; echo
$C state.apply kaputt > $D/kaputt.out 2>&1; echo "kaputt rc=$?"
$C cmd.run "echo Grüße" ; echo
$C gibtsnicht.funktion; echo "missing function rc=$?"
$C grains.get os
cp $D/root/var/log/salt/minion $D/minion.log
