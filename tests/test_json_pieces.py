"""The JSON block fast path against the line-by-line path, on the lines real files hold: escapes
(`json.dumps` defaults), `": "` spacing, CRLF, cut and broken lines, text lines, blank lines,
non-ASCII, any key order, values of unexpected types, Docker json-file lines (partial ones too),
envelopes of many events, and their keys as an app's own.
Whatever the block, the columns, counters and the parser's own group-by equal the slow path's,
and one bad line leaves the lines around it on the fast path."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, note, settings
from hypothesis import strategies as st

from logmr.analyses.timeline import Timeline
from logmr.formats.base import SECOND, LogFormat, count_columns
from logmr.formats.jsonl import JsonLinesFormat

FIELD_SETS = [
    ("service", "level"),
    ("timestamp", "level"),
    ("message",),
    ("message", "level", "service", "host", "timestamp", "status", "raw", "text"),
]
_TEXT = st.text(alphabet="aZ9 _-:/\\\"'\t\n\x01é東京😀\u2028", max_size=10)
_LEVELS = st.sampled_from(["info", "WARNING", "error", "Critical", "trace", 10, 30, 50, "I", "", None])
# ISO 8601, epoch numbers and texts of several units, a float read as ISO 8601 (YYYYMMDD.HHMM), others
_TIMES = ["2026-11-01T00:00:00.123Z", 1793491200123, 1793491200.5, 1793491200, 1793491200000435]
_TIMES += ["1793491200000435", "1793491200.25", 20261101.1234, 1.7934912e18, -1.5, True, "x"]
_KEYS = {
    "message": ["message", "msg", "event", "@m"],
    "level": ["level", "levelname", "severity", "@l"],
    "service": ["service", "logger", "app", "name"],
    "timestamp": ["ts", "time", "timestamp", "@timestamp"],
    "host": ["host", "hostname"],
}


@st.composite
def _object(draw) -> dict:
    obj = {}
    for field, keys in _KEYS.items():
        if draw(st.booleans()) or field == "message":
            key = draw(st.sampled_from(keys))
            if field == "level":
                obj[key] = draw(_LEVELS)
            elif field == "timestamp":
                obj[key] = draw(st.sampled_from(_TIMES))
            else:
                obj[key] = draw(st.one_of(_TEXT, st.just(None))) if draw(st.integers(0, 9)) else 5
    if draw(st.booleans()):
        obj["status"] = draw(st.sampled_from([200, 404, 503, "500", None]))
    if draw(st.integers(0, 5)) == 0:
        obj["service"] = {"name": draw(_TEXT)}  # ECS nested
    keys = draw(st.permutations(list(obj)))
    return {key: obj[key] for key in keys}


@st.composite
def _line(draw) -> bytes:
    kinds = ["json"] * 6 + ["cut", "text", "blank", "docker", "partial", "array", "envelope", "records", "keys"]
    kind = draw(st.sampled_from(kinds))
    obj = draw(_object())
    encoded = json.dumps(
        obj,
        ensure_ascii=draw(st.booleans()),
        separators=draw(st.sampled_from([(", ", ": "), (",", ":")])),
    ).encode("utf-8", "surrogatepass")
    if kind == "cut":
        encoded = encoded[: draw(st.integers(1, max(1, len(encoded) - 1)))]
    elif kind == "text":
        encoded = draw(st.sampled_from([b"Traceback (most recent call last):", b'  File "x.py", line 1', b"plain"]))
    elif kind == "blank":
        encoded = draw(st.sampled_from([b"", b"  "]))
    elif kind in ("docker", "partial"):
        log = json.dumps(obj) if draw(st.booleans()) else draw(_TEXT)
        end = "" if kind == "partial" else "\n"
        encoded = json.dumps({"log": log + end, "stream": "stdout", "time": "2026-11-01T00:00:01Z"}).encode()
    elif kind == "array":
        encoded = b"[1, 2]"
    elif kind == "envelope":  # CloudWatch's subscription payload, Azure's records: many events a line
        events = [{"id": "1", "timestamp": 1793491200000, "message": json.dumps(obj)}, {"message": "x"}]
        encoded = json.dumps(
            {"messageType": "DATA_MESSAGE", "logGroup": "/aws/lambda/f", "logEvents": events}
            if draw(st.booleans())
            else {"records": [obj, obj]}
        ).encode()
    elif kind in ("records", "keys"):  # the envelope keys as an app's own, and `log` not Docker's
        value = draw(st.sampled_from([5, "x", [1], [{"a": 1}], {"a": [1]}, None, True, 2.5]))
        encoded = json.dumps({**obj, draw(st.sampled_from(["records", "logEvents", "log"])): value}).encode()
    return encoded + draw(st.sampled_from([b"\n"] * 4 + [b"\r\n"]))


@st.composite
def _block(draw) -> bytes:
    block = b"".join(draw(st.lists(_line(), min_size=1, max_size=12)))
    if draw(st.integers(0, 9)) == 0:
        block = b"\xef\xbb\xbf" + block
    if draw(st.booleans()):
        block = block.rstrip(b"\n")
    return block


def _same(fast, slow) -> None:
    assert {k: list(v) for k, v in fast.columns.items()} == {k: list(v) for k, v in slow.columns.items()}
    assert (fast.records, fast.lines, fast.malformed) == (slow.records, slow.lines, slow.malformed)
    assert fast.malformed_samples == slow.malformed_samples


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(_block(), min_size=1, max_size=3))
def test_json_blocks_read_as_line_by_line(blocks: list[bytes]) -> None:
    fmt = JsonLinesFormat()
    for fields in FIELD_SETS * 2:  # the second round starts from the alias depths learned
        for block in blocks:
            note(f"{fields} {block!r}")
            slow = LogFormat.parse_block(fmt, block, fields, "default")
            _same(fmt.parse_block(block, fields, "default"), slow)
            if "raw" not in fields:
                counted, counts = fmt.count_block(block, fields, "default")
                assert counts == count_columns(slow, fields)
                assert (counted.records, counted.lines, counted.malformed) == (slow.records, slow.lines, slow.malformed)


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(_block(), min_size=1, max_size=3))
def test_json_blocks_count_by_the_second_as_timeline_reads_each_record(blocks: list[bytes]) -> None:
    """Counting by (second, level), epoch numbers cut to their second in bulk, puts every record
    in the bucket of its whole timestamp read record by record."""
    fmt, job = JsonLinesFormat(), Timeline({"interval": "1s", "year": 2026})
    for block in blocks * 2:
        note(repr(block))
        expected: Counter = Counter()
        for record, _ in fmt.records(block, "default"):
            if record is not None:
                expected[(job.bucket(record.timestamp), record.level)] += 1
        _, counts = fmt.count_block(block, (SECOND, "level"), "default")
        assert job.map_counts(counts) == expected


def _lines_down_the_line_path(monkeypatch) -> list[int]:
    """The line counts of the pieces LogFormat.parse_block (the line path) is given, as they come."""
    by_line: list[int] = []
    original = LogFormat.parse_block

    def spy(self, piece, *args, **kwargs):
        by_line.append(piece.count(b"\n"))
        return original(self, piece, *args, **kwargs)

    monkeypatch.setattr(LogFormat, "parse_block", spy)
    return by_line


def test_a_cut_line_sends_only_its_neighbourhood_down_the_line_path(monkeypatch) -> None:
    line = json.dumps({"ts": "2026-11-01T00:00:00Z", "level": "INFO", "msg": "M\u00fcnchen \u6771"}).encode()
    lines = [line] * 1000
    lines[500] = line[:30]  # cut inside a string: the decoder stops in the next line
    lines[700] = b"Traceback (most recent call last):"
    lines[701] = b"   "
    block = b"\r\n".join(lines) + b"\r\n"
    fmt = JsonLinesFormat()
    by_line = _lines_down_the_line_path(monkeypatch)
    batch = fmt.parse_block(block, ("timestamp", "level", "message"), "default")
    assert sum(by_line) <= 8
    assert (batch.records, batch.malformed, batch.lines) == (999 - 1, 1, 1000)
    assert batch.columns["message"][0] == "München 東"
    assert batch.columns["message"][699] == "Traceback (most recent call last):"


def test_a_docker_partial_line_cut_from_its_end_by_blank_lines_counts_as_the_line_path_reads_it() -> None:
    """The file's first block taught its alias depths (`ts`, not Docker's `time`); a later block
    with blank lines is cut around them, and a partial line (Docker cuts at 16 KiB) ends one piece
    while its end opens the next: counted as the line path reads them (a blank line ends a partial
    line, as the engine's cuts read it: tests/test_reading_edges.py), two records."""
    fmt = JsonLinesFormat()
    fmt.count_block(b'{"message": 5, "ts": "2026-11-01T00:00:00Z"}\n', ("timestamp", "level"), "default")
    partial = b'{"log": "{\\"message\\": 5}", "stream": "stdout", "time": "2026-11-01T00:00:01Z"}\n'
    block = partial + b"\n\n" + b'{"log": "\\n", "stream": "stdout", "time": "2026-11-01T00:00:01Z"}\n'
    for fields in [("timestamp", "level"), ("service", "level"), ("message",)]:
        slow = LogFormat.parse_block(fmt, block, fields, "default")
        assert slow.records == 2
        assert fmt.count_block(block, fields, "default")[1] == count_columns(slow, fields)


_LOGFMT_LINES = [
    'time="2026-11-01T00:00:00Z" level=info msg="user \\"x\\" logged in\\n\\u00e9" service=api',
    "time=2026-11-01T00:00:01Z level=warning msg=plain app=cart status=503",
    'ts=1793491200 lvl=E message="東京 ok" logger=a.b host=h-1',
    "status=404 path=/x method=GET",
    'log="{\\"msg\\":\\"inner\\"}" stream=stdout time=2026-11-01T00:00:00Z',
    "level=info msg=",
    "not logfmt at all",
    "   ",
    "",
]
_SYSLOG_LINES = [
    '<134>1 2026-11-01T00:00:00.000449+00:00 checkout-4 checkout 7503 - [a@1 id="7" note="said \\"hi\\""] GET /x',
    "<11>1 2026-11-01T00:00:01Z - - - ORDER - \ufeffmessage with BOM",
    "<165>1 - host app - - -",
    "<13>Nov  1 10:00:00 host sshd[42]: Accepted password",
    "Nov 11 10:00:00 host kernel: oops",
    "<999>1 broken",
    "garbage line",
    "",
]
TEXT_FIELD_SETS = [*FIELD_SETS, ("service", "level", "status", "path", "text")]


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.sampled_from(_LOGFMT_LINES + _SYSLOG_LINES), max_size=12),
    crlf=st.booleans(),
    which=st.sampled_from(["logfmt", "syslog"]),
)
def test_text_blocks_read_as_line_by_line(lines: list[str], crlf: bool, which: str) -> None:
    """logfmt's and syslog's block paths give the fields `parse` gives, line by line."""
    from logmr.formats.logfmt import LogfmtFormat
    from logmr.formats.syslog import SyslogFormat

    fmt = LogfmtFormat() if which == "logfmt" else SyslogFormat()
    block = ("\r\n" if crlf else "\n").join(lines).encode()
    for fields in TEXT_FIELD_SETS:
        _same(fmt.parse_block(block, fields, "default"), LogFormat.parse_block(fmt, block, fields, "default"))


