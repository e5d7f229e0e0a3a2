"""Non-ASCII lines whose header RE2 reads as Python's `re` does (plain_kernel.py counts them with
the ASCII lines, not one by one in Python): most such lines hold their non-ASCII text in the
message, after an ASCII header.

RE2's translated classes and Python's differ on non-ASCII characters only (columnar.to_re2), so
a match that never looks at one is the same in both. Where every slot of a layout splits a line
one way (header_cut.py: each slot's span ends at the first character it cannot hold, its
alternatives decided there too; no optional slot), each slot's end, then its separator's, is
decided by the character just past it: a match up to `e` looks at the line's first `e + 1`
characters, and no further. The last slot may also be a `name:` tag or a klog `file.go:123]`
location, whose runs end at a `:`, a bracket or a blank, all before the header's end. So a
non-ASCII line is read on RE2 where the header's match on RE2 is ASCII and so is the character
after it, or where that character is looked at only by the last separator's own classes (`[ \t]`:
no non-ASCII character is in them, for either engine).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .columnar import int64_array, named_groups_only
from .header_cut import splits_one_way
from .header_regex import kernel_header
from .layout import Layout
from .slots import base_kind

#: Kinds whose runs end before the header does, as its last slot (see the module's docstring).
LAST_SLOT_KINDS = frozenset({"tag", "rtag", "location"})
#: Separators that end on `[ \t]`, a literal or the end of the line: what follows a header is
#: looked at by them alone (not "glued", whose lookahead has `\s` and `\d`, nor "none").
PLAIN_SEPS = frozenset({"sp", "dash", "pipe", "pad", "tab", "comma", "colon"})


@cache
def decided_in_header(layout: Layout) -> bool:
    """Whether the header's match looks at no character past the one after it (the docstring)."""
    last = len(layout) - 1
    if base_kind(layout[last][0]) in LAST_SLOT_KINDS and not layout[last][0].startswith("?"):
        last -= 1
    return all(splits_one_way(layout, at, len(layout)) for at in range(last + 1))


def with_ascii_headers(layout: Layout, lines: Any, ascii_lines: Any) -> Any:
    """`ascii_lines` (Arrow booleans) with the non-ASCII lines whose header's match on RE2 is
    ASCII, and the character after it where the last separator does not tell (the module's
    docstring), set too: the lines RE2 reads as Python does. Unchanged where the layout's match
    may look further."""
    header = kernel_header(layout)
    if header is None or not decided_in_header(layout):
        return ascii_lines
    return with_ascii_matches(lines, ascii_lines, named_groups_only(header, ()), layout[-1][1] not in PLAIN_SEPS)


def with_ascii_matches(lines: Any, ascii_lines: Any, regex: str, ascii_after: bool = False) -> Any:
    """`ascii_lines` with the non-ASCII lines where `regex` (RE2, anchored, no group; its match
    looking at no character past it, or, with `ascii_after`, past the one after it) matches
    ASCII text set too (and that next character is ASCII). Unchanged where a line is not UTF-8
    (which the callers' Python paths refuse)."""
    import pyarrow.compute as pc

    if not ascii_lines.false_count:
        return ascii_lines
    others = lines.filter(pc.invert(ascii_lines))
    try:
        others.validate(full=True)  # (UTF-8)
    except ValueError:
        return ascii_lines
    none = int64_array([0])[0]  # (an Arrow scalar: a Python value would have pyarrow import pandas)
    rest = pc.replace_substring_regex(others, "^(?:" + regex.removeprefix("^") + ")", "")
    cut = pc.subtract(pc.binary_length(others), pc.binary_length(rest))
    read = pc.and_(pc.greater(cut, none), pc.equal(cut, pc.subtract(pc.utf8_length(others), pc.utf8_length(rest))))
    if ascii_after:
        after = pc.utf8_slice_codeunits(rest, 0, 1)
        read = pc.and_(read, pc.and_(pc.string_is_ascii(after), pc.greater(pc.utf8_length(after), none)))
    return pc.replace_with_mask(ascii_lines, pc.invert(ascii_lines), read)
