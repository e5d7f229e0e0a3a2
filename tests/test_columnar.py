"""The columnar kernels (formats/columnar.py) against the line-by-line path: the same counts, on
real tools' output, loghub samples, every generator profile and nasty lines."""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_services_read_where_asked
from logmr.analyses.parse import Parse
from logmr.analyses.timeline import Timeline
from logmr.formats import (
    columnar,
    get_format,
    header_regex,
    line_columns,
    line_counts,
    plain_counts,
    plain_kernel,
    syslog,
    syslog_lines,
)
from logmr.formats.base import SECOND, LogFormat, split_block
from logmr.formats.columnar import NotUtf8, block_lines, group_counts, group_rows, python_lines, to_re2
from logmr.formats.header_regex import kernel_header
from logmr.formats.plain_kernel import count_plain, parse_plain
from logmr.formats.reading import reader_for
from logmr.formats.syslog import _rfc3164_batch
from logmr.gen import generate_file
from logmr.gen.catalog import PROFILES

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _kernel_on_small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernels take blocks of any size here (the corpus' files are small)."""
    monkeypatch.setattr(columnar, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(line_columns, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(line_counts, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)


@pytest.mark.parametrize(
    "pattern", [r"\s", r"\S", r"\d", r"\D", r"\w", r"\W", r"[^\s=]", r"[\w.$-]", r"[\d,]", r"(?i:error|warn|k)"]
)
def test_translated_classes_match_the_very_ascii_characters_python_matches(pattern: str) -> None:
    characters = pa.array([chr(c) for c in range(128)] + ["error", "WaRn", "K"])
    python = [re.fullmatch(pattern, c) is not None for c in characters.to_pylist()]
    re2 = pc.match_substring_regex(characters, f"^(?:{to_re2(pattern)})$").to_pylist()
    assert re2 == python


@pytest.mark.parametrize(
    ("pattern", "subject"),
    [
        (r'"(?:[^"\\]++|\\.)*+"', 'a "b \\" c" d'),
        (r"^<(?P<pri>\d{1,3})>1 (?P<t>\S+)", "<13>1 x\x1cy z"),
        (r"\[(?:[^\]\\]++|\\.)*+\]", '[a="]"] [b]'),
    ],
)
def test_possessive_patterns_translate_to_the_same_matches(pattern: str, subject: str) -> None:
    python = re.search(pattern, subject)
    re2 = pc.extract_regex(pa.array([subject]), f"(?P<all>{to_re2(pattern)})").to_pylist()[0]
    assert (re2 or {}).get("all") == (python.group(0) if python else None)


@pytest.mark.parametrize("pattern", [r"a(?=b)", r"a(?!b)", r"(?<=a)b", r"(a)\1", r"\bword\b", r"x\Z", r"[^\S]"])
def test_what_does_not_translate_is_refused(pattern: str) -> None:
    assert to_re2(pattern) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "ü", "\r", "\n", "\r\n", " ", "", "\ufeff", "x\ty", "€"]), max_size=30))
def test_block_lines_are_split_blocks_lines(pieces: list[str]) -> None:
    block = "".join(pieces).encode()
    lines = block_lines(block)
    expected = [line for line in split_block(block)]
    got = lines.to_pylist()
    # split_block keeps one empty line for a block that is only a newline: blank either way
    assert got == expected or (not "".join(expected) and not "".join(got))


def test_a_line_that_is_not_utf8_is_never_decoded_loosely() -> None:
    lines = block_lines(b"ok\nbad \xff line\nfine \xc3\xbc\n")
    with pytest.raises(NotUtf8):
        python_lines(lines)
    assert python_lines(lines.filter(pa.array([True, False, True]))) == ["ok", "fine \u00fc"]
    block = (
        b"2026-11-30 12:00:00,123 INFO [main] a.b.C - x\n" * 80 + b"2026-11-30 12:00:00,123 INFO [main] a.b.C - \xff\n"
    )
    fmt = reader_for(block[:4096])
    assert count_plain(fmt.layout, block, ("service", "level"), "d") is None
    assert_kernel_exact(block, fmt)


def test_group_counts_counts_distinct_rows_nulls_included() -> None:
    a = pa.array(["x", "y", "x", None, "x", None])
    b = pa.array(["1", "1", "1", "2", "2", "2"])
    assert dict(group_counts([a, b])) == Counter(zip(a.to_pylist(), b.to_pylist(), strict=True))


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["x", "y", None]), st.sampled_from(["1", "2", None])), max_size=40))
def test_group_rows_gives_each_row_its_distinct_rows_index(rows: list[tuple[str | None, str | None]]) -> None:
    columns = [pa.array([row[k] for row in rows], pa.large_string()) for k in range(2)]
    distinct, codes = group_rows(columns)
    assert len(set(distinct)) == len(distinct) == len(set(rows))
    assert [distinct[code] for code in codes.to_pylist()] == rows


def _record_counts(fmt: LogFormat, block: bytes, fields: tuple[str, ...]) -> Counter:
    """The reference: every record of the line-by-line path, its fields read off the Record."""
    timeline = Timeline({"interval": 1})
    counts: Counter = Counter()
    for record, _ in fmt.records(block, "default"):
        if record is not None:
            key = tuple(timeline.bucket(record.timestamp) if f == SECOND else getattr(record, f) for f in fields)
            counts[key] += 1
    return counts


def _kernel_counts(fmt: LogFormat, block: bytes, fields: tuple[str, ...]) -> tuple[Counter, int, int]:
    timeline = Timeline({"interval": 1})
    batch, counts = fmt.count_block(block, fields, "default")
    if SECOND in fields:
        at = fields.index(SECOND)
        bucketed: Counter = Counter()
        for key, n in counts.items():
            bucketed[(*key[:at], timeline.bucket(key[at]), *key[at + 1 :])] += n
        counts = bucketed
    return Counter(counts), batch.records, batch.malformed


