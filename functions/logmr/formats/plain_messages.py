"""A plain-text record's message from its header line's message text, as `PlainTextFormat._record`
reads it: klog's quoted structured message unquoted (logfmt.quoted_message), else the context
fields a console logger writes after the message cut off (context.py). Shared by the block path
(plain.py) and the columnar kernel (plain_kernel.py, which finds where each header ends on RE2).
"""

from __future__ import annotations

from collections.abc import Container
from itertools import compress, repeat
from typing import Any

from .columnar import match_ends, named_groups_only
from .context import may_any_have_context, may_have_context, without_context
from .header_regex import fast_header, kernel_header
from .layout import Layout
from .logfmt import quoted_text


def quoted(messages: list[str]) -> list[int]:
    """Where a message starts with a quote (klog's structured records)."""
    return list(compress(range(len(messages)), map(str.startswith, messages, repeat('"'))))


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


def header_ends(layout: Layout, lines: Any) -> list[int] | None:
    """Where each of these ASCII header lines (Arrow) ends, its message following: the whole
    header regex's match, read with its fast form where that matches every line (the same
    slots: header_regex.py); None where the layout has no kernel regex."""
    head = kernel_header(layout)
    if head is None:
        return None
    fast = fast_header(layout, tuple(f"s{at}" for at in range(len(layout))), None)
    return match_ends(lines, named_groups_only(head, ()), fast and named_groups_only(fast[0], ()))
