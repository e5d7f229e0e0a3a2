"""RQ jobs: one that works, one that raises, one that logs through the rq.worker logger."""
import logging


def gruessen(name):
    print(f"Hallo {name} — café 日本")  # job stdout goes to the worker's stdout
    return f"grüße an {name}"


def abbuchen(name, betrag):
    logging.getLogger("rq.worker").warning("Abbuchung %.2f € für %s", betrag, name)
    raise RuntimeError(f"Konto von {name} gesperrt")
