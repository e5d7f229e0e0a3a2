"""The text kernels' shortcuts (formats/plain_keys.py, header_regex.holds_no_fraction,
header_unicode.py) and timeline's bucket cache: a time layout said to hold no fraction matches no
text with one; keys read once per process (across blocks, default services, fields) are those of
the record path; non-ASCII lines read on RE2 (plain layouts, syslog) are counted as it counts
them; a timeline reading several blocks buckets each as a fresh one would."""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from logmr.analyses.timeline import Timeline
from logmr.formats import get_format, line_counts, plain_counts, plain_kernel
from logmr.formats.base import SECOND
from logmr.formats.header_regex import drop_fraction, holds_no_fraction
from logmr.formats.reading import reader_for
from logmr.formats.times import LAYOUTS, time_to_iso
from logmr.gen import generate_file
from test_columnar import _kernel_counts, _record_counts

_FRACTION_FREE = [layout for layout in LAYOUTS if holds_no_fraction(((f"time:{layout.key}", "sp"),), "s0")]


def test_the_fraction_free_layouts_are_those_without_a_fraction() -> None:
    assert {layout.key for layout in _FRACTION_FREE} >= {"yymmdd_hhmmss", "yy_mm_dd", "day_month_name"}
    assert not holds_no_fraction((("time:iso", "sp"),), "s0")  # (2026-11-30 12:00:00,123)
    assert not holds_no_fraction((("ptime:yy_mm_dd", "sp"),), "s0x")  # (the pid's group)
    assert not holds_no_fraction((("level", "sp"),), "s0")


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_fraction_free_layouts_text_has_no_fraction_to_zero(data: st.DataObject) -> None:
    layout = data.draw(st.sampled_from(_FRACTION_FREE))
    text = data.draw(st.from_regex(re.compile(layout.pattern), fullmatch=True))  # (Unicode digits too)
    assert "." not in text and "," not in text
    assert drop_fraction(text) == text


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_time_without_its_fraction_is_read_as_the_same_second(data: st.DataObject) -> None:
    """The kernel counts a time by its text without its fraction: every layout reads it, the same second."""
    layout = data.draw(st.sampled_from([layout for layout in LAYOUTS if layout.key != "time_of_day"]))
    text = data.draw(st.from_regex(re.compile(layout.pattern), fullmatch=True, alphabet=st.characters(codec="ascii")))
    timeline = Timeline({"interval": 1, "year": 2026})
    whole, cut = (time_to_iso(layout.key, value) for value in (text, drop_fraction(text)))
    assume(whole is not None)  # (a date no calendar has)
    assert timeline.bucket(cut) == timeline.bucket(whole)


@pytest.fixture
def _small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)


@pytest.mark.usefixtures("_small_blocks")
@pytest.mark.parametrize("profile", ["loghub-spark", "loghub-hdfs", "log4j2", "klog", "python-logging"])
def test_keys_read_once_across_blocks_are_the_record_paths(tmp_path: Path, profile: str) -> None:
    path = tmp_path / "sample"
    generate_file(path, profile, 120_000, seed=11, workers=1)
    data = path.read_bytes()
    fmt = reader_for(data[:65536])
    cuts = [0, *(data.index(b"\n", at) + 1 for at in (30_000, 60_000, 90_000)), len(data)]
    blocks = [data[a:b] for a, b in pairwise(cuts)]
    for fields in (("service", "level"), (SECOND, "level"), ("level", "host", "service")):
        for block in [*blocks, *blocks]:  # (the second time round: every row's key from the cache)
            assert _kernel_counts(fmt, block, fields)[0] == _record_counts(fmt, block, fields), fields


@pytest.mark.usefixtures("_small_blocks")
def test_a_cached_key_keeps_its_default_service() -> None:
    block = "".join(f"2026-11-30 12:00:{s:02d},123 INFO started {s}\n" for s in range(60)).encode() * 2
    fmt = reader_for(block)
    for default in ("one", "two", "one"):
        _, counts = fmt.count_block(block, ("service", "level"), default)
        assert dict(counts) == {(default, "INFO"): 120}


