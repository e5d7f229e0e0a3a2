"""Send tasks to the taskiq worker, then a message that is not a taskiq message at all."""
import asyncio

import redis.asyncio as aioredis
from shop_tasks import broker, charge_card, send_receipt, slow_report


async def main():
    await broker.startup()
    await send_receipt.kiq(1001, "Café Zoë in 東京")
    await charge_card.kiq("A-17", 25.5)
    await charge_card.kiq('B-"42"', -3)
    await slow_report.kiq()
    await broker.kick(broker.formatter.dumps(
        __import__("taskiq").TaskiqMessage(task_id="x1", task_name="shop_tasks:no_such_task", labels={}, args=[], kwargs={})))
    r = aioredis.from_url("redis://127.0.0.1:47440")
    await r.lpush("taskiq", b"not json\tat all")
    await r.aclose()
    await broker.shutdown()


asyncio.run(main())
