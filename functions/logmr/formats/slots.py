"""The slots a header layout is made of (see `header.py`): each kind's regex fragment, the
separators that may follow it, and which slots end a header. A kind prefixed with `?` is optional:
the slot and its separator may be absent (the regex skips them)."""

from __future__ import annotations

import re

from .message_marks import OPENING_WORD
from .slot_seps import DEFAULT_SEPS, LEAD, MESSAGE_LEVEL, SEPARATORS, SEPS_OF
from .times import LAYOUTS

# Longest spellings first so that an alternation never stops at a prefix ("warn" of "warning").
# (Not winston's `http`: Go's net/http writes `http: TLS handshake error ...` as a component.)
# (and Python's levelname cut, `%(levelname).3s`, `%(levelname)-5.5s`: DEB, WARNI; npmlog's `verb` and `ERR!`;
# captains-log's `verbo`)
LEVEL_WORDS = (
    "emergency|emerg|critical|criti|crit|cri|alert|fatal|ftl|dpanic|panic|pnc|severe|error|erro|eror|err|fail|warning|"
    "warni|warn|war|wrn|notice|informational|information|info|inf|success|config|note|debug[1-5]|debug|dbug|debg|"
    "deb|dbg|trace|trce|trac|trc|verbose|verbo|verb|vrb|silly|finest|finer|fine|log"
)
# A program name, or its path (`/usr/sbin/cron[12]:`).
_NAME = r"[A-Za-z_$/][\w.$/-]*"
# Rust's tracing: the spans a record was logged in, if any, then its target, a module path
# (`request{id=7}:db{}: shop_api::payments:`).
_SPANS = r"(?:(?:[A-Za-z_]\w*\{[^{}\n]*\}:)+[ \t])?"
_MODULE_PATH = r"[A-Za-z_][\w.$-]*(?:::[\w.$-]+)*"
_LOOKAROUND = re.compile(r"\(\?[=!](?:[^()\\]|\\.)*\)")


def _implied(pattern: str, follow: str) -> str:
    """A pattern without the lookarounds that every character of `follow` (what comes next) meets."""
    return _LOOKAROUND.sub(lambda m: "" if all(re.match(m[0], c) for c in follow) else m[0], pattern)


_BARE = [t for t in LAYOUTS if not t.bracketed]
_ISO = next(t for t in LAYOUTS if t.key == "iso")
_TIME_OF_DAY = next(t for t in LAYOUTS if t.key == "time_of_day")
_YYMMDD = next(t for t in LAYOUTS if t.key == "yymmdd_hms")
_PIPED = next(t for t in LAYOUTS if t.key == "mm_dd_pipe")
_CHROMIUM, _MM_DD = (next(t for t in LAYOUTS if t.key == key) for key in ("mmdd_slash", "mm_dd"))
_DMY, _YMD_SLASH = (next(t for t in LAYOUTS if t.key == key) for key in ("day_month_year", "ymd_slash"))
_SAMBA_TIME = _LOOKAROUND.sub("", _YMD_SLASH.pattern)