def test_a_timeline_reading_many_blocks_buckets_each_as_a_fresh_one() -> None:
    blocks = [
        Counter({("2026-11-30T12:00:01", "INFO"): 2, ("Nov 30 12:01:59", "ERROR"): 1, (None, "INFO"): 4}),
        Counter({("2026-11-30T12:00:01", "WARN"): 3, ("2026-11-30T12:07:00.000+05:30", "INFO"): 1}),
        Counter({("Nov 30 12:01:59", "ERROR"): 5, ("bad", "INFO"): 1}),
    ]
    for interval in ("1m", "5m", "30s"):
        reused = Timeline({"interval": interval, "year": 2026})
        for counts in blocks:
            assert reused.map_counts(counts) == Timeline({"interval": interval, "year": 2026}).map_counts(counts)


_UNICODE = ["é", "\u0663", "\u00a0", "\u017f", "\u212a", "日", "\u3000", "\u0130"]  # (digit, spaces, folds)


def _with_unicode(path: Path, profile: str, seed: int) -> bytes:
    """A generated block with a character Python's classes and RE2's tell apart put somewhere in the
    first 80 of a tenth of its lines (in the header, where a slot or a separator ends, right after it)."""
    generate_file(path, profile, 60_000, seed=seed, workers=1)
    rng = random.Random(seed)
    lines = path.read_text(encoding="utf-8").split("\n")
    for at in rng.sample(range(len(lines)), len(lines) // 10):
        where = rng.randrange(min(80, len(lines[at]) + 1))
        lines[at] = lines[at][:where] + rng.choice(_UNICODE) + lines[at][where + rng.choice((0, 1)) :]
    return "\n".join(lines).encode()


@pytest.mark.usefixtures("_small_blocks")
@pytest.mark.parametrize("profile", ["log4j2", "logback", "python-logging", "klog", "loghub-hdfs", "loghub-spark"])
@pytest.mark.parametrize("seed", range(3))
def test_non_ascii_lines_read_on_re2_are_counted_as_the_record_path(tmp_path: Path, profile: str, seed: int) -> None:
    """A non-ASCII line the kernel takes with the ASCII ones is counted as the record path counts
    it (header_unicode.py)."""
    block = _with_unicode(tmp_path / "sample", profile, seed)
    # (the layout the file as generated gives: a tenth of its headers broken makes its level optional there)
    fmt = reader_for((tmp_path / "sample").read_bytes()[:65536])
    widened, ascii = (plain_kernel._headers(fmt.layout, block, ("level",), widen) for widen in (True, False))
    assert widened is not None and ascii is not None
    assert widened.ascii_headers.true_count > ascii.ascii_headers.true_count  # (some taken with the ASCII lines)
    for fields in (("service", "level"), (SECOND, "level"), ("level", "host", "service")):
        assert _kernel_counts(fmt, block, fields)[0] == _record_counts(fmt, block, fields), fields


@pytest.mark.parametrize("profile", ["rfc3164", "rfc5424"])
@pytest.mark.parametrize("seed", range(3))
def test_non_ascii_syslog_lines_read_on_re2_are_counted_as_the_record_path(
    tmp_path: Path, profile: str, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(line_counts, "MIN_KERNEL_LINES", 1)
    block = _with_unicode(tmp_path / "sample", profile, seed)
    fmt = get_format("syslog")
    handed_back = []  # (the lines each block hands to the line-by-line path, in C or on Arrow)
    with_rest = line_counts._with_rest
    monkeypatch.setattr(line_counts, "_with_rest", lambda *args: handed_back.append(args[2]) or with_rest(*args))
    for fields in (("service", "level"), (SECOND, "level"), ("level", "host", "service")):
        assert _kernel_counts(fmt, block, fields)[0] == _record_counts(fmt, block, fields), fields
    non_ascii = sum(not line.isascii() for line in block.decode().split("\n"))
    assert handed_back and all(len(lines) < non_ascii for lines in handed_back)  # (some read with the ASCII ones)
