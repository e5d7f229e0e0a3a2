"""timeline: records per time bucket and level equal DuckDB's, whatever the timestamp layout."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from helpers import LOGHUB, run_job
from logmr.formats import LEVELS
from logmr.job import JobOptionsError, load_job


def _json_log(path: Path, lines: int, seed: int) -> None:
    """JSON lines with ISO timestamps in several spellings and offsets, and some unreadable ones."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 1, 22, 0, tzinfo=UTC)
    with path.open("w") as out:
        for _ in range(lines):
            when = start + timedelta(seconds=rng.randint(0, 4 * 3600), milliseconds=rng.randint(0, 999))
            kind = rng.randrange(6)
            if kind == 0:
                stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            elif kind == 1:
                stamp = when.astimezone(datetime.now().astimezone().tzinfo).isoformat()
            elif kind == 2:
                stamp = when.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")  # naive: UTC
            elif kind == 3:
                stamp = (when + timedelta(hours=5, minutes=30)).strftime("%Y-%m-%dT%H:%M:%S+05:30")
            elif kind == 4:
                stamp = (when - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S-08:00")
            else:
                stamp = rng.choice(["", "yesterday", "not a time"])
            level = rng.choice(LEVELS)
            out.write(json.dumps({"timestamp": stamp, "level": level, "message": "m"}) + "\n")


def test_timeline_equals_duckdb(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    _json_log(log, 20_000, seed=5)
    rows, result = run_job(
        "timeline", [log], tmp_path / "out", options={"interval": "5m"}, split_size=64 * 1024, partitions=3, workers=2
    )
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    reference = con.execute(
        f"""
        SELECT strftime(to_timestamp(floor(epoch(t) / 300) * 300), '%Y-%m-%dT%H:%M:%SZ') AS bucket, level, count(*)
        FROM (SELECT try_cast(timestamp AS TIMESTAMPTZ) AS t, level
              FROM read_json('{log}', format='newline_delimited', columns={{timestamp: 'VARCHAR', level: 'VARCHAR'}}))
        GROUP BY ALL
        """
    ).fetchall()
    expected = {(bucket, level): n for bucket, level, n in reference}
    assert rows == expected
    summary = result["summary"]
    assert summary["untimed"] == sum(n for (bucket, _), n in expected.items() if bucket is None) > 0
    assert summary["total"] + summary["untimed"] == 20_000
    assert summary["first"] == min(b for b, _ in expected if b) and summary["interval"] == 300


def test_summary_fills_quiet_periods_and_ranks_error_peaks(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    events = [("2026-11-01T10:00:05Z", "ERROR")] * 3 + [("2026-11-01T10:00:30Z", "INFO")] * 2
    events += [("2026-11-01T10:03:59Z", "FATAL")] * 5 + [("2026-11-01T10:05:00Z", "WARN")]
    log.write_text("".join(json.dumps({"time": t, "level": lv, "msg": "x"}) + "\n" for t, lv in events))
    _, result = run_job("timeline", [log], tmp_path / "out", options={"interval": 60})
    summary = result["summary"]
    assert [point["time"][11:16] for point in summary["series"]] == [
        "10:00",
        "10:01",
        "10:02",
        "10:03",
        "10:04",
        "10:05",
    ]
    assert [point["total"] for point in summary["series"]] == [5, 0, 0, 5, 0, 1]
    assert summary["series"][0]["levels"] == {"INFO": 2, "ERROR": 3}
    assert summary["peaks"] == [
        {"time": "2026-11-01T10:03:00Z", "errors": 5},
        {"time": "2026-11-01T10:00:00Z", "errors": 3},
    ]
    assert (summary["first"], summary["last"]) == ("2026-11-01T10:00:00Z", "2026-11-01T10:06:00Z")


@pytest.mark.parametrize(
    ("system", "options", "first"),
    [
        ("HDFS", {}, "2008-11-09T20:36:00Z"),  # 081109 203615
        ("Hadoop", {}, "2015-10-18T18:01:00Z"),  # 2015-10-18 18:01:47,978
        ("Spark", {}, "2017-06-09T20:10:00Z"),  # 17/06/09 20:10:40
        ("Apache", {}, "2005-12-04T04:47:00Z"),  # Sun Dec 04 04:47:44 2005
        ("Linux", {"year": 2005}, "2005-06-14T15:16:00Z"),  # Jun 14 15:16:01, no year
    ],
)
def test_layouts_of_real_logs(tmp_path: Path, system: str, options: dict, first: str) -> None:
    _, result = run_job("timeline", [LOGHUB / system / f"{system}_2k.log"], tmp_path / "out", options=options)
    summary = result["summary"]
    assert summary["untimed"] == 0 and summary["total"] == 2000
    assert summary["first"] == first


def test_access_log_offsets_are_converted_to_utc(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(
        '1.2.3.4 - - [01/Nov/2026:10:00:00 +0200] "GET / HTTP/1.1" 200 1\n'
        '1.2.3.4 - - [01/Nov/2026:08:00:59 +0000] "GET / HTTP/1.1" 500 1\n'
    )
    rows, _ = run_job("timeline", [log], tmp_path / "out", options={"interval": "1h"})
    assert rows == {("2026-11-01T08:00:00Z", "INFO"): 1, ("2026-11-01T08:00:00Z", "ERROR"): 1}


@pytest.mark.parametrize("interval", ["5x", "0", "8d", "-1m"])
def test_bad_intervals_say_what_to_fix(interval: str) -> None:
    with pytest.raises(JobOptionsError, match="interval"):
        load_job("timeline", {"interval": interval})


def test_epoch_timestamps_in_any_unit(tmp_path: Path) -> None:
    log = tmp_path / "pino.jsonl"
    moment = datetime(2026, 11, 1, 10, 7, 30, tzinfo=UTC).timestamp()
    stamps = [int(moment), moment + 0.25, int(moment * 1000), int(moment * 1_000_000), int(moment * 1e9)]
    log.write_text("".join(json.dumps({"time": t, "level": 30, "msg": "x"}) + "\n" for t in stamps))
    rows, _ = run_job("timeline", [log], tmp_path / "out", options={"interval": "5m"})
    assert rows == {("2026-11-01T10:05:00Z", "INFO"): 5}


def test_the_chart_stays_small_whatever_the_interval(tmp_path: Path) -> None:
    """One-second buckets over three days: the series is drawn at a coarser step, every record in it."""
    log = tmp_path / "app.jsonl"
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rng = random.Random(9)
    seconds = sorted(rng.randint(0, 3 * 86400) for _ in range(5000))
    log.write_text(
        "".join(
            json.dumps({"time": (start + timedelta(seconds=s)).isoformat(), "level": "ERROR" if s % 7 == 0 else "INFO"})
            + "\n"
            for s in seconds
        )
    )
    rows, result = run_job("timeline", [log], tmp_path / "out", options={"interval": "1s"}, partitions=3)
    summary = result["summary"]
    assert len(rows) > 4000 and summary["interval"] == 1
    assert summary["chart_interval"] == 1800 and len(summary["series"]) <= 240
    assert sum(point["total"] for point in summary["series"]) == 5000
    per_step = Counter((start + timedelta(seconds=s - s % 1800)).strftime("%Y-%m-%dT%H:%M:%SZ") for s in seconds)
    assert {p["time"]: p["total"] for p in summary["series"] if p["total"]} == per_step
    errors = sorted((-sum(1 for s in seconds if s == t), t) for t in set(seconds) if t % 7 == 0)[:10]
    assert [p["errors"] for p in summary["peaks"]] == [-n for n, _ in errors]
    _, odd = run_job("timeline", [log], tmp_path / "odd", options={"interval": "7s"})
    assert odd["summary"]["chart_interval"] % 7 == 0 and len(odd["summary"]["series"]) <= 240


def test_yearless_dates_ahead_of_now_are_last_years(monkeypatch) -> None:
    from logmr.analyses import timeline

    monkeypatch.setattr(timeline, "utc_now", lambda: datetime(2026, 3, 1, 12, tzinfo=UTC))
    job = timeline.Timeline({"interval": "1d"})
    assert job.bucket("Nov 20 10:00:00") == "2025-11-20T00:00:00Z"  # read in March: last November
    assert job.bucket("Feb 27 10:00:00") == "2026-02-27T00:00:00Z"
    assert job.bucket("Mar  2 23:00:00") == "2026-03-02T00:00:00Z"  # a clock a little ahead
    pinned = timeline.Timeline({"interval": "1d", "year": 2030})
    assert pinned.bucket("Nov 20 10:00:00") == "2030-11-20T00:00:00Z"


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=2)


@st.composite
def _timestamp(draw) -> str | None:
    kind = draw(st.sampled_from(["iso", "epoch", "other"]))
    if kind == "iso":
        year = draw(st.sampled_from(["1969", "1970", "2026", "2199", "2200", "9999", "0999"]))
        day = draw(st.sampled_from(["01", "31", "13", "00"]))
        fraction = draw(st.sampled_from(["", ".", ".5", ",25", ".123", ".999999", ".123456789", ".1234567899"]))
        zone = draw(st.sampled_from(["", "Z", "+02:00", "-05:30", "+0200", " UTC"]))
        sep = draw(st.sampled_from(["T", " "]))
        return f"{year}-12-{day}{sep}23:59:59{fraction}{zone}"
    if kind == "epoch":
        digits = draw(st.integers(7, 20))
        return draw(st.sampled_from(["0", "1", "9"])) + draw(st.text(alphabet="09", min_size=digits, max_size=digits))
    return draw(st.sampled_from([None, "", "x", "01/Dec/2026:23:59:59 +0000", "Dec  1 23:59:59", "1793491200.5"]))


@settings(max_examples=300, deadline=None)
@given(
    stamps=st.lists(_timestamp(), max_size=20),
    interval=st.sampled_from(["1s", "7s", "1m", "1h"]),
)
def test_timeline_batches_bucket_as_record_by_record(stamps: list[str | None], interval: str) -> None:
    """map_batch drops sub-second digits in bulk before reading times: the buckets are those of
    reading each timestamp whole."""
    from logmr.analyses.timeline import Timeline

    note(repr(stamps))
    job = Timeline({"interval": interval, "year": 2026})
    levels = ["INFO" if i % 3 else "ERROR" for i in range(len(stamps))]
    expected: Counter = Counter()
    for text, level in zip(stamps, levels, strict=True):
        expected[(job.bucket(text), level)] += 1
    assert job.map_batch({"timestamp": stamps, "level": levels}) == expected


@pytest.mark.parametrize("interval", ["1m", "5m", "1h", "90s"])
def test_times_counted_by_minute_bucket_as_each_second_read_whole(interval: str) -> None:
    """For intervals of whole minutes, map_counts reads an ISO 8601 time's minute once: the
    buckets are those of each time read whole (seconds 00 to 60, zones, dates that are none)."""
    from logmr.analyses.timeline import Timeline

    job = Timeline({"interval": interval, "year": 2026})
    texts = [
        f"2026-{month}-{day}{sep}{hour}:59:{second}{fraction}{zone}"
        for month, day in (("11", "30"), ("11", "31"), ("12", "31"))
        for sep in ("T", " ")
        for hour in ("23", "24")
        for second in ("00", "07", "59", "60")
        for fraction in ("", ".5", ",123")
        for zone in ("", "Z", "+05:30", "-0800", "+05:30:15", " UTC")
    ]
    counts = Counter({(text, "INFO" if k % 3 else "ERROR"): k + 1 for k, text in enumerate([*texts, None, ""])})
    expected: Counter = Counter()
    for (text, level), n in counts.items():
        expected[(Timeline({"interval": interval, "year": 2026}).bucket(text), level)] += n
    assert job.map_counts(counts) == expected
    assert len({start for start, _ in expected}) > 5  # (None among them: what no layout reads)


@pytest.mark.parametrize("interval", ["1m", "1h"])
def test_yearless_times_counted_by_minute_bucket_as_each_read_whole(monkeypatch, interval: str) -> None:
    """A year-less time's minute is read once unless two days past now falls inside it (its
    seconds then read in two years): the buckets are each time's read whole."""
    from logmr.analyses import timeline

    monkeypatch.setattr(timeline, "utc_now", lambda: datetime(2026, 11, 29, 12, 0, 30, tzinfo=UTC))
    texts = [
        f"{day} {hour}:{minute}:{second}{fraction}"
        for day in ("Dec  1", "Dec 01", "Nov 30", "Feb 29", "Feb 30")
        for hour, minute in (("11", "59"), ("12", "00"), ("12", "01"))
        for second in ("00", "29", "30", "31", "59", "60")
        for fraction in ("", ".5", ",5")
    ]
    counts = Counter({(text, "INFO"): k + 1 for k, text in enumerate(texts)})
    expected: Counter = Counter()
    for (text, level), n in counts.items():
        expected[(timeline.Timeline({"interval": interval}).bucket(text), level)] += n
    assert timeline.Timeline({"interval": interval}).map_counts(counts) == expected
    assert {start[:4] for start, _ in expected if start} == {"2025", "2026"}


@pytest.mark.parametrize("interval", ["1m", "5m", "1h", "90s"])
def test_clf_and_ctime_times_counted_by_minute_bucket_as_each_read_whole(interval: str) -> None:
    """An access log's `01/Nov/2026:00:00:00 +0000` and Apache's `Sun Nov 01 00:00:00 2026` are
    read a minute at a time too: the buckets are each time's read whole (zones, days that are
    none, second 60, a one-digit day, a fraction)."""
    from logmr.analyses.timeline import Timeline

    texts = [
        f"{day}/{month}/2026:{hour}:59:{second}{zone}"
        for day, month in (("30", "Nov"), ("31", "Nov"), ("1", "Dec"), ("31", "Dec"), ("01", "Foo"))
        for hour in ("23", "24")
        for second in ("00", "07", "59", "60")
        for zone in (" +0000", " -0830", " +0545", "")
    ]
    texts += [
        f"{weekday} {month} {day} {hour}:59:{second}{fraction} 2026"
        for weekday, month, day in (
            ("Mon", "Nov", "30"),
            ("Tue", "Nov", "31"),
            ("Thu", "Dec", " 3"),
            ("Xyz", "Dec", "03"),
        )
        for hour in ("23", "24")
        for second in ("00", "59", "60")
        for fraction in ("", ".123456")
    ]
    counts = Counter({(text, "INFO" if k % 3 else "ERROR"): k + 1 for k, text in enumerate(texts)})
    expected: Counter = Counter()
    for (text, level), n in counts.items():
        expected[(Timeline({"interval": interval}).bucket(text), level)] += n
    job = Timeline({"interval": interval})
    assert job.map_counts(counts) == expected
    assert len({start for start, _ in expected if start}) > 5 and (None, "INFO") in expected
    if interval != "90s":  # (read a minute at a time: fewer minutes than texts)
        assert 0 < len(job._minutes) < len(texts) / 3


def _part(valid: str, *others: str) -> st.SearchStrategy[str]:
    """A part of a time: mostly as ISO 8601 writes it, sometimes not."""
    return st.one_of(st.just(valid), st.just(valid), st.just(valid), st.sampled_from(others))


_STAMP = st.builds(
    "{}-{}-{}{}{}:{}:{}{}{}".format,
    _part("2026", "12x4", "١٢٣٤"),
    _part("11", "1"),
    _part("30", "3"),
    st.sampled_from(["T", " ", "t"]),
    _part("12", "1"),
    _part("34", "x"),
    _part("56", "5"),
    st.sampled_from(["", ".", ".5", ",123", ".123456789", ".1234567890"]),
    st.sampled_from(["", "Z", "+01:00", "-05:30", "z", " ", "+0100"]),
)


def _cut_alike(got: str, stamp: str | None, expected: str) -> bool:
    """to_seconds gave the time without its fraction, or, where it dropped one, without UTC's Z
    too: a time with no offset is read as UTC, in the same second."""
    if got == expected:
        return True
    from logmr.analyses.timeline import Timeline

    job = Timeline({"interval": "1s"})
    return expected != stamp and f"{got}Z" == expected and job.bucket(got) == job.bucket(expected)


@settings(max_examples=300)
@given(st.lists(st.one_of(_STAMP, st.none(), st.just("")), max_size=8))
def test_to_seconds_drops_only_an_iso_fraction(stamps: list) -> None:
    """to_seconds (one substitution over a block's times) drops what a per-time fullmatch finds:
    an ISO 8601 time's fraction, nothing of any other text."""
    from logmr.analyses.timeline import to_seconds

    # ASCII digits only: a time written in other digits keeps its text (and is read whole, as before).
    shape = re.compile(r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)[.,]\d{1,9}((?:Z|[+-]\d\d:\d\d)?)", re.ASCII)

    def one(stamp: str | None) -> str:
        found = shape.fullmatch(stamp or "")
        return found[1] + found[2] if found else stamp or ""

    got = to_seconds(stamps)
    if stamps and stamps[0] and stamps[0][:1].isdigit():
        assert all(_cut_alike(g, s, one(s)) for g, s in zip(got, stamps, strict=True))
    else:  # a first time that is no ISO text: the block is left as written
        assert got == ["" if stamp is None else stamp for stamp in stamps]


_EPOCH_TEXT = st.builds(
    "{}{}".format,
    st.text(alphabet="0123456789", min_size=1, max_size=22),
    st.sampled_from(["", ".", ".5", ".000699", ".1234", ".123456789012"]),
)
_EPOCH_VALUE = st.one_of(
    _EPOCH_TEXT,
    st.integers(-(10**3), 10**22),
    st.floats(allow_nan=False),
    st.floats(1e8, 1e10),
    st.sampled_from(["20261101.1234", "20261101123.5", "1793491200.000699", "1e9", "-5", " 17", "١٢٣", True, None]),
)


@settings(max_examples=300, deadline=None)
@given(
    values=st.one_of(
        st.lists(_EPOCH_VALUE, min_size=1, max_size=8),
        st.lists(st.integers(0, 10**20), min_size=1, max_size=8),
        st.lists(st.floats(1e8, 1e10), min_size=1, max_size=8),
        st.lists(st.sampled_from([20261101.1234, 1793491200.000699, 1e8 - 0.5, 1e10 + 0.5]), min_size=1, max_size=4),
        st.integers(11, 20).flatmap(lambda n: st.lists(st.integers(10 ** (n - 1), 10**n - 1).map(str), min_size=1)),
    )
)
def test_epoch_numbers_cut_to_the_second_read_as_the_whole_number(values: list) -> None:
    """to_seconds cuts epoch numbers (JSON's numbers, or digits with a fraction) to their second:
    each reads in the bucket of its whole text (what the record path reads: str() of a number),
    whatever the magnitude, sign, exponent or a fraction datetime.fromisoformat takes for a time."""
    from logmr.analyses.timeline import Timeline, to_seconds

    job = Timeline({"interval": "1s", "year": 2026})
    seconds = to_seconds(values)
    assert len(seconds) == len(values)
    for value, second in zip(values, seconds, strict=True):
        text = value if value is None or isinstance(value, str) else str(value)
        assert job.bucket(second if isinstance(second, str) else str(second)) == job.bucket(text), (value, second)


def _alike(sep: str, fraction: int, zone: str, t: str) -> st.SearchStrategy[list[str]]:
    """Times of one layout, any digits (dates that do not exist too)."""
    digits = st.text(alphabet="0123456789", min_size=24, max_size=24)
    return st.lists(
        digits.map(
            lambda d: f"{d[:4]}-{d[4:6]}-{d[6:8]}{t}{d[8:10]}:{d[10:12]}:{d[12:14]}{sep}{d[14 : 14 + fraction]}{zone}"
        ),
        min_size=1,
        max_size=12,
    )


_ZONES = {"": [""], "Z": ["Z", "z"], "z": ["Z", "z"], "+01:00": ["+01:00", "-05:30"], "+0100": ["+0100", "x0100"]}
_SAME_SHAPE = st.tuples(
    st.sampled_from([".", ",", ""]), st.integers(0, 10), st.sampled_from(list(_ZONES)), st.sampled_from(["T", " "])
).flatmap(
    lambda shape: st.tuples(
        _alike(*shape),
        # sometimes times of another layout of the same length among them
        st.tuples(
            st.sampled_from([".", ","]), st.sampled_from(_ZONES[shape[2]]), st.sampled_from(["T", " ", "x"])
        ).flatmap(lambda other: _alike(other[0], shape[1], other[1], other[2])),
        st.booleans(),
    ).map(lambda lists: lists[0] + (lists[1] if lists[2] else []))
)


@settings(max_examples=200)
@given(_SAME_SHAPE)
def test_times_written_alike_lose_their_fraction_as_one_by_one(stamps: list[str]) -> None:
    """A block of times written alike (digits aside: a logger's one layout) is cut by slicing:
    the same texts as dropping each one's ISO 8601 fraction on its own, whatever the digits, with
    or without a fraction, and whether or not times of another layout of the same length are
    among them."""
    from logmr.analyses.timeline import to_seconds

    shape = re.compile(r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)[.,]\d{1,9}((?:Z|[+-]\d\d:\d\d)?)", re.ASCII)

    def one(stamp: str) -> str:
        found = shape.fullmatch(stamp)
        return found[1] + found[2] if found else stamp

    note(repr(stamps))
    assert all(_cut_alike(g, s, one(s)) for g, s in zip(to_seconds(stamps), stamps, strict=True))


@st.composite
def _times_alike(draw) -> list[str]:
    """ISO 8601 times written alike (one fraction's width, one zone), mostly in order, many a second."""
    digits, zone = draw(st.sampled_from([0, 3, 6, 9])), draw(st.sampled_from(["", "Z", "+01:00"]))
    start = datetime(2026, 11, 1, 23, 59, 58)  # (over midnight)
    offsets = sorted(draw(st.lists(st.integers(0, 3 * 10**6), min_size=1, max_size=100)))
    offsets += [offsets[-1]] * draw(st.integers(0, 100))  # (a long run)
    if draw(st.booleans()):  # one time out of order
        offsets.insert(draw(st.integers(0, len(offsets))), draw(st.integers(0, 3 * 10**6)))
    times = [(start + timedelta(microseconds=offset)).strftime("%Y-%m-%dT%H:%M:%S.%f") for offset in offsets]
    return [(t[: 20 + digits].ljust(20 + digits, "7") if digits else t[:19]) + zone for t in times]


@settings(max_examples=300, deadline=None)
@given(stamps=st.one_of(_times_alike(), st.lists(st.one_of(_STAMP, st.none(), st.just("")), max_size=30)))
def test_runs_of_a_second_are_its_times_cut_each(stamps: list) -> None:
    """seconds.second_runs (ISO times written alike and in order, each second cut once a run) and
    equal_runs (any values in order), spelled out, are to_seconds' seconds, each time cut alone."""
    from logmr.formats.seconds import RUN_LENGTH, equal_runs, second_runs, to_seconds

    expected = to_seconds(stamps)
    found = {"second": second_runs(stamps), "equal": equal_runs(expected)}
    for runs in found.values():
        if runs is not None:
            assert [second for second, start, end in runs for _ in range(start, end)] == expected
            assert len({second for second, _, _ in runs}) == len(runs) <= len(stamps) // RUN_LENGTH + 1
    alike = None not in stamps and len({s.translate(str.maketrans("123456789", "000000000")) for s in stamps}) == 1
    if alike and stamps == sorted(stamps) and len(set(expected)) <= len(stamps) // RUN_LENGTH:
        assert found["equal"] is not None  # (the block counts each second's run once)
        if re.fullmatch(r"[\d:T-]{19}(\.\d+Z?|Z|\+01:00)?", stamps[0]):  # (not a zone after a fraction)
            assert found["second"] is not None
