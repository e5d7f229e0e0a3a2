#!/bin/bash
# faust-streaming 0.15.3 worker (PyPI, venv2; aiokafka 0.14.0), `faust -A shop_app worker -l info`: the banner on
# stdout, the log on stderr (both kept, in order). Nothing listens on the Kafka port: the worker fails to start,
# logs the traceback and stops all its services.
. /work/helper36a/src/env.sh
export PATH=$OUT/venv2/bin:$PATH
D=$RUN/faust; rm -rf $D; mkdir -p $D
cd $OUT/src/faust
timeout -s INT 60 faust -A shop_app worker -l info > $OUT/out/faust_worker.log 2>&1
echo "faust exit $?"
