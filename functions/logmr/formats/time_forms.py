"""How a timestamp's parts, as a layout of times.py matches them, are written as ISO 8601 (or as
syslog's year-less form): one function a family of layouts."""

from __future__ import annotations

import re
from datetime import UTC, datetime

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NUMBER = {name: f"{i:02d}" for i, name in enumerate(MONTHS, 1)}


def fraction(text: str | None) -> str:
    return "." + (text + "00000")[:6] if text else ""


def zone(text: str | None) -> str:
    if not text:
        return ""
    if text in ("Z", "UTC", "GMT"):
        return "+00:00"
    return text if ":" in text else text[:3] + ":" + text[3:]


def iso(m: re.Match[str]) -> str:
    y, mo, d, hms, frac, offset = m.groups()
    return f"{y}-{mo}-{d}T{hms}{fraction(frac)}{zone(offset)}"


def month_name(m: re.Match[str]) -> str:
    mon, d, hms, frac = m.groups()
    return f"{mon} {int(d):02d} {hms}{fraction(frac)}"


def month_number(m: re.Match[str]) -> str | None:
    return month_number_time(m.group(1), m.group(2), m.group(3))


def month_number_time(mo: str, d: str, hms: str) -> str | None:
    """A year-less month and day as numbers, and a time: syslog's year-less form."""
    if not 1 <= int(mo) <= 12:
        return None
    return f"{MONTHS[int(mo) - 1]} {d} {hms}"


def ctime(m: re.Match[str]) -> str:
    mon, d, hms, frac, y = m.groups()
    return f"{y}-{MONTH_NUMBER[mon]}-{int(d):02d}T{hms}{fraction(frac)}"


def short_year(m: re.Match[str]) -> str:
    y, mo, d, h, mi, s = m.groups()
    return f"20{y}-{mo}-{d}T{h}:{mi}:{s}"


def _hour(hour: str, half: str) -> int:
    """A 12-hour clock's hour (`12 AM` is 0) on the 24-hour clock."""
    return int(hour) % 12 + (12 if half == "PM" else 0)


def twelve_hour(m: re.Match[str]) -> str:
    mon, d, y, h, rest, half = m.groups()
    return f"{y}-{MONTH_NUMBER[mon]}-{int(d):02d}T{_hour(h, half):02d}:{rest}"


def us_twelve_hour(month: str, day: str, year: str, hour: str, rest: str, half: str) -> str | None:
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}T{_hour(hour, half):02d}:{rest}"


def compact(m: re.Match[str]) -> str:
    y, mo, d, h, mi, s, ms = m.groups()
    return f"{y}-{mo}-{d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{int(ms):03d}000"


def day_month_name(m: re.Match[str]) -> str:
    d, mon, y, hms, offset = m.groups()
    return f"{y}-{MONTH_NUMBER[mon]}-{d}T{hms}{zone(offset)}"


def epoch(m: re.Match[str]) -> str:
    value = float(m.group(0))
    while value >= 1e11:  # milli-, micro-seconds
        value /= 1000
    return datetime.fromtimestamp(value, UTC).isoformat()


# A TAI64N label (daemontools' multilog, s6-log, runit's svlogd `-t`): 2^62 + TAI seconds, then
# nanoseconds, in hex. TAI runs ahead of UTC: 10 s when TAI64 was defined, as daemontools'
# `tai64nlocal` reads it (libtai's own table knows no leap second since).
_TAI64_BASE = 2**62 + 10


def tai64n(m: re.Match[str]) -> str | None:
    return _seconds_nanos(int(m[1], 16) - _TAI64_BASE, int(m[2], 16))


def _seconds_nanos(seconds: int, nanos: int) -> str | None:
    """Seconds since the epoch and nanoseconds as ISO 8601 in UTC (None: nanoseconds past a second)."""
    if nanos >= 10**9:
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{nanos // 1000:06d}+00:00"


def hex_epoch(m: re.Match[str]) -> str | None:
    """OpenLDAP's `6b10ef43.13dcf7f1`: seconds since the epoch, then nanoseconds, in hex."""
    return _seconds_nanos(int(m[1], 16), int(m[2], 16))
