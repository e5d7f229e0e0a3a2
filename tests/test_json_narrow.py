"""The narrowed projection (aliases no line of the file used decoded as `None` alone, counted by
the keys in use) against the record path, block after block of one file, so that what the
first blocks taught meets what later ones hold: the loggers corpus, every JSON `logmr gen`
profile, and hand-made lines (keys in any order, an alias first used late, a key both nested and
dotted, nulls, numbers where text is expected, objects where values are)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest

from helpers import block_and_record_paths, calls_to, json_counts_agree
from logmr.analyses.timeline import Timeline
from logmr.formats import json_blocks, json_count, jsonl
from logmr.formats.base import SECOND, LogFormat
from logmr.formats.json_blocks import LEARN_BYTES, Projection
from logmr.formats.json_lines import decoded_lines
from logmr.formats.jsonl import JsonLinesFormat
from logmr.gen.catalog import PROFILES
from logmr.gen.generator import generate_file

CORPUS = Path(__file__).parent / "data" / "loggers"
JSON_PROFILES = sorted(name for name, info in PROFILES.items() if info.family == "json")
COUNTED = ("service", "level")
SECONDS = (SECOND, "level")  # timeline's: records by the timestamp's second, bucketed by the job
TIMELINE = Timeline()
ONE_CALL_TIMELINES = ["gelf_graypy.jsonl", "pino_default.jsonl", "zap_production.jsonl", "ecs_logging_python.jsonl"]
COLUMNS = ("timestamp", "level", "service")


def _blocks(data: bytes, lines: int) -> list[bytes]:
    rows = data.splitlines(keepends=True)
    return [b"".join(rows[i : i + lines]) for i in range(0, len(rows), lines)]


def _agree(blocks: list[bytes]) -> JsonLinesFormat:
    """Each block counted and read by one format (learning as it goes) as the record path reads it."""
    return json_counts_agree(blocks, COLUMNS)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.jsonl") if ".expected" not in p.name))
def test_the_loggers_corpus_counts_as_the_record_path_block_after_block(name: str) -> None:
    data = (CORPUS / name).read_bytes()
    for lines in (3, 17):
        _agree(_blocks(data, lines))


@pytest.mark.parametrize("profile", JSON_PROFILES)
def test_every_json_profile_counts_as_the_record_path_block_after_block(profile: str, tmp_path: Path) -> None:
    path = tmp_path / f"{profile}.jsonl"
    generate_file(path, profile, 60_000, seed=3, workers=1)
    _agree(_blocks(path.read_bytes(), 97))


_BASES = {
    "gelf": {"version": "1.1", "short_message": "m", "level": 6, "facility": "svc", "timestamp": 1793491200.25},
    "zap": {"level": "info", "ts": 1793491200.5, "logger": "svc", "msg": "m"},
    "ecs": {"@timestamp": "2026-11-01T00:00:00.123Z", "log.level": "info", "service.name": "svc", "message": "m"},
}
_NASTY = [
    {"name": "early"},  # an earlier alias, first used late
    {"app": None, "service": None},  # nulls where no line had a value
    {"app": 5, "application": 2.5},  # numbers where text is expected
    {"service": {"name": "nested"}, "service.name": "dotted"},  # a key both nested and dotted
    {"service.name": "dotted", "level": "warn"},
    {"log": {"logger": "L", "level": "debug"}},
    {"log.level": "error", "lvl": "trace"},
    {"record": {"name": "R", "level": {"name": "WARNING"}}},
    {"service": {"other": 1}},
    {"facility": {"a": 1}, "logger": ["x"]},
    {"level": None, "severity": "ERROR"},
    {"level": 30, "status": 503},
    {"SYSLOG_IDENTIFIER": "sd", "PRIORITY": "3"},
    {"resource": {"labels": {"service_name": "run"}}},
    {"logger": "", "facility": ""},
    {"logEvents": 5, "records": None},
]


def _line(base: str, obj: dict, reverse: bool = False) -> bytes:
    merged = {**_BASES[base], **obj}
    keys = list(merged)[::-1] if reverse else list(merged)
    return json.dumps({key: merged[key] for key in keys}).encode() + b"\n"


@pytest.mark.parametrize("base", sorted(_BASES))
def test_late_aliases_nulls_numbers_and_nesting_count_as_the_record_path(base: str) -> None:
    plain = _line(base, {}) * 8
    blocks = [plain * 3]
    for i, obj in enumerate(_NASTY):
        blocks += [plain + _line(base, obj, reverse=i % 2 == 1) + plain, plain]
    fmt = _agree(blocks)
    _agree(blocks[::-1])
    _agree([b"".join(blocks)])
    assert fmt._projections[COUNTED].unused  # (the narrowing was taken: some alias unused)


@pytest.mark.parametrize("base", sorted(_BASES))
def test_depths_learned_on_a_first_blocks_head_meet_the_rows_after_it(base: str) -> None:
    """A file's first large block learns its depths on its first rows alone (one wide decode, of
    about LEARN_BYTES) and is counted on the one-call path; rows after them that the head does not
    foretell count as the record path."""
    head = _line(base, {}) * (4 * LEARN_BYTES // len(_line(base, {})) + 1)
    for i, obj in enumerate(_NASTY):
        _agree([head + _line(base, obj, reverse=i % 2 == 1) + head[:2000]])
    full = JsonLinesFormat()._projection(COLUMNS).full
    with calls_to(Projection, "_decode") as calls:
        JsonLinesFormat().parse_block(head, COLUMNS, "default")
    wide = [len(array) for array, depths, *_ in calls if depths == full]
    assert len(wide) == 1 and LEARN_BYTES < wide[0] < 2 * LEARN_BYTES
    with calls_to(LogFormat, "count_block") as calls:  # counted on the one-call path from the first block
        JsonLinesFormat().count_block(head, COUNTED, "default")
    assert calls == []


def test_the_narrowed_count_stays_on_the_one_call_path() -> None:
    """After a first block, a GELF file's blocks are counted without the column path."""
    data = (CORPUS / "gelf_graypy.jsonl").read_bytes()
    fmt = JsonLinesFormat()
    fmt.count_block(data, COUNTED, "default")
    with calls_to(LogFormat, "count_block") as calls:
        fmt.count_block(data, COUNTED, "default")
    assert calls == []
    assert ("service", 0) in fmt._projections[COUNTED].unused


