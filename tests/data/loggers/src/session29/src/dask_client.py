"""Client for the dask scheduler at 127.0.0.1:8786: one task that works, one that raises (non-ASCII)."""
import logging
from dask.distributed import Client


def gut(x):
    return x * 2


def kaputt(name):
    logging.getLogger("distributed.worker").warning("Aufgabe für %s startet (café 日本)", name)
    raise ValueError(f"Kunde {name} unbekannt — café 日本")


if __name__ == "__main__":
    with Client("tcp://127.0.0.1:8786", timeout=20) as c:
        print(c.submit(gut, 21).result())
        f = c.submit(kaputt, "Jürgen")
        try:
            f.result()
        except ValueError as e:
            print("client got:", e)