# Slot kinds: a regex fragment where `G` stands for the slot's group names (G, and Gx, Gy for more).
SLOTS: dict[str, str] = {
    **{f"time:{t.key}": f"(?P<G>{t.pattern})" for t in _BARE},
    **{f"btime:{t.key}": rf"\[(?P<G>{t.pattern})\]" for t in LAYOUTS},
    **{f"otime:{t.key}": rf"\((?P<G>{t.pattern})\)" for t in _BARE},  # (SSSD's `(2026-12-03 20:16:05): `)
    # A time and a pid in one bracket (Ruby's Logger: `[2026-11-30T12:34:56.789012 #1234]`).
    **{f"ptime:{t.key}": rf"\[(?P<G>{_implied(t.pattern, ' #')})[ \t]*#(?P<Gx>\d+)\]" for t in _BARE},
    # A time (or a time of day: Serilog's `[13:00:00 DBG]`) and a level in one bracket, maybe a process or a
    # target (Celery's `[2026-12-02 07:46:41,564: WARNING/MainProcess]`, env_logger's `[... INFO  shop_api]`).
    **{
        f"ltime:{t.key}": (
            rf"\[(?P<G>{_LOOKAROUND.sub('', t.pattern)}):?[ \t]+(?P<Gx>(?i:{LEVEL_WORDS}))"
            r"(?:/[\w.-]+)?(?:[ \t]+(?P<Gy>[^\s\]]+))?[ \t]*\]"
        )
        for t in (_ISO, _TIME_OF_DAY)
    },
    # A level's letter, a time and a name or a code location in one bracket (Tornado's `[D 261202 14:32:25
    # web:2271]`, Jupyter's `[I 2026-12-02 14:32:25.123 ServerApp]`), or neither (Optuna's `[I time]`).
    **{
        f"lbtime:{t.key}": (
            rf"\[(?P<Gx>[DIWEC])[ \t]+(?P<G>{_LOOKAROUND.sub('', t.pattern)})(?:[ \t]+"
            r"(?:(?P<Gy>[A-Za-z_][\w.-]*)|[\w.-]+:\d+))?\]"
        )
        for t in (_ISO, _YYMMDD)
    },
    # A level and log15's bracketed time, glued or padded (its terminal format: `INFO[12-04|13:59:15] `;
    # go-ethereum's: `INFO [12-04|13:59:15.123] `).
    f"vtime:{_PIPED.key}": rf"(?P<Gx>(?i:{LEVEL_WORDS}))[ \t]*\[(?P<G>{_LOOKAROUND.sub('', _PIPED.pattern)})\]",
    # Samba's time and debug level, maybe more (`[2026/12/02 17:27:46.971290,  0]`, `[..,  3, pid=1234, ...]`):
    # the level read on Samba's scale with its comma (plain_keys: no other level's digits read alike).
    f"stime:{_YMD_SLASH.key}": rf"\[(?P<G>{_SAMBA_TIME})(?P<Gx>,[ \t]*\d{{1,2}})(?:,[^\]\n]*)?\]",
    # Erlang/OTP's report header (`=WARNING REPORT==== 2-Dec-2026::14:35:24.930360 ===`), the message below.
    f"etime:{_DMY.key}": rf"=(?P<Gx>[A-Z]+) REPORT==== (?P<G>{_LOOKAROUND.sub('', _DMY.pattern)}) ===",
    # Android logcat's `-v long` header (`[ 12-05 09:41:07.120  1532: 1560 W/ActivityManager ]`), its message below.
    f"lctime:{_MM_DD.key}": (
        rf"\[ (?P<G>{_LOOKAROUND.sub('', _MM_DD.pattern)})[ \t]+\d+:[ \t]*\d+[ \t]+"
        r"(?P<Gx>[VDIWEFA])/(?P<Gy>[^\]\n]*?) \]"
    ),
    # Chromium's (Electron's, CEF's) `[pid:tid:MMDD/HHMMSS.micro:LEVEL:file.cc(line)]`: a time and a level in one
    # bracket (VERBOSE1 read as VERBOSE), the code location no component.
    f"crtime:{_CHROMIUM.key}": (
        rf"\[(?:\d+:\d+:)?(?P<G>{_LOOKAROUND.sub('', _CHROMIUM.pattern)}):(?P<Gx>[A-Z]+)\d*:[^\]\s]+\]"
    ),
    "level": rf"(?P<G>(?i:{LEVEL_WORDS})!?)(?![\w])",  # (npmlog's `ERR!`: npm's and node-gyp's `gyp ERR! `)
    # A syslog facility and a level, each padded before its colon (`dmesg -x`: `kern  :warn  : `).
    "flevel": (
        r"(?P<Gx>kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])[ \t]*:"
        rf"(?P<G>(?i:{LEVEL_WORDS}))[ \t]*:"
    ),
    "blevel": rf"[\[<][ \t]*(?P<G>(?i:{LEVEL_WORDS}|mark))[ \t]*[\]>]",  # (log4js' `[MARK]`: in brackets only)
    # A level's place holding other labels on some lines (header_marks.wider_level): any word.
    "wlevel": r"(?P<G>[A-Za-z][A-Za-z0-9_-]{0,15})(?![\w-])",
    # A thread and its level in one bracket (log4j2's `[%t/%level]`, the Minecraft server's `[Server thread/INFO]`).
    "tlevel": rf"\[(?P<Gx>[^\[\]/\n]+)/(?P<G>(?i:{LEVEL_WORDS}))\]",
    # A level padded in its bracket, a slash and a name (lldpd's `[ DBG/main]`, `[INFO/lldpd]`).
    "blname": rf"\[[ \t]*(?P<G>(?i:{LEVEL_WORDS}))/(?P<Gx>[^\s\[\]/]+)\]",
    # stunnel's syslog level and thread (`LOG5[ui]:`: the digit a syslog severity).
    "loglevel": r"LOG(?P<G>[0-7])\[(?P<Gx>[^\[\]\s]*)\]:",
    # PHP's error levels (`PHP Warning:  `, `PHP Fatal error:  `; error_log()'s own lines have none).
    "phplevel": (
        r"PHP (?P<G>(?:Catchable fatal|Recoverable fatal|Fatal|Parse|Core|Compile|User) error|(?:Core |Compile |User )?"
        r"(?:Warning|Notice|Deprecated)|Strict Standards):"
    ),
    # `key=value` pairs between the time and the level (Sidekiq's `pid=1 tid=4zr class=Job jid=...`,
    # Ansible's `p=537 u=root n=ansible`): read pair by pair (layout.read_pairs).
    "pairs": r"(?P<G>[a-z_][\w.]{0,15}=[^\s=]+(?:[ \t]+[a-z_][\w.]{0,15}=[^\s=]+)*)",
    # Comma-joined pairs, empty ones too (pgBadger's `log_line_prefix`: `user=%u,db=%d,app=%a,client=%h `): fields.
    "cpairs": r"(?P<G>[a-z_]\w{0,15}=[^\s,=]*(?:,[a-z_]\w{0,15}=[^\s,=]*)+)",
    "rlevel": r"(?P<G>[.*#-])(?=[ \t])",  # (Redis: `.` debug, `-` verbose, `*` notice, `#` warning)
    # `channel.LEVEL:` (PHP's Monolog and Laravel: `app.INFO: message`).
    "chlevel": r"(?P<G>[A-Za-z_][\w-]*)\.(?P<Gx>EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG):(?=[ \t]|$)",
    # Firefox's MOZ_LOG: a level's letter and the log module (`I/URLPreloader `, `D/nsHttp `), after the colon
    # that ends its process's and thread's bracket (`[Parent 7523: Main Thread]: `).
    "mozlevel": r":[ \t]+(?P<Gx>[EWIDV])/(?P<G>[A-Za-z_][\w:.-]*)(?=[ \t])",
    # `name[LEVEL]:` (cloud-init's `%(filename)s[%(levelname)s]: `: `util.py[DEBUG]: message`).
    "nlevel": rf"(?P<G>[A-Za-z_][\w.-]*)\[(?P<Gx>(?i:{LEVEL_WORDS}))\]:(?=[ \t]|$)",
    # GLib's `[** ][(prgname:pid): ][Domain-]LEVEL[ **]` before its colon and a time of day
    # (`ShopApp-INFO: 13:57:44.191: `, `** (process:9): WARNING **: `): the domain (it may hold dashes:
    # `GLib-GIO-WARNING`), the pid and the level.
    "glevel": (
        r"(?:\*\*[ \t]+)?(?:\([^\s():]+:(?P<Gx>\d+)\):[ \t]+)?(?:(?P<G>[A-Za-z][\w-]*)-)?"
        r"(?P<Gy>ERROR|CRITICAL|WARNING|Message|INFO|DEBUG)(?:[ \t]+\*\*)?"
    ),
    # A process's id and role (Redis: `17036:M`), an Erlang process id (RabbitMQ: `<0.653.0>`) and the
    # code location that logged, its module the component (ejabberd's `<0.123.0>@gen_mod:start/2:82`).
    "pidrole": r"(?P<G>\d+):(?P<Gx>[XCSM])(?=[ \t])",
    "epid": r"<(?P<G>\d+\.\d+\.\d+)>(?:@(?P<Gx>[a-z]\w*):(?:'[^'\s]*'|[a-z]\w*)/\d+:\d+)?",
    # A code location in brackets or braces (Envoy's `[source/server/server.cc:430]`, Airflow's
    # `{taskinstance.py:1159}`): neither thread nor component (for RE2's one pass: each `.` opens a part).
    "blocation": r"[\[{](?P<G>[\w$/<>-]+(?:\.[\w$/<>-]+)+:\d+)[\]}]",
    "letter": r"(?P<G>[VTDINWECF])(?=[ \t,/]|\d)",  # (capnslog's T trace, N notice, C critical too)
    # Xorg's message types (`(II)` informational, `(WW)` warning, `(EE)` error, `(==)` default setting...).
    "xmarker": r"\((?P<G>II|WW|EE|--|\*\*|==|\+\+|!!|NI|\?\?)\)",
    "pletter": r"\((?P<G>[DINWECF])\)",  # (qBittorrent's `(N) `, `(W) `, `(C) `: normal, warning, critical)
    "pidtid": r"(?P<G>\d+)#(?P<Gx>\d+):",
    "bpid": r"\[(?P<G>\d+|0x[0-9a-fA-F]+)\]",  # (a pid, or a thread id in hex: Boost.Log's, log4cxx's)
    "pid": r"(?P<G>\d+|0x[0-9a-f]{12,16})(?![\w.:/-])",  # (a thread id in hex too: OpenLDAP's `0x7f5de701f200`)
    # A pid padded to its column and glued to the time by a colon (the Zabbix agent's ` 3252:20261203:145813.884`).
    "cpid": r"[ \t]*(?P<G>\d+):(?=\d{8}[:T -])",
    # A bracketed word that is a level on most lines (MySQL's `[Note]`, `[Warning]` and `[System]`).
    "blabel": r"\[(?P<G>[A-Za-z]+)\]",
    # A category and its event id ending the line (.NET's console: `info: Shop.Orders[1001]`, the message below).
    "evcat": r"(?P<G>[A-Za-z_$][\w$.`+-]*)\[(?P<Gx>\d+)\]",
    # strongSwan's charon: its thread's digits glued to its subsystem's bracket (`00[DMN] `), the IKE_SA after it.
    "ngroup": r"(?P<Gx>\d\d)\[(?P<G>[A-Z]{3})\](?: <(?P<Gy>[^<>|\s]*\|\d+)>)?",
    # A dotted logger name in brackets, padded to its column (Elasticsearch's `[o.e.n.Node   ]`), its
    # line number after it padded too (Salt's `[%(name)-17s:%(lineno)-4d]`: `[salt.state       :1429]`;
    # where no blank pads the name, a code location `[Foo.java:12]`, `blocation`, fits first).
    "bdotted": r"\[(?P<G>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+)[ \t]*(?::\d+[ \t]*)?\]",
    # A logger's name in brackets, where dotted names fit most lines and it more (Scrapy's `[asyncio]`): for `bdotted`.
    "bname": r"\[(?P<G>[A-Za-z_$][\w$.-]*)[ \t]*(?::\d+[ \t]*)?\]",
    # Any logger's name and line in brackets, padded (Deluge's `[%(name)-30s:%(lineno)-4d]`: `[twisted   :147 ]`).
    "bnline": r"\[(?P<G>[A-Za-z_$][\w$.-]*)(?:[ \t]+:\d+[ \t]*|:\d+[ \t]+)\]",
    # GlusterFS' `[MSGID: 100030] [glusterfsd.c:2767:main] 0-glusterd: ` (the id on some lines): translator = component.
    "gloc": r"(?:\[MSGID: \d+\][ \t]+)?\[(?P<Gx>[\w.-]+:\d+:[\w.-]+)\][ \t]+\d+-(?P<G>[^\s:]*):(?=[ \t]|$)",
    # A level and the logger after it, split by slashes, the host before it (Icinga 2's, Locust's `host/INFO/x:`).
    "slevel": rf"(?:(?P<Gy>[^\s/\[\]]+)/)?(?P<G>(?i:{LEVEL_WORDS}))/(?P<Gx>[A-Za-z_$][\w$.-]*):(?=[ \t]|$)",
    # netdata's `apps.plugin ERROR : MAIN : ` (a program, its level padded, a thread tag that may hold blanks).
    "nplevel": rf"(?P<G>[A-Za-z_][\w.-]*)[ \t]+(?P<Gx>(?i:{LEVEL_WORDS}))[ \t]*:[ \t](?P<Gy>[^:\n]*?)[ \t]:(?=[ \t]|$)",
    # Puppet's `--logdest` file: `source (level): ` (`Facter (err): `, `/Stage[main]/Main/File[/x]/ensure (notice): `).
    "plevel": r"(?P<G>\S+) \((?P<Gx>debug|info|notice|warning|err|alert|emerg|crit)\):(?=[ \t]|$)",
    # pino-pretty's `(name/pid on host):` after its level (the name and the host only where the record has them).
    "pname": r"\((?:(?P<G>[^\s/()]+)/)?(?P<Gx>\d+)(?: on (?P<Gy>[^\s()]+))?\):(?=[ \t]|$)",
    # A thread in parentheses (JBoss and Quarkus: `INFO  [io.quarkus] (main) message`).
    "hexlevel": r"\((?P<G>0x[0-9a-f]{4,5})\)",  # (SSSD's debug level mask: `(0x0400): `, plain_keys.py)
    "paren": r"\((?P<G>[^()\s](?:[^()\n]*[^()\s])?)\)",  # (Quarkus' `(Shutdown thread)`, lighttpd's `(server.c.1704)`)
    # (runs taken whole, possessively: the same matches as one character at a time, at twice the speed)
    "bracket": r"\[(?P<G>(?:[^\[\]\n]++|\[[^\[\]\n]*+\])*)\]",
    "conn": r"(?:(?P<G>\*\d+)[ \t]+)?",  # nginx's connection number, where there is one
    "loguru": r"(?P<G>[\w.$<>-]+):[A-Za-z_$<][\w.$<>-]*:\d+",  # module:function:line
    # (a Go module's version: `service@v0.92.0/telemetry.go:86`; the function after Samba's: `server.c:1741(main)`,
    # D's std.logger's `file.d:11:main`)
    "location": r"(?P<G>[\w.$/<>@-]+\.\w+:\d+)(?:\]|\(\w+\)|:[A-Za-z_]\w*)?",
    "tag": rf"(?P<G>{_NAME}(?:\([^()\s]*\))?)(?:\[(?P<Gx>\d+)(?::\d+)?\])?:(?=[ \t]|$)",  # (Unbound's `[pid:tid]`)
    # A program and its pid, its colon if any, after the time or the host (Unbound's `unbound[405:0] info: `,
    # ProFTPD's and coloredlogs' `host prog[pid]`); tried after `tag`, which takes files of `name[pid]:` alone.
    "prog": r"(?P<G>[A-Za-z_][\w.-]*)\[(?P<Gx>\d+)(?::\d+|\.\d+)?\]:?",  # (GnuPG's dirmngr: `[pid.thread]`)
    # (a kind of its own: the tag's regex stays the one syslog-like layouts read fast)
    "rtag": rf"{_SPANS}(?P<G>{_MODULE_PATH}):(?=[ \t]|$)",
    # A process's name and its pid (pgpool-II's `%a pid %p: `: `main pid 7041: `, `child pid 7050: `).
    "apid": r"(?P<G>[A-Za-z_\[][\w.\[\]-]*) pid (?P<Gx>\d+):(?=[ \t]|$)",
    # A Rust module path in brackets past the level (simple_logger's `INFO  [shop::http] `: header_candidates.py).
    "bmodule": rf"\[(?P<G>{_MODULE_PATH})\]",
    # A Rust target before ` > `, padded to its column (pretty_env_logger's `INFO  shop::auth > message`).
    "atarget": rf"(?P<G>{_MODULE_PATH})",
    # Blanks before the header on some lines, or on all (a level right-aligned in its column: pretty_env_logger's
    # ` INFO  target > `, log4j's `%5p`, AIDE's `   INFO: `): never searched for, header.py's `_led` learns it (no
    # group: no role).
    LEAD: "[ ]{0,6}",
    # A systemd service's stderr prefix (sd-daemon's `<6>message`: the line's syslog severity).
    "sdlevel": r"<(?P<G>[0-7])>",
    # `name:` glued to the message, only after `LEVEL:` (Python's `INFO:root:message`), or none (Jetty
    # 9's `time:INFO::thread: ` where a logger has no name).
    "gtag": rf"(?P<G>{_NAME})?(?:\[(?P<Gx>\d+)\])?:(?!\s)",  # (aiohttp's `INFO:aiohttp.access:127.0.0.1 ...`)
    # `Tag   ( 1234):`, a name padded to its column before the colon (Android's logcat), or none
    # (Ruby's Logger without a progname: `-- : message`).
    "ptag": rf"(?P<G>{_NAME}(?:::[\w.$-]+)*)?(?:[ \t]*\([ \t]*(?P<Gx>\d+)\))?[ \t]*:(?=[ \t]|$)",  # (Ruby's `A::B`)
    # A logger name padded to its column before ` : ` (Spring Boot's `%-40.40logger{39} : `, whose
    # abbreviated names may hold brackets: `o.a.c.c.C.[Tomcat].[localhost].[/]`).
    "plogger": r"(?P<G>[A-Za-z_$][^\s]*?)[ \t]+:(?=[ \t]|$)",
    # A namespace of words joined by colons (Node's `debug`: `shop:http message`), before the message.
    # (in lower case, as `debug`'s users name them: not a node's `R02-M1-N0-C:J12-U11`, BGL's)
    "ns": r"(?P<G>[a-z_$][\w$.-]*(?::[a-z_$*][\w$.*-]*)+)",
    "phrase": r"(?P<G>[^\s\[\]|,]+(?:[ \t][^\s\[\]|,]+){0,2}?)",
    # A class's name and its method (java.util.logging's source, Tomcat's `o.a.c.s.Catalina.start`,
    # Jenkins' `jenkins.InitReactorRunner$1#onAttained`), where every line's dotted name ends so and
    # most name a class (header.py: else a logger may be named `Class.name`, or all in lower case:
    # `app.db.pool`).
    "mdotted": r"(?P<G>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)*)[.#](?P<Gx>[a-z_$<…][\w$<>…-]*)(?![\w.$-])",
    "dotted": r"(?P<G>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+)(?![\w.$-])",
    "word": r"(?P<G>[^\s\[\]|,]+)",
    # A syslog message's opening level word, `warning: ` or `<warn> ` (message_marks.py): never
    # inferred; header_marks.py ends a layout whose last slot is a syslog tag with it, optional,
    # and layout.py reads it inside the message, which keeps it.
    MESSAGE_LEVEL: f"(?P<G>{OPENING_WORD})",
}
# Slots that end the header, and separators that end it after any slot but a timestamp.
TERMINAL_KINDS = frozenset(
    {"tag", "rtag", "gtag", "ptag", "plogger", "loguru", "chlevel", "nlevel", "ns", "evcat", "pname", "slevel", "gloc"}
    | {"nplevel", "plevel", "atarget", "apid", "mozlevel"}
)
TIME_KINDS = frozenset(
    {"time", "btime", "otime", "ptime", "ltime", "lbtime", "etime", "stime", "vtime", "crtime", "lctime"}
)
LEVEL_KINDS = frozenset(
    {"level", "blevel", "blabel", "letter", "rlevel", "flevel", "tlevel", "loglevel", "phplevel", "slevel", "wlevel"}
    | {"hexlevel", "pletter", "xmarker", "blname", "sdlevel"}
)  # (the slot's text is the level)
LEVEL_BEARING = LEVEL_KINDS | {"ltime", "lbtime", "etime", "stime", "vtime", "crtime", "chlevel", "nlevel", "nplevel"}
LEVEL_BEARING |= {"plevel", "glevel", "mozlevel", "lctime"}
SECOND_LEVEL = LEVEL_BEARING - LEVEL_KINDS - {"glevel"}  # (those whose second group is a level: `layout._second_role`)
# Slots that name the record's component (its service); LEVEL_BEARING's give a level.
COMPONENT_KINDS = frozenset(
    {"tag", "rtag", "gtag", "ptag", "plogger", "chlevel", "nlevel", "loguru", "dotted", "mdotted", "bdotted", "ns"}
    | {"evcat", "ngroup", "atarget", "bmodule", "apid"}
) | {"prog", "bname", "bnline", "pname", "slevel", "gloc", "nplevel", "plevel", "glevel", "mozlevel"}
# A logger named in parentheses at the end of the message (log4j's `%m (%c)%n`, Kafka's default
# layout): a pseudo-slot that ends a layout whose header names no component (header.py learns it,
# layout.py reads it with the message). `G` stands for its group's name.
TRAILING_LOGGER = "tlogger"
WIDE_LEVEL = "wlevel"
TRAILER = r"[ \t]+\((?P<G>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+)\)[ \t]*"

