#!/bin/sh
# AWS CLI --debug, boto3's stream logger, mypy -v, tox -vv. Writes to $OUT.
set -u
OUT=${OUT:-/tmp/w34e/out}; W=${W:-/tmp/w34e/work/py}; V=${V:-/tmp/w34e/venv}; SRC=$(cd "$(dirname "$0")" && pwd)/py
export TZ=UTC AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_DEFAULT_REGION=eu-west-1 AWS_CONFIG_FILE=/dev/null
rm -rf "$W"; mkdir -p "$W" "$OUT"; cp "$SRC"/* "$W"; cd "$W"
AWS_MAX_ATTEMPTS=1 "$V/bin/aws" --debug --cli-connect-timeout 1 s3 ls s3://orders --endpoint-url http://127.0.0.1:9 2> "$OUT/awscli_debug.log" >/dev/null
"$V/bin/python" boto3_shop.py 2> "$OUT/boto3_stream_logger.log"
"$V/bin/mypy" -v --no-incremental mod.py > /dev/null 2> "$OUT/mypy_verbose.log"
"$V/bin/tox" -vv -e shop > "$OUT/tox_vv.log" 2>&1
true
