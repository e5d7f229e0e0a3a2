"""logmr's C kernel (layer/native/json_tally.c, formats/json_native.py): JSON lines counted by the
values of a few keys in C. Checked against msgspec reading the same lines (the Python path's
decoder), on lines written to be awkward, and the counts of whole blocks against the Python path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import logmr_native
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.analyses.timeline import Timeline
from logmr.formats import json_count, json_count_docker, json_docker, json_native, json_pieces, jsonl
from logmr.formats.base import SECOND
from logmr.formats.json_blocks import NeedsRecordPath
from logmr.formats.jsonl import JsonLinesFormat
from logmr.gen.catalog import PROFILES
from logmr.gen.generator import generate_file

json_tally = logmr_native.json_tally
CORPUS = Path(__file__).parent / "data" / "loggers"
TIMELINE = Timeline()
SPEC = ((b"level", None), (b"service", ((b"name", None), (b"id", None))), (b'qu"o\\te', None), (b"\xc3\xa9", None))


def test_the_c_kernel_is_built_and_used_where_the_tests_run() -> None:
    """setup.sh builds it (the suite needs a C compiler); nothing here turned it off."""
    assert json_native.available()
    assert Path(logmr_native.__file__).name == "logmr_native.abi3.so"


def _projected(value: Any, spec: tuple | None) -> Any:
    """What the kernel keeps of a value: an object with a spec below reduced to the spec's keys."""
    if spec is None or not isinstance(value, dict):
        return value
    return {key.decode(): _projected(value[key.decode()], below) for key, below in spec if key.decode() in value}


def _reference(lines: list[bytes], spec: tuple) -> Counter | None:
    """The lines counted by msgspec's reading of each (a dict: the last of a repeated key), None
    where one is not an object."""
    counts: Counter = Counter()
    for line in lines:
        try:
            obj = msgspec.json.decode(line)
        except (msgspec.DecodeError, UnicodeDecodeError):
            return None
        if not isinstance(obj, dict):
            return None
        counts[json.dumps(_projected(obj, spec), sort_keys=True)] += 1
    return counts


def _kernel(block: bytes, spec: tuple) -> tuple[int, Counter] | None:
    tallied = json_tally(block, spec)
    if tallied is None:
        return None
    lines, counts = tallied
    mine: Counter = Counter()
    for text, n in counts.items():
        mine[json.dumps(msgspec.json.decode(text), sort_keys=True)] += n
    return lines, mine


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_SCALAR = st.one_of(_TEXT, st.integers(-(10**30), 10**30), st.floats(allow_nan=False), st.booleans(), st.none())
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3))
_KEYS = st.sampled_from(["level", "service", "name", "id", 'qu"o\\te', "é", "msg", "x"])
_OBJECT = st.lists(st.tuples(_KEYS, _VALUE | st.dictionaries(_KEYS, _VALUE, max_size=3)), max_size=6)


def _written(pairs: list[tuple[str, Any]], ascii_only: bool, spaced: bool) -> bytes:
    """An object as a logger writes it, keys possibly repeated, escapes or not, blanks or not."""
    sep = (", ", ": ") if spaced else (",", ":")
    body = sep[0].join(
        json.dumps(k, ensure_ascii=ascii_only) + sep[1] + json.dumps(v, ensure_ascii=ascii_only, separators=sep)
        for k, v in pairs
    )
    return ("{" + body + "}").encode("utf-8", "surrogatepass")


_DAMAGE = st.sampled_from(
    [b"", b"", b"", b"\r", b" ", b"\t", b"cut", b"}", b"{", b"\xff", b"\x00", b"//", b"NaN", b",", b"\xed\xa0\x80"]
)


@st.composite
def _lines(draw: st.DrawFn) -> list[bytes]:
    lines = []
    for pairs in draw(st.lists(_OBJECT, min_size=1, max_size=8)):
        line = _written(pairs, draw(st.booleans()), draw(st.booleans()))
        damage = draw(_DAMAGE)
        if damage == b"cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif damage in (b"\xff", b"\xed\xa0\x80") and b'"' in line:  # (inside a string)
            at = line.index(b'"') + 1
            line = line[:at] + damage + line[at:]
        elif damage in (b" ", b"\t"):
            line = damage + line
        else:
            line += damage
        lines.append(line)
    return lines


