"""APScheduler 3 with the logging set-up its docs suggest: basicConfig() and the apscheduler logger at DEBUG."""
import logging
import time
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

logging.basicConfig()
logging.getLogger("apscheduler").setLevel(logging.DEBUG)
app_log = logging.getLogger("shop.jobs")
app_log.setLevel(logging.INFO)


def bericht(stadt):
    app_log.info("Bericht für %s erstellt", stadt)


def kaputt():
    raise ConnectionError("Lager 日本 nicht erreichbar (Köln → Tokio)")


def langsam():
    time.sleep(2.5)


sched = BackgroundScheduler(timezone="UTC")
sched.add_job(bericht, "interval", seconds=2, args=["Köln"], id="bericht_koeln", name="Tagesbericht Köln")
sched.add_job(kaputt, "interval", seconds=3, id="lager_sync")
sched.add_job(langsam, "interval", seconds=1, id="langsam", max_instances=1)
sched.add_job(bericht, "date", run_date=datetime.utcnow() - timedelta(minutes=5), args=["München"],
              misfire_grace_time=1, id="verpasst")
sched.start()
time.sleep(6.5)
sched.pause_job("langsam")
sched.remove_job("bericht_koeln")
try:
    sched.remove_job("gibt_es_nicht")
except Exception:
    app_log.exception("Job konnte nicht entfernt werden")
sched.add_job(bericht, "cron", second="*/2", args=["東京"], id="cron_tokio")
time.sleep(3)
sched.shutdown(wait=True)
app_log.warning("Scheduler beendet — %d Jobs übrig", len(sched.get_jobs()))
