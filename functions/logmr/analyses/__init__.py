"""The built-in analyses, by name: each one's module imported when it is first looked up (a
services run never imports drain3's templates or the HTTP analysis's sketches)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any

from ..job import Job

#: Analysis name -> (its module in this package, its class), in the order they are listed.
ANALYSIS_CLASSES: dict[str, tuple[str, str]] = {
    "wordcount": ("wordcount", "WordCount"),
    "services": ("services", "Services"),
    "patterns": ("patterns", "Patterns"),
    "templates": ("templates", "Templates"),
    "parse": ("parse", "Parse"),
    "http": ("http", "Http"),
    "timeline": ("timeline", "Timeline"),
}


class _Analyses(Mapping[str, type[Job]]):
    """name -> analysis class, a module imported on its analysis's first lookup; the names (`in`,
    iteration, len) import nothing."""

    def __getitem__(self, name: str) -> type[Job]:
        module, cls = ANALYSIS_CLASSES[name]
        return getattr(import_module(f"{__name__}.{module}"), cls)

    def __contains__(self, name: object) -> bool:
        return name in ANALYSIS_CLASSES

    def __iter__(self) -> Iterator[str]:
        return iter(ANALYSIS_CLASSES)

    def __len__(self) -> int:
        return len(ANALYSIS_CLASSES)


ANALYSES: Mapping[str, type[Job]] = _Analyses()
_CLASS_NAMES = {cls: name for name, (_, cls) in ANALYSIS_CLASSES.items()}


def __getattr__(name: str) -> Any:
    """An analysis class by its class name (`from logmr.analyses import Services`)."""
    if name in _CLASS_NAMES:
        return ANALYSES[_CLASS_NAMES[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ANALYSES", "Http", "Parse", "Patterns", "Services", "Templates", "Timeline", "WordCount"]
