"""A web server's request lines among a plain-text log's other lines: each a record of its own.

Development servers and WSGI containers write one line per request to the stream their app logs
to: Werkzeug's (Flask's) and Python's `http.server`'s `127.0.0.1 - - [02/Dec/2026 14:32:22] "GET /
HTTP/1.1" 200 -`, Django's runserver's `[02/Dec/2026 14:32:16] "GET / HTTP/1.1" 200 17`, uWSGI's
`[pid: 1|app: 0|req: 3/3] 127.0.0.1 () {24 vars in 246 bytes} [Wed Dec  2 14:39:43 2026] GET / =>
generated 14 bytes in 0 msecs (HTTP/1.1 200) ...`, Uvicorn's `127.0.0.1:38688 - "GET / HTTP/1.1" 200` (under
Gunicorn), Granian's `[2026-12-04 03:11:27 +0000] 127.0.0.1 - "GET /
HTTP/1.1" 200 0.179`. Such a line fits neither the app's header nor
the record above it (which it would otherwise continue, and be lost as a record). Header
inference learns the app's header from the sample's other lines and marks a layout whose sample
holds at least MIN_LINES of them with the pseudo-slot REQUEST_LINES (alone where the file has no header): such a line
then starts a record whose time, method, path, status, bytes and latency are its own, its
message the request (`GET / HTTP/1.1`), its level the status's (access logs' rule). Nothing
continues a request line: a stack trace below one is a record of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ansi import text_without_ansi
from .latency import latency_ms
from .record import Record, level_from_status
from .times import normalize_time

REQUEST_LINES = "reqline"
REQUEST_MESSAGES = "reqmsg"
MIN_LINES = 2
REQUEST_FIELDS = frozenset({"status", "method", "path", "bytes", "latency_ms"})  # (what a request line gives)

# (the protocol as HTTP names it, or its version alone: Hypercorn's `"GET / 1.1"`)
_REQUEST = r"(?P<method>[A-Z]{3,12}) (?P<path>\S+)(?: (?P<protocol>(?:HTTP/)?\d(?:\.\d)?)(?![\w.]))?"
# Common Log Format's request part, the client's three words optional (Django's runserver has none),
# the time in brackets with `:` or a space before the time of day (Werkzeug's, Django's).
_CLF = re.compile(
    r'(?:\S+ \S+ \S+ )?\[(?P<time>\d\d/[A-Z][a-z]{2}/\d{4}[: ]\d\d:\d\d:\d\d(?: [+-]\d{4})?)\] "'
    rf'(?P<request>{_REQUEST})" (?P<status>\d{{3}}) (?P<bytes>\d+|-)(?P<extra>(?: .*)?)$'
)
# uWSGI's default request line (its `log-format` default, `logger.c`).
_UWSGI = re.compile(
    r"\[pid: \d+\|app: [^|\]]*\|req: \d+/\d+\] \S+ \([^)]*\) \{\d+ vars in \d+ bytes\} "
    rf"\[(?P<time>[^\]]+)\] (?P<request>{_REQUEST}) => generated (?P<bytes>\d+) bytes in (?P<ms>\d+) "
    r"(?P<unit>msecs|micros) \(HTTP/\d(?:\.\d)? (?P<status>\d{3})\)"
)
# Express's morgan: `dev` (`GET /x 200 1.837 ms - 26`, in colours), `tiny` (`GET /x 200 26 - 1.837 ms`)
# and `short` (tiny's with the client, its user and the protocol: `::1 - GET /x HTTP/1.1 200 26 - 1.837
# ms`); `-` where the client left before the answer.
_MORGAN_DEV = re.compile(
    rf"(?P<request>{_REQUEST}) (?P<status>\d{{3}}|-) (?P<ms>\d+(?:\.\d+)?|-) ms - (?P<bytes>\d+|-)$"
)
_MORGAN = re.compile(
    rf"(?:\S+ \S+ )?(?P<request>{_REQUEST}) (?P<status>\d{{3}}|-) (?P<bytes>\d+|-) - (?P<ms>\d+(?:\.\d+)?|-) ms$"
)
# Granian's access log (`[2026-12-04 03:11:27 +0000] 127.0.0.1 - "GET / HTTP/1.1" 200 0.179`: its
# default `[{time}] {addr} - "{method} {path} {protocol}" {status} {dt_ms}`, the latency in ms, no size).
_GRANIAN = re.compile(
    r'\[(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?: [+-]\d{4})?)\] \S+ - "'
    rf'(?P<request>{_REQUEST})" (?P<status>\d{{3}}) (?P<ms>\d+(?:\.\d+)?)$'
)
# Uvicorn's access log (`%(client_addr)s - "%(request_line)s" %(status_code)s`: under Gunicorn's
# UvicornWorker the status alone, on its own console the status and its phrase, `200 OK`).
_UVICORN = re.compile(rf'\S+:\d+ - "(?P<request>{_REQUEST})" (?P<status>\d{{3}})(?: [A-Z][A-Za-z \'-]*)?$')
_SHAPES = (_CLF, _UWSGI, _MORGAN_DEV, _MORGAN, _GRANIAN, _UVICORN)
# A message that is a request line (after its logger's header): Common Log Format with its client
# alone (aiohttp's `%a %t "%r" %s %b`) or quoted (Twisted's `"127.0.0.1" - - [...]`), its time with a
# zone; Tornado's and Jupyter Server's `200 GET /path (client) 1.04ms`.
_CLF_MESSAGE = re.compile(
    r'"?[^\s"]+"?(?: \S+ \S+)? \[(?P<time>\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] "'
    rf'(?P<request>{_REQUEST})" (?P<status>\d{{3}}) (?P<bytes>\d+|-)(?:$| )'
)
# Go's Gin (its default logger's `[GIN] 2026/12/04 - 17:35:45 | 200 |  16.414µs | 127.0.0.1 | GET  "/"`: the
# message past its time, the latency a Go duration).
_GIN = re.compile(
    r"(?P<status>\d{3}) \| +(?P<ms>\d+(?:\.\d+)?)(?P<unit>ns|µs|us|ms|s) \| +\S+ \| +"
    r'(?P<method>[A-Z]{3,12}) +"(?P<path>[^"]*)"'
)
# PHP's built-in server (`php -S`, Laravel's `artisan serve`): `[time] 127.0.0.1:48322 [404]: GET /path - Success`.
_PHP = re.compile(r"\S+:\d+ \[(?P<status>\d{3})\]: (?P<method>[A-Z]{3,12}) (?P<path>\S+)")
_UNITS = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0, "micros": 1e-3, "msecs": 1.0}
_TORNADO = re.compile(
    r"(?P<status>\d{3}) (?P<method>[A-Z]{3,12}) (?P<path>\S+) \([^()]*\) (?P<ms>\d+(?:\.\d+)?)ms(?:$| referer=)"
)


def request_match(line: str) -> re.Match[str] | None:
    """The match of a request line's shape at the line's start (its colours left out), or None."""
    if "\x1b" in line:
        line = text_without_ansi(line)
    for shape in _SHAPES:
        found = shape.match(line)
        if found is not None:
            return found
    return None


def without_requests(lines: list[str]) -> tuple[list[str], bool]:
    """A sample's lines less its request lines, and whether there were at least MIN_LINES of them
    (else the lines as they are): the app's header is learned from its own lines."""
    kept = [line for line in lines if not (line[:1] in "[:\x1b" or line[:1].isalnum()) or request_match(line) is None]
    return (kept, True) if len(lines) - len(kept) >= MIN_LINES else (lines, False)


