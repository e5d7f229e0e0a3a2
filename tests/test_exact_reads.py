"""engine/exact_reads.py: a local file's blocks read by offset, each in one read, are the blocks the
same file gives read as a stream, at the same cuts; where the window at a read's end does not tell
(a line or a record longer than it, the split's or the file's end), reading goes on as a stream."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from loggers_corpus import CORPUS
from logmr.engine import exact_reads
from logmr.engine.reader import first_byte, iter_blocks_at
from logmr.formats.reading import format_for, learn_layout, reader_for

TAIL = exact_reads.TAIL_WINDOW


class _Stream:
    """The file as a stream alone: no reads by offset."""

    def __init__(self, file) -> None:
        self.file = file

    def read(self, size: int = -1) -> bytes:
        return self.file.read(size)


def _blocks(path: Path, start: int, end: int, starts, block_size: int, exact: bool) -> list[tuple[int, bytes]]:
    with open(path, "rb") as file:
        file.seek(first_byte(start, starts))
        return list(iter_blocks_at(file if exact else _Stream(file), start, end, starts, block_size))


def _lines(rng: random.Random, count: int, newline: str) -> str:
    """Lines of many lengths, now and then one longer than the window."""
    lengths = (0, 5, 80, 300, 2000)
    return "".join(
        f"{i} {'x' * (rng.choice(lengths) if i % 211 else TAIL + rng.randrange(3000))}{newline}" for i in range(count)
    )


def _records(rng: random.Random) -> tuple[str, object]:
    """A log4j2 pattern file's records over and over, now and then a stack trace longer than the
    window; and what starts its records, learned from its head."""
    text = (CORPUS / "log4j2_pattern.log").read_text()
    trace = "".join(f"\tat com.example.Deep.frame{i}(Deep.java:{i})\n" for i in range(TAIL // 30))
    parts = [text if i % 9 else text.replace("\tat ", trace + "\tat ", 1) for i in range(60)]
    data = "".join(parts)
    fmt = reader_for(data[:65536].encode())
    layout = learn_layout(fmt.name, data[:65536].encode())
    assert layout, "the file's records have a header"
    return data, format_for(fmt.name, layout).starts_record


def _docker(rng: random.Random) -> tuple[str, object]:
    """Docker json-file lines, now and then an app line Docker cut into 16 KiB pieces (a `log`
    without its newline), some longer than the window; what starts a record reads the line above."""
    lines = []
    for i in range(3000):
        pieces = [f"line {i} " + "y" * rng.choice((10, 200))]
        if i % 97 == 0:
            pieces = ["p" * 16384] * rng.choice((1, 2, 6)) + pieces
        for n, piece in enumerate(pieces):
            log = piece + ("\\n" if n == len(pieces) - 1 else "")
            lines.append(f'{{"log":"{log}","stream":"stdout","time":"2026-11-30T12:00:{i % 60:02d}.{n:09d}Z"}}\n')
    return "".join(lines), format_for("json").starts_record


@pytest.mark.parametrize("kind", ["lines", "crlf", "records", "docker"])
def test_blocks_read_by_offset_are_the_streams(tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(kind)
    if kind in ("records", "docker"):
        text, starts = (_records if kind == "records" else _docker)(rng)
    else:
        text, starts = _lines(rng, 4000, "\r\n" if kind == "crlf" else "\n"), None
    data = text.encode()
    path = tmp_path / "input.log"
    path.write_bytes(data[:-1])  # (the last line without its newline)
    exact: list = []
    resumed: list = []
    monkeypatch.setattr(exact_reads.ExactReads, "read", _counting(exact_reads.ExactReads.read, exact))
    monkeypatch.setattr(exact_reads.ExactReads, "resume", _counting(exact_reads.ExactReads.resume, resumed))
    for block_size in (TAIL // 2, TAIL, TAIL + 4097, 4 * TAIL):
        cuts = sorted(rng.sample(range(1, len(data) - 1), 3))
        for start, end in zip([0, *cuts], [*cuts, len(data)], strict=True):
            stream = _blocks(path, start, end, starts, block_size, exact=False)
            assert _blocks(path, start, end, starts, block_size, exact=True) == stream, (block_size, start, end)
    # (blocks read by offset, and reading gone back to the stream past a long line or record: both compared)
    assert len(exact) > 40 and resumed


def _counting(read, calls: list):
    def counted(self, start: int, stop: int) -> bytes:
        calls.append((start, stop))
        return read(self, start, stop)

    return counted


def test_a_file_shorter_than_a_read_is_read_as_a_stream(tmp_path: Path) -> None:
    path = tmp_path / "small.log"
    path.write_bytes(b"one\ntwo\nthree\n")
    with open(path, "rb") as file:
        reads = exact_reads.ExactReads.of(file, 1 << 20)
        assert reads is not None and reads.tail(0) is None
    assert _blocks(path, 0, 14, None, 1 << 20, exact=True) == [(0, b"one\ntwo\nthree\n")]


def test_a_pipe_is_read_as_a_stream() -> None:
    """A pipe has no offsets: no reads by offset on it."""
    import os

    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as pipe, os.fdopen(write_end, "wb") as writer:
        writer.write(b"one\ntwo\n")
        writer.close()
        assert exact_reads.ExactReads.of(pipe, 1 << 20) is None
        assert list(iter_blocks_at(pipe, 0, 8, None, 4)) == [(0, b"one\n"), (4, b"two\n")]


def test_a_read_cut_short_goes_back_to_the_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file cut short between a window's read and the block's (a rotation truncating it): the
    short block is not yielded, and the stream's loop reads on from the block's start."""
    rng = random.Random(3)
    path = tmp_path / "input.log"
    path.write_bytes(_lines(rng, 3000, "\n").encode())
    stream = _blocks(path, 0, path.stat().st_size, None, TAIL, exact=False)
    read, calls = exact_reads.ExactReads.read, []

    def short_third(self, start: int, stop: int) -> bytes:
        calls.append(start)
        data = read(self, start, stop)
        return data[:-10] if len(calls) == 3 else data

    monkeypatch.setattr(exact_reads.ExactReads, "read", short_third)
    assert _blocks(path, 0, path.stat().st_size, None, TAIL, exact=True) == stream
    assert len(calls) > 3
