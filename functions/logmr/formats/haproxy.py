"""HAProxy's HTTP log (`option httplog`, its default format), the message of its syslog lines:

    CLIENT:PORT [ACCEPT_DATE] FRONTEND BACKEND/SERVER TR/Tw/Tc/Tr/Ta STATUS BYTES CC CS TSC
    ACT/FE/BE/SRV/RETRIES SRVQ/BACKQ [{CAPTURED_REQUEST_HEADERS}] [{CAPTURED_RESPONSE_HEADERS}] "REQUEST"

(HAProxy's configuration manual, "HTTP log format"). A syslog record of HAProxy's whose message is
one gets its HTTP fields: the status, the bytes read by the client, the latency (Ta, the request's
whole active time in ms, `-1` where it did not end), the request's method and path, and `fields`:
client, frontend, backend, server, termination_state. Its time and level stay the syslog line's.
"""

from __future__ import annotations

import re

from .record import Record

_HTTPLOG = re.compile(
    r"(?P<client>\S+):\d+ \[[^\]]+\] (?P<frontend>\S+) (?P<backend>[^/\s]+)/(?P<server>\S+) "
    r"-?\d+/-?\d+/-?\d+/-?\d+/\+?(?P<ta>-?\d+) (?P<status>-?\d+) \+?(?P<bytes>\d+) \S+ \S+ (?P<termination_state>\S+)"
    r' [\d/]+ [\d/]+(?: \{[^}]*\}){0,2} "(?P<request>[^"]*)"'
)
#: The record fields this reads (the syslog format's block path leaves them to the record path).
HTTP_FIELDS = frozenset(("status", "method", "path", "bytes", "latency_ms"))
TAG = "haproxy"


def with_http(record: Record) -> Record:
    """The record with its HTTP fields where its message is an HTTP log line."""
    found = _HTTPLOG.match(record.message)
    if found is None:
        return record
    status, parts = int(found["status"]), found["request"].split(" ")
    record.status = status if 100 <= status <= 599 else None
    record.bytes, ta = int(found["bytes"]), int(found["ta"])
    record.latency_ms = float(ta) if ta >= 0 else None
    if len(parts) <= 3 and parts[0] not in ("", "-", "<BADREQ>"):
        record.method, record.path = parts[0], parts[1] if len(parts) > 1 else None
    record.fields.update((name, found[name]) for name in ("client", "frontend", "backend", "server"))
    record.fields["termination_state"] = found["termination_state"]
    return record
