"""A small Hydra app: logs at every level with the default job logging."""
import logging

import hydra
from omegaconf import DictConfig, OmegaConf

log = logging.getLogger(__name__)
db_log = logging.getLogger("shop.db")
train_log = logging.getLogger("shop.training.loop")


@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    log.info("Starting job for city %s", cfg.stadt)
    log.debug("This debug line is hidden at the default INFO level")
    log.info("Config:\n%s", OmegaConf.to_yaml(cfg))
    db_log.info("Connecting to %s:%d/%s", cfg.db.host, cfg.db.port, cfg.db.name)
    db_log.warning("Slow query took 1532 ms: SELECT * FROM kunden WHERE ort = 'Köln' AND land = '日本'")
    for epoch in range(cfg.training.epochs):
        train_log.info("epoch=%d lr=%g loss=%.4f", epoch, cfg.training.lr, 1.0 / (epoch + 1))
    train_log.warning("Loss plateau detected — reducing lr to %g", cfg.training.lr / 10)
    long = " ".join(f"feature_{i}=Größe{i}" for i in range(60))
    log.info("Feature vector: %s", long)
    try:
        {"a": 1}["Straße"]
    except KeyError:
        log.exception("Lookup failed for key 'Straße'")
    log.error("Upload to s3://bucket/ergebnisse/日本.csv failed: connection reset\tretry=3")
    log.critical("Out of disk space on /data (0 bytes free)")
    log.info('Quotes "double" and \'single\' and backslash \\ done')
    if cfg.get("fail", False):
        raise RuntimeError("Job failed on purpose: Überlauf in Stufe 3")


if __name__ == "__main__":
    main()
