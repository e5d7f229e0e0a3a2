"""A local job's workers started before its first plan (runners/early_pool.py), importing what its
tasks will use while the runner plans: only where the plan would start them anyway, and with the
same result."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from logmr.engine.spec import JobSpec
from logmr.runners import early_pool, local
from logmr.runners.workers import WorkerPool
from logmr.storage import LocalStore

JSON_LINE = '{"time": "2026-11-30T12:00:00Z", "level": "warn", "service": "api", "msg": "slow"}\n'
SYSLOG_LINE = "<134>1 2026-11-30T12:00:00Z host app - - - user 7 logged in\n"


def spec_of(*inputs: str, **fields) -> JobSpec:
    return JobSpec(job_id="early", analysis="services", inputs=list(inputs), **fields)


@pytest.mark.parametrize(
    ("head", "fields", "modules"),
    [
        (JSON_LINE.encode(), {}, ["logmr.formats.jsonl", "re2"]),
        (b"\xef\xbb\xbf  \n" + JSON_LINE.encode(), {}, ["logmr.formats.jsonl", "re2"]),  # a BOM, blanks
        (JSON_LINE.encode(), {"output_format": "parquet"}, ["logmr.engine.arrow", "logmr.formats.jsonl", "re2"]),
        (SYSLOG_LINE.encode(), {}, ["logmr.engine.arrow"]),
        (SYSLOG_LINE.encode(), {"format": "json"}, ["logmr.formats.jsonl", "re2"]),  # the format named wins
        (JSON_LINE.encode(), {"format": "syslog"}, ["logmr.engine.arrow"]),
        (gzip.compress(JSON_LINE.encode(), mtime=0), {}, []),  # compressed: no guess
    ],
    ids=["json", "bom-blanks-json", "json-parquet", "text", "named-json", "named-syslog", "gzip"],
)
def test_the_workers_warm_what_the_first_bytes_foretell(head: bytes, fields: dict, modules: list[str]) -> None:
    assert early_pool.warm_modules(spec_of("x", **fields), head) == modules


def test_no_early_pool_where_the_plan_might_run_the_job_inline_or_must_list_the_inputs(tmp_path: Path) -> None:
    small = tmp_path / "small.log"
    small.write_text(SYSLOG_LINE * 100)
    assert early_pool.start_pool_early(2, None, spec_of(str(small))) is None  # a small built-in job: inline
    assert early_pool.start_pool_early(2, None, spec_of(str(tmp_path / "missing.log"))) is None
    assert early_pool.start_pool_early(2, None, spec_of("s3://bucket/logs/")) is None  # (no listing here)
    folder = tmp_path / "allowed"
    folder.mkdir()
    denied = spec_of(str(small), allowed_folders=[str(folder)])  # outside the allowed folders: not read
    assert early_pool.start_pool_early(2, None, denied) is None


def test_no_early_pool_where_the_workers_would_import_nothing_large(tmp_path: Path, monkeypatch) -> None:
    """JSON lines and compressed inputs: their workers start after the plan, as before."""
    monkeypatch.setattr(early_pool, "INLINE_SECONDS", 0.0)
    (tmp_path / "app.jsonl").write_text(JSON_LINE * 100)
    (tmp_path / "sys.log.gz").write_bytes(gzip.compress((SYSLOG_LINE * 100).encode(), mtime=0))
    for name in ("app.jsonl", "sys.log.gz"):
        assert early_pool.start_pool_early(2, None, spec_of(str(tmp_path / name))) is None, name


_WORKERS_WARM = """
import sys
from logmr.engine.spec import JobSpec
from logmr.runners import early_pool

def loaded(names):
    return [name in sys.modules for name in names]

if __name__ == "__main__":
    early_pool.INLINE_SECONDS = 0.0
    spec = JobSpec(job_id="early", analysis="services", inputs=[sys.argv[1]])
    pool = early_pool.start_pool_early(2, None, spec)
    names = ["pyarrow", "re2", "logmr.formats.syslog"]
    print("worker:", *pool.submit(loaded, names).result(), "runner:", *loaded(names))
    pool.close()
"""


def test_the_workers_import_pyarrow_themselves(tmp_path: Path) -> None:
    """pyarrow for a text file: in each worker, not in the runner (which plans meanwhile)."""
    (tmp_path / "sys.log").write_text(SYSLOG_LINE * 10)
    cmd = [sys.executable, "-c", _WORKERS_WARM, str(tmp_path / "sys.log")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout.strip()
    assert out == "worker: True False False runner: False False False"


def test_a_run_with_an_early_pool_gives_the_inline_run_s_result(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(early_pool, "INLINE_SECONDS", 0.0)
    started = []
    monkeypatch.setattr(
        local, "start_pool_early", lambda *args: started.append(early_pool.start_pool_early(*args)) or started[-1]
    )
    data = tmp_path / "sys.log"
    data.write_text("".join(SYSLOG_LINE.replace("app", f"app{i % 7}") for i in range(40_000)))
    results = []
    for job_id, inline in [("pooled", None), ("inline", True)]:
        spec = JobSpec(job_id=job_id, analysis="services", inputs=[str(data)], split_size=256 * 1024)
        results.append(local.run_local(spec, LocalStore(tmp_path / job_id), workers=2, inline=inline))
    assert len(started) == 1 and isinstance(started[0], WorkerPool)
    assert results[0]["counters"]["splits"] > 2
    assert results[0]["summary"] == results[1]["summary"]
    assert results[0]["counters"]["records"] == results[1]["counters"]["records"] == 40_000