def assert_kernel_exact(block: bytes, fmt: LogFormat | None = None) -> None:
    fmt = fmt or reader_for(block[:65536])
    lines = sum(1 for _ in fmt.records(block, "default"))
    malformed = sum(1 for record, _ in fmt.records(block, "default") if record is None)
    for fields in (("service", "level"), (SECOND, "level"), ("level", "host", "service")):
        expected = _record_counts(fmt, block, fields)
        counts, records, bad = _kernel_counts(fmt, block, fields)
        assert counts == expected, fields
        assert (records, bad) == (lines - malformed, malformed)
    assert_services_read_where_asked(fmt, block)
    # columns, record by record (and what parse's assignment step reads: `fields.pid`, `fields.time`)
    for fields in (
        ("service", "text"),
        ("service", "level", "host"),
        ("raw",),
        Parse.ROW_FIELDS,
        ("message",),
        ("message", "service", "level"),
    ):
        fast, slow = fmt.parse_block(block, fields, "default"), LogFormat.parse_block(fmt, block, fields, "default")
        assert fast.columns == slow.columns, fields
        assert (fast.records, fast.malformed) == (slow.records, slow.malformed)


_FILES = sorted(
    p for p in (DATA / "loggers").iterdir() if p.is_file() and not p.name.endswith((".expected.jsonl", ".md"))
)
_LOGHUB = sorted((DATA / "loghub").glob("*/*.log"))


@pytest.mark.parametrize("path", _FILES + _LOGHUB, ids=lambda p: p.name)
def test_counts_equal_the_record_path_on_real_tools_output(path: Path) -> None:
    assert_kernel_exact(path.read_bytes())


@pytest.mark.parametrize("profile", [name for name, info in PROFILES.items() if info.family != "json"])
def test_counts_equal_the_record_path_on_every_text_profile(tmp_path: Path, profile: str) -> None:
    path = tmp_path / "sample"
    generate_file(path, profile, 300_000, seed=3, workers=1)
    assert_kernel_exact(path.read_bytes())
    if profile in ("rfc3164", "rfc5424", "slog-text", "logrus-text"):
        fmt = reader_for(path.read_bytes()[:65536])  # patterns' services deferred: not a fallback in disguise
        assert assert_services_read_where_asked(fmt, path.read_bytes())


_RFC5424 = "<{pri}>1 2026-11-30T12:00:{s:02d}.{f}Z {host} {app} 1 - {sd} message {n}"
_NASTY = [
    "",
    "   ",
    "<13>Nov 30 12:00:01 host tag[12]: an RFC 3164 line",
    "not syslog at all",
    "<١٣٤>1 2026-11-30T12:00:00Z host app - - - Unicode digits in PRI",
    "<134>1 2026-11-30T12:00:00Z h\u00a0ost app - - - a no-break space inside the host",
    "<134>1 2026-11-30T12:00:00Z host\u2003app x - - - an em space",
    "<134>1 2026-11-30T12:00:00,5+01:00 host app - - - a comma fraction and an offset",
    "<134>1 - - - - - - nil everything",
    '<134>1 2026-11-30T12:00:00Z host app - - [a x="]\\"" y="z"] structured data with escapes',
    "<134>1 2026-11-30T12:00:00Z host app - - [broken no message",
    "<134>1 2026-11-30T12:00:00Z host app - -",
    "<134>1 2026-11-30T12:00:00Z host app - - - \ufeffa BOM before the message",
    "<134>1 2026-11-30T12:00:00Z host app - - - " + "long " * 30_000,
    "<7>1 2026-11-30T12:00:00.123456789Z host München - - - non-ASCII service",
    "<134>1 2026-11-30T12:00:00Z host app - - - ends with a CR\r",
    "<134>1 2026-11-30T12:00:00Z host app - - - two CRs\r\r",
    "<134>1 2026-11-30T12:00:00Z host app - - - Zoë 日本語 ٣ a non-ASCII message\u00a0",
    '<134>1 2026-11-30T12:00:00Z host app - - [a b="ü"] non-ASCII structured data',
    "<134>1 2026-11-30T12:00:00Z host app - - - ",
    "<134>1 2026-11-30T12:00:00Z host app - -  \ufeff two blanks, then a BOM",
]
# RFC 3164 lines with non-ASCII text (Unicode digits and spaces where the format's regex reads
# digits and spaces: Python's classes take them, RE2's do not).
_RFC3164_NASTY = [
    "<13>Nov 30 12:00:01 host tag[12]: Zoë 日本語 message",
    "<13>Nov 30 12:00:01 host tag[1٣]: a Unicode digit in the pid",
    "<1٣>Nov 30 12:00:01 host tag: a Unicode digit in the PRI",
    "Nov 3\u0660 12:00:01 host tag: a Unicode digit in the time",
    "Nov 30 12:00:01 h\u00a0ost tag: a no-break space in the host",
    "Nov 30 12:00:01 host tag (no\u2003te): an em space in the note",
    "Nov 30 12:00:01 host t\u00e4g[3] (note): non-ASCII tag",
    "Nov 30 12:00:01 host tag:\ufeffa BOM",
    "Nov 30 12:00:01 host tag: ",
    "Nov 30 12:00:01 host tag:no blank ü",
]


