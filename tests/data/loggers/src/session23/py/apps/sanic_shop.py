"""A small Sanic app run by run_sanic.sh: its default logging (sanic.root, sanic.error, sanic.access) in production mode, no TTY."""
from sanic import Sanic
from sanic.response import json, text
import logging

app = Sanic("ShopApi")
log = logging.getLogger("sanic.root")

@app.get("/orders/<oid:int>")
async def order(request, oid):
    return json({"id": oid, "item": "Kaffee", "city": "Köln"})

@app.get("/boom")
async def boom(request):
    raise KeyError("price")

@app.get("/slow")
async def slow(request):
    log.warning("slow endpoint hit – Grüße")
    return text("ok")
