"""Access logs written as named columns, one record a line: what a layout is (its columns, each a
named group's regex, and their roles), and W3C extended logs' columns learned from the file's own
`#Fields:` directive (the layouts known from their tools' documentation: columns_documented.py).

- `w3c`: the W3C Extended Log File Format (WD-logfile): IIS, CloudFront standard logs, and any
  writer that names its columns in a `#Fields:` directive; separated by spaces or tabs, a string
  with spaces in double quotes. `time-taken` is seconds by the W3C draft and CloudFront,
  milliseconds in IIS (told by `#Software:` or by IIS's own columns).

A layout is what a Split carries (JSON lists): `[[kind]]` for a documented one, `[["w3c",
separator, unit], [column, ...]]` for a W3C file's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from .base import SECOND

# A quoted value: backslash escapes, and quotes that are not followed by a separator (Envoy writes
# a user agent's quotes as they come), so that a value ends at a quote before a space or the end.
QUOTED = r'"[^"\\]*(?:(?:\\.|"+[^" \\])[^"\\]*)*"+'
_TOKENS = {"t": r"\S+", "q": QUOTED, "q-": QUOTED + "|-", "b": r"\[[^\]]*\]"}
#: Roles: which columns give the record's fields. `timestamp`: one column, or W3C's date and
#: time; `request`: an HTTP request line (and a column that is the message where it is `-`);
#: `method` and `path`: W3C's; `latency`: columns summed, times the layout's scale to milliseconds;
#: `message`: columns joined (where there is no request: a log of no request reads its columns but the time).


@dataclass(frozen=True)
class Columns:
    """One layout: its columns (name and token regex, in order), what follows them, its roles."""

    kind: str
    columns: tuple[tuple[str, str], ...]
    roles: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    more: tuple[str, ...] = ()  # names of optional columns after the required ones
    separator: str = " "
    scale: float = 1.0  # latency columns' unit in milliseconds
    fraction: tuple[str, str] | None = None  # drops a time column's fraction (RE2 replacement)
    wire: tuple[tuple[str, ...], ...] = ()  # the layout as a Split carries it
    header: str = ""  # a line that names the columns (VPC Flow Logs' objects open with one): no record
    time_keys: tuple[str, ...] = ()  # the time column's layouts (times.py) where its text is no ISO 8601 nor epoch

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The columns' names, and those of parts of a column (Squid's `code/status`)."""
        return tuple(name for name in re.compile(self.pattern).groupindex if name != "_rest")

    @cached_property
    def pattern(self) -> str:
        """The line's regex (Python `re`), each column a named group, anchored at both ends."""
        # (more columns: AWS adds some at the end; W3C's are all named, a line's end may hold blanks)
        rest = r"[ \t]*" if self.kind == "w3c" else rf"(?P<_rest>{self.separator}.*)?"
        return f"{self.head(len(self.columns))}{rest}$"

    def head(self, columns: int, loose: bool = False) -> str:
        r"""The regex of the line's first `columns` columns, anchored at its start only. (Each
        column's token ends where the next separator must follow, so on a line the whole regex
        matches, a head's groups are the whole regex's.) `loose`: each column whose token holds no
        space read as `\S+` (a spaceless column is a whole run between separators: the same groups
        there, in fewer steps, RE2 reading it in one pass); a quoted or bracketed column, a
        negated class, one with groups of its own keep their token, and from a run of any characters
        on (xferlog's file name, blanks and all) every column does: their tokens end that run."""
        loose = loose and self.separator in (" ", " +")
        run = next((i for i, (_, token) in enumerate(self.columns) if _ANY_RUN.search(token)), len(self.columns))
        if run < columns:
            columns = len(self.columns)  # (the columns after such a run end it: a head stopping there would not)
        tokens = (
            (name, r"\S+" if loose and i < run and not _UNLOOSE.search(token) else token)
            for i, (name, token) in enumerate(self.columns[:columns])
        )
        return "^" + self.separator.join(f"(?P<{name}>{token})" for name, token in tokens)

    @property
    def rest_tokens(self) -> re.Pattern[str]:
        return re.compile(QUOTED + r"|\S+" if self.separator != "\t" else r"[^\t]+")


# (a token that may hold a space, or nothing, or holds groups: a quote, a negated class, a blank,
# a group, a repeat that may be empty)
_UNLOOSE = re.compile(r'"|\[\^| |\(\?P<|\*')
_ANY_RUN = re.compile(r"(?<!\\)\.[*+]")  # (a run of any characters)


def column_tokens(spec: str) -> tuple[tuple[str, str], ...]:
    """`name:token name:token ...` (token a _TOKENS key, or a regex after `=`) as column pairs."""
    pairs = []
    for item in spec.split():
        name, _, token = item.partition(":")
        pairs.append((name, token[1:] if token.startswith("=") else _TOKENS[token or "t"]))
    return tuple(pairs)


#: IIS's own columns (its `time-taken` is milliseconds; the W3C draft's and CloudFront's seconds).
_IIS_COLUMNS = frozenset(("s-sitename", "s-computername", "sc-substatus", "sc-win32-status"))
# A directive: `#Fields:`, `#Software:`, `#Date:`... and any other writer's (`#Time Format:`); Zeek's
# (`#separator \x09`, `#fields<TAB>ts<TAB>uid...`, `#close<TAB>2026-...`).
_DIRECTIVE = re.compile(
    r"#([A-Za-z][A-Za-z -]*):|#(separator|set_separator|empty_field|unset_field|path|open|close|fields|types)(?=[ \t])"
)
# Zeek's columns that give a record's fields (http.log's request, its status and the bytes it answered).
_ZEEK_ROLES = {
    "timestamp": "ts",
    "method": "method",
    "path": "uri",
    "status": "status_code",
    "bytes": "response_body_len",
}
_TAKEN = frozenset((SECOND, "_rest"))  # (group names of the kernels' own)


