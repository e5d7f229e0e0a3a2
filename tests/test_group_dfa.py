"""formats/group_dfa.py and logmr_native.dfa_extract (layer/native/group_dfa.c): a regex's
groups read in C, checked against RE2's own (pyarrow.compute.extract_regex): on regexes and lines
drawn by hypothesis, on the header regexes logmr learns, and on every call the kernels make over
real loggers' output (tests/data/loggers) and loghub's systems."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loggers_corpus import CORPUS
from logmr.formats import group_dfa
from logmr.formats.access import _CTIME_FRACTION
from logmr.formats.base import SECOND
from logmr.formats.columns_documented import _ISO_FRACTION
from logmr.formats.group_dfa import compile_dfa, extract_regex, match_regex, replace_regex
from logmr.formats.line_counts import ISO_FRACTION
from logmr.formats.reading import reader_for
from logmr.native import dfa_extract

needs_c = pytest.mark.skipif(dfa_extract is None, reason="logmr_native is not built (scripts/setup.sh builds it)")
LOGHUB = Path(__file__).resolve().parent / "data" / "loghub"


def _lines(texts: list[str]) -> pa.Array:
    return pa.array(texts, pa.large_string())


def _c_read(lines: pa.Array, regex: str) -> pa.Array:
    found = group_dfa._read(lines, regex)
    assert found is not None, regex
    return found


# Regexes of the constructs logmr's header regexes use (classes, runs, optional and bounded
# repeats, alternations, named groups, case-insensitive words), some a table expresses, some not.
_ATOMS = st.sampled_from(
    ["a", "b", "-", " ", "[ab]", "[^a\\]\\n]", "[0-9]", "\\]", "[^ ]", ".", "(?i:ab)", "x", "é", "(?i:k)", "[^é]"]
)
_NAMES = iter(range(10**9))


@st.composite
def _regexes(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["atom", "atom", "group", "alt", "repeat"] if depth < 2 else ["atom"]))
        if kind == "atom":
            part = draw(_ATOMS)
        elif kind == "group":
            inner = draw(_regexes(depth + 1))
            part = f"(?P<g{next(_NAMES)}>{inner})" if draw(st.booleans()) else f"(?:{inner})"
        elif kind == "alt":
            part = f"(?:{draw(_regexes(depth + 1))}|{draw(_regexes(depth + 1))})"
        else:
            part = f"(?:{draw(_regexes(depth + 1))})"
        parts.append(part + draw(st.sampled_from(["", "", "?", "*", "+", "{2}", "{1,3}", "*?", "??", "+?"])))
    return "".join(parts)


_TEXTS = st.lists(st.text("ab- x]0[\té東kK\u212a", max_size=14), min_size=1, max_size=30)


@needs_c
@settings(max_examples=400, deadline=None)
@given(_regexes(), _TEXTS, st.integers(0, 3), st.sampled_from(["", "", "$", "(?: x)?$"]))
def test_drawn_regexes_read_as_re2_reads_them(body: str, texts: list[str], start: int, end: str) -> None:
    regex = f"^(?P<first>{body})(?P<rest>[ab]*){end}"
    try:
        expected = pc.extract_regex(_lines(texts)[start:], regex)
    except pa.ArrowInvalid:  # (a regex RE2 rejects: nothing to compare)
        assume(False)
    assert extract_regex(_lines(texts)[start:], regex).equals(expected)
    assert match_regex(_lines(texts)[start:], regex).equals(pc.match_substring_regex(_lines(texts)[start:], regex))


@needs_c
@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("ab- 0:.,T[]\tZé", max_size=30), min_size=1, max_size=40))
def test_time_level_and_bracket_read_as_re2_reads_them(texts: list[str]) -> None:
    regex = (
        r"^(?P<t>[0-9]{2}:[0-9]{2}(?:[.,][0-9]+)?)(?:[ \t]+)(?P<l>[A-Za-z]+) \[(?P<b>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    )
    assert compile_dfa(regex) is not None
    lines = _lines([f"{t[:2]}:{t[2:4]}{t[4:]}" for t in texts] + ["12:34,5 INFO [main [x]] rest", "12:34 debug [] "])
    assert extract_regex(lines, regex).equals(pc.extract_regex(lines, regex))


@needs_c
def test_chains_of_single_ways_are_read_whole_or_byte_by_byte() -> None:
    # (a date's rows each have one way on: the kernel checks them at once where the line is long
    # enough, else, or where a byte differs, one at a time)
    regex = r"^(?P<d>[0-9]{4}-[0-9]{2}-[0-9]{2})(?P<t>T[0-9]{2})?(?P<r>[^T]*)"
    lines = _lines(["2024-11-30 x", "2024-11-30T12", "2024-11-3", "2024-1x-30", "", "2024-11-30é", "20241-11-30"])
    found = _c_read(lines, regex)
    assert found.to_pylist()[:3] == [
        {"d": "2024-11-30", "t": "", "r": " x"},
        {"d": "2024-11-30", "t": "T12", "r": ""},
        None,
    ]
    assert found.equals(pc.extract_regex(lines, regex))


# Runs whose ending bytes are a few ranges (skipped 16 bytes at a time) or not, and what ends them.
_RUNS = {
    r"[^ ]*": " ",
    r"[^\t-\r\x1c- ]+": r"[\t-\r\x1c- ]",
    r'[^"]*': '"',
    r".*": None,
    r"[^\]\n]*": r"\]",
    r"[a-z]*": "[^a-z]",
    r"[^x-z0-9 ]*": "[x-z0-9 ]",
}
_ENDS = st.sampled_from(' "]\tx9a\x1cé東\x7f\x00')


@needs_c
@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(_RUNS)),
    st.lists(st.tuples(st.integers(0, 60), _ENDS, st.integers(0, 40)), max_size=12),
)
def test_long_runs_end_where_re2_ends_them(run: str, parts: list[tuple[int, str, int]]) -> None:
    """A run's bytes skipped 16 at a time (SSE2, where the bytes that end it are three ranges or
    fewer) end at the same byte as one at a time: an ending byte or a character past ASCII at any
    offset of the 16, runs shorter than 16 and 8, lines ending inside a run."""
    ending = _RUNS[run]
    regex = f"^(?P<head>{run})$" if ending is None else f"^(?P<head>{run})(?:(?P<end>{ending}).*)?$"
    texts = ["a" * first + end + "b" * last for first, end, last in parts] + ["q" * 100, ""]
    lines = _lines(texts)
    assert compile_dfa(regex) is not None
    assert extract_regex(lines, regex).equals(pc.extract_regex(lines, regex))
    assert extract_regex(lines[1:], regex).equals(pc.extract_regex(lines[1:], regex))
    whole = f"^(?:{run})$"
    assert match_regex(lines, whole).equals(pc.match_substring_regex(lines, whole))


_FRACTIONS = {  # (each fraction regex a kernel drops, and the regex it was before its groups were named)
    ISO_FRACTION[0]: r"^([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2})[.,][0-9]{1,9}"
    r"((?:Z|[+-][0-9]{2}:[0-9]{2})?)$",
    _CTIME_FRACTION[
        0
    ]: r"^([A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2})\.[0-9]{1,6}( [0-9]{4})$",
    _ISO_FRACTION[0]: r"^(\[?[^.]{19})\.[0-9]+(.*)$",
    r"^(?P<a>[0-9]+)\.[0-9]+$": r"^([0-9]+)\.[0-9]+$",
}
_TIMES = st.sampled_from(["2026-11-01T00:00:00", "[2026-11-01 00:00:00", "Sun Nov 01 00:00:00", "1730419200"])


@needs_c
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TIMES, st.text(".,0123456789Z+-: 2é", max_size=12)), min_size=1, max_size=20))
def test_fractions_dropped_as_re2_drops_them(times: list[tuple[str, str]]) -> None:
    texts = _lines([time + rest for time, rest in times] + ["2026-11-01T00:00:00.123+01:00", "1730419200.5"])
    for regex, before in _FRACTIONS.items():
        replacement = r"\1" if regex.count("(?P<") == 1 else r"\1\2"
        assert group_dfa.read_in_c(regex), regex
        expected = pc.replace_substring_regex(texts, before, replacement)
        assert replace_regex(texts, regex, replacement).equals(expected), regex
        assert pc.replace_substring_regex(texts, regex, replacement).equals(expected)  # (RE2 on the named form)


@needs_c
def test_a_replace_whose_regex_does_not_span_the_text_is_re2s() -> None:
    # (an escaped `$` is a dollar sign: the text after the match stays; an alternative's `$` too)
    texts = _lines(["x$tail", "x$", "a\\$z", "ab"])
    for regex in (r"^(?P<a>x)\$", r"^(?P<a>a)\\\$", r"^(?P<a>a)$|(?P<b>b)$", r"^(?P<a>[a-z])(?P<b>[a-z])$"):
        assert replace_regex(texts, regex, r"\1").equals(pc.replace_substring_regex(texts, regex, r"\1")), regex


@needs_c
def test_escapes_read_as_re2_reads_them() -> None:
    lines = _lines(["\\xx", "\\x{2}", "x", "09", "\t-"])
    for regex in (r"^(?P<a>\\x{2})", r"^(?P<a>[\x{30}-\x{39}]+)", r"^(?P<a>\t\-)"):
        assert _c_read(lines, regex).equals(pc.extract_regex(lines, regex)), regex


@needs_c
def test_the_kernel_reads_groups_stops_and_misses() -> None:
    regex = r"^(?P<a>[0-9]+)(?: (?P<b>x+))?(?P<c>y*)"
    lines = _lines(["12 xxy", "12", "12 y", "a", "", "7 xx yy", "7yy"])
    found = _c_read(lines, regex)
    assert found.to_pylist() == [
        {"a": "12", "b": "xx", "c": "y"},
        {"a": "12", "b": "", "c": ""},
        {"a": "12", "b": "", "c": ""},  # (" y": the optional group fails, the match stops after 12)
        None,
        None,
        {"a": "7", "b": "xx", "c": ""},
        {"a": "7", "b": "", "c": "yy"},
    ]
    assert found.equals(pc.extract_regex(lines, regex))


@needs_c
def test_characters_past_ascii_are_read_whole_or_left_to_re2(monkeypatch: pytest.MonkeyPatch) -> None:
    run = r"^(?P<a>[^ ]{2}) (?P<b>[a-z]+)"
    # "éé" and "東京" are two characters each (a negated class takes any, whole); "ab é" fails in
    # C as in RE2 (no class there holds a character past ASCII)
    lines = _lines(["ab cd", "éé zz", "ab é", "x", "é xy", "東京 ab", "a東 b"])
    assert _c_read(lines, run).to_pylist() == [
        {"a": "ab", "b": "cd"},
        {"a": "éé", "b": "zz"},
        None,
        None,
        None,
        {"a": "東京", "b": "ab"},
        {"a": "a東", "b": "b"},
    ]
    assert _c_read(lines, run).equals(pc.extract_regex(lines, run))
    re2_read = []
    for name in ("extract_regex", "match_substring_regex"):
        original = getattr(pc, name)
        monkeypatch.setattr(pc, name, lambda texts, regex, f=original: re2_read.append(len(texts)) or f(texts, regex))
    # a class holding some characters past ASCII: RE2 reads the lines that reach one there (K,
    # s: RE2 folds them to the Kelvin sign and the long s); a match ends at its first stop
    some = [r"^(?P<a>[aé]+)", r"^(?P<a>(?i:ks)+)"]
    texts = _lines(["aa", "aéa", "ks", "KS", "\u212as", "b"])
    found = [group_dfa._read(texts, regex) for regex in some] + [group_dfa._read(texts, some[0], groups=False)]
    assert [n for n in re2_read if n] == [2, 1, 1]  # (0: compile_dfa asks RE2 whether it takes the regex)
    monkeypatch.undo()
    assert [f.to_pylist() for f in found[:2]] == [
        [{"a": "aa"}, {"a": "aéa"}, None, None, None, None],
        [None, None, {"a": "ks"}, {"a": "KS"}, {"a": "\u212as"}, None],
    ]
    assert all(f.equals(pc.extract_regex(texts, regex)) for f, regex in zip(found, some, strict=False))
    assert found[2].equals(pc.match_substring_regex(texts, some[0]))


def test_what_the_table_does_not_express_or_python_reads_otherwise_is_left_to_re2() -> None:
    assert compile_dfa(r"^(?P<a>[0-9]+)") is not None
    assert compile_dfa(r"(?P<a>[0-9]+)") is None  # (unanchored: RE2 tries every start)
    assert compile_dfa(r"^(?P<a>Jan|Jul|Jun)") is not None  # (threads setting the same bounds: one state)
    assert compile_dfa(r"^(?:(?P<m>[a-z]+):)?(?P<l>[a-z]+)") is None  # (a letter: m's start or l's)
    assert compile_dfa(r"^(?P<a>.*) (?P<b>x)") is None  # (a space: the run or the separator)
    assert compile_dfa(r"^(?P<a>(?:x?)*)") is None  # (a loop that can match nothing)
    assert compile_dfa(r"^(?P<a>\d+)") is None  # (a class escape: logmr writes classes out)
    assert compile_dfa(r"^(?P<a>x)(?=y)") is None
    assert compile_dfa(r"^(x)") is None  # (an unnamed group)
    assert compile_dfa(r"^a|(?P<a>b)") is None  # (`^` only on the first alternative)
    assert compile_dfa(r"^(?P<a>[\x{30}-\x{39}]+)") is not None  # (RE2's hex escapes)
    assert compile_dfa(r"^(?P<a>\\x{2})") is not None  # (a backslash, then x twice: not a hex escape)
    # where Python's parser and RE2 part: flags, `{,n}`, POSIX classes, escapes, repeat counts
    for regex in (
        r"^(?P<a>x(?m:$))",
        r"(?m)^(?P<a>x)",
        r"(?a)^(?P<a>x)",
        r"^(?P<a>x{,2})y",
        r"^(?P<a>[[:digit:]]+)",
        r"^(?P<a>\u00e9)",
        r"^(?P<a>x{1001})",
        r"^(?P<a>x{4294967296})",
        r"^(?P<a>(?:){100000000})",
        r"^(?P<a>(?:[a-z]?){1000}(?:[0-9]?){1000})",  # (too many threads: past MAX_VISITS)
    ):
        assert compile_dfa(regex) is None, regex


@needs_c
def test_the_kernel_refuses_a_table_or_lines_out_of_bounds() -> None:
    table = compile_dfa(r"^(?P<a>[0-9]+)")
    lines = _lines(["12", "3"])
    _, offsets, data = lines.buffers()
    walk = (table.classes, table.table, table.width, len(table.names))
    assert dfa_extract(offsets, data, 0, 2, *walk)[1] == 0
    unaligned = memoryview(b"\0" + offsets.to_pybytes())[1:]  # (copied: read aligned)
    assert dfa_extract(unaligned, data, 0, 2, *walk)[:2] == dfa_extract(offsets, data, 0, 2, *walk)[:2]
    for args in (
        (offsets, data, 1, 2, *walk),  # (past the offsets)
        (offsets, b"1", 0, 2, *walk),  # (offsets past the bytes)
        (offsets, data, 0, 2, table.classes, table.table + b"\0", table.width, 1),
        (offsets, data, 0, 2, table.classes, table.table, table.width, 17),
        (offsets, data, 0, 2, table.classes[:-1], table.table, table.width, 1),
    ):
        with pytest.raises(ValueError, match="out of bounds"):
            dfa_extract(*args)
    for value in (len(table.table) // 8, 0x40000000 | table.width):  # (past the rows; HAS_RUN set)
        bad = bytearray(table.table)
        bad[8 * table.classes[ord("1")] : 8 * table.classes[ord("1")] + 4] = value.to_bytes(4, "little")
        with pytest.raises(ValueError, match="out of bounds"):
            dfa_extract(offsets, data, 0, 2, table.classes, bytes(bad), table.width, 1)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every read in C compared with RE2's, the regexes read in C listed."""
    read, regexes = group_dfa._read, []

    def both(lines: pa.Array, regex: str, groups: bool = True) -> pa.Array | None:
        found = read(lines, regex, groups)
        if found is not None:
            expected = (pc.extract_regex if groups else pc.match_substring_regex)(lines, regex)
            assert found.equals(expected), regex
            regexes.append(regex)
        return found

    monkeypatch.setattr(group_dfa, "_read", both)
    return regexes


def _blocks(folder: Path, lines: int = 400) -> list[bytes]:
    """Each file's text repeated to `lines` lines or more (the kernels read blocks of 64 lines and up)."""
    blocks = []
    for path in sorted(folder.rglob("*.log")):
        data = path.read_bytes()
        if data.count(b"\n") and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            blocks.append(data * (lines // data.count(b"\n") + 1))
    return blocks


@needs_c
@pytest.mark.parametrize("folder", [CORPUS, LOGHUB], ids=["loggers", "loghub"])
def test_every_read_over_real_logs_is_re2s(folder: Path, checked: list[str]) -> None:
    fields = ["timestamp", "level", "service", "host", "message", "status", "latency_ms"]
    for block in _blocks(folder):
        fmt = reader_for(block[:65536])
        for counted in (("service", "level"), (SECOND, "level")):
            fmt.count_block(block, counted)
        fmt.arrow_block(block, fields)
    assert len(set(checked)) >= (20 if folder == CORPUS else 5)  # (regexes the kernels read in C)
