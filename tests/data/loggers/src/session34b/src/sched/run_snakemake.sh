#!/bin/bash
# Snakemake: the shop Snakefile with one core; keeps the run's own log file (.snakemake/log/*.snakemake.log).
# usage: run_snakemake.sh VENV_BIN OUTDIR
set -u
BIN=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/snakemake; rm -rf "$W"; mkdir -p "$W"; cp "$HERE/Snakefile" "$W/"; cd "$W" || exit 1
export TZ=UTC
"$BIN/snakemake" --cores 1 --keep-going > "$W/stdout.txt" 2> "$W/stderr.txt"
cp .snakemake/log/*.snakemake.log "$OUT/snakemake.log"
