"""`logmr serve`: the job API, its WebSocket and result files on one machine.

Each HTTP request becomes a real API Gateway HTTP API (payload 2.0) event for the api Lambda's own
handler; each WebSocket connects, sends and closes through real API Gateway WebSocket
events for the same connect/default/disconnect handlers, and their post_to_connection calls reach
the open sockets. The local job store tells subscribers of every change, as the jobs table's
stream and the notifier do on AWS.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import secrets
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from ..api import app as api
from ..api.auth import bearer_token, token_matches
from ..api.limits import MAX_BODY_BYTES
from ..api.operations import ApiError
from ..handlers import api as api_lambda
from ..handlers import websocket
from ..jobstate import JobStore
from ..live.connections import ALL_JOBS
from ..live.push import ConnectionGoneError, notify
from .local_service import LocalJobService

logger = logging.getLogger(__name__)
UNAUTHORIZED = '{"message": "missing or wrong token: send Authorization: Bearer <token> (WebSocket: ?token=)"}'


class LocalContext:
    """The Lambda context attributes the handlers read."""

    function_name = "logmr-serve"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:local:000000000000:function:logmr-serve"
    memory_limit_in_mb = 1024
    aws_request_id = "local"
    log_group_name = "local"
    log_stream_name = "local"

    def get_remaining_time_in_millis(self) -> int:
        return 900_000


class LocalConnections:
    """WebSocket subscriptions in memory (ConnectionStore)."""

    def __init__(self) -> None:
        self._subscriptions: dict[str, str] = {}
        self._lock = threading.Lock()

    def subscribe(self, connection_id: str, subscription: str) -> None:
        with self._lock:
            self._subscriptions[connection_id] = subscription

    def remove(self, connection_id: str) -> None:
        with self._lock:
            self._subscriptions.pop(connection_id, None)

    def subscribers(self, job_id: str) -> list[str]:
        with self._lock:
            return [c for c, s in self._subscriptions.items() if s in (job_id, ALL_JOBS)]


class Sockets:
    """The open WebSockets, and post_to_connection onto them from any thread."""

    def __init__(self) -> None:
        self.open: dict[str, web.WebSocketResponse] = {}
        self.loop: asyncio.AbstractEventLoop | None = None

    def post(self, connection_id: str, data: bytes) -> None:
        socket = self.open.get(connection_id)
        if socket is None or socket.closed or self.loop is None:
            raise ConnectionGoneError(connection_id)
        self.loop.call_soon_threadsafe(lambda: asyncio.ensure_future(socket.send_str(data.decode())))


class NotifyingJobStore:
    """A JobStore that tells WebSocket subscribers after each change (the local jobs stream)."""

    def __init__(self, jobs: JobStore, connections: LocalConnections, post: Any) -> None:
        self.jobs, self.connections, self.post = jobs, connections, post

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.jobs, name)
        if name not in ("create", "start_phase", "task_done", "finish", "update"):
            return method

        def changed(*args: Any, **kwargs: Any) -> Any:
            answer = method(*args, **kwargs)
            job_id = args[0].job_id if name == "create" else args[0]
            notify([self.jobs.get(job_id)], self.connections, self.post)
            return answer

        return changed


def http_api_event(
    method: str,
    path: str,
    query_string: str,
    query: dict[str, str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    host: str,
    source_ip: str = "",
) -> dict[str, Any]:
    """An API Gateway HTTP API (payload format 2.0) event for a request; like API Gateway, a body
    that is not UTF-8 text travels base64-encoded."""
    now = time.time()
    try:
        text, binary = body.decode("utf-8"), False
    except UnicodeDecodeError:
        text, binary = base64.b64encode(body).decode(), True
    lowered = {name.lower(): value for name, value in headers.items()}
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": path,
        "rawQueryString": query_string,
        "headers": lowered,
        "queryStringParameters": query or None,
        "requestContext": {
            "accountId": "local",
            "apiId": "local",
            "domainName": host,
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": lowered.get("user-agent", ""),
            },
            "requestId": secrets.token_hex(8),
            "routeKey": "$default",
            "stage": "$default",
            "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
            "timeEpoch": int(now * 1000),
        },
        "body": text or None,
        "isBase64Encoded": binary,
    }


def http_event(request: web.Request, body: bytes) -> dict[str, Any]:
    """The HTTP API event for this aiohttp request."""
    return http_api_event(
        request.method,
        request.path,
        request.rel_url.raw_query_string,
        dict(request.query),
        request.headers,
        body,
        host=request.host,
        source_ip=request.remote or "",
    )


def websocket_api_event(
    route: str, connection_id: str, query: dict[str, str], body: str | None = None, *, host: str
) -> dict[str, Any]:
    """An API Gateway WebSocket event ($connect, $default or $disconnect)."""
    return {
        "requestContext": {
            "routeKey": route,
            "eventType": route.strip("$").upper(),
            "connectionId": connection_id,
            "domainName": host,
            "stage": "live",
            "apiId": "local",
            "requestId": secrets.token_hex(8),
            "connectedAt": int(time.time() * 1000),
        },
        "queryStringParameters": query or None,
        "body": body,
        "isBase64Encoded": False,
    }


def websocket_event(route: str, connection_id: str, request: web.Request, body: str | None = None) -> dict[str, Any]:
    """The WebSocket event of this aiohttp connection's request."""
    return websocket_api_event(route, connection_id, dict(request.query), body, host=request.host)


