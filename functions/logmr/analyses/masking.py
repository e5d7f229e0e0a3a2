"""What template mining masks in a message before Drain sees it: numbers, IPs, MACs, UUIDs and hex
ids (drain3's masker, with these regexes), and how much of a message is mined."""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter
from typing import Any

MAX_TEMPLATE_CHARS = 500
_DIGIT = re.compile(r"\d")

# Token boundaries: not preceded / followed by a letter or digit (drain3's examples spell these
# `((?<=[^A-Za-z0-9])|^)` and `((?=[^A-Za-z0-9])|$)`: the same, at twice the speed).
_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
#: (regex, mask name), applied in this order.
MASKS = (
    (_START + _UUID + _END, "UUID"),
    (_START + r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}" + _END, "IP"),  # a port after it: <IP>:<NUM>
    (_START + r"(([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2})" + _END, "MAC"),
    (_START + r"0[xX][0-9a-fA-F]+" + _END, "HEX"),
    # Java's identity hashes (`AppWindowToken{9f4ef63`) have 6 to 8 hex digits; 8 or more with a
    # letter are hex without a digit too (`mask=ffffffff`: no word is spelt so).
    (_START + r"(?=[0-9a-fA-F]*[a-fA-F])(?:(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{6,}|[0-9a-fA-F]{8,})" + _END, "HEX"),
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


def heads_of(messages: list[str]) -> list[str]:
    """head_of of each message (the messages themselves where none is cut)."""
    if max(map(len, messages), default=0) <= MAX_TEMPLATE_CHARS and "\n" not in "".join(messages):
        return messages
    return list(map(head_of, messages))


#: A dotted name before a colon, the subject of the message (`com.apple.icloud.fmfd.heartbeat: ...`):
#: a value, as word_columns reads dotted names (not `mapred.job.id is deprecated`: loghub's events).
_DOTTED = re.compile(r"[A-Za-z_][\w$-]*(?:\.[A-Za-z_][\w$-]*)+:")


def is_variable(token: str) -> bool:
    """A token that names a value rather than an event: with digits, or masked (even in part, as
    `host:<NUM>`), or already a wildcard, or a dotted name with a colon."""
    return any(c.isdigit() for c in token) or ("<" in token and ">" in token) or _DOTTED.fullmatch(token) is not None


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


#: Every digit as `1`: a message's digit shape.
_SHAPE = str.maketrans("0123456789", "1111111111")
_SHAPE_BYTES = bytes.maketrans(b"0123456789", b"1111111111")
#: Digit shapes remembered per process, then forgotten all at once (some 20 MB at most: a shape and its
#: masked text are at most MAX_TEMPLATE_CHARS each).
MAX_SHAPES = 20_000


def _one_pass() -> re.Pattern[str]:
    """MASKS as one regex, a branch per mask in their order (the branch that matched is the
    match's lastindex): the same masking as applying them one after another, in one scan."""
    inner = [regex[len(_START) : -len(_END)].replace("(", "(?:").replace("(?:?", "(?") for regex, _ in MASKS]
    return re.compile(_START + "(?:" + "|".join(f"({regex})" for regex in inner) + ")" + _END)


_ONE_PASS = _one_pass()
_NAMES = [f"<{name}>" for _, name in MASKS]


def digit_shape(text: str) -> str:
    """The text with every ASCII digit made a 1. str.translate is fast on ASCII text only (some
    80 ns a character otherwise: a dict looked up per character); UTF-8 keeps an ASCII digit one
    byte and no other character's bytes are digits, so other text is translated as bytes (lone
    surrogates kept as they are)."""
    if text.isascii():
        return text.translate(_SHAPE)
    return text.encode("utf-8", "surrogatepass").translate(_SHAPE_BYTES).decode("utf-8", "surrogatepass")


def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where the masks take a text, and each one's name."""
    return tuple((m.start(), m.end(), _NAMES[m.lastindex - 1]) for m in _ONE_PASS.finditer(text))  # type: ignore[operator]


def _masked(message: str, spans: tuple[tuple[int, int, str], ...]) -> str:
    parts, at = [], 0
    for start, end, name in spans:
        parts += [message[at:start], name]
        at = end
    parts.append(message[at:])
    return " ".join("".join(parts).split())


class _Unmasked:
    """A digit shape whose masks leave digits (`jk2_init() Found child 1111`): its messages'
    masked texts, each known from the message's digits outside the masks (where alone it
    differs from the shape), remembered for VARIANTS of them."""

    def __init__(self, shape: str, spans: tuple[tuple[int, int, str], ...]) -> None:
        at, left = 0, []
        for start, end, _ in (*spans, (len(shape), len(shape), "")):
            left += [i for i in range(at, start) if shape[i].isdigit()]
            at = end
        self.digits = itemgetter(*left)
        self.spans = spans
        self.masked: dict[Any, str] = {}


#: Masked texts remembered per digit shape whose masks leave digits, and in all (then forgotten
#: with the shapes: some 25 MB at most).
VARIANTS, MAX_VARIANTS = 256, 50_000


class ShapeMasker:
    """MASKS over a batch of messages, each message's words made single spaces, at the cost of
    one regex scan per digit shape. The masks read a digit only as a digit (`\\d`,
    `[0-9a-fA-F]`), but for `0x`, so a message and its digit shape (`blk_1111 served to
    11.1.1.111`) match them at the same places (a `0x` becomes a `1x`, which no mask takes, and
    is masked as itself): a shape's spans, found once, mask every message of that shape, and
    when they take every digit the masked shape is the masked message (else `_Unmasked`). Logs
    repeat few shapes with fresh values, so the regexes run once per shape, not once per line."""

    def __init__(self) -> None:
        self.shapes: dict[str, str | _Unmasked | None] = {}
        self.variants = 0

    @staticmethod
    def _learn(shape: str) -> str | _Unmasked | None:
        """The masked shape, or how to mask each message, or None: a `1x` may be a `0x`, so each
        message of the shape is masked as itself."""
        if "1x" in shape or "1X" in shape:
            return None
        spans = _spans(shape)
        masked = _masked(shape, spans)
        return _Unmasked(shape, spans) if _DIGIT.search(masked) else masked

    def mask(self, messages: list[str]) -> list[str]:
        shapes, out = self.shapes, []
        if len(shapes) > MAX_SHAPES or self.variants > MAX_VARIANTS:
            shapes.clear()
            self.variants = 0
        joined = "\n".join(messages)  # one translate for the batch: 7 times faster than one per message
        if joined.count("\n") == len(messages) - 1:
            shaped = digit_shape(joined).split("\n") if messages else []
        else:
            shaped = list(map(digit_shape, messages))
        for message, shape in zip(messages, shaped, strict=True):
            known = shapes.get(shape, False)
            if known is False:
                known = shapes[shape] = self._learn(shape)
            if known.__class__ is str:
                out.append(known)  # type: ignore[arg-type]
            elif known is None:
                out.append(_masked(message, _spans(message)))
            else:
                out.append(self._variant(known, message))  # type: ignore[arg-type]
        return out

    def _variant(self, unmasked: _Unmasked, message: str) -> str:
        key = unmasked.digits(message)
        found = unmasked.masked.get(key)
        if found is None:
            found = _masked(message, unmasked.spans)
            if len(unmasked.masked) < VARIANTS:
                unmasked.masked[key] = found
                self.variants += 1
        return found
