"""What every logger profile writes about: one chunk's events (instant, level, service, host,
message), drawn from the generator's content, with the text real logs carry (non-ASCII, quotes,
tabs, embedded newlines), and the truth a test compares logmr's reading with."""

from __future__ import annotations

import random
import time
from typing import NamedTuple

from ..content import SECONDS_PER_CHUNK, SERVICES, START_EPOCH, ZIPF, app_message, levels_with_burst

# Text a person would write, as the loggers corpus (tests/data/loggers) has it: raw UTF-8
# (JSON loggers that escape it write \uXXXX), quotes, a Windows path with a tab, a second line.
SPECIAL_MESSAGES = [
    "user Zoë Łukasz-Søren logged in from München",
    "日本語のメッセージ: 注文を受け付けました",
    'retrying request "GET /api/v1/orders" after {n} ms',
    "path C:\\Users\\zoe\\orders{n}.csv\tloaded",
    "emoji in text: payment ok ✅ 😀 order {n}",
    "two-line message {n}\nsecond line of the same message",
]
SPECIAL_SHARE = 0.05


class Event(NamedTuple):
    ms: int  # epoch milliseconds
    level: str  # DEBUG, INFO, WARN, ERROR or FATAL
    service: str
    host: str
    message: str


def make_events(rng: random.Random, chunk: int, lines: int, *, multiline: bool = True) -> list[Event]:
    """`lines` events spread over the chunk's minute; services Zipf-skewed, levels with bursts."""
    services = rng.choices(SERVICES, cum_weights=ZIPF, k=lines)
    levels = levels_with_burst(rng, services, lines)
    base_ms = (START_EPOCH + chunk * SECONDS_PER_CHUNK) * 1000
    events = []
    for i in range(lines):
        service, level = services[i], levels[i]
        if rng.random() < SPECIAL_SHARE:
            message = rng.choice(SPECIAL_MESSAGES).replace("{n}", str(rng.randint(1, 9999)))
            if not multiline:
                message = message.replace("\n", " ")
        else:
            message = app_message(rng, level, service)
        ms = base_ms + i * SECONDS_PER_CHUNK * 1000 // lines
        events.append(Event(ms, level, service, f"{service}-{rng.randint(1, 8)}", message))
    return events


def iso_ms(ms: int) -> str:
    """2026-11-01T00:00:00.123Z"""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + f".{ms % 1000:03d}Z"


def iso_seconds(ms: int) -> str:
    """2026-11-01T00:00:00Z (logrus, zerolog: RFC 3339 to the second)"""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms // 1000))


def strftime(fmt: str, ms: int) -> str:
    return time.strftime(fmt, time.gmtime(ms // 1000))


def epoch_seconds(rng: random.Random, ms: int) -> float:
    """A float epoch in seconds (zap, GELF) whose millisecond truncates to `ms`: the sub-millisecond
    part stays within [0.2, 0.7) ms, far from a float rounding across the millisecond."""
    return (ms * 1000 + rng.randrange(200, 700)) / 1e6


def truth(
    event: Event,
    *,
    time_ms: int | None = -1,
    level: str | None = "",
    service: str | None = "",
    host: str | None = None,
    message: str | None = None,
) -> dict:
    """What a record should read as (the loggers corpus's expected fields); by default the event's
    own time, level and service, no host, and the message's first line."""
    instant = event.ms if time_ms == -1 else time_ms
    return {
        "time": iso_ms(instant) if instant is not None else None,
        "level": event.level if level == "" else level,
        "service": event.service if service == "" else service,
        "host": host,
        "message": event.message.split("\n", 1)[0] if message is None else message,
    }


JAVA_TRACE = (
    "java.lang.IllegalStateException: {m}\n"
    "\tat com.example.{cls}.handle({cls}.java:{n})\n"
    "\tat com.example.Server.dispatch(Server.java:88)\n"
    "Caused by: java.net.SocketTimeoutException: Read timed out\n"
    "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)\n"
    "\t... 2 more"
)
PYTHON_TRACE = (
    "Traceback (most recent call last):\n"
    '  File "/srv/shop/handlers.py", line {n}, in handle\n'
    "    result = charge(order_id)\n"
    "ValueError: {m}"
)


def stack_trace(template: str, rng: random.Random, event: Event) -> str:
    cls = event.service.title().replace("-", "") + "Handler"
    return template.format(m=event.message.split("\n", 1)[0], cls=cls, n=rng.randint(20, 900))
