"""A small Dagster job and assets: logs at every level, a failing op, UTF-8 text, a long and a multi-line message."""
import dagster as dg


@dg.op
def lade_bestellungen(context: dg.OpExecutionContext):
    context.log.debug("Lese Bestellungen aus köln.csv")
    context.log.info("3 Bestellungen gelesen: Köln, 東京, Zürich")
    context.log.warning("Bestellung 4711 ohne Lieferdatum")
    context.log.info("Zeile 1 der Meldung\nZeile 2 der Meldung")
    context.log.info("lang: " + "x" * 1500)
    return [12.5, 99.0, 7.25]


@dg.op
def summiere(context: dg.OpExecutionContext, betraege):
    context.log.info(f"Summe: {sum(betraege):.2f} €")
    return sum(betraege)


@dg.op
def melde(context: dg.OpExecutionContext, summe):
    context.log.error("Melden an 日本 fehlgeschlagen")
    context.log.critical("Meldesystem nicht erreichbar")
    raise RuntimeError(f"Meldung über {summe} konnte nicht gesendet werden")


@dg.job
def lager_job():
    melde(summiere(lade_bestellungen()))


@dg.asset
def rohdaten(context: dg.AssetExecutionContext):
    context.log.info("Rohdaten für Köln geladen")
    return [1, 2, 3]


@dg.asset
def bericht(context: dg.AssetExecutionContext, rohdaten):
    context.log.warning("Bericht unvollständig: %d Zeilen", len(rohdaten))
    return len(rohdaten)


defs = dg.Definitions(jobs=[lager_job], assets=[rohdaten, bericht])
