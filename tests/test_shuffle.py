"""Shuffle objects and the combiner: partitions read back whole and sorted, many at a time."""

from __future__ import annotations

import heapq
import io
from pathlib import Path

from logmr.engine.combiner import Combiner, CountCombiner, line_key, partition_of
from logmr.engine.shuffle import read_index, read_partition, write_shuffle
from logmr.storage import LocalStore


def _lines(prefix: str, count: int) -> list[bytes]:
    return sorted(b'"%s-%08d"\t1\n' % (prefix.encode(), i) for i in range(count))


def test_many_large_partitions_read_at_once(tmp_path: Path) -> None:
    """Reducers interleave reads of several maps' frames, each bigger than a read buffer."""
    store = LocalStore(tmp_path)
    expected = []
    for m in range(3):
        out = io.BytesIO()
        lines = _lines(f"m{m}", 120_000)  # ~2.4 MB per partition, beyond the 1 MiB read buffer
        expected.extend(lines)
        write_shuffle([(1, lines)], 3, out)
        store.put_bytes(f"map-{m}.bin", out.getvalue())
        assert read_index(store, f"map-{m}.bin")[0] == [0, 0, 0]
    merged = list(heapq.merge(*(read_partition(store, f"map-{m}.bin", 1) for m in range(3))))
    assert merged == sorted(expected)
    assert list(read_partition(store, "map-0.bin", 2)) == []


def test_spilled_runs_merge_and_combine(tmp_path: Path) -> None:
    words = [f"w{i % 5000}" for i in range(40_000)]
    bounded = CountCombiner(partitions=4, max_keys=700, spill_dir=str(tmp_path))
    unbounded = CountCombiner(partitions=4, max_keys=10**9)
    for word in words:
        bounded.add(word, 1)
        unbounded.add(word, 1)
    assert bounded.spills > 0 and list(tmp_path.iterdir()), "runs were spilled to disk"
    got = {p: list(lines) for p, lines in bounded.partitions_sorted()}
    want = {p: list(lines) for p, lines in unbounded.partitions_sorted()}
    assert got == want
    assert list(tmp_path.iterdir()) == [], "spill files are removed"
    for partition, lines in got.items():
        assert lines == sorted(lines)
        assert all(partition_of(line_key(line), 4) == partition for line in lines)
        assert all(line.endswith(b"\t8\n") for line in lines)


def test_generic_combiner_keeps_every_value_without_combine(tmp_path: Path) -> None:
    combiner = Combiner(partitions=2, combine=None, max_keys=3, spill_dir=str(tmp_path))
    for i in range(20):
        combiner.add(["k", i % 4], {"n": i})
    lines = [line for _, part in combiner.partitions_sorted() for line in part]
    assert len(lines) == 20
    assert sorted(line_key(line) for line in lines) == sorted(b'["k",%d]' % (i % 4) for i in range(20))
