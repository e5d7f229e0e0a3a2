"""Where a whole `logmr run` process's wall time goes: its phases stamped on the system's monotonic
clock (one clock for the bench, the runner and its workers), from this script's start of the
process to its exit.

    .venv/bin/python bench/run_phases.py services DATA/ecs-256000000.jsonl [--repeat 5] [-- RUN ARGS]
    .venv/bin/python bench/run_phases.py --trees MAIN/functions,functions services FILE --repeat 10
    .venv/bin/python bench/run_phases.py --plain --trees A,B services,timeline F1,F2 --repeat 10

Each run is a new process running `logmr run ANALYSIS FILE --quiet --json -o DIR` as the program
does (logmr.cli.main.main() with no argv), with the task entry points, the pool's start and close,
the job store and the result's writing wrapped to stamp their start and end (and each task's own
CPU, thread_time, in the worker that runs it). With `--trees`, the runs alternate between source
trees (PYTHONPATH), for a before/after. Prints each run's phases (ms from the process's start) and,
per tree, the medians and least: wall, the process tree's CPU (user+sys of the run and its
workers), the map tasks' CPU and the CPU outside them, the workers' idle time at the map phase's
start and tail.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What the child wraps: (module, attribute path) -> the phase's name.
WRAPPED = {
    ("logmr.engine.tasks", "plan"): "plan",
    ("logmr.engine.tasks", "map_task"): "map",
    ("logmr.engine.tasks", "reduce_task"): "reduce",
    ("logmr.engine.tasks", "finalize"): "finalize",
    ("logmr.runners.local", "start_pool_for"): "pool_start",
    ("logmr.runners.local", "start_pool_early"): "pool_start_early",
    ("logmr.runners.pool", "WorkerPool.close"): "pool_close",
    ("logmr.runners.local", "write_result"): "write_result",
    ("logmr.runners.local", "write_result_copy"): "write_copy",
    ("logmr.cli.run", "local_job_store"): "job_store",
    ("logmr.cli.run", "run_to_folder"): "run_to_folder",
    ("logmr.cli.run", "show_result"): "show_result",
    ("logmr.cli.run", "job_spec"): "job_spec",
    ("logmr.storage.local", "LocalStore.delete_prefix"): "delete_prefix",
    ("shutil", "rmtree"): "rmtree",
    **{("logmr.jobstate.sqlite", f"SqliteJobStore.{name}"): "sqlite" for name in ("create", "fail_orphans")},
    **{("logmr.jobstate.sqlite", f"SqliteJobStore.{name}"): "sqlite" for name in ("start_phase", "task_done")},
    **{("logmr.jobstate.sqlite", f"SqliteJobStore.{name}"): "sqlite" for name in ("finish", "update", "get")},
}
SUMMED = ("sqlite", "delete_prefix", "rmtree")  # stamps whose durations the summary adds up


def _child(events: str, argv: list[str]) -> None:
    """In the timed process: wrap, stamp, run logmr as its program does."""
    started = time.monotonic()
    import atexit
    import functools
    import importlib

    def stamp(name: str, begin: float, end: float, cpu: float = 0.0) -> None:
        line = f"{name} {os.getpid()} {begin:.6f} {end:.6f} {cpu:.6f}\n".encode()
        fd = os.open(events, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        os.write(fd, line)
        os.close(fd)

    atexit.register(lambda: stamp("atexit", time.monotonic(), time.monotonic()))  # runs last
    stamp("python_started", started, started)
    import logmr.cli.main as cli_main

    for (module_name, path), name in WRAPPED.items():
        module = importlib.import_module(module_name)
        *owners, attribute = path.split(".")
        owner = functools.reduce(getattr, owners, module)
        original = getattr(owner, attribute, None)
        if original is None:
            continue

        def wrapper(*args, __original=original, __name=name, **kwargs):
            begin, cpu = time.monotonic(), time.thread_time()
            try:
                return __original(*args, **kwargs)
            finally:
                stamp(__name, begin, time.monotonic(), time.thread_time() - cpu)

        functools.update_wrapper(wrapper, original)
        setattr(owner, attribute, wrapper)
    stamp("imported", started, time.monotonic())
    sys.argv = ["logmr", "run", *argv]
    begin = time.monotonic()
    code = cli_main.main()
    stamp("main", begin, time.monotonic())
    sys.exit(code)


def _run_once(tree: str, analysis: str, path: str, extra: list[str], home: str, plain: bool) -> dict:
    """One run in a new process: its wall and CPU (with its workers'), and its stamps unless `plain`
    (the `logmr` program as installed, nothing wrapped)."""
    import resource
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        events = os.path.join(work, "events")
        out = os.path.join(work, "out")
        env = {**os.environ, "PYTHONPATH": tree, "LOGMR_HOME": home}
        program = (
            [str(Path(sys.executable).parent / "logmr")] if plain else [sys.executable, __file__, "--child", events]
        )
        cmd = [*program, analysis, path, "--quiet", "--json", "-o", out, *extra]
        if plain:
            cmd.insert(1, "run")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        begin = time.monotonic()
        done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        end = time.monotonic()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode()[-2000:])
        rows = [] if plain else [line.split() for line in Path(events).read_text().splitlines()]
    stamps = [(name, int(pid), float(b) - begin, float(e) - begin, float(c)) for name, pid, b, e, c in rows]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": end - begin, "cpu": cpu, "stamps": stamps}


def _summary(run: dict) -> dict[str, float]:
    """The figures of one run, in seconds."""
    stamps = run["stamps"]
    if not stamps:
        return {"wall": run["wall"], "cpu": run["cpu"]}
    main_pid = next(pid for name, pid, *_ in stamps if name == "python_started")
    maps = [s for s in stamps if s[0] == "map"]
    reduces = [s for s in stamps if s[0] == "reduce"]
    first = {name: (b, e) for name, _, b, e, _ in reversed(stamps)}
    figures = {"wall": run["wall"], "cpu": run["cpu"], "python": first["python_started"][0]}
    figures["imports"] = first["imported"][1] - first["imported"][0]
    figures["to_main"] = first["main"][0]
    figures["map_cpu"] = sum(s[4] for s in maps)
    figures["outside_map_cpu"] = run["cpu"] - figures["map_cpu"]
    if maps:
        begin, end = min(s[2] for s in maps), max(s[3] for s in maps)
        figures["map_phase"] = end - begin
        figures["map_start"] = begin
        workers = {}
        for _, pid, b, e, _ in maps:
            workers.setdefault(pid, []).append((b, e))
        firsts = sorted(min(b for b, _ in spans) for spans in workers.values())
        lasts = sorted(max(e for _, e in spans) for spans in workers.values())
        figures["start_gap"] = firsts[-1] - firsts[0] if len(firsts) > 1 else 0.0
        figures["tail_gap"] = lasts[-1] - lasts[0] if len(lasts) > 1 else 0.0
        figures["in_runner"] = float(all(pid == main_pid for _, pid, *_ in maps))
    if reduces:
        figures["reduce_phase"] = max(s[3] for s in reduces) - min(s[2] for s in reduces)
    for name in SUMMED:
        figures[name] = sum(e - b for n, pid, b, e, _ in stamps if n == name and pid == main_pid)
    figures["after_main"] = run["wall"] - first["main"][1]
    figures["end"] = first["main"][1]
    return figures


def _print_run(tag: str, run: dict) -> None:
    parts = []
    for name, pid, begin, end, cpu in sorted(run["stamps"], key=lambda s: s[2]):
        if name == "sqlite":
            continue
        if name in ("map", "reduce"):
            parts.append(f"{name}[{pid % 1000}] {begin * 1000:.0f}-{end * 1000:.0f} ({cpu * 1000:.0f} cpu)")
        else:
            parts.append(f"{name} {begin * 1000:.0f}-{end * 1000:.0f}")
    print(f"{tag} wall {run['wall'] * 1000:.0f} cpu {run['cpu'] * 1000:.0f}: " + "; ".join(parts))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3:])
        return
    import argparse
    import shutil
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("analysis", help="an analysis, or several: services,timeline")
    parser.add_argument("path", help="a file, or several: a.jsonl,b.jsonl (each analysis on each)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--trees", default=str(ROOT / "functions"), help="comma-separated PYTHONPATHs")
    parser.add_argument("--quiet-runs", action="store_true", help="print only the summaries")
    parser.add_argument("--plain", action="store_true", help="run the logmr program itself: wall and CPU only")
    # (the `logmr run` arguments after `--` are split off here: argparse gives an empty `nargs="*"`
    # positional the nothing before `--`, then refuses what follows it)
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    args.extra = argv[cut + 1 :]
    trees = args.trees.split(",")
    for tree in trees:  # (bytecode written first, as bench.compile_logmr does)
        _compile_tree(tree)
    home = tempfile.mkdtemp(prefix="run-phases-")  # one job store for every run, as a user has
    for path in args.path.split(","):
        for analysis in args.analysis.split(","):
            print(f"== {analysis} {path}")
            _compare(trees, analysis, path, args, home)
    shutil.rmtree(home)


def _compile_tree(tree: str) -> None:
    """Write a source tree's bytecode, as installing it does. Where PYTHONDONTWRITEBYTECODE is set,
    a tree unpacked for a before/after has none, and every one of its runs compiles each module it
    imports (0.1-0.15 s of a 1 s run): session 24's before/after figures carried that bias."""
    import compileall

    compileall.compile_dir(tree, quiet=1)


def _compare(trees: list[str], analysis: str, path: str, args, home: str) -> None:
    """The trees' runs of one analysis on one file, alternating; their medians and least."""
    import statistics

    print(f"load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    figures: dict[str, list[dict]] = {tree: [] for tree in trees}
    for repeat in range(args.repeat):
        for number, tree in enumerate(trees):
            run = _run_once(tree, analysis, path, args.extra, home, args.plain)
            if not args.quiet_runs and not args.plain:
                _print_run(f"tree{number} #{repeat}", run)
            figures[tree].append(_summary(run))
    print(f"load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    for number, tree in enumerate(trees):
        rows = figures[tree]
        print(f"tree{number} {tree} ({len(rows)} runs), ms median (least):")
        for key in rows[0]:
            values = [row[key] for row in rows if key in row]
            print(f"  {key:16} {statistics.median(values) * 1000:8.1f} ({min(values) * 1000:8.1f})")


if __name__ == "__main__":
    main()
