"""Python 3.11: warnings (raw, then captured by logging) and an unhandled exception, all on stderr.

logging.basicConfig with an asctime format around it; run as `python3 warn_crash.py 2> python_warnings_crash.log`.
"""
import logging
import warnings

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("lager.köln")


def old_api():
    warnings.warn("old_api() ist veraltet, bitte new_api() nutzen", DeprecationWarning, stacklevel=2)


def parse(price):
    try:
        return float(price)
    except ValueError as e:
        raise RuntimeError(f"Preis nicht lesbar: {price!r}") from e


log.info("Start: Lager Köln / 東京")
warnings.warn("Konfiguration 'café.ini' fehlt, nehme Vorgaben")      # UserWarning, raw to stderr
old_api()                                                             # DeprecationWarning from __main__: shown
warnings.warn("Runde Zahl: 0.1 + 0.2 != 0.3", RuntimeWarning)
log.debug("Tabelle geladen\tZeilen=3")
logging.captureWarnings(True)                                         # from here on warnings go to py.warnings
warnings.warn("über logging: Puffer fast voll (東京)")
log.warning("Lagerbestand niedrig: %d Stück", 3)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("Division fehlgeschlagen")
log.error("zweizeilig:\nzweite Zeile")
log.critical("gleich kracht es")
parse("zwölf €")                                                      # unhandled: chained traceback, exit 1
