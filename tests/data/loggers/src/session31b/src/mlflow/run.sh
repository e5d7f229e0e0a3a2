#!/bin/sh
# MLflow tracking server (default uvicorn) on 127.0.0.1, a sqlite backend; stdout+stderr kept.
export TZ=UTC
rm -rf mlflow.db mlartifacts mlflow_raw.log
mlflow server --host 127.0.0.1 --port 18433 --backend-store-uri sqlite:///mlflow.db --workers 1 >> mlflow_raw.log 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:18433/health && break; sleep 1; done
python client.py
# a second server on the same port (both append to the same file): address in use
timeout 60 mlflow server --host 127.0.0.1 --port 18433 --backend-store-uri sqlite:///mlflow.db --workers 1 >> mlflow_raw.log 2>&1
curl -s -o /dev/null "http://127.0.0.1:18433/api/2.0/mlflow/experiments/get?experiment_id=abc"
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"name": ' "http://127.0.0.1:18433/api/2.0/mlflow/experiments/create"
curl -s -o /dev/null "http://127.0.0.1:18433/ajax-api/2.0/mlflow/runs/search"
curl -s -o /dev/null "http://127.0.0.1:18433/gibt/es/nicht/K%C3%B6ln"
RUN=$(curl -s "http://127.0.0.1:18433/api/2.0/mlflow/runs/search" -X POST -H 'Content-Type: application/json' -d '{"experiment_ids":["1"]}' | python -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["info"]["run_id"])')
curl -s -o /dev/null "http://127.0.0.1:18433/get-artifact?path=../../etc/passwd&run_uuid=$RUN"
curl -s -o /dev/null "http://127.0.0.1:18433/api/2.0/mlflow/artifacts/list?run_id=$RUN&path=../geheim"
curl -s -o /dev/null -X PUT --data-binary 'Grüße' "http://127.0.0.1:18433/api/2.0/mlflow-artifacts/artifacts/1/$RUN/artifacts/gr%C3%BC%C3%9Fe.txt"
curl -s -o /dev/null "http://127.0.0.1:18433/api/2.0/mlflow/metrics/get-history?run_id=$RUN&metric_key=verlust"
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"run_id": "'$RUN'", "metrics": [{"key": "x", "value": "keine Zahl", "timestamp": 1, "step": 0}]}' "http://127.0.0.1:18433/api/2.0/mlflow/runs/log-batch"
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"experiment_id": "1", "run_name": "'"$(python -c 'print("ü"*600)')"'"}' "http://127.0.0.1:18433/api/2.0/mlflow/runs/create"
sleep 1
kill -TERM $PID
wait $PID
