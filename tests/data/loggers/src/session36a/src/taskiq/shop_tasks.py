"""taskiq tasks on a Redis list broker."""
import asyncio
import logging

from taskiq_redis import ListQueueBroker, RedisAsyncResultBackend

broker = ListQueueBroker("redis://127.0.0.1:47440").with_result_backend(
    RedisAsyncResultBackend("redis://127.0.0.1:47440")
)
log = logging.getLogger("shop.tasks")


@broker.task
async def send_receipt(order_id: int, customer: str) -> str:
    log.info("sending receipt for order %s to %s", order_id, customer)
    await asyncio.sleep(0.05)
    return f"sent to {customer}"


@broker.task
async def charge_card(order_id: str, amount: float) -> dict:
    if amount < 0:
        log.warning("refusing amount %r for order %r", amount, order_id)
        raise ValueError(f'negative amount {amount!r} for order "{order_id}"')
    return {"order": order_id, "charged": amount}


@broker.task(timeout=0.5)
async def slow_report() -> None:
    await asyncio.sleep(3)
