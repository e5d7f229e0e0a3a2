"""The shop API on Litestar with its default logging config, run by `litestar run` (uvicorn)."""
import asyncio

from litestar import Litestar, Request, get, post


@get("/")
async def index(request: Request) -> dict:
    request.logger.debug("index hit from %s", request.client.host)
    return {"ok": True}


@get("/boom")
async def boom() -> dict:
    raise RuntimeError("boom: Café Zoë in 東京 failed")


@post("/orders")
async def orders(request: Request) -> dict:
    body = await request.json()
    request.logger.info("order from %s: note=%r", body["customer"], body["note"])
    return {"customer": body["customer"]}


@get("/slow")
async def slow(request: Request) -> dict:
    await asyncio.sleep(1.2)
    request.logger.warning("slow request took %.1f s", 1.2)
    return {"slow": True}


@get("/search")
async def search(q: str = "", tag: str = "") -> dict:
    return {"q": q, "tag": tag}


app = Litestar(route_handlers=[index, boom, orders, slow, search])
