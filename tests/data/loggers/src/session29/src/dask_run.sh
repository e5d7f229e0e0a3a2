#!/bin/sh
# dask scheduler + one dask worker on 127.0.0.1 (dashboard off), default logging; stderr of each kept.
set -u
W=/tmp/w29; B=$W/venv/bin; export TZ=UTC
mkdir -p $W/daskwd; cd $W/daskwd
$B/dask scheduler --host 127.0.0.1 --port 8786 --no-dashboard > $W/dask_scheduler_raw.log 2>&1 &
S=$!
sleep 4
$B/dask worker tcp://127.0.0.1:8786 --host 127.0.0.1 --nworkers 1 --nthreads 1 --no-dashboard --name wörker-1 > $W/dask_worker_raw.log 2>&1 &
K=$!
sleep 5
# garbage on the scheduler port (an HTTP request to the comm port)
$B/python -c 'import socket; s=socket.create_connection(("127.0.0.1",8786)); s.sendall(b"GET /caf\xc3\xa9 HTTP/1.0\r\n\r\n"*4); import time; time.sleep(1); s.close()'
$B/python $W/corpus/src/dask_client.py
sleep 1
kill -TERM $K; wait $K
sleep 1
kill -TERM $S; wait $S
