#!/usr/bin/env bash
# `sam validate --lint` and `sam build`, offline, with aws-sam-cli in its own venv (it pins its own
# boto3, so it cannot share .venv). sam build needs the functions' runtime, Python 3.12.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv-sam/bin/sam ]; then
    "$PYTHON" -m venv .venv-sam
    .venv-sam/bin/python -m pip install --quiet --upgrade pip
    .venv-sam/bin/python -m pip install --quiet aws-sam-cli==1.170.0
fi
export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-us-east-1} SAM_CLI_TELEMETRY=0
if command -v pyenv >/dev/null 2>&1; then
    # pyenv shims answer for python3.12 only when that version is selected beside the default one.
    default=$(pyenv version-name)
    py312=$(pyenv versions --bare | grep -E '^3\.12(\.|$)' | tail -n 1 || true)
    [ -n "$py312" ] && export PYENV_VERSION="$default:$py312"
fi
.venv-sam/bin/sam validate --lint
.venv-sam/bin/sam build --build-dir .aws-sam/build
test -f .aws-sam/build/MapFunction/logmr/handlers/map.py
test ! -e .aws-sam/build/MapFunction/msgspec  # the dependencies are in the layer, built once
test -d .aws-sam/build/DependenciesLayer/python/msgspec
# logmr's C kernel, compiled for Lambda's x86_64 (ELF machine 62) by the layer's Makefile
.venv-sam/bin/python - .aws-sam/build/DependenciesLayer/python/logmr_native.abi3.so <<'PY'
import sys
head = open(sys.argv[1], "rb").read(20)
assert head[:4] == b"\x7fELF" and int.from_bytes(head[18:20], "little") == 62, "not an x86_64 shared object"
PY
test ! -e .aws-sam/build/DependenciesLayer/zig  # (the compiler is not shipped)
# The kernel's tests against the very module the layer ships (zig's build: clang, not the venv's gcc)
zig_built=$(mktemp -d)
cp .aws-sam/build/DependenciesLayer/python/logmr_native.abi3.so "$zig_built/"
PYTHONPATH="$zig_built" .venv/bin/python -c "import logmr_native; assert logmr_native.__file__.startswith('$zig_built')"
PYTHONPATH="$zig_built" .venv/bin/python -m pytest -q -p no:cacheprovider tests/test_json_native.py tests/test_key_counts.py tests/test_group_dfa.py \
    tests/test_json_pieces.py tests/test_line_hits.py tests/test_dfa_count.py tests/test_quote_cut.py tests/test_json_flat.py
rm -rf "$zig_built"
echo "sam validate --lint and sam build: ok"
