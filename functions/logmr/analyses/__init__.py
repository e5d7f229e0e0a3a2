"""The built-in analyses, by name."""

from __future__ import annotations

from ..job import Job
from .patterns import Patterns
from .services import Services
from .wordcount import WordCount

ANALYSES: dict[str, type[Job]] = {cls.name: cls for cls in (WordCount, Services, Patterns)}

__all__ = ["ANALYSES", "Patterns", "Services", "WordCount"]
