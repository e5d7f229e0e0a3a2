"""A located step's batch path (engine/located.py) against its record path: every corpus file cut
into blocks as a split is, each block's columns and offsets from `located_batch` equal to
`records_batch`'s, which reads the block record by record (`records_at`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import LOGHUB
from logmr.analyses.parse import Parse
from logmr.engine.located import located_batch, records_batch
from logmr.engine.packing import DETECT_BYTES
from logmr.engine.reader import iter_blocks_at
from logmr.formats.base import BOM, line_offsets
from logmr.formats.columnar import line_starts
from logmr.formats.reading import reader_for

DATA = Path(__file__).resolve().parent / "data"
CORPUS = sorted((DATA / "loggers").glob("*.log")) + sorted((DATA / "loggers").glob("*.jsonl"))
CORPUS = [path for path in CORPUS if not path.name.endswith(".expected.jsonl")]
CORPUS += sorted(LOGHUB.glob("*/*_2k.log"))
#: Layouts whose records span lines (stack traces, tracebacks) read on the batch path: the offsets
#: of their records' first lines told by the format, not found record by record.
SPANNING = ["logback_default", "log4j2_pattern", "python_logging_default", "zookeeper_log4j", "ruby_logger"]


def _blocks(path: Path, size: int) -> tuple[object, list[tuple[int, bytes]]]:
    data = path.read_bytes()
    fmt = reader_for(data[:DETECT_BYTES])
    return fmt, list(iter_blocks_at(io.BytesIO(data), 0, len(data), fmt.starts_record, size))


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
@pytest.mark.parametrize("size", [1500, 1 << 20])
def test_located_batch_equals_the_record_path(path: Path, size: int) -> None:
    fmt, blocks = _blocks(path, size)
    for base, block in blocks:
        batch = located_batch(fmt, block, base, Parse.ROW_FIELDS, "svc")
        reference = records_batch(fmt, block, base, Parse.ROW_FIELDS, "svc")
        assert batch.records == reference.records, (path.name, base)
        assert batch.columns == reference.columns, (path.name, base)
        assert (batch.malformed, batch.malformed_samples) == (reference.malformed, reference.malformed_samples)


@pytest.mark.parametrize("name", SPANNING)
def test_records_of_several_lines_are_located_from_the_batch(name: str) -> None:
    """The format tells each record's first line (`Batch.starts`), so the block is not read again
    record by record; and the offsets are those lines' starts in the input."""
    block = (DATA / "loggers" / f"{name}.log").read_bytes()
    fmt, base = reader_for(block[:DETECT_BYTES]), 0
    batch = fmt.parse_block(block, Parse.ROW_FIELDS, "svc")
    assert batch.starts is not None and batch.records == len(batch.starts) < batch.lines
    offsets = located_batch(fmt, block, base, Parse.ROW_FIELDS, "svc").columns["offset"]
    assert all(offset == 0 or block[offset - 1 : offset] == b"\n" for offset in offsets)
    assert len(set(offsets)) == batch.records and offsets == sorted(offsets)


@pytest.mark.parametrize("name", ["syslog_rfc3164", "syslog_rfc5424", "apache_error"])
def test_a_one_line_format_s_block_with_bad_lines_is_located_from_the_batch(name: str) -> None:
    """A one-line format's kernel tells which lines are records where some are malformed or
    blank (a syslog message's second line), so such a block is not read again record by record:
    the same columns, offsets and malformed lines as the record path's."""
    lines = (DATA / "loggers" / f"{name}.log").read_bytes().splitlines(keepends=True)
    block = b"".join(lines * 40 + [b"\n", b"not a record at all\n"] + lines * 10)
    fmt = reader_for(block[:DETECT_BYTES])
    batch = fmt.parse_block(block, Parse.ROW_FIELDS, "svc")
    assert batch.starts is not None and len(batch.starts) == batch.records < batch.lines
    located = located_batch(fmt, block, 7, Parse.ROW_FIELDS, "svc")
    reference = records_batch(fmt, block, 7, Parse.ROW_FIELDS, "svc")
    assert located.columns == reference.columns and located.records == reference.records
    assert (located.malformed, located.malformed_samples) == (reference.malformed, reference.malformed_samples)
    assert located.malformed >= 1


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([b"a", b"\xff\xfe", b"\xc3\xa9", b" ", b"", b"x" * 70]), max_size=30),
    st.booleans(),
    st.integers(0, 1 << 40),
)
def test_line_starts_on_arrow_equal_line_offsets(lines: list[bytes], last_newline: bool, base: int) -> None:
    """Arrow's line starts (columnar.line_starts) are line_offsets': blank lines, bytes that are
    no UTF-8, no newline at the end; blocks Arrow leaves to Python (a lone newline) give None."""
    block = b"\n".join(lines) + (b"\n" if last_newline else b"")
    found = line_starts(block, base)
    assert found is None or found == line_offsets(block, base)
    assert (found is None) == (len(block) < 2)


@pytest.mark.parametrize("block", [b"a\r\nb\n", BOM + b"a\nb\n", b"\n", b""])
def test_line_starts_leave_crs_and_byte_order_marks_to_python(block: bytes) -> None:
    assert line_starts(block, 7) is None