OPTIONAL = "?"  # a kind's prefix: the slot (and its separator) may be absent


def base_kind(kind: str) -> str:
    return kind.removeprefix(OPTIONAL).split(":", 1)[0]


def message_head(layout: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The slots a message follows: the layout without its MESSAGE_LEVEL slot, which opens the message."""
    return layout[:-1] if layout and base_kind(layout[-1][0]) == MESSAGE_LEVEL else layout


def is_optional(kind: str) -> bool:
    return kind.startswith(OPTIONAL)


def seps_of(kind: str) -> tuple[str, ...]:
    return SEPS_OF.get(base_kind(kind), DEFAULT_SEPS)


def slot_regex(kind: str, sep: str, group: str) -> str:
    """The regex of one slot and its separator, its groups named after `group`."""
    fragment = SLOTS[kind.removeprefix(OPTIONAL)]
    fragment = fragment.replace("(?P<Gx>", f"(?P<{group}x>").replace("(?P<Gy>", f"(?P<{group}y>")
    fragment = fragment.replace("(?P<G>", f"(?P<{group}>")
    if is_optional(kind):
        return f"(?:{fragment}(?:{SEPARATORS[sep]}))?"
    return f"{fragment}(?:{SEPARATORS[sep]})"


def ends_header(kind: str, sep: str) -> bool:
    kind = base_kind(kind)
    if kind in TERMINAL_KINDS:
        return True
    if kind in TIME_KINDS:
        return False
    return sep == "dash" or (sep == "colon" and kind in ("word", "dotted"))
