"""Text layouts, each in the shape the real tool writes (see tests/data/loggers): logfmt from
logrus and slog (Go-quoted values), log4j2 and logback pattern layouts and Python logging (with
their stack traces on following lines), klog, nginx's and Apache's error logs."""

from __future__ import annotations

import random

from ..content import PATHS, ip
from .events import JAVA_TRACE, PYTHON_TRACE, Event, iso_ms, stack_trace, strftime, truth

Rendered = list[tuple[str, dict | None]]
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def go_quote(text: str) -> str:
    """Go's strconv.Quote for the text these logs hold: printable Unicode kept as is."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch < " ":
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _logrus_value(text: str) -> str:
    return text if text and all(ch in _PLAIN for ch in text) else go_quote(text)


def _slog_value(text: str) -> str:
    needs = not text or any(ch in ' ="' or ch < " " for ch in text)
    return go_quote(text) if needs else text


def logrus_text(rng: random.Random, events: list[Event]) -> Rendered:
    """logrus's TextFormatter without a TTY: time, level, msg, then fields sorted."""
    spell = {"DEBUG": "debug", "INFO": "info", "WARN": "warning", "ERROR": "error", "FATAL": "fatal"}
    out = []
    for e in events:
        level = "trace" if e.level == "DEBUG" and rng.random() < 0.3 else spell[e.level]
        line = (
            f'time="{strftime("%Y-%m-%dT%H:%M:%SZ", e.ms)}" level={level} msg={_logrus_value(e.message)} '
            f"order_id={rng.randint(1, 10**6)} service={_logrus_value(e.service)}\n"
        )
        out.append((line, truth(e, time_ms=e.ms // 1000 * 1000, message=e.message)))
    return out


def slog_text(rng: random.Random, events: list[Event]) -> Rendered:
    """slog's TextHandler: time (ms), level, msg, then attributes in call order."""
    out = []
    for e in events:
        level = "ERROR" if e.level == "FATAL" else e.level
        line = (
            f"time={iso_ms(e.ms)} level={level} msg={_slog_value(e.message)} service={_slog_value(e.service)} "
            f"order_id={rng.randint(1, 10**6)}\n"
        )
        out.append((line, truth(e, level=level, message=e.message)))
    return out


def java_logger(service: str) -> str:
    """`com.example.shop.CheckoutService` abbreviated as `%c{1.}` (and logback's `%logger{10}`) print it."""
    return "c.e.s." + service.title().replace("-", "") + "Service"


def _java_text(rng: random.Random, e: Event, head: str) -> tuple[str, dict]:
    text = head + e.message
    if e.level == "ERROR" and rng.random() < 0.3:
        text += "\n" + stack_trace(JAVA_TRACE, rng, e)
    return text + "\n", truth(e, service=java_logger(e.service))


def _thread(rng: random.Random) -> str:
    return "main" if rng.random() < 0.2 else f"http-nio-8080-exec-{rng.randint(1, 10)}"


def log4j2(rng: random.Random, events: list[Event]) -> Rendered:
    """Log4j2 PatternLayout `%d %p %c{1.} [%t] %m%n`."""
    out = []
    for e in events:
        level = "TRACE" if e.level == "DEBUG" and rng.random() < 0.3 else e.level
        stamp = strftime("%Y-%m-%d %H:%M:%S", e.ms) + f",{e.ms % 1000:03d}"
        out.append(_java_text(rng, e, f"{stamp} {level} {java_logger(e.service)} [{_thread(rng)}] "))
    return out


def logback(rng: random.Random, events: list[Event]) -> Rendered:
    """logback `%date{yyyy-MM-dd HH:mm:ss.SSS} %level [%thread] %logger{10} [%file:%line] %msg%n`
    (no FATAL in logback: ERROR)."""
    out = []
    for e in events:
        if e.level == "FATAL":
            e = e._replace(level="ERROR")
        stamp = strftime("%Y-%m-%d %H:%M:%S", e.ms) + f".{e.ms % 1000:03d}"
        where = f"{e.service.title().replace('-', '')}Service.java:{rng.randint(20, 400)}"
        out.append(_java_text(rng, e, f"{stamp} {e.level} [{_thread(rng)}] {java_logger(e.service)} [{where}] "))
    return out


PYTHON_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "FATAL": "CRITICAL"}


def python_logging(rng: random.Random, events: list[Event]) -> Rendered:
    """Python logging `%(asctime)s %(levelname)s %(name)s: %(message)s`, tracebacks of
    `logger.exception` on the lines after."""
    out = []
    for e in events:
        stamp = strftime("%Y-%m-%d %H:%M:%S", e.ms) + f",{e.ms % 1000:03d}"
        text = f"{stamp} {PYTHON_LEVELS[e.level]} shop.{e.service}: {e.message}"
        if e.level == "ERROR" and rng.random() < 0.3:
            text += "\n" + stack_trace(PYTHON_TRACE, rng, e)
        out.append((text + "\n", truth(e, service=f"shop.{e.service}")))
    return out


def klog(rng: random.Random, events: list[Event]) -> Rendered:
    """klog's header `Lmmdd hh:mm:ss.uuuuuu pid file:line] `, then the text (Info/Error) or, for
    InfoS/ErrorS, the Go-quoted message and key="value" pairs. No service; V-levels are I."""
    out = []
    for e in events:
        letter = {"DEBUG": "I", "INFO": "I", "WARN": "W", "ERROR": "E", "FATAL": "F"}[e.level]
        level = {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[letter]
        stamp = strftime("%m%d %H:%M:%S", e.ms) + f".{e.ms % 1000:03d}{rng.randrange(1000):03d}"
        head = f"{letter}{stamp} {rng.randint(1, 40000):7d} {e.service.replace('-', '_')}.go:{rng.randint(20, 400)}] "
        if rng.random() < 0.3:
            body = f"{go_quote(e.message)} pod={go_quote('default/' + e.host)} node={go_quote('node-1')}"
            message = e.message
        else:
            body, message = e.message, e.message.split("\n", 1)[0]
        out.append((head + body + "\n", truth(e, level=level, service=None, message=message)))
    return out


NGINX_LEVELS = {"DEBUG": "info", "INFO": "notice", "WARN": "warn", "ERROR": "error", "FATAL": "crit"}
#: What each level nginx writes reads as (issue 8: notice is INFO, critical is FATAL).
NGINX_READ = {"info": "INFO", "notice": "INFO", "warn": "WARN", "error": "ERROR", "crit": "FATAL"}


def _nginx_message(rng: random.Random, level: str) -> str:
    client = f"client: {ip(rng)}, server: shop.example.com"
    path = rng.choice(PATHS).replace("{id}", str(rng.randint(1, 10**6)))
    request = f'request: "GET {path} HTTP/1.1", host: "shop.example.com"'
    if level == "error":
        if rng.random() < 0.5:
            return f'open() "/var/www/shop{path}" failed (2: No such file or directory), {client}, {request}'
        upstream = f'upstream: "http://10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)}:8080{path}"'
        return (
            f"connect() failed (111: Connection refused) while connecting to upstream, {client}, {request}, {upstream}"
        )
    if level == "crit":
        return f"SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share), {client}"
    if level == "warn":
        temp = f"/var/cache/nginx/{rng.randint(1, 99):02d}/0000000{rng.randint(1, 9)}"
        return f"an upstream response is buffered to a temporary file {temp}, {client}, {request}"
    if level == "notice":
        return f'limiting requests, excess: {rng.randint(1, 999) / 1000:.3f} by zone "one", {client}, {request}'
    return f"client {ip(rng)} closed keepalive connection"


def nginx_error(rng: random.Random, events: list[Event]) -> Rendered:
    """nginx's error_log: `yyyy/mm/dd hh:mm:ss [level] pid#tid: *conn message, client: ...`."""
    out = []
    for e in events:
        level = NGINX_LEVELS[e.level]
        message = _nginx_message(rng, level)
        pid = 2830 + rng.randint(1, 4)
        line = f"{strftime('%Y/%m/%d %H:%M:%S', e.ms)} [{level}] {pid}#{pid}: *{rng.randint(1, 10**6)} {message}\n"
        known = truth(e, time_ms=e.ms // 1000 * 1000, level=NGINX_READ[level], service=None, message=message)
        out.append((line, known))
    return out


APACHE = {
    "DEBUG": ("ssl", "debug", "AH02275: Certificate and private key www.example.com:443:0 configured"),
    "INFO": ("core", "info", "AH00128: File does not exist: /var/www/html{path}"),
    "WARN": ("proxy", "warn", "AH01144: No protocol handler was valid for the URL {path}"),
    "ERROR": ("proxy_http", "error", "AH01114: HTTP: failed to make connection to backend: 10.0.0.{n}"),
    "FATAL": ("mpm_event", "crit", "AH00484: server reached MaxRequestWorkers setting"),
}


def apache_error(rng: random.Random, events: list[Event]) -> Rendered:
    """Apache httpd 2.4's default ErrorLogFormat: `[Www Mmm dd hh:mm:ss.uuuuuu yyyy] [module:level]
    [pid N:tid M] [client ip:port] AHnnnnn: message`."""
    out = []
    for e in events:
        module, level, template = APACHE[e.level]
        path = rng.choice(PATHS).replace("{id}", str(rng.randint(1, 10**6)))
        message = template.replace("{path}", path).replace("{n}", str(rng.randint(1, 254)))
        stamp = (
            strftime("%a %b %d %H:%M:%S", e.ms) + f".{e.ms % 1000:03d}{rng.randrange(1000):03d} " + strftime("%Y", e.ms)
        )
        pid = rng.randint(2000, 2999)
        client = f"[client {ip(rng)}:{rng.randint(1024, 65535)}] " if e.level != "FATAL" else ""
        line = f"[{stamp}] [{module}:{level}] [pid {pid}:tid {pid + rng.randint(1, 40)}] {client}{message}\n"
        out.append((line, truth(e, service=module, message=message)))
    return out


RENDERERS = {
    "logrus-text": logrus_text,
    "slog-text": slog_text,
    "log4j2": log4j2,
    "logback": logback,
    "python-logging": python_logging,
    "klog": klog,
    "nginx-error": nginx_error,
    "apache-error": apache_error,
}
