"""formats/rich_console.py against Rich itself: records logged through `rich.logging.RichHandler`
to an 80-column console off a terminal (as Kedro's runs write them to a file), read back with
their levels, first-line messages and times (a blank time column is the time above), whole
through the engine's blocks and splits cut anywhere; and what Rich does not write stays plain."""

from __future__ import annotations

import io
import itertools
import logging
import random
from datetime import UTC, datetime

import pytest
from rich.console import Console
from rich.logging import RichHandler

from logmr.engine.reader import first_byte, iter_blocks
from logmr.formats import detect_format
from logmr.formats.reading import reader_for

START = datetime(2026, 12, 3, 4, 30, 20, tzinfo=UTC).timestamp()
LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}
WORDS = ("Köln", "東京", "order", "payment", "declined", "cache", "miss", "rate", "above", "lorem", "ipsum", "dolor")


def _emitted(seed: int, count: int, time_format: str) -> tuple[bytes, list[tuple[str, str, float]]]:
    """Rich's rendering of `count` records (levels, messages of one to forty words, some a second
    apart, some in the same second, one now and then with a traceback), and what was logged."""
    rng = random.Random(seed)
    out = io.StringIO()
    handler = RichHandler(console=Console(file=out, width=80, color_system=None), log_time_format=time_format)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logged = []
    created = START
    for i in range(count):
        level = rng.choice(list(LEVELS))
        message = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))
        created += rng.choice((0, 0, 1, 61))
        record = logging.makeLogRecord(
            {"msg": message, "levelname": level, "levelno": logging.getLevelName(level), "created": created}
        )
        record.pathname, record.lineno = "shop/orders.py", 10 + i
        if i % 7 == 3:
            try:
                raise KeyError(f"price {i}")
            except KeyError:
                import sys

                record.exc_info = sys.exc_info()
        handler.emit(record)
        logged.append((LEVELS[level], message, created))
    return out.getvalue().encode(), logged


def _read(data: bytes, cuts: list[int], block_size: int) -> list:
    """The records of the file read as the engine reads splits [0, cut1), [cut1, cut2)...: each
    split's blocks, each block's records."""
    fmt = reader_for(data[:65536])
    bounds = [0, *cuts, len(data)]
    found = []
    for start, end in itertools.pairwise(bounds):
        stream = io.BytesIO(data)
        stream.seek(first_byte(start, fmt.starts_record))
        for block in iter_blocks(stream, start, end, fmt.starts_record, block_size):
            found += [record for record, _ in fmt.records(block, "app")]
    return found


@pytest.mark.parametrize("time_format", ["[%x %X]", "[%X]"])
def test_rich_records_read_whole_with_their_times_wherever_cut(time_format: str) -> None:
    data, logged = _emitted(7, 120, time_format)
    assert detect_format(data[:65536]).name == "rich"
    rng = random.Random(3)
    for block_size, cuts in [(1 << 20, []), (300, []), (700, sorted(rng.sample(range(len(data)), 5)))]:
        records = _read(data, cuts, block_size)
        assert [r.level for r in records] == [level for level, _, _ in logged]
        for record, (_, message, created) in zip(records, logged, strict=True):
            assert message.startswith(record.message) and record.message  # (the first line's column)
            assert record.service == "app" and record.fields["source"].startswith("orders.py:")
            when = datetime.fromtimestamp(created, UTC)
            if time_format == "[%X]":
                assert record.timestamp is None  # a time of day alone
            else:
                assert record.timestamp == when.strftime("%Y-%m-%dT%H:%M:%S")


def test_a_blank_time_column_below_a_block_edge_is_the_time_above() -> None:
    data, logged = _emitted(11, 60, "[%x %X]")
    blank = sum(1 for line in data.decode().splitlines() if line.startswith(" " * 20) and line[20:21].isupper())
    assert blank > 10  # (records in the second above: Rich leaves their time column blank)
    records = _read(data, [], 200)  # (blocks of about one record: each cut is before a time)
    assert [r.timestamp for r in records] == [
        datetime.fromtimestamp(created, UTC).strftime("%Y-%m-%dT%H:%M:%S") for _, _, created in logged
    ]