@settings(max_examples=100, deadline=None)
@given(
    apps=st.lists(_object(), min_size=1, max_size=10),
    times=st.lists(st.sampled_from(["2026-11-01T00:00:01.5Z", "", None]), min_size=10, max_size=10),
    ascii_only=st.booleans(),
)
def test_docker_around_app_json_takes_the_block_path(apps: list[dict], times: list, ascii_only: bool) -> None:
    """Docker json-file lines each holding one whole app JSON line are decoded as a block of the
    app's lines (no line-by-line parse), and read as record_from_object reads each."""
    lines = []
    for obj, time in zip(apps, times, strict=False):
        outer = {"log": json.dumps(obj, ensure_ascii=ascii_only) + "\n", "stream": "stdout"}
        if time is not None:
            outer["time"] = time
        lines.append(json.dumps(outer, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"))
    block = b"\n".join(lines) + b"\n"
    fmt = JsonLinesFormat()
    for fields in FIELD_SETS:
        _same(fmt.parse_block(block, fields, "default"), LogFormat.parse_block(fmt, block, fields, "default"))
    for fields in [
        ("service", "level"),
        ("level",),
        ("service", "level", "host", "message"),
        ("timestamp", "level"),
    ] * 2:
        slow = LogFormat.parse_block(fmt, block, fields, "default")
        counted, counts = fmt.count_block(block, fields, "default")  # (the app's lines counted inside, once learned)
        assert counts == count_columns(slow, fields)
        assert (counted.records, counted.lines, counted.malformed) == (slow.records, slow.lines, slow.malformed)
    job, expected = Timeline({"interval": "1s", "year": 2026}), Counter()
    for record, _ in fmt.records(block, "default"):  # (each record's bucket, at Docker's time where it has one)
        expected[(job.bucket(record.timestamp), record.level)] += 1
    for _ in range(2):
        assert job.map_counts(fmt.count_block(block, (SECOND, "level"), "default")[1]) == expected


def test_docker_around_pino_is_counted_from_the_apps_lines(monkeypatch) -> None:
    """Once a file's blocks are Docker's lines around its app's JSON, services counts the app's
    lines from one decode (json_count_docker.count_app_rows), not on the column path, with its counts."""
    from logmr.formats import jsonl

    apps = [{"level": 30 + 10 * (i % 3), "name": f"s{i % 4}", "msg": '注文 "x"\n'} for i in range(60)]
    lines = [
        json.dumps({"log": json.dumps(app) + "\n", "stream": "stdout", "time": "2026-11-01T00:00:00Z"}) for app in apps
    ]
    block = ("\n".join(lines) + "\n").encode()
    fmt = JsonLinesFormat()
    fields = ("service", "level")
    expected = count_columns(LogFormat.parse_block(fmt, block, fields, "default"), fields)
    assert fmt.count_block(block, fields, "default")[1] == expected  # (the first block learns the file)
    calls, original = [], jsonl.count_app_rows
    monkeypatch.setattr(jsonl, "count_app_rows", lambda *args: calls.append(1) or original(*args))
    monkeypatch.setattr(LogFormat, "parse_block", None)  # neither the column path nor the line path
    assert fmt.count_block(block, fields, "default")[1] == expected and calls == [1]


def test_docker_around_pino_is_counted_by_the_second_at_dockers_time(monkeypatch) -> None:
    """timeline on Docker's lines around an app's JSON counts the app's lines (json_count_docker.count_app_rows)
    at Docker's time, as the record path reads each line; a block with a line without Docker's time
    (the app's own then) goes to the column path, as does one with a line msgspec rejects (a lone surrogate)."""
    from logmr.formats import jsonl

    apps = [{"level": 30 + 10 * (i % 3), "time": 1793491200000 + i, "name": "s", "msg": "注文"} for i in range(60)]
    outers = [
        {"log": json.dumps(app) + "\n", "stream": "stdout", "time": f"2026-11-01T00:00:{i % 7:02}.5{i}Z"}
        for i, app in enumerate(apps)
    ]
    good = "".join(json.dumps(outer) + "\n" for outer in outers).encode()
    untimed = good + (json.dumps({**outers[0], "time": ""}) + "\n").encode()
    surrogate = good + (json.dumps({**outers[0], "log": '{"level": 30, "msg": "\ud800"}\n'}) + "\n").encode()
    calls, original = [], jsonl.count_app_rows
    monkeypatch.setattr(jsonl, "count_app_rows", lambda *args: calls.append(1) or original(*args))
    fmt, job = JsonLinesFormat(), Timeline({"interval": "1s", "year": 2026})
    for block in (good, good, untimed, surrogate, good):
        records = [record for record, _ in fmt.records(block, "default") if record is not None]
        expected = Counter((job.bucket(record.timestamp), record.level) for record in records)
        batch, counts = fmt.count_block(block, (SECOND, "level"), "default")
        assert job.map_counts(counts) == expected and batch.records == len(records)
    # (the first block too, its `log` strings seen; not the last, after the surrogate's on the column path)
    assert len(calls) == 4
    assert Counter(map(len, expected)) == Counter({2: 7 * 3})  # (seven seconds, three levels)


def test_docker_around_pino_never_leaves_the_block_path(monkeypatch) -> None:
    app = {"level": 50, "time": 1793491200123, "name": "payments", "msg": '注文 "x"\n'}
    outer = {"log": json.dumps(app) + "\n", "stream": "stderr", "time": "2026-11-01T00:00:00.000796780Z"}
    block = (json.dumps(outer) + "\n").encode() * 50 + json.dumps({**outer, "time": ""}).encode()
    fmt = JsonLinesFormat()
    fields = ("timestamp", "level", "service", "message", "raw", "text")
    slow = LogFormat.parse_block(fmt, block, fields, "default")
    monkeypatch.setattr(LogFormat, "parse_block", None)  # the line-by-line path would fail
    fast = fmt.parse_block(block, fields, "default")
    _same(fast, slow)
    assert fast.columns["timestamp"][-2:] == ["2026-11-01T00:00:00.000796780Z", "1793491200123"]
    assert (fast.columns["level"][0], fast.columns["service"][0]) == ("ERROR", "payments")


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"])), max_size=4), ascii_only=st.booleans()
)
def test_escapes_resolved_in_bytes_as_in_text(texts: list[str], ascii_only: bool) -> None:
    """json_text.resolved_bytes (a replace per one-character escape, the regex for the rest) and
    resolved_valid_bytes (the backslashes deleted) give the text decoded_text gives a line, for
    JSON written once or twice over (Docker around an app's JSON: `\\\\\\"` and `\\\\\\\\`), with
    any characters, backslashes, quotes and NULs among them."""
    from logmr.formats import json_text

    once = json.dumps({"msg": texts, "k": "\\\\"}, ensure_ascii=ascii_only)
    saved = json_text._SPARSE
    try:
        for sparse in (0, 10**9):  # the regex alone, then the replaces whatever the escapes' density
            json_text._SPARSE = sparse
            for line in (once, json.dumps({"log": once + "\n", "stream": "stdout"}, ensure_ascii=ascii_only)):
                expected = json_text.decoded_text(line).encode()
                assert json_text.resolved_bytes(line.encode()) == expected
                assert json_text.resolved_valid_bytes(line.encode()) == expected
    finally:
        json_text._SPARSE = saved


def test_many_cut_lines_each_go_down_the_line_path_alone(monkeypatch) -> None:
    """More cut lines than the bad spots a block may have (json_pieces.MAX_BAD_SPOTS): they are
    found in one pass, and only they take the line path; the columns are the line path's."""
    from logmr.formats.json_pieces import MAX_BAD_SPOTS

    line = json.dumps({"ts": "2026-11-01T00:00:00Z", "level": "WARNING", "msg": "M\u00fcnchen"}).encode()
    lines = [line[: 20 + i % 9] if i % 7 == 3 else line for i in range(1000)]
    block = b"\r\n".join(lines) + b"\r\n"
    assert sum(1 for lin in lines if lin != line) > 2 * MAX_BAD_SPOTS
    fmt, fields = JsonLinesFormat(), ("timestamp", "level", "message")
    expected = LogFormat.parse_block(fmt, block, fields, "default")
    by_line = _lines_down_the_line_path(monkeypatch)
    _same(fmt.parse_block(block, fields, "default"), expected)
    assert sum(by_line) == sum(1 for lin in lines if lin != line)


_ESCAPE_PARTS = st.sampled_from(
    [
        *(b"\\", b'\\"', b"\\\\", b"\\/", b"\\n", b"\\r", b"\\t", b"\\b", b"\\f", b"\\u", b"\\x", b"\\\n"),
        *(b"\\\xc3\xa9", b"\\u00e9", b"\\u000a", b"\\u000D", b"\\u0000", b"\\u005c", b"\\ud83d", b"\\uDE00"),
        *(b"\\udbff\\udfff", b"\\u6771\\u4eac", b"\\u12"),
        *(b"\\uzzzz", b"a", b" ", b"\n", b'"', b"\xe6\x9d\xb1", b"\xff", b"\r", b"\r\n", b"\\\r\n"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(_ESCAPE_PARTS, max_size=24))
def test_escapes_resolved_in_c_as_in_python(parts: list[bytes]) -> None:
    """logmr_native.json_unescape (layer/native/json_text.c) gives the bytes of the regex that
    defines the resolved text (json_text._ESCAPE_BYTES), for any bytes: escapes of each kind, pairs
    and lone surrogates, escapes cut short, a backslash before a line's end, the end, a byte past
    ASCII or another character, invalid UTF-8; with `crlf`, after the CRs before LFs are dropped."""
    from logmr.formats import json_text
    from logmr.native import json_unescape

    assert json_unescape is not None, "the C kernels are built by scripts/setup.sh"
    data = b"".join(parts)
    expected = json_text._ESCAPE_BYTES.sub(json_text._cached_bytes, data)
    assert json_unescape(data) == expected
    if b"\\" not in data:
        assert json_unescape(data) is data  # (no copy)
    # with CRLF line ends: the CR before each LF dropped first (as split_block cuts lines)
    without_crs = data.replace(b"\r\n", b"\n")
    assert json_unescape(data, True) == json_text._ESCAPE_BYTES.sub(json_text._cached_bytes, without_crs)
    if data.isascii() or json_text.is_utf8(data):
        assert json_text.resolved_bytes(data) == expected  # (the Python path's replaces, where they apply)


def test_json_unescape_takes_bytes_alone() -> None:
    from logmr.native import json_unescape

    class Bytes(bytes):
        pass

    for wrong in (bytearray(b"\\n"), memoryview(b"\\n"), "\\n", None, Bytes(b"x")):
        try:
            json_unescape(wrong)
        except TypeError:
            continue
        raise AssertionError(f"json_unescape took {wrong!r}")
    assert json_unescape(b"") == b""
    assert json_unescape(b"a\r\n\\t", crlf=True) == b"a\n\t"  # (by keyword too)
