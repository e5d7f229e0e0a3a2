"""A grouped sum in Arrow, without its query engine (whose dataset module imports pandas where it
is installed): the rows sorted by key, then a cumulative sum read at the end of each key's run."""

from __future__ import annotations

from typing import Any

from .columnar import int64_array


def sums_by_key(keys: Any, values: Any) -> tuple[Any, Any]:
    """The distinct values of an integer array `keys`, in ascending order, and the sum of `values`
    (int64, as long) over each one's rows (checked: ArrowInvalid past 64 bits)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not len(keys):
        return keys, values
    order = pc.sort_indices(keys)
    runs = pc.run_end_encode(keys.take(order))
    totals = pc.cumulative_sum_checked(values.take(order)).take(
        pc.subtract(runs.run_ends.cast(pa.int64()), int64_array([1])[0])
    )
    return runs.values, pc.subtract(totals, pa.concat_arrays([int64_array([0]), totals[:-1]]))
