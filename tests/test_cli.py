"""`logmr run`, `logmr gen` and `logmr analyses` as a user calls them: outputs, summaries, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from helpers import JOBS, read_rows
from logmr.cli.main import main
from logmr.engine.sizes import parse_size


def test_run_writes_parts_and_result(tmp_path: Path, sample_dir: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    code = main(
        [
            "run",
            "services",
            str(sample_dir),
            "--output",
            str(out),
            "--partitions",
            "3",
            "--split-size",
            "256KiB",
            "--workers",
            "2",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "records/s" in printed and "errors" in printed and "%" in printed
    parts = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert parts == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    result = msgspec.json.decode((out / "result.json").read_bytes())
    assert result["analysis"] == "services"
    assert result["counters"]["partitions"] == 3
    assert result["counters"]["splits"] >= 12
    assert result["counters"]["records"] == sum(read_rows(out).values())
    assert {"plan", "map", "reduce", "finalize", "total"} <= set(result["timings"])
    assert not (out / ".logmr-work").exists()
    for line in (out / "part-00000.jsonl").read_bytes().splitlines():
        row = msgspec.json.decode(line)
        assert set(row) == {"key", "value"} and isinstance(row["key"], list)


def test_run_patterns_with_user_patterns_and_file(tmp_path: Path, sample_dir: Path) -> None:
    patterns_file = tmp_path / "patterns.txt"
    patterns_file.write_text("# my patterns\nslow=slow query\n\nsshd_fail=Failed password\n")
    out = tmp_path / "out"
    code = main(
        [
            "run",
            "patterns",
            str(sample_dir),
            "-o",
            str(out),
            "--no-builtin-patterns",
            "--pattern",
            "deadlock=deadlock detected",
            "--patterns-file",
            str(patterns_file),
            "--json",
        ]
    )
    assert code == 0
    result = msgspec.json.decode((out / "result.json").read_bytes())
    names = {row["pattern"] for row in result["summary"]["patterns"]}
    assert names == {"slow", "sshd_fail", "deadlock"}
    assert all(row["count"] > 0 for row in result["summary"]["patterns"])


def test_run_user_job_file(tmp_path: Path, sample_dir: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", f"{JOBS}:StatusClasses", str(sample_dir / "access.log"), "-o", str(out), "-q"]) == 0
    rows = read_rows(out)
    assert set(rows) <= {"2xx", "3xx", "4xx", "5xx"} and rows["2xx"][0] > rows["5xx"][0] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "services", "/no/such/file.log"], "input not found: /no/such/file.log"),
        (["run", "nosuch", "{sample}"], "unknown analysis 'nosuch'"),
        (["run", "patterns", "{sample}", "--pattern", "bad=("], "bad regex for pattern 'bad'"),
        (["run", "patterns", "{sample}", "--pattern", "no-equals"], "must look like NAME=VALUE"),
        (["run", "wordcount", "{sample}", "-O", 'min_length="x"'], "bad option for wordcount"),
        (["run", "wordcount", "{sample}", "-O", "colour=1"], "unknown field `colour`"),
        (["run", "/tmp/nope.py:Job", "{sample}"], "job file not found"),
        (["run", "{jobs}:NotThere", "{sample}"], "no Job subclass named 'NotThere'"),
        (["run", "services", "s3://"], "no bucket in s3://"),
    ],
)
def test_clear_errors_without_traceback(
    args: list[str], message: str, sample_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    argv = [a.format(sample=sample_dir, jobs=JOBS) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("option", [["--split-size", "12parsecs"], ["--workers", "0"], ["--format", "yaml"]])
def test_bad_options_are_usage_errors(option: list[str], sample_dir: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "services", str(sample_dir), *option])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_sizes() -> None:
    assert parse_size("65536") == 65536
    assert parse_size("256KiB") == 256 * 1024
    assert parse_size("64MiB") == 64 * 1024**2
    assert parse_size("1GB") == 10**9
    assert parse_size("1.5g") == int(1.5 * 1024**3)
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed `logmr` command: generate logs, run wordcount, exit 0."""
    logmr = Path(sys.executable).parent / "logmr"
    subprocess.run([logmr, "gen", tmp_path / "logs", "--size", "1MiB", "--seed", "3"], check=True, capture_output=True)
    done = subprocess.run(
        [logmr, "run", "wordcount", tmp_path / "logs", "-o", tmp_path / "out"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "distinct keys" in done.stdout
    assert (tmp_path / "out" / "result.json").exists()
    missing = subprocess.run([logmr, "run", "wordcount", tmp_path / "missing"], capture_output=True, text=True)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_analyses_lists_builtins(capsys: pytest.CaptureFixture) -> None:
    assert main(["analyses"]) == 0
    out = capsys.readouterr().out
    assert "wordcount" in out and "services" in out and "patterns" in out and "min_length" in out


def test_progress_bar_on_a_terminal(tmp_path: Path, sample_dir: Path) -> None:
    """The bar reports splits, records/s and bytes/s, beside a pool of forked workers."""
    import io

    from rich.console import Console

    from logmr.cli.progress import ProgressBar
    from logmr.engine.spec import JobSpec, new_job_id
    from logmr.runners import run_to_folder

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=[str(sample_dir)], split_size=200_000)
    with ProgressBar(console, enabled=True) as bar:
        result = run_to_folder(spec, tmp_path / "out", workers=2, progress=bar.update)
    shown = screen.getvalue()
    assert "rec/s" in shown and "iB/s" in shown
    assert any(phase in shown for phase in ("map", "reduce", "finalize", "done"))
    assert result["counters"]["records"] > 0


def test_progress_bar_on_the_console_main_makes_on_first_use(tmp_path: Path, sample_dir: Path) -> None:
    """main() hands commands a console that imports rich only when printed to; the progress bar
    (rich's live display, which enters its console as a context manager) runs on it."""
    import io

    from rich.console import Console

    from logmr.cli.main import _LazyConsole
    from logmr.cli.progress import ProgressBar
    from logmr.engine.spec import JobSpec, new_job_id
    from logmr.runners import run_to_folder

    screen = io.StringIO()
    console = _LazyConsole()
    console._console = Console(file=screen, force_terminal=True, width=120)
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=[str(sample_dir)], split_size=200_000)
    with ProgressBar(console, enabled=True) as bar:  # type: ignore[arg-type]
        run_to_folder(spec, tmp_path / "out", workers=2, progress=bar.update)
    assert "rec/s" in screen.getvalue()


