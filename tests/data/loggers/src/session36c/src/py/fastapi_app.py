"""The shop API (FastAPI): one app for `fastapi run` and for gunicorn with uvicorn's worker."""
import asyncio
import logging

from fastapi import FastAPI, Request

log = logging.getLogger("shop.orders")  # no handler configured: what a plain app gets
app = FastAPI()


@app.get("/")
async def index():
    return {"ok": True}


@app.get("/boom")
async def boom():
    raise RuntimeError("boom: Café Zoë in 東京 failed")


@app.post("/orders")
async def orders(request: Request):
    body = await request.json()
    log.warning("order from %s: note=%r", body["customer"], body["note"])
    return {"customer": body["customer"]}


@app.get("/slow")
async def slow():
    await asyncio.sleep(1.2)
    return {"slow": True}


@app.get("/search")
async def search(q: str = "", tag: str = ""):
    return {"q": q, "tag": tag}
