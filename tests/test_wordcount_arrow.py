"""wordcount with its words counted in Arrow (engine/encoded_counts.py: the map task's counts, its
shuffle lines and the reduce's sums) against a sequential count and the record path, on JSON and
plain text, non-ASCII and empty messages, options, and splits cut small."""

from __future__ import annotations

import random
import re
from array import array
from collections import Counter
from pathlib import Path

import msgspec
import pytest

from helpers import run_job
from logmr.analyses import wordcount
from logmr.engine import count_combiner, reducer

MESSAGES = [
    "user 475527 logged in from 103.71.71.188",
    "Ünïcode Straße ÉTÉ déjà_vu 42",
    "İstanbul ǅemal ﬁle \u212aelvin",  # (lowercasing makes some longer, or ASCII)
    "ΣΟΦΙΑ σοφία Ωmega",
    "",
    "   ",
    "snake_case __dunder__ 123_456 ½ ² ٣",
    "emoji ✅ 😀 mixed ascii",
    '"quoted message" pod="p"',
    "x" * 300 + " a word longer than the vectorised CRC's",
    "a-b c.d e/f GET /api/v1/orders/808690",
    "payment failed     order_id=1234 customer='Zoë'",  # (a console's context: cut off)
    'service started\t{"order_id": 1234}',
]


def _reference(messages: list[str], min_length: int = 1, drop_numbers: bool = False) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for message in messages:
        counts.update(re.findall(r"\w+", message.lower()))
    return {w: n for w, n in counts.items() if len(w) >= min_length and not (drop_numbers and w.isdigit())}


def _messages(lines: int) -> list[str]:
    return [
        f"{MESSAGES[i % len(MESSAGES)]} n{i % 997}".strip() if i % 5 else MESSAGES[i % len(MESSAGES)]
        for i in range(lines)
    ]


@pytest.fixture(params=["counter", "arrow", "c"])
def arrow(request, monkeypatch) -> bool:
    """The words counted in a Counter, in Arrow or in C (logmr_native.KeyCounts)."""
    if request.param != "c":
        monkeypatch.setattr(count_combiner, "KeyCounts", None)
        monkeypatch.setattr(wordcount, "ascii_words", None)
    if request.param != "counter":  # (every block, every partition: the Arrow paths)
        monkeypatch.setattr(count_combiner, "ARROW_MIN_BYTES", 0)
        monkeypatch.setattr(reducer, "ARROW_MIN_LINES", 0)
    return request.param != "counter"


@pytest.mark.parametrize("split_size", [1 << 20, 5000])
def test_json_wordcount_equals_a_sequential_count(tmp_path: Path, arrow: bool, split_size: int) -> None:
    messages = _messages(3000)
    path = tmp_path / "app.jsonl"
    path.write_bytes(b"".join(msgspec.json.encode({"level": "info", "message": m}) + b"\n" for m in messages))
    rows, result = run_job("wordcount", [path], tmp_path / "out", split_size=split_size, partitions=3)
    assert rows == _reference(messages)
    assert result["summary"]["total"] == sum(rows.values())
    options = {"min_length": 3, "drop_numbers": True}
    rows, _ = run_job("wordcount", [path], tmp_path / "options", split_size=split_size, options=options)
    assert rows == _reference(messages, 3, True)


@pytest.mark.parametrize("split_size", [1 << 20, 5000])
def test_plain_wordcount_equals_the_record_path(tmp_path: Path, arrow: bool, split_size: int) -> None:
    """A learned layout's messages read on the kernel (klog-like quoted messages unquoted as the
    record path does), a stack trace's lines no message."""
    lines = []
    for i, message in enumerate(_messages(3000)):
        lines.append(f"2026-11-01 00:00:{i % 60:02d},{i % 1000:03d} INFO shop.api: {message}")
        if i % 97 == 0:
            lines += ["Traceback (most recent call last):", '  File "x.py", line 1, in handle']
    path = tmp_path / "app.log"
    path.write_text("\n".join(lines) + "\n")
    rows, _ = run_job("wordcount", [path], tmp_path / "out", split_size=split_size, partitions=3)
    records, _ = run_job("wordcount", [path], tmp_path / "records", split_size=split_size, batch=False)
    assert rows == records
    assert rows["pod"] < rows["quoted"] and "traceback" not in rows  # (a quoted message alone: unquoted)