def test_run_records_the_job_in_the_local_store(tmp_path: Path, sample_dir: Path, logmr_home: Path) -> None:
    from logmr.jobstate import FAILED, SUCCEEDED, SqliteJobStore

    out = tmp_path / "out"
    assert main(["run", "services", str(sample_dir), "-o", str(out), "-q", "--split-size", "300KB", "-r", "2"]) == 0
    result = msgspec.json.decode((out / "result.json").read_bytes())
    store = SqliteJobStore(logmr_home / "jobs.db")
    job = store.get(result["job_id"])
    assert job.status == SUCCEEDED and job.summary == result["summary"]
    assert job.result_uri == str(out.resolve() / "result.json")  # not the work folder, deleted by then
    assert job.counters["records"] == result["counters"]["records"]
    assert job.counters["splits_done"] == job.counters["splits_total"] == result["counters"]["splits"]
    assert job.counters["partitions_done"] == job.counters["partitions_total"] == 2
    assert main(["run", f"{JOBS}:AlwaysFails", str(sample_dir), "-o", str(tmp_path / "f"), "-q", "--retries", "0"]) == 1
    failed = store.list(limit=1)[0]
    assert failed.status == FAILED and "always fails" in failed.error


def test_the_written_builtin_options_are_the_analyses_options() -> None:
    """cli/builtin_options.json (what `logmr run` makes its flags from, importing no analysis) says
    what the analyses' Options structs say. If not: `python -m logmr.cli.builtin_options`."""
    from logmr.cli.builtin_options import computed_options, written_options

    assert written_options() == computed_options()


def test_tables_print_brackets_as_written(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A template or a service holding `[/path]` (Cassandra's, Tomcat's) is shown as text, not read
    as the terminal's markup (which failed the run after its results were written)."""
    log = tmp_path / "app.log"
    messages = ["Flushing [/var/lib/data] as [bold] rows", "Compacted {i} tables", "Opened {i} files"]
    lines = [f"2026-12-02 10:00:0{i} INFO [main] {messages[i % 3].format(i=i)}\n" for i in range(9)]
    log.write_text("".join(lines))
    assert main(["run", "templates", str(log), "-o", str(tmp_path / "out"), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "[/var/lib/" in printed and "[bold]" in printed, printed
