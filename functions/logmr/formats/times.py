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
from functools import cache
from typing import NamedTuple

from .time_forms import (
    MONTH_NUMBER,
    MONTHS,
    compact,
    ctime,
    day_month_name,
    epoch,
    fraction,
    hex_epoch,
    iso,
    month_name,
    month_number,
    month_number_time,
    short_year,
    tai64n,
    twelve_hour,
    us_twelve_hour,
    zone,
)

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
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


_HMS = r"\d\d:\d\d:\d\d"
_MM, _DD = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"  # (a month's and a day's numbers, no other)
_MONTH_DAY = rf"{_MM}/{_DD}"  # (the fast alerts' `MM/DD`)
# (LXC's fourteen glued digits, with a fraction only: a month, a day, an hour, minutes and seconds
# that can be, so that a sum or an id written so is no time; no lookaround: RE2's kernels read it)
_GLUED_DATE_TIME = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
# Most specific first: the first layout that fits a field is the one learned.
LAYOUTS: tuple[TimeLayout, ...] = (
    TimeLayout(
        "iso",
        rf"\d{{4}}-\d\d-\d\d[T ]{_HMS}(?:[.,]\d+)?(?: ?{_ZONE})?(?!\d|:\d)",  # (lighttpd's `14:39:37: `)
        rf"(\d{{4}})-(\d\d)-(\d\d)[T ]({_HMS})(?:[.,](\d+))?(?: ?({_ZONE}))?",
        iso,
    ),
    TimeLayout(  # (Munin's `2026/12/03-19:38:44`; commons-logging's `2026/12/04 13:59:17:710 UTC`: a zone only so)
        "ymd_slash",
        rf"\d{{4}}/\d\d/\d\d(?: - |[T -]){_HMS}(?:[.,]\d+|:\d{{3}}(?: {_ZONE})?)?(?![\d:])",  # (Gin's ` - `)
        rf"(\d{{4}})/(\d\d)/(\d\d)(?: - |[T -])({_HMS})(?:[.,:](\d+))?(?: ({_ZONE}))?",
        iso,
    ),
    TimeLayout(  # (Icecast's `2026-12-02  17:26:44`: two spaces; a layout of its own, so `iso` keeps its width)
        "iso_wide",
        rf"\d{{4}}-\d\d-\d\d  {_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d{{4}})-(\d\d)-(\d\d)  ({_HMS})(?:[.,](\d+))?()",
        iso,
    ),
    TimeLayout(  # (runit's svlogd `-tt`: `2026-12-04_19:53:32.38602`, in UTC)
        "iso_underscore",
        rf"\d{{4}}-\d\d-\d\d_{_HMS}(?:\.\d+)?(?![\d:])",
        rf"(\d{{4}})-(\d\d)-(\d\d)_({_HMS})(?:\.(\d+))?()",
        iso,
    ),
    TimeLayout(  # (stunnel's `2026.12.02 17:26:36`)
        "ymd_dot",
        rf"\d{{4}}\.\d\d\.\d\d[T ]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d{{4}})\.(\d\d)\.(\d\d)[T ]({_HMS})(?:[.,](\d+))?()",
        iso,
    ),
    TimeLayout(
        "ymd_dotted",
        r"\d{4}-\d\d-\d\d-\d\d\.\d\d\.\d\d(?:\.\d+)?(?![\d.])",
        r"(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)(?:\.(\d+))?",
        lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{fraction(m[7])}",
    ),
    TimeLayout(  # (Paramiko's `20261203-14:57:53.525`, the Zabbix agent's `20261203:145813.884`, LXC's
        "ymd_compact",  # `20261203221738.434`: its fourteen digits only with a fraction)
        rf"(?:\d{{8}}(?:[T:]\d{{6}}|[T -]{_HMS})(?:[.,]\d+)?|\d{{4}}{_GLUED_DATE_TIME}[.,]\d+)"
        r"(?:Z|[+-]\d\d:?\d\d)?(?![\d:])",
        r"(\d{4})(\d\d)(\d\d)[T :-]?(\d\d):?(\d\d):?(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?",
        lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{fraction(m[7])}{zone(m[8])}",
    ),
    TimeLayout(  # (console-stamp's default `dd.mm.yyyy HH:MM.ss.l`, Node's: `04.12.2026 16:06.44.212`)
        "dmy_dotted_clock",
        r"\d\d\.\d\d\.\d{4} \d\d:\d\d\.\d\d\.\d{3}(?![\d:.])",
        r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)\.(\d\d)\.(\d+)",
        lambda m: f"{m[3]}-{m[2]}-{m[1]}T{m[4]}:{m[5]}:{m[6]}{fraction(m[7])}",
    ),
    TimeLayout(
        "dmy_dotted",
        rf"\d\d\.\d\d\.\d{{4}}[ T]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)\.(\d\d)\.(\d{{4}})[ T]({_HMS})(?:[.,](\d+))?",
        lambda m: f"{m[3]}-{m[2]}-{m[1]}T{m[4]}{fraction(m[5])}",
    ),
    TimeLayout(
        "day_month_year",
        # (Tomcat's `02-Dec-2026 07:59:21.251`, Erlang's `2-Dec-2026::14:35:24.894461`)
        # (and PHP's error_log: `02-Dec-2026 17:27:54 UTC`)
        rf"\d\d?(?: {_MONTH} |-{_MONTH}-)\d{{4}}(?: |::){_HMS}(?:[.,]\d+)?(?: (?:UTC|GMT|[+-]\d{{4}}))?(?![\d:])",
        rf"(\d\d?)[ -]({_MONTH})[ -](\d{{4}})(?: |::)({_HMS})(?:[.,](\d+))?(?: (UTC|GMT|[+-]\d{{4}}))?",
        lambda m: f"{m[3]}-{MONTH_NUMBER[m[2]]}-{int(m[1]):02d}T{m[4]}{fraction(m[5])}{zone(m[6])}",
    ),
    TimeLayout(  # (JavaScript's `Date.prototype.toString`, InspIRCd's: `Fri Dec 04 2026 14:05:23 GMT+0000 (UTC)`)
        "js_date",
        rf"{_WEEKDAY} {_MONTH} \d\d \d{{4}} {_HMS}(?: GMT[+-]\d{{4}}(?: \([\w .+:-]*\))?)?(?![\d:])",
        rf"{_WEEKDAY} ({_MONTH}) (\d\d) (\d{{4}}) ({_HMS})(?: GMT([+-]\d{{4}}))?",
        lambda m: f"{m[3]}-{MONTH_NUMBER[m[1]]}-{m[2]}T{m[4]}{zone(m[5])}",
    ),
    TimeLayout(  # (and `date`'s default, a shell script's `$(date)`: `Fri Dec  4 16:06:44 UTC 2026`)
        "ctime",
        rf"{_WEEKDAY} {_MONTH} +\d\d? {_HMS}(?:\.\d+)? (?:(?:UTC|GMT) )?\d{{4}}(?!\d)",
        rf"{_WEEKDAY} ({_MONTH}) +(\d\d?) ({_HMS})(?:\.(\d+))? (?:(?:UTC|GMT) )?(\d{{4}})",
        ctime,
    ),
    TimeLayout(
        "month_day_year_12h",
        rf"{_MONTH} \d\d?, \d{{4}} \d\d?:\d\d:\d\d [AP]M",
        rf"({_MONTH}) (\d\d?), (\d{{4}}) (\d\d?):(\d\d:\d\d) ([AP]M)",
        twelve_hour,
    ),
    TimeLayout(
        "day_month_name",
        rf"\d\d/{_MONTH}/\d{{4}}:{_HMS}(?: [+-]\d{{4}})?",
        rf"(\d\d)/({_MONTH})/(\d{{4}}):({_HMS})(?: ([+-]\d{{4}}))?",
        day_month_name,
    ),
    TimeLayout(
        "syslog",
        rf"{_MONTH} +\d\d? {_HMS}(?:\.\d+)?(?![\d:])",
        rf"({_MONTH}) +(\d\d?) ({_HMS})(?:\.(\d+))?",
        month_name,
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
        lambda m: f"{m[2]} {int(m[1]):02d} {m[3]}{fraction(m[4])}",
    ),
    TimeLayout("yymmdd_hhmmss", r"\d{6} \d{6}(?!\d)", r"(\d\d)(\d\d)(\d\d) (\d\d)(\d\d)(\d\d)", short_year),
    TimeLayout(  # (Tornado's `261202 14:32:25`)
        "yymmdd_hms",
        rf"\d{{6}} {_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)(\d\d)(\d\d) ({_HMS})(?:[.,](\d+))?",
        lambda m: f"20{m[1]}-{m[2]}-{m[3]}T{m[4]}{fraction(m[5])}",
    ),
    TimeLayout(
        "yy_mm_dd",
        rf"\d\d/\d\d/\d\d {_HMS}(?![\d:])",
        r"(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)",
        short_year,
    ),
    TimeLayout(  # (Suricata's and suricata-update's `4/12/2026 -- 23:48:53`: the day first)
        "dmy_dashes",
        rf"\d\d?/\d\d?/\d{{4}} -- {_HMS}(?![\d:])",
        rf"(\d\d?)/(\d\d?)/(\d{{4}}) -- ({_HMS})",
        lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}T{m[4]}",
    ),
    TimeLayout(  # (JavaScript's `toLocaleString("en-US")`: NestJS' `12/03/2026, 4:41:04 AM`)
        "mdy_12h",
        r"\d\d?/\d\d?/\d{4}, \d\d?:\d\d:\d\d [AP]M",
        r"(\d\d?)/(\d\d?)/(\d{4}), (\d\d?):(\d\d:\d\d) ([AP]M)",
        lambda m: us_twelve_hour(*m.groups()),
    ),
    TimeLayout(  # (Suricata's and Snort's fast alerts: `12/04/2026-23:10:02.794600`; Snort's without the year)
        "mdy_dash",
        rf"{_MONTH_DAY}/\d{{4}}-{_HMS}(?:\.\d+)?(?![\d:])",
        rf"(\d\d)/(\d\d)/(\d{{4}})-({_HMS})(?:\.(\d+))?",
        lambda m: f"{m[3]}-{m[1]}-{m[2]}T{m[4]}{fraction(m[5])}",
    ),
    TimeLayout(
        "md_dash", rf"{_MONTH_DAY}-{_HMS}(?:\.\d+)?(?![\d:])", rf"(\d\d)/(\d\d)-({_HMS}(?:\.\d{{1,6}})?)", month_number
    ),
    TimeLayout(
        "mdy_slash",
        rf"\d\d/\d\d/\d{{4}}[ T]{_HMS}(?:[.,]\d+)?(?![\d:])",
        rf"(\d\d)/(\d\d)/(\d{{4}})[ T]({_HMS})(?:[.,](\d+))?",
        lambda m: f"{m[3]}-{m[1]}-{m[2]}T{m[4]}{fraction(m[5])}",
    ),
    TimeLayout(
        "ymd_compact_ms",
        r"\d{8}-\d\d?:\d\d?:\d\d?:\d{1,3}(?!\d)",
        r"(\d{4})(\d\d)(\d\d)-(\d\d?):(\d\d?):(\d\d?):(\d{1,3})",
        compact,
    ),
    # Year-less month and day as numbers: klog's mmdd, Android's mm-dd, Proxifier's mm.dd.
    TimeLayout("mmdd", rf"\d{{4}} {_HMS}\.\d+(?![\d:])", rf"(\d\d)(\d\d) ({_HMS}(?:\.\d{{1,6}})?)", month_number),
    TimeLayout(  # (Chromium's, Electron's and CEF's logs: `1205/022413.609340`)
        "mmdd_slash",
        rf"{_MM}{_DD}/(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d+)?(?![\d:])",
        r"(\d\d)(\d\d)/(\d\d)(\d\d)(\d\d)(\.\d{1,6})?",
        lambda m: month_number_time(m[1], m[2], f"{m[3]}:{m[4]}:{m[5]}{m[6] or ''}"),
    ),
    TimeLayout(
        "mm_dd", rf"\d\d-\d\d {_HMS}(?:\.\d+)?(?![\d:])", rf"(\d\d)-(\d\d) ({_HMS}(?:\.\d{{1,6}})?)", month_number
    ),
    TimeLayout("mm_dot_dd", rf"\d\d\.\d\d {_HMS}(?![\d:])", rf"(\d\d)\.(\d\d) ({_HMS})", month_number),
    TimeLayout(  # (log15's terminal format and go-ethereum's: `[12-04|13:59:15.123]`)
        "mm_dd_pipe",
        rf"\d\d-\d\d\|{_HMS}(?:\.\d+)?(?![\d:])",
        rf"(\d\d)-(\d\d)\|({_HMS}(?:\.\d{{1,6}})?)",
        month_number,
    ),
    TimeLayout("tai64n", r"@4000[0-9a-f]{20}(?![0-9a-f])", r"@([0-9a-f]{16})([0-9a-f]{8})", tai64n),  # (multilog's `t`)
    # (OpenLDAP 2.5's and 2.6's debug lines: `time(NULL)` `.` nanoseconds, in hex; 2012 to 2038)
    TimeLayout(
        "hex_epoch", r"[5-7][0-9a-f]{7}\.[0-3][0-9a-f]{7}(?![0-9a-f])", r"([0-9a-f]{8})\.([0-9a-f]{8})", hex_epoch
    ),
    TimeLayout("epoch", r"1\d{9}(?:\.\d+)?(?![\d.])|1\d{12}(?!\d)|1\d{15}(?!\d)", r".+", epoch),
    # Seconds since boot (the kernel's ring buffer, dmesg: `[    0.000047] `; Xorg's `[ 59801.190] `): no instant.
    TimeLayout("uptime", r"[ \t]*\d+\.\d{3}(?:\d{3})?(?![\d.])", r".+", lambda m: None, bracketed=True),
    TimeLayout("time_of_day", rf"{_HMS}(?:[.,]\d+)?(?![\d:])", r".+", lambda m: None),
    # (GStreamer's debug log: the pipeline's running time, `0:00:00.000164664`: no instant)
    TimeLayout("running_time", r"\d:\d\d:\d\d\.\d{9}(?![\d:])", r".+", lambda m: None),
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
