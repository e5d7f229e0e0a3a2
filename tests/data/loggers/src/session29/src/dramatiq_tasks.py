"""Dramatiq actors on a local Redis (127.0.0.1:6399): one that works, one that always fails (retried)."""
import logging

import dramatiq
from dramatiq.brokers.redis import RedisBroker

dramatiq.set_broker(RedisBroker(host="127.0.0.1", port=6399))
log = logging.getLogger("bestellungen")


@dramatiq.actor(max_retries=0)
def gruessen(name):
    log.info("Hallo %s — café 日本", name)
    log.debug("debug aus dem Actor")


@dramatiq.actor(max_retries=2, min_backoff=200, max_backoff=400)
def abbuchen(name, betrag):
    log.warning("Abbuchung %.2f € für %s", betrag, name)
    raise RuntimeError(f"Konto von {name} gesperrt")


if __name__ == "__main__":
    gruessen.send("Jürgen")
    abbuchen.send("Jürgen", 12.5)
    gruessen.send_with_options(args=(), kwargs={"nicht": "da"})  # wrong arguments: TypeError, no retry
