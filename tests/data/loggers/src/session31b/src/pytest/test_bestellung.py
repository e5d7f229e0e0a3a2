"""Tests that log at every level, for pytest's live logging and --log-file."""
import logging

import pytest

log = logging.getLogger("shop.bestellung")
db = logging.getLogger("shop.db.pool")


def preis(menge, einzel):
    if menge < 0:
        raise ValueError(f"negative Menge: {menge}")
    return menge * einzel


def test_preis_ok():
    log.debug("berechne Preis für Köln: menge=%d einzel=%.2f", 3, 9.99)
    assert preis(3, 10) == 30
    log.info("Bestellung 4711 für Müller (日本支店) angelegt")


def test_warnung_und_langer_text():
    db.warning("Pool fast voll: 19/20 Verbindungen belegt")
    lang = ", ".join(f"artikel_{i}=Würstchen{i}" for i in range(50))
    log.info("Warenkorb: %s", lang)
    log.info("mehrzeilig:\nzweite Zeile\n\tdritte Zeile mit Tab")


def test_fehler_mit_traceback():
    try:
        preis(-1, 5)
    except ValueError:
        log.exception("Preisberechnung fehlgeschlagen für Straße 'Hauptstraße 1'")
    log.critical("Zahlungsdienst nicht erreichbar: 127.0.0.1:9 connection refused")


def test_schlaegt_fehl():
    log.error("Erwartet 30, bekommen %d", preis(2, 10))
    assert preis(2, 10) == 30, "Summe stimmt nicht"


@pytest.mark.parametrize("stadt", ["Köln", "東京", "São Paulo"])
def test_parametrisiert(stadt):
    logging.getLogger().info("Versand nach %s geplant", stadt)
    logging.getLogger("urllib3.connectionpool").debug('Starting new HTTPS connection (1): api.example.com:443 "%s"', stadt)


@pytest.mark.skip(reason="noch nicht fertig")
def test_uebersprungen():
    pass


def test_warnings_modul():
    import warnings
    warnings.warn("veraltete Funktion preis_alt() — bitte preis() nutzen", DeprecationWarning, stacklevel=1)
    logging.captureWarnings(True)
    warnings.warn("Achtung: Währung fehlt", UserWarning, stacklevel=1)
    logging.captureWarnings(False)
