"""Test helpers: where the loghub samples, the user jobs and the sample events are, running a job to its rows,
`logmr serve` in a subprocess with a client for it, and the headless browser's settings."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec
import pytest

from logmr.engine.planner import split_byte_ranges
from logmr.engine.spec import JobSpec, new_job_id
from logmr.runners import run_to_folder

# loghub's 2k samples travel with the tests (with their licence), so a clone anywhere runs them all.
LOGHUB = Path(os.environ.get("LOGMR_LOGHUB", Path(__file__).resolve().parent / "data" / "loghub"))
# The user jobs the tests run: by file locally; the stack's functions run them as a registered
# module (template.yaml's JobModules), never a file named by a spec.
JOBS = Path(__file__).resolve().parent / "jobs" / "user_jobs.py"
USER_JOBS = "jobs.user_jobs"
# One sample event per Lambda function (events/README.md), shared with `sam local invoke -e`.
EVENTS = Path(__file__).resolve().parents[1] / "events"


def load_event(name: str) -> dict[str, Any]:
    """The sample event events/<name>.json, a fresh copy each call."""
    return json.loads((EVENTS / f"{name}.json").read_text())


def read_rows(folder: Path) -> dict[Any, Any]:
    """key -> value over every part file of a results folder (keys as tuples when arrays)."""
    rows: dict[Any, Any] = {}
    for part in sorted(folder.glob("part-*.jsonl")):
        for line in part.read_bytes().splitlines():
            row = msgspec.json.decode(line)
            key = tuple(row["key"]) if isinstance(row["key"], list) else row["key"]
            assert key not in rows, f"key {key!r} written twice"
            rows[key] = row["value"]
    return rows


def lines_file(path: Path, lines: list[str]) -> tuple[Path, str]:
    """A file of these lines, each ending in a newline (UTF-8): its path and text."""
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return path, text


def assert_read_alike_at_edges(
    records: Callable[[list[tuple[int, int]], int], list[Any]],
    size: int,
    whole: list[Any],
    step: int,
    block_size: int,
    splits: tuple[tuple[int, int], ...] = ((700, 13), (5_000, 64), (20_000, 4096)),
) -> None:
    """`records(ranges, block_size)` of a file of `size` bytes is `whole` for two splits cut at
    every `step`-th byte (blocks of `block_size`), and for the splits of each (split size, block
    size) in `splits`."""
    for cut in range(1, size, step):
        assert records([(0, cut), (cut, size)], block_size) == whole, cut
    for split_size, blocks in splits:
        assert records(split_byte_ranges(size, split_size), blocks) == whole, (split_size, blocks)


def run_job(analysis: str, inputs: list[str | Path], out: Path, **settings: Any) -> tuple[dict, dict]:
    """Run a job with the local runtime into `out`; return (rows, result document)."""
    run_options = {k: settings.pop(k) for k in ("workers", "retries") if k in settings}
    run_options.setdefault("workers", 1)
    spec = JobSpec(job_id=new_job_id(analysis), analysis=analysis, inputs=[str(p) for p in inputs], **settings)
    result = run_to_folder(spec, out, **run_options)
    return read_rows(out), result


def fail_once_on(lines: list[str], monkeypatch: pytest.MonkeyPatch, markers: Path) -> None:
    """Make FlakyWordCount raise once on each of these lines (their request ids)."""
    ids = [msgspec.json.decode(line)["request_id"] for line in lines]
    monkeypatch.setenv("LOGMR_TEST_FAIL_ON", ",".join(ids))
    monkeypatch.setenv("LOGMR_TEST_MARKERS", str(markers))


TOKEN = "serve-test-token"
LOGMR = str(Path(sys.executable).parent / "logmr")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, method: str, path: str, body: dict | None = None, token: str | None = TOKEN) -> tuple[int, dict]:
    """One JSON request to `logmr serve`: (status, decoded answer)."""
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None)
    if body:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def start_server(
    home: Path, data: Path, port: int | None = None, extra: tuple[str, ...] = ()
) -> tuple[subprocess.Popen, str, int]:
    """`logmr serve` in a subprocess, once it answers: (process, base URL, port)."""
    port = port or free_port()
    env = {**os.environ, "LOGMR_API_TOKEN": TOKEN, "LOGMR_HOME": str(home)}
    process = subprocess.Popen(
        [LOGMR, "serve", "--port", str(port), "--data", str(data), "--workers", "2", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if call(base, "GET", "/analyses")[0] == 200:
                return process, base, port
        except OSError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise RuntimeError(f"logmr serve did not start: {process.stdout.read().decode()[-2000:]}")
        time.sleep(0.2)


@contextmanager
def serving(home: Path, data: Path, port: int | None = None, extra: tuple[str, ...] = ()) -> Iterator[tuple[str, int]]:
    """`logmr serve` for the duration of the block: (base URL, port)."""
    process, base, port = start_server(home, data, port, extra)
    try:
        yield base, port
    finally:
        process.terminate()
        process.wait(timeout=30)


# Debian's chromium, driven by Playwright, for the dashboard tests.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def calls_to(owner: type, name: str) -> Iterator[list[tuple]]:
    """The positional arguments (after self) of each call to the method `owner.name` made while
    the block runs; the method itself still runs."""
    calls: list[tuple] = []
    original = getattr(owner, name)

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(self, *args, **kwargs)

    setattr(owner, name, spy)
    try:
        yield calls
    finally:
        setattr(owner, name, original)


# The text logs of real tools the project has (the loggers corpus, loghub's samples): what the
# header kernels' differential tests read.
REAL_TEXT_LOGS = sorted((Path(__file__).resolve().parent / "data" / "loggers").glob("*.log")) + sorted(
    (Path(__file__).resolve().parent / "data" / "loghub").glob("*/*.log")
)


def learned_layout(path: Path) -> tuple[Any, Any] | None:
    """A real log's learned header layout and its lines as an Arrow array (None: no layout)."""
    from logmr.formats.columnar import block_lines
    from logmr.formats.reading import reader_for

    block = path.read_bytes()
    layout = getattr(reader_for(block[:65536]), "layout", None)
    return (layout, block_lines(block)) if layout else None