def test_key_order_sorts_by_bytes_after_the_integer_columns() -> None:
    """encoded_counts.key_order (8-byte prefixes as integers, ties by the whole key) against
    Python's sort of the bytes: NULs, non-ASCII, keys shorter and longer than 8 bytes, sliced."""
    import pyarrow as pa

    from logmr.engine.encoded_counts import key_order
    from logmr.formats.arrow_sums import text_array

    rng = random.Random(7)
    pieces = [b"a", b"b", b"\0", "é".encode(), b"z", b"\x7f", b"aaaaaaaa"]
    for trial in range(200):
        keys = sorted({b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(40)})
        rng.shuffle(keys)
        texts = text_array([b"x", *keys])[1:]  # (an array with an offset)
        groups = [rng.randrange(3) for _ in keys]
        first = pa.Array.from_buffers(pa.uint32(), len(keys), [None, pa.py_buffer(array("I", groups))])
        assert [keys[k] for k in key_order(texts).to_pylist()] == sorted(keys), trial
        in_groups = [(groups[k], keys[k]) for k in key_order(texts, first).to_pylist()]
        assert in_groups == sorted(zip(groups, keys, strict=True)), trial


def test_run_sums_equal_a_sequential_count() -> None:
    """arrow_sums.run_sums (sorted keys' runs summed by a cumulative sum, no hashing) against a
    Counter: one key, a run at either end, empty and long keys, sliced arrays; and an overflow."""
    import pyarrow as pa

    from logmr.formats.arrow_sums import run_sums, text_array
    from logmr.formats.columnar import int64_array

    rng = random.Random(3)
    for trial in range(200):
        keys = sorted(rng.choice([b"", b"a", b"ab", b"b", b"x" * 20, b"\xc3\xa9"]) for _ in range(rng.randint(1, 30)))
        counts = [rng.randint(-5, 10**12) for _ in keys]
        reference: Counter[bytes] = Counter()
        for key, count in zip(keys, counts, strict=True):
            reference[key] += count
        found_keys, found_sums = run_sums(text_array([b"y", *keys])[1:], int64_array([0, *counts])[1:])
        found = dict(zip(found_keys.cast(pa.large_binary()).to_pylist(), found_sums.to_pylist(), strict=True))
        assert found == reference and list(found) == sorted(reference), trial
    with pytest.raises(pa.ArrowInvalid):
        run_sums(text_array([b"a", b"a"]), int64_array([2**62, 2**62]))


TEXT_PROFILES = ["log4j2", "logback", "python-logging", "klog", "nginx-error", "apache-error", "loghub-hdfs"]


@pytest.mark.parametrize("profile", [*TEXT_PROFILES, "loghub-spark", "loghub-linux", "loghub-zookeeper"])
def test_messages_cut_in_one_replace_equal_the_headers_told_first(tmp_path: Path, profile: str) -> None:
    """plain_kernel.message_batch (wordcount's messages: the header lines told by the replace that
    cuts their messages, plain_messages.cut_headers) against parse_block's messages (the headers
    told first, by their own pass), on a generated file with header-like lines put in: a header
    with its message empty, a non-ASCII header, a continuation line with a header further in."""
    from logmr.formats.header import infer_layout
    from logmr.formats.plain import PlainTextFormat
    from logmr.formats.plain_kernel import message_batch
    from logmr.gen import generate_file

    path = tmp_path / "app.log"
    generate_file(path, profile, 300_000, workers=1)
    lines = path.read_bytes().splitlines(keepends=True)[:2000]
    fmt = PlainTextFormat(infer_layout(b"".join(lines[:200])))
    header = lines[10][: len(lines[10]) - len(lines[10].lstrip(b"0123456789-:., /[]TZ"))]
    extra = [lines[10].rstrip(b"\n") + b" \xc3\xa9t\xc3\xa9\n", b"    at " + lines[11], header.rstrip() + b"\n"]
    block = b"".join(lines[:500] + extra + lines[500:])
    cut = message_batch(fmt.layout, block)
    told = fmt.parse_block(block, ["message"])
    assert cut is not None and cut.records == told.records > 1000
    assert cut.columns["message"].to_pylist() == told.columns["message"]