@settings(max_examples=400, deadline=None)
@given(_lines(), st.booleans(), st.booleans())
def test_the_kernel_counts_as_msgspec_reads_each_line(lines: list[bytes], last_newline: bool, bom: bool) -> None:
    """Where the kernel counts a block, msgspec reads every line as an object and counts the same
    projections (a text escaped or not, repeated keys, numbers as written, an object reduced to the
    keys below it); where it does not, a line is no object to msgspec, or holds bytes that are not
    UTF-8 (which yyjson rejects everywhere, msgspec in the values it reads only)."""
    body = b"\n".join(lines) + (b"\n" if last_newline else b"")
    block = (b"\xef\xbb\xbf" if bom else b"") + body
    lines = body.split(b"\n")[:-1] if body.endswith(b"\n") else body.split(b"\n") if body else []  # (the block's)
    mine, reference = _kernel(block, SPEC), _reference(lines, SPEC)
    if mine is None:
        assert reference is None or any(_not_utf8(line) for line in lines)
    else:
        assert reference is not None
        assert mine == (len(lines), reference)


def _not_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_texts_the_kernel_writes_again_read_as_the_line_reads_them() -> None:
    """A text with quotes, backslashes, control characters, escapes of any character and characters
    beyond the first plane comes back as msgspec reads it from the line."""
    texts = ['a"b\\c', "\x00\x01\x1f\x7f", "\u2028 \U0001f600 東京", "tab\there", "", "\\u0041"]
    lines = [json.dumps({"level": t, "x": 1}, ensure_ascii=ascii).encode() for t in texts for ascii in (True, False)]
    _, counts = json_tally(b"\n".join(lines), SPEC)
    assert Counter({msgspec.json.decode(t)["level"]: n for t, n in counts.items()}) == Counter(dict.fromkeys(texts, 2))


def test_long_lines_many_keys_and_deep_objects() -> None:
    """A 3 MiB line, an object of 2,000 keys, values 40 deep: counted, none lost."""
    deep: Any = "end"
    for _ in range(40):
        deep = {"service": deep, "name": "n"}
    lines = [
        json.dumps({"msg": "x" * (3 << 20), "level": "info"}),
        json.dumps({**{f"k{i}": i for i in range(2000)}, "level": "warn"}),
        json.dumps({"service": deep, "level": 30}),
    ]
    lines_read, counts = _kernel("\n".join(lines).encode(), SPEC)
    assert lines_read == 3 and counts == _reference([line.encode() for line in lines], SPEC)
    spec = tuple((f"k{i}".encode(), None) for i in range(1024))
    assert json_tally(lines[1].encode(), spec)[0] == 1


@pytest.mark.parametrize(
    "spec",
    [((b"a",),), ((b"a", 5),), (("a", None),), ((b"a", ((b"b", ((b"c", None),)),)),) * 1 + ((b"z", None),) * 1025],
    ids=["short", "below", "text", "too-many"],
)
def test_a_spec_the_kernel_cannot_read_is_refused_with_its_rule(spec: tuple) -> None:
    with pytest.raises(ValueError, match="spec"):
        json_tally(b'{"a": 1}\n', spec)


def test_a_spec_deeper_than_eight_is_refused() -> None:
    spec: Any = None
    for _ in range(10):
        spec = ((b"a", spec),)
    with pytest.raises(ValueError, match="8 deep"):
        json_tally(b'{"a": 1}\n', spec)


