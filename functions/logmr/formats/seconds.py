"""A block's timestamps to the second: sub-second digits dropped in bulk (never changing the second
a later reading takes: timeline's bucket, formats/record.py parse_timestamp), so that a block
counts each distinct second once."""

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from operator import itemgetter, le
from typing import Any

_NONE = type(None)
TEXT_TYPES = frozenset((str, _NONE))

# A time's sub-second digits, which never change its second: ISO 8601's fraction, a year-less
# time's (klog's `Nov 01 10:00:00.123456`), the last three digits of epoch milliseconds (12-14
# digits). (ASCII digits: others are no time either way.)
# (Led by the separator, so that the regex engine skips ahead to each `.` or `,` before looking behind.)
_ISO_FRACTION = re.compile(
    r"[.,](?<=^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[.,])\d{1,9}(?=(?:Z|[+-]\d\d:\d\d)?$)", re.M | re.ASCII
)
_YEARLESS_FRACTION = re.compile(r"(?<=^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)\.\d{1,6}$", re.M | re.ASCII)


# Epoch numbers by the digits of their whole part (formats/record.py parse_epoch's magnitude rule):
# up to 11 digits are seconds, 14 milli-, 17 micro-, 20 nanoseconds; the digits below the second.
_EPOCH_CUTS = ((11, 0), (14, 3), (17, 6), (20, 9))
# Whole parts that datetime.fromisoformat, which reads a time before any epoch rule does, may take
# with the `.` that follows them: as a separator (YYYYMMDD.HHMM) or a time's fraction (YYYYMMDD?HH.f).
_ISO_LIKE_WHOLE = frozenset((8, 11, 13, 15))


def _epoch_second(text: str) -> str:
    """The second of an epoch number written as text (ASCII digits, possibly with a fraction), as
    digits that every later reading takes for that same second; any other text as it is."""
    whole, dot, fraction = text.partition(".")
    if not (whole.isascii() and whole.isdigit()):
        return text
    if dot and (len(whole) in _ISO_LIKE_WHOLE or not (fraction.isascii() and (fraction.isdigit() or not fraction))):
        return text
    digits = whole.lstrip("0") or "0"
    for most, drop in _EPOCH_CUTS:
        if len(digits) <= most:
            return digits[: len(digits) - drop]
    return text  # past 20 digits: the second itself would read as milliseconds


def _epoch_texts(texts: list[str]) -> list[str]:
    """_epoch_second of each text; in one slice per text when they are all digits of one length
    without a leading zero (a block of journald's or pino's times)."""
    drop = _sliced_digits(texts, min(texts)) if texts else None
    if drop is None:
        return list(map(_epoch_second, texts))
    return list(map(itemgetter(slice(-drop)), texts)) if drop else texts


def _sliced_digits(texts: list[str], least: str) -> int | None:
    """The digits _epoch_second drops from the end of each text, where all are ASCII digits of one
    length without a leading zero (`least`: the smallest of them): 0 for seconds, and past 20
    digits (kept whole); None for any other texts."""
    if len(set(map(len, texts))) != 1:
        return None
    joined = "".join(texts)
    if not (joined.isascii() and joined.isdigit()) or least[0] == "0":
        return None
    return next((drop for most, drop in _EPOCH_CUTS if len(least) <= most), 0)


def epoch_seconds(numbers: list[Any], kinds: set[type]) -> list[int] | None:
    """The second of each epoch number (JSON's ints or floats, of the given types) as its text
    reads (parse_epoch), in bulk: for ints all in one unit, or floats all of 9 or 10 whole digits
    (seconds, written with no exponent and not read as ISO 8601); None for any other column."""
    if kinds == {float}:
        return list(map(int, numbers)) if _float_seconds(min(numbers), max(numbers)) else None
    unit = _epoch_unit(min(numbers), max(numbers)) if kinds == {int} else None
    if unit is None:
        return None
    return numbers if unit == 1 else list(map(unit.__rfloordiv__, numbers))


def _float_seconds(low: float, high: float) -> bool:
    """Whether floats from `low` to `high` are all epoch seconds of 9 or 10 whole digits."""
    return low >= 1e8 and high < 1e10


def _epoch_unit(low: int, high: int) -> int | None:
    """What ints from `low` to `high` are divided by for their second (1 for seconds): the unit
    of the highest's digits, None where the lowest is negative or in a smaller unit."""
    floor = 0
    for most, drop in _EPOCH_CUTS:
        if high < 10**most:
            return None if low < floor else 10**drop
        floor = 10**most
    return None


def to_seconds(timestamps: list[Any]) -> list[Any]:
    """The timestamps without their sub-second digits (the same seconds, fewer distinct values):
    ISO 8601 fractions dropped, epoch numbers cut to their second; None and empty stay untimed
    (empty). Numbers (JSON's, not yet text) give int seconds where `epoch_seconds` reads them all
    in bulk, else the second of their text."""
    kinds = set(map(type, timestamps))
    if not TEXT_TYPES.issuperset(kinds):
        seconds = epoch_seconds(timestamps, kinds)
        if seconds is not None:
            return seconds
        return _text_seconds(["" if t is None else t if isinstance(t, str) else str(t) for t in timestamps])
    return _text_seconds(["" if t is None else t for t in timestamps] if _NONE in kinds else timestamps)


