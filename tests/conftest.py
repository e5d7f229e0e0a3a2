"""Shared fixtures: generated sample logs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests cut small files into many splits; the 1 MiB minimum is tested on its own (test_limits.py).
os.environ["LOGMR_MIN_SPLIT_SIZE"] = "1"

from logmr.gen import generate


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 3 MB of mixed generated logs (JSON, access, syslog)."""
    folder = tmp_path_factory.mktemp("sample")
    generate(folder, "mixed", 3 * 1024 * 1024, seed=7, workers=1)
    return folder


@pytest.fixture(scope="session")
def json_file(sample_dir: Path) -> Path:
    return sample_dir / "app.jsonl"


@pytest.fixture(autouse=True)
def logmr_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Job records of `logmr run` go to a fresh folder, not the user's home."""
    home = tmp_path_factory.mktemp("logmr-home")
    monkeypatch.setenv("LOGMR_HOME", str(home))
    return home
