#!/bin/bash
# Ansible's own log file (ANSIBLE_LOG_PATH), default layout; then -vvv to a second file.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT" /tmp/w35c/ansible
rm -rf /tmp/w35c/ansible/shop "$OUT/ansible.log" "$OUT/ansible_vvv.log"
cd "$HERE"
export TZ=UTC ANSIBLE_CONFIG="$HERE/ansible.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0
# first run: creates, changes, fails; a host pattern that matches nothing (warning); a syntax error playbook
ANSIBLE_LOG_PATH="$OUT/ansible.log" ansible-playbook site.yml > /dev/null 2>&1
ANSIBLE_LOG_PATH="$OUT/ansible.log" ansible-playbook site.yml --limit localhost > /dev/null 2>&1
ANSIBLE_LOG_PATH="$OUT/ansible.log" ansible nosuchgroup -m ping > /dev/null 2>&1
ANSIBLE_LOG_PATH="$OUT/ansible.log" ansible-playbook broken.yml > /dev/null 2>&1
# -vvv: one run against localhost only
rm -rf /tmp/w35c/ansible/shop
ANSIBLE_LOG_PATH="$OUT/ansible_vvv.log" ansible-playbook -vvv site.yml --limit localhost > /dev/null 2>&1
true
