"""No import cycles in logmr: neither between its packages (job/, analyses/, engine/...) nor between
its modules. The graph is read from the source, imports inside functions included: an import moved
into a function to dodge a cycle at import time still counts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import logmr

ROOT = Path(logmr.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _imported(module: str, path: Path) -> set[str]:
    """The logmr modules a module imports, anywhere in it (a name imported from a package counts as
    its submodule when there is one: `from . import gen` is logmr.cli.gen)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            names = [source] + [f"{source}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in MODULES:  # logmr.job.Job -> logmr.job
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


IMPORTS = {module: _imported(module, path) for module, path in MODULES.items()}


def _package(module: str) -> str:
    """logmr.engine.tasks -> logmr.engine; logmr itself (its __init__) is a node of its own."""
    return ".".join(module.split(".")[:2])


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def _edges_within(component: list[str], graph: dict[str, set[str]]) -> list[str]:
    return [f"{a} -> {b}" for a in component for b in sorted(graph.get(a, ())) if b in component]


def test_the_graph_sees_imports_inside_functions() -> None:
    assert "logmr.gen" in IMPORTS["logmr.cli.gen"]  # imported inside cmd_gen, for start time
    assert "logmr.server.gateway" in IMPORTS["logmr.cli.serve"]


def test_no_import_cycle_between_packages() -> None:
    packages: dict[str, set[str]] = {}
    for module, imported in IMPORTS.items():
        packages.setdefault(_package(module), set()).update(
            _package(other) for other in imported if _package(other) != _package(module)
        )
    cycles = _cycles(packages)
    assert not cycles, "import cycles between packages:\n" + "\n".join(
        ", ".join(_edges_within(cycle, packages)) for cycle in cycles
    )


def test_no_import_cycle_between_modules() -> None:
    cycles = _cycles(IMPORTS)
    assert not cycles, "import cycles between modules:\n" + "\n".join(
        ", ".join(_edges_within(cycle, IMPORTS)) for cycle in cycles
    )


def _package_graph() -> dict[str, set[str]]:
    """Package -> the packages it imports (short names: engine, job...; `logmr` for the root)."""
    short = {name: name.removeprefix("logmr.") for name in {_package(module) for module in IMPORTS}}
    graph: dict[str, set[str]] = {}
    for module, imported in IMPORTS.items():
        here = short[_package(module)]
        graph.setdefault(here, set()).update(short[_package(o)] for o in imported if short[_package(o)] != here)
    return graph


def _reduced(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """The edges of a DAG that no longer path implies (its transitive reduction)."""

    def reachable(start: str) -> set[str]:
        seen, todo = set(), list(graph.get(start, ()))
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(graph.get(node, ()))
        return seen

    return {
        (a, b) for a, targets in graph.items() for b in targets if not any(b in reachable(c) for c in targets if c != b)
    }


def test_the_module_diagram_of_the_architecture_doc_is_the_code_s() -> None:
    """docs/ARCHITECTURE.md draws the packages and their imports (the implied ones left out) in a
    mermaid block; the edges must be those of the code."""
    doc = (ROOT.parents[1] / "docs" / "ARCHITECTURE.md").read_text()
    block = doc.split("```mermaid\n", 1)[1].split("```", 1)[0]
    drawn = {(a.strip(), b.strip()) for line in block.splitlines() if "-->" in line for a, b in [line.split("-->")]}
    code = _reduced(_package_graph())
    expected = "\n".join(f"  {a} --> {b}" for a, b in sorted(code))
    assert drawn == code, f"the diagram should have these edges:\n{expected}"


# What a `logmr run` loads only for the jobs that use it: each is tens of milliseconds of every
# run's start (RE2 and Hyperscan for patterns and `~` conditions, pyarrow for Parquet output,
# drain3 for templates and parse, boto3 and botocore for s3:// inputs and AWS, rich for what people read).
_HEAVY = ("hyperscan", "re2", "pyarrow", "drain3", "boto3", "botocore", "rich")
_LOADED = """
import sys
from logmr.cli.main import main
status = main()  # (the program's own arguments, as the `logmr` script runs it)
print("loaded:", *sorted(name for name in {heavy!r} if sys.modules.get(name) is not None))
sys.exit(status)
"""


def _heavy_loaded(tmp_path: Path, *args: str, names: tuple[str, ...] = _HEAVY) -> set[str]:
    """Which of `names` (the heavy packages) a `logmr run` in a new process has imported by its end
    (one worker: the map and reduce tasks run in that process too)."""
    import subprocess
    import sys

    log = tmp_path / "app.jsonl"
    log.write_text("".join(f'{{"time": 1764547200000, "level": 30, "msg": "user {i} ok"}}\n' for i in range(50)))
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    cmd = [
        sys.executable,
        "-c",
        _LOADED.format(heavy=names),
        "run",
        *args,
        str(log),
        "-w",
        "1",
        "--quiet",
        "-o",
        str(out),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [loaded] = [line for line in done.stdout.splitlines() if line.startswith("loaded:")]
    return set(loaded.split()[1:])


def test_a_run_imports_only_what_its_job_uses(tmp_path: Path) -> None:
    for analysis in ("services", "timeline", "wordcount", "http"):
        assert _heavy_loaded(tmp_path, analysis, "--json") == set(), analysis
    assert _heavy_loaded(tmp_path, "services", "--where", "service=app", "--json") == set()
    assert _heavy_loaded(tmp_path, "services") == {"rich"}  # the summary table
    # the check sees them when a job does use them
    assert {"re2", "hyperscan"} <= _heavy_loaded(tmp_path, "patterns")
    assert {"re2", "hyperscan"} <= _heavy_loaded(tmp_path, "services", "--where", "message~user [0-9]+")
    assert "pyarrow" in _heavy_loaded(tmp_path, "services", "--output-format", "parquet")
    assert "drain3" in _heavy_loaded(tmp_path, "templates")


# What a JSON run whose tasks run in its own process never uses, a few milliseconds each: the text
# formats (imported by name once detection or --format picks one), the worker pool's packages,
# socket (the job store names its host with os.uname) and importlib.resources.
_TEXT_FORMATS = ("access", "access_kernel", "cri", "header", "logfmt", "plain", "rich_console", "syslog")
_NOT_FOR_JSON = (*(f"logmr.formats.{name}" for name in _TEXT_FORMATS), "multiprocessing", "asyncio")
_NOT_FOR_JSON += ("socket", "importlib.resources")


def test_a_json_run_in_one_process_imports_no_text_format_nor_the_pool(tmp_path: Path) -> None:
    names = (*_NOT_FOR_JSON, "logmr.formats.jsonl")  # (the check sees the format the run uses)
    for analysis in ("services", "timeline", "wordcount", "http"):
        assert _heavy_loaded(tmp_path, analysis, "--json", names=names) == {"logmr.formats.jsonl"}, analysis
    # nor another analysis (the command line's flags come from cli/builtin_options.json)
    analyses = tuple(f"logmr.analyses.{name}" for name in ("services", "http", "parse", "templates", "wordcount"))
    assert _heavy_loaded(tmp_path, "services", "--json", names=(*analyses, "ddsketch")) == {"logmr.analyses.services"}


def test_looking_up_an_analysis_imports_its_module_only() -> None:
    """A Lambda function or a worker that runs services never imports templates' or http's modules."""
    import subprocess
    import sys

    code = (
        "import sys; from logmr.job import load_job; load_job('services');"
        "print(*sorted(name for name in sys.modules if name.startswith('logmr.analyses.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["logmr.analyses.services"]


def test_a_run_on_a_text_kernel_imports_neither_pandas_nor_arrows_query_engine(tmp_path: Path) -> None:
    """pyarrow reads text layouts, but `pa.array` of Python values, `pa.scalar` or a group-by
    (Arrow's query engine and dataset module) would import pandas where it is installed: 0.2 s
    in every worker. Nor numpy, which pyarrow imports where it is installed (a built-in analysis's
    run hides it: cli/run.py)."""
    import subprocess
    import sys

    log = tmp_path / "app.log"
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    log.write_text(
        "".join(
            f"2026-11-01 00:00:{i % 60:02d},{i % 1000:03d} {levels[i % 4]} c.e.Svc{i % 3} [main-{i % 5}] job {i} done\n"
            for i in range(400)
        )
    )
    heavy = ("pyarrow", "pandas", "pyarrow.acero", "pyarrow.dataset", "numpy")
    for analysis in ("services", "timeline"):
        cmd = [sys.executable, "-c", _LOADED.format(heavy=heavy), "run", analysis, str(log), "-w", "1", "--quiet"]
        done = subprocess.run([*cmd, "-o", str(tmp_path / analysis)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        [loaded] = [line for line in done.stdout.splitlines() if line.startswith("loaded:")]
        assert loaded.split()[1:] == ["pyarrow"], analysis


_WORKERS_SEE = """
import sys
from logmr.runners.pool import WorkerPool

def loaded(name):
    return name in sys.modules

if __name__ == "__main__":
    pool = WorkerPool(1, None, sys.argv[1:])
    print("worker:", pool.submit(loaded, "pyarrow.compute").result(), "runner:", "pyarrow.compute" in sys.modules)
    pool.close()
"""


def test_workers_start_with_the_preloaded_modules_imported_by_the_runner() -> None:
    """pyarrow, for a job on the text formats' kernels: imported once in the runner, before its
    workers are forked, instead of once in each worker (0.1 s of CPU each)."""
    import subprocess
    import sys

    def run(*preload: str) -> str:
        cmd = [sys.executable, "-c", _WORKERS_SEE, *preload]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout.strip()

    assert run("pyarrow", "pyarrow.compute") == "worker: True runner: True"
    assert run() == "worker: False runner: False"


def test_only_jobs_on_kernel_formats_preload_pyarrow(tmp_path: Path, monkeypatch) -> None:
    from logmr.engine.spec import JobSpec
    from logmr.runners import local, pool
    from logmr.storage import LocalStore

    preloads = []
    monkeypatch.setattr(
        pool, "WorkerPool", lambda workers, timeout, preload: preloads.append(preload) or local.InlineTasks()
    )
    lines = {
        "app.jsonl": '{"level": "info", "msg": "x"}\n',
        "app.log": "time=2026-11-30T12:00:00Z level=info msg=x\n",
        "sys.log": "<134>1 2026-11-30T12:00:00Z host app - - - x\n",
        "access.log": '10.0.0.1 - - [30/Nov/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl"\n',
    }
    for name, line in lines.items():
        (tmp_path / name).write_text(line * 60_000)  # cut in byte ranges (packed whole, a file's format is read later)
        spec = JobSpec(job_id=f"j-{name}", analysis="services", inputs=[str(tmp_path / name)])
        local.run_local(spec, LocalStore(tmp_path / "work"), workers=2, inline=False)
    assert preloads == [[], ["logmr.engine.arrow"], ["logmr.engine.arrow"], ["logmr.engine.arrow"]]


_WORKERS_CONVERT = """
import sys
from logmr.runners.pool import WorkerPool

def converts(_):
    import pyarrow as pa
    import pyarrow.compute as pc

    pc.list_element(pa.array([["a", "b"]]), 1)  # (a Python list and a Python int converted)
    imported = "pandas" in sys.modules
    return imported, pa.table({"n": [1, 2]}).to_pandas().shape

if __name__ == "__main__":
    pool = WorkerPool(1, None, sys.argv[1:])
    print(*pool.submit(converts, None).result())
    pool.close()
"""


def test_workers_convert_python_values_without_importing_pandas() -> None:
    """Where numpy is importable (a job run from Python: `logmr serve`, a notebook), pyarrow
    imports pandas at its first conversion of Python values, 0.3-0.5 s in each worker: the
    runner's preload (engine/arrow.py) lets that look find none, while `to_pandas` still works."""
    import subprocess
    import sys

    pytest.importorskip("pandas")  # (a dev dependency: the check is whether the workers import it)

    def run(*preload: str) -> str:
        cmd = [sys.executable, "-c", _WORKERS_CONVERT, *preload]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout.strip()

    assert run("pyarrow", "pyarrow.compute") == "True (2, 1)"
    assert run("logmr.engine.arrow") == "False (2, 1)"
