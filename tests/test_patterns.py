"""The patterns analysis finds exactly the lines a line-by-line `re.search` finds, whatever
shortcut (literal prefilter or line by line) it takes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import LOGHUB
from logmr.analyses.literals import required_literals
from logmr.analyses.patterns import Patterns
from logmr.analyses.signatures import SIGNATURES
from logmr.formats.base import split_block

TRICKY = {
    "icase_scoped": r"(?i:fatal) error|broken (?i:PIPE)",
    "branch_repeat": r"(?:blk_|block )-?\d{5,}",
    "optional_group": r"(?:user )?root",
    "anchored": r"^Jun \d+ ",
    "end_anchor": r"\d$",
    "class_only": r"[A-Z]{5,}",
    "lookbehind": r"(?<=uid=)0\b",
    "lookahead": r"session (?=opened)",
    "not_word_edge": r"\Bmap",
    "unicode_literal": r"déjà",
    "dot_newline": r"(?s)failure;.*rhost",
    "crossing_space": r"terminating\s+\S",
    "long_s_icase": "(?i)\u017fession",  # the long s matches s and S under IGNORECASE
    "verbose": r"(?x) connection \s+ (?:closed|reset)",
    "empty_match": r"x*",
}


def _corpus(sample_dir: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(LOGHUB.glob("*/*_2k.log")):
        lines.extend(split_block(path.read_bytes()))
    for path in sorted(sample_dir.iterdir()):
        lines.extend(split_block(path.read_bytes())[:3000])
    lines.extend(["déjà vu", "Ünïcode DÉJÀ", "stra\u00dfe \u017fession SESSION", "ends with 7", ""])
    return lines


@pytest.mark.parametrize("name", [*TRICKY, *SIGNATURES])
def test_batch_matches_equal_line_by_line(name: str, sample_dir: Path) -> None:
    source = TRICKY.get(name) or SIGNATURES[name]
    job = Patterns({"patterns": {name: source}, "builtin": False})
    lines = _corpus(sample_dir)
    expected = {i for i, line in enumerate(lines) if re.search(source, line)}
    for size in (7, 500, 5000, len(lines)):
        got = set()
        for start in range(0, len(lines), size):
            chunk = lines[start : start + size]
            columns = {"raw": chunk, "service": ["s"] * len(chunk)}
            got |= {start + i for i in job._matching_lines(name, job.compiled[name], _block(chunk))}
            for (pattern, _), value in job.map_batch(columns):
                expected_count = sum(1 for line in chunk if re.search(source, line))
                assert pattern == name and value["count"] == expected_count
        assert got == expected, name


def _block(lines: list[str]):
    from logmr.analyses.patterns import _Block

    return _Block(lines)


@pytest.mark.parametrize("source", [*TRICKY.values(), *SIGNATURES.values()])
def test_required_literals_are_necessary(source: str, sample_dir: Path) -> None:
    requirement = required_literals(source)
    if requirement is None:
        return
    for line in _corpus(sample_dir):
        if re.search(source, line):
            text = line.lower() if requirement.ignore_case else line
            for option in requirement.options:
                assert any(literal in text for literal in option), (source, option, line)


def test_requirements_found_for_builtin_signatures() -> None:
    assert all(required_literals(source) for source in SIGNATURES.values())
    assert required_literals(r"\d{3}-\d{4}") is None
    assert required_literals("(?i)\u017ftop") is None
    assert required_literals(r"(abc)?def").options == (frozenset({"def"}),)