def _counted(blocks: list[bytes], fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Each block's records, malformed lines and counts (a timeline's by its buckets: a second's
    text may vary with the block's other times, its bucket may not)."""
    fmt = JsonLinesFormat()
    results = []
    for block in blocks:
        batch, counts = fmt.count_block(block, fields, "default")
        results.append((batch.records, batch.malformed, TIMELINE.map_counts(counts) if SECOND in fields else counts))
    return results


def _files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.json*") if ".expected" not in p.name)


@pytest.mark.parametrize("fields", [("service", "level"), ("level", "host", "service"), ("host",), (SECOND, "level")])
def test_blocks_count_alike_with_and_without_the_kernel(fields: tuple[str, ...], monkeypatch, tmp_path: Path) -> None:
    """Every JSON file of the loggers' corpus and every JSON profile of the generator, in blocks of
    40 lines (a file's blocks through one format, learning as it goes): the same counts (a
    timeline's by its buckets), records and malformed lines with the kernel as on msgspec's path
    alone."""
    data = [p.read_bytes() for p in _files()]
    for profile in (name for name, info in PROFILES.items() if info.family == "json"):
        generate_file(tmp_path / profile, profile, 40_000, seed=5, workers=1)
        data.append((tmp_path / profile).read_bytes())
    tallies = []
    monkeypatch.setattr(json_count, "tally_texts", lambda *args: tallies.append(1) or json_native.tally_texts(*args))
    rows_of = [text.rstrip(b"\n").split(b"\n") for text in data]
    files = [[b"\n".join(rows[i : i + 40]) + b"\n" for i in range(0, len(rows), 40)] for rows in rows_of]
    native = [_counted(blocks, fields) for blocks in files]
    assert len(tallies) > 20  # (the kernel counted blocks: a file's first is read on the column path)
    monkeypatch.setattr(json_count, "available", lambda: False)
    monkeypatch.setattr(jsonl, "available", lambda: False)
    assert [_counted(blocks, fields) for blocks in files] == native


def test_messages_stay_on_msgspecs_path_and_timelines_where_c_reads_no_second(monkeypatch) -> None:
    """The kernel counts few distinct values: services' and timelines' (by the second), not messages;
    a timeline's block whose time C does not read (an object, a boolean) is counted as before."""
    line = b'{"time": %s, "level": "info", "msg": "m%d"}\n'
    block = b"".join(line % (b'"2026-11-01T00:00:0%d.5Z"' % i, i) for i in range(9))
    calls = []
    monkeypatch.setattr(json_count, "tally_texts", lambda *args: calls.append(args) or json_native.tally_texts(*args))
    JsonLinesFormat().count_block(block, ("message", "level"), "default")
    assert calls == []
    for fields in (("service", "level"), (SECOND, "level")):
        JsonLinesFormat().count_block(block * 2, fields, "default")  # (a file's first block learns alone)
    assert len(calls) == 2 and calls[1][2] == (b"time",)  # (the aliases in use: `timestamp` none had)
    blocks = [block, block + line % (b"true", 9)]
    with_c = [
        (records, bad, TIMELINE.map_counts(counts)) for records, bad, counts in _counted(blocks, (SECOND, "level"))
    ]
    monkeypatch.setattr(json_count, "available", lambda: False)
    without_c = [
        (records, bad, TIMELINE.map_counts(counts)) for records, bad, counts in _counted(blocks, (SECOND, "level"))
    ]
    assert with_c == without_c and with_c[1][:2] == (10, 0)


@pytest.mark.parametrize(
    ("value", "second"),
    [
        (b'"2026-11-01T00:00:07.123456789Z"', "2026-11-01T00:00:07Z"),
        (b'"2026-11-01 00:00:07,5+02:00"', "2026-11-01 00:00:07+02:00"),
        (b'"2026-11-01T00:00:07.1234567891Z"', "2026-11-01T00:00:07.1234567891Z"),  # (ten digits: no fraction)
        (b'"2026-11-01T00:00:07.5 UTC"', "2026-11-01T00:00:07.5 UTC"),
        (b'"Nov 01 10:00:00.123"', "Nov 01 10:00:00.123"),
        (b"1793491207123", "1793491207"),
        (b"1793491207123456789", "1793491207"),
        (b"1793491207.25", "1793491207"),
        (b"-5", "-5"),
        (b'"0001793491207"', "1793491207"),
        (b"12345678901234567890123", "12345678901234567890123"),
        (b"null", ""),
        (b'""', ""),
        (b"-0", "0"),  # (msgspec's 0)
        (b'"01"', "1"),
    ],
)
def test_the_second_c_reads_is_the_one_the_record_path_reads(value: bytes, second: str) -> None:
    """The second's text, and its timeline bucket the same as the record's time's."""
    line = b'{"time": %s, "level": "info"}\n' % value
    _, counts = json_tally(line, ((b"level", None),), (b"time",))
    assert list(counts) == [(second, b'{"level":"info"}')]
    record = next(JsonLinesFormat().records(line, "default"))[0]
    timeline = Timeline({"interval": 1})
    assert timeline.bucket(second) == timeline.bucket(record.timestamp)


@pytest.mark.parametrize(  # (a float that rounds up to the next second: Python's)
    "value",
    [b"true", b"{}", b"[1]", b"1.5e9", b"-1.5", b"17934912071.5", b"1793491259.9999999999", b"999999999.99999999"],
)
def test_a_time_c_reads_no_second_from_leaves_the_block_to_python(value: bytes) -> None:
    assert json_tally(b'{"time": %s}\n' % value, (), (b"time",)) is None


def test_objects_under_a_marker_reach_python_as_one_value(monkeypatch) -> None:
    """Where every object at a key decodes alike (a marker such as ECS's `log` object, its keys
    skipped), C hands on `{}` for each, so that lines alike but there count as one distinct row."""
    block = b"".join(b'{"level": "info", "log": {"origin": {"line": %d}}}\n' % i for i in range(50))
    found = []
    monkeypatch.setattr(
        json_count, "tally_texts", lambda *args: found.append(json_native.tally_texts(*args)) or found[-1]
    )
    fmt = JsonLinesFormat()
    for _ in range(2):
        batch, counts = fmt.count_block(block, ("service", "level"), "default")
    assert found and found[-1] == (50, {b'{"log":{},"level":"info"}': 50}, [])
    assert (batch.records, counts) == (50, {("default", "INFO"): 50})


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64).map(lambda b: bytes(b"}\r\na{"[c % 5] for c in b)))
def test_suspect_lines_found_in_c_are_the_regexs(block: bytes) -> None:
    """The lines that cannot be an object alone (not ending with `}`, before a CR): C's ends are
    json_pieces' regex's."""
    assert logmr_native.suspect_ends(block) == [found.end() for found in json_pieces._SUSPECT_END.finditer(block)]


