"""The jobs an operator registered: besides the built-in analyses, the only jobs the job API runs.

A source is a Python module (`my_jobs`, `mypackage.jobs`) or file (`path/to/my_jobs.py`) named by
the operator: `logmr serve --jobs SOURCE`, or LOGMR_JOB_MODULES (comma-separated) in the stack's
functions. Each Job subclass a source defines is registered under its own `name` attribute, else
its class name, and under its reference `SOURCE:ClassName`. `logmr serve` puts its sources in
LOGMR_JOB_MODULES too, so its worker processes (forked, or from a fork server) find the same jobs.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

from .job import Job

JOB_MODULES_ENV = "LOGMR_JOB_MODULES"
JOB_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


class JobSourceError(LookupError):
    """A registered source that cannot be loaded, or whose jobs cannot be registered."""


def is_file_source(source: str) -> bool:
    """Whether a source (or the part of an `analysis` before its colon) names a file, not a module."""
    return source.endswith(".py") or "/" in source or "\\" in source


def load_file(path: Path) -> ModuleType:
    """Import a Python file by its path (once per process)."""
    import hashlib  # (here: its OpenSSL costs every run a few milliseconds)

    name = f"logmr_user_job_{hashlib.sha1(str(path).encode()).hexdigest()[:12]}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise JobSourceError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[name]
        raise JobSourceError(f"importing {path} failed: {type(error).__name__}: {error}") from None
    return module


def _load_source(source: str) -> ModuleType:
    if is_file_source(source):
        path = Path(source).expanduser().resolve()
        if not path.is_file():
            raise JobSourceError(f"job file not found: {source}")
        return load_file(path)
    try:
        return importlib.import_module(source)
    except ImportError as error:
        raise JobSourceError(f"cannot import module {source!r}: {error}") from None


def job_name(cls: type[Job]) -> str:
    """The name a registered job goes by: its own `name` attribute (not one it inherits), else its
    class name."""
    return cls.__dict__.get("name") or cls.__name__


def _jobs_of(source: str, builtins: Mapping[str, type[Job]]) -> dict[str, type[Job]]:
    """The Job subclasses a source defines (not those it imports), by name and by reference."""
    module = _load_source(source)
    reference = str(Path(source).expanduser().resolve()) if is_file_source(source) else source
    found: dict[str, type[Job]] = {}
    for cls in vars(module).values():
        if not (isinstance(cls, type) and issubclass(cls, Job) and cls.__module__ == module.__name__):
            continue
        name = job_name(cls)
        if not JOB_NAME.fullmatch(name):
            raise JobSourceError(f"{source}: job name {name!r} must be a letter then letters, digits, '_', '.', '-'")
        if name in builtins:
            raise JobSourceError(f"{source}: job name {name!r} is a built-in analysis's; give the job another name")
        found[name] = found[f"{reference}:{cls.__name__}"] = found[f"{source}:{cls.__name__}"] = cls
    if not found:
        raise JobSourceError(f"{source} defines no Job subclass")
    return found


class JobRegistry:
    """Registered jobs by name: the sources registered in this process plus those named in
    LOGMR_JOB_MODULES (read at each lookup, so a worker or a Lambda sees its own environment).

    It also knows the built-in analyses, whose names registered jobs may not take. analyses/ is
    written with the job API, so job/ does not import it: logmr's package, above both, provides
    them (logmr/__init__.py)."""

    def __init__(self) -> None:
        self._builtins: Callable[[], Mapping[str, type[Job]]] = dict
        self._sources: list[str] = []
        self._loaded: dict[str, dict[str, type[Job]]] = {}
        self._lock = threading.Lock()

    def provide_builtins(self, builtins: Callable[[], Mapping[str, type[Job]]]) -> None:
        """Where the built-in analyses come from: a function returning them by name (a mapping
        that may import each one when it is looked up)."""
        self._builtins = builtins

    def builtins(self) -> Mapping[str, type[Job]]:
        """The built-in analyses by name."""
        return self._builtins()

    def register(self, source: str) -> list[str]:
        """Load a source now and register its jobs; returns their names."""
        jobs = self._load(source)
        if source not in self._sources:
            self._sources.append(source)
        return sorted(name for name in jobs if ":" not in name)

    def sources(self) -> list[str]:
        """Every active source: registered here, then from the environment."""
        from_env = [s.strip() for s in os.environ.get(JOB_MODULES_ENV, "").split(",") if s.strip()]
        return list(dict.fromkeys(self._sources + from_env))

    def jobs(self) -> dict[str, type[Job]]:
        """Registered jobs by name and by reference; a name claimed by two classes is an error."""
        merged: dict[str, type[Job]] = {}
        for source in self.sources():
            for name, cls in self._load(source).items():
                if merged.setdefault(name, cls) is not cls:
                    raise JobSourceError(f"two registered jobs are named {name!r}; rename one")
        return merged

    def names(self) -> dict[str, type[Job]]:
        """Registered jobs by name only (what the job API lists and accepts)."""
        return {name: cls for name, cls in self.jobs().items() if ":" not in name}

    def clear(self) -> None:
        """Forget the sources registered in this process (tests)."""
        self._sources.clear()

    def _load(self, source: str) -> dict[str, type[Job]]:
        with self._lock:
            if source not in self._loaded:
                self._loaded[source] = _jobs_of(source, self.builtins())
            return self._loaded[source]


REGISTRY = JobRegistry()


def restricted() -> bool:
    """Whether jobs may only come from the built-ins and the registry here: true where
    LOGMR_JOB_MODULES is set (the stack's functions, `logmr serve` and its workers) and in any
    Lambda function. Then a spec naming a file or an unregistered module is refused."""
    return JOB_MODULES_ENV in os.environ or "AWS_LAMBDA_FUNCTION_NAME" in os.environ
