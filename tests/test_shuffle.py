"""Shuffle objects and the combiner: partitions read back whole and sorted, many at a time."""

from __future__ import annotations

import heapq
import io
import threading
import time
from pathlib import Path

import pytest

from logmr.engine import shuffle
from logmr.engine.combiner import Combiner, line_key, partition_of
from logmr.engine.count_combiner import CountCombiner
from logmr.engine.reducer import run_reduce_task
from logmr.engine.shuffle import READ_THREADS, joined_batches, read_index, read_partition, write_shuffle
from logmr.engine.spec import JobSpec, output_key, shuffle_key
from logmr.storage import LocalStore
from logmr.storage.counting import CountingStore


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
        write_shuffle([(1, joined_batches(lines))], 3, out)
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


class _InFlight:
    """A store that records how many of its reads run at once (each one lingers a little, so that
    reads from several threads overlap) and how many it served."""

    def __init__(self, store: LocalStore) -> None:
        self.store, self.uri = store, store.uri
        self.lock = threading.Lock()
        self.now = self.most = self.reads = 0

    def _read(self, method: str, *args):
        with self.lock:
            self.now += 1
            self.reads += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.002)
            return getattr(self.store, method)(*args)
        finally:
            with self.lock:
                self.now -= 1

    def get_range(self, *args):
        return self._read("get_range", *args)

    def get_suffix(self, *args):
        return self._read("get_suffix", *args)

    def __getattr__(self, name: str):
        return getattr(self.store, name)


def _reduce_job(tmp_path: Path, maps: int) -> tuple[JobSpec, LocalStore]:
    """`maps` shuffle objects of a counting job, partition 0 empty in every third one."""
    store = LocalStore(tmp_path / "store")
    spec = JobSpec(job_id="reads", analysis="wordcount", inputs=["x"], partitions=2)
    for m in range(maps):
        words = sorted({b'"w%04d"\t%d\n' % (i, m + 1) for i in range(m, m + 300)})
        parts = [(0, joined_batches([] if m % 3 == 0 else words)), (1, joined_batches(words[:50]))]
        out = io.BytesIO()
        write_shuffle(parts, 2, out)
        store.put_bytes(shuffle_key(spec.job_id, 0, m), out.getvalue())
    return spec, store


@pytest.mark.parametrize("fan_in", ["64", "4"])
def test_reduce_reads_concurrently_with_identical_output(tmp_path: Path, monkeypatch, fan_in: str) -> None:
    """A reduce task's reads run several at a time, never more than READ_THREADS nor more than one
    merge group (the frames held at once), with the same GET count and the same part file as reads
    made one at a time."""
    monkeypatch.setenv("LOGMR_MERGE_FAN_IN", fan_in)
    maps = 40
    spec, store = _reduce_job(tmp_path, maps)
    outputs, counts = {}, {}
    for threads in (1, READ_THREADS):
        monkeypatch.setattr(shuffle, "READ_THREADS", threads)
        watched = _InFlight(store)
        counting = CountingStore(watched)
        for partition in (0, 1):
            run_reduce_task(spec, 0, partition, maps, counting)
        outputs[threads] = [store.get_bytes(output_key(spec.job_id, 0, p, True, "jsonl")) for p in (0, 1)]
        counts[threads] = (counting.gets, watched.reads)
        bound = min(threads, int(fan_in))
        assert watched.most <= bound
        if threads > 1:
            assert watched.most > 1, "the reads overlapped"
    assert outputs[1] == outputs[READ_THREADS] and outputs[1][0].count(b"\n") > 300
    # an index and a frame per map output and partition, but no frame read for an empty partition
    assert counts[1] == counts[READ_THREADS] == (2 * 2 * maps - len(range(0, maps, 3)),) * 2
