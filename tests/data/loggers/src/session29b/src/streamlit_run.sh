#!/bin/bash
# Streamlit 1.67.0 headless on 127.0.0.1:18501, --logger.level=debug, stdout+stderr captured.
# curl fetches the page, the health endpoint and a missing path; the script itself runs only for a websocket
# session, so streamlit_client.py opens two sessions as a browser would (one with ?kaputt=1: the exception).
export TZ=UTC LANG=C.UTF-8 HOME=/tmp/w30/streamlit/home
S=/tmp/w30/streamlit
rm -rf $S; mkdir -p $S/home
cd /tmp/w30/corpus/src
/tmp/w30/venv/bin/streamlit run streamlit_app.py --server.headless true --server.address 127.0.0.1 \
  --server.port 18501 --browser.gatherUsageStats false --logger.level debug > $S/streamlit_raw.log 2>&1 & SPID=$!
sleep 6
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18501/
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18501/_stcore/health
curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:18501/?kaputt=1"
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18501/gibt/es/nicht
/tmp/w30/venv/bin/python /tmp/w30/corpus/src/streamlit_client.py - kaputt=1
sleep 1
kill $SPID; wait $SPID
