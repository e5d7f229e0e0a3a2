"""Bounded work and bounded reach: split sizes, map tasks per job, and inputs that must stay
inside the folders a server may read, symlinks resolved."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from logmr.api.operations import BadRequest, SubmitRequest, build_spec
from logmr.cli.main import main
from logmr.engine.inputs import InputError, resolve_inputs
from logmr.engine.spec import JobLimitError, JobSpec, new_job_id
from logmr.jobstate import FAILED, SUCCEEDED, TERMINAL, SqliteJobStore
from logmr.runners import run_to_folder
from logmr.server.local_service import LocalJobService

DEFAULTS = {"split_size": 64 * 2**20, "partitions": 2}


@pytest.fixture
def real_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOGMR_MIN_SPLIT_SIZE")  # the tests' conftest lowers it to 1 byte


@pytest.mark.usefixtures("real_minimum")
def test_split_size_below_one_mib_is_refused_before_any_work(
    tmp_path: Path, json_file: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["run", "services", str(json_file), "-o", str(tmp_path / "out"), "--split-size", "1"]) == 2
    assert "below the minimum of 1,048,576 bytes" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main(["run", "services", str(json_file), "-o", str(tmp_path / "ok"), "-q", "--split-size", "1MiB"]) == 0


@pytest.mark.usefixtures("real_minimum")
@pytest.mark.parametrize(("size", "message"), [(1, "below the minimum"), ("2TiB", "above the maximum"), (10**400, "")])
def test_api_split_size_out_of_bounds_is_a_400(json_file: Path, size: object, message: str) -> None:
    request = SubmitRequest(analysis="services", inputs=[str(json_file)], split_size=size)
    with pytest.raises(BadRequest, match=f"`split_size`: .*{message}"):
        build_spec(request, DEFAULTS, lambda _: None)


def test_too_many_map_tasks_fail_with_the_split_size_to_use(
    tmp_path: Path, json_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGMR_MAX_SPLITS", "3")
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=[str(json_file)], split_size=100_000)
    with pytest.raises(JobLimitError, match=r"more than 3 map tasks: use a larger split size \(at least ([\d,]+)") as e:
        run_to_folder(spec, tmp_path / "out", workers=1)
    needed = int(e.value.args[0].rsplit("at least ", 1)[1].split()[0].replace(",", ""))
    spec.split_size, spec.job_id = needed, new_job_id("services")
    result = run_to_folder(spec, tmp_path / "ok", workers=1)
    assert result["counters"]["splits"] == 3


@pytest.fixture
def data_with_links(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder holding a log, a link to a file outside it and a link to a folder outside it."""
    data, outside = tmp_path / "data", tmp_path / "secret"
    data.mkdir()
    outside.mkdir()
    (data / "app.log").write_text("INFO ok\n")
    (outside / "keys.log").write_text("ERROR the secret\n")
    return data, outside


@pytest.mark.parametrize("link_kind", ["file", "folder"])
def test_a_folder_or_glob_never_reaches_through_links(data_with_links: tuple[Path, Path], link_kind: str) -> None:
    data, outside = data_with_links
    link = data / ("link.log" if link_kind == "file" else "link")
    link.symlink_to(outside / "keys.log" if link_kind == "file" else outside)
    allowed = [str(data)]
    reaching = (str(data), str(data / "*"), str(data / "**" / "*.log"))  # `*` does not enter a folder
    for spec in reaching if link_kind == "file" else (reaching[0], reaching[2]):
        with pytest.raises(InputError, match="links outside the folders this server may read"):
            resolve_inputs([spec], allowed_folders=allowed)
    inside = data / "inside-link.log"
    link.unlink()
    inside.symlink_to(data / "app.log")  # a link that stays inside is fine
    assert [f.uri for f in resolve_inputs([str(data)], allowed_folders=allowed)] == [str((data / "app.log").resolve())]


def _wait_until_done(jobs: SqliteJobStore, job_id: str) -> None:
    deadline = time.monotonic() + 60
    while jobs.get(job_id).status not in TERMINAL and time.monotonic() < deadline:
        time.sleep(0.05)


def test_the_server_refuses_a_folder_with_a_link_outside(tmp_path: Path, data_with_links: tuple[Path, Path]) -> None:
    data, outside = data_with_links
    jobs = SqliteJobStore(tmp_path / "jobs.db")
    service = LocalJobService(jobs, tmp_path / "work", [data], [], DEFAULTS, workers=2)
    try:
        clean = service.submit(json.dumps({"analysis": "wordcount", "inputs": [str(data)]}))
        _wait_until_done(jobs, clean["job_id"])
        (data / "link.log").symlink_to(outside / "keys.log")
        with pytest.raises(BadRequest, match=r"link\.log links outside the folders") as refused:
            service.submit(json.dumps({"analysis": "wordcount", "inputs": [str(data)]}))
        assert "secret" not in str(refused.value)
        with pytest.raises(BadRequest, match="outside the folders"):
            service.submit(json.dumps({"analysis": "wordcount", "inputs": [str(outside)]}))
        # A link made after the request was accepted: the planner refuses it when the job runs.
        (data / "link.log").unlink()
        spec = JobSpec(
            job_id=new_job_id("wordcount"), analysis="wordcount", inputs=[str(data)], allowed_folders=[str(data)]
        )
        (data / "late.log").symlink_to(outside / "keys.log")
        with pytest.raises(InputError, match=r"late\.log links outside"):
            run_to_folder(spec, tmp_path / "out", workers=1, jobs=jobs)
    finally:
        service.close()
    assert jobs.get(clean["job_id"]).status == SUCCEEDED
    failed = jobs.get(spec.job_id)
    assert failed.status == FAILED and "links outside" in failed.error and "secret" not in failed.error


def test_partitions_are_bounded_everywhere(sample_dir: Path, capsys: pytest.CaptureFixture) -> None:
    """On AWS the reduce items travel in the state (256 KiB at most): 10,000 partitions at most,
    from the command line, the API and a spec given to the planner directly."""
    from logmr.cli.main import main
    from logmr.engine.spec import MAX_PARTITIONS, JobLimitError, check_partitions

    assert main(["run", "services", str(sample_dir), "-r", str(MAX_PARTITIONS + 1)]) == 2
    assert "partitions must be between 1 and 10,000" in capsys.readouterr().err
    assert check_partitions(MAX_PARTITIONS) == MAX_PARTITIONS
    with pytest.raises(JobLimitError):
        check_partitions(0)
