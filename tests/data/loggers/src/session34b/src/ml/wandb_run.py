"""An offline W&B run of a made-up shop model; wandb writes wandb/debug.log and debug-internal.log."""
import logging
import os
import sys

import wandb

os.environ.setdefault("WANDB_MODE", "offline")
run = wandb.init(project="shop-orders", name="Café Zoë in 東京",
                 config={"orders_dir": "C:\\shop\\orders", "quote": 'O\'Brien "Bob"', "tab": "a\tb", "lr": 0.3,
                         "customer": "Café Zoë in 東京"},
                 dir=sys.argv[1])
for step in range(3):
    run.log({"loss": 1.0 / (step + 1), "orders": 1000 + step})
run.log({"loss": 0.1}, step=0)  # a step back: wandb warns
run.summary["note"] = "multi-line report:\nline two\n\tline three"
try:
    run.log({"bad": object()})
except Exception:
    logging.getLogger("shop").exception("logging an object failed")
run.alert(title="checkout failed", text="payment gateway timed out", level=wandb.AlertLevel.ERROR)
run.finish(exit_code=1)
