"""Timestamps as text logs write them: a library of layouts, each a regex and a way to ISO 8601.

Header inference (`header.py`) tries every layout at the start of a line's fields; the layout it
learns for a file names one of these by key. `normalize_time` turns a timestamp written in any of
them into ISO 8601 (`2026-11-30T12:00:00.123000+00:00`, no offset when none is written) so that
every analysis reads one form. Layouts without a year (syslog's `Nov 30 12:00:00`, klog's
`1130 12:00:00.123456`) become syslog's year-less `Nov 30 12:00:00`, whose year the timeline
analysis chooses (its `year` option). A time of day alone is no instant: None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import NamedTuple

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTH_NUMBER = {name: f"{i:02d}" for i, name in enumerate(MONTHS, 1)}
_ZONE = r"(?:Z|[+-]\d\d:?\d\d|UTC|GMT)"


class TimeLayout(NamedTuple):
    key: str
    pattern: str  # no capture groups; never spans a newline
    parts: str  # the same text with the parts the normaliser reads as groups (`_parts` compiles it)
    to_iso: Callable[[re.Match[str]], str | None]
    bracketed: bool = False  # only ever a bracket's whole text (a kernel's uptime: any number otherwise)


@cache
def _parts(key: str) -> re.Pattern[str]:
    """A layout's `parts`, compiled when a job first reads a time of that layout (a run compiles
    the few its files use, not all of them at import)."""
    return re.compile(BY_KEY[key].parts)


def _fraction(text: str | None) -> str:
    return "." + (text + "00000")[:6] if text else ""


def _zone(text: str | None) -> str:
    if not text:
        return ""
    if text in ("Z", "UTC", "GMT"):
        return "+00:00"
    return text if ":" in text else text[:3] + ":" + text[3:]


def _iso(m: re.Match[str]) -> str:
    y, mo, d, hms, frac, zone = m.groups()
    return f"{y}-{mo}-{d}T{hms}{_fraction(frac)}{_zone(zone)}"


def _month_name(m: re.Match[str]) -> str:
    mon, d, hms, frac = m.groups()
    return f"{mon} {int(d):02d} {hms}{_fraction(frac)}"


def _month_number(m: re.Match[str]) -> str | None:
    mo, d, hms = m.group(1), m.group(2), m.group(3)
    if not 1 <= int(mo) <= 12:
        return None
    return f"{MONTHS[int(mo) - 1]} {d} {hms}"


def _ctime(m: re.Match[str]) -> str:
    mon, d, hms, frac, y = m.groups()
    return f"{y}-{_MONTH_NUMBER[mon]}-{int(d):02d}T{hms}{_fraction(frac)}"


def _short_year(m: re.Match[str]) -> str:
    y, mo, d, h, mi, s = m.groups()
    return f"20{y}-{mo}-{d}T{h}:{mi}:{s}"


def _hour(hour: str, half: str) -> int:
    """A 12-hour clock's hour (`12 AM` is 0) on the 24-hour clock."""
    return int(hour) % 12 + (12 if half == "PM" else 0)


def _twelve_hour(m: re.Match[str]) -> str:
    mon, d, y, h, rest, half = m.groups()
    return f"{y}-{_MONTH_NUMBER[mon]}-{int(d):02d}T{_hour(h, half):02d}:{rest}"


def _us_twelve_hour(month: str, day: str, year: str, hour: str, rest: str, half: str) -> str | None:
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}T{_hour(hour, half):02d}:{rest}"


def _compact(m: re.Match[str]) -> str:
    y, mo, d, h, mi, s, ms = m.groups()
    return f"{y}-{mo}-{d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{int(ms):03d}000"


def _day_month_name(m: re.Match[str]) -> str:
    d, mon, y, hms, zone = m.groups()
    return f"{y}-{_MONTH_NUMBER[mon]}-{d}T{hms}{_zone(zone)}"


def _epoch(m: re.Match[str]) -> str | None:
    value = float(m.group(0))
    while value >= 1e11:  # milli-, micro-seconds
        value /= 1000
    return datetime.fromtimestamp(value, UTC).isoformat()


