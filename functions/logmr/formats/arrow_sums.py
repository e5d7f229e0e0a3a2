"""A grouped sum in Arrow, without its query engine (whose dataset module imports pandas where it
is installed): the rows sorted by key (`sums_by_key`), then a cumulative sum read at the end of
each key's run (`run_sums`, for rows in key order already).
And texts made an Arrow array on buffers (`pa.array` of Python values imports pandas too)."""

from __future__ import annotations

from array import array
from itertools import accumulate
from typing import Any

from .columnar import int64_array


def sums_by_key(keys: Any, values: Any) -> tuple[Any, Any]:
    """The distinct values of an integer array `keys`, in ascending order, and the sum of `values`
    (int64, as long) over each one's rows (checked: ArrowInvalid past 64 bits)."""
    import pyarrow.compute as pc

    order = pc.sort_indices(keys)
    return run_sums(keys.take(order), values.take(order))


def run_sums(keys: Any, values: Any) -> tuple[Any, Any]:
    """The distinct keys of an array whose equal keys are next to each other (sorted), in their
    order, and the sum of `values` (int64) over each one's run (checked: ArrowInvalid past 64 bits).
    No hashing: a key is the last of its run where the next one differs."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(keys) < 2:
        return keys, values
    last = pa.concat_arrays([pc.not_equal(keys[1:], keys[:-1]), pc.cast(int64_array([1]), pa.bool_())])
    totals = pc.cumulative_sum_checked(values).filter(last)
    return keys.filter(last), pc.subtract(totals, pa.concat_arrays([int64_array([0]), totals[:-1]]))


def text_array(texts: list[bytes]) -> Any:
    """UTF-8 texts as an Arrow large_string array."""
    import pyarrow as pa

    offsets = array("q", accumulate(map(len, texts), initial=0))
    buffers = [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(texts))]
    return pa.Array.from_buffers(pa.large_string(), len(texts), buffers)


def text_bytes(texts: Any) -> bytes:
    """An Arrow large_string array's texts, one after the other (its data buffer may be longer)."""
    import pyarrow as pa

    if not len(texts):
        return b""
    offsets = pa.Array.from_buffers(pa.int64(), len(texts) + 1, [None, texts.buffers()[1]], offset=texts.offset)
    return texts.buffers()[2][offsets[0].as_py() : offsets[-1].as_py()].to_pybytes()
