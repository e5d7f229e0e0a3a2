"""A local job's workers started before its first plan (runners/early_pool.py), importing pyarrow
while the runner plans: only for text files the plan would give workers anyway, with the same
result, and stopped with the job."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from logmr.engine.spec import JobSpec
from logmr.runners import early_pool, local
from logmr.runners import pool as pool_rules
from logmr.runners.workers import WorkerPool
from logmr.storage import LocalStore

JSON_LINE = '{"time": "2026-11-30T12:00:00Z", "level": "warn", "service": "api", "msg": "slow"}\n'
SYSLOG_LINE = "<134>1 2026-11-30T12:00:00Z host app - - - user 7 logged in\n"


def spec_of(*inputs: str, **fields) -> JobSpec:
    return JobSpec(job_id="early", analysis="services", inputs=list(inputs), **fields)


@pytest.mark.parametrize(
    ("head", "fields", "guess"),
    [
        (JSON_LINE.encode(), {}, "json"),
        (b"\xef\xbb\xbf  \n" + JSON_LINE.encode(), {}, "json"),  # a byte order mark, blanks
        (SYSLOG_LINE.encode(), {}, "plain"),
        (SYSLOG_LINE.encode(), {"format": "json"}, "json"),  # the format named wins
        (JSON_LINE.encode(), {"format": "syslog"}, "syslog"),
        (gzip.compress(JSON_LINE.encode(), mtime=0), {}, None),  # compressed: no guess
        (b"", {}, None),
    ],
    ids=["json", "bom-blanks-json", "text", "named-json", "named-syslog", "gzip", "empty"],
)
def test_the_format_is_guessed_from_the_first_bytes(head: bytes, fields: dict, guess: str | None) -> None:
    assert early_pool.guessed_format(spec_of("x", **fields), head) == guess


@pytest.fixture
def any_size(monkeypatch) -> None:
    """Every job large enough for workers, whatever its size."""
    monkeypatch.setattr(pool_rules, "INLINE_SECONDS", 0.0)


def early(spec: JobSpec) -> bool:
    """Whether the job's workers start before its plan (the pool, if any, closed)."""
    pool = early_pool.start_pool_early(2, None, spec)
    if pool is not None:
        pool.close()
    return pool is not None


def test_no_early_pool_for_a_job_the_plan_may_run_inline(tmp_path: Path) -> None:
    (tmp_path / "small.log").write_text(SYSLOG_LINE * 100)
    assert not early(spec_of(str(tmp_path / "small.log")))


def test_no_early_pool_where_the_plan_alone_lists_or_reads_the_inputs(tmp_path: Path, any_size) -> None:
    (tmp_path / "sys.log").write_text(SYSLOG_LINE * 100)
    assert early(spec_of(str(tmp_path / "sys.log")))  # (the control: the same file alone)
    assert not early(spec_of(str(tmp_path / "missing.log")))
    assert not early(spec_of("s3://bucket/logs/"))
    assert not early(spec_of(str(tmp_path)))  # a folder
    assert not early(spec_of(str(tmp_path / "*.log")))  # a pattern
    os.mkfifo(tmp_path / "pipe.log")
    assert not early(spec_of(str(tmp_path / "pipe.log")))  # (not read: it would wait)


def test_no_early_pool_reads_a_file_outside_the_allowed_folders(tmp_path: Path, any_size) -> None:
    (tmp_path / "sys.log").write_text(SYSLOG_LINE * 100)
    folder = tmp_path / "allowed"
    folder.mkdir()
    (folder / "link.log").symlink_to(tmp_path / "sys.log")
    assert early(spec_of(str(tmp_path / "sys.log")))
    assert not early(spec_of(str(tmp_path / "sys.log"), allowed_folders=[str(folder)]))
    assert not early(spec_of(str(folder / "link.log"), allowed_folders=[str(folder)]))  # (where it leads)


def test_no_early_pool_where_the_workers_import_nothing_large(tmp_path: Path, any_size) -> None:
    """JSON lines, whatever the output, and compressed files: workers after the plan, as before."""
    (tmp_path / "app.jsonl").write_text(JSON_LINE * 100)
    (tmp_path / "sys.log.gz").write_bytes(gzip.compress((SYSLOG_LINE * 100).encode(), mtime=0))
    assert not early(spec_of(str(tmp_path / "app.jsonl")))
    assert not early(spec_of(str(tmp_path / "app.jsonl"), output_format="parquet"))
    assert not early(spec_of(str(tmp_path / "sys.log.gz")))


