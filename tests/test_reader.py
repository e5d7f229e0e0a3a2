"""Byte-range splits: every line is read exactly once, whatever the split size."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import zstandard

from logmr.engine.planner import split_byte_ranges
from logmr.engine.reader import read_split
from logmr.engine.spec import Split

EDGE_CASES = {
    "simple": b"alpha\nbeta\ngamma\n",
    "no_final_newline": b"alpha\nbeta\ngamma",
    "crlf": b"one\r\ntwo\r\n\r\nthree\r\n",
    "blank_lines": b"\n\nx\n\n\ny\n\n",
    "only_newlines": b"\n\n\n",
    "single_char_lines": b"a\nb\nc\nd\ne\nf\n",
    "invalid_utf8": b"ok\n\xff\xfe broken \xc3\x28\nend\n",
    "long_line": b"short\n" + b"L" * 200 + b"\nafter\n" + b"M" * 57,
    "empty": b"",
    "one_line_no_newline": b"lonely",
}


def _lines(data: bytes) -> list[bytes]:
    """The reference: the file's lines (a final line without newline counts)."""
    if not data:
        return []
    parts = data.split(b"\n")
    return parts[:-1] if data.endswith(b"\n") else parts


def _read_all(path: Path, size: int, split_size: int, block_size: int) -> list[bytes]:
    lines: list[bytes] = []
    for i, (start, end) in enumerate(split_byte_ranges(size, split_size)):
        split = Split(index=i, uri=str(path), start=start, end=end)
        for block in read_split(split, block_size=block_size):
            # only the file's last line may end without a newline
            assert block.endswith(b"\n") or path.read_bytes().endswith(block), "a block ends inside a line"
            lines.extend(_lines(block))
    return lines


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_every_line_once_for_every_split_size(tmp_path: Path, name: str) -> None:
    data = EDGE_CASES[name]
    path = tmp_path / "input.log"
    path.write_bytes(data)
    expected = _lines(data)
    for split_size in [*range(1, 12), 17, 64, 1000]:
        for block_size in (1, 3, 7, 4096):
            got = _read_all(path, len(data), split_size, block_size)
            assert got == expected, (split_size, block_size)


def test_generated_file_many_split_sizes(tmp_path: Path, json_file: Path) -> None:
    data = json_file.read_bytes()[:200_000]
    path = tmp_path / "cut.jsonl"
    path.write_bytes(data)
    expected = _lines(data)
    for split_size in (997, 4096, 65_536, 1 << 20):
        assert _read_all(path, len(data), split_size, 8192) == expected


def test_split_ranges_cover_the_file() -> None:
    assert split_byte_ranges(0, 10) == [(0, 0)]
    assert split_byte_ranges(25, 10) == [(0, 10), (10, 20), (20, 25)]


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_compressed_input_is_read_whole(tmp_path: Path, compression: str) -> None:
    data = b"".join(b"line %d\n" % i for i in range(5000)) + b"tail without newline"
    path = tmp_path / f"input.{compression}"
    if compression == "gzip":
        # two gzip members, as `cat a.gz b.gz` makes
        path.write_bytes(gzip.compress(data[:1000]) + gzip.compress(data[1000:]))
    else:
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    split = Split(index=0, uri=str(path), start=0, end=path.stat().st_size, compression=compression)
    lines = [line for block in read_split(split, block_size=512) for line in _lines(block)]
    assert lines == _lines(data)
