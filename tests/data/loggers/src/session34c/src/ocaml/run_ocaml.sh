#!/bin/sh
# Build shop_logs with ocamlfind (Debian ocaml 4.13, liblogs-ocaml-dev 0.7.0) and write its stderr.
set -e
OUT=${OUT:-/tmp/w34c/out}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT" /tmp/w34c/build/ocaml
cp "$HERE/shop_logs.ml" /tmp/w34c/build/ocaml/
cd /tmp/w34c/build/ocaml
ocamlfind ocamlopt -package logs,logs.fmt,unix -linkpkg shop_logs.ml -o shop_logs
TZ=UTC ./shop_logs 2> "$OUT/ocaml_logs.log" || true
