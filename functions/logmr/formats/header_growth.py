"""Where a learned header goes on past a slot that would end it (header.py's growth): the slots a
header may hold after a `name:`, a ` - ` or a level, by what follows them on most lines."""

from __future__ import annotations

from .header_candidates import LEVEL_SLOTS, TAGS, TIMES, fits_any, fitting
from .slots import LEVEL_BEARING, TERMINAL_KINDS, TIME_KINDS, base_kind


def goes_on(layout: list[list[str]], lines: list[str], alive: dict[int, int], need: float) -> bool:
    """Whether a header goes on past a slot that would end it: with `[tag]`s past a `name:`
    (Rails' tagged logging: `-- : [request-id] message`), with a level in a header without one
    past a ` - ` or `name:` (`time - name - LEVEL - message`, Python's logging cookbook), or with a
    `name:` past a level's ` -- ` (Ruby's Logger: `LEVEL -- progname: message`), or with a time past
    a leading `name:` (Go's `log.New(w, "checkout: ", flags)`) or past ` - ` (NestJS' `[Nest] pid  - time`),
    or with a `name: ` past a glued `time:LEVEL:name:` (Jetty 9's `time:LEVEL:logger:thread: message`;
    not Python's `LEVEL:name:message`, whose messages may open with `word: `)."""
    timeless = not any(base_kind(kind) in TIME_KINDS for kind, _ in layout)
    if base_kind(layout[-1][0]) == "apid":  # (pgpool-II's `name pid N: LEVEL:  `, its `DETAIL:` lines: level_over)
        return True
    if len(layout) == 1 and base_kind(layout[0][0]) in ("tag", "rtag"):  # (OCaml's Logs: `exe: [LEVEL] `)
        return fits_any(TIMES, lines, alive, need) or fits_any(LEVEL_SLOTS, lines, alive, need)
    if timeless and layout[-1][1] == "dash":
        return fits_any(TIMES, lines, alive, need)
    if base_kind(layout[-1][0]) in TERMINAL_KINDS and fits_any(_PAST_NAME, lines, alive, need):
        return True
    if base_kind(layout[-1][0]) == "gtag" and layout[0][1] == "glued" and base_kind(layout[0][0]) in TIME_KINDS:
        return fits_any(TAGS, lines, alive, need)  # (Jetty 9's `time:LEVEL:logger:thread: message`)
    if {base_kind(kind) for kind, _ in layout} & LEVEL_BEARING:
        if layout[-1][1] != "dash" or base_kind(layout[-1][0]) not in LEVEL_BEARING:
            return False
        return fits_any(TAGS, lines, alive, need)
    if fits_any(LEVEL_SLOTS, lines, alive, need):
        return True
    # (one more field of ` - `s before the level: a line's number, Synapse's `name - 377 - LEVEL`; a logger past a
    # thread, the AWS CLI's `time - MainThread - botocore.hooks - DEBUG - `)
    before = fitting(_BEFORE_LEVEL, lines, alive, need) if layout[-1][1] == "dash" else ()
    return any(fits_any(LEVEL_SLOTS, lines, moved, need) for _, _, moved in before)


_PAST_NAME = (("bracket", "sp"), ("location", "colon"))  # (`[tags]`; biboumi's `[INFO]: file.cpp:13:\t`)
_BEFORE_LEVEL = (("pid", "dash"), ("dotted", "dash"))