def _syslog_block(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(400):
        if rng.random() < 0.15:
            lines.append(_NASTY[rng.integers(len(_NASTY))])
            continue
        pri = int(rng.integers(0, 192))
        sd = ["-", '[meta x="1"]', '[a b="c \\" d"][e f="g"]'][rng.integers(3)]
        app = ["api", "-", "db", "auth"][rng.integers(4)]
        host = ["h1", "-", "h2"][rng.integers(3)]
        lines.append(
            _RFC5424.format(pri=pri, s=int(rng.integers(60)), f=int(rng.integers(1000)), host=host, app=app, sd=sd, n=n)
        )
    ending = ["\n", "\r\n"][seed % 2]
    return ("\ufeff" if seed % 3 == 0 else "").encode() + ending.join(lines).encode() + b"\n" * (seed % 2)


@pytest.mark.parametrize("seed", range(12))
def test_syslog_counts_equal_the_record_path_on_nasty_lines(seed: int) -> None:
    assert_kernel_exact(_syslog_block(seed), get_format("syslog"))


@pytest.mark.parametrize("seed", range(6))
def test_rfc3164_messages_equal_the_record_path_on_nasty_lines(seed: int) -> None:
    rng = np.random.default_rng(seed)
    lines = [
        _RFC3164_NASTY[rng.integers(len(_RFC3164_NASTY))]
        if rng.random() < 0.3
        else f"<{rng.integers(192)}>Nov 30 12:00:{rng.integers(60):02d} h{rng.integers(3)} app[{n}]: message {n}"
        for n in range(400)
    ]
    assert_kernel_exact("\n".join(lines).encode() + b"\n", get_format("syslog"))


_MESSAGE_LEVELS = ["error: ", "Info: ", "WARNING: ", "debug2: ", "<warn>  ", "<info> ", "errors: ", "Errör: ", ""]
_MESSAGE_LEVELS += ["info:"]
# (levels their logfmt or JSON text names, or not: message_marks.EMBEDDED_LEVEL)
_MESSAGE_LEVELS += ['ts=1 level=warn msg="a b" ', '{"level":"error","v":1} ', "level=eror ", '{"level":50} ']
_MESSAGE_LEVELS += ["level=high ", "main: level=error ", 'x level="0" ']


@pytest.mark.parametrize("seed", range(6))
def test_rfc3164_level_words_read_alike_on_both_paths(seed: int) -> None:
    """Lines with and without a PRI, messages opening with a level word or not (non-ASCII ones
    too), in blocks where most lines have a PRI (its kernel: the others by the record path) or not."""
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(300):
        pri = f"<{rng.integers(192)}>" if rng.random() < (0.9 if seed % 2 else 0.1) else ""
        word = _MESSAGE_LEVELS[rng.integers(len(_MESSAGE_LEVELS))]
        tail = ["m", "Zoë 日本語", ""][rng.integers(3)]
        tag = ["app", "my app", "sshd"][n % 3]  # (a tag with a space: the head reads what the fast head misses)
        lines.append(f"{pri}Nov 30 12:00:{rng.integers(60):02d} h{n % 3} {tag}[{n % 5}]: {word}{tail} {n}")
    assert_kernel_exact("\n".join(lines).encode() + b"\n", get_format("syslog"))


@pytest.mark.parametrize("seed", range(4))
def test_a_syslog_tag_layout_reads_the_opening_level_word_alike_on_every_path(seed: int) -> None:
    """rsyslog's and journalctl's ISO layouts (`time host tag[pid]: `, no level slot) read the
    message's opening level word (slots.MESSAGE_LEVEL) on the kernel, the block regex and the
    record path alike; the message keeps it; a job that reads no level reads the layout without it."""
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(300):
        word = _MESSAGE_LEVELS[rng.integers(len(_MESSAGE_LEVELS))]
        tail = ["m", "Zoë 日本語", ""][rng.integers(3)]
        tag = ["sshd[12]", "postfix/smtpd[7]", "kernel", "CRON[3]"][rng.integers(4)]
        lines.append(f"2026-12-02T07:46:{n % 60:02d}.{n:06d}+00:00 vm {tag}: {word}{tail} {n}")
    block = "\n".join(lines).encode() + b"\n"
    fmt = reader_for(block)
    assert fmt.layout[-1] == ("?mlevel", "none")
    assert_kernel_exact(block, fmt)
    records = [record for record, _ in fmt.records(block, "d")]
    assert [record.message for record in records] == [line.split(": ", 1)[1] for line in lines]
    want = {"error: ": "ERROR", "Info: ": "INFO", "WARNING: ": "WARN", "debug2: ": "DEBUG", "<warn>  ": "WARN"}
    want |= {"ts=1 level=warn": "WARN", '{"level":"error"': "ERROR", "level=eror": "ERROR", '{"level":50}': "ERROR"}
    want |= {"main: level=error": "ERROR"}  # (an opening word that is no level: the level the text names)
    assert [record.level for record in records] == [
        next((level for word, level in want.items() if line.split(": ", 1)[1].startswith(word)), "INFO")
        for line in lines
    ]
    assert fmt.parse_block(block, ("level", "message"), "d").columns == {
        "level": [record.level for record in records],
        "message": [record.message for record in records],
    }
    assert fmt._reading(("service",)).layout == fmt.layout[:-1]


@pytest.mark.parametrize("odd", [0, 1, 2])
def test_iso_times_before_a_host_read_in_one_pass_where_no_zone_follows_a_space(odd: int) -> None:
    """rsyslog's ISO layout (`time host tag: `): the header's fast form keeps a glued zone and is
    read in one pass (header_regex._spaced_zones); a block with a zone after a space (whose text
    could be read as the host: `UTC h: x: m`) is read the two-pass way; the same counts either way."""
    hosts = ["vm", "Zeus", "UTC-box", "GMT", "+x", "Z"]
    zones = ["+00:00", "Z", "", "-0530"]
    lines = [
        f"2026-12-02T07:46:{n % 60:02d}.{n:06d}{zones[n % 4]} {hosts[n % 6]} sshd[{n}]: error: m {n}"
        for n in range(200)
    ]
    if odd:
        lines[150 if odd == 1 else 3] = "2026-12-02T07:46:00 UTC h: x: m"
    block = "\n".join(lines).encode() + b"\n"
    fmt = reader_for(block)
    assert fmt.layout[:3] == (("time:iso", "sp"), ("word", "sp"), ("tag", "sp"))
    assert_kernel_exact(block, fmt)
    block_lines_ = columnar.block_lines(block)
    read = header_regex.one_pass_headers(fmt.layout, ("s2",), None, block_lines_, pc.is_valid(block_lines_))
    assert (read is not None) == (not odd)


@pytest.mark.parametrize("layout", ["{t} WARN m {n}", "{t} 77 m {n}"])
def test_a_time_the_fast_form_splits_read_on_a_line_it_misses(layout: str) -> None:
    """A line the fast form misses (a zone after a space, `07:46:50.123 UTC`) is read by the head,
    whose time is not split as the fast form's is: the block is read by the head alone (it raised
    IndexError, session 28's review)."""
    lines = [layout.format(t=f"2026-12-02 07:46:{n % 60:02d}.123", n=n) for n in range(100)]
    lines[50] = layout.format(t="2026-12-02 07:46:50.123 UTC", n=50)
    assert_kernel_exact("\n".join(lines).encode() + b"\n")


def test_a_block_with_bytes_that_are_not_utf8_takes_the_line_path() -> None:
    block = _syslog_block(1) + b"<134>1 2026-11-30T12:00:00Z host app - - - bad \xff byte\n"
    assert_kernel_exact(block, get_format("syslog"))


@pytest.mark.parametrize("profile", ["klog", "log4j2", "loghub-hdfs", "logback", "python-logging"])
def test_the_plain_kernel_takes_the_profiles_blocks(tmp_path: Path, profile: str) -> None:
    """Not a fallback in disguise: the kernel itself counts these files."""
    path = tmp_path / "sample"
    generate_file(path, profile, 200_000, seed=4, workers=1)
    block = path.read_bytes()
    fmt = reader_for(block[:65536])
    assert kernel_header(fmt.layout) is not None
    for fields in (("service", "level"), (SECOND, "level")):
        assert count_plain(fmt.layout, block, fields, "default") is not None
    assert parse_plain(fmt.layout, block, ("service", "text"), "default") is not None
    assert parse_plain(fmt.layout, block, ("message",), "default") is not None


@pytest.mark.parametrize(
    "profile",
    ["loghub-hadoop", "loghub-spark", "loghub-zookeeper", "rfc3164", "rfc5424", "logback", "python-logging", "log4j2"],
)
def test_the_kernels_read_what_parse_reads(tmp_path: Path, profile: str) -> None:
    """parse's first step reads its rows' header fields (the time as written, the pid, a time of
    day) on the plain and RFC 3164 kernels, not record by record: the same columns."""
    path = tmp_path / "sample"
    generate_file(path, profile, 200_000, seed=4, workers=1)
    block = path.read_bytes()
    fmt = reader_for(block[:65536])
    fields = tuple(dict.fromkeys(("message", "service", *Parse.ROW_FIELDS)))
    if profile.startswith("rfc"):
        monkey = pytest.MonkeyPatch()
        monkey.setattr(syslog, "_rfc3164_batch", None)  # (the Python path: not taken)
        monkey.setattr(LogFormat, "parse_block", None)
        try:
            fast = fmt.parse_block(block, fields, "default")
        finally:
            monkey.undo()
    else:
        fast = parse_plain(fmt.layout, block, fields, "default")
    assert fast is not None
    slow = LogFormat.parse_block(fmt, block, fields, "default")
    assert fast.columns == slow.columns and fast.records == slow.records
    assert any(fast.columns["timestamp"])


_KLOG = "I1130 12:00:{s:02d}.{us:06d}    {pid} {src}.go:{line}] {message}"
_KLOG_MESSAGES = [
    "plain text 42",
    '"quoted text" pod="kube-system/dns-1" node="n1"',
    '"an \\"escaped\\" quote and a \\n newline" pod="p"',
    '"no pairs after it"',
    '"not closed pod="p"',
    '"quoted" but then words',
    '"ünïcode inside" pod="p"',
    "Ünïcode plain text Straße",
    'a message\t{"ctx": 1, "user": "ü"}',
    "padded  key=value other=2",
    "not padded key=value",
    '"" empty="quote"',
]


@pytest.mark.parametrize("seed", range(4))
def test_plain_messages_equal_the_record_path_on_klog_and_console_lines(seed: int) -> None:
    """A record's message on the kernel (the text after its header, read on RE2; non-ASCII
    headers by the layout's regex) is the record path's: klog's quoted messages unquoted, context
    fields cut, continuation lines left out."""
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(300):
        message = _KLOG_MESSAGES[rng.integers(len(_KLOG_MESSAGES))]
        lines.append(
            _KLOG.format(s=n % 60, us=n, pid=100 + n % 7, src=["pod", "node_ctl"][n % 2], line=n, message=message)
        )
        if rng.random() < 0.05:
            lines += ["\tat frame", "goroutine 1 [running]:"]
    block = "\n".join(lines).encode() + b"\n"
    fmt = reader_for(block[:65536])
    assert parse_plain(fmt.layout, block, ("message",), "default") is not None
    assert_kernel_exact(block, fmt)


def test_a_quoted_message_s_pairs_are_read_on_the_kernel_where_the_header_leaves_them() -> None:
    """A block with quotes is read on the kernel for parse too: a klog quoted message's `pid` and
    `time` pairs fill what its header left empty (no `[pid]` on the tag; a time that is an
    instant), as the record path reads them; a quote anywhere else changes nothing."""
    messages = ['"quoted" pod="p" pid="77" time="10:11:12"', 'say "hi" pid="5"', '"no pairs"', '"ünï" pid="9"']
    lines = [
        f"2026-12-01 10:00:{n % 60:02d},123 INFO {'app[42]' if n % 3 else 'app'}: {messages[n % len(messages)]}"
        for n in range(300)
    ]
    block = "\n".join(lines).encode() + b"\n"
    fmt = reader_for(block[:65536])
    fast = parse_plain(fmt.layout, block, Parse.ROW_FIELDS, "default")
    assert fast is not None
    assert fast.columns == LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "default").columns
    assert fast.columns["fields.pid"][:4] == ["77", 42, 42, "9"] and fast.columns["fields.time"][0] == "10:11:12"
    assert fast.columns["fields.pid"][9] is None  # (no [pid], a message with a quote but not quoted)


