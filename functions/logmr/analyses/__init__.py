"""The built-in analyses, by name."""

from __future__ import annotations

from ..job import Job
from .http import Http
from .parse import Parse
from .patterns import Patterns
from .services import Services
from .templates import Templates
from .timeline import Timeline
from .wordcount import WordCount

ANALYSES: dict[str, type[Job]] = {
    cls.name: cls for cls in (WordCount, Services, Patterns, Templates, Parse, Http, Timeline)
}

__all__ = ["ANALYSES", "Http", "Parse", "Patterns", "Services", "Templates", "Timeline", "WordCount"]
