"""parse's rows built in Arrow from columns carried in Arrow: the bytes msgspec writes for the same rows."""

from __future__ import annotations

import io
from pathlib import Path

import msgspec
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import LOGHUB
from logmr.analyses import parse_arrow
from logmr.analyses.assignment import SideTable
from logmr.analyses.parse import Parse, Row, template_id
from logmr.analyses.parse_arrow import ArrowRows, as_arrays, json_lines
from logmr.engine import parquet
from logmr.engine.carry import CarryWriter, _frames
from logmr.engine.rows import LinesPart, OutputRow, ParquetPart, RowCounters
from logmr.formats import detect_format
from logmr.formats.base import ArrowTexts, arrow_texts

#: Texts JSON writes as they are and texts it escapes (control characters, quotes, backslashes),
#: beside what it does not escape (DEL, non-ASCII, U+2028).
_TEXTS = st.text(
    alphabet=st.sampled_from(
        ["a", " ", '"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "é", "\u2028", "東", "<", "]", ",", "["]
    )
)
_COLUMN_KINDS = st.sampled_from(["array", "list", "one value"])


def _msgspec_lines(columns: dict, known: list[tuple[str, str]], params: list[tuple]) -> bytes:
    names = ("time", "level", "service", "host", "pid", "message")
    rows = []
    for at in range(len(params)):
        template, tid = known[columns["member"][at]]
        row = Row(tid, template, params[at], *(_value(columns[name], at) for name in names))
        rows.append(OutputRow((columns["file"][0], _value(columns["offset"], at)), row))
    return msgspec.json.Encoder().encode_lines(rows)


def _value(column, at: int):
    return column[at].as_py() if isinstance(column, pa.Array) else column[at]


@st.composite
def _blocks(draw) -> tuple[dict, list[tuple[str, str]], list[tuple]]:
    rows = draw(st.integers(1, 12))
    columns: dict = {
        "file": [draw(_TEXTS)] * rows,
        "offset": sorted(draw(st.sets(st.integers(0, 2**62), min_size=rows, max_size=rows))),
    }
    kinds = {
        "time": _TEXTS,
        "level": _TEXTS,
        "service": _TEXTS,
        "host": _TEXTS,
        "message": _TEXTS,
        "pid": st.integers(0, 2**63 - 1),
    }
    for name, values in kinds.items():
        kind = draw(_COLUMN_KINDS)
        nullable = name != "message" and draw(st.booleans())
        one = st.none() | values if nullable else values
        column = [draw(one)] * rows if kind == "one value" else draw(st.lists(one, min_size=rows, max_size=rows))
        columns[name] = pa.array(column, pa.int64() if name == "pid" else pa.string()) if kind == "array" else column
    if draw(st.booleans()):
        columns["offset"] = pa.array(columns["offset"], pa.int64())
    known = draw(st.lists(st.tuples(_TEXTS, _TEXTS), min_size=1, max_size=4))
    columns["member"] = draw(st.lists(st.integers(0, len(known) - 1), min_size=rows, max_size=rows))
    params = draw(st.lists(st.lists(_TEXTS, max_size=3).map(tuple), min_size=rows, max_size=rows))
    return columns, known, params


@settings(max_examples=300, deadline=None)
@given(_blocks())
def test_rows_built_in_arrow_are_the_bytes_msgspec_writes(block) -> None:
    """Every text column as an Arrow array, a list or one value, with and without nulls, texts
    JSON escapes and texts it writes as they are, params of none to three values: msgspec's bytes."""
    columns, known, params = block
    assert bytes(json_lines(columns, known, params)) == _msgspec_lines(columns, known, params)


def test_carried_arrays_come_back_from_an_ipc_stream_beside_the_other_columns(tmp_path: Path) -> None:
    writer = CarryWriter()
    arrays = {"message": pa.array(["a", None, "c"]), "offset": pa.array([0, 5, 9], pa.int64())}
    lists = {"member": [0, 1, 0], "service": ["s", "s", "s"], "members": [["s", "a"], ["s", "b"]]}
    writer.add("f", arrays | lists)
    writer.add("g", {"member": [1, 2], "offset": [3, 4]})  # (no arrays: MessagePack alone, as before)
    writer.add("h", arrays | {"pid": [2**70, 1, 2]})  # (past 64 bits: JSON, the arrays as lists)
    writer.out.close()
    with open(writer.path, "rb") as written:
        frames = list(_frames(io.BytesIO(written.read())))
    Path(writer.path).unlink()
    assert frames[0][0] == "f"
    assert {name: frames[0][1][name] for name in lists} == lists
    assert all(frames[0][1][name].equals(array) for name, array in arrays.items())
    assert frames[1] == ("g", {"member": [1, 2], "offset": [3, 4]})
    assert frames[2] == ("h", {"message": ["a", None, "c"], "offset": [0, 5, 9], "pid": [2**70, 1, 2]})


def test_step_one_carries_in_arrow_what_arrow_holds() -> None:
    """One value stays a list (the carry writes it once), and so does a column Arrow cannot hold."""
    columns = {
        "message": ["a", "b\udcff"],  # (a lone surrogate: no UTF-8)
        "time": ["t1", "t2"],
        "level": ["INFO", "INFO"],
        "pid": [2**64, 1],
        "offset": [0, 10],
        "member": [0, 1],
    }
    carried = as_arrays(columns)
    assert isinstance(carried["time"], pa.Array) and isinstance(carried["offset"], pa.Array)
    assert {name: carried[name] for name in ("message", "level", "pid", "member")} == {
        name: columns[name] for name in ("message", "level", "pid", "member")
    }


def _carried(messages: list[str], offsets: list[int]) -> tuple[Parse, dict]:
    job, n = Parse(), len(messages)
    columns = {name: [None] * n for name in Parse.ROW_FIELDS} | {"message": messages, "offset": offsets}
    columns |= {
        "service": ["s", "t"] * (n // 2) + ["s"] * (n % 2),
        "level": ["INFO", None] * (n // 2) + [None] * (n % 2),
    }
    columns["timestamp"] = [f"2024-01-0{1 + i % 9}T00:00:00" for i in range(n)]
    columns["fields.pid"] = [str(i) if i % 3 else None for i in range(n)]
    job.map_batch(columns)
    return job, as_arrays(job.carried(columns)) | {"file": ["f.log"] * n}


def test_a_carried_blocks_rows_in_arrow_are_its_rows_in_python(tmp_path: Path, monkeypatch) -> None:
    """JSON lines built in Arrow, the pairs any other sink reads and the task's digest: those of
    the same columns as Python lists; and where Arrow fails to join them, the pairs written."""
    messages = [f'conn {i} up "x\\{i}"' if i % 4 else f"disk {i} full" for i in range(40)]
    job, carried = _carried(messages, list(range(0, 4000, 100)))
    side = SideTable(iter(()), template_id)
    rows = job.assign_batch(carried, side)
    assert isinstance(rows, ArrowRows)
    arrow_digest = list(job.digest.rows())
    python = Parse()
    lists = {name: column.to_pylist() if isinstance(column, pa.Array) else column for name, column in carried.items()}
    pairs = list(python.assign_batch(lists, side))
    assert list(rows) == pairs
    assert arrow_digest == list(python.digest.rows())
    written = []
    for batch in (rows, pairs):
        part = LinesPart(str(tmp_path / "part"), RowCounters())
        part.add_pairs(batch)
        part.close()
        written.append((tmp_path / "part").read_bytes())
    assert written[0] == written[1] and written[0].count(b"\n") == 40

    def fail(*_: object) -> None:
        raise pa.ArrowInvalid("too large")

    monkeypatch.setattr(parse_arrow, "json_lines", fail)
    part = LinesPart(str(tmp_path / "part"), RowCounters())
    part.add_pairs(rows)
    part.close()
    assert (tmp_path / "part").read_bytes() == written[0]


def test_a_block_whose_offsets_do_not_rise_takes_the_python_rows() -> None:
    """A line's further events (the same offset again) are keyed (file, offset, n)."""
    job, carried = _carried(["a 1", "a 2", "b 3"], [0, 0, 7])
    rows = job.assign_batch(carried, SideTable(iter(()), template_id))
    assert not isinstance(rows, ArrowRows)
    assert [key for key, _ in rows] == [("f.log", 0), ("f.log", 0, 1), ("f.log", 7)]


def test_step_one_carries_the_kernels_own_array_of_messages() -> None:
    """A kernel's messages keep the array they were read from, which step 1 carries as it is (the
    texts equal); a list whose array is not its own (another length) is converted."""
    data = (LOGHUB / "Linux" / "Linux_2k.log").read_bytes()
    batch = detect_format(data[:65536]).parse_block(data, Parse.ROW_FIELDS, None)
    messages = batch.columns["message"]
    assert isinstance(messages, ArrowTexts) and messages.arrow.to_pylist() == messages
    offsets = list(range(len(messages)))
    carried = as_arrays({"message": messages, "offset": offsets})["message"]
    assert carried.type == pa.string() and carried.to_pylist() == messages
    assert carried.buffers()[2].address == messages.arrow.buffers()[2].address  # (the kernel's texts, not a copy)
    other = arrow_texts(pa.array(["a", "b", "c"], pa.large_string()))
    other.pop()
    assert as_arrays({"message": other, "offset": [0, 1]})["message"].to_pylist() == ["a", "b"]


@pytest.mark.parametrize(("group_rows", "group_bytes"), [(20_000, 8 * 2**20), (7, 10**9), (10**6, 400)])
def test_a_parquet_part_of_arrow_rows_is_the_part_of_their_pairs(
    tmp_path: Path, monkeypatch, group_rows, group_bytes
) -> None:
    """From the rows' own columns, cut into the same row groups by rows and by bytes."""
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", group_rows)
    monkeypatch.setattr(parquet, "ROW_GROUP_BYTES", group_bytes)
    messages = [f'conn {i} up "x\\{i}"' if i % 4 else f"disk {i} full" for i in range(40)]
    job, carried = _carried(messages, list(range(0, 4000, 100)))
    rows = job.assign_batch(carried, SideTable(iter(()), template_id))
    assert isinstance(rows, ArrowRows)
    written = []
    for batch in (rows, list(rows)):
        part = ParquetPart(str(tmp_path / "part.parquet"), job, RowCounters())
        part.add_pairs(batch)
        part.add_pairs(list(rows)[:3])
        part.close()
        written.append((tmp_path / "part.parquet").read_bytes())
    assert written[0] == written[1]
