"""A tiny ASGI app for hypercorn: / 200, /kaputt raises (500 + traceback), anything else 404."""
import logging

log = logging.getLogger("app")


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path = scope["path"]
    if path == "/kaputt":
        raise RuntimeError(f"Absturz bei {path} für Jürgen — café 日本")
    status, body = (200, "grüße\n".encode()) if path == "/" else (404, b"nicht gefunden\n")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
