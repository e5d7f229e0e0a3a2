"""timeline: records per time bucket and level (events over time), with the error peaks.

A record's timestamp is read as ISO 8601 first (any offset; no offset means UTC), then in the other
layouts the formats produce (access logs' `01/Nov/2026:10:00:00 +0000`, syslog's year-less
`Nov  1 10:00:00`, which gets the `year` option, else the current year unless that puts it more
than two days ahead, then the year before; Hadoop's and HDFS's own),
or as seconds, milliseconds, microseconds or nanoseconds since 1970.
Buckets are aligned on the Unix epoch, so that days start at midnight UTC; records whose timestamp
cannot be read are counted as untimed.

Keys: [bucket start as "YYYY-MM-DDTHH:MM:SSZ" (None when untimed), level] -> records.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from ..formats import LEVELS, Record
from ..formats.base import SECOND, to_seconds
from ..formats.record import UNIX_EPOCH, parse_timestamp
from ..job import CountJob, JobOptionsError, KeyValue
from ..job.presentation import Bars, Column, Histogram, Table, Text

ERROR_LEVELS = ("ERROR", "FATAL")
CHART_POINTS = 240
PEAKS = 10
#: Chart intervals, in seconds: the series is drawn at the first one that gives CHART_POINTS or fewer.
NICE_INTERVALS = (1, 5, 10, 30, 60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(\d+)\s*([smhd]?)")
_CACHE_LIMIT = 100_000
# An ISO 8601 time to the second (its fraction and a zone of whole minutes after): `_minute_bucket`.
_YEARLESS_SECONDS = re.compile(r"([A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:)[0-5]\d(?:\.\d{1,6})?()", re.ASCII)
# A time to the second with its day and month before it, in CLF's layout (`01/Nov/2026:00:00:00
# +0000`) or ctime's with the year (`Sun Nov 01 00:00:00 2026`, Apache's error log): read a minute at a time too.
_WORDED_SECONDS = re.compile(
    r"(\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:)[0-5]\d"
    r"( [+-]\d{4}|(?:\.\d{1,6})? \d{4})",
    re.ASCII,
)
_MIXED = object()  # a minute whose seconds are read one by one
_ISO_SECONDS = re.compile(r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:)[0-5]\d((?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)", re.ASCII)
_SECOND = timedelta(seconds=1)
_BY_MINUTE = (_ISO_SECONDS, _YEARLESS_SECONDS, _WORDED_SECONDS)  # (the times read a minute at a time)


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_interval(value: str | int) -> int:
    """Seconds of an interval written as 30, "30s", "5m", "1h" or "1d"."""
    found = _INTERVAL.fullmatch(str(value).strip().lower())
    if found is None:
        raise JobOptionsError(f"bad interval {value!r}: write seconds or a number with s, m, h or d (5m, 1h)")
    seconds = int(found[1]) * _UNITS[found[2] or "s"]
    if not 1 <= seconds <= 7 * 86400:
        raise JobOptionsError(f"interval {value!r} must be between 1s and 7d")
    return seconds


def iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_of(text: str) -> int:
    """The epoch seconds of a bucket start written by iso()."""
    return int(datetime.fromisoformat(text).timestamp())


class TimelineOptions(msgspec.Struct, forbid_unknown_fields=True):
    interval: Annotated[
        str | int, Meta(description="bucket width: seconds, or a number with s, m, h or d (5m, 1h)")
    ] = "1m"
    year: Annotated[
        Annotated[int, Meta(ge=1970, le=9999)] | None,
        Meta(
            description="the year of timestamps written without one (syslog's RFC 3164); default the "
            "current year, the year before for dates more than two days ahead"
        ),
    ] = None

    def __post_init__(self) -> None:
        parse_interval(self.interval)


class Timeline(CountJob):
    name = "timeline"
    description = "Records per time bucket and level (events over time), with the error peaks."
    Options = TimelineOptions
    fields = ("timestamp", "level")
    #: The parser counts (timestamp without its sub-second digits, level) itself; map_counts buckets them.
    count_fields = (SECOND, "level")
    presentation = [
        Histogram(
            "Records per {chart_interval|duration} (UTC)",
            rows="series",
            time="time",
            parts="levels",
            total="total",
            interval="chart_interval",
            drill=True,
        ),
        Text("{untimed|count} records without a readable timestamp", when="untimed"),
        Bars("Error peaks (ERROR + FATAL per bucket)", rows="peaks", label="time", value="errors", label_format="time"),
        Table(
            "Records per {@interval|duration} ({total|count} timed, {untimed|count} untimed)",
            rows="series",
            columns=[
                Column("from (UTC)", "time", "time"),
                Column("records", "total", "compact"),
                Column("errors", ["levels.ERROR", "levels.FATAL"], "compact"),
                Column("", "total", "bar"),
            ],
            fold=24,
            interval="chart_interval",
        ),
        Table(
            "Error peaks",
            rows="peaks",
            columns=[Column("from (UTC)", "time", "time"), Column("ERROR and FATAL records", "errors", "count")],
            limit=3,
        ),
    ]

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.interval = parse_interval(self.options.interval)
        self._now = utc_now()
        self._buckets: dict[str, str | None] = {}  # timestamps in layouts other than ISO 8601
        self._starts: dict[int, str] = {}
        self._minutes: dict[str, str | object | None] = {}  # ISO 8601 minutes (`_minute_bucket`)
        self._seconds: dict[str | None, str | None] = {}  # `map_counts`' texts, read once a task

    def bucket(self, text: str | None) -> str | None:
        """The start of the bucket a timestamp falls in, or None when it cannot be read."""
        if not text:
            return None
        found = self._buckets.get(text, False)  # (a text read in another layout before)
        if found is not False:
            return found
        try:
            if text.isdigit():  # epoch numbers, never ISO 8601's basic `YYYYMMDD...` (as the filters read them)
                raise ValueError(text)
            when = datetime.fromisoformat(text)
        except ValueError:
            if len(self._buckets) > _CACHE_LIMIT:
                self._buckets.clear()
            found = self._buckets[text] = self._other_layouts(text)
            return found
        return self._floor(when)

    def _other_layouts(self, text: str) -> str | None:
        # (epoch seconds, or milli-, micro-, nanoseconds as pino and zap write them, included)
        when = parse_timestamp(text, self.options.year, self._now)
        return None if when is None else self._floor(when)

    def _floor(self, when: datetime) -> str | None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        epoch = (when - UNIX_EPOCH) // _SECOND  # exact, and the floor before 1970 too
        start = epoch - epoch % self.interval
        text = self._starts.get(start)
        if text is None:
            if len(self._starts) > _CACHE_LIMIT:
                self._starts.clear()
            try:
                text = iso(start)
            except (ValueError, OverflowError, OSError):  # past 9999 once in UTC: no bucket to show
                return None
            self._starts[start] = text
        return text

    def map(self, record: Record) -> Iterable[KeyValue]:
        yield (self.bucket(record.timestamp), record.level), 1

    def map_batch(self, columns: dict[str, list[Any]]) -> Counter:
        # Read each distinct second once: sub-second digits are dropped first, in bulk.
        return self.map_counts(Counter(zip(to_seconds(columns["timestamp"]), columns["level"], strict=True)))

    def map_counts(self, counts: dict[tuple[Any, ...], int]) -> Counter:
        """(bucket, level) counts from (timestamp to the second, level) counts."""
        buckets: Counter = Counter()
        starts = self._seconds  # (a second's levels, and the blocks after, read once)
        if len(starts) > _CACHE_LIMIT:
            starts.clear()
        bucket = self._minute_bucket if self.interval % 60 == 0 else self.bucket
        for (text, level), n in counts.items():
            start = starts[text] if text in starts else starts.setdefault(text, bucket(text))
            buckets[(start, level)] += n
        return buckets

    def _minute_bucket(self, text: str | None) -> str | None:
        """`bucket(text)` for an interval of whole minutes, read once a minute where every second
        of the minute (00 to 59) falls in one bucket: an ISO 8601 time whose zone is whole minutes
        always; a year-less one, or one in CLF's or ctime's layout, where its minute's first and last
        seconds are read in one bucket."""
        found = next(filter(None, (shape.fullmatch(text) for shape in _BY_MINUTE)), None) if text else None
        if found is None:
            return self.bucket(text)
        minute = f"{found[1]}00{found[2] or ''}"
        start = self._minutes.get(minute, False)
        if start is False:
            start = self._minute_start(minute, f"{found[1]}59{found[2] or ''}", found.re is _ISO_SECONDS)
            if len(self._minutes) > _CACHE_LIMIT:
                self._minutes.clear()
            self._minutes[minute] = start
        return self.bucket(text) if start is _MIXED else start

    def _minute_start(self, first: str, last: str, iso: bool) -> str | object | None:
        """The bucket of a minute's seconds (its `first` and `last` one written alike), or _MIXED."""
        if iso:
            try:
                datetime.fromisoformat(first)
            except ValueError:  # (the other layouts' reading: each text's own)
                return _MIXED
            return self.bucket(first)
        start = self.bucket(first)  # (a year-less time's year is the same for all, or differs at the ends)
        return start if start is not None and start == self.bucket(last) else _MIXED

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        """Totals, the chart series and the error peaks, in memory bounded by the chart's points
        and the buckets that have errors (not by all the buckets: 1s buckets over a month are 2.6M)."""
        chart = _Chart(self.interval)
        errors: dict[int, int] = {}
        levels: Counter = Counter()
        untimed = 0
        for (start, level), count in results:
            if start is None:
                untimed += count
                continue
            epoch = epoch_of(start)
            chart.add(epoch, level, count)
            levels[level] += count
            if level in ERROR_LEVELS:
                errors[epoch] = errors.get(epoch, 0) + count
        summary: dict[str, Any] = {
            "interval": self.interval,
            "total": sum(levels.values()),
            "untimed": untimed,
            "levels": {level: levels.get(level, 0) for level in LEVELS},
        }
        if chart.first is None:
            return summary | {"first": None, "last": None, "chart_interval": self.interval, "series": [], "peaks": []}
        peaks = heapq.nsmallest(PEAKS, errors.items(), key=lambda item: (-item[1], item[0]))
        return summary | {
            "first": iso(chart.first),
            "last": iso(chart.last + self.interval),
            "chart_interval": chart.step,
            "series": chart.series(),
            "peaks": [{"time": iso(start), "errors": n} for start, n in peaks],
        }


