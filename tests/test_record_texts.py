"""A plain block's records handed to the pattern engines as its bytes and where each record's lines
start (formats/record_texts.py): the same records found, and the same samples, as from the
records' texts one by one (the record path)."""

from __future__ import annotations

import pytest

from logmr.analyses.linear import LinearPatterns
from logmr.formats import plain_counts, plain_kernel
from logmr.formats.base import keep_samples
from logmr.formats.plain_kernel import parse_plain
from logmr.formats.reading import reader_for
from logmr.formats.record_texts import RecordTexts, deferred_services
from logmr.native import hit_samples

_HEADER = "2026-11-30 12:00:{s:02d},000 {level} [main] com.example.App - step {n}"
# Continuation lines, blank ones among them (to Python: a no-break space, a file separator, a tab).
_TAILS = [
    ["java.lang.IllegalStateException: boom", "\tat com.example.Foo.bar(Foo.java:42)"],
    ["\tat one(A.java:1)", "", "Caused by: x", " \t", ""],
    ["second line", "\u00a0", "\x1c"],
    ["", ""],
    ["\u00e9t\u00e9 M\u00fcnchen", "   \u3000"],
]
SOURCES = {
    "blank_re2": r"^\s*$",  # may match empty text: RE2's
    "space": r"\s",  # Hyperscan's, confirmed on RE2 per line (it may match a newline)
    "munich": "M\u00fcnchen",
    "caused": "^Caused by",
    "step": r"step \d+[05]$",
}


def _block(records: int) -> bytes:
    lines = []
    for n in range(records):
        lines.append(_HEADER.format(s=n % 60, level=("INFO", "ERROR", "WARN")[n % 3], n=n))
        lines += _TAILS[n % 7] if n % 7 < len(_TAILS) else []
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("strategy", [None, "lines"])
def test_records_found_and_sampled_as_from_their_texts(monkeypatch: pytest.MonkeyPatch, strategy: str | None) -> None:
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)
    block = _block(200)
    fmt = reader_for(block)
    texts = [record.text for record, _ in fmt.records(block, "d")]
    batch = parse_plain(fmt.layout, block, ("service", "text"), "d")
    assert batch is not None and isinstance(batch.columns["text"], RecordTexts)
    found = batch.columns["text"]
    assert list(found) == texts and [found[k] for k in range(len(texts))] == texts
    matcher = LinearPatterns(SOURCES, strategy)
    hits = matcher.matching_lines(found)
    assert hits == matcher.matching_lines(texts)
    by_name = dict(zip(SOURCES, hits, strict=True))
    assert by_name["blank_re2"] and by_name["munich"] and by_name["caused"]
    # a record's trailing blank lines are not its own: a blank line finds only records with one inside
    assert all(text.count("\n") > 0 for text in (texts[k] for k in by_name["blank_re2"]))
    for indices in hits:
        assert found.kept_samples(indices, 3) == keep_samples([], [texts[k] for k in indices], 3)
        if hit_samples is not None and indices:  # (in C: the records' spans from their lines' offsets)
            expected = {None: (len(indices), keep_samples([], [texts[k] for k in indices], 3))}
            assert found.grouped_samples(indices, None, 3) == expected


def test_deferred_services_read_the_whole_block_when_the_records_read_otherwise_apart() -> None:
    lines = [b"a 1", b"b 2", b"c 3", b"d 4"]
    block = b"\n".join(lines) + b"\n"
    read = []

    def services_of(data: bytes) -> list[str]:  # a format that finds no record in a block of under 3 lines
        read.append(data)
        found = [line.split()[0].decode() for line in data.split(b"\n")[:-1]]
        return found if len(found) >= 3 else []

    column = deferred_services(block, 4, lines.__getitem__, services_of)
    assert column.values_at([1, 3]) == ["b", "d"] and read == [b"b 2\nd 4\n", block]


def test_lines_map_to_their_records_with_no_trailing_blank_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)
    lines = []
    for n in range(120):
        lines += [_HEADER.format(s=n % 60, level="INFO", n=n), *_TAILS[0][: n % 3]]
    block = ("\n".join(lines) + "\n").encode()
    fmt = reader_for(block)
    texts = parse_plain(fmt.layout, block, ("text",), "d").columns["text"]
    record_of_line = [r for r, text in enumerate(texts) for _ in text.split("\n")]
    assert texts.stops[:-1] == texts.starts[1:] and len(record_of_line) == len(texts.lines())
    found = list(range(0, len(record_of_line), 2))
    assert texts.records_of(found) == list(dict.fromkeys(record_of_line[i] for i in found))
