"""JSON loggers, each record in the shape the real tool writes (tests/data/loggers has one file of
each, captured from the tool): key order, time encoding, level spelling, escaping.

A renderer turns one chunk's events into (text with its line end, truth) pairs; the truth is what
the record must read as, or None for a line written broken on purpose."""

from __future__ import annotations

import json
import random

import msgspec

from .events import JAVA_TRACE, PYTHON_TRACE, Event, epoch_seconds, iso_ms, iso_seconds, stack_trace, truth

Rendered = list[tuple[str, dict | None]]
_encode = msgspec.json.encode  # raw UTF-8, \n \" \\ \t escaped: what Node's and Go's encoders write


def _json(obj: dict) -> str:
    return _encode(obj).decode()


PINO_LEVELS = {"DEBUG": 20, "INFO": 30, "WARN": 40, "ERROR": 50, "FATAL": 60}


def pino(rng: random.Random, events: list[Event]) -> Rendered:
    """pino({name}) defaults: numeric level (10 trace, 20 debug ... 60 fatal), epoch ms, pid,
    hostname, name; an Error logged as `err` with its stack."""
    out = []
    for e in events:
        level = 10 if e.level == "DEBUG" and rng.random() < 0.25 else PINO_LEVELS[e.level]
        record = {"level": level, "time": e.ms, "pid": 28868, "hostname": e.host, "name": e.service}
        if e.level == "ERROR" and rng.random() < 0.3:
            record["err"] = {"type": "Error", "message": e.message, "stack": "Error: " + e.message + "\n    at x"}
        record["msg"] = e.message
        out.append((_json(record) + "\n", truth(e, host=e.host, message=e.message)))
    return out


def zap(rng: random.Random, events: list[Event]) -> Rendered:
    """zap.NewProduction().Named(service): float epoch seconds, caller, stacktrace on error+."""
    spell = {"DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERROR": "error", "FATAL": "fatal"}
    out = []
    for e in events:
        level = "dpanic" if e.level == "FATAL" and rng.random() < 0.5 else spell[e.level]
        record = {
            "level": level,
            "ts": epoch_seconds(rng, e.ms),
            "logger": e.service,
            "caller": f"{e.service}/handler.go:{rng.randint(20, 300)}",
            "msg": e.message,
            "order_id": rng.randint(1, 10**6),
        }
        if e.level in ("ERROR", "FATAL"):
            record["stacktrace"] = f"main.handle\n\t/srv/{e.service}/handler.go:57\nruntime.main\n\tproc.go:250"
        out.append((_json(record) + "\n", truth(e, message=e.message)))
    return out


