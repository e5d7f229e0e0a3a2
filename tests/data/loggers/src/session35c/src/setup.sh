#!/bin/bash
# Install what the runs need: Debian 12 packages and three Python venvs (PyPI) under /tmp/h35c.
set -e
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  ansible-core puppet-agent packer vagrant cfengine3 serf borgbackup duplicity rdiff-backup git util-linux
mkdir -p /tmp/h35c
python3 -m venv /tmp/h35c/venv && /tmp/h35c/venv/bin/pip install -q circus==0.19.0 honcho==2.0.0 nox==2026.10.20 buildbot==4.3.0 buildbot-worker==4.3.0
python3 -m venv /tmp/h35c/venv-salt && /tmp/h35c/venv-salt/bin/pip install -q salt==3008.4
python3 -m venv /tmp/h35c/venv-az && /tmp/h35c/venv-az/bin/pip install -q azure-cli==2.91.0
