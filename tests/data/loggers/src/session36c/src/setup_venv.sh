#!/bin/bash
# The Python venv used here (versions as installed for this set)
set -eu
cd "$(dirname "$0")/.."
python3 -m venv venv
venv/bin/pip install gunicorn==27.0.1 uvicorn==0.55.0 fastapi==0.165.0 fastapi-cli==0.0.34 "fastapi-cli[standard]" \
  pyramid==2.1 waitress==3.0.2 Paste==3.10.1 PasteDeploy==3.1.0 celery==5.7.0 litestar==2.25.0 web.py==0.76 falcon==4.4.0 ruff
