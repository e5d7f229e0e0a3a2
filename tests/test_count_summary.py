"""A counting job's reduce: its sums (reducer._summed) and its summary gathered by its reduce tasks
(engine/count_summary.py), which equals the summary read from its whole output."""

from __future__ import annotations

import random
import zlib
from itertools import groupby
from pathlib import Path

import msgspec
import pytest

from helpers import run_job
from logmr.analyses.services import Services
from logmr.analyses.wordcount import WordCount
from logmr.engine import finalize, reducer
from logmr.engine.count_summary import PartSummary, merged_summaries, summarized_by_parts
from logmr.engine.rows import read_parts
from logmr.job import CountJob
from logmr.job.job import TOP_N


def _keys(rng: random.Random) -> list:
    words = ["a", "b", "é", "東京", 'q"uote', "back\\slash", "tab\there", "x" * 30, "", "Z", "z"]
    keys: list = [rng.choice(words) + str(n) for n in range(300)]
    keys += [(rng.choice(words), n) for n in range(100)]
    keys += [1.5, 2, -3, None, True, ("nested", ("a", 1))]
    return keys


def test_partitions_summaries_merged_equal_the_summary_of_every_row() -> None:
    rng = random.Random(7)
    job = WordCount()
    for partitions, top_kind in ((1, str), (3, tuple), (8, str), (8, tuple)):
        # Few distinct counts: ties at the top-N boundary, decided by the key's JSON text; the
        # most frequent keys of one kind.
        rows = [(key, rng.choice([1, 2, 3, 5, 5.0, 8]) + 2 * isinstance(key, top_kind)) for key in _keys(rng)]
        parts = [PartSummary() for _ in range(partitions)]
        by_part: list[list] = [[] for _ in range(partitions)]
        for key, count in rows:
            key_bytes = msgspec.json.encode(key)
            by_part[zlib.crc32(key_bytes) % partitions].append((key_bytes, count))
        for part, part_rows in zip(parts, by_part, strict=True):
            rng.shuffle(part_rows)  # (a reducer's come sorted by key: any order gives the same)
            for key_bytes, count in part_rows:
                part.add(key_bytes, count)
        merged = merged_summaries(job, [part.encode() for part in parts])
        assert merged == job.summarize(iter(rows))
        assert len(merged["top"]) == TOP_N and merged["distinct_keys"] == len(rows)


def test_only_countjobs_keeping_countjobs_summary_are_summarized_by_parts() -> None:
    class OwnSummary(CountJob):
        def summarize(self, results):  # type: ignore[no-untyped-def]
            return {"rows": sum(1 for _ in results)}

    assert summarized_by_parts(WordCount())
    assert not summarized_by_parts(Services())  # its summary reads every row
    assert not summarized_by_parts(OwnSummary())


def test_a_run_summary_equals_the_summary_of_its_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    words = [f"w{n}" for n in range(400)]
    lines = [
        msgspec.json.encode({"level": "info", "service": "s", "message": " ".join(rng.choices(words, k=6))})
        for _ in range(3000)
    ]
    path = tmp_path / "words.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    settings = {"partitions": 5, "split_size": 40_000, "workers": 2}
    with monkeypatch.context() as patch:
        patch.setattr(finalize, "read_parts", _not_read)  # the output is not read back
        rows, result = run_job("wordcount", [path], tmp_path / "out", **settings)
    assert result["counters"]["splits"] > 1
    assert result["summary"] == WordCount().summarize(iter(rows.items()))
    assert result["summary"]["total"] == 3000 * 6
    # Without the reducers' summaries (a reduce task of an older version), the output is read.
    monkeypatch.setattr(reducer, "summarized_by_parts", lambda job: False)
    reads: list[object] = []
    monkeypatch.setattr(finalize, "read_parts", lambda *args: reads.append(args) or read_parts(*args))
    again, read = run_job("wordcount", [path], tmp_path / "read", **settings)
    assert (again, read["summary"]) == (rows, result["summary"]) and len(reads) == 1


def _not_read(*args: object, **kwargs: object) -> None:
    raise AssertionError("the output was read back")


def test_sums_of_sorted_lines_equal_sum_per_key() -> None:
    rng = random.Random(5)
    keys = sorted({msgspec.json.encode(key) for key in _keys(rng)})
    values = [1, 2, 7, 1.5, -2, 0.1, True, False, 10**20]
    lines = sorted(key + b"\t" + msgspec.json.encode(rng.choice(values)) + b"\n" for key in keys for _ in range(3))
    lines = [line for line in lines if rng.random() < 0.7]  # keys of one, two and three lines
    expected = [
        (key, sum(msgspec.json.decode(line[len(key) + 1 : -1]) for line in group))
        for key, group in groupby(lines, key=lambda line: line[: line.index(b"\t")])
    ]
    summed = list(reducer._summed(iter(lines)))
    assert summed == expected and [type(v) for _, v in summed] == [type(v) for _, v in expected]
    assert list(reducer._summed(iter([]))) == []
