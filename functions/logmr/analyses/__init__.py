"""The built-in analyses, by name."""

from __future__ import annotations

from ..job import Job
from .http import Http
from .patterns import Patterns
from .services import Services
from .templates import Templates
from .wordcount import WordCount

ANALYSES: dict[str, type[Job]] = {cls.name: cls for cls in (WordCount, Services, Patterns, Templates, Http)}

__all__ = ["ANALYSES", "Http", "Patterns", "Services", "Templates", "WordCount"]
