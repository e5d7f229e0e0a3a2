"""Web server logs: Apache/Nginx access logs (common and combined) and Apache error logs."""

from __future__ import annotations

import re

from .base import LogFormat
from .record import Record, level_from_status, normalize_level

# Common Log Format, optionally followed by the combined format's referer and user agent, then by
# whatever the server adds (nginx `$request_time`, `rt=0.012`, Apache `%D` as `D=1234`).
_ACCESS = re.compile(
    r"^(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] "
    r'"(?P<request>(?:[^"\\]|\\.)*)" (?P<status>\d{3}) (?P<bytes>\d+|-)'
    r'(?: "(?P<referer>(?:[^"\\]|\\.)*)" "(?P<agent>(?:[^"\\]|\\.)*)")?'
    r"(?P<extra>(?: .*)?)$"
)
_LATENCY_SECONDS = re.compile(r"(?:^|\s)(?:rt=|request_time=)?(\d+\.\d+)(?:\s|$)")
_LATENCY_MICROS = re.compile(r"(?:^|\s)D=(\d+)(?:\s|$)")


def _latency_ms(extra: str) -> float | None:
    if not extra:
        return None
    found = _LATENCY_MICROS.search(extra)
    if found:
        return int(found.group(1)) / 1000.0
    found = _LATENCY_SECONDS.search(extra)
    if found:
        return float(found.group(1)) * 1000.0
    return None


class AccessLogFormat(LogFormat):
    name = "access"
    description = "Apache/Nginx access logs (common or combined, optional request time)"

    def matches(self, line: str) -> bool:
        return _ACCESS.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _ACCESS.match(line)
        if found is None:
            return None
        request = found["request"]
        parts = request.split(" ")
        method, path, protocol = ([*parts, None, None])[:3] if len(parts) <= 3 else (None, None, None)
        status = int(found["status"])
        size = found["bytes"]
        fields = {"client": found["host"], "request": request, "protocol": protocol}
        if found["user"] != "-":
            fields["user"] = found["user"]
        if found["referer"] is not None:
            fields["referer"] = found["referer"]
            fields["agent"] = found["agent"]
        return Record(
            message=request,
            level=level_from_status(status),
            service=default_service,
            host=None,
            timestamp=found["time"],
            status=status,
            method=method,
            path=path,
            bytes=int(size) if size != "-" else 0,
            latency_ms=_latency_ms(found["extra"]),
            raw=line,
            fields=fields,
        )


_APACHE_ERROR = re.compile(
    r"^\[(?P<time>[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4})\] "
    r"\[(?:(?P<module>[\w-]+):)?(?P<level>[a-z]+\d?)\]"
    r"(?: \[pid (?P<pid>\d+)(?::tid \d+)?\])?(?: \[client (?P<client>[^\]]+)\])? ?(?P<message>.*)$"
)


class ApacheErrorFormat(LogFormat):
    name = "apache_error"
    description = "Apache error logs ([time] [level] message)"

    def matches(self, line: str) -> bool:
        return _APACHE_ERROR.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _APACHE_ERROR.match(line)
        if found is None:
            return None
        fields = {k: found[k] for k in ("pid", "client") if found[k] is not None}
        return Record(
            message=found["message"],
            level=normalize_level(found["level"].rstrip("0123456789")),
            service=found["module"] or default_service,
            timestamp=found["time"],
            raw=line,
            fields=fields,
        )
