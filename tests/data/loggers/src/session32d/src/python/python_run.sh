#!/bin/bash
# CPython 3.11.7: src/python/warn_crash.py, stderr kept (stdout is empty); exits 1 on the unhandled exception.
set -u
export TZ=UTC
W=/tmp/w32d/py
SRC=$(dirname "$(readlink -f "$0")")
mkdir -p $W; cd $W
python3 $SRC/warn_crash.py 2> $W/python_warnings_crash.log
echo "exit $?" > $W/exit.txt