def column_name(name: str) -> str:
    """A W3C column's name as a group and a record field: `cs(User-Agent)` -> `cs_user_agent`
    (ASCII letters, digits and `_`, not starting with a digit: `2xx` -> `c_2xx`)."""
    found = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower() or "column"
    found = f"c_{found}" if found[0].isdigit() else found
    return f"{found}_column" if found in _TAKEN else found


def _groups(names: Sequence[str]) -> list[str]:
    """The columns' group names, those alike once made identifiers numbered by position."""
    groups = [column_name(name) for name in names]
    seen = Counter(groups)
    return [f"{group}_{i}" if seen[group] > 1 else group for i, group in enumerate(groups)]


def w3c(names: list[str] | tuple[str, ...], separator: str = "space", unit: str = "s") -> Columns:
    """A W3C file's layout from its `#Fields:` names, its separator ("space" or "tab") and the
    unit of its `time-taken` ("ms" or "s")."""
    groups = _groups(names)
    token = r"[^\t]*" if separator == "tab" else r'"[^"]*(?:""[^"]*)*"|[^\s"]\S*'
    by = dict(zip(reversed(names), reversed(groups), strict=True))  # (a name twice: its first column)
    roles: dict[str, tuple[str, ...]] = {}
    if "date" in by and "time" in by:
        roles["timestamp"] = (by["date"], by["time"])
    for role, name in (("status", "sc-status"), ("method", "cs-method"), ("bytes", "sc-bytes")):
        if name in by:
            roles[role] = (by[name],)
    for name in ("cs-uri-stem", "cs-uri"):
        if name in by:
            roles["path"] = (by[name],)
            break
    if "time-taken" in by:
        roles["latency"] = (by["time-taken"],)
    if "s-sitename" in by:
        roles["service"] = (by["s-sitename"],)
    elif "cs(Host)" in by and "x-edge-location" in by:  # CloudFront: the distribution's domain
        roles["service"] = (by["cs(Host)"],)
    if "s-computername" in by:
        roles["host"] = (by["s-computername"],)
    return Columns(
        "w3c",
        tuple((group, token) for group in groups),
        roles,
        separator="\t" if separator == "tab" else " ",
        scale=1.0 if unit == "ms" else 1000.0,
        wire=(("w3c", separator, unit), tuple(names)),
    )


def zeek(names: list[str] | tuple[str, ...]) -> Columns:
    """A Zeek log's layout (its TSV form) from its `#fields` names: tab-separated, `-` none, `ts`
    epoch seconds the time, http.log's method and URI the message."""
    groups = _groups(names)
    by = dict(zip(reversed(names), reversed(groups), strict=True))
    roles = {role: (by[name],) for role, name in _ZEEK_ROLES.items() if name in by}
    return Columns(
        "zeek", tuple((group, r"[^\t]*") for group in groups), roles, separator="\t", wire=(("zeek",), tuple(names))
    )


def directive(line: str) -> str | None:
    """A W3C directive's name (`Fields`, `Software`...; Zeek's `#fields` is `Fields`), or None for a
    line that is none."""
    found = _DIRECTIVE.match(line) if line.startswith("#") else None
    if found is None:
        return None
    return found[1] or ("Fields" if found[2] == "fields" else found[2])


def w3c_from(
    lines: list[str], separator: str | None = None, unit: str | None = None, first: bool = False
) -> Columns | None:
    """The layout the last (or `first`) `#Fields:` directive of these lines gives (None if there is
    none): its separator from the first line after it (else `separator`), its unit `ms` where IIS
    wrote it."""
    at = [i for i, line in enumerate(lines) if directive(line) == "Fields"]
    if not at:
        return None
    fields_at = at[0] if first else at[-1]
    if lines[fields_at].startswith("#fields"):  # (Zeek's: its columns are its first header's, `zeek`)
        return zeek(lines[fields_at].rstrip("\r").split("\t")[1:])
    names = lines[fields_at].partition(":")[2].split()
    data = next((line for line in lines[fields_at + 1 :] if line and not line.startswith("#")), None)
    if data is not None:
        separator = "tab" if "\t" in data else "space"
    software = " ".join(line for line in lines[:fields_at] if directive(line) == "Software")
    if "Internet Information Services" in software or _IIS_COLUMNS & set(names):
        unit = "ms"
    return w3c(names, separator or "space", unit or "s")


def next_layout(lines: list[str], at: int, layout: Columns | None) -> Columns | None:
    """The layout the `#Fields:` at `lines[at]` gives after `layout` (whose separator and unit it keeps
    where the lines around do not tell them)."""
    if layout is not None and layout.kind == "zeek":
        return layout
    return w3c_from(lines[max(0, at - 3) : at + 2], *(layout.wire[0][1:3] if layout is not None else ()))


@cache
def compiled(columns: Columns) -> re.Pattern[str]:
    return re.compile(columns.pattern)


def w3c_fit(lines: list[str]) -> int:
    """How many of a W3C file's first lines are directives or fit the `#Fields:` in effect there."""
    layout, fit = None, 0
    for i, line in enumerate(lines):
        name = directive(line)
        if name == "Fields":
            layout = next_layout(lines, i, layout)
        fit += name is not None or (layout is not None and compiled(layout).match(line) is not None)
    return fit
