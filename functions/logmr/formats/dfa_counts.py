"""A block's lines counted in one C pass (layer/native/dfa_count.c): the block split into lines, each
line's ASCII bytes checked, its regexes walked and its groups counted per distinct row as it is
read, where line_counts.py and plain_kernel.py would split it into an Arrow array, read it with
group_dfa.py and count it in Arrow. The same DFAs, the same rows and counts, the same lines handed
to Python; None wherever a regex has no table or the block needs what the C pass does not do
(their Arrow paths then read it, as before)."""

from __future__ import annotations

from typing import Any

from ..native import dfa_count
from .group_dfa import compile_dfa

Dfa = tuple[bytes, bytes, int, int]


def table(regex: str | None, groups: tuple[str, ...] | None = None) -> Dfa | None:
    """`regex`'s table as dfa_count takes it (its group count last), or None where it has none
    (or, given `groups`, where its groups are not these)."""
    found = compile_dfa(regex) if regex is not None and dfa_count is not None else None
    if found is None or (groups is not None and found.names != groups):
        return None
    return found.classes, found.table, found.width, len(found.names)


def decided_table(regex: str, ascii_after: bool) -> tuple[bytes, bytes, int, bool] | None:
    """The table of `regex` (anchored, no group) with one group around its whole match, and
    `ascii_after`: dfa_count's `decided` (header_unicode.with_ascii_matches' test)."""
    found = table("^(?P<m>" + regex.removeprefix("^") + ")", ("m",))
    return None if found is None else (*found[:3], ascii_after)


def reads(*regexes: str | None) -> tuple[list[Dfa], tuple[str, ...]] | None:
    """The tables a hit's groups are read with (the first of `regexes` that matches a line reads
    it: columnar.extract_groups' fast regex then its head) and the groups they read, where each has
    a table and all read the same groups; else None."""
    found = [compile_dfa(regex) if regex is not None and dfa_count is not None else None for regex in regexes]
    if not found or None in found or len({dfa.names for dfa in found}) != 1:  # type: ignore[union-attr]
        return None
    return [(dfa.classes, dfa.table, dfa.width, len(dfa.names)) for dfa in found], found[0].names  # type: ignore[union-attr]


def fraction_table(column: int, fraction: tuple[str, str] | None) -> tuple[int, Dfa] | bool | None:
    """dfa_count's `fraction` for a `(regex, replacement)` that joins the regex's two groups
    (`\\1\\2`, group_dfa.replace_regex's form); None for none; False where it has no table."""
    if fraction is None:
        return None
    regex, replacement = fraction
    found = table(regex) if replacement == r"\1\2" else None
    return (column, found[:3]) if found is not None and found[3] == 2 else False  # type: ignore[return-value]


def count(
    block: bytes,
    test: Dfa | None,
    read: list[Dfa],
    columns: tuple[tuple[int, ...], ...],
    *,
    check: Dfa | None = None,
    decided: tuple[bytes, bytes, int, bool] | None = None,
    fraction: tuple[int, Dfa] | None = None,
    caps: tuple[int, int] | None = None,
    others: bool = True,
) -> tuple[list[tuple[tuple[Any, ...], int]], int, int, list[str]] | None:
    """(rows and counts, hits, lines, the lines handed back) of dfa_count (its docstring), or None
    where it leaves the block."""
    found = dfa_count(
        block,
        test and test[:3],
        read,
        check and check[:3],
        decided,
        columns,
        fraction and (fraction[0], fraction[1][:3]),
        caps,
        int(others),
    )
    if found is None:
        return None
    rows, hits, lines, handed, n_handed = found
    return rows, hits, lines, handed.decode("utf-8").split("\n") if n_handed else []
