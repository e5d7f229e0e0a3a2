"""The pipeline end to end: invariance to splits and partitions, independent references, spills,
retries, user jobs, multi-step jobs, compressed and S3 inputs."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import msgspec
import pytest
import zstandard

from helpers import JOBS, fail_once_on, run_job
from logmr.formats import normalize_level
from logmr.runners import JobFailedError

ANALYSES = ["wordcount", "services", "patterns", "templates", "http", "timeline"]
# The sample spans well under a minute: one-second buckets give the timeline many keys.
OPTIONS = {"timeline": {"interval": "1s"}}


@pytest.mark.parametrize("analysis", ANALYSES)
def test_many_splits_and_partitions_equal_one(tmp_path: Path, sample_dir: Path, analysis: str) -> None:
    options = OPTIONS.get(analysis, {})
    one, r1 = run_job(analysis, [sample_dir], tmp_path / "one", split_size=1 << 30, partitions=1, options=options)
    many, rm = run_job(
        analysis, [sample_dir], tmp_path / "many", split_size=64 * 1024, partitions=7, workers=2, options=options
    )
    assert one == many
    assert len(one) > 10
    assert r1["counters"]["records"] == rm["counters"]["records"] > 10_000
    assert rm["counters"]["splits"] > 20 and r1["counters"]["splits"] == 1  # the three files packed in one
    assert r1["summary"] == rm["summary"]


@pytest.mark.parametrize("analysis", ANALYSES)
def test_batch_path_equals_record_path(tmp_path: Path, sample_dir: Path, analysis: str) -> None:
    options = OPTIONS.get(analysis, {})
    fast, _ = run_job(analysis, [sample_dir], tmp_path / "fast", split_size=256 * 1024, partitions=3, options=options)
    slow, _ = run_job(
        analysis, [sample_dir], tmp_path / "slow", split_size=256 * 1024, partitions=3, batch=False, options=options
    )
    assert fast == slow


def test_wordcount_equals_plain_python(tmp_path: Path, json_file: Path) -> None:
    expected: Counter[str] = Counter()
    for line in json_file.read_text().splitlines():
        expected.update(re.findall(r"\w+", msgspec.json.decode(line)["message"].lower()))
    rows, result = run_job("wordcount", [json_file], tmp_path / "out", split_size=100_000, partitions=4)
    assert rows == dict(expected)
    assert result["summary"]["total"] == sum(expected.values())
    top = result["summary"]["top"][0]
    assert top[1] == max(expected.values())


def test_wordcount_options(tmp_path: Path, json_file: Path) -> None:
    rows, _ = run_job("wordcount", [json_file], tmp_path / "out", options={"min_length": 4, "drop_numbers": True})
    all_rows, _ = run_job("wordcount", [json_file], tmp_path / "all")
    assert rows == {w: n for w, n in all_rows.items() if len(w) >= 4 and not w.isdigit()}


def test_services_equal_duckdb(tmp_path: Path, json_file: Path) -> None:
    raw = duckdb.sql(
        f"SELECT service, level, count(*) FROM read_json_auto('{json_file}', format='newline_delimited') GROUP BY ALL"
    ).fetchall()
    expected: Counter = Counter()
    for service, level, count in raw:
        expected[(service, normalize_level(level))] += count
    rows, result = run_job("services", [json_file], tmp_path / "out", split_size=200_000, partitions=5)
    assert rows == dict(expected)
    assert result["summary"]["total"] == sum(expected.values())
    errors = sum(n for (s, lv), n in expected.items() if lv in ("ERROR", "FATAL"))
    assert sum(r["errors"] for r in result["summary"]["services"]) == errors


def test_patterns_equal_line_by_line_search(tmp_path: Path, sample_dir: Path) -> None:
    custom = {
        "slow": r"slow query took \d{4} ms",
        "ipv4_start": r"^\d+\.\d+\.\d+\.\d+ ",
        "around": r"user \d+",
    }
    rows, result = run_job(
        "patterns",
        [sample_dir],
        tmp_path / "out",
        split_size=300_000,
        partitions=3,
        options={"patterns": custom, "builtin": False},
    )
    expected: Counter = Counter()
    for path in sorted(sample_dir.iterdir()):
        for line in path.read_text().splitlines():
            for name, regex in custom.items():
                if re.search(regex, line):
                    expected[name] += 1
    got = {row["pattern"]: row["count"] for row in result["summary"]["patterns"]}
    assert got == {name: expected[name] for name in custom}
    per_service: Counter = Counter()
    for (name, _service), value in rows.items():
        per_service[name] += value["count"]
    assert per_service == Counter({name: n for name, n in got.items() if n})
    assert all(got.values())
    for row in result["summary"]["patterns"]:
        assert 1 <= len(row["samples"]) <= 3
        assert all(re.search(custom[row["pattern"]], s) for s in row["samples"])


def test_spilling_keeps_results_equal(tmp_path: Path, json_file: Path) -> None:
    unbounded, _ = run_job("wordcount", [json_file], tmp_path / "a")
    bounded, result = run_job("wordcount", [json_file], tmp_path / "b", combine_max_keys=500)
    assert bounded == unbounded
    assert result["counters"]["spills"] > 0
    generic, result = run_job(f"{JOBS}:StatusClasses", [json_file.parent], tmp_path / "c", combine_max_keys=2)
    generic_unbounded, _ = run_job(f"{JOBS}:StatusClasses", [json_file.parent], tmp_path / "d")
    assert generic == generic_unbounded and result["counters"]["spills"] > 0


def test_user_job_from_file(tmp_path: Path, json_file: Path) -> None:
    rows, _ = run_job(f"{JOBS}:ErrorsPerHost", [json_file], tmp_path / "out", split_size=150_000, partitions=2)
    expected = Counter(
        obj["host"]
        for obj in map(msgspec.json.decode, json_file.read_bytes().splitlines())
        if normalize_level(obj["level"]) == "ERROR"
    )
    assert rows == dict(expected)


def test_multi_step_job(tmp_path: Path, json_file: Path) -> None:
    rows, _ = run_job(f"{JOBS}:TopLevelPerService", [json_file], tmp_path / "out", split_size=100_000, partitions=3)
    counts: Counter = Counter()
    for obj in map(msgspec.json.decode, json_file.read_bytes().splitlines()):
        counts[(obj["service"], normalize_level(obj["level"]))] += 1
    expected = {}
    for (service, level), n in counts.items():
        best = expected.get(service)
        if best is None or (n, level) > (best["count"], best["level"]):
            expected[service] = {"level": level, "count": n}
    assert rows == expected


@pytest.mark.parametrize("batch", [True, False])
def test_a_map_only_job_writes_a_part_per_split_in_input_order(tmp_path: Path, json_file: Path, batch: bool) -> None:
    """A job of one step without reduce: its map tasks write the rows, no shuffle; the rows of a
    located map name where each record's line starts."""
    out = tmp_path / "out"
    rows, result = run_job(f"{JOBS}:ErrorLines", [json_file], out, split_size=100_000, partitions=3, batch=batch)
    data = json_file.read_bytes()
    expected, at = {}, 0
    for line in data.splitlines(keepends=True):
        obj = msgspec.json.decode(line)
        if normalize_level(obj["level"]) == "ERROR":
            expected[(str(json_file), at)] = obj["message"]
        at += len(line)
    assert rows == expected and len(expected) > 50
    assert result["counters"]["splits"] > 3 and result["outputs"] == [
        f"part-{m:05d}.jsonl" for m in range(result["counters"]["splits"])
    ]
    offsets = [
        msgspec.json.decode(line)["key"][1]
        for part in result["outputs"]
        for line in (out / part).read_bytes().splitlines()
    ]
    assert offsets == sorted(expected_offset for _, expected_offset in expected)


