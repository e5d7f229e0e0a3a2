"""Nodes that log: UTF-8, a warning, a long line, and one that fails when asked to."""
import logging

log = logging.getLogger(__name__)


def lade_kunden(params: dict) -> list:
    kunden = [{"name": "Jürgen", "stadt": "Köln", "umsatz": 120.5},
              {"name": "花子", "stadt": "東京", "umsatz": 980.0},
              {"name": "Zoë", "stadt": "Zürich", "umsatz": None}]
    log.info("%d Kunden geladen aus %s", len(kunden), params["quelle"])
    return kunden


def pruefe(kunden: list) -> list:
    fehlend = [k["name"] for k in kunden if k["umsatz"] is None]
    if fehlend:
        log.warning("Umsatz fehlt für: %s — wird als 0 gezählt", ", ".join(fehlend))
    log.info("Spalten: %s", " | ".join(f"spalte_{i}_größe" for i in range(25)))
    return [dict(k, umsatz=k["umsatz"] or 0.0) for k in kunden]


def summiere(kunden: list, params: dict) -> dict:
    if params.get("fehler"):
        raise ZeroDivisionError(f"Teiler für {params['quelle']} ist 0 (Köln → 日本)")
    summe = {}
    for k in kunden:
        summe[k["stadt"]] = summe.get(k["stadt"], 0.0) + k["umsatz"]
    log.info("Summen je Stadt: %s", summe)
    return summe
