"""A message followed by its logger's context fields, as two common console layouts write them:

- zap's development (console) encoder: the message, a tab, and the fields as one JSON object
  (`service started\\t{"order_id": 1234}`);
- structlog's ConsoleRenderer (its default output): the event padded with spaces, then the
  context as `key=value` pairs, values as Python's repr writes them
  (`payment failed                 order_id=1234 customer='Zoë'`).

The message is the text before them; the fields stay in the record's raw text. A message
followed by anything else, or by pairs after a single space (`connecting host=db-1`: part of the
sentence), is left whole.

And, where a file's layout says so (TRAILING_META: header_marks.py learns it where its messages
end with such an object on some of the sample's lines), winston's `format.simple()`: the message,
a blank, and the record's other properties as one JSON object (`JSON.stringify`), its
`format.timestamp()` among them (`listening {"timestamp":"2026-12-02T07:47:21.033Z"}`): the
message is the text before it, and its timestamp the record's where the header has none.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from .record import parse_timestamp

_KEY, _VALUE = r"[A-Za-z_][\w.-]*", r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s'"]\S*"""
_PAIR = rf"{_KEY}=(?:{_VALUE})"
_PADDED_PAIRS = re.compile(rf"(.*?\S) {{2,}}{_PAIR}(?: {_PAIR})*", re.S)


def may_have_context(message: str) -> bool:
    """Whether `without_context` could cut the message (a cheap test first)."""
    return ("\t{" in message and message.endswith("}")) or ("  " in message and "=" in message)


def may_any_have_context(messages: list[str]) -> bool:
    """Whether `may_have_context` may hold for any of the messages: one scan of them all, where
    the double space of a header (`INFO  [main]`) makes every line's test run in vain."""
    joined = "\n".join(messages)
    return "\t{" in joined or ("  " in joined and "=" in joined)


def without_context(message: str) -> str:
    """The message without the context fields that follow it (module docstring), else itself."""
    tab = message.rfind("\t{")
    if tab > 0 and message.endswith("}") and message[:tab].strip() and _json_object(message[tab + 1 :]) is not None:
        return message[:tab]
    if "  " in message and "=" in message:
        found = _PADDED_PAIRS.fullmatch(message)
        if found is not None:
            return found[1]
    return message


TRAILING_META = "tmeta"  # (a layout's last pseudo-slot: header_marks.py)
_META_TIMES = ("timestamp", "time", "ts", "@timestamp")  # (winston's `format.timestamp()` writes the first)


def split_meta(message: str) -> tuple[str, dict[str, Any] | None]:
    """The message before the JSON object that ends it after a blank (winston's `format.simple()`),
    and that object; else (message, None)."""
    if not message.endswith("}"):
        return message, None
    at = message.find(' {"')
    while at > 0:
        meta = _json_object(message[at + 1 :])
        if meta is not None and message[:at].strip():
            return message[:at], meta
        at = message.find(' {"', at + 1)
    return message, None


def _json_object(text: str) -> dict[str, Any] | None:
    """`text` decoded where it is one JSON object, else None."""
    try:
        value = msgspec.json.decode(text)
    except msgspec.DecodeError:
        return None
    return value if isinstance(value, dict) else None


def _is_time(value: Any) -> bool:
    return isinstance(value, str) and parse_timestamp(value) is not None  # (not `"time":"13ms"`)


def with_meta(record: Any) -> None:
    """A record's message without its trailing JSON object (split_meta), its time from the object's
    where the header gave none."""
    record.message, meta = split_meta(record.message)
    if meta is not None and record.timestamp is None:
        record.timestamp = next((meta[key] for key in _META_TIMES if _is_time(meta.get(key))), None)


# zerolog's ConsoleWriter, where a file's layout says so (TRAILING_PAIRS: header_marks.py learns it
# from the header's levels, TRC DBG INF WRN ERR FTL PNC): the message, then the event's fields as
# `key=value`, sorted, one blank apart (`user login ip=203.0.113.7 user="jürgen"`): the message is
# the text before the last run of pairs, the pairs are fields, a `service=` (`component=`, `module=`,
# `logger=`) the record's service.
TRAILING_PAIRS = "tpairs"
_ONE_PAIR = re.compile(rf"(?:^|(?<= ))({_KEY})=({_VALUE})")  # (a pair at a word's start, its key and value)
_SERVICE_KEYS = ("service", "component", "module", "logger")


def split_pairs(message: str) -> tuple[str, dict[str, str]]:
    """The message before the run of `key=value` pairs that ends it, and those pairs (Go's quoted
    values decoded); else (message, {})."""
    from .logfmt import unquote

    found = list(_ONE_PAIR.finditer(message))  # (one pass: a run searched for from each blank was quadratic)
    if not found or found[-1].end() != len(message):
        return message, {}
    first = len(found) - 1  # (the run: the pairs that end the message, one blank apart)
    while first and found[first - 1].end() + 1 == found[first].start() and message[found[first].start() - 1] == " ":
        first -= 1
    run = found[first:]
    pairs = {pair[1]: unquote(pair[2]) if pair[2][:1] == '"' else pair[2] for pair in run}
    return message[: run[0].start()].rstrip(" "), pairs  # (log15 pads a message to its column)


def without_pairs(message: str) -> tuple[str, dict[str, str]]:
    """split_pairs, and the colon that ends the message before them (hclog's `message: k=v`) cut too."""
    message, pairs = split_pairs(message)
    return (message[:-1] if pairs and message.endswith(":") else message), pairs


def with_pairs(record: Any, default_service: str | None) -> None:
    """A record's message without its trailing pairs (split_pairs), each a field, its service named by one."""
    record.message, pairs = without_pairs(record.message)
    record.fields.update(pairs)
    named = next((pairs[key] for key in _SERVICE_KEYS if pairs.get(key)), None)
    if named is not None and record.service is default_service:
        record.service = named


def _json_tail(text: str) -> str | None:
    """The text before the JSON array or object that ends it after a blank (the last that decodes), else None."""
    at = len(text) if text.endswith(("]", "}")) else -1
    while at > 0:
        at = max(text.rfind(" {", 0, at), text.rfind(" [", 0, at))
        if at >= 0:
            try:
                msgspec.json.decode(text[at + 1 :])
                return text[:at]
            except msgspec.DecodeError:
                continue
    return None


def without_monolog_context(message: str) -> str:
    """A Monolog (Laravel) line's message without the `%context% %extra%` JSON its LineFormatter writes after
    it (`... {"order_id":1} []`, `... [] []`), where both are there; else the message."""
    rest = _json_tail(message)
    message_only = None if rest is None else _json_tail(rest)
    return message if message_only is None else message_only
