"""Generating realistic sample logs for demos, tests and benchmarks.

The generator is imported on first use (`logmr.gen.generate`...), so that reading the profile
catalogue (`logmr.gen.catalog`, listed by `logmr gen --help`) costs every command nothing."""

from __future__ import annotations

from typing import Any

__all__ = ["KINDS", "generate", "generate_file"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import generator

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
