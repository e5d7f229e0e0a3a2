#!/bin/bash
# Sphinx: one html build of docs/ (stdout and stderr to one file, not a TTY), no network (intersphinx fails)
set -u
cd /tmp/w31c/sphinx
export TZ=UTC
rm -rf out
unshare -n /tmp/w31c/venv/bin/sphinx-build -b html docs out > sphinx_build.log 2>&1
echo exit=$?
