"""Realistic sample logs: JSON application logs, web access logs and syslog.

Services are Zipf-skewed, levels follow a production-like mix (with per-service spellings),
messages carry variable parts (ids, uuids, durations, addresses) and error bursts hit one service
at a time. Output is deterministic for a seed: chunk i is generated from (seed, kind, i) alone,
so the bytes do not depend on how many processes generate them.
"""

from __future__ import annotations

import gzip
import itertools
import os
import random
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import BinaryIO

import msgspec
import zstandard

KINDS = ("json", "access", "syslog")
MIXED_SHARES = {"json": 0.6, "access": 0.25, "syslog": 0.15}
CHUNK_LINES = 20_000
START_EPOCH = 1_793_491_200  # 2026-11-01T00:00:00Z
SECONDS_PER_CHUNK = 60

SERVICES = [
    "api-gateway",
    "checkout",
    "payments",
    "auth",
    "search",
    "inventory",
    "orders",
    "users",
    "notifications",
    "recommendations",
    "cart",
    "shipping",
    "billing",
    "catalog",
    "reviews",
    "analytics",
    "media",
    "sessions",
    "pricing",
    "fraud-detection",
    "email",
    "webhooks",
    "scheduler",
    "reporting",
    "geo",
    "ledger",
    "audit",
    "feature-flags",
    "exports",
    "imports",
]
_ZIPF = list(itertools.accumulate(1.0 / (rank + 1) ** 1.1 for rank in range(len(SERVICES))))
LEVEL_MIX = {"DEBUG": 8.0, "INFO": 78.0, "WARN": 9.0, "ERROR": 4.5, "FATAL": 0.5}
_LEVELS = list(LEVEL_MIX)
_LEVEL_CUM = list(itertools.accumulate(LEVEL_MIX.values()))
# Loggers spell levels differently; each service keeps one style.
_SPELLINGS = [
    {"DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERROR": "error", "FATAL": "fatal"},
    {"DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "FATAL": "CRITICAL"},
    {"DEBUG": "debug", "INFO": "info", "WARN": "warning", "ERROR": "err", "FATAL": "panic"},
]
TABLES = ["orders", "users", "payments", "sessions", "items", "carts", "invoices", "events"]
CLASSES = ["OrderService", "PaymentHandler", "UserRepository", "CartController", "SearchIndex"]
EXCEPTIONS = [
    "java.lang.NullPointerException",
    "java.lang.IllegalStateException",
    "java.sql.SQLTransientConnectionException",
    "java.util.concurrent.TimeoutException",
]
PATHS = [
    "/",
    "/index.html",
    "/api/v1/orders",
    "/api/v1/users/{id}",
    "/api/v1/cart",
    "/api/v1/search",
    "/static/app.js",
    "/static/style.css",
    "/images/logo.png",
    "/api/v1/payments/{id}",
    "/login",
    "/logout",
    "/health",
    "/api/v2/catalog/{id}",
    "/robots.txt",
    "/favicon.ico",
]
AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
]
SYSLOG_PROGRAMS = ["sshd", "kernel", "systemd", "cron", "sudo", "nginx", "dockerd", "postfix/smtpd"]


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _ip(rng: random.Random) -> str:
    n = rng.getrandbits(32)
    return f"{10 + (n >> 24) % 200}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def _app_message(rng: random.Random, level: str, service: str) -> str:
    r = rng.random()
    if level == "ERROR":
        if r < 0.3:
            return f"request to {rng.choice(SERVICES)} timed out after {rng.randint(1000, 30000)} ms"
        if r < 0.5:
            return f"connection refused by {_ip(rng)}:{rng.choice((5432, 6379, 8080, 9092))}"
        if r < 0.7:
            cls = rng.choice(CLASSES)
            return f"{rng.choice(EXCEPTIONS)} at com.example.{cls}.handle({cls}.java:{rng.randint(20, 900)})"
        if r < 0.85:
            return f"database error: deadlock detected on table {rng.choice(TABLES)}"
        return "upstream returned 503 Service Unavailable for order " + str(rng.randint(10000, 99999999))
    if level == "FATAL":
        return f"out of memory: killed process {rng.randint(100, 65000)} ({service})"
    if level == "WARN":
        if r < 0.5:
            return (
                f"slow query took {rng.randint(500, 9000)} ms: SELECT * FROM {rng.choice(TABLES)} "
                f"WHERE id = {rng.randint(1, 10**7)}"
            )
        if r < 0.8:
            return f"retrying request to {rng.choice(SERVICES)} attempt {rng.randint(2, 5)} of 5"
        return f"cache miss rate high: {rng.randint(20, 95)} percent for key prefix session"
    if level == "DEBUG":
        return f"fetched {rng.randint(0, 500)} rows from {rng.choice(TABLES)} in {rng.randint(1, 80)} ms"
    if r < 0.3:
        return f"GET /api/v1/{rng.choice(TABLES)}/{rng.randint(1, 10**6)} completed in {rng.randint(2, 400)} ms"
    if r < 0.5:
        return f"user {rng.randint(1, 500000)} logged in from {_ip(rng)}"
    if r < 0.65:
        return f"payment {_uuid(rng)} authorized amount={rng.randint(1, 99999) / 100:.2f} currency=USD"
    if r < 0.8:
        return f"processed batch {rng.randint(1, 999)} of {rng.randint(1000, 5000)} records"
    if r < 0.9:
        return f"cache miss for key session:{rng.getrandbits(48):012x}"
    warehouse = rng.choice(("ams", "fra", "iad", "sfo"))
    return f"order {rng.randint(10000, 99999999)} shipped to warehouse {warehouse}"