def _text_seconds(texts: list[str]) -> list[str]:
    head = texts[0] if texts else ""
    if head[:1].isdigit() and head.partition(".")[0].isdigit():
        return _epoch_texts(texts)
    if not (head[:1].isdigit() or head[:1].isupper()):
        return texts
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a timestamp holding a line break
        return texts
    if head[:1].isdigit():
        sliced = _one_shape(texts, joined)
        if sliced is not None:
            return sliced
    return (_ISO_FRACTION if head[:1].isdigit() else _YEARLESS_FRACTION).sub("", joined).split("\n")


_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _one_shape(texts: list[str], joined: str) -> list[str] | None:
    """The ISO 8601 times without their fraction, in one slice per time, when they are all
    written alike (their ASCII digits aside): the substitution of _ISO_FRACTION, which reads
    only that shape, then drops the same characters from each (none when the first has no
    fraction: logrus's and zerolog's `2026-11-01T00:00:00Z`; a `Z` after one goes with it, in one
    slice rather than two and a join: slog's `2026-11-01T00:00:00.000116945Z` is read at the same
    second as `2026-11-01T00:00:00`)."""
    span = _fraction(texts, joined)
    if span is None:
        return None
    start, end = span
    head = texts[0]
    if end == len(head) or head[end:] == "Z":  # (UTC's Z with it: a time with no offset is read as UTC)
        return texts if start == end else list(map(itemgetter(slice(start)), texts))
    return [text[:start] + text[end:] for text in texts]


def _fraction(texts: list[str], joined: str) -> tuple[int, int] | None:
    """Where each time's fraction is (empty at the end of the second where it has none), when they
    are all written alike, ASCII digits aside; None otherwise."""
    head = texts[0]
    if not joined.isascii() or len(joined) != len(texts) * (len(head) + 1) - 1:
        return None
    shape = head.encode().translate(_DIGITS_AS_ZERO)
    if joined.encode().translate(_DIGITS_AS_ZERO) != b"\n".join([shape] * len(texts)):
        return None
    found = _ISO_FRACTION.search(head)
    return (len(head), len(head)) if found is None else found.span()


# Runs are read where they are few: at most one for this many times on average (else counting each
# time costs less than finding the runs).
RUN_LENGTH = 16


def second_runs(timestamps: list[Any]) -> list[tuple[str, int, int]] | None:
    """to_seconds of ISO 8601 times all written alike and in order (a log's lines, as most are),
    as runs: (second, first index, end index), each second cut once for its run rather than once
    a time. None for any other list (epoch numbers, a time out of order, a zone after a fraction)."""
    head = timestamps[0] if timestamps else None
    if type(head) is not str or not head[:1].isdigit() or head.partition(".")[0].isdigit():
        return None
    if not _in_order(timestamps):
        return None
    joined = "\n".join(timestamps)
    span = None if joined.count("\n") != len(timestamps) - 1 else _fraction(timestamps, joined)
    if span is None or (span[1] != len(head) and head[span[1] :] != "Z"):
        return None
    # (times alike and in order: those of a second are together, before the second and any ASCII after it)
    return _runs(timestamps, lambda at: timestamps[at][: span[0]], lambda second: second + "\x7f", bisect_left)


def epoch_runs(values: list[Any]) -> list[tuple[Any, int, int]] | None:
    """to_seconds of epoch numbers in order (JSON's ints or floats that epoch_seconds reads in bulk,
    or digits of one length with no leading zero, as _epoch_texts slices them) as runs: (second,
    first index, end index), each second found once for its run by bisection rather than cut from
    each value. None for any other list."""
    head = values[0] if values else None
    if head is None or (type(head) is str and not head.isdigit()) or not _in_order(values):
        return None
    if type(head) is str:  # (in order: all texts, the first the least)
        drop = _sliced_digits(values, head)
        if drop is None:
            return None
        if not drop:
            return _runs(values, values.__getitem__, lambda second: second, bisect_right)
        return _runs(values, lambda at: values[at][:-drop], lambda second: second + "\x7f", bisect_left)
    kinds, low, high = set(map(type, values)), head, values[-1]  # (in order: all numbers, the least first)
    if kinds == {float}:
        fits = _float_seconds(low, high)
        return _runs(values, lambda at: int(values[at]), lambda second: second + 1, bisect_left) if fits else None
    unit = _epoch_unit(low, high) if kinds == {int} else None
    if unit is None:
        return None
    return _runs(values, lambda at: values[at] // unit, lambda second: (second + 1) * unit, bisect_left)


def equal_runs(values: list[Any]) -> list[tuple[Any, int, int]] | None:
    """(value, first index, end index) of each run of equal values, where the values are in order;
    None otherwise."""
    if not values or not _in_order(values):
        return None
    return _runs(values, values.__getitem__, lambda value: value, bisect_right)


def _in_order(values: list[Any]) -> bool:
    try:
        return all(map(le, values, islice(values, 1, None)))
    except TypeError:  # (texts and numbers, or None, among them)
        return False


def _runs(values: list[Any], value_at: Any, bound: Any, bisect: Any) -> list[tuple[Any, int, int]] | None:
    """The runs of values in order: each run's value, from `value_at` its first index, and its end
    (`bisect` of the run value's `bound`); None past one run for RUN_LENGTH values."""
    runs: list[tuple[Any, int, int]] = []
    at, most = 0, len(values) // RUN_LENGTH + 1
    while at < len(values):
        if len(runs) == most:
            return None
        value = value_at(at)
        end = bisect(values, bound(value), at)
        runs.append((value, at, end))
        at = end
    return runs