@web.middleware
async def json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every error answer is JSON, including aiohttp's own (413 for a body over the limit, 405, 404)."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        message = f"the body is over {MAX_BODY_BYTES:,} bytes" if error.status == 413 else error.reason
        return web.json_response({"message": message}, status=error.status)
    except Exception:
        logger.exception("logmr serve failed on %s %s", request.method, request.path)
        return web.json_response({"message": "internal error; the server's log has the details"}, status=500)


class _Handlers:
    """The routes of `logmr serve`: each request checked against the token, then handed to the
    stack's own Lambda handlers as the API Gateway event it would be on AWS."""

    def __init__(self, service: LocalJobService, token: str, sockets: Sockets) -> None:
        self.service, self.token, self.sockets, self.context = service, token, sockets, LocalContext()

    def authorized(self, request: web.Request) -> bool:
        return token_matches(bearer_token(dict(request.headers)), self.token)

    async def api(self, request: web.Request) -> web.Response:
        if not self.authorized(request):
            return web.Response(status=401, text=UNAUTHORIZED, content_type="application/json")
        event = http_event(request, await request.read())
        answer = await asyncio.get_running_loop().run_in_executor(None, api_lambda.handler, event, self.context)
        headers = {k: v for k, v in (answer.get("headers") or {}).items() if k.lower() != "content-length"}
        return web.Response(status=answer["statusCode"], text=answer.get("body") or "", headers=headers)

    async def file(self, request: web.Request) -> web.StreamResponse:
        if not self.authorized(request) and not token_matches(request.query.get("token"), self.token):
            return web.Response(status=401, text=UNAUTHORIZED, content_type="application/json")
        try:
            return web.FileResponse(self.service.file(request.match_info["key"]))
        except ApiError as error:
            return web.json_response({"message": error.message}, status=error.status)

    async def live(self, request: web.Request) -> web.StreamResponse:
        if not token_matches(request.query.get("token"), self.token):
            return web.Response(status=401, text=UNAUTHORIZED, content_type="application/json")
        socket = web.WebSocketResponse(heartbeat=30)
        await socket.prepare(request)
        connection_id = secrets.token_hex(12)
        self.sockets.open[connection_id] = socket
        self.sockets.loop = asyncio.get_running_loop()
        run = self.sockets.loop.run_in_executor
        try:
            await run(None, websocket.connect, websocket_event("$connect", connection_id, request), self.context)
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    event = websocket_event("$default", connection_id, request, message.data)
                    await run(None, websocket.default, event, self.context)
        finally:
            self.sockets.open.pop(connection_id, None)
            event = websocket_event("$disconnect", connection_id, request)
            await run(None, websocket.disconnect, event, self.context)
        return socket

    async def close_sockets(self, _: web.Application) -> None:
        # Open WebSockets would hold a graceful shutdown for a minute: say goodbye to them now.
        for socket in list(self.sockets.open.values()):
            await socket.close(code=1001, message=b"server shutting down")


def build_app(service: LocalJobService, token: str, frontend: Path | None = None) -> web.Application:
    """The aiohttp application: API routes, /live WebSocket, /files of results, the dashboard."""
    connections, sockets = LocalConnections(), Sockets()
    service.jobs = NotifyingJobStore(service.jobs, connections, sockets.post)
    api.configure(lambda: service)
    websocket.configure(connections=connections, post=sockets.post, jobs=service.jobs)
    # The Lambda's own handler, minus what only makes sense on AWS (X-Ray traces, EMF metrics).
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    handlers = _Handlers(service, token, sockets)
    application = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[json_errors])
    application.router.add_get("/live", handlers.live)
    application.router.add_get("/files/{key:.+}", handlers.file)
    if frontend is not None and (frontend / "index.html").exists():
        application.router.add_get("/", lambda _: web.FileResponse(frontend / "index.html"))
        application.router.add_static("/static/", frontend)
    for route in ("/jobs", "/jobs/{tail:.*}", "/analyses", "/openapi.json"):
        application.router.add_route("*", route, handlers.api)
    application.on_shutdown.append(handlers.close_sockets)
    application.on_shutdown.append(lambda _: asyncio.get_running_loop().run_in_executor(None, service.close))
    return application
