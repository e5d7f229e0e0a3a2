"""arq worker settings: a few jobs that succeed, fail, retry and time out."""
import asyncio

from arq.connections import RedisSettings

from arq import Retry


async def send_receipt(ctx, order_id, customer):
    await asyncio.sleep(0.05)
    return f"receipt for order {order_id} sent to {customer}"


async def charge_card(ctx, order_id, amount):
    if amount < 0:
        raise ValueError(f'negative amount {amount!r} for order "{order_id}"')
    return {"order": order_id, "charged": amount}


async def sync_inventory(ctx, sku):
    if ctx["job_try"] < 3:
        raise Retry(defer=0.2)
    return f"{sku}\tsynced"


async def slow_report(ctx):
    await asyncio.sleep(5)


class WorkerSettings:
    functions = [send_receipt, charge_card, sync_inventory, slow_report]
    redis_settings = RedisSettings(host="127.0.0.1", port=47430)
    job_timeout = 1
    max_tries = 5
    health_check_interval = 2