_LEARNED = ["cloudwatch_export_lambda.log", "ruby_logger.log", "rails_production.log", "logcat_brief.log"]


@pytest.mark.parametrize(
    "name",
    [
        *_LEARNED,
        "logcat_threadtime.log",
        "postgresql_stderr.log",
        "mysql_error.log",
        "zookeeper_log4j.log",
        "elasticsearch_console.log",
    ],
)
def test_the_plain_kernel_takes_optional_and_bracketed_slots(name: str) -> None:
    """Optional slots, `[time #pid]`, `D/Tag( pid):` and `-- :` translate for RE2: the kernel itself
    counts these files, as the record path does."""
    block = (DATA / "loggers" / name).read_bytes()
    fmt = reader_for(block)
    assert kernel_header(fmt.layout) is not None
    assert count_plain(fmt.layout, block, ("service", "level"), "default") is not None
    assert_kernel_exact(block, fmt)


_LOG4J = "2026-11-30 12:00:{s:02d},{ms:03d} {level} [{thread}] {logger} - message {n}"
_TRACE = ["java.lang.IllegalStateException: boom", "\tat com.example.Foo.bar(Foo.java:42)", "", "Caused by: x"]
_PLAIN_NASTY = [
    "",
    "a line before any header could be one",
    "2026-11-30 12:00:00,123 İNFO [main] com.example.App - a dotted capital I in the level",
    "2026-11-30 12:00:00,123 \u0131nfo [main] com.example.App - a dotless i",
    "2026-11-30 12:00:00,123 WARN [main] com.example.Äpp - non-ASCII logger",
    "2026-11-30 12:00:0٣,123 WARN [main] com.example.App - an Arabic-Indic digit in the time",
    "2026-11-30 12:00:00,123\u00a0WARN [main] com.example.App - a no-break space",
    "2026-11-30 12:00:00,123 WARNING [main] com.example.App - a longer level word",
    "2026-11-30 12:00:00,123 WARNINGS [main] com.example.App - not a level word",
    "2026-11-30 12:00:00 ERROR [main] com.example.App - no fraction",
    "2026-11-30 12:00:00,123 ERROR [pool-1-thread-2] com.example.App - ends with a CR\r",
]


