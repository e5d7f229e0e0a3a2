"""Many small inputs (issue 12): packed into few splits, planned without a request per input, read
concurrently by the map task, with results equal to one file holding the same lines."""

from __future__ import annotations

import gzip
import json
import shutil
from collections import Counter
from pathlib import Path

import msgspec
import pytest

from aws_harness import code_zip, start_job, wait_for
from helpers import read_rows, run_job
from logmr.cli.main import main
from logmr.engine.finalize import iter_results
from logmr.engine.inputs import InputFile
from logmr.engine.mapper import run_map_task
from logmr.engine.packing import PACK_MAX_ITEM_BYTES, PACK_MAX_OBJECTS, pack_splits, split_byte_ranges
from logmr.engine.planner import BALANCE_UNIT, plan_splits, plan_step, split_size_of
from logmr.engine.rates import task_bytes_per_s
from logmr.engine.spec import (
    DEFAULT_SPLIT_SIZE,
    MAX_CHOSEN_SPLIT_SIZE,
    TARGET_TASK_SECONDS,
    TARGET_TASKS,
    JobSpec,
    Split,
    SplitObject,
    choose_split_size,
    new_job_id,
)
from logmr.storage import LocalStore, S3Store

OBJECTS = 5_000


def _chunks(data: bytes, count: int) -> list[bytes]:
    """The lines of `data` in `count` consecutive runs (some empty when there are fewer lines)."""
    lines = data.splitlines(keepends=True)
    return [b"".join(lines[len(lines) * i // count : len(lines) * (i + 1) // count]) for i in range(count)]


def _upload_small_gzips(client, data: bytes) -> list[str]:
    """The lines as OBJECTS gzip objects, one per "node folder", each named app.jsonl.gz (so that
    records without a service get the single file's, app)."""
    keys = []
    for i, chunk in enumerate(_chunks(data, OBJECTS)):
        key = f"alb/node-{i:05d}/app.jsonl.gz"
        client.put_object(Bucket="logs", Key=key, Body=gzip.compress(chunk, mtime=0))
        keys.append(key)
    return keys


class _Calls:
    """S3 operations made by a client (botocore's before-call event), by name."""

    def __init__(self, client) -> None:
        self.names: Counter[str] = Counter()
        client.meta.events.register("before-call.s3", self._count)

    def _count(self, model, **_) -> None:
        self.names[model.name] += 1


def test_split_size_rule() -> None:
    """About TARGET_TASK_SECONDS of one map task's work (its read and its measured map rate), within
    [DEFAULT_SPLIT_SIZE, MAX_CHOSEN_SPLIT_SIZE], grown to keep at most TARGET_TASKS tasks."""
    fast = choose_split_size(126_800_000_000, None, "services", "json")
    per_second = task_bytes_per_s("services", "json")
    assert fast % 2**20 == 0 and fast <= TARGET_TASK_SECONDS * per_second < fast + 2**20
    assert DEFAULT_SPLIT_SIZE < fast < MAX_CHOSEN_SPLIT_SIZE
    assert choose_split_size(10 * 10**9, None, "services", "json") == fast, "the size does not depend on the total"
    # a slower analysis on the same format gets smaller splits; logfmt's rate is below the floor
    assert choose_split_size(10**9, None, "wordcount", "json") < fast
    assert choose_split_size(10**9, None, "services", "logfmt") == DEFAULT_SPLIT_SIZE
    # an unknown format or analysis ("auto" included): the slowest measured rate, as the estimate does
    slowest = choose_split_size(10**9, None, "services", "auto")
    assert slowest == choose_split_size(10**9, None, "services", "logfmt")
    assert choose_split_size(10**9, None, "no.such:analysis", "json") == DEFAULT_SPLIT_SIZE
    for total in (10**13, 15 * 10**12):
        size = choose_split_size(total, None, "services", "json")
        assert size % 2**20 == 0 and -(-total // size) <= TARGET_TASKS < -(-total // (size - 2**20))
    assert choose_split_size(10**15, None, "services", "json") == MAX_CHOSEN_SPLIT_SIZE
    assert choose_split_size(10**15, requested=2**20) == 2**20, "--split-size overrides the rule"


def test_split_size_spreads_over_the_local_workers() -> None:
    """With several workers (the local runner), the rule's size is cut to total / workers, rounded
    up to a MiB and never below the minimum split size; one worker (a Lambda) keeps the rule."""
    fast = choose_split_size(126_800_000_000, None, "services", "json")
    total = 61 * 2**20 + 5
    assert choose_split_size(total, None, "services", "json") == fast
    halves = choose_split_size(total, None, "services", "json", workers=2)
    assert halves == 31 * 2**20 and -(-total // halves) == 2
    assert choose_split_size(total, None, "services", "json", workers=7) == 9 * 2**20
    assert choose_split_size(3 * 2**20, None, "services", "json", workers=8) == 2**20, "at least the minimum"
    huge = choose_split_size(10**13, None, "services", "json")
    assert choose_split_size(10**13, None, "services", "json", workers=2) == huge
    assert choose_split_size(total, requested=5 * 2**20, workers=2) == 5 * 2**20, "--split-size overrides the rule"


def test_local_splits_give_each_worker_as_many_of_one_size() -> None:
    """With several workers, a step's splits come in full rounds of one size (within a unit), never
    larger than the rule's, never more than its count rounded up to the workers; one worker (a
    Lambda) and --split-size keep the rule's size."""
    spec = JobSpec(job_id="j", analysis="services", inputs=["app.log"])  # format auto: the 64 MiB rule
    for total, workers in [(256_000_000, 2), (150 * 2**20, 2), (129 * 2**20, 2), (10**9, 2), (10**9, 7)]:
        rule = choose_split_size(total, None, "services", "auto", workers)
        sizes = [end - start for start, end in split_byte_ranges(total, split_size_of(spec, total, workers=workers))]
        assert len(sizes) % workers == 0 and len(sizes) <= -(-total // rule // workers) * workers
        assert max(sizes) <= rule and max(sizes) - min(sizes) <= len(sizes) * BALANCE_UNIT
    uneven = [end - start for start, end in split_byte_ranges(256_000_000, choose_split_size(256_000_000))]
    assert len(uneven) == 4 and uneven[0] - uneven[-1] > 9 * 2**20  # what the rule alone gives 2 workers
    assert split_size_of(spec, 256_000_000) == choose_split_size(256_000_000)
    assert split_size_of(msgspec.structs.replace(spec, split_size=5 * 2**20), 10**9, workers=2) == 5 * 2**20


def test_local_run_gives_each_worker_a_split(tmp_path: Path) -> None:
    """`logmr run` with two workers over one 3 MiB file makes two map tasks, with the same answer
    as one worker's one task."""
    from logmr.runners import run_to_folder

    path = tmp_path / "app.jsonl"
    lines = [b'{"service": "s%d", "level": "info", "msg": "ok"}\n' % (i % 7) for i in range(55_000)]
    path.write_bytes(b"".join(lines))
    assert 2**21 < path.stat().st_size < 3 * 2**20
    results = {}
    for workers in (1, 2):
        spec = JobSpec(job_id=f"w{workers}", analysis="services", inputs=[str(path)])
        results[workers] = run_to_folder(spec, tmp_path / f"out{workers}", workers=workers)
    assert results[1]["counters"]["splits"] == 1 and results[2]["counters"]["splits"] == 2
    assert results[1]["summary"] == results[2]["summary"] and results[2]["counters"]["records"] == 55_000


def test_planner_and_dry_run_use_the_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner cuts a large input at the rule's size for the job's analysis and format (a tenth
    of a second of work here, so that a small file makes several splits), and the dry run reports
    that size."""
    from logmr.engine import spec as spec_module
    from logmr.engine.estimate import Capacity, dry_run

    monkeypatch.setattr(spec_module, "TARGET_TASK_SECONDS", 0.1)
    monkeypatch.setattr(spec_module, "DEFAULT_SPLIT_SIZE", 2**20)
    path = tmp_path / "big.jsonl"
    line = b'{"service": "api", "level": "info", "msg": "ok"}\n'
    path.write_bytes(line * (30_000_000 // len(line)))
    spec = JobSpec(job_id="j", analysis="services", inputs=[str(path)], format="json")
    size = choose_split_size(path.stat().st_size, None, "services", "json")
    splits = plan_splits(spec, [InputFile(str(path), path.stat().st_size)])
    assert len(splits) == -(-path.stat().st_size // size) > 1
    assert {split.end - split.start for split in splits[:-1]} == {size}
    assert dry_run(spec, Capacity())["split_size"] == size


def test_packing_keeps_order_bounds_and_item_size(tmp_path: Path) -> None:
    """Small and compressed inputs packed whole in order (no request: every name is small or
    compressed), a large plain one cut in ranges; each split's encoded item stays far under 256 KiB."""
    name = "s3://logs/" + "x" * 200 + "/{:05d}.log.gz"
    files = [InputFile(name.format(i), 100) for i in range(3_000)]
    big = tmp_path / "big.log"
    big.write_bytes(b"2026-11-26 ERROR one line\n" * 100_000)  # 2.6 MB
    files[1500:1500] = [InputFile(str(big), big.stat().st_size)]
    spec = JobSpec(job_id="j", analysis="wordcount", inputs=["x"])
    splits = list(pack_splits(spec, files, split_size=1_000_000))
    assert [s.index for s in splits] == list(range(len(splits)))
    ranges = [s for s in splits if s.objects is None]
    assert [(s.start, s.end) for s in ranges] == [(0, 1_000_000), (1_000_000, 2_000_000), (2_000_000, 2_600_000)]
    assert all(s.uri == str(big) and s.format == "plain" and s.layout for s in ranges)
    packed = [o.uri for s in splits if s.objects for o in s.objects]
    assert packed == [f.uri for f in files if f.uri != str(big)]
    for split in splits:
        assert len(msgspec.json.encode(split)) <= PACK_MAX_ITEM_BYTES + 1024 < 256 * 1024
        assert split.objects is None or len(split.objects) <= PACK_MAX_OBJECTS
    assert len(splits) == 3 + 4  # 1,500 + 1,500 names of ~230 bytes: 2 packs each side of the big file


def test_5000_small_gzip_objects_plan_without_requests_and_equal_one_file(aws, tmp_path: Path, json_file: Path) -> None:
    """The issue's "done when": planned with no request per object, packed into few splits, with
    results equal to a single-file run, through `logmr run` and through the state machine."""
    clients, machine = aws
    client = clients["s3"]
    single, single_result = run_job("services", [json_file], tmp_path / "single", partitions=3)
    _upload_small_gzips(client, json_file.read_bytes())
    calls = _Calls(client)
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=["s3://logs/alb/"], partitions=3)
    plan = plan_step(spec, 0, LocalStore(tmp_path / "plan"), client)
    assert calls.names == {"ListObjectsV2": 5}, "the plan lists (1,000 keys a page) and reads no object"
    assert plan.maps == 5 and plan.files == OBJECTS and plan.reads == 5

    calls.names.clear()
    out = tmp_path / "packed"
    command = ["run", "services", "s3://logs/alb/", "-o", str(out), "-q", "--workers", "1", "--partitions", "3"]
    assert main(command) == 0
    assert calls.names == {"ListObjectsV2": 5, "GetObject": OBJECTS}, "one GET per object, all in map tasks"
    result = msgspec.json.decode((out / "result.json").read_bytes())
    assert read_rows(out) == single
    assert result["summary"] == single_result["summary"]
    for name in ("records", "lines", "malformed", "bytes"):
        assert result["counters"][name] == single_result["counters"][name], name
    assert result["counters"]["splits"] == 5 and single_result["counters"]["splits"] == 1

    job_id, execution = start_job(clients, machine, "services", ["s3://logs/alb/"], partitions=3)
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    assert dict(iter_results(S3Store("s3://work/"), job_id, 0, 3)) == single
    result = json.loads(client.get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read())
    assert result["counters"]["splits"] == 5 and result["summary"] == single_result["summary"]
    for name in ("records", "lines", "malformed", "bytes"):
        assert result["counters"][name] == single_result["counters"][name], name
    # The map results went to S3 (ResultWriter), not into the state.
    history = clients["stepfunctions"].get_execution_history(executionArn=execution["executionArn"], maxResults=1000)
    exited = [e for e in history["events"] if e["type"] == "MapStateExited"]
    assert exited and all(len(e["stateExitedEventDetails"]["output"]) < 8192 for e in exited)
    manifests = client.list_objects_v2(Bucket="work", Prefix="work/map-results/")["Contents"]
    assert [m["Key"].rsplit("/", 1)[1] for m in manifests] == ["manifest.json"]


def test_packed_split_reports_binary_and_vanished_inputs_and_reads_the_rest(tmp_path: Path, json_file: Path) -> None:
    """Inputs found unreadable in the map task are listed per input, as the planner listed them
    before; the text ones around them are read as if alone."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(json_file, folder / "app.jsonl")
    (folder / "a-ls").write_bytes(Path("/bin/ls").read_bytes())
    (folder / "b-packed.log.gz").write_bytes(gzip.compress(Path("/bin/ls").read_bytes()))
    (folder / "c-empty.log").write_bytes(b"")
    (folder / "d-gone.log").write_bytes(b"soon gone\n")
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=[str(folder)], partitions=2)
    files = [InputFile(str(p), p.stat().st_size) for p in sorted(folder.iterdir())]
    [split] = plan_splits(spec, files)
    assert [o.uri for o in split.objects] == [f.uri for f in files]
    (folder / "d-gone.log").unlink()
    store = LocalStore(tmp_path / "work")
    store.put_bytes(f"work/{spec.job_id}/job.json", msgspec.json.encode(spec))
    counters = run_map_task(spec, 0, split, store)
    reasons = {Path(p.uri).name: p.reason for p in counters.skipped}
    assert set(reasons) == {"a-ls", "b-packed.log.gz", "d-gone.log"}
    assert "ELF" in reasons["a-ls"] and "ELF" in reasons["b-packed.log.gz"] and "unreadable" in reasons["d-gone.log"]
    assert counters.files == 2  # app.jsonl and the empty log
    assert counters.records == json_file.read_bytes().count(b"\n")


def test_a_packed_split_reads_each_input_as_a_one_input_split(tmp_path: Path, sample_dir: Path) -> None:
    """Mixed formats packed together: each input detected and parsed from its own head, so the
    packed run equals a run with one split per file."""
    packed, packed_result = run_job("services", [sample_dir], tmp_path / "packed", partitions=2)
    alone = {}
    for path in sorted(sample_dir.iterdir()):
        rows, _ = run_job("services", [path], tmp_path / path.name, partitions=2)
        for key, value in rows.items():
            alone[key] = alone.get(key, 0) + value
    assert packed_result["counters"]["splits"] == 1
    assert packed == alone


def test_distributed_map_at_a_large_item_count_keeps_results_out_of_the_state(aws) -> None:
    """The map phase of the project's ASL over many items, each child answering a kilobyte: the
    state keeps only the ResultWriter's details (gathered, the answers would pass 256 KiB)."""
    clients, _ = aws
    asl = json.loads(Path(__file__).resolve().parents[1].joinpath("statemachine/mapreduce.asl.json").read_text())
    phase = asl["States"]["MapPhase"]
    phase.pop("Catch")
    phase["Next"] = "Done"
    phase["ResultWriter"]["Parameters"]["Bucket"] = "work"
    task = phase["ItemProcessor"]["States"]["MapTask"]
    task["Resource"] = clients["lambda"].create_function(
        FunctionName="kilobyte",
        Runtime="python3.12",
        Role=clients["iam"].get_role(RoleName="logmr")["Role"]["Arn"],
        Handler="test_scale.kilobyte_answer",
        Code={"ZipFile": code_zip()},
    )["FunctionArn"]
    machine = clients["stepfunctions"].create_state_machine(
        name="map-phase",
        definition=json.dumps({"StartAt": "MapPhase", "States": {"MapPhase": phase, "Done": {"Type": "Succeed"}}}),
        roleArn=clients["iam"].get_role(RoleName="logmr")["Role"]["Arn"],
    )["stateMachineArn"]
    items = [msgspec.to_builtins(Split(index=i, uri=f"s3://logs/{i}", start=0, end=1)) for i in range(ITEMS)]
    clients["s3"].put_object(Bucket="work", Key="items.json", Body=json.dumps(items).encode())
    state = {
        "plan": {"job_id": "j", "step": 0, "map_concurrency": 100, "manifest": {"Bucket": "work", "Key": "items.json"}}
    }
    started = clients["stepfunctions"].start_execution(stateMachineArn=machine, input=json.dumps(state))
    execution = wait_for(clients["stepfunctions"], started["executionArn"], timeout=600)
    assert execution["status"] == "SUCCEEDED", execution
    assert json.loads(execution["output"]) == state, "ResultPath null: the state goes on unchanged"
    assert len(CALLS) >= ITEMS and set(CALLS) == set(range(ITEMS))
    [manifest] = clients["s3"].list_objects_v2(Bucket="work", Prefix="work/map-results/")["Contents"]
    assert json.loads(clients["s3"].get_object(Bucket="work", Key=manifest["Key"])["Body"].read())["MapRunArn"]


ITEMS = 2_000
CALLS: list[int] = []


def kilobyte_answer(event: dict, context: object) -> dict:
    """A map task's stand-in that answers a kilobyte (ITEMS of them gathered: 2 MB)."""
    CALLS.append(event["split"]["index"])
    return {"split": event["split"]["index"], "padding": "x" * 1024}


def test_packed_inputs_are_fetched_ahead_concurrently_and_within_bounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several GETs at once, never more bytes asked for than FETCH_AHEAD_BYTES, inputs over
    FETCH_MAX_OBJECT streamed in their turn; the lines come out in the inputs' order."""
    import threading
    import time

    from logmr.engine import pieces

    paths = []
    for i in range(120):
        path = tmp_path / f"{i:03d}.log"
        path.write_bytes(b"".join(b"file %03d line %02d\n" % (i, n) for n in range(50 if i % 40 else 200)))
        paths.append(path)
    monkeypatch.setattr(pieces, "FETCH_AHEAD_BYTES", 12_000)
    monkeypatch.setattr(pieces, "FETCH_MAX_OBJECT", 2_000)  # the 200-line inputs (3,600 bytes) are streamed
    lock, state, fetch = threading.Lock(), {"now": 0, "most": 0, "calls": 0}, pieces._fetch

    def slow_fetch(uri: str, client: object) -> bytes:
        with lock:
            state["now"] += 1
            state["calls"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.005)
        try:
            return fetch(uri, client)
        finally:
            with lock:
                state["now"] -= 1

    monkeypatch.setattr(pieces, "_fetch", slow_fetch)
    split = Split(index=0, uri=str(paths[0]), start=0, end=0, format="plain")
    split.objects = [SplitObject(str(p), p.stat().st_size) for p in paths]
    read = b"".join(block for piece in pieces.read_pieces(split) for _, block in piece.blocks)
    assert read == b"".join(p.read_bytes() for p in paths)
    assert state["calls"] == 117, "the three large inputs are streamed, not fetched"
    small = paths[1].stat().st_size
    assert small == 850 and 1 < state["most"] <= 12_000 // small  # at most 14 asked for at once


def test_a_large_binary_input_cut_in_ranges_is_listed_once(tmp_path: Path, json_file: Path) -> None:
    """A binary input larger than a split: its sampled head leaves each range to find it; finalize
    lists it once, and the text input beside it reads as if alone."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(json_file, folder / "app.jsonl")
    (folder / "noise.bin").write_bytes(os.urandom(300_000))
    alone, alone_result = run_job("services", [json_file], tmp_path / "alone", split_size=64 * 1024)
    rows, result = run_job("services", [folder], tmp_path / "both", split_size=64 * 1024)
    assert result["counters"]["splits"] > alone_result["counters"]["splits"] + 4  # noise.bin: 5 ranges
    assert [Path(item["uri"]).name for item in result["skipped_files"]] == ["noise.bin"]
    assert "control bytes" in result["skipped_files"][0]["reason"]
    assert rows == alone and result["counters"]["records"] == alone_result["counters"]["records"]


@pytest.mark.parametrize(("setting", "expected"), [(None, None), ("auto", None), ("128MiB", 128 * 2**20)])
def test_the_stack_default_split_size(monkeypatch: pytest.MonkeyPatch, setting: str | None, expected) -> None:
    from logmr.handlers.runtime import default_split_size

    if setting is None:
        monkeypatch.delenv("DEFAULT_SPLIT_SIZE", raising=False)
    else:
        monkeypatch.setenv("DEFAULT_SPLIT_SIZE", setting)
    assert default_split_size() == expected
