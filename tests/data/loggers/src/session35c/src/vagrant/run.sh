#!/bin/bash
# Vagrant's own log (VAGRANT_LOG=info goes to stderr, with its UI output on stdout): no provider here, so
# `vagrant up` fails; `vagrant status` and a bad subcommand too.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC VAGRANT_LOG=info VAGRANT_HOME=/tmp/w35c/vagrant.d VAGRANT_CHECKPOINT_DISABLE=1
rm -rf /tmp/w35c/vagrant.d /tmp/w35c/vagrant-proj "$OUT/vagrant.log"
mkdir -p /tmp/w35c/vagrant-proj && cp "$HERE/Vagrantfile" /tmp/w35c/vagrant-proj/
cd /tmp/w35c/vagrant-proj
{ vagrant up; vagrant status; vagrant no-such-command; } > "$OUT/vagrant.log" 2>&1
true