_HMS = r"\d\d:\d\d:\d\d"
# (LXC's fourteen glued digits, with a fraction only: a month, a day, an hour, minutes and seconds
# that can be, so that a sum or an id written so is no time; no lookaround: RE2's kernels read it)
_GLUED_DATE_TIME = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
# Most specific first: the first layout that fits a field is the one learned.
LAYOUTS: tuple[TimeLayout, ...] = (
    TimeLayout(
        "iso",
        rf"\d{{4}}-\d\d-\d\d[T ]{_HMS}(?:[.,]\d+)?(?: ?{_ZONE})?(?!\d|:\d)",  # (lighttpd's `14:39:37: `)
        rf"(\d{{4}})-(\d\d)-(\d\d)[T ]({_HMS})(?:[.,](\d+))?(?: ?({_ZONE}))?",
        _iso,
    ),
    TimeLayout(  # (Munin's `2026/12/03-19:38:44`; commons-logging's `2026/12/04 13:59:17:710 UTC`: a zone only so)
        "ymd_slash",
        rf"\d{{4}}/\d\d/\d\d(?: - |[T -]){_HMS}(?:[.,]\d+|:\d{{3}}(?: {_ZONE})?)?(?![\d:])",  # (Gin's ` - `)
        rf"(\d{{4}})/(\d\d)/(\d\d)(?: - |[T -])({_HMS})(?:[.,:](\d+))?(?: ({_ZONE}))?",
        _iso,
    ),
    TimeLayout(  # (Icecast's `2026-12-02  17:26:44`: two spaces; a layout of its own, so `iso` keeps its width)
        "iso_wide",
        rf"\d{{4}}-\d\d-\d\d  {_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d{{4}})-(\d\d)-(\d\d)  ({_HMS})(?:[.,](\d+))?()",
        _iso,
    ),
    TimeLayout(  # (stunnel's `2026.12.02 17:26:36`)
        "ymd_dot",
        rf"\d{{4}}\.\d\d\.\d\d[T ]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d{{4}})\.(\d\d)\.(\d\d)[T ]({_HMS})(?:[.,](\d+))?()",
        _iso,
    ),
    TimeLayout(
        "ymd_dotted",
        r"\d{4}-\d\d-\d\d-\d\d\.\d\d\.\d\d(?:\.\d+)?(?![\d.])",
        r"(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)(?:\.(\d+))?",
        lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{_fraction(m[7])}",
    ),
    TimeLayout(  # (Paramiko's `20261203-14:57:53.525`, the Zabbix agent's `20261203:145813.884`, LXC's
        "ymd_compact",  # `20261203221738.434`: its fourteen digits only with a fraction)
        rf"(?:\d{{8}}(?:[T:]\d{{6}}|[T -]{_HMS})(?:[.,]\d+)?|\d{{4}}{_GLUED_DATE_TIME}[.,]\d+)"
        r"(?:Z|[+-]\d\d:?\d\d)?(?![\d:])",
        r"(\d{4})(\d\d)(\d\d)[T :-]?(\d\d):?(\d\d):?(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?",
        lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{_fraction(m[7])}{_zone(m[8])}",
    ),
    TimeLayout(  # (console-stamp's default `dd.mm.yyyy HH:MM.ss.l`, Node's: `04.12.2026 16:06.44.212`)
        "dmy_dotted_clock",
        r"\d\d\.\d\d\.\d{4} \d\d:\d\d\.\d\d\.\d{3}(?![\d:.])",
        r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)\.(\d\d)\.(\d+)",
        lambda m: f"{m[3]}-{m[2]}-{m[1]}T{m[4]}:{m[5]}:{m[6]}{_fraction(m[7])}",
    ),
    TimeLayout(
        "dmy_dotted",
        rf"\d\d\.\d\d\.\d{{4}}[ T]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)\.(\d\d)\.(\d{{4}})[ T]({_HMS})(?:[.,](\d+))?",
        lambda m: f"{m[3]}-{m[2]}-{m[1]}T{m[4]}{_fraction(m[5])}",
    ),
    TimeLayout(
        "day_month_year",
        # (Tomcat's `02-Dec-2026 07:59:21.251`, Erlang's `2-Dec-2026::14:35:24.894461`)
        # (and PHP's error_log: `02-Dec-2026 17:27:54 UTC`)
        rf"\d\d?(?: {_MONTH} |-{_MONTH}-)\d{{4}}(?: |::){_HMS}(?:[.,]\d+)?(?: (?:UTC|GMT|[+-]\d{{4}}))?(?![\d:])",
        rf"(\d\d?)[ -]({_MONTH})[ -](\d{{4}})(?: |::)({_HMS})(?:[.,](\d+))?(?: (UTC|GMT|[+-]\d{{4}}))?",
        lambda m: f"{m[3]}-{_MONTH_NUMBER[m[2]]}-{int(m[1]):02d}T{m[4]}{_fraction(m[5])}{_zone(m[6])}",
    ),
    TimeLayout(  # (JavaScript's `Date.prototype.toString`, InspIRCd's: `Fri Dec 04 2026 14:05:23 GMT+0000 (UTC)`)
        "js_date",
        rf"{_WEEKDAY} {_MONTH} \d\d \d{{4}} {_HMS}(?: GMT[+-]\d{{4}}(?: \([\w .+:-]*\))?)?(?![\d:])",
        rf"{_WEEKDAY} ({_MONTH}) (\d\d) (\d{{4}}) ({_HMS})(?: GMT([+-]\d{{4}}))?",
        lambda m: f"{m[3]}-{_MONTH_NUMBER[m[1]]}-{m[2]}T{m[4]}{_zone(m[5])}",
    ),
    TimeLayout(  # (and `date`'s default, a shell script's `$(date)`: `Fri Dec  4 16:06:44 UTC 2026`)
        "ctime",
        rf"{_WEEKDAY} {_MONTH} +\d\d? {_HMS}(?:\.\d+)? (?:(?:UTC|GMT) )?\d{{4}}(?!\d)",
        rf"{_WEEKDAY} ({_MONTH}) +(\d\d?) ({_HMS})(?:\.(\d+))? (?:(?:UTC|GMT) )?(\d{{4}})",
        _ctime,
    ),
    TimeLayout(
        "month_day_year_12h",
        rf"{_MONTH} \d\d?, \d{{4}} \d\d?:\d\d:\d\d [AP]M",
        rf"({_MONTH}) (\d\d?), (\d{{4}}) (\d\d?):(\d\d:\d\d) ([AP]M)",
        _twelve_hour,
    ),
    TimeLayout(
        "day_month_name",
        rf"\d\d/{_MONTH}/\d{{4}}:{_HMS}(?: [+-]\d{{4}})?",
        rf"(\d\d)/({_MONTH})/(\d{{4}}):({_HMS})(?: ([+-]\d{{4}}))?",
        _day_month_name,
    ),
    TimeLayout(
        "syslog",
        rf"{_MONTH} +\d\d? {_HMS}(?:\.\d+)?(?![\d:])",
        rf"({_MONTH}) +(\d\d?) ({_HMS})(?:\.(\d+))?",
        _month_name,
    ),
    TimeLayout(  # (knockd's `[2026-12-04 16:40] `: to the minute)
        "iso_minute",
        r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?![\d:.,])",
        r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d)",
        lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:00",
    ),
    TimeLayout(  # (MPD's `Dec 03 18:08 : player: ...`: to the minute, its seconds none)
        "syslog_minute",
        rf"{_MONTH} +\d\d? \d\d:\d\d(?![\d:])",
        rf"({_MONTH}) +(\d\d?) (\d\d:\d\d)",
        lambda m: f"{m[1]} {int(m[2]):02d} {m[3]}:00",
    ),
    TimeLayout(  # (Node-RED's `3 Dec 19:38:44 - [info] `: the day first, no year)
        "day_month",
        rf"\d\d? {_MONTH} {_HMS}(?:\.\d+)?(?![\d:])",
        rf"(\d\d?) ({_MONTH}) ({_HMS})(?:\.(\d+))?",
        lambda m: f"{m[2]} {int(m[1]):02d} {m[3]}{_fraction(m[4])}",
    ),
    TimeLayout("yymmdd_hhmmss", r"\d{6} \d{6}(?!\d)", r"(\d\d)(\d\d)(\d\d) (\d\d)(\d\d)(\d\d)", _short_year),
    TimeLayout(  # (Tornado's `261202 14:32:25`)
        "yymmdd_hms",
        rf"\d{{6}} {_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)(\d\d)(\d\d) ({_HMS})(?:[.,](\d+))?",
        lambda m: f"20{m[1]}-{m[2]}-{m[3]}T{m[4]}{_fraction(m[5])}",
    ),
    TimeLayout(
        "yy_mm_dd",
        rf"\d\d/\d\d/\d\d {_HMS}(?![\d:])",
        r"(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)",
        _short_year,
    ),
    TimeLayout(  # (JavaScript's `toLocaleString("en-US")`: NestJS' `12/03/2026, 4:41:04 AM`)
        "mdy_12h",
        r"\d\d?/\d\d?/\d{4}, \d\d?:\d\d:\d\d [AP]M",
        r"(\d\d?)/(\d\d?)/(\d{4}), (\d\d?):(\d\d:\d\d) ([AP]M)",
        lambda m: _us_twelve_hour(*m.groups()),
    ),
    TimeLayout(
        "mdy_slash",
        rf"\d\d/\d\d/\d{{4}}[ T]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)/(\d\d)/(\d{{4}})[ T]({_HMS})(?:[.,](\d+))?",
        lambda m: f"{m[3]}-{m[1]}-{m[2]}T{m[4]}{_fraction(m[5])}",
    ),
    TimeLayout(
        "ymd_compact_ms",
        r"\d{8}-\d\d?:\d\d?:\d\d?:\d{1,3}(?!\d)",
        r"(\d{4})(\d\d)(\d\d)-(\d\d?):(\d\d?):(\d\d?):(\d{1,3})",
        _compact,
    ),
    # Year-less month and day as numbers: klog's mmdd, Android's mm-dd, Proxifier's mm.dd.
    TimeLayout("mmdd", rf"\d{{4}} {_HMS}\.\d+(?![\d:])", rf"(\d\d)(\d\d) ({_HMS}(?:\.\d{{1,6}})?)", _month_number),
    TimeLayout(
        "mm_dd", rf"\d\d-\d\d {_HMS}(?:\.\d+)?(?![\d:])", rf"(\d\d)-(\d\d) ({_HMS}(?:\.\d{{1,6}})?)", _month_number
    ),
    TimeLayout("mm_dot_dd", rf"\d\d\.\d\d {_HMS}(?![\d:])", rf"(\d\d)\.(\d\d) ({_HMS})", _month_number),
    TimeLayout(  # (log15's terminal format and go-ethereum's: `[12-04|13:59:15.123]`)
        "mm_dd_pipe",
        rf"\d\d-\d\d\|{_HMS}(?:\.\d+)?(?![\d:])",
        rf"(\d\d)-(\d\d)\|({_HMS}(?:\.\d{{1,6}})?)",
        _month_number,
    ),
    TimeLayout("epoch", r"1\d{9}(?:\.\d+)?(?![\d.])|1\d{12}(?!\d)|1\d{15}(?!\d)", r".+", _epoch),
    # Seconds since boot (the kernel's ring buffer, dmesg: `[    0.000047] `; Xorg's `[ 59801.190] `): no instant.
    TimeLayout("uptime", r"[ \t]*\d+\.\d{3}(?:\d{3})?(?![\d.])", r".+", lambda m: None, bracketed=True),
    TimeLayout("time_of_day", rf"{_HMS}(?:[.,]\d+)?(?![\d:])", r".+", lambda m: None),
    # (Go's `time.Kitchen`, `3:04PM`: zerolog's console writer's default; a time of day too)
    TimeLayout("kitchen", r"(?:1[0-2]|0?[1-9]):[0-5]\d[AP]M(?![\w:])", r".+", lambda m: None),
)
BY_KEY = {layout.key: layout for layout in LAYOUTS}


def time_to_iso(key: str, text: str) -> str | None:
    """A timestamp written in the layout `key` as ISO 8601 (or year-less syslog form), None if
    it is no instant."""
    layout = BY_KEY[key]
    found = _parts(key).match(text)
    if found is None:
        return None
    try:
        return layout.to_iso(found)
    except (ValueError, OverflowError, OSError):
        return None


@cache
def _any() -> list[tuple[str, re.Pattern[str]]]:
    return [(layout.key, re.compile(layout.pattern + r"\Z")) for layout in LAYOUTS]


def normalize_time(text: str) -> str | None:
    """A timestamp in any known layout as `time_to_iso` gives it; None when no layout fits."""
    for key, pattern in _any():
        if pattern.match(text):
            return time_to_iso(key, text)
    return None
