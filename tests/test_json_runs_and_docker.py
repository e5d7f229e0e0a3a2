"""The JSON count path's bulk shortcuts against what they stand for: newlines counted by deleting
them (formats/base.py count_newlines) against `bytes.count`; epoch times counted a second's run at
a time (seconds.epoch_runs) against to_seconds, each time cut alone; Docker's lines read without
their time or stream text (json_docker.app_logs) against the record path, on tricky lines."""

from __future__ import annotations

import json

from hypothesis import given, note, settings
from hypothesis import strategies as st

from helpers import calls_to, json_counts_agree
from logmr.formats.base import LogFormat, count_lines, count_newlines
from logmr.formats.seconds import RUN_LENGTH, epoch_runs, to_seconds

COUNTED = ("service", "level")


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.one_of(st.integers(0, 20), st.integers(60, 400)), max_size=120),
    last=st.booleans(),
    bom=st.booleans(),
)
def test_newlines_counted_by_deleting_them_as_bytes_count_does(lengths: list[int], last: bool, bom: bool) -> None:
    """Short lines, long lines, blank lines, a block past 4 KiB or not, a last line without its newline."""
    block = (b"\xef\xbb\xbf" if bom else b"") + b"".join(b"x" * n + b"\n" for n in lengths) + (b"{}" if last else b"")
    assert count_newlines(block) == block.count(b"\n")
    assert count_lines(block) == len(block.splitlines())


_START = 1793491200