def test_klog_quoted_messages_read_in_arrow_as_in_python() -> None:
    """plain_messages.finished_array, which reads klog's quoted messages without escapes in Arrow
    (RE2 has no possessive repeat), against finish_messages in Python on random messages made of
    quotes, backslashes, blanks Python's \\s knows and RE2's does not, `=`, context marks."""
    from logmr.formats.arrow_sums import text_array
    from logmr.formats.plain_messages import finish_messages, finished_array

    rng = random.Random(5)
    pieces = ['"', '"', " ", " ", "=", "k", "v", "a b", "\\", "\t", "\x1c", "\x0b", "\t{", "}", "é", "  ", '="x y"']
    fixed = ['"pod updated" pod="kube-system/dns" node=n1', '"a"b', '"t" k="x y', '"t" k=a"b', '"" k=', '"t"  ']
    for trial in range(300):
        messages = [*fixed] + ['"' + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(60)]
        messages += ['"plain" k=v  order_id=1', "no quote  x=1", 'x\t{"a": 1}', '"q"\t{"a": 1}']
        found = finished_array(text_array([m.encode() for m in messages]), True, True)
        assert found is not None and found.to_pylist() == finish_messages(list(messages), True, True), trial


def test_context_marks_found_as_each_message_shows_them() -> None:
    """plain_messages.may_hold_context (each two-byte mark looked for where its rarer byte is)
    against its definition on random texts; true wherever a line's context.may_have_context is."""
    from logmr.formats.context import may_have_context
    from logmr.formats.plain_messages import may_hold_context

    rng = random.Random(11)
    pieces = [b" ", b"  ", b"\t", b"{", b"}", b"=", b"a", b"\n", b"\t{", b"x=1", b"\xc3\xa9"]
    for trial in range(3000):
        text = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert may_hold_context(text) == (b"\t{" in text or (b"  " in text and b"=" in text)), trial
        if any(map(may_have_context, text.decode().split("\n"))):
            assert may_hold_context(text), trial


@pytest.mark.parametrize("equals", ["", "x=1 y=2", "order_id=7"])
def test_padded_messages_read_on_the_kernel_as_on_the_record_path(equals: str) -> None:
    """A block's messages (plain_kernel.message_batch, wordcount's) against the record path's where
    double blanks, `=`, tabs and braces are in different messages, or in one (a console's context
    then cut off), or where the block holds no `=` at all."""
    from logmr.formats.base import LogFormat
    from logmr.formats.header import infer_layout
    from logmr.formats.plain import PlainTextFormat
    from logmr.formats.plain_kernel import message_batch

    messages = ["padded  message", "tab\there {x}", f"event {equals}", f"done     {equals}", "brace {"]
    messages += [f'started\t{{"n": {equals or 1}}}', "a\t{", "plain words"]
    lines = [f"2026-11-01 00:00:{i % 60:02d},000 INFO shop.api: {messages[i % len(messages)]}" for i in range(400)]
    block = ("\n".join(lines) + "\n").encode()
    fmt = PlainTextFormat(infer_layout(block[:20000]))
    cut = message_batch(fmt.layout, block)
    expected = LogFormat.parse_block(fmt, block, ["message"]).columns["message"]
    assert cut is not None and cut.columns["message"].to_pylist() == expected
    assert fmt.parse_block(block, ["message"]).columns["message"] == expected
    assert ("done" in expected) == bool(equals)  # (the padded pairs cut off only where they are pairs)
