"""The patterns analysis runs on RE2: it finds the lines a line-by-line `re.search` finds (for
patterns both engines read alike), refuses what needs backtracking, and never runs away."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers import LOGHUB
from logmr.analyses.linear import LinearPatterns
from logmr.analyses.patterns import Patterns
from logmr.analyses.re2_patterns import Re2Patterns
from logmr.analyses.signatures import SIGNATURES
from logmr.formats.base import split_block
from logmr.job import JobOptionsError, load_job

TRICKY = {
    "icase_scoped": r"(?i:fatal) error|broken (?i:PIPE)",
    "branch_repeat": r"(?:blk_|block )-?\d{5,}",
    "optional_group": r"(?:user )?root",
    "anchored": r"^Jun \d+ ",
    "end_anchor": r"\d$",
    "text_anchors": r"\AJun|\d\z",
    "class_only": r"[A-Z]{5,}",
    "not_word_edge": r"\Bmap",
    "unicode_literal": r"déjà",
    "unicode_icase": r"(?i)DÉJÀ",
    "dot_newline": r"(?s)failure;.*rhost",
    "crossing_space": r"terminating\s+\S",
    "long_s_icase": "(?i)\u017fession",  # the long s matches s and S under IGNORECASE, in both engines
    "empty_match": r"x*",
    "named_group": r"(?P<user>root|admin)@",
}


def _corpus(sample_dir: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(LOGHUB.glob("*/*_2k.log")):
        lines.extend(split_block(path.read_bytes()))
    for path in sorted(sample_dir.iterdir()):
        lines.extend(split_block(path.read_bytes())[:3000])
    lines.extend(["déjà vu", "Ünïcode DÉJÀ", "stra\u00dfe \u017fession SESSION", "ends with 7", ""])
    return lines


def _python(source: str) -> str:
    """The same regex for Python's re, which spells RE2's end of text `\\z` as `\\Z` (before 3.14)."""
    return source.replace(r"\z", r"\Z")


def _ways(sources: dict[str, str]) -> list[LinearPatterns]:
    """The patterns searched each way that can search them (text anchors only line by line):
    Hyperscan where it can (and RE2 for the rest), RE2 alone by line and over joined lines."""
    ways = [LinearPatterns(sources), LinearPatterns(sources, "lines")]
    if not any(r"\A" in source or r"\z" in source for source in sources.values()):
        ways.append(LinearPatterns(sources, "patterns"))
    return ways


def _counts(job: Patterns, lines: list[str], size: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for start in range(0, len(lines), size):
        chunk = lines[start : start + size]
        for (name, _service), value in job.map_batch({"text": chunk, "service": ["s"] * len(chunk)}):
            counts[name] = counts.get(name, 0) + value["count"]
    return counts


@pytest.mark.parametrize("name", [*TRICKY, *SIGNATURES])
def test_counts_equal_python_re_line_by_line(name: str, sample_dir: Path) -> None:
    source = TRICKY.get(name) or SIGNATURES[name]
    job = Patterns({"patterns": {name: source}, "builtin": False})
    lines = _corpus(sample_dir)
    expected = [i for i, line in enumerate(lines) if re.search(_python(source), line)]
    assert job.matcher.matching_lines(lines) == [expected]
    for way in _ways({name: source}):
        assert way.matching_lines(lines) == [expected]
    for size in (7, 500, len(lines)):
        assert _counts(job, lines, size).get(name, 0) == len(expected), (name, size)


def test_all_signatures_at_once_equal_each_alone(sample_dir: Path) -> None:
    lines = _corpus(sample_dir)
    sources = {**SIGNATURES, **TRICKY}
    alone = {name: LinearPatterns({name: source}).matching_lines(lines)[0] for name, source in sources.items()}
    assert LinearPatterns(sources, "lines").matching_lines(lines) == list(alone.values())
    joinable = {name: source for name, source in sources.items() if name != "text_anchors"}
    assert LinearPatterns(joinable, "patterns").matching_lines(lines) == [alone[name] for name in joinable]


def test_the_faster_way_is_chosen_on_the_first_big_block(sample_dir: Path) -> None:
    lines = _corpus(sample_dir)
    matcher = Re2Patterns({"rare": "Failed password for root", "any": "(?i)session"})
    expected = LinearPatterns(matcher.sources, "lines").matching_lines(lines)
    assert matcher.matching_lines(lines[:10]) == [[i for i in hits if i < 10] for hits in expected]
    assert matcher._chosen is None  # too few lines to time
    assert matcher.matching_lines(lines) == expected
    assert matcher._chosen in (matcher._by_line, matcher._by_pattern)
    assert matcher.matching_lines(lines) == expected


def test_map_one_record_equals_map_batch() -> None:
    from logmr.formats import Record

    job = Patterns({"patterns": {"user": "root"}})
    raw = "Failed password for root: connection refused"
    record = Record(message=raw, service="sshd", raw=raw)
    found = {key for key, _ in job.map(record)}
    assert found == {("user", "sshd"), ("auth_failure", "sshd"), ("connection_refused", "sshd")}


@pytest.mark.parametrize(
    ("source", "why"),
    [
        (r"(a+)\1", "backreferences are not supported"),
        (r"(?P<x>a)(?P=x)", "backreferences are not supported"),
        (r"user (?=root)", "lookarounds are not supported"),
        (r"(?<=uid=)0\b", "lookarounds are not supported"),
        (r"(?<!no )error", "lookarounds are not supported"),
        (r"(?>a+)b", "atomic groups are not supported"),
        (r"a*+b", "possessive repeats are not supported"),
        (r"end\Z", r"\Z is (use \z or $) not supported"),
        (r"(?x) a b", "verbose mode (?x) is not supported"),
        (r"a{2000}", "RE2 cannot compile it (invalid repetition size"),
        (r"(", "RE2 cannot compile it (missing )"),
    ],
)
def test_unsupported_syntax_is_refused_when_the_job_is_built(source: str, why: str) -> None:
    with pytest.raises(JobOptionsError) as error:
        load_job("patterns", {"patterns": {"mine": source}})
    message = str(error.value)
    assert message.startswith("bad regex for pattern 'mine': ") and why in message and repr(source) in message
    if "not supported" in why:
        assert "patterns run in linear time (Hyperscan, RE2), which rules them out" in message


def test_empty_pattern_or_name_is_refused() -> None:
    for patterns in ({"mine": ""}, {"": "x"}):
        with pytest.raises(JobOptionsError, match="needs a name and a non-empty regex"):
            load_job("patterns", {"patterns": patterns, "builtin": False})


CATASTROPHIC = textwrap.dedent(
    """
    import json, sys
    from logmr.analyses.linear import LinearPatterns
    from logmr.analyses.patterns import Patterns
    patterns = json.loads(sys.argv[1])
    lines = ["a" * 50_000, "a" * 50_000 + "b", "a" * 50_000 + "\\x01", "x" * 50_000, "x" * 50_000 + "y", "ab\\x00"]
    job = Patterns({"patterns": patterns, "builtin": False})
    counts = {name: 0 for name in patterns}
    for (name, _service), value in job.map_batch({"text": lines, "service": ["s"] * len(lines)}):
        counts[name] += value["count"]
    for way in ("lines", "patterns"):
        hits = LinearPatterns(patterns, way).matching_lines(lines)
        assert [len(found) for found in hits] == list(counts.values()), way
    print(json.dumps(counts))
    """
)


def test_catastrophic_patterns_finish_with_the_right_counts() -> None:
    import json

    patterns = {
        "nested_any": r"(.+)+[\x00-\x01]",  # a control byte with at least one character before it
        "alternation": r"(a|aa)+$",  # a line ending in "a"
        "nested_x": r"(x+x+)+y",  # "xxy" somewhere
        "nested_a": r"(a+)+b",  # "ab" somewhere
    }
    # Python's re would take longer than the universe's age on these 50 KB lines; RE2 takes
    # milliseconds. The timeout only bounds the test should that ever regress.
    done = subprocess.run(
        [sys.executable, "-c", CATASTROPHIC, json.dumps(patterns)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = ["a" * 50_000, "a" * 50_000 + "b", "a" * 50_000 + "\x01", "x" * 50_000, "x" * 50_000 + "y", "ab\x00"]
    reference = {
        "nested_any": sum(1 for line in lines if any(ch in "\x00\x01" for ch in line[1:])),
        "alternation": sum(1 for line in lines if line.endswith("a")),
        "nested_x": sum(1 for line in lines if "xxy" in line),
        "nested_a": sum(1 for line in lines if "ab" in line),
    }
    assert json.loads(done.stdout) == reference == {"nested_any": 2, "alternation": 1, "nested_x": 1, "nested_a": 2}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"a\nb", []),  # a match never spans two lines
        (r"foo.*bar", [4]),
        (r"(?s)foo.*bar", [4]),
        (r"foo[^;]*bar", [4]),
        (r"foo\s*bar", []),
        (r"^bar", [1, 5]),  # ^ and $ are the line's start and end, wherever the line is
        (r"foo$", [0, 3]),
        (r"\Abar", [1, 5]),
        (r"foo\z", [0, 3]),
        (r"^$", [2]),
        (r"x*", [0, 1, 2, 3, 4, 5]),
    ],
)
def test_matches_stay_inside_lines(source: str, expected: list[int]) -> None:
    lines = ["a foo", "bar b", "", "foo", "foo then bar", "bar"]
    for way in _ways({"p": source}):
        assert way.matching_lines(lines) == [expected]
    assert expected == [i for i, line in enumerate(lines) if re.search(_python(source), line)]
    job = Patterns({"patterns": {"p": source}, "builtin": False})
    for size in (1, 2, 4, len(lines)):
        assert _counts(job, lines, size).get("p", 0) == len(expected)


@pytest.mark.parametrize("source", [r"foo", r"^bar", r"foo$", r"\Abar", r"^$", r"é\s", r"a\nb"])
def test_records_of_several_lines_match_when_one_of_their_lines_does(source: str) -> None:
    records = ["a foo", "bar\n\tat x", "", "x\nfoo\n", "東京 é \nbar", "\n\n", "no\nfoo then\nbar", "y"] * 3
    expected = [
        i for i, record in enumerate(records) if any(re.search(_python(source), line) for line in record.split("\n"))
    ]
    for way in _ways({"p": source}):
        assert way.matching_lines(records) == [expected]


def test_text_anchors_and_single_line_mode_are_searched_line_by_line() -> None:
    lines = ["bar", "foo bar", "bar foo"]
    for source, expected in ((r"\Abar", [0, 2]), (r"(?-sm)^bar", [0, 2]), (r"(?i-m:^BAR)", [0, 2])):
        matcher = Re2Patterns({"p": source})
        assert matcher.matching_lines(lines * 400)[0] == [i for i in range(1200) if i % 3 in expected]
        assert matcher._chosen == matcher._by_line
        with pytest.raises(ValueError, match="cannot be searched over joined lines"):
            Re2Patterns({"p": source}, "patterns")


def test_unicode() -> None:
    lines = ["東京 timeout", "ab", "DÉJÀ vu", "café", "x é"]

    def found(source: str) -> list[int]:
        return LinearPatterns({"p": source}).matching_lines(lines)[0]

    assert found("東京") == [0]
    assert found(r"^.{2}\s") == [0]  # `.` is one character, not one byte
    assert found("(?i)déjà") == [2]  # case folding is Unicode's
    assert found(r"\pL+é$") == [3]
    # Unlike Python's re, \w, \d, \s and \b are ASCII-only in RE2: \w does not match é or 東.
    assert found(r"^\w+$") == [1]
    assert found(r"caf\w") == []
    assert found(r"\bé") == [3]  # between f and é: é is no word character
    assert re.search(r"caf\w", "café") and [i for i, line in enumerate(lines) if re.search(r"\bé", line)] == [4]


# Patterns both engines read alike: literals (ASCII and not), `.`, classes, repeats,
# alternations, groups and anchors; lines without `\n` (a line never holds one).
_ALPHABET = "abAB é東.-"
_atom = st.one_of(
    st.sampled_from(["a", "b", "A", "é", "東", "-", " ", r"\.", ".", "[ab]", "[^a]", "[a-c東]", "[^ é]"]),
)


def _repeat(atom: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(atom, st.sampled_from(["", "*", "+", "?", "{2}", "{1,3}", "*?"])).map("".join)


_regex = st.recursive(
    _repeat(_atom),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.lists(inner, min_size=2, max_size=3).map("|".join),
        _repeat(inner.map(lambda r: f"(?:{r})")),
    ),
    max_leaves=8,
)
_pattern = st.tuples(st.sampled_from(["", "^", "(?i)"]), _regex, st.sampled_from(["", "$"])).map("".join)


@settings(max_examples=300, deadline=None)
@example(patterns=["^a", "^(?:b)"], lines=["A東", "Aéé", "AAAAA", "a"])  # Vectorscan: `^a` on an unended last line
@given(
    patterns=st.lists(_pattern, min_size=1, max_size=4),
    lines=st.lists(st.text(alphabet=_ALPHABET, max_size=12), min_size=1, max_size=8),
)
def test_random_patterns_match_as_python_re(patterns: list[str], lines: list[str]) -> None:
    sources = {f"p{k}": source for k, source in enumerate(patterns)}
    expected = [[i for i, line in enumerate(lines) if re.search(source, line)] for source in patterns]
    for way in _ways(sources):
        assert way.matching_lines(lines) == expected