def test_another_loggers_bracketed_time_and_padded_level_stay_plain_text() -> None:
    """`[%(asctime)s] %(levelname)-8s %(message)s`: Rich's record line, but no blank time column
    and no source at the line's end: the layout learner reads it (its level, its message whole)."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("[%(asctime)s] %(levelname)-8s %(message)s"))
    rng = random.Random(5)
    messages = [" ".join(rng.choices(WORDS, k=rng.randint(1, 9))) + f" in handler.py:{i}" for i in range(40)]
    for message, level in zip(messages, ["INFO", "WARNING", "ERROR", "DEBUG"] * 10, strict=True):
        handler.emit(logging.makeLogRecord({"msg": message, "levelname": level}))
    data = out.getvalue().encode()
    fmt = reader_for(data)
    assert fmt.name == "plain"
    records = [record for record, _ in fmt.records(data, "app")]
    assert [r.message for r in records] == messages


def test_a_seconds_run_past_the_record_caps_keeps_its_time_across_blocks() -> None:
    """1,200 records in one second: one time column, 1,199 blank ones (Rich omits the repeat); past
    multiline.py's 500 lines the engine cuts the block on a blank column, and the next block's format
    (`after`) carries the time."""
    lines = [
        f"{'[12/04/26 14:53:10]' if i == 0 else ' ' * 19} INFO     {f'order {i} placed':<36} gen.py:10\n"
        for i in range(1200)
    ]
    data = "".join(lines).encode()
    fmt = reader_for(data[:65536])
    assert fmt.name == "rich"
    records = []
    for block in iter_blocks(io.BytesIO(data), 0, len(data), fmt.starts_record, 4096):
        records += [record for record, _ in fmt.records(block, "app")]
        fmt = fmt.after(block)
    assert len(records) == 1200 and {r.timestamp for r in records} == {"2026-12-04T14:53:10"}


def test_a_custom_level_name_starts_a_record() -> None:
    """logging.addLevelName(5, "TRACE") and verboselogs' names: Rich writes them in its level column."""
    out = io.StringIO()
    handler = RichHandler(console=Console(file=out, width=80, color_system=None))
    for name, no in [("TRACE", 5), ("SUCCESS", 25), ("NOTICE", 25), ("INFO", 20), ("VERBOSE", 15)]:
        handler.emit(logging.makeLogRecord({"msg": f"a {name.lower()} line", "levelname": name, "levelno": no}))
    data = out.getvalue().encode()
    fmt = reader_for(data)
    assert fmt.name == "rich"
    records = [record for record, _ in fmt.records(data, "app")]
    assert [r.message for r in records] == [
        "a trace line",
        "a success line",
        "a notice line",
        "a info line",
        "a verbose line",
    ]
    assert [r.level for r in records] == ["DEBUG", "INFO", "INFO", "INFO", "DEBUG"]


def test_a_wrapped_line_opening_a_block_leaves_the_time_above() -> None:
    """A block cut past the caps may open on a wrapped line (a record of text of its own): the blank
    time columns below it still read the time the block before carries."""
    data, _ = _emitted(3, 20, "[%x %X]")
    first_time = next(line for line in data.decode().splitlines() if line.startswith("["))
    fmt = reader_for(data[:65536]).after(first_time.encode() + b"\n")
    block = b"                    wrapped words of a message above\n" + b" " * 19 + b" INFO     after the cut\n"
    records = [record for record, _ in fmt.records(block, "app")]
    assert [r.message for r in records] == ["wrapped words of a message above", "after the cut"]
    above = reader_for(data[:65536]).parse(first_time).timestamp
    assert above is not None and records[1].timestamp == above