def _plain_block(seed: int, long_trace: bool = False) -> bytes:
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(300):
        roll = rng.random()
        if roll < 0.1:
            lines.append(_PLAIN_NASTY[rng.integers(len(_PLAIN_NASTY))].replace("\\u00a0", "\u00a0"))
        elif roll < 0.2:
            lines += _TRACE[: rng.integers(1, len(_TRACE) + 1)]
        else:
            level = ["INFO", "WARN", "ERROR", "DEBUG", "info"][rng.integers(5)]
            thread = ["main", "worker-1", "Session@12"][rng.integers(3)]
            logger = ["com.example.App", "org.acme.db.Pool"][rng.integers(2)]
            lines.append(
                _LOG4J.format(
                    s=int(rng.integers(60)), ms=int(rng.integers(1000)), level=level, thread=thread, logger=logger, n=n
                )
            )
    if long_trace:  # past the 500-line cap: each line after it is a record of its own
        lines[100:100] = ["\tat frame"] * 600
    return ("\r\n" if seed % 2 else "\n").join(lines).encode() + b"\n"


@pytest.mark.parametrize("seed", range(8))
def test_plain_counts_equal_the_record_path_on_nasty_lines(seed: int) -> None:
    block = _plain_block(seed, long_trace=seed == 3)
    good = _plain_block(100).decode()
    fmt = reader_for(good.encode()[:65536])
    assert kernel_header(fmt.layout) is not None
    assert_kernel_exact(block, fmt)
    assert_kernel_exact(good.encode() + block, fmt)
    taken = count_plain(fmt.layout, good.encode() + block, ("service", "level"), "default")
    assert (taken is None) == (seed == 3)  # only a record past the caps sends the block to the line path


def test_a_non_ascii_header_counts_its_second_under_the_ascii_headers_key(monkeypatch) -> None:
    """Its time's fraction dropped as RE2 drops an ASCII line's: one key per second and level, not
    one per distinct fraction (timeline then reads each second once), whether the line is read in
    Python (a non-ASCII thread) or on RE2 (a non-ASCII message: header_unicode.py)."""
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)
    threads = ("main", "m\u00e4in", "main")
    lines = [
        _LOG4J.format(
            s=s, ms=ms, level="INFO", thread=threads[ms % 3], logger="com.example.App", n="caf\u00e9" * (ms % 2)
        )
        for s in (1, 2)
        for ms in range(0, 1000, 37)
    ]
    block = "\n".join(lines).encode() + b"\n"
    fmt = reader_for(block)
    _, counts = count_plain(fmt.layout, block, (SECOND, "level"), "default")
    assert counts == {("2026-11-30T12:00:01", "INFO"): 28, ("2026-11-30T12:00:02", "INFO"): 28}
    assert_kernel_exact(block, fmt)


def test_the_separators_first_characters_are_all_the_characters_they_can_start_with() -> None:
    """plain_kernel drops a lookahead by what can follow it: a separator's first characters."""
    from logmr.formats.slots import SEPARATORS

    for sep, first in header_regex.SEP_FIRST.items():
        regex = re.compile(f"(?:{SEPARATORS[sep]})")
        for code in range(128):
            for tail in ("", " ", "-", "- x", "|", "x", ":", ",", "\t-\t"):
                found = regex.match(chr(code) + tail)
                if found is not None and found.end() > 0:
                    assert chr(code) in first, (sep, chr(code), tail)