_ONE_LINE = st.sampled_from([b'{"level": "info"}', b'{"level": 30}', b"cut {", b"", b"text", b'{"a": 1}\r', b"}"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ONE_LINE, min_size=1, max_size=8), st.booleans(), st.booleans())
def test_the_lines_c_passes_over_are_the_ones_json_pieces_cuts_out(lines: list[bytes], last: bool, bom: bool) -> None:
    """With `suspects`, C passes over the lines json_pieces.cut_around_suspects makes slow pieces of
    (the same bytes: their newline, a byte order mark with the first) and counts the others."""
    block = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + (b"\n" if last else b"")
    tallied = json_tally(block, ((b"level", None),), None, True)
    cut = json_pieces.cut_around_suspects(block)
    slow = [piece for piece, fast in cut or () if not fast and piece]
    if tallied is None:  # (a line ending with `}` that is no object: `}` alone)
        assert any(line.rstrip(b"\r").endswith(b"}") and not line.startswith(b"{") for line in lines)
    else:
        assert [block[start:end] for start, end in tallied[2]] == slow
        assert tallied[0] == sum(1 for line in block.removeprefix(b"\xef\xbb\xbf").split(b"\n") if line[:1] == b"{")


def _docker(log: str, **outer: Any) -> bytes:
    return json.dumps({"log": log, "stream": "stdout", "time": "2026-11-01T00:00:01.123456789Z", **outer}).encode()


@pytest.mark.parametrize(
    ("line", "timed", "counted"),
    [
        (_docker('{"level": 30}\n'), True, True),
        (_docker('{"level": 30}\n', stream="other"), True, True),  # (any stream: json_docker's _DockerLine)
        (_docker('{"level": 30}'), True, False),  # (a partial line: joined to the next on the record path)
        (_docker('text {"level": 30}\n'), True, False),
        (_docker('{"level": 30} tail\n'), True, False),
        (_docker("[1]\n"), True, False),
        (_docker('{"level": 30}\n', time=""), True, False),
        (_docker('{"level": 30}\n', time=None), True, False),
        (_docker('{"level": 30}\n', time=5), True, False),
        (_docker('{"level": 30}\n', time=5), False, True),  # (Docker's time not read: any value)
        (json.dumps({"log": '{"level": 30}\n', "time": "2026-11-01T00:00:01Z"}).encode(), True, False),
        (json.dumps({"log": 5, "stream": "stdout"}).encode(), False, False),
    ],
)
def test_docker_lines_c_counts_are_app_logs_lines(line: bytes, timed: bool, counted: bool) -> None:
    """With `docker`, C counts a block where json_docker.app_logs takes every line (a `log` text of
    one whole app line, a `stream`, a `time` text where timed), else leaves it to Python."""
    tallied = json_tally(line + b"\n", ((b"level", None),), (b"time",) if timed else None, False, True)
    assert (tallied is not None) == counted
    try:  # (count_app_rows: app_logs takes the line, and its app line is one object)
        _, logs = json_docker.app_logs(line + b"\n", timed)
        python = isinstance(msgspec.json.decode(logs[0]), dict)
    except (msgspec.DecodeError, msgspec.ValidationError, NeedsRecordPath):
        python = False
    if timed and python:
        python = bool(msgspec.json.decode(line).get("time"))  # (count_app_rows: Docker's time, not empty)
    assert python == counted
    if counted:
        second = "2026-11-01T00:00:01Z"
        assert tallied[1] == ({(second, b'{"level":30}'): 1} if timed else {b'{"level":30}': 1})


