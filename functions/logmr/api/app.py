"""The HTTP job API: routes of an API Gateway HTTP API (payload v2), served by the api Lambda and,
through real API Gateway events, by `logmr serve`. Errors are JSON `{"message": ...}`."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types

from .analyses import analyses, default_presentation
from .openapi import openapi_document
from .operations import PAGE_SIZE, ApiError, BadRequest, UnsupportedMediaType, cursor_of

logger = logging.getLogger(__name__)

app = APIGatewayHttpResolver()
_service: Callable[[], Any] | None = None


def configure(service_factory: Callable[[], Any]) -> None:
    """Choose the backend: a function returning an object with submit/list/get/result/cancel."""
    global _service
    _service = service_factory


def configure_default(service_factory: Callable[[], Any]) -> None:
    """The backend unless one was chosen already (the Lambda's default; `logmr serve` chooses first)."""
    if _service is None:
        configure(service_factory)


def service() -> Any:
    if _service is None:
        raise RuntimeError("the job API has no backend; call configure() first")
    return _service()


def _json(status: int, body: Any) -> Response:
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON, body=json.dumps(body))


@app.exception_handler(ApiError)
def _api_error(error: ApiError) -> Response:
    return _json(error.status, {"message": error.message})


@app.exception_handler(Exception)
def _unexpected(error: Exception) -> Response:
    # A bug, not a bad request: logged with its traceback, answered as JSON without details.
    logger.exception("the job API failed on %s %s", app.current_event.http_method, app.current_event.path)
    return _json(500, {"message": "internal error; the server's log has the details"})


FORM = "application/x-www-form-urlencoded"


@app.not_found
def _not_found(_: Exception) -> Response:
    return _json(404, {"message": f"no route {app.current_event.request_context.http.method} {app.current_event.path}"})


def _json_body() -> str | None:
    """The body of a JSON request: declared as JSON (or not declared), UTF-8 text. `curl -d`
    declares form data whatever it sends, so that is read as JSON too."""
    declared = app.current_event.headers.get("content-type") or "application/json"
    media_type = declared.split(";", 1)[0].strip().lower()
    if media_type not in ("application/json", FORM) and not media_type.endswith("+json"):
        raise UnsupportedMediaType("send the job as JSON (Content-Type: application/json)")
    try:
        return app.current_event.decoded_body
    except (UnicodeDecodeError, ValueError):  # a binary (base64) body that is not UTF-8 text
        raise BadRequest("the body must be a UTF-8 JSON object") from None


@app.post("/jobs")
def post_job() -> Response:
    answer = service().submit(_json_body())
    return _json(200 if answer.get("dry_run") else 202, answer)


@app.get("/jobs")
def list_jobs() -> Response:
    raw = app.current_event.get_query_string_value("limit", str(PAGE_SIZE))
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6):
        raise BadRequest("`limit` must be a whole number")
    before = cursor_of(app.current_event.get_query_string_value("before", None))
    return _json(200, service().list(int(raw), before))


@app.get("/jobs/<job_id>")
def get_job(job_id: str) -> Response:
    return _json(200, service().get(job_id))


@app.get("/jobs/<job_id>/result")
def get_result(job_id: str) -> Response:
    return _json(200, service().result(job_id))


@app.get("/jobs/<job_id>/diff")
def get_diff(job_id: str) -> Response:
    return _json(200, service().diff(job_id, app.current_event.get_query_string_value("baseline")))


@app.delete("/jobs/<job_id>")
def cancel_job(job_id: str) -> Response:
    return _json(200, service().cancel(job_id))


@app.get("/analyses")
def get_analyses() -> Response:
    return _json(200, {"analyses": analyses(), "default_presentation": default_presentation()})


@app.get("/openapi.json")
def get_openapi() -> Response:
    return _json(200, openapi_document())
