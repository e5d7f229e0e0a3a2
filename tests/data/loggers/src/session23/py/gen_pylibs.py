"""Runs one Python logging library with its documented default (or README) setup and writes what it prints to $CORPUS/raw/NAME.
Usage: gen_pylibs.py LIB   (absl colorlog rich logbook eliot daiquiri coloredlogs logzero). Run with TZ=UTC.
The same small 'shop' scenario each time: every level the library has, an exception with a traceback, non-ASCII, a 2.5 KB line,
a message with an embedded newline."""
import logging, os, sys, time

RAW = os.path.join(os.environ["CORPUS"], "raw")
LONG = "payload=" + "ä€x" * 850  # 2.5 KB of text, non-ASCII included


def fail():
    try:
        {"sku": 7}["price"]
    except KeyError:
        return sys.exc_info()


def stdlib_scenario(log, sub, tick=0.003):
    log.debug("loading config from /etc/shop/shop.toml")
    log.info("Shop started on port 8080 – Grüße aus Köln")
    sub.info("order 42 placed: 3 × Kaffee, total €12.50")
    log.warning("cache miss rate 41%% above threshold %d%%", 30)
    time.sleep(tick)
    sub.error("payment declined for order %s", "43")
    try:
        {"sku": 7}["price"]
    except KeyError:
        sub.exception("could not price order 44")
    log.info("line one of a two-line message\nsecond line of it")
    time.sleep(tick)
    log.info(LONG)
    log.critical("database unreachable: connection refused (db-1:5432)")
    log.info("shutting down")


def absl():
    # real absl app: the glog-like header; --logtostderr so the records land on stderr (captured by the caller)
    from absl import app, flags, logging as alog
    def main(argv):
        alog.debug("loading config from /etc/shop/shop.toml")
        alog.info("Shop started on port 8080 – Grüße aus Köln")
        alog.info("order %d placed: 3 × Kaffee, total €12.50", 42)
        alog.warning("cache miss rate 41%% above threshold %d%%", 30)
        alog.error("payment declined for order 43")
        try:
            {"sku": 7}["price"]
        except KeyError:
            alog.exception("could not price order 44")
        for i in range(5):
            alog.log_every_n(alog.INFO, "heartbeat %d", 2, i)
        alog.vlog(2, "vlog level 2 detail")
        alog.info("line one of a two-line message\nsecond line of it")
        alog.info(LONG)
        alog.fatal("database unreachable: connection refused (db-1:5432)")
    app.run(main, argv=[sys.argv[0], "--logtostderr", "--verbosity=2"])


def colorlog():
    import colorlog as cl
    f = open(os.path.join(RAW, "colorlog.log"), "w", encoding="utf-8")
    h = cl.StreamHandler(f)  # the README's example; a file is not a TTY
    h.setFormatter(cl.ColoredFormatter("%(log_color)s%(levelname)s:%(name)s:%(message)s"))
    root = cl.getLogger(); root.addHandler(h); root.setLevel(logging.DEBUG)
    f2 = open(os.path.join(RAW, "colorlog_asctime.log"), "w", encoding="utf-8")
    h2 = cl.StreamHandler(f2)  # second file: the README's longer format with asctime, forced colours (what a CI log or `script` capture keeps)
    h2.setFormatter(cl.ColoredFormatter("%(log_color)s%(asctime)s %(levelname)-8s%(reset)s %(blue)s%(name)s%(reset)s %(message)s", force_color=True))
    lg2 = logging.getLogger("shop.color"); lg2.addHandler(h2); lg2.propagate = False
    stdlib_scenario(logging.getLogger("shop"), logging.getLogger("shop.orders"))
    stdlib_scenario(lg2, lg2)


