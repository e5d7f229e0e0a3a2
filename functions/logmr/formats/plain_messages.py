"""A plain-text record's message from its header line's message text, as `PlainTextFormat._record`
reads it: klog's quoted structured message unquoted (logfmt.quoted_message), else the context
fields a console logger writes after the message cut off (context.py). Shared by the block path
(plain.py) and the columnar kernel (plain_kernel.py, which finds where each header ends on RE2).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from itertools import compress, repeat
from typing import Any

from ..native import doubled
from .arrow_sums import text_array, text_bytes
from .base import FIELD_PREFIX
from .columnar import after_match, int64_array, named_groups_only
from .context import may_any_have_context, may_have_context, without_context
from .header_regex import kernel_header
from .layout import Layout
from .logfmt import quoted_message, quoted_text
from .slots import message_head


def quoted(messages: list[str]) -> list[int]:
    """Where a message starts with a quote (klog's structured records)."""
    return list(compress(range(len(messages)), map(str.startswith, messages, repeat('"'))))


def quoted_fields(values: list[Any], key: str, messages: Iterable[tuple[int, str]]) -> None:
    """Each record's `values[k]` that its header left None set, as `PlainTextFormat._record` sets
    `fields`, from its klog quoted message's pair `key` (`messages`: (k, the record's message) for
    the records whose message starts with a quote; read only where it holds `key=`, as a pair of
    that key is written)."""
    written = key + "="
    for k, message in messages:
        if values[k] is None and written in message and (structured := quoted_message(message)) is not None:
            values[k] = structured[1].get(key)


def quoted_columns(columns: dict[str, list[Any]], names: list[str], messages: Any) -> None:
    """`quoted_fields` for the columns `names` (`fields.pid`, `fields.time`) of records whose
    message texts are `messages` (Arrow)."""
    import pyarrow.compute as pc

    first = pc.starts_with(messages, '"')
    for name in names:
        key = name[len(FIELD_PREFIX) :]  # (the messages `quoted_fields` reads, found in bulk)
        at = pc.indices_nonzero(pc.and_(first, pc.match_substring(messages, key + "=")))
        if len(at):
            quoted_fields(columns[name], key, zip(at.to_pylist(), messages.take(at).to_pylist(), strict=True))


def unquoted(message: str) -> str:
    """A klog structured record's message (`"Pod updated" pod="kube-system/dns"`) as its text."""
    text = quoted_text(message)
    return message if text is None else text


def finish_messages(messages: list[str], quotes: bool, context: bool, kept: Container[int] = ()) -> list[str]:
    """The records' messages from their header lines' message texts, changed in place: `quotes`,
    whether any may be quoted (the block has a `"`); `context`, whether any may be followed by
    context fields (the block has a tab before `{`, or a double space); `kept`, the records whose
    first line fits no header, whose text is their message whole."""
    structured = set()
    for k in quoted(messages) if quotes else ():
        text = unquoted(messages[k])
        if text is not messages[k]:
            structured.add(k)
        messages[k] = text
    if context and may_any_have_context(messages):
        for k in compress(range(len(messages)), map(may_have_context, messages)):
            if k not in structured and k not in kept:
                messages[k] = without_context(messages[k])
    return messages


# The two-byte marks of context fields, found by `re` (bytes' own `in` takes twice its time on
# a block whose every few bytes are a blank: a candidate start at each).
_TAB_BRACE, _DOUBLE_BLANK = re.compile(rb"\t\{"), re.compile(rb"  ")


def may_hold_context(text: bytes) -> bool:
    """Whether any message within `text` may be followed by context fields (context.py's
    `may_have_context`: a tab then `{`, or a double blank and a `=`)."""
    return _tab_brace(text) or _padded(text)


def _tab_brace(text: bytes) -> bool:
    """A tab then `{` in the text, looked for only where the rarer `{` is (a single-byte search)."""
    return b"{" in text and _TAB_BRACE.search(text) is not None


def _padded(text: bytes) -> bool:
    """A double blank and a `=` in the text, the blanks looked for only where a `=` is (in C
    where it is built: quote_cut.c's `doubled`)."""
    if b"=" not in text:
        return False
    return doubled(text, 32) if doubled is not None else _DOUBLE_BLANK.search(text) is not None


def header_messages(layout: Layout, lines: Any) -> Any | None:
    """The text after the header on each of these ASCII header lines (Arrow), where the whole
    header regex's match ends (header_regex.py); None where the layout has no kernel regex."""
    head = kernel_header(message_head(layout))  # (a syslog message's level word stays in it)
    return None if head is None else after_match(lines, named_groups_only(head, ()))


def cut_headers(layout: Layout, lines: Any, ascii_lines: Any) -> tuple[Any, Any] | None:
    """(which lines are ASCII header lines, each line's text after its header) in one pass of RE2's
    replace over all the lines, for messages read alone: a line the replace shortens is a header
    (its match is one of the header regex's), and no ASCII line it leaves whole may match the
    header (checked: those are few, a record's other lines); else None (the headers are told first)."""
    import pyarrow.compute as pc

    head = kernel_header(message_head(layout))  # (a syslog message's level word stays in it)
    if head is None:
        return None
    header = named_groups_only(head, ())
    rest = pc.replace_substring_regex(lines, "^(?:" + header.removeprefix("^") + ")", "")
    headers = pc.and_(ascii_lines, pc.less(pc.binary_length(rest), pc.binary_length(lines)))
    if pc.any(pc.match_substring_regex(lines.filter(pc.and_not(ascii_lines, headers)), header)).as_py():
        return None
    return headers, rest


# klog's quoted message (logfmt.quoted_text) with no backslash, ASCII: RE2 reads it as Python's
# possessive regex does (each value's end is where that regex's is: a closing quote, or a blank).
_BLANK = r"\t\n\x0b\x0c\r\x1c-\x1f "  # (Python's \s, in ASCII)
_PLAIN_QUOTED = rf'^"[^"\\]*"(?: +[^{_BLANK}="\\]+=(?:"[^"\\]*"|[^{_BLANK}"\\]*))* *$'


def plain_quoted(messages: Any, first: Any) -> tuple[Any, Any] | None:
    """Which messages are klog quoted messages without escapes (`_PLAIN_QUOTED`), among those
    starting with a quote (`first`), and their texts (between the first two quotes), or None."""
    import pyarrow as pa
    import pyarrow.compute as pc

    quoted = messages.filter(first)
    read = pc.and_(pc.string_is_ascii(quoted), pc.match_substring_regex(quoted, _PLAIN_QUOTED))
    if not read.true_count:
        return None
    zero = int64_array([0])[0]
    texts = pc.split_pattern(pc.utf8_slice_codeunits(quoted.filter(read), 1), '"', max_splits=1)
    return pc.replace_with_mask(first, first, read), pc.list_element(texts, zero).cast(pa.large_string())


def finished_array(messages: Any, quotes: bool, context: bool) -> Any | None:
    """`finish_messages` over an Arrow array of messages: those it may change (a quote first, or
    `may_have_context`'s test) read in Python and put back, but for klog's quoted messages without
    escapes, read in Arrow (`plain_quoted`); None where one is no UTF-8 then."""
    import pyarrow.compute as pc

    # (`quotes`, `context`: the block holds a quote, or context's marks; its messages may not)
    text = text_bytes(messages) if quotes or context else b""
    tab, padded = context and _tab_brace(text), context and _padded(text)
    first = pc.starts_with(messages, '"') if quotes and b'"' in text else None
    tests = [first] if first is not None else []
    if tab:
        tests.append(pc.and_(pc.match_substring(messages, "\t{"), pc.ends_with(messages, "}")))
    if padded:
        tests.append(pc.and_(pc.match_substring(messages, "  "), pc.match_substring(messages, "=")))
    may = tests[0] if tests else None
    for test in tests[1:]:
        may = pc.or_(may, test)
    if may is None or not may.true_count:
        return messages
    if first is not None and (read := plain_quoted(messages, first)) is not None:
        messages, may = pc.replace_with_mask(messages, read[0], read[1]), pc.and_not(may, read[0])
        if not may.true_count:
            return messages
    try:
        changed = finish_messages(messages.filter(may).to_pylist(), quotes, tab or padded)
        finished = list(map(str.encode, changed))
    except UnicodeEncodeError:  # (a lone surrogate unquoted)
        return None
    return pc.replace_with_mask(messages, may, text_array(finished))


def in_record_order(firsts: Any, others: list[str], first: Any) -> Any:
    """The messages of a block's records (Arrow) from `firsts`' and then `others`' (in record
    order each), `first` telling which records' come from `firsts` (Arrow booleans)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    one, before = int64_array([1, len(firsts) - 1])
    rank = pc.cumulative_sum(pc.cast(first, pa.int64()))  # (the records of each kind up to each)
    other_rank = pc.cumulative_sum(pc.cast(pc.invert(first), pa.int64()))
    at = pc.if_else(first, pc.subtract(rank, one), pc.add(other_rank, before))
    return pa.concat_arrays([firsts, text_array([text.encode() for text in others])]).take(at)
