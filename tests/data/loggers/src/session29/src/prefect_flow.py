"""Prefect 3 flow run locally (ephemeral API), default console logging; levels via get_run_logger()."""
import logging
from prefect import flow, task, get_run_logger


@task(retries=1, retry_delay_seconds=0)
def lade_kunde(name: str) -> dict:
    log = get_run_logger()
    log.debug("Suche Kunde %s", name)
    log.info("Kunde %s geladen (café 日本)", name)
    return {"name": name, "ort": "Zürich"}


@task
def zahlung(kunde: dict) -> None:
    log = get_run_logger()
    log.warning("Zahlung für %s verzögert", kunde["name"])
    raise ValueError(f"Karte von {kunde['name']} abgelehnt — Betrag 12,50 €")


@flow(name="bestellung-prüfen", log_prints=True)
def bestellung(name: str = "Jürgen"):
    log = get_run_logger()
    log.info("Starte Bestellung für %s", name)
    print("print() aus dem Flow: grüße")
    k = lade_kunde(name)
    try:
        zahlung(k)
    except ValueError as e:
        log.error("Zahlung fehlgeschlagen: %s", e)
    logging.getLogger("prefect.meine_app").warning("Eigener Logger unter prefect.* — ünïcode")
    raise RuntimeError("Bestellung abgebrochen")


if __name__ == "__main__":
    try:
        bestellung()
    except RuntimeError:
        pass
