"""The separators that may follow each slot kind of a header layout (slots.py), in order of preference."""

from __future__ import annotations

MESSAGE_LEVEL = "mlevel"
LEAD = "lead"  # (slots.py)

SEPARATORS: dict[str, str] = {
    "dash": r"[ \t]+--?(?:[ \t]+|$)",
    "pipe": r"[ \t]*\|[ \t]*",
    "arrow": r"[ \t]+->[ \t]+",  # ClamAV's `Thu Dec  3 04:27:02 2026 -> message`
    "scolon": r"[ \t]+:[ \t]+",  # FreeRADIUS' `Thu Dec  3 04:35:40 2026 : Info: message`
    "comma": r",[ \t]+",
    "colon": r":(?:[ \t]+|$)",  # not a time's or a port's colon (`..._13:53:08`, `host:8080`, `1001:M`)
    "glued": r":(?![\s\d/])",  # `INFO:root:message` (Python's default format; not `http://`)
    "slash": r"/",  # `D/Tag` (Android's logcat brief)
    "tab": r"[ ]*\t[ \t]*",  # tab-separated fields
    "angle": r"[ \t]+>(?:[ \t]+|$)",  # zerolog's console: `caller > message`
    "pad": r"[ \t]{2,}",
    "sp": r"[ \t]+",
    # Brackets glued after a bracket on some lines, then the blank (FRRouting's `[ID][EC n] ` on its
    # error lines, `[ID] ` on the others): learned in place of `sp` only, where it fits more lines.
    "notes": r"(?:\[[^\[\]\n]*+\])*[ \t]+",
    # One blank before the message where nearly every line has one: the blanks past it are the
    # message's own (a banner's indented lines, a step's output): header_marks.one_blank.
    "sp1": r"[ \t]",
    "sp01": r"[ \t]?",  # one blank or none (Knot Resolver's `[system] warning` beside `[plan  ][00000.00]`)
    "colon1": r":(?:[ \t]|$)",
    "pcolon": r"[ \t]*:(?:[ \t]+|$)",  # a level padded to its colon (rclone's `INFO  : `, `NOTICE: `)
    "eol": r"[ \t]*$",  # the line ends (the message is on the next: layout.py)
    "none": r"",
}
DEFAULT_SEPS = ("dash", "pipe", "comma", "sp")
_BRACKETED_SEPS = (*DEFAULT_SEPS, "none")  # `[time][LEVEL][logger]` (Elasticsearch's, glued)
_BRACKETED_KINDS = ("btime", "stime", "blevel", "bracket", "bdotted", "bname", "bnline", "blocation", "bpid", "blname")
# Which separators each kind may take, in order of preference.
SEPS_OF = {
    # (a colon after: lighttpd's `14:39:37: (server.c.1704)`, Mosquitto's `1796222101: `; glued: Jetty 9's `268:INFO:`)
    "time": ("dash", "pipe", "comma", "arrow", "scolon", "sp", "colon", "glued"),
    "letter": ("pipe", "sp", "comma", "slash", "none"),  # (etcd's capnslog: `I | etcdmain: `)
    # (Go's log with Lshortfile: `main.go:12: message`; Samba's location ends its line, the message below)
    "location": ("angle", "colon", *DEFAULT_SEPS, "eol"),
    "tag": ("sp", "none"),
    "rtag": ("sp", "none"),
    "ptag": ("sp", "none"),
    "plogger": ("sp", "none"),
    "gtag": ("none",),
    "ngroup": ("sp1",),  # (charon's `"%.2d[%s] "`: one blank, those past it the message's own)
    "cpid": ("none",),
    "conn": ("none",),
    **dict.fromkeys(("level", "wlevel"), ("dash", "pipe", "comma", "colon", "glued", "sp", "pcolon")),
    "dotted": ("dash", "pipe", "colon", "sp", "eol"),  # (eol: Mopidy's logger ends its line, the message below)
    "mdotted": ("dash", "pipe", "colon", "sp"),
    "phrase": ("dash", "pipe"),
    "word": ("dash", "pipe", "colon", "tab", "pad", "sp"),
    **dict.fromkeys(_BRACKETED_KINDS, _BRACKETED_SEPS),
    **dict.fromkeys(("chlevel", "nlevel"), ("sp", "none")),
    "otime": ("colon", "sp"),
    "hexlevel": ("colon",),
    "ns": ("sp",),
    "evcat": ("eol",),
    "flevel": ("sp",),
    "tlevel": ("colon", "sp"),
    "loglevel": ("sp",),
    "phplevel": ("sp",),
    "prog": ("sp",),
    "pname": ("sp",),
    **dict.fromkeys(("slevel", "gloc", "nplevel", "plevel"), ("sp",)),
    "pairs": ("sp",),
    "cpairs": ("sp",),
    "apid": ("sp",),
    "sdlevel": ("sp", "none"),
    "etime": ("eol",),
    "lctime": ("eol",),
    "atarget": ("angle",),
    "vtime": ("sp",),
    "bmodule": ("sp",),
    "xmarker": ("sp",),
    "glevel": ("colon",),
    LEAD: ("none",),
    MESSAGE_LEVEL: ("none",),
}
