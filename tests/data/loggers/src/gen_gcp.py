"""Google Cloud structured logging as the google-cloud-logging library's StructuredLogHandler writes it
(the JSON lines Cloud Run / GKE agents read from stdout): ../gcp_structured.jsonl. Run with TZ=UTC."""

import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from google.cloud.logging_v2.handlers import StructuredLogHandler
from shop import payments

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gcp_structured.jsonl")

with open(OUT, "w", encoding="utf-8") as f:
    h = StructuredLogHandler(stream=f, project_id="shop-prod")
    log = logging.getLogger("shop.payments")
    log.setLevel(logging.DEBUG)
    log.addHandler(h)
    for i, (level, msg) in enumerate(payments.SCRIPT):
        log.log(getattr(logging, level.upper()), msg)
        if i == 4:
            try:
                payments.charge(1234)
            except ValueError:
                log.exception("payment failed for order 1234")
        time.sleep(0.003)
    log.info("order placed", extra={"json_fields": {"order_id": 1234, "amount": "12.50 €"}})
    h.flush()