@st.composite
def _epochs_in_order(draw) -> list:
    """Epoch times as a logger writes them (mostly in order, many a second): ints in one unit,
    floats in seconds, digits of one length as text; sometimes one out of order, a None, another type."""
    unit = draw(st.sampled_from([0, 3, 6, 9]))
    offsets = sorted(draw(st.lists(st.integers(0, 3 * 10**unit), min_size=1, max_size=80)))
    offsets += [offsets[-1]] * draw(st.integers(0, 60))
    kind = draw(st.sampled_from(["int", "float", "text"]))
    if kind == "float":
        values: list = [_START + offset / 10**unit for offset in offsets]
    else:
        values = [_START * 10**unit + offset for offset in offsets]
        values = list(map(str, values)) if kind == "text" else values
    odd = draw(st.sampled_from([None, "late", "none", "other", "zero", "small"]))
    at = draw(st.integers(0, len(values)))
    if odd == "late":
        values.insert(at, values[0])
    elif odd == "none":
        values.insert(at, None)
    elif odd == "other":
        values.insert(at, float(_START) if kind == "int" else str(_START) if kind == "float" else _START)
    elif odd == "zero":  # (a leading zero, or a lower unit: not read in bulk)
        values.insert(0, "0" + values[0][1:] if kind == "text" else values[0] // 1000 if kind == "int" else 1.5)
    elif odd == "small":
        values.insert(0, values[0] - 1 if kind != "text" else values[0][:-1])
    return values


@settings(max_examples=400, deadline=None)
@given(values=st.one_of(_epochs_in_order(), st.lists(st.one_of(st.integers(0, 10**19), st.none()), max_size=20)))
def test_epoch_runs_spelled_out_are_each_time_cut_alone(values: list) -> None:
    """Where epoch_runs gives runs, each run's second repeated over its rows is to_seconds' second
    of each time, of the same type (an int is written as its digits, a text as it is); in order and
    in bulk-readable units with a run per RUN_LENGTH times or fewer, it gives them."""
    note(repr(values))
    expected = to_seconds(values)
    runs = epoch_runs(values)
    if runs is not None:
        spelled = [second for second, start, end in runs for _ in range(start, end)]
        assert spelled == expected
        assert list(map(type, spelled)) == list(map(type, expected))
        assert len({second for second, _, _ in runs}) == len(runs)
    kinds = set(map(type, values))
    in_order = None not in values and len(kinds) == 1 and values == sorted(values)
    bulk = in_order and (kinds != {str} or (len(set(map(len, values))) == 1 and values[0][0] != "0"))
    if bulk and kinds == {int}:
        bulk = len(str(values[-1])) in (10, 13, 16, 19) and len(str(values[0])) == len(str(values[-1]))
    if bulk and kinds == {float}:
        bulk = values[0] >= 1e8 and values[-1] < 1e10
    if bulk and len(set(expected)) <= len(values) // RUN_LENGTH:
        assert runs is not None


def _docker(log: str, stream: object = "stdout", time: object = "2026-11-01T00:00:01.123456789Z", **more) -> bytes:
    line = {"log": log, "stream": stream, "time": time, **more}
    return json.dumps({k: v for k, v in line.items() if v is not _GONE}, ensure_ascii=False).encode() + b"\n"


_GONE = object()
_APP = '{"level":30,"time":1793491200123,"name":"svc","msg":"ok"}\n'
# App lines that are hard to read by their bytes; and Docker lines around them of every kind.
_TRICKY_APPS = [
    '{"level":40,"time":1793491201000,"name":"keys","msg":"\\"name\\":\\"fake\\", \\"level\\":60"}\n',
    '{"msg":"a\\\\\\"","name":"escaped","level":50}\n',
    '{"name":"first","level":30,"name":"second","level":50}\n',
    '{"err":{"name":"nested","level":60},"name":"outer","level":20}\n',
    '{"level":30,"name":"日本語","msg":"Zoë \\u00fc"}\n',
    '{"level":30,"name":"\\u65e5\\u672c","msg":"m"}\n',
    '{"msg":"m","name":"reversed","time":1793491202000,"level":30}\n',
    '{"level":"warn","name":"text level"}\n',
    '{"level":30}\n',
    "plain text from the app\n",
    '{"level":30,"name":"cut"\n',
]
_TRICKY_LINES = [
    *(_docker(app) for app in _TRICKY_APPS),
    *(_docker(_APP, stream=stream) for stream in ("stderr", "STDOUT", 5, None, "", _GONE)),
    *(_docker(_APP, time=time) for time in (None, 5, "", _GONE, "2026-11-01T00:00:09Z")),
    _docker(_APP).replace(b"\n", b"\r\n"),
    _docker('{"level":30,"name":"piece'.ljust(40, "x"), time="2026-11-01T00:00:02Z") + _docker('","level":50}\n'),
    b'{"log":"{\\"name\\":\\"dup1\\"}\\n","log":"{\\"name\\":\\"dup2\\",\\"level\\":50}\\n","stream":"stdout","time":"t"}\n',
    b'{"stream":"stdout","time":"2026-11-01T00:00:03Z","log":"{\\"name\\":\\"first key last\\"}\\n"}\n',
    b'{"log":"{\\"level\\":30,\\"name\\":\\"svc\\"}\\n","stream":"stdout","time":"2026-11-01T00:0\n',
    _docker(_APP, attrs={"stream": "stdout", "log": "x"}),
    b"\n",
]


def test_docker_lines_count_as_the_record_path_whatever_their_stream_time_and_app_line() -> None:
    """Docker's lines around an app's JSON lines, read without their time (services) or their
    stream's text: keys inside strings, escaped quotes, duplicate and nested keys, non-ASCII, a
    stream or time of another type or none, CRLF, a byte order mark, partial and cut lines."""
    plain = b"".join(_docker(_APP.replace("ok", str(i)), time=f"2026-11-01T00:00:0{i}.5Z") for i in range(6))
    blocks = [plain * 4]
    for line in _TRICKY_LINES:
        blocks += [plain + line + plain, plain]
    blocks += [b"\xef\xbb\xbf" + plain, plain.replace(b"stdout", b"stderr")]
    fmt = json_counts_agree(blocks)
    json_counts_agree([b"".join(blocks)])
    with calls_to(LogFormat, "count_block") as calls:
        fmt.count_block(plain.replace(b"stdout", b"stderr"), COUNTED, "default")
    assert calls == []  # (Docker's plain lines stay on the count path)
