"""A tiny Luigi pipeline: two tasks that work, one that fails (its dependant never runs)."""
import logging
import luigi

log = logging.getLogger("luigi-interface")
app = logging.getLogger("bestellungen")


class LadeKunden(luigi.Task):
    stadt = luigi.Parameter(default="Köln")

    def output(self):
        return luigi.LocalTarget(f"/tmp/w30/luigi/kunden-{self.stadt}.txt")

    def run(self):
        app.info("lade Kunden für %s: Jürgen, café 日本", self.stadt)
        with self.output().open("w") as f:
            f.write("Jürgen\nAnna\n")


class PruefeZahlung(luigi.Task):
    def requires(self):
        return LadeKunden()

    def output(self):
        return luigi.LocalTarget("/tmp/w30/luigi/zahlung.txt")

    def run(self):
        app.warning("Zahlung für Jürgen unvollständig")
        raise ValueError("Betrag fehlt für Kunde 'Jürgen' (café)")


class Bericht(luigi.Task):
    def requires(self):
        return [LadeKunden(), PruefeZahlung()]

    def output(self):
        return luigi.LocalTarget("/tmp/w30/luigi/bericht.txt")

    def run(self):
        with self.output().open("w") as f:
            f.write("ok\n")
