"""Patterns see the text a person reads: JSON escapes resolved, whichever path and split size.

The reference is independent of formats/json_text.py: each JSON string token decoded by Python's
json module (line breaks as spaces, lone surrogates as U+FFFD), then Python's `re` per line.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import run_job
from logmr.analyses.hyperscan_patterns import refusal
from logmr.analyses.linear import HYPERSCAN, LinearPatterns
from logmr.analyses.patterns import Patterns
from logmr.formats import get_format
from logmr.formats.base import split_block
from logmr.formats.json_text import TextBlock, decoded_text, decoded_texts
from logmr.formats.record_texts import DeferredColumn
from logmr.gen import generate_file
from logmr.job import JobOptionsError, load_job

WORDS = ["東京", "café", "Zürich", "Ωmega", "naïve", "😀 grin", "a\\b", 'say "hi"', "x/y", "tab\there"]
PATTERNS = {
    "tokyo": "東京",
    "quoted": r'say "hi"',
    "slash": r"x/y",
    "backslash": r"a\\b",
    "emoji": "😀",
    "two_lines": r"first line second",  # a decoded \n is a space
    "no_newline": r"first line\nsecond",  # ... never a newline
    "spaces": r"line\s+second",  # may match a newline: confirmed by RE2
    "icase": r"(?i)ZÜRICH",
    "tab": r"tab\there",
    "key": r'"level": "error"',
    "anchored": r"^\{",
    "empty_ok": r"\bgrin\b",
}


def _reference_text(line: str) -> str:
    def token(found: re.Match) -> str:
        value = json.loads(found.group(0)).replace("\n", " ").replace("\r", " ")
        return '"' + re.sub("[\ud800-\udfff]", "\ufffd", value) + '"'

    return re.sub(r'"(?:[^"\\]|\\.)*"', token, line)


def _lines(n: int = 600, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        message = f"event {i} {rng.choice(WORDS)}"
        if i % 7 == 0:
            message += " first line\nsecond"
        ascii_only = rng.random() < 0.5
        record = {"level": rng.choice(["info", "error"]), "service": f"s{i % 3}", "message": message}
        line = json.dumps(record, ensure_ascii=ascii_only)
        if i % 5 == 0:
            line = line.replace("/", "\\/")  # some writers escape slashes
        lines.append(line)
    return lines


def _expected(lines: list[str]) -> dict[str, int]:
    texts = [_reference_text(line) for line in lines]
    counts = {name: sum(1 for text in texts if re.search(source, text)) for name, source in PATTERNS.items()}
    return {name: count for name, count in counts.items() if count}


def test_text_is_the_line_with_escapes_resolved() -> None:
    lines = _lines()
    assert [decoded_text(line) for line in lines] == [_reference_text(line) for line in lines]
    assert decoded_texts(lines) == [_reference_text(line) for line in lines]
    block = ("\n".join(lines) + "\n").encode()
    assert list(TextBlock.of_json_block(block, len(lines))) == [_reference_text(line) for line in lines]
    # CRLF endings read in the bytes too: the same lines as split and decoded one by one (a CR inside
    # a line is JSON whitespace and stays; of CR CR LF, one CR goes)
    crlf = ("\r\n".join([*lines, '{"m": "a",\r"n": 1}', '{"m": "two CRs"}\r']) + "\r\n").encode()
    assert list(TextBlock.of_json_block(crlf, len(lines) + 2)) == decoded_texts(split_block(crlf))
    assert list(TextBlock.of_json_block(crlf[:-2], len(lines) + 2)) == decoded_texts(split_block(crlf[:-2]))
    assert decoded_text(r'{"m": "\ud83d\ude00 \u000a \\n \\u6771"}') == '{"m": "😀   \\n \\u6771"}'
    # msgspec refuses a lone surrogate (the line is malformed); read alone, it is U+FFFD.
    assert decoded_text(r'{"m": "\ud83d lone"}') == '{"m": "\ufffd lone"}'


def test_block_path_and_record_path_find_what_the_reference_finds() -> None:
    lines = _lines()
    expected = _expected(lines)
    assert expected["tokyo"] > 10 and "no_newline" not in expected and expected["two_lines"] > 10
    job = Patterns({"patterns": PATTERNS, "builtin": False})
    fmt = get_format("json")
    for size in (1, 7, 100, len(lines)):
        by_block: dict[str, int] = {}
        by_record: dict[str, int] = {}
        for start in range(0, len(lines), size):
            block = ("\n".join(lines[start : start + size]) + "\n").encode()
            batch = fmt.parse_block(block, job.fields)
            assert isinstance(batch.columns["text"], TextBlock)  # the fast path
            for (name, _service), value in job.map_batch(batch.columns):
                by_block[name] = by_block.get(name, 0) + value["count"]
            for record, _line in fmt.records(block):
                for (name, _service), value in job.map(record):
                    by_record[name] = by_record.get(name, 0) + value["count"]
        assert by_block == by_record == expected, size


def test_tokyo_found_escaped_or_not() -> None:
    job = Patterns({"patterns": {"tokyo": "東京"}, "builtin": False})
    lines = [json.dumps({"message": "in 東京"}, ensure_ascii=flag) for flag in (True, False)]
    assert "\\u6771\\u4eac" in lines[0] and "東京" in lines[1]
    batch = get_format("json").parse_block("\n".join(lines).encode(), job.fields)
    assert [value["count"] for _, value in job.map_batch(batch.columns)] == [2]


def test_logfmt_quoted_values_are_read() -> None:
    record = get_format("logfmt").parse('level=error msg="said \\"hi\\"\\nthen \\u6771" user=a\\nb')
    assert record.text == 'level=error msg="said "hi" then 東" user=a\\nb'
    assert record.raw.startswith('level=error msg="said \\"hi')


@pytest.mark.parametrize("profile", ["slog-text", "logrus-text"])
def test_logfmt_block_path_finds_what_the_record_path_finds(tmp_path: Path, profile: str) -> None:
    """The services of the records found read alone (a DeferredColumn), the same keys, counts
    and samples as record by record, with the generator's escaped values among the lines."""
    path = tmp_path / "sample"
    generate_file(path, profile, 300_000, seed=7, workers=1)
    block, fmt = path.read_bytes(), get_format("logfmt")
    job = Patterns({"patterns": {**PATTERNS, "quote": '"[^"]*"'}})
    batch = fmt.parse_block(block, job.fields, "default")
    assert isinstance(batch.columns["service"], DeferredColumn) and b"\\n" in block
    by_block = {key: value for key, value in job.map_batch(batch.columns)}
    values: dict = {}
    for record, _line in fmt.records(block, "default"):
        for key, value in job.map(record):
            values.setdefault(key, []).append(value)
    by_record = {key: value for found in values.items() for key, value in job.combine(*found)}
    assert by_block == by_record and len(by_block) > 20


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_same_counts_whatever_the_path_and_split_size(tmp_path: Path, newline: str) -> None:
    lines = _lines(3000, seed=5)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "app.jsonl").write_bytes((newline.join(lines) + newline).encode())
    options = {"patterns": PATTERNS, "builtin": False}
    results = []
    for n, (split, batch) in enumerate(((1 << 20, True), (1 << 20, False), (64 * 1024, True))):
        _, result = run_job(
            "patterns", [tmp_path / "in"], tmp_path / f"out{n}", split_size=split, batch=batch, options=options
        )
        results.append({row["pattern"]: row["count"] for row in result["summary"]["patterns"] if row["count"]})
    assert results[0] == results[1] == results[2] == _expected(lines)