class _Clock:
    """Timestamps for one chunk, formatted once per second."""

    def __init__(self, chunk: int) -> None:
        self.base = START_EPOCH + chunk * SECONDS_PER_CHUNK
        self.cache: dict[int, time.struct_time] = {}

    def at(self, i: int, lines: int) -> tuple[time.struct_time, int]:
        ms_total = i * SECONDS_PER_CHUNK * 1000 // lines
        second = self.base + ms_total // 1000
        tm = self.cache.get(second)
        if tm is None:
            tm = self.cache[second] = time.gmtime(second)
        return tm, ms_total % 1000


def _levels_with_burst(rng: random.Random, services: list[str], lines: int) -> list[str]:
    levels = rng.choices(_LEVELS, cum_weights=_LEVEL_CUM, k=lines)
    if rng.random() < 0.3:  # an error burst: one service fails for a stretch of this chunk
        victim = rng.choice(SERVICES[:10])
        start = rng.randrange(lines)
        for i in range(start, min(lines, start + lines // 5)):
            if services[i] == victim and rng.random() < 0.6:
                levels[i] = "ERROR"
    return levels


def _json_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:json:{chunk}")
    clock = _Clock(chunk)
    services = rng.choices(SERVICES, cum_weights=_ZIPF, k=lines)
    levels = _levels_with_burst(rng, services, lines)
    encode = msgspec.json.encode
    out = []
    for i in range(lines):
        service, level = services[i], levels[i]
        tm, ms = clock.at(i, lines)
        style = _SPELLINGS[len(service) % 3]
        record = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", tm) + f".{ms:03d}Z",
            "level": style[level],
            "service": service,
            "host": f"{service}-{rng.randint(1, 8)}",
            "message": _app_message(rng, level, service),
            "request_id": _uuid(rng),
            "latency_ms": round(rng.expovariate(1 / 40), 2),
        }
        out.append(encode(record))
    return b"\n".join(out) + b"\n"


def _access_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:access:{chunk}")
    clock = _Clock(chunk)
    burst = rng.random() < 0.3
    burst_start = rng.randrange(lines)
    out = []
    for i in range(lines):
        tm, _ = clock.at(i, lines)
        r = rng.random()
        in_burst = burst and burst_start <= i < burst_start + lines // 10
        if in_burst and r < 0.4:
            status = rng.choice((500, 502, 503, 504))
        elif r < 0.85:
            status = 200
        elif r < 0.89:
            status = rng.choice((301, 302, 304))
        elif r < 0.94:
            status = 404
        elif r < 0.97:
            status = rng.choice((400, 401, 403, 429))
        else:
            status = rng.choice((500, 502, 503, 504))
        path = rng.choice(PATHS).replace("{id}", str(rng.randint(1, 10**6)))
        method = "GET" if rng.random() < 0.8 else rng.choice(("POST", "PUT", "DELETE"))
        size = 0 if status == 304 else rng.randint(200, 50000)
        user = "-" if rng.random() < 0.9 else f"user{rng.randint(1, 999)}"
        line = (
            f"{_ip(rng)} - {user} [{time.strftime('%d/%b/%Y:%H:%M:%S', tm)} +0000] "
            f'"{method} {path} HTTP/1.1" '
            f'{status} {size} "-" "{rng.choice(AGENTS)}" {rng.expovariate(1 / 0.08):.3f}'
        )
        out.append(line)
    return ("\n".join(out) + "\n").encode()


def _syslog_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:syslog:{chunk}")
    clock = _Clock(chunk)
    out = []
    for i in range(lines):
        tm, ms = clock.at(i, lines)
        program = rng.choice(SYSLOG_PROGRAMS)
        host = f"node-{rng.randint(1, 12):02d}"
        pid = rng.randint(100, 65000)
        r = rng.random()
        if program == "sshd":
            if r < 0.4:
                msg, sev = (
                    f"Failed password for invalid user admin from {_ip(rng)} port {rng.randint(1024, 65535)} ssh2",
                    4,
                )
            else:
                msg, sev = (
                    f"Accepted publickey for deploy from {_ip(rng)} port {rng.randint(1024, 65535)} ssh2",
                    6,
                )
        elif program == "kernel":
            if r < 0.05:
                msg, sev = (
                    f"Out of memory: Killed process {pid} (java) total-vm:{rng.randint(10**6, 10**7)}kB",
                    2,
                )
            else:
                msg, sev = f"eth0: link up, {rng.choice((1000, 10000))}Mbps, full-duplex", 6
        elif program == "cron":
            msg, sev = f"(root) CMD (/usr/local/bin/backup.sh --target {rng.choice(TABLES)})", 6
        elif r < 0.05:
            msg, sev = f"error: connection reset by peer {_ip(rng)}", 3
        else:
            msg, sev = (
                f"started session {rng.randint(1, 99999)} for user {rng.choice(('root', 'deploy', 'www'))}",
                6,
            )
        pri = 8 + sev  # facility user
        if r < 0.3:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", tm) + f".{ms:03d}Z"
            out.append(f"<{pri}>1 {stamp} {host} {program.split('/')[0]} {pid} - - {msg}")
        else:
            stamp = f"{time.strftime('%b', tm)} {tm.tm_mday:2d} {time.strftime('%H:%M:%S', tm)}"
            out.append(f"<{pri}>{stamp} {host} {program}[{pid}]: {msg}")
    return ("\n".join(out) + "\n").encode()


GENERATORS: dict[str, Callable[[int, int, int], bytes]] = {
    "json": _json_chunk,
    "access": _access_chunk,
    "syslog": _syslog_chunk,
}


def _chunk(args: tuple[str, int, int]) -> bytes:
    kind, seed, index = args
    return GENERATORS[kind](seed, index, CHUNK_LINES)


def _chunks(kind: str, seed: int, size: int, workers: int) -> Iterator[bytes]:
    indices = ((kind, seed, i) for i in itertools.count())
    written = 0
    if workers <= 1:
        stream: Iterator[bytes] = map(_chunk, indices)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        stream = pool.map(_chunk, _bounded(indices, kind, seed, size), chunksize=1)
    try:
        for data in stream:
            if written + len(data) >= size:
                cut = data.rfind(b"\n", 0, size - written) + 1
                yield data[: cut or data.find(b"\n") + 1]
                return
            written += len(data)
            yield data
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _bounded(indices: Iterator[tuple[str, int, int]], kind: str, seed: int, size: int):
    # Enough chunks to pass `size`, with a margin; average line lengths are stable per kind.
    average = len(_chunk((kind, seed, 0))) or 1
    return itertools.islice(indices, size // average + 2)


def _open_output(path: Path, compression: str | None) -> BinaryIO:
    path.parent.mkdir(parents=True, exist_ok=True)
    if compression == "gzip":
        return gzip.open(path, "wb", compresslevel=5)  # type: ignore[return-value]
    if compression == "zstd":
        return zstandard.ZstdCompressor(level=3).stream_writer(open(path, "wb"), closefd=True)  # type: ignore[return-value]
    return open(path, "wb")


SUFFIX = {"json": ".jsonl", "access": ".log", "syslog": ".log"}
COMPRESSED_SUFFIX = {None: "", "gzip": ".gz", "zstd": ".zst"}


def generate_file(
    path: str | os.PathLike[str],
    kind: str,
    size: int,
    seed: int = 1,
    compression: str | None = None,
    workers: int | None = None,
) -> int:
    """Write about `size` bytes (uncompressed) of `kind` logs to `path`; returns the bytes written."""
    if kind not in GENERATORS:
        raise ValueError(f"unknown log kind {kind!r}: use one of {', '.join(KINDS)} or mixed")
    workers = workers or os.cpu_count() or 1
    written = 0
    with _open_output(Path(path), compression) as out:
        for data in _chunks(kind, seed, size, workers):
            out.write(data)
            written += len(data)
    return written


def generate(
    output: str | os.PathLike[str],
    kind: str = "mixed",
    size: int = 100 * 1024**2,
    seed: int = 1,
    compression: str | None = None,
    workers: int | None = None,
) -> list[Path]:
    """Generate logs: one file for a kind, or a folder of all three kinds for `mixed`."""
    out = Path(output)
    if kind != "mixed":
        generate_file(out, kind, size, seed, compression, workers)
        return [out]
    files = []
    for name, share in MIXED_SHARES.items():
        path = out / f"{'app' if name == 'json' else name}{SUFFIX[name]}{COMPRESSED_SUFFIX[compression]}"
        generate_file(path, name, max(1, int(size * share)), seed, compression, workers)
        files.append(path)
    return files
