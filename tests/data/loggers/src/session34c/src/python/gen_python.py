"""The made-up shop's activity through Python loggers not yet covered.

Usage: TZ=UTC python gen_python.py structlog_logfmt|json_log_formatter  (writes to stdout)
"""

import logging
import os
import sys

ORDERS = [(1001, 200, "Café Zoë in 東京"), (1002, 200, "O'Brien \"Bob\""), (1003, 200, "tab\there"),
          (1004, 404, "Łódź ½ ☃"), (1005, 200, "back\\slash")]
MULTI = "multi-line report:\nline two\n\tline three"
DISK = "disk almost full on C:\\shop\\orders (91% used)"


def structlog_logfmt():
    # structlog.processors.LogfmtRenderer after add_log_level, TimeStamper(iso, utc) and format_exc_info
    import structlog

    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.LogfmtRenderer(),
        ],
        logger_factory=structlog.PrintLoggerFactory(sys.stdout),
    )
    log = structlog.get_logger().bind(logger="shop")
    log.info("shop-api starting", addr="127.0.0.1:8080", pid=os.getpid())
    log.info("config loaded", workers=4, db="postgres://shop@localhost/shop", tls=False, reload=True)
    log.debug("cache warm", entries=128)
    http = log.bind(logger="shop.http")
    for oid, status, customer in ORDERS:
        (http.warning if status == 404 else http.info)(f"GET /orders/{oid}", status=status, customer=customer)
    log.warning(DISK)
    try:
        raise TimeoutError("payment gateway timeout after 30s")
    except TimeoutError:
        log.exception("POST /checkout failed", order=1002)
    log.info(MULTI)
    log.critical("database connection lost", retries=3)
    log.info("shop-api stopped")


def json_log_formatter():
    # json_log_formatter.VerboseJSONFormatter on a StreamHandler (stdout), stdlib logging
    import json_log_formatter

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(json_log_formatter.VerboseJSONFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    log = logging.getLogger("shop")
    http = logging.getLogger("shop.http")
    log.info("shop-api starting on 127.0.0.1:8080 (pid %d)", os.getpid())
    log.info("config loaded", extra={"workers": 4, "db": "postgres://shop@localhost/shop"})
    log.debug("cache warm: %d entries", 128)
    for oid, status, customer in ORDERS:
        http.log(logging.WARNING if status == 404 else logging.INFO, "GET /orders/%d %d customer=%s",
                 oid, status, customer, extra={"order": oid, "status": status})
    log.warning(DISK)
    try:
        raise TimeoutError("payment gateway timeout after 30s")
    except TimeoutError:
        log.exception("POST /checkout failed")
    log.info(MULTI)
    log.critical("database connection lost")
    log.info("shop-api stopped")


if __name__ == "__main__":
    {"structlog_logfmt": structlog_logfmt, "json_log_formatter": json_log_formatter}[sys.argv[1]]()
