"""The repository works on a machine that has never seen it: nothing tracked is a symlink or a
path of one machine (a tracked `.venv-sam` link once made CI pass only where its target existed)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MACHINE_PATHS = re.compile(r"(?<![\w/:])/(?:work|root|home/\w+|Users/\w+|tmp/\w*venv)/")


def _tracked() -> list[tuple[str, str]]:
    listing = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [(line.split()[0], line.split("\t", 1)[1]) for line in listing.stdout.splitlines()]


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
