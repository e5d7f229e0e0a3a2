"""json_tally's scan (layer/native/json_flat.h): a JSON line's keys and scalar values read where
they lie, no document built, ahead of yyjson. Whatever the scan reads, json_tally must count
exactly as with yyjson alone (`flat=False`): the same lines, projections and seconds, the same
lines refused. Checked on lines written to be awkward, on edge cases of the JSON grammar, and on
the loggers' corpus and the generator's JSON profiles."""

from __future__ import annotations

import json
from pathlib import Path

import logmr_native
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.gen.catalog import PROFILES
from logmr.gen.generator import generate_file
from test_json_native import SPEC, _lines

CORPUS = Path(__file__).parent / "data" / "loggers"
TIMES = (b"x", b"msg")  # (of _lines' keys: any value, a second read from it or the block refused)


def _both(block: bytes, spec: tuple, times: tuple | None = None, suspects: bool = False) -> tuple:
    return tuple(logmr_native.json_tally(block, spec, times, suspects, False, flat) for flat in (True, False))


@settings(max_examples=500, deadline=None)
@given(_lines(), st.booleans(), st.booleans(), st.booleans())
def test_the_scan_counts_as_yyjson_on_awkward_lines(lines: list[bytes], timed: bool, suspects: bool, bom: bool) -> None:
    """Escaped or not, repeated keys, nested values, damaged lines (cut, a byte not UTF-8, an
    encoded surrogate, a control character, a stray brace): the same result either way."""
    block = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + b"\n"
    scanned, read = _both(block, SPEC, TIMES if timed else None, suspects)
    assert scanned == read


_EDGES = [
    b"{}",
    b" { } ",
    b'{"level":"info"}\r',
    b'{"level" : "info" , "x" : 1 }',
    b'{"level":"info",}',
    b'{"level":"info"} x',
    b'{"level":"info"}}',
    b'{"level":"info"',
    b'{"level" "info"}',
    b'{level:"info"}',
    b"{'level':'info'}",
    b'{"level":"in\\"fo"}',
    b'{"level":"in\\u0041fo"}',
    b'{"level":"\\u0000"}',
    b'{"level":"\\ud83d\\ude00"}',
    b'{"level":"\\ud83d"}',
    b'{"level":"\\ude00"}',
    b'{"x":"\\ud83d\\ude00","level":"a"}',
    b'{"x":"\\udc00","level":"a"}',
    b'{"x":"\\q","level":"a"}',
    b'{"x":"\\u12","level":"a"}',
    b'{"x":"\\u12G4","level":"a"}',
    b'{"x":"a\tb","level":"a"}',
    b'{"x":"a\x7fb","level":"a"}',
    b'{"lev\\u0065l":"warn"}',
    b'{"level":"\xc3\xa9t\xc3\xa9 \xe6\x9d\xb1 \xf0\x9f\x98\x80"}',
    b'{"x":"\xc0\xaf","level":"a"}',
    b'{"x":"\xe0\x80\xaf","level":"a"}',
    b'{"x":"\xed\xa0\x80","level":"a"}',
    b'{"x":"\xf4\x90\x80\x80","level":"a"}',
    b'{"x":"\xf0\x9f\x98","level":"a"}',
    b'{"x":"\xe6\x9d","level":"a"}',
    b'{"\xc3\xa9":1,"level":"a"}',
    b'{"level":30}',
    b'{"level":-0}',
    b'{"level":-0.5e+10}',
    b'{"level":1E5}',
    b'{"level":01}',
    b'{"level":1.}',
    b'{"level":.5}',
    b'{"level":-}',
    b'{"level":1e}',
    b'{"level":+1}',
    b'{"level":0x10}',
    b'{"level":12345678901234567890123456789}',
    b'{"level":true,"service":false}',
    b'{"level":null}',
    b'{"level":nul}',
    b'{"level":True}',
    b'{"level":NaN}',
    b'{"level":"a","level":"b"}',
    b'{"level":{"x":1},"level":"b"}',
    b'{"level":"b","level":{"x":1}}',
    b'{"service":{"name":"s","id":7,"more":[1,{"a":null}]}}',
    b'{"service":"plain","x":[1,2,{"y":[true,false,null]}]}',
    b'{"x":[1,2,],"level":"a"}',
    b'{"x":[1 2],"level":"a"}',
    b'{"x":{"a"},"level":"a"}',
    b'{"x":{"a":},"level":"a"}',
    b'{"x":[],"y":{},"level":"a"}',
    b'{"x":' + b"[" * 63 + b"]" * 63 + b',"level":"a"}',
    b'{"x":' + b"[" * 64 + b"]" * 64 + b',"level":"a"}',
    b'{"x":' + b"[" * 600 + b"]" * 600 + b',"level":"a"}',
    b'{"x":' + b"[" * 600 + b',"level":"a"}',
    b'{"time":"2026-11-01T00:00:07.5Z","level":"a"}',
    b'{"time":1793491207123,"level":"a"}',
    b'{"time":"2026-11-01T00:00:07.5\\u005a","level":"a"}',
    b'{"time":null,"ts":"2026-11-01T00:00:07Z"}',
    b'{"time":true}',
    b'{"time":{"a":1}}',
    b'{"time":1.5e9}',
    b'{"service":{"name":"a"},"service":{"id":1}}',
    b'{"service":{"name":"a","name":{"x":1}}}',
    b'{"service":{"name":"a","name":"b","id":[1]}}',
    b'{"service":[{"name":"a"}]}',
    b'{"service":{"name":"a"},"service":"x"}',
    b'{"service":"x","service":{"name":"b"}}',
    b'{"service":{},"level":{}}',
    b'{"service":{"name":"\\u0041"}}',
    b'{"service":{"x":{"y":[1,{"z":2}]},"name":"n","id":-1.5}}',
    b'{"service":{"name":"a",}}',
    b'{"service":{"name":"a"}',
    b'{"a":{"b":{"c":1,"d":{"c":2}},"e":3,"b":{"d":4}},"level":"x"}',
    b'{"a":{"b":{"c":{"deep":1}}}}',
    b'{"a":{"b":{"c":"\\t"}}}',
    b'{"a":{"b":' + b'{"b":' * 70 + b"1" + b"}" * 70 + b"}}",
    b"[1, 2]",
    b'"text"',
    b"",
    b"   ",
    b"\xef\xbb\xbf{}",
]


