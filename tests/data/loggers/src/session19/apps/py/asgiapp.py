import logging
log = logging.getLogger("uvicorn.error")
async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"}); return
    if scope["path"] == "/boom":
        raise RuntimeError('order 100236 could not be saved: "db-1" refused connection')
    if scope["path"] == "/zoe":
        log.warning("user Zoë Łukasz-Søren from München hit the rate limit (52 req/min)")
    status = 404 if scope["path"] == "/missing" else 200
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})
