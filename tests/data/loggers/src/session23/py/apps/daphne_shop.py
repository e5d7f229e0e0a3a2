"""A bare ASGI app served by daphne (run_daphne.sh): a 200, a 404, an app error, a slow response; logs through the stdlib as well."""
import asyncio, logging
log = logging.getLogger("shop.asgi")

async def application(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"}); return
    path = scope["path"]
    if path == "/boom":
        raise RuntimeError("Preis für Artikel 7 fehlt")
    status = 200 if path.startswith("/orders") else 404
    body = ("order Köln" if status == 200 else "not found").encode()
    if path == "/orders/slow":
        await asyncio.sleep(0.3)
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": body})
