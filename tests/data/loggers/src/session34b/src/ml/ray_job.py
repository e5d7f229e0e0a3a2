"""A tiny Ray job against the running head node: tasks, an actor, a failing task."""
import logging

import ray

ray.init(address="auto")
log = logging.getLogger("shop")


@ray.remote
def order_total(order_id):
    logging.getLogger("shop.worker").warning("slow order %s for Café Zoë in 東京 at C:\\shop\\orders", order_id)
    return order_id * 2


@ray.remote
def checkout(order_id):
    raise ValueError(f"payment declined for order {order_id}: O'Brien \"Bob\"")


print(ray.get([order_total.remote(i) for i in (1001, 1002, 1003)]))
try:
    ray.get(checkout.remote(1004))
except ray.exceptions.RayTaskError as exc:
    print("checkout failed:", type(exc).__name__)
ray.shutdown()
