from kedro.pipeline import Pipeline, node, pipeline

from .nodes import lade_kunden, pruefe, summiere


def create_pipeline(**kwargs) -> Pipeline:
    return pipeline([
        node(lade_kunden, "params:umsatz", "kunden_roh", name="lade_kunden"),
        node(pruefe, "kunden_roh", "kunden", name="pruefe_kunden"),
        node(summiere, ["kunden", "params:umsatz"], "summen", name="summiere_umsatz"),
    ])
