"""wordcount: how often each word occurs in the records' messages.

A word is a match of `\\w+` on the lowercased message (Python's Unicode-aware semantics).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import msgspec

from ..formats import Record
from ..job import CountJob, KeyValue

WORD = re.compile(r"\w+")


class WordCountOptions(msgspec.Struct, forbid_unknown_fields=True):
    min_length: int = 1
    drop_numbers: bool = False

    def __post_init__(self) -> None:
        if self.min_length < 1:
            raise ValueError("min_length must be at least 1")


class WordCount(CountJob):
    name = "wordcount"
    description = "Counts of the words of each record's message (\\w+ on lowercased text)."
    Options = WordCountOptions
    fields = ("message",)

    def _keep(self, word: str) -> bool:
        return len(word) >= self.options.min_length and not (self.options.drop_numbers and word.isdigit())

    def map(self, record: Record) -> Iterable[KeyValue]:
        for word in WORD.findall(record.message.lower()):
            if self._keep(word):
                yield word, 1

    def map_batch(self, columns: dict[str, list[Any]]) -> dict[str, int]:
        # One findall over the block's messages joined by newlines (never part of a word), then
        # the options applied to the distinct words only.
        counts = Counter(WORD.findall("\n".join(columns["message"]).lower()))
        if self.options.min_length > 1 or self.options.drop_numbers:
            return {word: n for word, n in counts.items() if self._keep(word)}
        return counts
