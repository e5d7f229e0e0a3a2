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
from ..formats.arrow_sums import text_array, text_bytes
from ..job import CountJob, EncodedKeys, KeyValue
from ..native import ascii_words

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

    def map_batch(self, columns: dict[str, list[Any]]) -> dict[str, int] | EncodedKeys:
        # The block's words, as UTF-8, handed to the engine to count (never decoded); with
        # options, counted here and the options applied to the distinct words only.
        words = _words(columns["message"])
        if self.options.min_length > 1 or self.options.drop_numbers:
            counts = Counter(words.split())
            decoded = b"\n".join(counts).decode().split("\n") if counts else []
            return {word: n for word, n in zip(decoded, counts.values(), strict=True) if self._keep(word)}
        return EncodedKeys(words)

    def map_arrow(self, columns: dict[str, Any]) -> dict[str, int] | EncodedKeys:
        """map_batch over a kernel's messages as an Arrow array (`LogFormat.arrow_block`): the
        ASCII ones' bytes translated as they are, never made Python strings."""
        import pyarrow.compute as pc

        messages = columns["message"]
        if self.options.min_length > 1 or self.options.drop_numbers:
            return self.map_batch({"message": messages.to_pylist()})
        ascii = pc.string_is_ascii(messages)
        others = _words(messages.filter(pc.invert(ascii)).to_pylist()) if ascii.false_count else b""
        words = _lines_of(messages.filter(ascii) if ascii.false_count else messages).translate(_ASCII_WORDS)
        return EncodedKeys(words + b"\n" + others if others else words)


def _words(messages: list[str]) -> bytes:
    """The lowercased \\w+ words of the messages, as UTF-8 separated by blanks: the ASCII messages
    translated so that every byte not of a word is a blank (in C, `ascii_words`, where built; else
    joined by newlines, never part of a word, and translated), the others (usually few) split with
    findall."""
    if ascii_words is not None:
        words, others = ascii_words(messages)
    else:
        text = "\n".join(messages)
        if text.isascii():
            return text.encode().translate(_ASCII_WORDS)
        ascii = list(map(str.isascii, messages))
        words = "\n".join(compress(messages, ascii)).encode().translate(_ASCII_WORDS)
        others = list(compress(messages, map(not_, ascii)))
    found = WORD.findall("\n".join(others).lower()) if others else None
    return words + b"\n" + "\n".join(found).encode() if found else words


def _lines_of(texts: Any) -> bytes:
    """An Arrow string array's texts, each followed by a newline."""
    import pyarrow.compute as pc

    newline, empty = text_array([b"\n", b""])  # (Arrow scalars taken from an array: `pa.scalar` may import pandas)
    return text_bytes(pc.binary_join_element_wise(texts, newline, empty))
