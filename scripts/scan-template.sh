#!/usr/bin/env bash
# checkov over template.yaml as CloudFormation sees it (translated by aws-sam-translator from .venv),
# once with the defaults and once with the optional parts switched on (trigger, extra input buckets,
# reserved concurrency), since checkov leaves out resources whose condition is false. checkov pins
# its own boto3 and more, so it lives in .venv-checkov. Skipped checks and their reasons: .checkov.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
CHECKOV_VERSION=3.3.30
if [ ! -x .venv-checkov/bin/checkov ] || [ "$(.venv-checkov/bin/checkov --version)" != "$CHECKOV_VERSION" ]; then
    "$PYTHON" -m venv .venv-checkov
    .venv-checkov/bin/python -m pip install --quiet --upgrade pip
    .venv-checkov/bin/python -m pip install --quiet "checkov==$CHECKOV_VERSION"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
.venv/bin/python scripts/translate_template.py > "$scratch/defaults.json"
.venv/bin/python scripts/translate_template.py \
    EnableS3Trigger=true AllowedInputBuckets=example-logs,other.logs ApiReservedConcurrency=10 > "$scratch/options.json"
.venv-checkov/bin/checkov --config-file .checkov.yaml -f "$scratch/defaults.json" -f "$scratch/options.json"
echo "checkov: ok"
