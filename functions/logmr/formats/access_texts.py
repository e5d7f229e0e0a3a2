"""An access log block's lines as they are, for patterns (`text`, `raw`) and the default service,
where one RE2 pass over the whole block finds every line an access log line (access.py's regex)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .base import Batch
from .columnar import named_groups_only, to_re2, whole_text

#: The fields `access_texts` gives.
TEXT_FIELDS = frozenset({"service", "text", "raw"})


@cache
def _every_line(pattern: str) -> str | None:
    """For RE2, or None: a regex that matches a whole text where each of its lines matches the access
    regex `pattern` (what follows the bytes, referer and agent or not, is the extra text), no part
    crossing a newline."""
    line = pattern[: pattern.index('(?: "(?P<referer>')] + "(?: .*)?"
    line = named_groups_only(line, ()).removeprefix("^")
    line = line.replace(r"[^\]]", r"[^\]\n]").replace(r'[^"\\]', r'[^"\\\n]')
    return to_re2(f"^(?:{line}\\n)*{line}\\n?$")


def access_texts(block: bytes, pattern: str, fields: Sequence[str], default: str | None) -> Batch | None:
    """The block's lines as read (`text`, `raw`: a TextBlock, decoded only where asked) and the default
    service, where the block is ASCII with neither a CR nor a blank line and every line an access log
    line (one RE2 match of `_every_line` over the block tells); else None. What patterns reads: no
    field of a line is cut."""
    import pyarrow.compute as pc

    from .json_text import TextBlock

    lines = _every_line(pattern)
    data = block.removesuffix(b"\n")
    if lines is None or not data or not set(fields) <= TEXT_FIELDS or not block.isascii():
        return None
    if b"\r" in data or b"\n\n" in data or data.startswith(b"\n"):
        return None
    if not pc.match_substring_regex(whole_text(block), lines)[0].as_py():
        return None
    rows = data.count(b"\n") + 1
    columns = {name: [default] * rows if name == "service" else TextBlock(data, rows) for name in fields}
    return Batch(columns=columns, records=rows, lines=rows)
