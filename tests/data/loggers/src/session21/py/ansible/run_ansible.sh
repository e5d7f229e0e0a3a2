#!/bin/bash
# ansible-core (PyPI) with log_path set in ansible.cfg; one local host and one unreachable (port 1 on loopback).
cd "$(dirname "$0")"; export TZ=UTC ANSIBLE_CONFIG="$PWD/ansible.cfg"
rm -rf /tmp/c21ansible; mkdir -p /tmp/c21ansible
${CORPUS}/.venv/bin/ansible-playbook site.yml > /dev/null 2>&1
${CORPUS}/.venv/bin/ansible-playbook -v site.yml --limit "localhost,nosuchhost" > /dev/null 2>&1
cp /tmp/c21ansible/ansible.log ${CORPUS}/src/out/ansible.log
