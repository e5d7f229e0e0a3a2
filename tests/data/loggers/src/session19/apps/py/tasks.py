from celery import Celery
from celery.utils.log import get_task_logger

app = Celery("shop", broker="filesystem://", backend=None)
app.conf.broker_transport_options = {
    "data_folder_in": "celerydata/in", "data_folder_out": "celerydata/in", "processed_folder": "celerydata/processed"}
logger = get_task_logger(__name__)

@app.task
def charge(order_id, amount):
    logger.debug("building charge for order %s", order_id)
    logger.info("charged order %s amount=%.2f EUR", order_id, amount)
    return {"order": order_id, "status": "paid"}

@app.task
def notify(user):
    logger.info('sent "order shipped" e-mail to %s', user)
    logger.warning("mail relay slow: 1840ms for %s", user)

@app.task
def fail(order_id):
    logger.error("cannot reserve stock for order %s", order_id)
    raise RuntimeError(f'order {order_id} could not be saved: "db-1" refused connection')
