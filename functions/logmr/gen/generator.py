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

from .catalog import PROFILES
from .content import (
    AGENTS,
    PATHS,
    SERVICES,
    SPELLINGS,
    SYSLOG_PROGRAMS,
    TABLES,
    ZIPF,
    Clock,
    app_message,
    ip,
    levels_with_burst,
    uuid,
)
from .profiles import chunk_bytes

KINDS = ("json", "access", "syslog")
MIXED_SHARES = {"json": 0.6, "access": 0.25, "syslog": 0.15}
CHUNK_LINES = 20_000


def _json_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:json:{chunk}")
    clock = Clock(chunk)
    services = rng.choices(SERVICES, cum_weights=ZIPF, k=lines)
    levels = levels_with_burst(rng, services, lines)
    encode = msgspec.json.encode
    out = []
    for i in range(lines):
        service, level = services[i], levels[i]
        tm, ms = clock.at(i, lines)
        style = SPELLINGS[len(service) % 3]
        record = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", tm) + f".{ms:03d}Z",
            "level": style[level],
            "service": service,
            "host": f"{service}-{rng.randint(1, 8)}",
            "message": app_message(rng, level, service),
            "request_id": uuid(rng),
            "latency_ms": round(rng.expovariate(1 / 40), 2),
        }
        out.append(encode(record))
    return b"\n".join(out) + b"\n"


def _access_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:access:{chunk}")
    clock = Clock(chunk)
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
            f"{ip(rng)} - {user} [{time.strftime('%d/%b/%Y:%H:%M:%S', tm)} +0000] "
            f'"{method} {path} HTTP/1.1" '
            f'{status} {size} "-" "{rng.choice(AGENTS)}" {rng.expovariate(1 / 0.08):.3f}'
        )
        out.append(line)
    return ("\n".join(out) + "\n").encode()


def _syslog_chunk(seed: int, chunk: int, lines: int) -> bytes:
    rng = random.Random(f"{seed}:syslog:{chunk}")
    clock = Clock(chunk)
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
                    f"Failed password for invalid user admin from {ip(rng)} port {rng.randint(1024, 65535)} ssh2",
                    4,
                )
            else:
                msg, sev = (
                    f"Accepted publickey for deploy from {ip(rng)} port {rng.randint(1024, 65535)} ssh2",
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
            msg, sev = f"error: connection reset by peer {ip(rng)}", 3
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
    if kind in GENERATORS:
        return GENERATORS[kind](seed, index, CHUNK_LINES)
    return chunk_bytes(kind, seed, index, CHUNK_LINES)


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
    """Write about `size` bytes (uncompressed) of `kind` logs (or of a profile of gen/catalog.py)
    to `path`; returns the bytes written."""
    if kind not in GENERATORS and kind not in PROFILES:
        raise ValueError(f"unknown log kind {kind!r}: use one of {', '.join(KINDS)}, mixed or a profile")
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
