#!/bin/bash
# Re-run every app of set 36c and rewrite out/*.log|jsonl; then make_expected.py writes the expected files.
# Needs: Debian packages thin unicorn starman libdancer2-perl libplack-perl php8.2-fpm php8.2-cli php-monolog
# ruby-rack lighttpd (see apt_install*.txt), and ../venv (setup_venv.sh) and ../node (setup_node.sh).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
for s in py/run_fastapi.sh py/run_falcon.sh py/run_pyramid.sh py/run_celery_beat.sh py/run_litestar.sh py/run_webpy.sh \
         node/run_node.sh ruby/run_ruby.sh perl/run_perl.sh php/run_php.sh; do
  echo "== $s" >&2
  bash "$HERE/$s"
done
python3 "$HERE/../make_expected.py"