class _Chart:
    """Counts per level at a step that grows (to the next nice multiple, else double) whenever the
    span of the data would need CHART_POINTS or more points: bounded, whatever the interval."""

    def __init__(self, interval: int) -> None:
        self.step = interval
        self.first: int | None = None
        self.last: int | None = None
        self.points: dict[int, Counter] = {}

    def add(self, start: int, level: str, count: int) -> None:
        if self.first is None or start < self.first:
            self.first = start
        if self.last is None or start > self.last:
            self.last = start
        while (self.last - self.first) // self.step >= CHART_POINTS:
            self._coarsen()
        self.points.setdefault(start - start % self.step, Counter())[level] += count

    def _coarsen(self) -> None:
        step = next((s for s in NICE_INTERVALS if s > self.step and s % self.step == 0), 2 * self.step)
        points: dict[int, Counter] = {}
        for start, counts in self.points.items():
            points.setdefault(start - start % step, Counter()).update(counts)
        self.step, self.points = step, points

    def series(self) -> list[dict[str, Any]]:
        """Every point from the first to the last: quiet periods show as zeros."""
        assert self.first is not None and self.last is not None
        found = []
        for start in range(self.first - self.first % self.step, self.last + 1, self.step):
            counts = self.points.get(start, Counter())
            found.append({"time": iso(start), "total": sum(counts.values()), "levels": _levels(counts)})
        return found


def _levels(counts: Counter) -> dict[str, int]:
    return {level: counts[level] for level in LEVELS if counts.get(level)}
