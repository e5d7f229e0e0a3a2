#!/bin/bash
# the made-up shop's process: start, work, non-ASCII, a warning and an error on stderr, a three-line message, exit
name=${1:-web}
echo "starting $name on port ${PORT:-?}"
for i in 1 2 3; do echo "GET /orders/$i 200"; sleep 0.2; done
echo 'note: Café Zoë in 東京 says "hi" \back	tab'
echo "WARNING: cache is cold" >&2
echo "ERROR: relation \"orders\" does not exist" >&2
printf 'multi-line message\n  second line\n  third line\n'
if [ "$name" = "worker" ]; then sleep 0.3; echo "worker crashed" >&2; exit 3; fi
sleep 5