@pytest.mark.parametrize(
    "profile",
    ["loghub-hdfs", "loghub-hadoop", "loghub-linux", "loghub-openssh", "loghub-proxifier", "loghub-spark", "klog"],
)
def test_parse_reads_the_system_logs_without_a_record_per_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, profile: str
) -> None:
    """parse's assignment step takes the block path on plain text and syslog (no `records`)."""
    path = tmp_path / "sample"
    generate_file(path, profile, 100_000, seed=5, workers=1)
    block = path.read_bytes()
    fmt = reader_for(block[:65536])
    slow = LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "default")

    def no_records(*args: object) -> None:
        raise AssertionError("the record path")

    monkeypatch.setattr(type(fmt), "records", no_records)
    fast = fmt.parse_block(block, Parse.ROW_FIELDS, "default")
    assert fast.columns == slow.columns
    assert any(fast.columns["fields.pid"]) == (profile in ("loghub-hdfs", "loghub-linux", "loghub-openssh", "klog"))


@pytest.mark.parametrize(
    "lines",
    [
        # a time of day alone is no instant: it stays in `fields["time"]`
        ["12:00:01.250 [main] INFO  com.example.App - started", "12:00:02.500 [main] WARN  com.example.App - slow"],
        # klog's structured records: a `pid` or `time` pair, the header's own pid written over it
        [
            'I1130 12:00:01.000000    1234 server.go:42] "Started" pid="77" time="noon"',
            'I1130 12:00:02.000000    1234 server.go:43] "Plain" component="api"',
            "I1130 12:00:03.000000    1234 server.go:44] not structured pid=5",
        ],
    ],
)
def test_the_fields_parse_reads_equal_the_record_path(lines: list[str]) -> None:
    block = ("\n".join(lines * 40) + "\n").encode()
    fmt = reader_for(block)
    assert fmt.layout is not None
    fast, slow = fmt.parse_block(block, Parse.ROW_FIELDS, "d"), LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "d")
    assert fast.columns == slow.columns
    assert any(value is not None for value in fast.columns["fields.pid"] + fast.columns["fields.time"])


def test_a_pid_slot_and_a_tags_pid_read_on_the_kernel_as_the_record_path() -> None:
    """HDFS's header has a pid slot and a tag that may end in `[pid]`: a record's pid is the last
    of the two not empty (the tag's where it has one, else the slot's), and the kernel reads it so
    for parse (it used to leave such a layout to a regex scan in Python)."""
    lines = []
    for n in range(200):
        tag = "dfs.FSNamesystem[77]" if n % 7 == 0 else "dfs.DataNode$PacketResponder"
        lines.append(
            f"0811{1 + n % 28:02d} 2036{n % 60:02d} {100 + n % 13} INFO {tag}: PacketResponder {n} terminating"
        )
    block = ("\n".join(lines) + "\n").encode()
    fmt = reader_for(block)
    assert fmt.layout is not None
    assert parse_plain(fmt.layout, block, Parse.ROW_FIELDS, "d") is not None
    fast, slow = fmt.parse_block(block, Parse.ROW_FIELDS, "d"), LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "d")
    assert fast.columns == slow.columns
    assert 77 in fast.columns["fields.pid"] and {100, 112} <= set(fast.columns["fields.pid"])
    assert fast.columns["fields.pid"][0] == 77 and fast.columns["fields.pid"][1] == 101


_RFC3164_LINES = [
    "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown",
    "<13>Nov  3 08:00:00 host tag[12]: with a PRI",
    "Nov 30 12:00:01 host kernel: no pid",
    "Nov 30 12:00:01 host  two spaces[7]:no space after the colon",
    "Nov 30 12:00:01 mac sandboxd[129] ([31211]): a note after the pid",
    "Nov 30 12:00:01 host a tag with spaces[3]: message: with colons",
    "Nov 30 12:00:01 host tag[١٢]: Arabic-Indic digits in the pid",
    "Nov 30 12:00:01 host tag[5]: ends with a CR\r",
    "Feb 30 12:00:01 host tag[5]: no such day",
    "<191>Dec 31 23:59:59 h\u00e9st tag: a non-ASCII host",
    "Nov 30 12:00:01 host t\u00e4g[9]: a non-ASCII tag",
    "Nov 30 12:00:01 host tag[5]:",
    "Nov 30 12:00:01 host tag[5]:  two blanks before the message",
    "   ",
    "",
]


_RFC3164_TAGS = ["sshd", "cron", "kernel", "su(pam_unix)", "a b", "x.y-z/w", "(paren)"]


@pytest.mark.parametrize("seed", range(6))
def test_rfc3164_counts_equal_the_record_path_with_odd_tags(seed: int) -> None:
    """The tag name read as a run (syslog_lines.TAG_RUN) where that is the lazy name, else as before:
    a note, spaces, a parenthesis, no pid, odd lines first or late in the block."""
    rng = np.random.default_rng(seed)
    lines = []
    for n in range(300):
        if rng.random() < 0.1 * (seed % 3) and n > 20 * (seed % 2):
            lines.append(_RFC3164_LINES[rng.integers(len(_RFC3164_LINES))])
            continue
        tags = _RFC3164_TAGS[: 3 + 4 * (seed % 2)]  # (odd seeds: tags that are no run)
        tag, pid = tags[rng.integers(len(tags))], ["", "[42]", "[7] ([1])"][rng.integers(3)]
        lines.append(
            f"<{rng.integers(192)}>Nov {rng.integers(1, 31):2d} 12:00:{rng.integers(60):02d} h{n % 3} {tag}{pid}: m {n}"
        )
    assert_kernel_exact("\n".join(lines).encode() + b"\n", get_format("syslog"))