def test_failed_task_is_retried_without_double_counting(tmp_path: Path, json_file: Path, monkeypatch) -> None:
    lines = json_file.read_text().splitlines()
    fail_once_on([lines[10], lines[len(lines) // 2], lines[-3]], monkeypatch, tmp_path)
    rows, result = run_job(f"{JOBS}:FlakyWordCount", [json_file], tmp_path / "out", split_size=200_000, retries=1)
    assert rows == {"records": len(lines)}
    assert result["counters"]["records"] == len(lines)
    assert len(list(tmp_path.glob("failed-*"))) == 3, "three tasks failed once each"


def test_task_failing_every_time_fails_the_job(tmp_path: Path, json_file: Path) -> None:
    with pytest.raises(JobFailedError, match="always fails"):
        run_job(f"{JOBS}:AlwaysFails", [json_file], tmp_path / "out", retries=2)


def test_malformed_lines_are_counted_and_sampled(tmp_path: Path) -> None:
    good = b'{"level":"info","service":"a","message":"ok"}\n'
    data = good * 50 + b"{not json\n" + good * 50 + b"[1,2,3]\n\n" + good + b'{"message": "tail"'
    path = tmp_path / "broken.jsonl"
    path.write_bytes(data)
    rows, result = run_job("services", [path], tmp_path / "out", format="json", split_size=97)
    assert result["counters"]["malformed"] == 3
    assert result["counters"]["records"] == 101
    assert rows == {("a", "INFO"): 101}
    assert sorted(result["malformed_samples"]) == sorted(["{not json", "[1,2,3]", '{"message": "tail"'])


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_compressed_inputs_equal_plain(tmp_path: Path, json_file: Path, compression: str) -> None:
    data = json_file.read_bytes()
    packed = tmp_path / "in" / f"app.jsonl.{'gz' if compression == 'gzip' else 'zst'}"
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(data) if compression == "gzip" else zstandard.ZstdCompressor().compress(data))
    plain, _ = run_job("services", [json_file], tmp_path / "plain")
    got, result = run_job("services", [packed], tmp_path / "packed")
    assert got == plain and result["counters"]["splits"] == 1


def test_inputs_as_folder_glob_and_files_are_deduplicated(tmp_path: Path, sample_dir: Path) -> None:
    folder, _ = run_job("services", [sample_dir], tmp_path / "a")
    globbed, result = run_job("services", [f"{sample_dir}/*.log", sample_dir / "app.jsonl", sample_dir], tmp_path / "b")
    assert folder == globbed
    assert len(result["inputs"]) == 3


def test_s3_inputs_and_s3_work_store(tmp_path: Path, sample_dir: Path, monkeypatch) -> None:
    moto = pytest.importorskip("moto")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("LOGMR_S3_ADDRESSING_STYLE", "path")

    from logmr.engine.spec import JobSpec, new_job_id
    from logmr.runners import run_local
    from logmr.storage import S3Store, s3

    with moto.mock_aws():
        s3.default_s3_client.cache_clear()
        client = s3.default_s3_client()
        client.create_bucket(Bucket="logs")
        client.create_bucket(Bucket="work")
        for path in sample_dir.iterdir():
            client.upload_file(str(path), "logs", f"2026/11/{path.name}")
        client.put_object(Bucket="logs", Key="2026/110/not-included.log", Body=b"x\n")
        spec = JobSpec(
            job_id=new_job_id("services"),
            analysis="services",
            inputs=["s3://logs/2026/11"],
            split_size=256 * 1024,
            partitions=3,
        )
        result = run_local(spec, S3Store("s3://work/prefix"), workers=1)
        local, local_result = run_job("services", [sample_dir], tmp_path / "local")
        from logmr.engine.finalize import iter_results

        assert dict(iter_results(S3Store("s3://work/prefix"), spec.job_id, 0, 3)) == local
        assert result["summary"] == local_result["summary"]
        assert result["counters"]["records"] == local_result["counters"]["records"]
        keys = [o["Key"] for o in client.list_objects_v2(Bucket="work")["Contents"]]
        assert f"prefix/jobs/{spec.job_id}/result.json" in keys
        assert not [k for k in keys if k.startswith("prefix/work")], "intermediate data is cleaned up"
    s3.default_s3_client.cache_clear()


def test_wordcount_unicode_and_ascii_blocks_agree_with_reference(tmp_path: Path) -> None:
    messages = [
        "Ünïcode Straße ÉTÉ déjà_vu 42",
        "plain ASCII words_here 42 x",
        "ΣΟΦΙΑ σοφία Ωmega",
        "naïve café",
    ]
    ordered = sorted(messages * 500, key=str.isascii)  # blocks of only ASCII, then of Unicode text
    lines = [msgspec.json.encode({"service": "s", "level": "info", "message": m}) for m in ordered]
    path = tmp_path / "unicode.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    expected: Counter[str] = Counter()
    for message in messages * 500:
        expected.update(re.findall(r"\w+", message.lower()))
    for split_size, batch in ((1 << 20, True), (3000, True), (3000, False)):
        rows, _ = run_job(
            "wordcount", [path], tmp_path / f"out-{split_size}-{batch}", split_size=split_size, batch=batch
        )
        assert rows == dict(expected)


def test_tasks_in_threads_equal_tasks_in_sequence(tmp_path: Path, sample_dir: Path) -> None:
    """Many tasks of one job at once in one process (as moto's Step Functions and a local server
    run them) must not share compression contexts or parser state."""
    from concurrent.futures import ThreadPoolExecutor

    from logmr.engine import tasks
    from logmr.engine.finalize import iter_results
    from logmr.engine.planner import load_splits
    from logmr.engine.spec import JobSpec
    from logmr.storage import LocalStore

    def run(threads: int) -> dict:
        store = LocalStore(tmp_path / f"work-{threads}")
        spec = JobSpec(
            job_id="threads", analysis="wordcount", inputs=[str(sample_dir)], split_size=150_000, partitions=3
        )
        plan = tasks.plan({"spec": msgspec.to_builtins(spec)}, store)
        maps = [{"job_id": "threads", "split": msgspec.to_builtins(s)} for s in load_splits(store, "threads", 0)]
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda payload: tasks.map_task(payload, store), maps))
            reduces = [{"job_id": "threads", "partition": p, "maps": plan["maps"]} for p in range(3)]
            list(pool.map(lambda payload: tasks.reduce_task(payload, store), reduces))
        return dict(iter_results(store, "threads", 0, 3))

    assert run(8) == run(1)