def test_no_early_pool_where_the_time_window_leaves_little_to_read(tmp_path: Path, monkeypatch) -> None:
    """Files whose dated names fall outside --since/--until count for nothing, as in the plan."""
    for day in range(1, 29):
        (tmp_path / f"app-2026-11-{day:02d}.log").write_text(SYSLOG_LINE * 2_000)
    size = sum(f.stat().st_size for f in tmp_path.iterdir())
    fastest = max(
        pool_rules.task_bytes_per_s("services", f) for f in pool_rules.throughput_table()["rates"]["services"]
    )
    monkeypatch.setattr(pool_rules, "INLINE_SECONDS", size / fastest / 2)  # (half the files make a pool)
    files = [str(path) for path in sorted(tmp_path.iterdir())]
    assert early(spec_of(*files))
    assert not early(spec_of(*files, since="2026-11-27T00:00:00+00:00"))


_WORKERS_WARM = """
import sys
from logmr.engine.spec import JobSpec
from logmr.runners import early_pool
from logmr.runners import pool as pool_rules

def loaded(names):
    return [name in sys.modules for name in names]

if __name__ == "__main__":
    pool_rules.INLINE_SECONDS = 0.0
    spec = JobSpec(job_id="early", analysis="services", inputs=[sys.argv[1]])
    pool = early_pool.start_pool_early(2, None, spec)
    names = ["pyarrow", "logmr.formats.syslog"]
    print("worker:", *pool.submit(loaded, names).result(), "runner:", *loaded(names))
    pool.close()
"""


def test_the_workers_import_pyarrow_themselves(tmp_path: Path) -> None:
    """pyarrow for a text file: in each worker, not in the runner (which plans meanwhile)."""
    (tmp_path / "sys.log").write_text(SYSLOG_LINE * 10)
    cmd = [sys.executable, "-c", _WORKERS_WARM, str(tmp_path / "sys.log")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout.strip()
    assert out == "worker: True False runner: False False"


@pytest.fixture
def pools(monkeypatch) -> dict[str, list]:
    """The pools the runner starts, early and after the plan, as they are started."""
    started: dict[str, list] = {"early": [], "late": []}

    def start_early(*args):
        started["early"].append(early_pool.start_pool_early(*args))
        return started["early"][-1]

    def start_late(*args):
        started["late"].append(local.InlineTasks())
        return started["late"][-1]

    monkeypatch.setattr(local, "start_pool_early", start_early)
    monkeypatch.setattr(local, "start_pool_for", start_late)
    return started


def syslog_file(tmp_path: Path) -> Path:
    data = tmp_path / "sys.log"
    data.write_text("".join(SYSLOG_LINE.replace("app", f"app{i % 7}") for i in range(40_000)))
    return data


def test_a_run_with_an_early_pool_gives_the_inline_run_s_result(tmp_path: Path, any_size, pools) -> None:
    data, results = syslog_file(tmp_path), []
    for job_id, inline in [("pooled", None), ("inline", True)]:
        spec = JobSpec(job_id=job_id, analysis="services", inputs=[str(data)], split_size=256 * 1024)
        results.append(local.run_local(spec, LocalStore(tmp_path / job_id), workers=2, inline=inline))
    assert len(pools["early"]) == 1 and isinstance(pools["early"][0], WorkerPool)
    assert pools["late"] == []  # (the early pool ran the tasks)
    assert results[0]["counters"]["splits"] > 2
    assert results[0]["summary"] == results[1]["summary"]
    assert results[0]["counters"]["records"] == results[1]["counters"]["records"] == 40_000


def test_only_logmr_run_s_pooled_jobs_start_early(tmp_path: Path, any_size, pools) -> None:
    """Not `logmr serve`'s (inline=False: a fork server's workers, after the plan), nor one worker's."""
    data = syslog_file(tmp_path)
    for job_id, workers, inline in [("serve", 2, False), ("one", 1, None), ("inline", 2, True)]:
        spec = JobSpec(job_id=job_id, analysis="services", inputs=[str(data)])
        local.run_local(spec, LocalStore(tmp_path / job_id), workers=workers, inline=inline)
    assert pools["early"] == [] and len(pools["late"]) == 1  # (serve's; the others run inline)


def test_an_early_pool_is_stopped_when_the_plan_fails(tmp_path: Path, any_size, pools) -> None:
    data = syslog_file(tmp_path)
    spec = JobSpec(job_id="bad", analysis="services", inputs=[str(data)], where=["level =="])
    with pytest.raises(ValueError):
        local.run_local(spec, LocalStore(tmp_path / "bad"), workers=2)
    (pool,) = pools["early"]
    for worker in pool._workers:
        worker.process.join(timeout=30)
        assert not worker.process.is_alive()