_DEEP = ((b"a", ((b"b", ((b"c", None),)), (b"e", None))), (b"level", None), (b"service", ()))


@pytest.mark.parametrize("line", _EDGES)
@pytest.mark.parametrize("times", [None, (b"time", b"ts")])
def test_the_scan_counts_as_yyjson_at_the_grammars_edges(line: bytes, times: tuple | None) -> None:
    """Each line alone, and after a line that counts (a refused line then refuses the block), by
    the keys of two specs (keys read three deep; an object reduced to no keys)."""
    for spec in (SPEC, _DEEP):
        for block in (line + b"\n", b'{"level":"ok"}\n' + line, line * 3):
            scanned, read = _both(block, spec, times)
            assert scanned == read, block


def _json_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.json*") if ".expected" not in p.name)


_SPECS = [
    ((b"level", None), (b"severity", None), (b"service", ((b"name", None),)), (b"log", ((b"level", None),))),
    ((b"msg", None), (b"message", None), (b"MESSAGE", None), (b"@m", None), (b"short_message", None)),
    ((b"host", None), (b"hostname", None), (b"_HOSTNAME", None), (b"PRIORITY", None), (b"@l", None)),
]


@pytest.mark.parametrize("spec", _SPECS, ids=["levels", "messages", "hosts"])
def test_the_scan_counts_as_yyjson_on_real_loggers_and_the_generators_profiles(spec: tuple, tmp_path: Path) -> None:
    """Every JSON file of the loggers' corpus (real tools' documented output) and every JSON
    profile of the generator, whole and in blocks of 7 lines, with seconds and without."""
    data = [p.read_bytes() for p in _json_files()]
    for profile in (name for name, info in PROFILES.items() if info.family == "json"):
        generate_file(tmp_path / profile, profile, 60_000, seed=3, workers=1)
        data.append((tmp_path / profile).read_bytes())
    times = (b"time", b"timestamp", b"ts", b"@timestamp", b"@t", b"__REALTIME_TIMESTAMP")
    counted = 0
    for text in data:
        rows = text.split(b"\n")
        for block in [text] + [b"\n".join(rows[i : i + 7]) + b"\n" for i in range(0, len(rows), 7)]:
            for timed in (None, times):
                scanned, read = _both(block, spec, timed, suspects=True)
                assert scanned == read
                counted += scanned is not None
    assert counted > 1000  # (blocks counted, not refused alike)


def test_a_line_of_many_keys_and_long_texts_counts_as_yyjson() -> None:
    """Texts longer than the scan's 16 bytes at a time, ending anywhere within them; 3,000 keys."""
    lines = [json.dumps({"msg": "x" * n + "é" * (n % 3), "level": "info"}).encode() for n in range(70)]
    lines.append(json.dumps({f"k{i}": "v" * (i % 40) for i in range(3000)} | {"level": "warn"}).encode())
    scanned, read = _both(b"\n".join(lines) + b"\n", (*SPEC, (b"msg", None)))
    assert scanned == read and scanned[0] == 71