@pytest.mark.parametrize("analysis", ["wordcount", "templates"])
def test_reducers_merging_in_several_passes_equal_one_pass(
    tmp_path: Path, sample_dir: Path, analysis: str, monkeypatch
) -> None:
    """Past LOGMR_MERGE_FAN_IN map outputs a reducer merges them in groups through sorted runs on
    disk (three levels of runs here), with the same result."""
    one, _ = run_job(analysis, [sample_dir], tmp_path / "one", split_size=64 * 1024, partitions=3)
    monkeypatch.setenv("LOGMR_MERGE_FAN_IN", "3")
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setenv("LOGMR_SPILL_DIR", str(spill))
    passes, result = run_job(analysis, [sample_dir], tmp_path / "passes", split_size=64 * 1024, partitions=3)
    assert result["counters"]["splits"] > 27
    assert passes == one
    assert not list(spill.iterdir()), "the runs are deleted"


@pytest.mark.parametrize("analysis", ["wordcount", "templates"])
def test_the_combiner_spills_past_its_memory_estimate(tmp_path: Path, analysis: str) -> None:
    """Fewer keys than the key bound, but big ones: the memory estimate makes the map task spill."""
    import random
    import string

    rng = random.Random(5)
    log = tmp_path / "big-keys.jsonl"
    with log.open("w") as out:
        for _ in range(12_000):
            words = " ".join("".join(rng.choices(string.ascii_lowercase, k=30)) for _ in range(8))
            out.write(msgspec.json.encode({"service": "svc", "message": "event " + words}).decode() + "\n")
    free, free_result = run_job(analysis, [log], tmp_path / "free")
    bounded, result = run_job(analysis, [log], tmp_path / "bounded", combine_max_bytes=2 * 2**20)
    assert bounded == free
    assert free_result["counters"]["spills"] == 0 and result["counters"]["spills"] > 0