@pytest.mark.parametrize("name", ONE_CALL_TIMELINES)
def test_timelines_count_stays_on_the_one_call_path(name: str) -> None:
    """After a first block, timeline's counts by second (epoch numbers, ISO times, nested keys) are
    made from one decode of each block, as the record path's."""
    data = (CORPUS / name).read_bytes()
    fmt = _agree([data])
    with calls_to(JsonLinesFormat, "_parse_block") as calls:
        fmt.count_block(data, SECONDS, "default")
    assert calls == []


def test_cut_text_and_blank_lines_are_counted_apart_and_the_rest_stays_on_the_one_call_path() -> None:
    """python-json's cut lines (and text, blank, CRLF lines): those lines alone take the column
    path, block after block; the counts and counters are the record path's."""
    good = b'{"ts": "2026-11-01T00:00:00.015Z", "level": "INFO", "service": "cart", "msg": "ok"}\n'
    odd = [b'{"ts": "2026-11-01T00:00:00.015Z", "level": "ERROR", "serv\n', b"Traceback (most recent call last):\n"]
    odd += [b"\n", b'{"level": "WARN", "service": "crlf"}\r\n', b'{"level": "INFO", "service": "cut", "msg": "a\n']
    blocks = [good * 5 + b"".join(odd[i : i + 2]) + good * 3 + odd[i] for i in range(len(odd))]
    fmt = _agree([good * 4, *blocks, good * 4, *blocks])
    with calls_to(LogFormat, "count_block") as calls:
        fmt.count_block(blocks[0], COUNTED, "default")
    assert sorted(call[0] for call in calls) == sorted([odd[0], odd[1], odd[0]])  # (the cut lines alone, each a piece)