def assert_services_read_where_asked(fmt: Any, block: bytes) -> bool:
    """patterns' columns (service and text): where the services are deferred (formats/record_texts.py),
    those of a few records, read alone, are the record path's. Whether they were deferred."""
    from logmr.formats.base import LogFormat
    from logmr.formats.record_texts import DeferredColumn

    services = fmt.parse_block(block, ("service", "text"), "default").columns["service"]
    if not isinstance(services, DeferredColumn):
        return False
    expected = LogFormat.parse_block(fmt, block, ("service",), "default").columns["service"]
    for wanted in (list(range(0, len(expected), 3)), [len(expected) - 1], []):
        assert services.values_at(wanted) == [expected[i] for i in wanted]
    return True


def json_counts_agree(blocks: list[bytes], columns: tuple[str, ...] = ()) -> Any:
    """Each block counted by one JSON lines format (learning as it goes) as the record path counts
    it, by services' keys and by timeline's (records by the timestamp's second, bucketed as the
    job buckets them), and with `columns` read as the record path reads them; the format."""
    from functools import partial

    from logmr.analyses.timeline import Timeline
    from logmr.formats.base import SECOND, LogFormat, count_columns, counted
    from logmr.formats.jsonl import JsonLinesFormat

    keys, seconds, timeline = ("service", "level"), (SECOND, "level"), Timeline()
    fmt = JsonLinesFormat()
    for block in blocks:
        slow = LogFormat.parse_block(fmt, block, keys, "default")
        batch, counts = fmt.count_block(block, keys, "default")
        assert counts == count_columns(slow, keys), block[:400]
        assert (batch.records, batch.malformed) == (slow.records, slow.malformed), block[:400]
        if columns:
            slow = LogFormat.parse_block(fmt, block, columns, "default")
            assert fmt.parse_block(block, columns, "default").columns == slow.columns, block[:400]
        by_line = partial(LogFormat.parse_block, fmt, block, default_service="default")
        slow_batch, slow_counts = counted(seconds, by_line)
        batch, counts = fmt.count_block(block, seconds, "default")
        # (a second's text may vary with the block's other times: its bucket may not)
        assert timeline.map_counts(counts) == timeline.map_counts(slow_counts), block[:400]
        assert (batch.records, batch.malformed) == (slow_batch.records, slow_batch.malformed), block[:400]
    return fmt


def block_and_record_paths(fmt: Any, block: bytes, fields: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """The format's `parse_block` of the block, with the record path (`LogFormat.parse_block`,
    a Record a line) made unusable so that it cannot be taken, and the record path's own batch."""
    from logmr.formats.base import LogFormat

    reference = LogFormat.parse_block(fmt, block, fields, "svc")
    with monkeypatch.context() as patched:
        patched.setattr(LogFormat, "parse_block", None)
        return fmt.parse_block(block, fields, "svc"), reference


def loggers_check() -> Any:
    """bench/loggers_check.py as a module (its `check(path, show)`: a corpus file's shares right)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "loggers_check.py"
    spec = importlib.util.spec_from_file_location("loggers_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read_both_paths(lines: list[str], count: int | None = None) -> list:
    """The first records (`count`, else as many as `lines`) of these lines repeated 30 times, as
    the file's learned reading gives them; the block path must give the same fields."""
    from logmr.formats.reading import reader_for

    data = ("\n".join(lines * 30) + "\n").encode()
    fmt = reader_for(data)
    records = [r for r, _ in fmt.records(data, "app")]
    batch = fmt.parse_block(data, ["timestamp", "level", "service", "message"], "app")
    by_record = [(r.timestamp, r.level, r.service, r.message) for r in records]
    assert list(zip(*batch.columns.values(), strict=True)) == by_record  # (the block path reads the same)
    return records[: count or len(lines)]
