"""transformers' own logging (transformers.utils.logging) with its default handler (stderr), verbosity DEBUG/INFO.

argv[1] == "explicit": also call transformers.logging.enable_explicit_format() (the library's other built-in format).
Loads a config from a local directory (no hub access: HF_HUB_OFFLINE=1), triggers some library warnings and logs
through transformers.logging.get_logger.
"""
import json
import os
import sys

import transformers
from transformers import AutoConfig, BertConfig
from transformers.utils import logging

logging.set_verbosity_debug()
if len(sys.argv) > 1 and sys.argv[1] == "explicit":
    logging.enable_explicit_format()

d = "/tmp/w29/hf/modell-café"
os.makedirs(d, exist_ok=True)
BertConfig(hidden_size=64, num_hidden_layers=1, num_attention_heads=2, intermediate_size=128,
           vocab_size=100).save_pretrained(d)
# an extra, unknown key in config.json
p = os.path.join(d, "config.json")
c = json.load(open(p))
c["kommentar"] = "für Jürgen — 日本"
json.dump(c, open(p, "w"), ensure_ascii=False)

cfg = AutoConfig.from_pretrained(d)
logging.get_logger("transformers.café").debug("Konfiguration geladen aus %s (DEBUG)", d)
logging.set_verbosity_info()
try:
    AutoConfig.from_pretrained("/tmp/w29/hf/gibt-es-nicht")
except Exception as e:  # OSError
    log = logging.get_logger("transformers.meine_pipeline")
    log.error("Konfiguration nicht ladbar: %s", str(e).splitlines()[0])

log = logging.get_logger(__name__)  # "__main__": not under "transformers", so no default handler
log = logging.get_logger("transformers.café")
log.debug("nicht sichtbar bei INFO")
log.info("Modell für Jürgen geladen: %s", cfg.model_type)
log.warning("Warnung: Kontext 日本 ist länger als erlaubt")
log.warning_once("nur einmal")
log.warning_once("nur einmal")
try:
    {}["fehlt"]
except KeyError:
    log.exception("Schlüssel fehlt — Ausnahme")
log.critical("kritischer Zustand")
logging.set_verbosity_warning()
log.info("nicht sichtbar bei WARNING")
log.warning("wieder sichtbar: café")
