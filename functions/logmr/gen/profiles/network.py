"""Logs that cross the network: combined access logs with a request time, AWS Application Load
Balancer access logs (their documented fields, tests/data/loggers/aws_alb.log), and syslog as
util-linux `logger` sends it in RFC 3164 and RFC 5424 (see tests/data/loggers/syslog_*.log)."""

from __future__ import annotations

import random

from ..content import AGENTS, PATHS, ip
from .events import Event, strftime, truth

Rendered = list[tuple[str, dict | None]]


def _status(rng: random.Random, level: str) -> int:
    if level in ("ERROR", "FATAL"):
        return rng.choice((500, 502, 503, 504))
    if level == "WARN":
        return rng.choice((400, 401, 403, 404, 404, 404, 429))
    return 200 if rng.random() < 0.93 else rng.choice((301, 302, 304))


def access_combined(rng: random.Random, events: list[Event]) -> Rendered:
    """nginx/Apache "combined" with the request time in seconds appended (`$request_time`)."""
    out = []
    for e in events:
        status = _status(rng, e.level)
        path = rng.choice(PATHS).replace("{id}", str(rng.randint(1, 10**6)))
        if rng.random() < 0.1:
            path += f"?page={rng.randint(1, 50)}"
        method = "GET" if rng.random() < 0.8 else rng.choice(("POST", "PUT", "DELETE"))
        size = 0 if status == 304 else rng.randint(200, 50000)
        user = "-" if rng.random() < 0.9 else f"user{rng.randint(1, 999)}"
        request = f"{method} {path} HTTP/1.1"
        line = (
            f'{ip(rng)} - {user} [{strftime("%d/%b/%Y:%H:%M:%S", e.ms)} +0000] "{request}" {status} {size} '
            f'"-" "{rng.choice(AGENTS)}" {rng.expovariate(1 / 0.08):.3f}\n'
        )
        level = "ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO"
        out.append((line, truth(e, time_ms=e.ms // 1000 * 1000, level=level, service=None, message=request)))
    return out


_ALB = "app/shop-alb/50dc6c495c0c9188", "app/api-alb/8f2c1d0e9b7a6543"
_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-tg/73e2d6bc24d8a067"
_CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"


def aws_alb(rng: random.Random, events: list[Event]) -> Rendered:
    """An ALB's access log: `type time elb client:port target:port` three processing times,
    statuses, bytes, `"request"` with the absolute URL, `"user_agent"` and the later fields; a
    request the target never answered has `-1` times and target `-`."""
    out = []
    for e in events:
        status = _status(rng, e.level)
        path = rng.choice(PATHS).replace("{id}", str(rng.randint(1, 10**6)))
        method = "GET" if rng.random() < 0.8 else rng.choice(("POST", "PUT", "DELETE"))
        scheme, port = ("https", 443) if rng.random() < 0.8 else ("http", 80)
        time = strftime("%Y-%m-%dT%H:%M:%S", e.ms) + f".{e.ms % 1000:03d}{rng.randrange(1000):03d}Z"
        target = f"10.0.{rng.randint(1, 9)}.{rng.randint(2, 250)}:8080"
        times = f"0.{rng.randrange(3):03d} {rng.expovariate(1 / 0.08):.3f} 0.000"
        if status in (502, 503, 504) and rng.random() < 0.5:
            target, times = "-", "-1 -1 -1"
        tls = "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2" if scheme == "https" else "- -"
        line = (
            f"{'h2' if scheme == 'https' and rng.random() < 0.3 else scheme} {time} {rng.choice(_ALB)} "
            f"{ip(rng)}:{rng.randint(1024, 65535)} {target} {times} {status} {status if target != '-' else '-'} "
            f'{rng.randint(100, 900)} {rng.randint(200, 50000)} "{method} {scheme}://shop.example.com:{port}{path} '
            f'HTTP/1.1" "{rng.choice(AGENTS)}" {tls} {_ARN} "Root=1-{e.ms // 1000:08x}-{rng.getrandbits(96):024x}" '
            f'"shop.example.com" "{_CERT if scheme == "https" else "-"}" 0 {time} "forward" "-" "-" "{target}" '
            f'"{status if target != "-" else "-"}" "-" "-" TID_{rng.getrandbits(128):032x}\n'
        )
        level = "ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO"
        service = line.split(" ", 3)[2]
        out.append((line, truth(e, level=level, service=service, message=line.split('"', 2)[1])))
    return out


SEVERITY = {"DEBUG": 7, "INFO": 6, "WARN": 4, "ERROR": 3, "FATAL": 2}
LOCAL0 = 16 * 8


def _severity(rng: random.Random, level: str) -> int:
    if level == "INFO" and rng.random() < 0.1:
        return 5  # notice
    if level == "FATAL":
        return rng.choice((0, 1, 2))
    return SEVERITY[level]


def rfc3164(rng: random.Random, events: list[Event]) -> Rendered:
    """`logger --rfc3164`: `<PRI>Mmm dd hh:mm:ss host tag[pid]: message` (no year: 2026)."""
    out = []
    for e in events:
        stamp = strftime("%b ", e.ms) + f"{int(strftime('%d', e.ms)):2d}" + strftime(" %H:%M:%S", e.ms)
        pri = LOCAL0 + _severity(rng, e.level)
        line = f"<{pri}>{stamp} {e.host} {e.service}[{rng.randint(300, 40000)}]: {e.message}\n"
        out.append((line, truth(e, time_ms=e.ms // 1000 * 1000, host=e.host, message=e.message)))
    return out


def rfc5424(rng: random.Random, events: list[Event]) -> Rendered:
    """`logger --rfc5424 --msgid --sd-id`: `<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG`."""
    out = []
    for e in events:
        stamp = strftime("%Y-%m-%dT%H:%M:%S", e.ms) + f".{e.ms % 1000:03d}{rng.randrange(1000):03d}+00:00"
        pri = LOCAL0 + _severity(rng, e.level)
        sd = '[timeQuality tzKnown="1" isSynced="0"]'
        if rng.random() < 0.5:
            sd += f'[order@32473 id="{rng.randint(1, 10**6)}" note="said \\"hi\\""]'
        msgid = rng.choice(("ORDER", "AUTH", "-"))
        line = f"<{pri}>1 {stamp} {e.host} {e.service} {rng.randint(300, 40000)} {msgid} {sd} {e.message}\n"
        out.append((line, truth(e, host=e.host, message=e.message)))
    return out


RENDERERS = {"access-combined": access_combined, "aws-alb": aws_alb, "rfc3164": rfc3164, "rfc5424": rfc5424}
