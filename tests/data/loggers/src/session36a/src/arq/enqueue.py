"""Enqueue jobs for shop_worker.WorkerSettings."""
import asyncio

from arq.connections import RedisSettings

from arq import create_pool


async def main():
    redis = await create_pool(RedisSettings(host="127.0.0.1", port=47430))
    await redis.enqueue_job("send_receipt", 1001, "Café Zoë in 東京")
    await redis.enqueue_job("charge_card", "A-17", 25.5)
    await redis.enqueue_job("charge_card", "B-\"42\"", -3)
    await redis.enqueue_job("sync_inventory", "SKU-9")
    await redis.enqueue_job("slow_report")
    await redis.enqueue_job("no_such_function", 1)
    await redis.enqueue_job("send_receipt", 1002, "O'Brien", _defer_by=1.5)
    await redis.aclose()


asyncio.run(main())
