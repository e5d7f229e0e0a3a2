#!/bin/bash
# Luigi 3.8.1: `luigi --module luigi_pipeline Bericht --local-scheduler`, its default console logging, stdout+stderr
export TZ=UTC LANG=C.UTF-8
rm -rf /tmp/w30/luigi; mkdir -p /tmp/w30/luigi
cd /tmp/w30/corpus/src
PYTHONPATH=/tmp/w30/corpus/src /tmp/w30/venv/bin/luigi --module luigi_pipeline Bericht --local-scheduler > /tmp/w30/luigi/luigi_raw.log 2>&1
echo "exit $?"
