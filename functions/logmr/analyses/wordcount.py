"""wordcount: how often each word occurs in the records' messages.

A word is a match of `\\w+` on the lowercased message (Python's Unicode-aware semantics).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import compress
from operator import not_
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from ..formats import Record
from ..job import CountJob, KeyValue

WORD = re.compile(r"\w+")
# For ASCII text, \w is [A-Za-z0-9_]: lowercase those bytes and blank out every other byte, so
# bytes.split() yields exactly the lowercased \w+ words, several times faster than findall.
_ASCII_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_ASCII_WORDS = bytes((b + 32 if 65 <= b <= 90 else b) if b in _ASCII_WORD_BYTES else 0x20 for b in range(256))


class WordCountOptions(msgspec.Struct, forbid_unknown_fields=True):
    min_length: Annotated[int, Meta(ge=1, description="shortest word counted")] = 1
    drop_numbers: Annotated[bool, Meta(description="skip words made of digits")] = False


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
        # The block's messages joined by newlines (never part of a word) and split in one go:
        # the ASCII ones as bytes, the others (usually few) with findall; then the options
        # applied to the distinct words only.
        messages = columns["message"]
        text = "\n".join(messages)
        if text.isascii():
            counts = _ascii_words(text)
        else:
            ascii = list(map(str.isascii, messages))
            counts = _ascii_words("\n".join(compress(messages, ascii)))
            counts.update(WORD.findall("\n".join(compress(messages, map(not_, ascii))).lower()))
        if self.options.min_length > 1 or self.options.drop_numbers:
            return {word: n for word, n in counts.items() if self._keep(word)}
        return counts


def _ascii_words(text: str) -> Counter:
    """The lowercased \\w+ words of ASCII text, counted (bytes.split on translated bytes)."""
    byte_counts = Counter(text.encode().translate(_ASCII_WORDS).split())
    words = b"\n".join(byte_counts).decode().split("\n") if byte_counts else []
    return Counter(dict(zip(words, byte_counts.values(), strict=True)))