def rich():
    from rich.console import Console
    from rich.logging import RichHandler
    f = open(os.path.join(RAW, "rich_handler.log"), "w", encoding="utf-8")
    console = Console(file=f, width=100)  # a file: no colour, 100 columns
    logging.basicConfig(level="DEBUG", format="%(message)s", datefmt="[%X]", handlers=[RichHandler(console=console, rich_tracebacks=True)])
    log = logging.getLogger("shop")
    log.debug("loading config from /etc/shop/shop.toml")
    log.info("Shop started on port 8080 – Grüße aus Köln")
    log.info("order 42 placed: 3 × Kaffee, total €12.50")
    time.sleep(1.1)
    log.warning("cache miss rate 41% above threshold 30%")
    log.error("payment declined for order 43")
    try:
        {"sku": 7}["price"]
    except KeyError:
        log.exception("could not price order 44")
    time.sleep(1.1)
    log.info("line one of a two-line message\nsecond line of it")
    log.info("a long line that rich wraps at the console width: " + "lorem ipsum dolor sit amet " * 8)
    log.critical("database unreachable: connection refused (db-1:5432)")
    time.sleep(1.1)
    logging.getLogger("shop.http").info("GET /api/orders 200 12ms")
    log.info("shutting down")
    # RichHandler's own default datefmt too ("[%x %X]"), in a second handler on the same file
    h = RichHandler(console=console, show_path=False)
    h.setFormatter(logging.Formatter("%(message)s"))
    lg = logging.getLogger("shop.defaultfmt"); lg.handlers = [h]; lg.propagate = False
    lg.info("default time format, no path column")
    lg.warning("disk 91% full")


def logbook():
    import logbook as lb
    f = open(os.path.join(RAW, "logbook.log"), "w", encoding="utf-8")
    with lb.StreamHandler(f, level=lb.TRACE).applicationbound():
        log, sub = lb.Logger("shop"), lb.Logger("shop.orders")
        log.trace("trace: entering main loop")
        log.debug("loading config from /etc/shop/shop.toml")
        log.info("Shop started on port 8080 – Grüße aus Köln")
        sub.notice("order 42 placed: 3 × Kaffee, total €12.50")
        log.warning("cache miss rate {}% above threshold {}%", 41, 30)
        sub.error("payment declined for order 43")
        try:
            {"sku": 7}["price"]
        except KeyError:
            sub.exception("could not price order 44")
        log.info("line one of a two-line message\nsecond line of it")
        log.info(LONG)
        log.critical("database unreachable: connection refused (db-1:5432)")
        log.info("shutting down")


def eliot():
    import eliot as el
    from eliot.stdlib import EliotHandler
    f = open(os.path.join(RAW, "eliot.jsonl"), "w", encoding="utf-8")
    el.to_file(f)
    logging.getLogger().addHandler(EliotHandler()); logging.getLogger().setLevel(logging.DEBUG)
    el.log_message(message_type="shop:startup", port=8080, greeting="Grüße aus Köln")
    with el.start_action(action_type="shop:place_order", order_id=42, items=["Kaffee", "Tee"]):
        el.log_message(message_type="shop:stock_checked", sku=7, available=3)
        logging.getLogger("shop.orders").info("order 42 placed: 3 × Kaffee, total €12.50")
    try:
        with el.start_action(action_type="shop:price_order", order_id=44):
            {"sku": 7}["price"]
    except KeyError:
        pass
    try:
        {"sku": 7}["price"]
    except KeyError:
        el.write_traceback()
    logging.getLogger("shop").warning("cache miss rate 41% above threshold 30%")
    logging.getLogger("shop").error("line one of a two-line message\nsecond line of it")
    el.log_message(message_type="shop:big", blob=LONG)
    for i in range(3):
        with el.start_action(action_type="shop:ship_order", order_id=100 + i):
            el.log_message(message_type="shop:label_printed", carrier="DHL", weight_kg=1.5 * i)
    logging.getLogger("shop").critical("database unreachable: connection refused (db-1:5432)")


def daiquiri():
    import daiquiri as dq
    dq.setup(level=logging.DEBUG, outputs=(dq.output.File(os.path.join(RAW, "daiquiri.log")),))
    stdlib_scenario(dq.getLogger("shop"), dq.getLogger("shop.orders", order_id=42))


def coloredlogs():
    import coloredlogs as cl
    f = open(os.path.join(RAW, "coloredlogs.log"), "w", encoding="utf-8")
    cl.install(level="DEBUG", stream=f, isatty=False)
    stdlib_scenario(logging.getLogger("shop"), logging.getLogger("shop.orders"))


def logzero():
    import logzero as lz
    lz.logfile(os.path.join(RAW, "logzero.log"), loglevel=logging.DEBUG)
    lz.loglevel(logging.DEBUG)
    stdlib_scenario(lz.logger, lz.logger)


if __name__ == "__main__":
    globals()[sys.argv[1]]()