def test_memory_estimates_of_keys_and_values() -> None:
    from logmr.engine.combiner import approx_size

    assert approx_size("x" * 1000) > 1000 > approx_size("x" * 100)
    assert approx_size(("svc", "a message " * 50)) > 500
    assert approx_size([3, "sample " * 100]) > 700
    assert approx_size({"classes": {"2xx": 5}, "buckets": {"12": 1, "13": 2}}) > 100


def test_a_task_collects_garbage_less_often_and_restores_the_threshold(tmp_path: Path, json_file: Path) -> None:
    import gc

    from logmr.engine import tasks

    seen = []
    before = gc.get_threshold()
    with tasks.fewer_collections():
        seen.append(gc.get_threshold())
        with pytest.raises(RuntimeError), tasks.fewer_collections():
            raise RuntimeError("a failing task")
        seen.append(gc.get_threshold())
    assert seen == [(tasks.TASK_GC_THRESHOLD, *before[1:])] * 2 and gc.get_threshold() == before


_FAULTS = """
import resource, sys
from logmr.engine import tasks
if sys.argv[1] == "tuned":
    tasks.reuse_freed_memory()
counts = []
for _ in range(4):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    blocks = [bytearray(4 * 2**20) for _ in range(4)]  # a block's buffers: read, joined, made an array...
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])
    del blocks, block
    counts.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
print(*counts)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc")
def test_a_task_s_process_reuses_its_freed_buffers_instead_of_fresh_pages() -> None:
    """Four 4 MiB buffers made and freed again and again (a map task's blocks): the pages come
    from the kernel every time, unless reuse_freed_memory kept them (each page is one fault)."""

    def faults(mode: str) -> list[int]:
        done = subprocess.run([sys.executable, "-c", _FAULTS, mode], capture_output=True, text=True, check=True)
        return [int(n) for n in done.stdout.split()]

    pages = 4 * 4 * 2**20 // 4096
    assert all(n > pages // 2 for n in faults("plain")[1:])
    assert all(n < pages // 20 for n in faults("tuned")[1:])