def test_docker_lines_are_counted_in_c_as_in_python(monkeypatch, tmp_path: Path) -> None:
    """Docker's lines around pino's, block after block: C reads each app line inside its Docker line,
    with the same counts (a timeline's by bucket) as Python's reading."""
    generate_file(tmp_path / "docker", "docker-pino", 200_000, seed=9, workers=1)
    rows = (tmp_path / "docker").read_bytes().rstrip(b"\n").split(b"\n")
    blocks = [b"\n".join(rows[i : i + 200]) + b"\n" for i in range(0, len(rows), 200)]
    calls = []
    tally = json_native.tally_texts
    monkeypatch.setattr(json_count, "tally_texts", lambda *args: calls.append(args[-1]) or tally(*args))
    with_c = [_counted(blocks, fields) for fields in (("service", "level"), (SECOND, "level"))]
    assert calls.count(True) > 2 * len(blocks) - 4  # (each block but a file's first, in both)
    monkeypatch.setattr(json_count, "available", lambda: False)
    monkeypatch.setattr(jsonl, "available", lambda: False)
    monkeypatch.setattr(json_count_docker, "available", lambda: False)
    assert [_counted(blocks, fields) for fields in (("service", "level"), (SECOND, "level"))] == with_c


def test_a_mark_read_only_where_a_block_opens_with_one() -> None:
    """The span of a first line holds the block's byte order mark, not a line's 0xEF further on."""
    spec = ((b"level", None),)
    assert json_tally(b'\xefx\nfoo\n{"level":"info"}\n', spec, None, True)[2] == [(0, 3), (3, 7)]
    assert json_tally(b'\xef\xbb\xbfx\nfoo\n{"level":"info"}\n', spec, None, True)[2] == [(0, 5), (5, 9)]


@pytest.mark.parametrize("fields", [("service", "level"), (SECOND, "level"), ("message", "level")])
@pytest.mark.parametrize("in_c", [True, False], ids=["c", "msgspec"])
def test_a_line_nested_past_pythons_recursion_limit_is_malformed_not_fatal(fields, in_c: bool, monkeypatch) -> None:
    """msgspec recurses: a line nesting 5,000 arrays fails it (RecursionError, which failed the
    task); C leaves such a line to Python (it nests 512 deep or more), where it is one malformed line."""
    if not in_c:
        monkeypatch.setattr(json_count, "available", lambda: False)
        monkeypatch.setattr(jsonl, "available", lambda: False)
    deep = b'{"level": "info", "service": "a", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}\n"
    good = b'{"level": "info", "service": "a", "time": "2026-11-01T00:00:00Z"}\n'
    fmt = JsonLinesFormat()
    for block in (deep + good * 3, good + deep + good):
        batch, counts = fmt.count_block(block, fields, "default")
        lines = block.count(b"\n")
        assert (batch.records, batch.malformed, sum(counts.values())) == (lines - 1, 1, lines - 1)
    assert json_tally(deep, ((b"level", None),)) is None
    shallow = b'{"level": "info", "x": ' + b"[" * 500 + b"]" * 500 + b"}\n"
    assert json_tally(shallow, ((b"level", None),)) == (1, {b'{"level":"info"}': 1})


def test_an_empty_spec_counts_lines_and_specs_c_cannot_read_are_refused() -> None:
    assert json_tally(b'{"a": 1}\n{}\n', ()) == (2, {b"{}": 2})
    spec: Any = None
    for _ in range(9):
        spec = ((b"a", spec),)
    with pytest.raises(ValueError, match="8 deep"):
        json_tally(b'{"a": 1}\n', spec)
    with pytest.raises(ValueError, match="the spec names too"):
        json_tally(b'{"a": 1}\n', ((b"a", None),), (b"a",))


def test_a_module_built_from_other_sources_is_not_used(tmp_path: Path) -> None:
    """A logmr_native whose ABI is not json_native's (a Lambda layer older than the functions' code)
    is left unused: JSON is read in Python, not called with arguments it does not take."""
    (tmp_path / "logmr_native.py").write_text("ABI = 2\ndef json_tally(*args): raise TypeError\nsuspect_ends = None\n")
    functions = Path(__file__).parents[1] / "functions"
    code = "from logmr.formats import json_native; print(json_native.available())"
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{functions}"}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout == "False\n"
    env["PYTHONPATH"] = str(functions)
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout == "True\n"
