"""A counting job's bulk paths (engine/count_lines.py, count_combiner.py, the reducer's
`_bulk_sums`) write and read exactly what the line-by-line paths do."""

from __future__ import annotations

import random
from pathlib import Path

import msgspec
import pytest

from logmr.engine import count_combiner, reducer
from logmr.engine.combiner import Combiner, sum_combine
from logmr.engine.count_combiner import CountCombiner
from logmr.engine.count_lines import parsed_lines, summed_lines
from logmr.engine.shuffle import write_shuffle
from logmr.engine.spec import JobSpec, output_key, shuffle_key, summary_key
from logmr.storage import LocalStore

# Plain keys (the bulk path), and keys with bytes that JSON escapes or that sort before a quote.
ALPHABETS = ["abc_", "ab9é東", "a b!", 'a"\\', "a\n\t"]


def _words(rng: random.Random, alphabet: str, count: int) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(count)]


def _reference(pairs: list[tuple[str, int | float]], partitions: int) -> dict[int, bytes]:
    """The generic combiner's lines for the same pairs (summed, partitioned, sorted)."""
    combiner = Combiner(partitions, sum_combine, max_keys=10**9)
    for key, value in pairs:
        combiner.add(key, value)
    return {partition: b"".join(lines) for partition, lines in combiner.partitions_sorted()}


def _written(combiner: CountCombiner) -> dict[int, bytes]:
    out = {}
    for partition, chunks in combiner.sorted_chunks():
        chunks = list(chunks)
        out[partition] = b"".join(chunk for chunk, _ in chunks)
        assert sum(count for _, count in chunks) == out[partition].count(b"\n")
    return out


@pytest.mark.parametrize("bulk", ["counter", "arrow", "c"])
@pytest.mark.parametrize("seed", range(12))
def test_count_combiner_writes_the_generic_combiners_lines(tmp_path: Path, seed: int, bulk: str, monkeypatch) -> None:
    """Keys added by add, add_counts and add_encoded_keys (counted in a Counter, in Arrow:
    encoded_counts.py, or in C: logmr_native.KeyCounts), plain or not, with spills or without:
    the same lines, in the same partitions, as the generic combiner summing the same pairs."""
    if bulk != "c":
        monkeypatch.setattr(count_combiner, "KeyCounts", None)
    if bulk == "arrow":
        monkeypatch.setattr(count_combiner, "ARROW_MIN_BYTES", 0)
    rng = random.Random(seed)
    partitions = rng.choice([1, 3, 8])
    combiner = CountCombiner(partitions, max_keys=rng.choice([7, 60, 10**9]), spill_dir=str(tmp_path))
    pairs: list[tuple[str, int | float]] = []
    for _ in range(rng.randint(1, 30)):
        words = _words(rng, rng.choice(ALPHABETS) if rng.random() < 0.3 else ALPHABETS[1], 60)
        way = rng.choice(["add", "counts", "encoded", "encoded"])
        if way == "encoded":  # (keys holding no ASCII blank, as add_encoded_keys takes them)
            words = [word for word in words if word.encode().split() == [word.encode()]]
        value = 2.5 if rng.random() < 0.05 else 1  # (a float: the generic path)
        pairs += [(word, value if way == "add" else 1) for word in words]
        if way == "add":
            for word in words:
                combiner.add(word, value)
        elif way == "counts":
            counts: dict[str, int] = {}
            for word in words:
                counts[word] = counts.get(word, 0) + 1
            combiner.add_counts(counts)
        else:
            combiner.add_encoded_keys(rng.choice([" ", "\n", " \t "]).join(["", *words, ""]).encode())
    assert _written(combiner) == _reference(pairs, partitions)
    assert not list(tmp_path.iterdir())  # the spilled runs are removed


def test_parsed_lines_read_integer_values_only() -> None:
    assert parsed_lines(b'"a"\t3\n"b"\t-12\n') == ([b'"a"', b'"b"'], [3, -12])
    assert parsed_lines(b"") == ([], [])
    for lines in (b'"a"\t1.5\n', b'"a"\ttrue\n', b'"a"\t-\n', b'"a"\t\n', b'"a"\t1'):
        assert parsed_lines(lines) is None
    assert summed_lines([b'"a"\t1\n"a"\t2\n"b"\t1\n', b'"b"\t5\n"c"\t1\n']) == {b'"a"': 3, b'"b"': 6, b'"c"': 1}


def _reduce(tmp_path: Path, name: str, maps: list[dict[str, int | float]], bulk: int) -> tuple[bytes, bytes]:
    """Partition 1's part file and summary of a counting job whose map outputs are `maps`."""
    store = LocalStore(tmp_path / name)
    spec = JobSpec(job_id="bulk", analysis="wordcount", inputs=["x"], partitions=3)
    for m, counts in enumerate(maps):
        combiner = CountCombiner(3, max_keys=10**9)
        for key, value in counts.items():
            combiner.add(key, value)
        with open(tmp_path / f"{name}-{m}", "wb") as out:
            write_shuffle(combiner.sorted_chunks(), 3, out)
        store.put_bytes(shuffle_key(spec.job_id, 0, m), (tmp_path / f"{name}-{m}").read_bytes())
    old = reducer.BULK_MAX_LINES
    reducer.BULK_MAX_LINES = bulk
    try:
        counters = reducer.run_reduce_task(spec, 0, 1, len(maps), store)
    finally:
        reducer.BULK_MAX_LINES = old
    part = store.get_bytes(output_key(spec.job_id, 0, 1, True, "jsonl"))
    assert counters.rows == counters.keys == part.count(b"\n")
    return part, store.get_bytes(summary_key(spec.job_id, 0, 1))


@pytest.mark.parametrize("bulk", ["dict", "arrow", "c"])
@pytest.mark.parametrize(("floats", "big"), [(False, False), (False, True), (True, False)])
def test_bulk_reduce_writes_what_the_merge_writes(
    tmp_path: Path, floats: bool, big: bool, bulk: str, monkeypatch
) -> None:
    """Summed whole (in a dict, in Arrow, or merged in C: logmr_native.merge_counts) or merged as streams:
    the same part file and summary (floats, and in Arrow or C integers past 64 bits: merged, or
    summed in a dict)."""
    if bulk != "c":
        monkeypatch.setattr(reducer, "merge_counts", None)
    if bulk == "arrow":
        monkeypatch.setattr(reducer, "ARROW_MIN_LINES", 0)
    rng = random.Random(4)
    maps = []
    for _ in range(5):
        words = _words(rng, ALPHABETS[1], 400) + _words(rng, 'ab"\\ é', 50)
        maps.append({word: rng.choice([1, 2, 40] + [10**20] * big + [0.5] * floats) for word in words})
    bulk, bulk_summary = _reduce(tmp_path, "bulk", maps, 10**6)
    merged, merged_summary = _reduce(tmp_path, "merged", maps, 0)
    assert bulk == merged and bulk_summary == merged_summary
    rows = [msgspec.json.decode(line) for line in bulk.splitlines()]
    assert rows and sum(row["value"] for row in rows) == msgspec.json.decode(bulk_summary)["total"]
