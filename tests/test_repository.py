"""The repository works on a machine that has never seen it: nothing tracked is a symlink or a
path of one machine (a tracked `.venv-sam` link once made CI pass only where its target existed)."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MACHINE_PATHS = re.compile(r"(?<![\w/:])/(?:work|root|home/\w+|Users/\w+|tmp/\w*venv)/")


def _tracked() -> list[tuple[str, str]]:
    # (-z: each path as it is, not quoted as git quotes a non-ASCII name)
    listing = subprocess.run(["git", "ls-files", "-s", "-z"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [(entry.split()[0], entry.split("\t", 1)[1]) for entry in listing.stdout.split("\0") if entry]


def test_nothing_tracked_is_a_symlink_or_a_venv() -> None:
    tracked = _tracked()
    assert len(tracked) > 100
    assert [path for mode, path in tracked if mode == "120000"] == []
    assert [path for _, path in tracked if re.match(r"\.venv|.*/\.venv|.*/site-packages/", path)] == []


def test_no_tracked_file_names_a_path_of_one_machine() -> None:
    found = []
    for _, path in _tracked():
        if path.startswith("tests/data/"):  # third-party sample logs, read as data
            continue
        text = (ROOT / path).read_bytes().decode("utf-8", errors="replace")
        found += [f"{path}: {m.group(0)}" for m in MACHINE_PATHS.finditer(text)]
    assert found == []


def test_the_code_reads_in_one_sitting() -> None:
    """No module of the functions over 300 lines, no function over 60 (STYLE.md: files small
    enough to read at once, functions that do one thing)."""
    too_long = []
    for path in sorted((ROOT / "functions" / "logmr").rglob("*.py")):
        text = path.read_text()
        name = path.relative_to(ROOT)
        if text.count("\n") > 300:
            too_long.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 60:
                too_long.append(f"{name}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert too_long == []
