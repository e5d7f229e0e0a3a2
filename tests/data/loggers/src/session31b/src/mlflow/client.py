"""Client calls against the local MLflow tracking server: runs, metrics, UTF-8 names, errors."""
import mlflow
from mlflow.tracking import MlflowClient

mlflow.set_tracking_uri("http://127.0.0.1:18433")
mlflow.set_experiment("Preisprognose Köln 日本")
with mlflow.start_run(run_name="lauf-größe") as run:
    mlflow.log_param("stadt", "Köln")
    mlflow.log_param("lang", "x" * 300)
    for step in range(3):
        mlflow.log_metric("verlust", 1.0 / (step + 1), step=step)
    mlflow.set_tag("notiz", "Grüße — 東京")
client = MlflowClient()
for bad in (lambda: client.get_run("0123456789abcdef0123456789abcdef"),
            lambda: client.get_experiment_by_name("gibt es nicht") or client.get_experiment("999999"),
            lambda: client.log_metric(run.info.run_id, "nan metric", float("nan"), step=-1),
            lambda: client.create_experiment("Preisprognose Köln 日本")):
    try:
        bad()
    except Exception as e:  # noqa: BLE001
        print("client error:", type(e).__name__, str(e)[:120])
