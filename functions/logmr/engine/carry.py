"""Columns a job's first step keeps for a later step over the same inputs: read once, mapped twice.

A later step over the job's inputs (`Step.inputs`) maps the first step's splits again, and would
read and parse every record again. Where the first step has `carry` and takes the block path,
each of its map tasks writes, beside its shuffle object, one object holding every block's carried
columns (`carry(columns)`, after `map_batch`) with the input the block came from; the later step's
task of the same split (`Step.carried`) maps those blocks instead of the input. The object's key
follows from the job and the split (`spec.carry_key`), so a retried task rewrites the same bytes;
where a first-step task wrote none (the record path), the later task reads the input as before.

The object is a run of frames, one per block: its length (8 bytes, little-endian), then MessagePack
of [input, columns] (any text, None or whole number a column holds comes back as it went; JSON
took 1.15 times the bytes and half as long again to write), or JSON where a number is past
MessagePack's 64 bits (told apart by their first byte). A column of one value throughout (a
system log's service or host, a pid it never writes) is written as `"=name": [value, length]` and
read back as one object repeated: no object per record to write, make and free. A column the
carry gives as an Arrow array (parse's, where pyarrow is loaded) goes into an Arrow IPC stream
after the frame's MessagePack ([input, columns, stream]) and comes back as that array, read in
place. It is written to
local disk as blocks come and read back a frame at a time (memory stays bounded). A local store's
object is deleted once mapped: the page cache it held is reused at once for the rows the task
writes, where new pages cost the kernel more (a 400 MB file written into pages just freed: a tenth
of the system time, measured), and the work folder holds the carried columns of the splits not
yet mapped only.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import msgspec

from ..formats.base import one_value
from ..storage import LocalStore, ObjectNotFoundError, ObjectStore
from .spec import MapCounters

_LENGTH = struct.Struct("<Q")
_Frame = tuple[str, dict[str, list[Any]]]
_encode, _encode_json = msgspec.msgpack.Encoder().encode, msgspec.json.Encoder().encode
_decode, _decode_json = msgspec.msgpack.Decoder(_Frame).decode, msgspec.json.Decoder(_Frame).decode
_decode_arrow = msgspec.msgpack.Decoder(tuple[str, dict[str, list[Any]], bytes]).decode
_JSON_START = ord("[")  # (MessagePack's two-item array starts with 0x92)
_ARROW_START = 0x93  # (a three-item array: the columns in Arrow after the others)


class CarryWriter:
    """A map task's carried blocks, framed into a local file as they come."""

    def __init__(self) -> None:
        fd, self.path = tempfile.mkstemp(prefix="logmr-carry-", dir=os.environ.get("LOGMR_SPILL_DIR") or None)
        self.out = os.fdopen(fd, "wb", buffering=1 << 20)

    def add(self, uri: str, columns: dict[str, Any]) -> None:
        packed, arrays = {}, {}
        array_type = _array_type()
        for name, column in columns.items():
            if name.startswith(_SAME):  # (a job's own carry names its columns: a mistake there, not in the data)
                raise ValueError(f"a carried column's name may not start with {_SAME!r}: {name!r}")
            if array_type is not None and isinstance(column, array_type):
                arrays[name] = column
            elif one_value(column):
                packed[_SAME + name] = [column[0], len(column)]
            else:
                packed[name] = column
        try:
            data = _encode((uri, packed, _ipc(arrays)) if arrays else (uri, packed))
        except OverflowError:  # (a whole number past 64 bits)
            packed |= {name: array.to_pylist() for name, array in arrays.items()}
            data = _encode_json((uri, packed))
        self.out.write(_LENGTH.pack(len(data)))
        self.out.write(data)


@contextmanager
def carrying(mapping: Any, store: ObjectStore, key: str) -> Iterator[None]:
    """While a first step's task maps its split: `mapping.carried_to` is a CarryWriter where the
    mapping carries columns (`mapping.carry`), written to the store under `key` when the task has
    mapped the split."""
    if mapping.carry is None:
        yield
        return
    writer = mapping.carried_to = CarryWriter()
    try:
        with writer.out:
            yield
        store.put_file(key, writer.path)
    finally:
        mapping.carried_to = None
        os.unlink(writer.path)


def map_carried(mapping: Any, store: ObjectStore, key: str, sink: Any, counters: MapCounters) -> bool:
    """Map a later step's split from the first step's carried blocks under `key`, each block's
    columns with `file` (`mapping.map_batch` into `sink`); False, mapping nothing, where there are none."""
    if mapping.map_batch is None:
        return False
    try:
        stream = store.open_read(key)
    except ObjectNotFoundError:
        return False
    counters.carried = True
    with stream:
        for uri, columns in _frames(stream):
            records = len(columns["offset"])
            counters.records += records
            counters.lines += records
            columns["file"] = [uri] * records
            sink.add_pairs(mapping.map_batch(columns))
    if isinstance(store, LocalStore):  # (a retry finds none, and reads the inputs: the same rows)
        store.delete(key)
    return True


_SAME = "="  # (before a column's name, which is a field's and never starts so: one value repeated)


def _frames(stream: BinaryIO) -> Iterator[tuple[str, dict[str, list[Any]]]]:
    while head := stream.read(_LENGTH.size):
        (length,) = _LENGTH.unpack(head)
        data = stream.read(length)
        while len(data) < length:  # (a stream may return less than asked)
            more = stream.read(length - len(data))
            if not more:
                raise EOFError("a carried block ends early")
            data += more
        if data[0] == _ARROW_START:
            uri, columns, ipc = _decode_arrow(data)
        else:
            uri, columns = _decode_json(data) if data[0] == _JSON_START else _decode(data)
            ipc = None
        if any(name.startswith(_SAME) for name in columns):
            columns = dict(map(_unpacked, columns.items()))
        if ipc is not None:
            columns |= _arrays(ipc)
        yield uri, columns


def _unpacked(item: tuple[str, list[Any]]) -> tuple[str, list[Any]]:
    name, column = item
    return (name[1:], [column[0]] * column[1]) if name.startswith(_SAME) else item


def _array_type() -> Any:
    """pyarrow's Array where pyarrow is loaded (a carry gives none otherwise), else None."""
    return sys.modules["pyarrow"].Array if "pyarrow" in sys.modules else None


def _ipc(arrays: dict[str, Any]) -> memoryview:
    """Arrow arrays of one length as an Arrow IPC stream of one record batch."""
    import pyarrow as pa

    batch = pa.RecordBatch.from_arrays(list(arrays.values()), names=list(arrays))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as stream:
        stream.write_batch(batch)
    return memoryview(sink.getvalue())


def _arrays(stream: bytes) -> dict[str, Any]:
    """The arrays of _ipc's stream, read in place (they hold the bytes)."""
    import pyarrow as pa

    batch = pa.ipc.open_stream(pa.py_buffer(stream)).read_next_batch()
    return dict(zip(batch.schema.names, batch.columns, strict=True))