@pytest.mark.parametrize("missed", [(), (3,), (0, 5, 6), tuple(range(20))])
def test_extract_groups_reads_only_the_lines_the_fast_regex_misses_with_the_head(missed: tuple[int, ...]) -> None:
    """The fast form fits the first lines; the lines it misses (a tag with a space) are read with
    the head alone and put back in place: the head's groups on every line, a line neither
    regex matches null, as the head over the whole block gives."""
    head, fast = r"^(?P<tag>[a-z][a-z ]*?)\[(?P<pid>\d+)\]", r"^(?P<tag>[a-z]+)\[(?P<pid>\d+)\]"
    texts = [f"tag{chr(97 + n % 26)}[{n}]: m" for n in range(40)]
    for n in missed:
        texts[20 + n] = f"a b[{n}]: a tag with a space" if n % 2 else f"no pid {n}"
    lines = pa.array(texts, pa.large_string())
    got = columnar.extract_groups(lines, head, fast)
    assert got.equals(pc.extract_regex(lines, head))
    assert got.null_count == sum(1 for n in missed if n % 2 == 0)


_APACHE_ERROR_LINES = [
    "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties",
    "[Sun Dec 04 04:47:44.123 2005] [core:error] [pid 123:tid 456] [client 10.0.0.1] File does not exist: /x",
    "[Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by server configuration",
    "[Sun Dec  4 04:47:44 2005] [warn1] [pid 7] a padded day, a numbered level",
    "[Sun Dec 04 04:47:44 2005] [error]",
    "[Sun Dec 04 04:47:44.1234567 2005] [error] seven fraction digits, which strptime's %f does not read",
    "[Sun Dec  4 04:47:44.5 2005] [mod_x:warn] one fraction digit, a padded day",
    "[Sun Feb 30 04:47:44.25 2005] [error] no such day",
    "[Sun Dec 04 04:47:44.000001 2005] [\u00fcber:crit] a non-ASCII module",
    "[Mon Dec 04 04:47:44.999999 2005] [core:emerg] [pid 1] the wrong weekday",
    "  ",
    "",
]


# A line of each format that is not one of its kind (the block then read line by line), or None.
_ODD_LINES = {
    "syslog": [
        "Nov 30 12:00:01 host no colon at all",
        "Nov 30 12:00:01 host tag[12]x: text after the pid",
        "<134>1 2026-11-30T12:00:00Z host app 12 - - RFC 5424",
        None,
    ],
    "apache_error": ["[Sun Dec 04 04:47:44 2005] [client 1.2.3.4 no closing bracket", None],
}


@pytest.mark.parametrize(
    ("name", "sample", "odd"),
    [("syslog", _RFC3164_LINES, odd) for odd in _ODD_LINES["syslog"]]
    + [("apache_error", _APACHE_ERROR_LINES, odd) for odd in _ODD_LINES["apache_error"]],
)
@pytest.mark.parametrize("seed", range(2))
def test_one_scan_columns_equal_the_record_path(name: str, sample: list[str], odd: str | None, seed: int) -> None:
    """RFC 3164 and Apache error blocks read in one findall: the record path's columns."""
    rng = np.random.default_rng(seed)
    lines = [sample[i] for i in rng.integers(len(sample), size=300)]
    if odd is not None:
        lines[150] = odd
    block = ("\n".join(lines) + "\n").encode()
    assert_kernel_exact(block, get_format(name))
    if name == "syslog":
        assert (_rfc3164_batch(split_block(block), Parse.ROW_FIELDS, None) is None) == (odd is not None)


@pytest.mark.parametrize(
    ("profile", "name"), [("rfc3164", "syslog"), ("rfc5424", "syslog"), ("apache-error", "apache_error")]
)
def test_the_line_kernels_take_the_profiles_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, profile: str, name: str
) -> None:
    """Not a fallback in disguise: the syslog and Apache error kernels count the lines themselves
    (all but the few that are not ASCII)."""
    path = tmp_path / "sample"
    generate_file(path, profile, 200_000, seed=4, workers=1)
    block = path.read_bytes()
    fmt = get_format(name)
    expected = {fields: _record_counts(fmt, block, fields) for fields in (("service", "level"), (SECOND, "level"))}
    by_line: list[str] = []

    def no_block_path(*args: object) -> None:
        raise AssertionError("the line-by-line path for the whole block")

    monkeypatch.setattr(LogFormat, "count_block", no_block_path)
    line_path = "_lines_batch" if name == "syslog" else "parse"
    original = getattr(type(fmt), line_path)

    def counting(self: LogFormat, lines: list[str] | str, *args: object) -> object:
        by_line.extend([lines] if isinstance(lines, str) else lines)
        return original(self, lines, *args)

    monkeypatch.setattr(type(fmt), line_path, counting)
    for fields, counts in expected.items():
        assert _kernel_counts(fmt, block, fields)[0] == counts
    assert all(not line.isascii() for line in by_line)
    assert len(by_line) < 0.1 * block.count(b"\n")
    # patterns' columns too (the line-by-line reading of a block, split_block, never called)
    slow = LogFormat.parse_block(fmt, block, ("service", "text"), "default")
    monkeypatch.setattr(sys.modules[type(fmt).__module__], "split_block", no_block_path)
    assert fmt.parse_block(block, ("service", "text"), "default").columns == slow.columns


