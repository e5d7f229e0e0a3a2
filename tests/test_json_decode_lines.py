"""formats/json_lines.py `decoded_lines`: a block of JSON lines decoded line by line in one call
(msgspec's decode_lines, which takes any number of values a line) is counted as the record path
counts it: lines that are blank, begin with a blank or hold two values send the block to the
array's decode, which fails on them, and so to the line-by-line path."""

from __future__ import annotations

import json

import msgspec
import pytest

from helpers import json_counts_agree
from logmr.formats import json_lines
from logmr.formats.json_blocks import BlockDecoder, NeedsRecordPath, block_decoder
from logmr.formats.json_lines import decoded_lines

_LINE = '{{"time":"2026-11-01T00:00:{s:02d}Z","level":"{level}","service":"{svc}","msg":"m {n}"}}'


def _lines(count: int = 40) -> list[str]:
    levels, services = ("info", "warn", "error", "debug"), ("api", "db", "ünï")
    return [_LINE.format(s=n % 60, level=levels[n % 4], svc=services[n % 3], n=n) for n in range(count)]


def _decoding() -> BlockDecoder:
    return block_decoder((("service", 1), ("level", 1)), frozen=True)


@pytest.mark.parametrize(
    "odd",
    [
        "",  # a blank line
        "   ",
        "\t",
        '  {"level":"info","service":"indented"}',  # a value after blanks: one, read as one
        '{"level":"info"} {"level":"warn"}',  # two values on a line
        '{"level":"info"}{"level":"warn"}',
        '{"level":"info"},',
        "not json",
    ],
)
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_odd_lines_are_counted_as_the_record_path(odd: str, ending: str) -> None:
    lines = _lines()
    blocks = [
        ending.join([*lines[:10], odd, *lines[10:]]).encode() + ending.encode(),
        ending.join([odd, *lines]).encode(),  # (first, and the last line without its newline)
        ending.join([*lines[:5], '{"a":1} {"a":2}', *lines[5:20], "", *lines[20:]]).encode(),  # two and none
        b"\xef\xbb\xbf" + ending.join([*lines, odd]).encode(),  # a byte order mark
    ]
    json_counts_agree([ending.join(lines).encode() + b"\n", *blocks])


def test_two_values_on_a_line_and_a_blank_line_are_not_one_a_line() -> None:
    """As many values as lines, yet not one a line: the array's decode takes the block and fails."""
    lines = _lines(6)
    block = "\n".join([lines[0], f"{lines[1]} {lines[2]}", "", *lines[3:]]).encode() + b"\n"
    assert len(msgspec.json.Decoder().decode_lines(block)) == block.count(b"\n")
    with pytest.raises(msgspec.DecodeError):
        decoded_lines(_decoding(), block)


def test_lines_are_decoded_in_one_call_where_none_is_blank() -> None:
    decoding = _decoding()
    block = ("\r\n".join(_lines()) + "\r\n").encode()
    rows = decoded_lines(decoding, block)
    assert rows == decoding.decoder.decode(b"[" + block.replace(b"\r\n", b",")[:-1] + b"]")
    assert decoded_lines(decoding, b"\xef\xbb\xbf" + block) == rows


@pytest.mark.parametrize("re2_bytes", [0, json_lines.RE2_BYTES])  # (searched by RE2, by Python's re)
def test_a_line_of_two_objects_is_never_read_as_two_lines(re2_bytes: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """No blank line anywhere: a line of two objects fails the array's decode."""
    monkeypatch.setattr(json_lines, "RE2_BYTES", re2_bytes)
    lines = _lines(6)
    for joined in (f"{lines[1]} {lines[2]}", f"{lines[1]} \t{lines[2]}", f"{lines[1]}{lines[2]}"):
        block = "\n".join([lines[0], joined, *lines[3:]]).encode() + b"\n"
        if " " in joined:  # (decode_lines takes two values parted by blanks)
            assert len(msgspec.json.Decoder().decode_lines(block)) == len(lines)
        with pytest.raises(msgspec.DecodeError):
            decoded_lines(_decoding(), block)
    comma = f"{lines[1]},{lines[2]}"
    with pytest.raises(msgspec.DecodeError):  # (decode_lines takes no comma)
        decoded_lines(_decoding(), "\n".join([lines[0], comma, *lines[3:]]).encode())
    with pytest.raises(NeedsRecordPath):  # (a line opening with a blank: one array, which takes the comma)
        decoded_lines(_decoding(), "\n".join([" " + lines[0], comma, *lines[3:]]).encode())


def test_braces_meeting_inside_a_text_cost_the_array_decode_not_the_rows() -> None:
    lines = [*_lines(5), '{"level":"info","service":"api","msg":"a {x}{y} \\"}{\\" z"}']
    block = "\n".join(lines).encode() + b"\n"
    decoding = _decoding()
    assert decoded_lines(decoding, block) == [decoding.one.decode(line) for line in lines]


@pytest.mark.parametrize("re2_bytes", [0, json_lines.RE2_BYTES])
def test_a_value_over_several_lines_is_counted_as_the_record_path(
    re2_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """decode_lines takes a value over two lines: a wrapped record, pretty-printed JSON with no
    indentation (`json.dumps(indent=0)`, Go's `MarshalIndent(v, "", "")`), and the two together with
    a line of two values, as many values as lines, which only the search for `}` and `{` meeting
    tells from one a line. Each is counted line by line, as the record path counts it."""
    monkeypatch.setattr(json_lines, "RE2_BYTES", re2_bytes)
    lines = _lines(6)
    wrapped = '{"service":"api",\n"level":"warn","msg":"wrapped"}'
    pretty = json.dumps({"service": "db", "level": "error", "msg": "pretty"}, indent=0)
    blocks = [
        "\n".join([lines[0], wrapped, *lines[1:]]).encode() + b"\n",
        "\n".join([*lines[:3], pretty, *lines[3:]]).encode() + b"\n",
        "\n".join([lines[0], wrapped, f"{lines[1]} {lines[2]}", *lines[3:]]).encode() + b"\n",
    ]
    assert len(msgspec.json.Decoder().decode_lines(blocks[2])) == blocks[2].count(b"\n")
    for block in blocks:
        with pytest.raises((NeedsRecordPath, msgspec.DecodeError)):
            decoded_lines(_decoding(), block)
    json_counts_agree(blocks)


def test_a_block_of_a_byte_order_mark_alone_is_no_value_a_line() -> None:
    with pytest.raises(NeedsRecordPath):
        decoded_lines(_decoding(), b"\xef\xbb\xbf")