@pytest.mark.parametrize("in_c", [True, False], ids=["c", "msgspec"])
def test_a_cut_blocks_whole_lines_are_decoded_once_and_the_next_block_is_cut_first(monkeypatch, in_c: bool) -> None:
    """A block with cut lines: its other lines are counted together, each whole piece decoded once
    (not joined first: a copy of the block), and the block after it is cut before any decode (not
    decoded whole first, to fail on its cut line). In C: the block read once, its cut lines passed
    over (and read on the line path)."""
    good = b'{"ts": "2026-11-01T00:00:00.015Z", "level": "INFO", "service": "cart", "msg": "ok"}\n'
    cut = b'{"ts": "2026-11-01T00:00:01.015Z", "level": "ERROR", "serv\n'
    block = good * 3 + cut + good * 2 + cut + good
    decoded: list[bytes] = []
    monkeypatch.setattr(
        json_count, "decoded_lines", lambda how, data, large: decoded.append(data) or decoded_lines(how, data, large)
    )
    tally_texts = json_count.tally_texts
    monkeypatch.setattr(
        json_count, "tally_texts", lambda pieces, *args: decoded.extend(pieces) or tally_texts(pieces, *args)
    )
    if not in_c:
        monkeypatch.setattr(json_count, "available", lambda: False)
        monkeypatch.setattr(jsonl, "available", lambda: False)
    for fields in (COUNTED, SECONDS):
        fmt = JsonLinesFormat()
        fmt.count_block(good * 4, fields, "default")
        fmt.count_block(block, fields, "default")
        decoded.clear()
        batch, counts = fmt.count_block(block, fields, "default")
        assert decoded == ([block] if in_c else [good * 3, good * 2, good])
        assert (batch.records, batch.malformed, sum(counts.values())) == (6, 2, 6)


def test_services_and_levels_decoded_as_the_texts_seen_count_new_and_escaped_texts_too(monkeypatch) -> None:
    """A file's services and levels are decoded as Literals of the texts its blocks held so far; a
    block with a new text (or one written with escapes) counts as the record path, and teaches it;
    past MAX_LITERALS texts a field is decoded as text again."""
    line = '{{"time": "2026-11-01T00:00:0{}Z", "level": "{}", "service": "{}", "msg": "m"}}\n'.format
    first = "".join(line(i % 10, "info", f"svc{i % 3}") for i in range(40)).encode()
    escaped = line(1, "inf\\u006f", "svc\\u0031")  # (info and svc1)
    new = ("".join(line(i % 10, "warn", "svc9") for i in range(5)) + escaped).encode()
    fmt = _agree([first, first, new, first + new])
    for fields in (("service", "level"), ("timestamp", "level")):
        texts = fmt._projections[fields].texts
        assert texts["level"] == {"info", "warn"} and texts.get("service", {"svc9"}) >= {"svc9"}
        assert "Literal" in str(json_count.literal_kinds(fmt._projections[fields]))
    monkeypatch.setattr(json_count, "MAX_LITERALS", 3)
    fmt = _agree([first, new, first])
    assert [name for name, _ in json_count.literal_kinds(fmt._projections[COUNTED])] == ["level"]


def test_the_block_decoders_kept_stay_bounded_whatever_texts_the_files_hold() -> None:
    """Each set of texts makes a decoder of its own: a long-lived process keeps at most 512."""
    depths = (("service", 1), ("level", 1))
    for i in range(600):
        decoder = json_blocks.block_decoder(depths, frozen=True, kinds=(("service", Literal[f"s{i}"] | None),))
        assert decoder.decoder.decode(b'[{"service": "s%d"}]' % i)[0].k0 == f"s{i}"
        assert len(json_blocks._decoders) <= 512


def test_parse_s_fields_are_read_on_the_block_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse's `fields.pid` (a record's `pid` key as written: any JSON value) and `fields.time`
    (always None: a `time` key is a timestamp's) come from the block's one decode, as the record
    path reads them, plain and inside Docker's lines, not from a Record a line."""
    from logmr.analyses.parse import Parse

    pids = [1234, "worker-7", {"ns": 3}, [1, 2], None, 3.5, True, "", 10**30]
    lines = [
        json.dumps(
            {"time": "2026-12-01T00:00:00Z", "level": "info", "msg": f"m{i}", "pid": pid} | ({} if i % 4 else {"x": 1})
        )
        for i, pid in enumerate(pids * 20)
    ] + [json.dumps({"time": 1796042096789, "msg": "no pid"})]
    docker = [json.dumps({"log": line + "\n", "stream": "stdout", "time": "2026-12-01T00:00:01.5Z"}) for line in lines]
    for block_lines in (lines, docker):
        block = ("\n".join(block_lines) + "\n").encode()
        batch, reference = block_and_record_paths(JsonLinesFormat(), block, Parse.ROW_FIELDS, monkeypatch)
        assert batch.columns == reference.columns and batch.records == reference.records == len(lines)
        assert batch.columns["fields.pid"][:9] == pids and set(batch.columns["fields.time"]) == {None}
