"""The 'application' whose log calls every Python generator runs (module name: shop.payments)."""


def charge(order_id):
    raise ValueError(f'card declined for order {order_id}: "insufficient funds"')


# (level name, message) pairs logged by every generator, in order. They cover non-ASCII text,
# quotes, an embedded newline, a tab and a backslash.
SCRIPT = [
    ("debug", "connecting to db host=db-1 port=5432"),
    ("info", "service started"),
    ("info", "user Zoë Łukasz-Søren logged in from München"),
    ("info", "日本語のメッセージ: 注文を受け付けました"),
    ("warning", 'retrying request "GET /api/v1/orders" after 250 ms'),
    ("info", "path C:\\Users\\zoe\\orders.csv\tloaded"),
    ("error", "two-line message\nsecond line of the same message"),
    ("info", "emoji in text: payment ok \u2705 \U0001f600"),
    ("critical", "disk full on /var/lib/shop"),
    ("debug", "cache hit ratio 0.93"),
    ("info", "shutting down"),
]


def run_loguru(logger):
    """loguru has TRACE and SUCCESS besides the stdlib levels; log from this module so that
    the record's name is shop.payments."""
    logger.trace("entering checkout")
    for i, (level, msg) in enumerate(SCRIPT):
        getattr(logger, level)(msg)
        if i == 4:
            try:
                charge(1234)
            except ValueError:
                logger.exception("payment failed for order 1234")
    logger.success("order 1234 paid")
    logger.bind(order_id=1234).info("order placed with {} items", 3)