@lru_cache(maxsize=4096)  # (a second's requests share their time)
def _timestamp(time: str) -> str | None:
    if time[2:3] == "/" and time[11:12] == " ":  # (Werkzeug's `02/Dec/2026 14:32:22`)
        time = f"{time[:11]}:{time[12:]}"
    return normalize_time(" ".join(time.split()))


def message_request(message: str) -> re.Match[str] | None:
    """The match of a request line's shape that a whole message has, or None."""
    if message[:1].isdigit() or message[:1] in ('"', ":", "["):  # (`::1:38688 - "GET / ..."`: Uvicorn's IPv6 client)
        for shape in (_CLF_MESSAGE, _TORNADO, _GIN, _PHP, _UVICORN):
            if (found := shape.match(message)) is not None:
                return found
    return None


def _http_fields(found: re.Match[str]) -> tuple[int | None, str, str, int | None, float | None]:
    """(status, method, path, bytes, latency in ms) of a request shape's match (None: the shape
    has no such part, or `-` for it)."""
    groups = found.re.groupindex
    size = (int(found["bytes"]) if found["bytes"] != "-" else 0) if "bytes" in groups else None
    if "ms" in groups and found["ms"] == "-":  # (morgan's: no answer)
        latency = None
    elif "ms" in groups:  # (in its `unit` where it has one: uWSGI's msecs or micros, Gin's Go duration; else ms)
        latency = float(found["ms"]) * (_UNITS[found["unit"]] if "unit" in groups else 1.0)
    else:  # (Rack's and Puma's seconds, nginx's `rt=`, Apache's `D=`: as access logs read them)
        latency = latency_ms(found["extra"]) if "extra" in groups else None
    status = int(found["status"]) if found["status"] != "-" else None
    return status, found["method"], found["path"], size, latency


def request_messages(lines: list[str], alive: dict[int, int]) -> int:
    """How many of a sample's lines have a request line for their message (`alive`: where each
    line's message starts, as header inference has it)."""
    return sum(message_request(lines[i][at:]) is not None for i, at in alive.items())


def with_request(record: Record, leveled: bool) -> Record:
    """A record whose message is a request line, with the request's fields: status, method,
    path, bytes and latency, and its time where the record had none; its level its logger's
    (`leveled`: the header has one), else its status's."""
    found = message_request(record.message)
    if found is None:
        return record
    record.status, record.method, record.path, size, latency = _http_fields(found)
    if not leveled:
        record.level = level_from_status(record.status)
    record.bytes = size if size is not None else record.bytes
    record.latency_ms = latency if latency is not None else record.latency_ms
    if "time" in found.re.groupindex and record.timestamp is None:
        record.timestamp = _timestamp(found["time"])
    return record


def request_record(line: str, found: re.Match[str], default_service: str | None) -> Record:
    """The record of a request line and its shape's match."""
    status, method, path, size, latency = _http_fields(found)
    fields = {"request": found["request"]}
    if found["protocol"]:
        fields["protocol"] = found["protocol"]
    return Record(
        message=found["request"],
        level=level_from_status(status),
        service=default_service,
        timestamp=_timestamp(found["time"]) if "time" in found.re.groupindex else None,
        status=status,
        method=method,
        path=path,
        bytes=size,
        latency_ms=latency,
        raw=line,
        fields=fields,
    )
