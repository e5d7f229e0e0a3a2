"""Celery app whose beat schedule sends three periodic tasks; one has arguments JSON cannot encode."""
from celery import Celery

app = Celery("shop", broker="memory://")
app.conf.beat_schedule = {
    "sync-stock": {"task": "beat_tasks.sync_stock", "schedule": 2.0, "args": ("Café Zoë in 東京",)},
    "send-report": {"task": "beat_tasks.send_report", "schedule": 3.0},
    "broken-args": {"task": "beat_tasks.sync_stock", "schedule": 5.0, "args": (complex(1, 2),)},
}


@app.task
def sync_stock(shop):
    return shop


@app.task
def send_report():
    return "ok"