def test_engines_and_fallbacks() -> None:
    matcher = LinearPatterns({"hs": "東京", "anchor": r"\Afoo", "empty": r"^", "vt": r"a\vb", "lazy": "(?U)a+"})
    assert matcher.engines["hs"] == HYPERSCAN
    assert all(matcher.engines[name].startswith("re2 (") for name in ("anchor", "empty", "vt", "lazy"))
    lines = ["foo 東京", "a\x0bb aa", "x"]
    assert matcher.matching_lines(lines) == [[0], [0], [0, 1, 2], [1], [1]]
    assert refusal("(?U)a+") is not None  # Hyperscan refuses (?U)


def test_a_pattern_hyperscan_refuses_leaves_the_others_on_it() -> None:
    """The set is compiled first; where Hyperscan refuses it, each pattern alone tells which."""
    matcher = LinearPatterns({"one": "error", "large": r"(?s)x.{1000}y", "two": "timed out"})
    assert matcher.engines["one"] == matcher.engines["two"] == HYPERSCAN
    assert matcher.engines["large"] == "re2 (Hyperscan refuses it (Pattern is too large.))"
    assert matcher.matching_lines(["an error", "timed out", "x" + "-" * 1000 + "y"]) == [[0], [2], [1]]


def test_a_set_hyperscan_takes_is_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pattern compiled alone where the set compiles (each would, then: 16 ms of a job's setup)."""
    from logmr.analyses import hyperscan_patterns, linear

    compiled: list[tuple[str, ...]] = []
    real = hyperscan_patterns._compiled.__wrapped__

    def counting(sources: tuple[str, ...]) -> object:
        compiled.append(sources)
        return real(sources)

    monkeypatch.setattr(hyperscan_patterns, "_compiled", counting)
    matcher = LinearPatterns({"one": "error", "two": "timed out", "three": r"status=5\d\d"})
    assert set(matcher.engines.values()) == {linear.HYPERSCAN}
    assert compiled == [("error", "timed out", r"status=5\d\d")]


def test_a_set_hyperscan_refuses_though_each_compiles_runs_on_re2(monkeypatch: pytest.MonkeyPatch) -> None:
    from logmr.analyses import linear

    real = linear.HyperscanPatterns

    def only_alone(sources: list[str]) -> object:
        if len(sources) > 1:
            raise linear.hyperscan.error("too many together")
        return real(sources)

    monkeypatch.setattr(linear, "HyperscanPatterns", only_alone)
    matcher = LinearPatterns({"one": "error", "two": "timed out"})
    assert set(matcher.engines.values()) == {"re2 (Hyperscan refuses them together (too many together))"}
    assert matcher.matching_lines(["an error", "timed out", "x"]) == [[0], [1]]


def test_a_pattern_no_engine_takes_is_refused_clearly() -> None:
    with pytest.raises(JobOptionsError) as error:
        load_job("patterns", {"patterns": {"mine": r"(a)\1"}})
    assert str(error.value) == (
        "bad regex for pattern 'mine': backreferences are not supported: patterns run in linear time "
        "(Hyperscan, RE2), which rules them out, in '(a)\\\\1'"
    )


def test_a_text_blocks_samples_are_keep_samples_of_its_lines() -> None:
    """TextBlock.kept_samples ranks lines by their bytes and decodes only those kept: the same
    samples as keep_samples over the decoded lines, long non-ASCII lines cut as text included."""
    from logmr.formats.base import MAX_SAMPLE_CHARS, keep_samples

    rng = random.Random(5)
    pieces = [*WORDS, "é" * 300, "x" * (MAX_SAMPLE_CHARS - 2), "ü" * MAX_SAMPLE_CHARS, "same line"]
    for _ in range(200):
        lines = [" ".join(rng.choices(pieces, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 30))]
        block = TextBlock.of_lines(lines)
        for at in (0, len(lines) // 2):
            block.known[at] = len("\n".join(lines[:at]).encode()) + bool(at)  # (where the line starts)
        found = sorted(rng.sample(range(len(lines)), rng.randint(1, len(lines))))
        limit = rng.randint(1, 5)
        assert block.kept_samples(found, limit) == keep_samples([], [lines[i] for i in found], limit)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("arrow", [False, True])
def test_utf8_checked_by_chunks_as_decoding_the_whole(monkeypatch: pytest.MonkeyPatch, arrow: bool) -> None:
    """utf8.is_utf8 decodes only the chunks that are not ASCII, cut after newlines, or asks Arrow
    (once pyarrow is imported, or after a few large blocks): the same answer as decoding the
    whole, for bad bytes anywhere (a chunk's edge, a cut character, a line longer than a chunk)
    and blocks mostly ASCII or mostly not."""
    from logmr.formats import utf8

    if arrow:
        import pyarrow  # noqa: F401  (imported: the checks are Arrow's)

        monkeypatch.setattr(utf8, "_CHUNKED_BLOCKS", 0)
    else:
        monkeypatch.delitem(sys.modules, "pyarrow", raising=False)  # (as a JSON worker, before its large blocks)
        monkeypatch.setattr(utf8, "arrow_utf8", None)
        monkeypatch.setattr(utf8, "_chunked", 0)
        monkeypatch.setattr(utf8, "_CHUNKED_BLOCKS", 10**9)
    rng = random.Random(11)
    pieces = ["plain ascii text", "東京", "café", "😀", "x" * 5000, "\n", "\n", "\n"]
    bad = [b"\xff", b"\xc3", b"\xe6\x9d", b"\xed\xa0\x80", b"\x80"]
    for round_ in range(300):
        weights = [8, 1, 1, 1, 1, 4, 4, 4] if round_ % 2 else [1, 8, 4, 4, 1, 4, 4, 4]
        data = "".join(rng.choices(pieces, weights, k=rng.randint(1, 3000))).encode()
        if rng.random() < 0.7:
            at = rng.choice([rng.randrange(len(data) + 1), utf8._CHUNK, utf8._CHUNK + 1, len(data)])
            data = data[:at] + rng.choice(bad) + data[at:]
        assert utf8.is_utf8(data) == _decodes(data)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"a",
                b"\n",
                b"\x80",
                b"\xbf",
                b"\xc0",
                b"\xc1",
                b"\xc2",
                b"\xdf",
                b"\xe0",
                b"\xed",
                b"\xef",
                b"\xf0",
                b"\xf4",
                b"\xf5",
                b"\xff",
                b"\x9f",
                b"\xa0",
                b"\x8f",
                b"\x90",
            ]
        ),
        max_size=12,
    )
)
def test_arrows_utf8_check_is_pythons(pieces: list[bytes]) -> None:
    """Overlong forms, surrogates, code points past U+10FFFF, cut and stray bytes: Arrow refuses
    what Python's decoding refuses, and only that."""
    from logmr.formats.utf8 import arrow_utf8

    data = b"".join(pieces)
    assert arrow_utf8(data) == _decodes(data)


_UTF8_IMPORTS = """
import sys
if sys.argv[1] == "hidden":
    sys.modules["numpy"] = None  # (as the `logmr` program's workers have it: cli/run.py)
from logmr.formats import utf8

large, small = ("x" * 100 + "é\\n").encode() * 12_000, "é\\n".encode() * 10
seen = [all(utf8.is_utf8(small) for _ in range(50)) and "pyarrow" in sys.modules]
seen.append(all(utf8.is_utf8(large) for _ in range(utf8._CHUNKED_BLOCKS)) and "pyarrow" in sys.modules)
seen.append(utf8.is_utf8(large) and "pyarrow" in sys.modules)
print(*seen)
"""


@pytest.mark.parametrize("numpy", ["hidden", "importable"])
def test_a_json_worker_imports_pyarrow_only_after_a_few_large_blocks(numpy: str) -> None:
    """Small blocks never import pyarrow for their check; a process's first large blocks that are
    not ASCII are checked by chunks, the next on Arrow, where numpy is hidden (else pyarrow would
    bring numpy, and later pandas: the chunks go on)."""
    import subprocess

    cmd = [sys.executable, "-c", _UTF8_IMPORTS, numpy]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["False", "False", str(numpy == "hidden")]
