"""Python generators: run with TZ=UTC from this folder, with a venv holding
python-json-logger, structlog, loguru and ecs-logging. Writes ../<name>.log|.jsonl."""

import json
import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shop import payments

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}


def reset():
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()


def run_stdlib(log):
    """Log SCRIPT through a stdlib logger, with one logger.exception in the middle."""
    for i, (level, msg) in enumerate(payments.SCRIPT):
        log.log(LEVELS[level], msg)
        if i == 4:
            try:
                payments.charge(1234)
            except ValueError:
                log.exception("payment failed for order 1234")
        time.sleep(0.003)


def stdlib_default():
    reset()
    with open(os.path.join(OUT, "python_logging_default.log"), "w", encoding="utf-8") as f:
        logging.basicConfig(stream=f, level=logging.DEBUG, force=True)  # default format
        run_stdlib(logging.getLogger("shop.payments"))
        logging.getLogger().handlers[0].flush()
    reset()


def stdlib_asctime_crlf():
    # What a Windows machine writes: text-mode files translate "\n" to "\r\n".
    reset()
    with open(os.path.join(OUT, "python_logging_asctime_crlf.log"), "w", encoding="utf-8", newline="\r\n") as f:
        logging.basicConfig(
            stream=f, level=logging.DEBUG, force=True, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        run_stdlib(logging.getLogger("shop.payments"))
        logging.getLogger().handlers[0].flush()
    reset()


def stdlib_json_logger():
    from pythonjsonlogger.json import JsonFormatter

    reset()
    with open(os.path.join(OUT, "python_json_logger.jsonl"), "w", encoding="utf-8") as f:
        h = logging.StreamHandler(f)
        h.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root = logging.getLogger()
        root.addHandler(h)
        root.setLevel(logging.DEBUG)
        log = logging.getLogger("shop.payments")
        run_stdlib(log)
        log.info("order placed", extra={"order_id": 1234, "amount": "12.50 €"})
        h.flush()
    reset()


def ecs_logging():
    import ecs_logging as ecs

    reset()
    with open(os.path.join(OUT, "ecs_logging_python.jsonl"), "w", encoding="utf-8") as f:
        h = logging.StreamHandler(f)
        h.setFormatter(ecs.StdlibFormatter())
        root = logging.getLogger()
        root.addHandler(h)
        root.setLevel(logging.DEBUG)
        log = logging.getLogger("shop.payments")
        run_stdlib(log)
        log.info("order placed", extra={"service.name": "shop", "host.hostname": "web-1"})
        h.flush()
    reset()


def structlog_json():
    import structlog

    with open(os.path.join(OUT, "structlog_json.jsonl"), "w", encoding="utf-8") as f:
        structlog.configure(
            processors=[
                structlog.processors.add_log_level,
                structlog.processors.TimeStamper(fmt="iso", utc=True),
                structlog.processors.format_exc_info,
                structlog.processors.JSONRenderer(),
            ],
            logger_factory=structlog.PrintLoggerFactory(f),
            cache_logger_on_first_use=False,
        )
        log = structlog.get_logger().bind(logger="shop.payments")
        run_structlog(log)


def structlog_console():
    import structlog

    structlog.reset_defaults()
    with open(os.path.join(OUT, "structlog_console.log"), "w", encoding="utf-8") as f:
        # The default processor chain, with colours off (as when writing to a file).
        procs = list(structlog.get_config()["processors"])
        procs[-1] = structlog.dev.ConsoleRenderer(colors=False)
        structlog.configure(
            processors=procs,
            logger_factory=structlog.PrintLoggerFactory(f),
            wrapper_class=structlog.make_filtering_bound_logger(logging.DEBUG),
            cache_logger_on_first_use=False,
        )
        log = structlog.get_logger()
        run_structlog(log)
    structlog.reset_defaults()


def run_structlog(log):
    for i, (level, msg) in enumerate(payments.SCRIPT):
        getattr(log, level)(msg)
        if i == 4:
            try:
                payments.charge(1234)
            except ValueError:
                log.exception("payment failed", order_id=1234)
        time.sleep(0.003)
    log.info("order placed", order_id=1234, amount="12.50 €", customer='Zoë "the boss"')


def loguru_both():
    from loguru import logger

    logger.remove()
    with (
        open(os.path.join(OUT, "loguru_default.log"), "w", encoding="utf-8") as f1,
        open(os.path.join(OUT, "loguru_serialize.jsonl"), "w", encoding="utf-8") as f2,
    ):
        a = logger.add(f1, level="TRACE", colorize=False)  # default format
        b = logger.add(f2, level="TRACE", serialize=True)
        payments.run_loguru(logger)
        logger.remove(a)
        logger.remove(b)


def json_dumps_bom():
    # A hand-rolled JSON logger: json.dumps with its defaults (ensure_ascii=True), written with
    # encoding="utf-8-sig" as Windows tools often do, so the file starts with a BOM.
    host = "web-1"
    with open(os.path.join(OUT, "python_json_dumps_bom.jsonl"), "w", encoding="utf-8-sig") as f:
        for level, msg in payments.SCRIPT:
            t = time.time()
            rec = {
                "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1000) % 1000:03d}Z",
                "level": level.upper(),
                "service": "shop-api",
                "host": host,
                "msg": msg,
            }
            f.write(json.dumps(rec) + "\n")
            time.sleep(0.003)


if __name__ == "__main__":
    for name in sys.argv[1:] or [
        "stdlib_default",
        "stdlib_asctime_crlf",
        "stdlib_json_logger",
        "ecs_logging",
        "structlog_json",
        "structlog_console",
        "loguru_both",
        "json_dumps_bom",
    ]:
        globals()[name]()
