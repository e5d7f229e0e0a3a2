"""Huey tasks for run_huey.sh: SqliteHuey (no Redis needed)."""
import os, logging
from huey import SqliteHuey
huey = SqliteHuey("shop", filename=os.path.join(os.environ["HUEY_DIR"], "huey.db"))
log = logging.getLogger("shop.tasks")

@huey.task()
def send_invoice(order_id):
    log.info("invoice for order %s sent to Jürgen", order_id)
    return order_id

@huey.task(retries=2, retry_delay=1)
def charge_card(order_id):
    raise ConnectionError("payment gateway timeout for order %s" % order_id)

@huey.task()
def price(sku):
    return {"sku": 7}["price"]