@pytest.mark.parametrize("rfc5424", [True, False])
def test_patterns_texts_read_non_ascii_messages_on_the_kernel(monkeypatch: pytest.MonkeyPatch, rfc5424: bool) -> None:
    """Patterns' texts (the lines alone): a line whose header is ASCII is read on the kernel
    whatever its message holds; only a line whose header is not (or whose message opens with a
    BOM) goes to the format's `parse`."""
    if rfc5424:
        head, odd = "<134>1 2026-11-30T12:00:0{s}Z host-{n} app{m} 77 - -", "<134>1 2026-11-30T12:00:00Z hôst app - - -"
    else:
        head, odd = "<13>Nov 30 12:00:0{s} host-{n} app{m}[77]:", "<13>Nov 30 12:00:01 hôst app[7]:"
    texts = ["plain text", "Zoë 日本語 message", "\ufeffa BOM", "ü"]
    lines = [f"{head.format(s=n % 10, n=n % 7, m=n % 3)} {texts[n % 4]} {n}" for n in range(400)]
    lines += [f"{odd} a non-ASCII header", f"{odd} another"]
    block = "\n".join(lines).encode() + b"\n"
    fmt = get_format("syslog")
    slow = LogFormat.parse_block(fmt, block, ("service", "text"), "default")
    parsed: list[str] = []
    original = type(fmt).parse

    def parse(self: LogFormat, line: str, *args: object, **kwargs: object) -> object:
        parsed.append(line)
        return original(self, line, *args, **kwargs)

    monkeypatch.setattr(type(fmt), "parse", parse)
    regexes = partial(syslog_lines.kernel_regexes, syslog_lines.block_layout(block))
    after = "" if rfc5424 else " ?"
    batch = line_columns.line_columns(block, regexes, {}, ("text",), fmt.parse, "default", None, after)
    assert batch is not None and list(batch.columns["text"]) == list(slow.columns["text"])
    # (a message opening with a BOM, which RFC 5424's record drops, is the record path's too)
    assert sorted(parsed) == sorted(line for line in lines if "hôst" in line or "\ufeff" in line)
    assert fmt.parse_block(block, ("service", "text"), "default").columns == slow.columns


_CONTEXT_LINES = {
    "zap": [
        '2026-12-01T01:55:45.037Z\tINFO\tcheckout\tmain.go:68\tservice started\t{"order_id": 1234}',
        "2026-12-01T01:55:45.038Z\tINFO\tcheckout\tmain.go:69\tnot json\t{order_id: 1}",
        "2026-12-01T01:55:45.039Z\tINFO\tcheckout\tmain.go:70\tplain text",
        '2026-12-01T01:55:45.040Z\tWARN\tcheckout\tmain.go:71\t"quoted"  k=v\t{"a": {"b": [1, "\\t{"]}}',
        "2026-12-01T01:55:45.041Z\tERROR\tcheckout\tmain.go:72\t\t{}",
    ],
    "structlog": [
        "2026-12-01 01:54:13 [error    ] payment failed                 order_id=1234",
        "2026-12-01 01:54:13 [info     ] order placed                   amount='12.50 €' who='Zoë \"x\"' n=1",
        "2026-12-01 01:54:13 [debug    ] connecting to db host=db-1 port=5432",
        '2026-12-01 01:54:13 [info     ] "Started"  pid="77"',
        '2026-12-01 01:54:13 [info     ] "Started" pid="77"',
        '2026-12-01 01:54:13 [info     ] "done  k=v" a="1"',  # klog's quoted message, whole
        "2026-12-01 01:54:13 [info     ] two  spaces but no pairs = here",
        "2026-12-01 01:54:13 [info     ] a=1  b=2",
        "a continuation line  key=value",
    ],
}


@pytest.mark.parametrize("name", sorted(_CONTEXT_LINES))
def test_messages_followed_by_context_fields_read_alike_on_both_paths(name: str) -> None:
    """zap's and structlog's consoles (formats/context.py): the block path's messages are the
    record path's, the context cut off after a tab and JSON or after padding and pairs only."""
    lines = _CONTEXT_LINES[name]
    block = ("\n".join(lines * 40) + "\n").encode()
    fmt = reader_for(block)
    assert fmt.layout is not None
    fast, slow = fmt.parse_block(block, Parse.ROW_FIELDS, "d"), LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "d")
    assert fast.columns == slow.columns
    messages = set(fast.columns["message"])
    assert {"service started", "payment failed", "order placed"} & messages
    assert {"not json\t{order_id: 1}", "connecting to db host=db-1 port=5432", "a=1  b=2"} & messages


def test_structured_data_named_as_parse_s_fields_takes_the_record_path() -> None:
    """An RFC 5424 line's `fields.pid` and `fields.time` are its structured data elements of
    those ids (None on the kernel): a block that may hold one is read record by record, the
    same columns either way."""
    from logmr.formats.syslog import SyslogFormat

    head = "<134>1 2026-12-01T01:58:31.5Z vm shop-api 2314 ORDER "
    sds = ['[pid n="7"]', "[time]", '[timeQuality tzKnown="1"]', "-", '[x@1 pid="3"]', '[pid@2 a="b"]']
    fmt = SyslogFormat()
    for sd in sds:
        block = "".join(f"{head}{sd if n == 50 else '-'} message {n}\n" for n in range(100)).encode()
        batch = fmt.parse_block(block, Parse.ROW_FIELDS, "default")
        assert batch.columns == LogFormat.parse_block(fmt, block, Parse.ROW_FIELDS, "default").columns, sd
        assert batch.columns["fields.pid"][50] == ({"n": "7"} if sd.startswith("[pid ") else None)


def test_iso_times_are_made_in_arrow_as_the_layout_writes_them() -> None:
    """plain_times.iso_stamps gives each ISO time text what `time_to_iso("iso", text)` gives:
    every text of a product of parts near and off the layout (separators, fractions of every
    length and either mark, each zone's spelling, texts cut short, nothing)."""
    from itertools import product

    import pyarrow as pa

    from logmr.formats.plain_times import iso_stamps
    from logmr.formats.times import time_to_iso

    parts = [
        ["2026-11-30", "2026-13-45", "2026/11/30", "26-11-30"],
        ["T", " ", "_"],
        ["12:00:00", "25:61:61", "12:00"],
        ["", ".5", ",123", ".000000", ".1234567", ",", "."],
        ["", "Z", " Z", "+0100", "-05:30", " UTC", "GMT", "+01", " x", "+01:00 trailing"],
    ]
    texts = ["".join(text) for text in product(*parts)] + ["", "2026-11-30T12:00:00"[:10]]
    stamps = iso_stamps(pa.array(texts, pa.large_string())).to_pylist()
    assert stamps == [time_to_iso("iso", text) for text in texts]
    assert sum(stamp is not None for stamp in stamps) > len(texts) / 8
