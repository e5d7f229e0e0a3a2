"""Runs the gateway's aiohttp application until SIGINT or SIGTERM, with every error answered in JSON.

aiohttp answers a request its parser rejects (a request line or header over 8,190 bytes, a malformed
request) before any middleware sees it, in plain text: the request handler here answers those, like
every other error of `logmr serve`, with a JSON message.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from http import HTTPStatus

from aiohttp import web
from aiohttp.http_exceptions import LineTooLong
from aiohttp.web_protocol import RequestHandler


def error_message(status: int, error: BaseException | None) -> str:
    """What to tell the client of an error aiohttp found before the application ran."""
    if isinstance(error, LineTooLong):
        return "the request line or a header is too long (at most 8,190 bytes each)"
    if status >= 500:
        return "internal error; the server's log has the details"
    try:
        phrase = HTTPStatus(status).phrase.lower()
    except ValueError:
        phrase = "error"
    return f"{phrase}: the request could not be read as HTTP/1.1"


class _JsonErrorHandler(RequestHandler):
    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        super().handle_error(request, status, exc, message)  # logs it, and refuses a started answer
        answer = web.json_response({"message": error_message(status, exc)}, status=status)
        answer.force_close()
        return answer


class _JsonErrorServer(web.Server):
    def __call__(self) -> RequestHandler:
        return _JsonErrorHandler(self, loop=self._loop, **self._kwargs)


class _JsonErrorRunner(web.AppRunner):
    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        server.__class__ = _JsonErrorServer  # the application's own server, handing out the handler above
        return server


async def _serve(application: web.Application, host: str, port: int) -> None:
    runner = _JsonErrorRunner(application, handle_signals=True)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        await asyncio.Event().wait()  # until a signal raises GracefulExit
    finally:
        await runner.cleanup()


def run(application: web.Application, host: str, port: int) -> None:
    """Serves the application on host:port until SIGINT or SIGTERM, then runs its cleanup."""
    with suppress(web.GracefulExit, KeyboardInterrupt):
        asyncio.run(_serve(application, host, port))