def logrus_json(rng: random.Random, events: list[Event]) -> Rendered:
    """logrus JSONFormatter: keys sorted, time RFC 3339 to the second, levels trace..panic."""
    spell = {"DEBUG": "debug", "INFO": "info", "WARN": "warning", "ERROR": "error", "FATAL": "fatal"}
    out = []
    for e in events:
        level = "trace" if e.level == "DEBUG" and rng.random() < 0.3 else spell[e.level]
        record = {"level": level, "msg": e.message, "order_id": rng.randint(1, 10**6), "service": e.service}
        record["time"] = iso_seconds(e.ms)
        out.append((_json(record) + "\n", truth(e, time_ms=e.ms // 1000 * 1000, message=e.message)))
    return out


def zerolog(rng: random.Random, events: list[Event]) -> Rendered:
    """zerolog.New(w).With().Timestamp(): level first, fields in call order, `message` last."""
    spell = {"DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERROR": "error", "FATAL": "fatal"}
    out = []
    for e in events:
        level = "panic" if e.level == "FATAL" and rng.random() < 0.3 else spell[e.level]
        record = {"level": level, "service": e.service, "order_id": rng.randint(1, 10**6)}
        record |= {"time": iso_seconds(e.ms), "message": e.message}
        out.append((_json(record) + "\n", truth(e, time_ms=e.ms // 1000 * 1000, message=e.message)))
    return out


def slog_json(rng: random.Random, events: list[Event]) -> Rendered:
    """slog's JSONHandler: time with nanoseconds, DEBUG/INFO/WARN/ERROR (no fatal: ERROR)."""
    out = []
    for e in events:
        level = "ERROR" if e.level == "FATAL" else e.level
        stamp = iso_ms(e.ms)[:-1] + f"{rng.randrange(10**6):06d}Z"
        record = {"time": stamp, "level": level, "msg": e.message, "service": e.service}
        record["order_id"] = rng.randint(1, 10**6)
        out.append((_json(record) + "\n", truth(e, level=level, message=e.message)))
    return out


PYTHON_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "FATAL": "CRITICAL"}
MALFORMED_SHARE = 0.0005
CRLF_SHARE = 0.1


def python_json(rng: random.Random, events: list[Event]) -> Rendered:
    """A hand-rolled logger writing `json.dumps(record)` with Python's defaults: `": "` and `", "`,
    non-ASCII as \\uXXXX; one line in ten ends in CRLF, and one in 2,000 is cut short (a writer
    killed mid-line): those are the malformed lines."""
    out: Rendered = []
    for e in events:
        record = {"ts": iso_ms(e.ms), "level": PYTHON_LEVELS[e.level], "service": e.service, "host": e.host}
        record["msg"] = e.message
        if e.level == "ERROR" and rng.random() < 0.2:
            record["exc_info"] = stack_trace(PYTHON_TRACE, rng, e)
        text = json.dumps(record)
        end = "\r\n" if rng.random() < CRLF_SHARE else "\n"
        if rng.random() < MALFORMED_SHARE:
            out.append((text[: len(text) // 2] + end, None))
        else:
            out.append((text + end, truth(e, host=e.host, message=e.message)))
    return out


def ecs(rng: random.Random, events: list[Event]) -> Rendered:
    """ecs-logging's StdlibFormatter (ECS 1.6): dotted `log.level`, nested `log.logger`,
    `host.hostname`, `service.name`; json.dumps escapes (\\uXXXX)."""
    spell = {"DEBUG": "debug", "INFO": "info", "WARN": "warning", "ERROR": "error", "FATAL": "critical"}
    out = []
    for e in events:
        record: dict = {"@timestamp": iso_ms(e.ms), "log.level": spell[e.level], "message": e.message}
        record["ecs.version"] = "1.6.0"
        if e.level == "ERROR" and rng.random() < 0.2:
            record["error"] = {"type": "ValueError", "stack_trace": stack_trace(PYTHON_TRACE, rng, e)}
        record["host"] = {"hostname": e.host}
        origin = {"file": {"line": rng.randint(20, 400), "name": "handlers.py"}, "function": "handle"}
        record["log"] = {"logger": f"shop.{e.service}", "origin": origin, "original": e.message}
        record["process"] = {
            "name": "MainProcess",
            "pid": 28214,
            "thread": {"id": 139672649632640, "name": "MainThread"},
        }
        record["service"] = {"name": e.service}
        out.append((json.dumps(record, separators=(",", ":")) + "\n", truth(e, host=e.host, message=e.message)))
    return out


def docker_pino(rng: random.Random, events: list[Event]) -> Rendered:
    """Docker's json-file driver around pino (base: undefined, ISO time, child name): the app's line
    in `log` with its newline, `stream`, Docker's RFC3339Nano `time` (the record's time)."""
    out = []
    for e in events:
        level = 10 if e.level == "DEBUG" and rng.random() < 0.25 else PINO_LEVELS[e.level]
        app = _json({"level": level, "time": iso_ms(e.ms), "name": e.service, "msg": e.message})
        stamp = iso_ms(e.ms)[:-1] + f"{rng.randrange(10**6):06d}Z"
        line = _json({"log": app + "\n", "stream": "stderr" if e.level in ("ERROR", "FATAL") else "stdout"})
        out.append((line[:-1] + f',"time":"{stamp}"}}\n', truth(e, message=e.message)))
    return out


SYSLOG_SEVERITY = {"DEBUG": 7, "INFO": 6, "WARN": 4, "ERROR": 3, "FATAL": 2}


def gelf(rng: random.Random, events: list[Event]) -> Rendered:
    """graypy's GELF 1.0 payloads (one per line): syslog `level`, `facility` as the service, float
    `timestamp`, `_`-prefixed extras, `full_message` with the traceback; json.dumps escapes."""
    out = []
    for e in events:
        record: dict = {"version": "1.0", "host": e.host, "short_message": e.message}
        if e.level == "ERROR" and rng.random() < 0.2:
            record["full_message"] = e.message + "\n" + stack_trace(PYTHON_TRACE, rng, e)
        record |= {"timestamp": epoch_seconds(rng, e.ms), "level": SYSLOG_SEVERITY[e.level], "facility": e.service}
        record |= {"_logger": f"shop.{e.service}", "file": "/srv/shop/handlers.py", "line": rng.randint(20, 400)}
        record |= {"_function": "handle", "_pid": 2286, "_thread_name": "MainThread", "_process_name": "MainProcess"}
        record["_stack_info"] = None
        out.append((json.dumps(record, separators=(",", ":")) + "\n", truth(e, host=e.host, message=e.message)))
    return out


JOURNAL_KEYS = ["_BOOT_ID", "_MACHINE_ID", "_TRANSPORT", "_SYSTEMD_UNIT", "_PID", "__CURSOR", "__MONOTONIC_TIMESTAMP"]


def journald(rng: random.Random, events: list[Event]) -> Rendered:
    """`journalctl -o json`: every value a string (times in µs), fields in the journal's hash order
    (shuffled per entry), PRIORITY 0..7, SYSLOG_IDENTIFIER and _COMM, _HOSTNAME, MESSAGE."""
    out = []
    for n, e in enumerate(events):
        us = e.ms * 1000 + rng.randrange(1000)
        fields = {
            "__REALTIME_TIMESTAMP": str(us),
            "__MONOTONIC_TIMESTAMP": str(5_000_000 + n * 3217),
            "__CURSOR": f"s=aeac2cb8a39b47dbab1402b1f81f9000;i={n:x};b=8f1d5b7c2e7a4c0b;t={us:x}",
            "_BOOT_ID": "8f1d5b7c2e7a4c0b9a3b6f2d1e0c9b8a",
            "_MACHINE_ID": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e",
            "_TRANSPORT": "journal",
            "_SYSTEMD_UNIT": f"{e.service}.service",
            "_PID": str(rng.randint(300, 9000)),
            "_COMM": e.service,
            "SYSLOG_IDENTIFIER": e.service,
            "_HOSTNAME": e.host,
            "PRIORITY": str(SYSLOG_SEVERITY[e.level] if e.level != "INFO" or rng.random() < 0.9 else 5),
            "MESSAGE": e.message,
        }
        keys = list(fields)
        rng.shuffle(keys)
        line = _json({k: fields[k] for k in keys})
        out.append((line + "\n", truth(e, host=e.host, message=e.message)))
    return out


RENDERERS = {
    "pino": pino,
    "zap": zap,
    "logrus-json": logrus_json,
    "zerolog": zerolog,
    "slog-json": slog_json,
    "python-json": python_json,
    "ecs": ecs,
    "docker-pino": docker_pino,
    "gelf": gelf,
    "journald": journald,
}
__all__ = ["JAVA_TRACE", "RENDERERS"]
