"""Carried columns (engine/carry.py): parse's first step keeps each split's header fields and masked
messages, and its last step maps them instead of reading the inputs again."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec
import pytest

from helpers import LOGHUB
from logmr.engine import carry, tasks
from logmr.engine.planner import load_splits
from logmr.engine.spec import JobSpec, carry_key, output_key
from logmr.engine.steps import check_steps
from logmr.job import Step
from logmr.storage import LocalStore

LOGGERS = LOGHUB.parent / "loggers"


def _run_steps(store: LocalStore, spec: JobSpec, steps: range) -> int:
    """Plan, map and reduce these steps of a job, task by task as the runners call them; its map tasks."""
    maps = 0
    for step in steps:
        plan = tasks.plan({"spec": msgspec.to_builtins(spec), "step": step}, store)
        maps = plan["maps"]
        for split in load_splits(store, spec.job_id, step):
            tasks.map_task({"job_id": spec.job_id, "step": step, "split": msgspec.to_builtins(split)}, store)
        for partition in range(plan["reduces"]):
            tasks.reduce_task({"job_id": spec.job_id, "step": step, "partition": partition, "maps": maps}, store)
    return maps


def _parts(store: LocalStore, spec: JobSpec, maps: int) -> list[bytes]:
    return [store.get_bytes(output_key(spec.job_id, 2, index, True, spec.output_format)) for index in range(maps)]


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_the_last_step_maps_the_carried_columns_not_the_inputs(tmp_path: Path, output_format: str) -> None:
    """With the inputs gone after the first step, the last step writes the same parts (it read none
    of them), and deletes the carried columns it mapped (a local store); with them gone, it reads
    the inputs again and writes the same parts too; a first-step task run again writes the same
    carried bytes (a retry)."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for path in [LOGHUB / "Hadoop" / "Hadoop_2k.log", LOGHUB / "Linux" / "Linux_2k.log", LOGGERS / "bunyan.jsonl"]:
        shutil.copy(path, inputs / path.name)
    store = LocalStore(str(tmp_path / "work"))
    spec = JobSpec(job_id="carry", analysis="parse", inputs=[str(inputs)], split_size=40_000, partitions=2,
                   output_format=output_format)  # fmt: skip
    maps = _run_steps(store, spec, range(1))
    assert maps > 8
    carried = [store.get_bytes(carry_key(spec.job_id, index)) for index in range(maps)]
    _run_steps(store, spec, range(2))  # every first-step task again, as a retry runs it
    assert [store.get_bytes(carry_key(spec.job_id, index)) for index in range(maps)] == carried

    shutil.move(inputs, tmp_path / "gone")
    _run_steps(store, spec, range(2, 3))
    mapped_carried = _parts(store, spec, maps)
    assert not store.list(f"work/{spec.job_id}/steps/0/carry/")

    shutil.move(tmp_path / "gone", inputs)
    _run_steps(store, spec, range(2, 3))
    assert _parts(store, spec, maps) == mapped_carried


def test_with_levels_nothing_is_carried(tmp_path: Path) -> None:
    """`--levels` masks only the records of those levels in the first step: it carries nothing, and
    the last step reads the inputs."""
    store = LocalStore(str(tmp_path / "work"))
    spec = JobSpec(job_id="levels", analysis="parse", inputs=[str(LOGHUB / "Hadoop")], options={"levels": ["WARN"]})
    _run_steps(store, spec, range(3))
    assert not store.list(f"work/{spec.job_id}/steps/0/carry/")


def test_only_the_first_step_carries_and_only_a_later_one_over_the_inputs_maps_it() -> None:
    def noop(*_):
        return []

    first = Step(map=noop, reduce=noop, carry=dict)
    with pytest.raises(ValueError, match="step 1"):
        check_steps([first, Step(map=noop, reduce=noop, carry=dict)])
    with pytest.raises(ValueError, match="step 1"):
        check_steps([first, Step(map=noop, carried=True)])
    check_steps([first, Step(map=noop, reduce=noop), Step(map=noop, inputs=True, carried=True)])


def test_a_frame_with_a_number_past_64_bits_is_written_as_json() -> None:
    """Carried frames are MessagePack, but for a block with a whole number MessagePack cannot hold
    (a pid of 20 digits): that one is JSON, and each comes back as it went."""
    blocks = [("a.log", {"pid": [1, None], "message": ["x", "ü"]}), ("b.log", {"pid": [10**20], "message": ["y"]})]
    writer = carry.CarryWriter()
    try:
        with writer.out:
            for uri, columns in blocks:
                writer.add(uri, columns)
        with open(writer.path, "rb") as stream:
            assert [(uri, columns) for uri, columns in carry._frames(stream)] == blocks
    finally:
        Path(writer.path).unlink()


def test_a_column_of_one_object_comes_back_as_it_went() -> None:
    """A column of one value throughout (a system log's service, a pid it never writes) is written
    once with its length; each column comes back equal, with its items' types (a True beside 1s
    is no column of one value)."""
    service, time = "Apache", "2005-12-04T06:12:40"
    columns = {
        "service": [service, *(bytes(service, "ascii").decode() for _ in range(4))],  # (equal texts, not one object)
        "pid": [None] * 5,
        "level": [1, 1, True, 1, 1],
        "time": [time, time, "2005-12-04T06:12:41", time, time],
        "message": ["a", "b", "c", "d", "e"],
        "members": [["Apache", "x"]],
    }
    writer = carry.CarryWriter()
    try:
        with writer.out:
            writer.add("a.log", columns)
        written = Path(writer.path).read_bytes()
        assert written.count(b"Apache") == 2 and b"=service" in written and b"=pid" in written
        assert b"=level" not in written and b"=time" not in written
        with open(writer.path, "rb") as stream:
            ((uri, read),) = list(carry._frames(stream))
        assert uri == "a.log" and read == columns
        assert [type(value) for value in read["level"]] == [int, int, bool, int, int]
        assert list(read) == list(columns)
    finally:
        Path(writer.path).unlink()


def test_a_column_name_that_would_read_as_one_value_is_refused() -> None:
    """A name starting with `=` would come back as a column of one value: the writer refuses it."""
    writer = carry.CarryWriter()
    try:
        with writer.out, pytest.raises(ValueError, match="may not start with"):
            writer.add("a.log", {"=x": ["a", "b"]})
    finally:
        Path(writer.path).unlink()
