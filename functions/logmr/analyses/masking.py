"""What template mining masks in a message before Drain sees it: numbers, IPs, MACs, UUIDs and hex
ids (drain3's masker, with these regexes), and how much of a message is mined."""

from __future__ import annotations

from functools import cache
from typing import Any

MAX_TEMPLATE_CHARS = 500

# Token boundaries: not preceded / followed by a letter or digit (drain3's examples spell these
# `((?<=[^A-Za-z0-9])|^)` and `((?=[^A-Za-z0-9])|$)`: the same, at twice the speed).
_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
#: (regex, mask name), applied in this order.
MASKS = (
    (_START + _UUID + _END, "UUID"),
    (_START + r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d{1,5})?" + _END, "IP"),
    (_START + r"(([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2})" + _END, "MAC"),
    (_START + r"0[xX][0-9a-fA-F]+" + _END, "HEX"),
    (_START + r"(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}" + _END, "HEX"),
    (_START + r"[-+]?\d+(\.\d+)?" + _END, "NUM"),
)


@cache
def masker() -> Any:
    """drain3's masker for MASKS (drain3 is imported on first use: it costs 30 ms at every start)."""
    from drain3.masking import LogMasker, MaskingInstruction

    return LogMasker([MaskingInstruction(regex, name) for regex, name in MASKS], "<", ">")


def head_of(message: str) -> str:
    """What is mined of a message: its first line (a stack trace's exception), at most
    MAX_TEMPLATE_CHARS characters (keys stay small, however long the messages)."""
    if len(message) > MAX_TEMPLATE_CHARS or "\n" in message:
        return message.partition("\n")[0][:MAX_TEMPLATE_CHARS]
    return message


def is_variable(token: str) -> bool:
    """A token that names a value rather than an event: with digits, or masked (even in part, as
    `host:<NUM>`), or already a wildcard."""
    return any(c.isdigit() for c in token) or ("<" in token and ">" in token)


def mask_all(masker: Any | None, messages: list[str]) -> list[str]:
    """Each message masked (as is without a masker). No mask can match a newline, and each needs a
    non-alphanumeric character or an end on both sides, which a newline is: so the block's messages
    joined by newlines are masked in one pass per mask, unless a message holds a newline itself."""
    if masker is None:
        return messages
    text = "\n".join(messages)
    if text.count("\n") == len(messages) - 1:
        return masker.mask(text).split("\n")
    return [masker.mask(message) for message in messages]
