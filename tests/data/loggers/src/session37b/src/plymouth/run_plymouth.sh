#!/bin/bash
# plymouthd in a PID namespace of its own (see run_plymouth.py's docstring).
export TZ=UTC
exec unshare --pid --fork --mount-proc python3 "$(dirname "$0")/run_plymouth.py"
