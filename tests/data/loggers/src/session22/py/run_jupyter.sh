#!/bin/bash
# Jupyter Server 2.x, its default log format ('[%(levelname)1.1s %(asctime)s.%(msecs).03d %(name)s] %(message)s' via traitlets/tornado),
# stderr captured; API requests with a good and a bad token, a missing file, a kernel spec list, a bad JSON body, SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/jupyter; rm -rf $W; mkdir -p $W/nb $W/home $CORPUS/raw
echo '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}' > "$W/nb/Grüße.ipynb"
cd $W/nb
HOME=$W/home JUPYTER_RUNTIME_DIR=$W/rt TZ=UTC $CORPUS/.venv/bin/jupyter server --ServerApp.ip=127.0.0.1 --ServerApp.port=5375 --allow-root \
  --no-browser --IdentityProvider.token=s3cr3t --ServerApp.log_level=DEBUG --ServerApp.root_dir=$W/nb > $W/stdout.txt 2> $W/stderr.txt &
P=$!; sleep 5
B=http://127.0.0.1:5375
curl -s -o /dev/null "$B/api?token=s3cr3t"
curl -s -o /dev/null -H "Authorization: token s3cr3t" "$B/api/contents"
curl -s -o /dev/null -H "Authorization: token wrong" "$B/api/contents"
curl -s -o /dev/null -H "Authorization: token s3cr3t" "$B/api/contents/missing.ipynb"
curl -s -o /dev/null -H "Authorization: token s3cr3t" "$B/api/contents/Gr%C3%BC%C3%9Fe.ipynb"
curl -s -o /dev/null -H "Authorization: token s3cr3t" -X POST -d '{not json' "$B/api/contents"
curl -s -o /dev/null -H "Authorization: token s3cr3t" "$B/api/kernelspecs"
curl -s -o /dev/null "$B/nope"
sleep 1; kill -TERM $P; wait $P
cp $W/stderr.txt $CORPUS/raw/jupyter_server.log
