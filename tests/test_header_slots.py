"""Header slots learned for tools first measured in session 21 (tests/data/loggers/src/session21),
each with the lines where it must not be taken: a level word of four letters (supervisord), a
level padded inside its bracket (Fluent Bit), a time then a colon (lighttpd, Mosquitto), a time of
day and a level in one bracket (Serilog's console), a thread in parentheses (Quarkus), a code
location with a Go module's version (the OpenTelemetry Collector), a class and its method joined
by `#` (Jenkins), a level's letter, a time and a name or location in one bracket (Tornado,
Jupyter), Erlang's report headers with the message below; and JSON keys of nginx's and PostgreSQL's JSON logs."""

from __future__ import annotations

import json

import pytest

from helpers import read_both_paths
from logmr.formats.header import infer_layout
from logmr.formats.header_regex import _fragments, kernel_header
from logmr.formats.jsonl import JsonLinesFormat
from logmr.formats.reading import reader_for


def _read(lines: list[str]) -> list[tuple]:
    return [(r.timestamp, r.level, r.service, r.message) for r in read_both_paths(lines)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # supervisord
            [
                "2026-12-02 14:35:46,895 TRAC sock:Medusa",
                "2026-12-02 14:35:46,896 DEBG fd 7",
                "2026-12-02 14:35:47,000 ERRO x",
            ],
            [("DEBUG", "sock:Medusa"), ("DEBUG", "fd 7"), ("ERROR", "x")],
        ),
        (  # Fluent Bit
            ["[2026/12/02 14:00:02] [ warn] [input] a", "[2026/12/02 14:00:03] [debug] [input] b"],
            [("WARN", "a"), ("DEBUG", "b")],
        ),
        (  # lighttpd: the time, a colon, the source file in parentheses
            ["2026-12-02 14:39:37: (server.c.1704) server started", "2026-12-02 14:39:38: (log.c.1) -- : gone"],
            [("INFO", "server started"), ("INFO", "-- : gone")],
        ),
        (  # Serilog's console
            ["[13:00:00 DBG] Hosting starting", "[13:00:01 WRN] Slow (1840 ms)"],
            [("DEBUG", "Hosting starting"), ("WARN", "Slow (1840 ms)")],
        ),
    ],
)
def test_levels_and_messages(lines: list[str], expected: list[tuple]) -> None:
    assert [(level, message) for _, level, _, message in _read(lines)] == expected


def test_epoch_then_a_colon_is_the_time() -> None:
    """Mosquitto's `1796222101: message`."""
    rows = _read(["1796222101: mosquitto version 2.0.11 starting", "1796222102: Opening ipv4 listen socket"])
    assert rows[0][0].startswith("2026-12-02T14:35:01") and rows[1][3] == "Opening ipv4 listen socket"


def test_quarkus_thread_in_parentheses_with_blanks() -> None:
    lines = [
        "2026-12-02 10:00:01,102 INFO  [io.quarkus] (main) Keycloak started",
        "2026-12-02 10:02:00,001 INFO  [io.quarkus] (Shutdown thread) Keycloak stopped in 0.044s",
    ]
    data = ("\n".join(lines * 30) + "\n").encode()
    assert infer_layout(data)[-1] == ["paren", "sp"]
    records = [r for r, _ in reader_for(data).records(data, "app")]
    assert [(r.service, r.fields["thread"], r.message) for r in records[:2]] == [
        ("io.quarkus", "main", "Keycloak started"),
        ("io.quarkus", "Shutdown thread", "Keycloak stopped in 0.044s"),
    ]


def test_messages_opening_in_parentheses_on_some_lines_keep_them() -> None:
    lines = [
        "2026-12-02 10:00:01 INFO (attempt 2/3) retrying",
        "2026-12-02 10:00:02 INFO plain",
        "2026-12-02 10:00:03 INFO more",
    ]
    assert [message for *_, message in _read(lines)] == ["(attempt 2/3) retrying", "plain", "more"]


def test_go_module_location_and_jenkins_class_and_method() -> None:
    otel = ["2026-12-02T15:00:00.101Z\tinfo\tservice@v0.92.0/telemetry.go:86\tSetting up own telemetry..."]
    assert _read(otel)[0][2:] == ("app", "Setting up own telemetry...")
    jenkins = [
        "2026-12-02 12:00:02.120+0000 [id=32]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started initialization",
        "2026-12-02 12:00:08.301+0000 [id=24]\tWARNING\thudson.lifecycle.Lifecycle#onReady: Jenkins is up",
    ]
    assert [row[1:] for row in _read(jenkins)] == [
        ("INFO", "jenkins.InitReactorRunner$1", "Started initialization"),
        ("WARN", "hudson.lifecycle.Lifecycle", "Jenkins is up"),
    ]


def test_nginx_json_access_log_and_postgresql_jsonlog() -> None:
    fmt = JsonLinesFormat()
    nginx = {"time": "2026-12-02T14:32:52+00:00", "request": "GET / HTTP/1.1", "status": 404, "body_bytes_sent": 6}
    record = fmt.parse(json.dumps(nginx | {"request_time": "0.250"}))
    assert (record.message, record.status, record.bytes, record.latency_ms, record.level) == (
        "GET / HTTP/1.1", 404, 6, 250.0, "WARN",
    )  # fmt: skip
    assert fmt.parse(json.dumps({"msg": "m", "request": {"id": 1}})).message == "m"
    assert fmt.parse(json.dumps({"request": {"id": 1}})).message == ""  # (an app's request object is no message)
    pg = {
        "timestamp": "2026-12-02 14:33:22.248 UTC",
        "error_severity": "FATAL",
        "message": "m",
        "backend_type": "client backend",
    }
    line = json.dumps(pg)
    record = fmt.parse(line)
    assert (record.level, record.service) == ("FATAL", "client backend")
    assert fmt.parse_block(line.encode(), ["level", "service"]).columns == {
        "level": ["FATAL"],
        "service": ["client backend"],
    }


def test_tornado_and_jupyter_brackets() -> None:
    tornado = ["[D 261202 14:32:25 selector_events:54] Using selector", "[W 261202 14:32:27 web:2271] 404 GET /x"]
    assert _read(tornado) == [
        ("2026-12-02T14:32:25", "DEBUG", "app", "Using selector"),
        ("2026-12-02T14:32:27", "WARN", "app", "404 GET /x"),
    ]
    jupyter = ["[I 2026-12-02 14:32:25.123 ServerApp] Serving notebooks", "[C 2026-12-02 14:32:26.001 LabApp] gone"]
    assert [row[1:] for row in _read(jupyter)] == [
        ("INFO", "ServerApp", "Serving notebooks"),
        ("FATAL", "LabApp", "gone"),
    ]


def test_erlang_report_headers_and_the_message_below() -> None:
    lines = [
        "=WARNING REPORT==== 2-Dec-2026::14:35:24.930360 ===",
        "stock low for item",
        "=CRASH REPORT==== 2-Dec-2026::14:35:25.136115 ===",
        "  crasher:",
        "    initial call: corpus_gen:worker/0",
    ]
    assert _read(lines)[:2] == [
        ("2026-12-02T14:35:24.930360", "WARN", "app", "stock low for item"),
        ("2026-12-02T14:35:25.136115", "ERROR", "app", "crasher:"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["info: retrying connection to shard[0]", "warn: retrying connection to shard[1]"],  # (no .NET category)
        [
            "2026-12-02T10:00:00Z INFO user:alice event 0",
            "2026-12-02T10:00:01Z WARN user:bob event 1",
        ],  # (no namespace)
        [f"2026-12-02 10:00:0{i} INFO connected to upstream (db{i}.example.com)" for i in range(4)],  # (no logger)
        [f"2026-12-02 10:00:0{i} INFO started worker (v1.{i})" for i in range(4)],
    ],
)
def test_placed_slots_leave_ordinary_messages_alone(lines: list[str]) -> None:
    """The review's cases (session 21): a category only after a level, a namespace only after a
    time, a logger at the message's end only where most name a class."""
    layout = infer_layout(("\n".join(lines * 30) + "\n").encode())
    assert layout is not None and not {"evcat", "ns", "tlogger"} & {kind for kind, _ in layout}
    messages = [message for *_, message in _read(lines)]
    assert all(message and line.endswith(message) for line, message in zip(lines, messages, strict=True))


def test_a_word_before_a_bracket_of_time_level_and_name_is_no_service() -> None:
    """`jupyter-1 [I ...]` (docker compose's prefix): the bracket names the service, on both paths."""
    rows = _read(
        ["jupyter-1 [I 261202 10:00:00 web:2271] 200 GET /api", "jupyter-1 [W 261202 10:00:01 ServerApp] slow"]
    )
    assert [row[2] for row in rows] == ["app", "ServerApp"]


def test_json_keys_of_other_apps_are_not_nginx_s() -> None:
    fmt = JsonLinesFormat()
    base = {"time": "2026-12-02T10:00:00Z", "level": "info"}
    record = fmt.parse(json.dumps(base | {"msg": "m", "request_time": "2026-12-02T09:59:59Z"}))
    assert record.latency_ms is None and record.fields["request_time"] == "2026-12-02T09:59:59Z"
    record = fmt.parse(json.dumps(base | {"msg": "m", "request_time": 1764669600}))
    assert record.latency_ms is None and record.fields["request_time"] == 1764669600
    assert fmt.parse(json.dumps(base | {"request": "req-42"})).message == ""
    lines = [json.dumps(base | {"msg": "m", "c": "US", "s": "E", "n": i}) for i in range(300)]
    batch = fmt.parse_block("\n".join(lines).encode() + b"\n", ["level", "service"], "f")
    assert set(batch.columns["level"]) == {"INFO"} and set(batch.columns["service"]) == {"f"}


def test_jetty9_stderrlog_header_glued_by_colons() -> None:
    """Jetty 9's StdErrLog: `time:LEVEL:logger:thread: message`, the logger empty on some lines
    (their service the input's, `app`)."""
    lines = [
        "2026-12-02 17:27:37.973:INFO::main: Logging initialized @414ms to org.eclipse.jetty.util.log.StdErrLog",
        "2026-12-02 17:27:38.268:INFO:oejs.Server:main: jetty-9.4.57.v20241219; built: unknown",
        "2026-12-02 17:27:38.415:WARN:oejw.WebAppContext:qtp1-12: Failed startup of context o.e.j.w.WebAppContext@b6",
    ]
    assert [(t[11:23], level, service, message) for t, level, service, message in _read(lines)] == [
        ("17:27:37.973", "INFO", "app", "Logging initialized @414ms to org.eclipse.jetty.util.log.StdErrLog"),
        ("17:27:38.268", "INFO", "oejs.Server", "jetty-9.4.57.v20241219; built: unknown"),
        ("17:27:38.415", "WARN", "oejw.WebAppContext", "Failed startup of context o.e.j.w.WebAppContext@b6"),
    ]


def test_python_default_format_keeps_a_message_that_opens_with_a_name_and_colon() -> None:
    """`LEVEL:name:message` (Python's default), a message opening with `word: ` on some lines only."""
    lines = ["INFO:root:status: ok", "WARNING:shop.cart:cart 12 is empty", "INFO:root:ready"]
    assert [(level, service, message) for _, level, service, message in _read(lines)] == [
        ("INFO", "root", "status: ok"),
        ("WARN", "shop.cart", "cart 12 is empty"),
        ("INFO", "root", "ready"),
    ]


def test_python_default_format_keeps_messages_that_all_open_with_a_word_and_colon() -> None:
    """`LEVEL:name:message` whose messages all open with `word: ` (no time: not Jetty's header)."""
    lines = [f"INFO:train:epoch: {i} loss 0.{i}" for i in range(1, 11)] + ["INFO:train:training finished"]
    rows = _read(lines)
    assert len(rows) == 11
    assert rows[0][1:] == ("INFO", "train", "epoch: 1 loss 0.1") and rows[-1][3] == "training finished"


def test_a_level_slot_is_not_widened_where_no_line_needs_it() -> None:
    """Every record's line holds a level word; the indented lines continue a record: the level slot
    stays one of level words (a later `ValueError: boom` line is no record of its own)."""
    lines = ["INFO:     Started server process [1]", "WARNING:  Config not found, using defaults:", "  host=0.0.0.0"]
    layout = infer_layout(("\n".join(lines * 20) + "\n").encode())
    assert layout is not None and layout[0][0] == "level"


def test_a_label_in_brackets_glued_to_a_bracket_is_read_on_every_path() -> None:
    """MySQL-like `[Note][MY-010110]`: a bracketed label glued to a bracket (its `none` separator
    once made the map task fail with KeyError: 'none')."""
    from logmr.formats.reading import reader_for

    levels = ["Note", "System", "Warning", "Note", "ERROR", "System", "Note", "Warning", "System", "Note"]
    lines = [f"2026-12-02T10:00:0{i}.123456Z 0 [{lv}][MY-01011{i}] server message {i}" for i, lv in enumerate(levels)]
    rows = _read(lines)
    assert [level for _, level, _, _ in rows][:5] == ["INFO", "INFO", "WARN", "INFO", "ERROR"]
    assert rows[0][3] == "server message 0"
    data = ("\n".join(lines) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["level"], "app")
    assert dict(counts) == {("INFO",): 7, ("WARN",): 2, ("ERROR",): 1}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Paramiko's log_to_file: `%(levelname)-.3s [%(asctime)s] thr=%(_threadid)-3d %(name)s: %(message)s`
            [
                "DEB [20261203-14:57:53.525] thr=1   paramiko.transport: starting thread (client mode): 0xb654dd10",
                "INF [20261203-14:57:53.538] thr=1   paramiko.transport: Connected (version 2.0)",
                "WAR [20261203-14:57:53.601] thr=2   paramiko.transport: Oops, unhandled type 3",
                "ERR [20261203-14:57:54.100] thr=1   paramiko.transport: Error reading SSH banner",
                "CRI [20261203-14:57:54.200] thr=1   paramiko.transport: giving up",
            ],
            [
                ("2026-12-03T14:57:53.525", "DEBUG", "paramiko.transport", "starting thread (client mode): 0xb654dd10"),
                ("2026-12-03T14:57:53.538", "INFO", "paramiko.transport", "Connected (version 2.0)"),
                ("2026-12-03T14:57:53.601", "WARN", "paramiko.transport", "Oops, unhandled type 3"),
                ("2026-12-03T14:57:54.100", "ERROR", "paramiko.transport", "Error reading SSH banner"),
                ("2026-12-03T14:57:54.200", "FATAL", "paramiko.transport", "giving up"),
            ],
        ),
        (  # Alembic's default ini: `%(levelname)-5.5s [%(name)s] %(message)s`
            [
                "INFO  [alembic.runtime.migration] Will assume",
                "WARNI [alembic.env] no revisions",
                "CRITI [alembic.util.messaging] boom",
            ],
            [
                (None, "INFO", "alembic.runtime.migration", "Will assume"),
                (None, "WARN", "alembic.env", "no revisions"),
                (None, "FATAL", "alembic.util.messaging", "boom"),
            ],
        ),
    ],
)
def test_python_levelnames_cut_short(lines: list[str], expected: list[tuple]) -> None:
    rows = [(t[:23] if t else t, level, service, message) for t, level, service, message in _read(lines)]
    assert rows == expected


def test_zabbix_agent_pid_padded_and_glued_to_a_compact_time() -> None:
    """The Zabbix agent's `%6d:%Y%m%d:%H%M%S.%03d message`: a pid padded to six columns (more blanks
    for a shorter pid), then the time; a pid followed by another number (`31541: debug :`) is none."""
    from logmr.formats.reading import reader_for

    lines = [
        " 32522:20261203:145813.884 Starting Zabbix Agent [web-01.example]. Zabbix 6.0.14",
        "   741:20261203:145813.885 agent #0 started [main process]",
        " 32522:20261203:145814.001 active check configuration update from [127.0.0.1:10051] started to fail",
    ]
    assert [(t[:23], level, message) for t, level, _, message in _read(lines)] == [
        ("2026-12-03T14:58:13.884", "INFO", "Starting Zabbix Agent [web-01.example]. Zabbix 6.0.14"),
        ("2026-12-03T14:58:13.885", "INFO", "agent #0 started [main process]"),
        ("2026-12-03T14:58:14.001", "INFO", "active check configuration update from [127.0.0.1:10051] started to fail"),
    ]
    data = ("\n".join(lines * 20) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["level"], "app")
    assert dict(counts) == {("INFO",): 60}


def test_lxcs_compact_time_is_read_and_fourteen_digits_alone_are_no_time() -> None:
    """LXC's log (`lxc-start NAME %Y%m%d%H%M%S.%03d LEVEL category - file:func:line - message`):
    its time's fourteen digits glued, read only with the fraction after them (a bare run of
    fourteen digits, an id, is no time)."""
    lines = [
        f"lxc-start kiste 2026120322173{i}.43{i} {lv} start - ../src/lxc/start.c:lxc_init:{i} - message {i}"
        for i, lv in enumerate(["INFO    ", "NOTICE  ", "ERROR   ", "INFO    ", "WARN    ", "DEBUG   "])
    ]
    rows = _read(lines)
    assert [(t[:23], level) for t, level, _, _ in rows][:3] == [
        ("2026-12-03T22:17:30.430", "INFO"),
        ("2026-12-03T22:17:31.431", "INFO"),
        ("2026-12-03T22:17:32.432", "ERROR"),
    ]
    ids = [f"2026120322173{i} {lv} job {i}" for i, lv in enumerate(["INFO", "WARN", "ERROR", "INFO", "INFO"])]
    assert [t for t, *_ in _read(ids)] == [None] * 5
    sums = [f"98765432101234.0{i} EUR credited {i}" for i in range(10)]  # (no month 54: no time, no header)
    assert reader_for(("\n".join(sums * 5) + "\n").encode()).layout is None
    # (session 30's review: a lookahead in the time's regex had sent every such layout off the RE2 kernel)
    layout = reader_for(("\n".join(lines * 10) + "\n").encode()).layout
    assert layout[2][0] == "time:ymd_compact" and _fragments(layout) is not None


def test_salts_padded_logger_is_the_service_and_an_unpadded_code_location_is_not() -> None:
    """Salt's `[%(name)-17s:%(lineno)-4d]` names its logger (`bdotted`, padded `:line` and all);
    Java's `[Foo.java:12]`, a code location, stays one (`blocation`, which fits first)."""
    salt = [
        f"2026-12-03 22:18:51,{100 + i} [{name}:{line}][{lv:<8}][11742] message {i}"
        for i, (name, line, lv) in enumerate(
            [("salt.state       ", "1429", "INFO"), ("salt.fileserver  ", "598 ", "WARNING"),
             ("salt.utils.extmods", "89  ", "INFO"), ("salt.loaded.int.module.cmdmod", "1061", "ERROR")] * 3
        )
    ]  # fmt: skip
    assert [service for _, _, service, _ in _read(salt)][:4] == [
        "salt.state",
        "salt.fileserver",
        "salt.utils.extmods",
        "salt.loaded.int.module.cmdmod",
    ]
    java = [f"2026-12-03 22:18:51,{100 + i} INFO [Foo{i % 3}.java:{12 + i}] message {i}" for i in range(12)]
    layout = reader_for(("\n".join(java * 5) + "\n").encode()).layout
    assert ("blocation", "sp") in layout and _read(java)[0][2] == "app"  # (the default: no service)


def test_frrs_error_code_glued_to_its_message_id_is_read_on_every_path() -> None:
    """FRRouting's log file: `DAEMON: [ID] ` on every line, `[ID][EC n] ` on its error lines (a
    few): the blank after the bracket learned as one that may follow glued brackets (`notes`), so
    those lines start records instead of continuing the one above; the kernel counts them too."""
    from logmr.formats.reading import reader_for

    lines = [
        "2026/12/03 22:16:06 ZEBRA: [SHWNK-NWT5S][EC 100663304] Command returned Warning Config Failed",
        "2026/12/03 22:16:06 ZEBRA: [NBGDS-5ZDQ9] MESSAGE: ZEBRA_INTERFACE_ADDRESS_ADD 192.0.2.1/24",
        "2026/12/03 22:16:07 STATIC: [PNYPZ-BCP8Y] Static Route using eth9 interface not installed",
        "2026/12/03 22:16:07 ZEBRA: [V98V0-MTWPF] client 35 says hello",
        "2026/12/03 22:16:07 BGP: [M7Q4P-46WDR] Zürich: neighbor down",
        "2026/12/03 22:16:18 ZEBRA: [VFCDB-S5FKG] connection closed socket [35]",
        "2026/12/03 22:16:18 ZEBRA: [VFCDB-S5FKG] connection closed socket [32]",
        "2026/12/03 22:16:19 BGP: [ZW1GY-R46JE] Terminating on signal",
        "2026/12/03 22:16:19 STATIC: [KQB7H-NPVW9] staticd exiting",
        "2026/12/03 22:16:20 ZEBRA: [N5M5Y-J5BPG] zebra exiting",
    ]
    rows = _read(lines)
    assert [(service, message) for _, _, service, message in rows][:2] == [
        ("ZEBRA", "Command returned Warning Config Failed"),
        ("ZEBRA", "MESSAGE: ZEBRA_INTERFACE_ADDRESS_ADD 192.0.2.1/24"),
    ]
    data = ("\n".join(lines * 60) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service"], "app")
    assert dict(counts) == {("ZEBRA",): 360, ("STATIC",): 120, ("BGP",): 120}


def test_strongswans_thread_and_subsystem_read_with_or_without_a_time() -> None:
    """strongSwan's charon file log (`"%.2d[%s] "`: its thread's two digits, its subsystem, one
    blank): the subsystem is the service, the blanks past the one the message's own (its config
    dump's indentation), a header without a time or level (no message is written so); the kernel
    counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "00[DMN] Starting IKE charon daemon (strongSwan 5.9.8, Linux 6.1.0, x86_64)",
        "00[LIB] plugin 'ldap': failed to load - ldap_plugin_create not found",
        "05[CFG] loaded IKE shared key with id 'ike-cafe' for: '127.0.0.1'",
        "05[CFG] conn cafe-nihon:",
        "05[CFG]   child tunnel-1:",
        "05[CFG]    rekey_time = 3600",
        "11[IKE] <cafe-nihon|1> initiating IKE_SA cafe-nihon[1] to 127.0.0.1",
        "11[NET] sending packet: from 127.0.0.1[500] to 127.0.0.1[14500] (1024 bytes)",
        "13[IKE] <cafe-nihon|1> giving up after 2 retransmits",
        "00[DMN] SIGTERM received, shutting down",
    ]
    for prefix in ("", "Dec  3 20:22:00.000 "):
        rows = _read([prefix + line for line in lines])
        assert [(service, message) for _, _, service, message in rows][4:7] == [
            ("CFG", "  child tunnel-1:"),
            ("CFG", "   rekey_time = 3600"),
            ("IKE", "initiating IKE_SA cafe-nihon[1] to 127.0.0.1"),
        ]
        data = ("\n".join([prefix + line for line in lines] * 60) + "\n").encode()
        _, counts = reader_for(data).count_block(data, ["service"], "app")
        assert dict(counts) == {("DMN",): 120, ("LIB",): 60, ("CFG",): 240, ("IKE",): 120, ("NET",): 60}
    # (not a header on half the lines alone: session 30's review)
    halves = [f"10[ABC] step {i} done" if i % 2 else f"plain line {i} here" for i in range(300)]
    assert reader_for(("\n".join(halves) + "\n").encode()).layout is None


def test_npmlogs_err_with_its_bang_is_an_error_on_every_path() -> None:
    """npmlog's `ERR!` (node-gyp's `gyp ERR! `, npm's `npm ERR! `): a level word with its `!`, read
    ERROR; the lines after a build's output start records again (they continued the one above)."""
    from logmr.formats.reading import reader_for

    lines = [
        "gyp info it worked if it ends with ok",
        "gyp info using node-gyp@12.4.0",
        "gyp info spawn make",
        "make: Entering directory '/tmp/addon-café/build'",
        "  CC(target) Release/obj.target/gruss/gruss.o",
        "gyp ERR! build error ",
        "gyp ERR! stack Error: `make` failed with exit code: 2",
        "gyp ERR! not ok ",
        "gyp verb cli [ 'node', 'node-gyp' ]",
        "gyp info ok ",
    ]
    rows = _read(lines)
    assert [(level, message) for _, level, _, message in rows][3:6] == [
        ("ERROR", "build error "),
        ("ERROR", "stack Error: `make` failed with exit code: 2"),
        ("ERROR", "not ok "),
    ]
    data = ("\n".join(lines * 60) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["level"], "app")
    assert dict(counts) == {("INFO",): 240, ("ERROR",): 180, ("DEBUG",): 60}


def test_an_erlang_process_and_the_code_location_that_logged_its_module_the_service() -> None:
    """ejabberd's logger (`<0.123.0>@gen_mod:start/2:82 ` after the level): the module is the
    service, the message after the location; RabbitMQ's `<0.653.0> ` alone names none (the file's); the kernel
    counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "2026-12-04 03:06:10.043153+00:00 [info] <0.123.0>@ejabberd_config:load/1:82 Loading configuration",
        "2026-12-04 03:06:10.107493+00:00 [warning] <0.123.0>@gen_mod:warn_soft_dep_fail/2:582 Module mod_mam is",
        "2026-12-04 03:06:11.000001+00:00 [error] <0.713.0>@ejabberd_listener:'-start/3-fun-0-'/1:200 Failed",
        "2026-12-04 03:06:12.500000+00:00 [info] <0.98.0> Stopping ejabberd: Grüße",
    ]
    assert [(level, service, message) for _, level, service, message in _read(lines)] == [
        ("INFO", "ejabberd_config", "Loading configuration"),
        ("WARN", "gen_mod", "Module mod_mam is"),
        ("ERROR", "ejabberd_listener", "Failed"),
        ("INFO", "app", "Stopping ejabberd: Grüße"),
    ]
    data = ("\n".join(lines[:3] * 100) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service", "level"], "app")
    assert dict(counts) == {
        ("ejabberd_config", "INFO"): 100,
        ("gen_mod", "WARN"): 100,
        ("ejabberd_listener", "ERROR"): 100,
    }


def test_a_logger_name_ending_its_line_the_message_on_the_line_below() -> None:
    """Mopidy's console format (`%(levelname)-8s %(asctime)s [%(process)d:%(threadName)s] %(name)s\\n
    %(message)s`): the logger is the service, the indented line below the message; the kernel leaves
    such records to the record path and counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "INFO     2026-12-04 03:12:52,913 [19544:MainThread] mopidy.__main__",
        "  Starting Mopidy 3.4.1",
        "WARNING  2026-12-04 03:12:52,920 [19544:MainThread] mopidy.config",
        "  Loading config from file:///tmp/kaputt.conf: Köln",
        "ERROR    2026-12-04 03:12:53,001 [19544:Audio-2] mopidy.audio.actor",
        "  stream/timeout invalid",
    ]
    assert [(level, service, message) for _, level, service, message in _read(lines)][:3] == [
        ("INFO", "mopidy.__main__", "Starting Mopidy 3.4.1"),
        ("WARN", "mopidy.config", "Loading config from file:///tmp/kaputt.conf: Köln"),
        ("ERROR", "mopidy.audio.actor", "stream/timeout invalid"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    assert kernel_header(reader_for(data).layout) is not None  # (the logger's lookahead met by the line's end)
    _, counts = reader_for(data).count_block(data, ["service", "level"], "app")
    assert dict(counts) == {
        ("mopidy.__main__", "INFO"): 50,
        ("mopidy.config", "WARN"): 50,
        ("mopidy.audio.actor", "ERROR"): 50,
    }


def test_sambas_time_and_debug_level_then_the_code_location_the_message_below() -> None:
    """Samba's debug log (`[2026/12/02 17:27:46.971290,  0] ../../source3/smbd/server.c:1741(main)`,
    the message on the indented line below; `debug pid` adds `, pid=...` in the bracket): the
    time, the level on Samba's scale (0 ERROR, 1 WARN, 2-5 INFO, from 6 DEBUG; never syslog's, where
    0 is FATAL), the message below; the kernel leaves such records to the record path."""
    from logmr.formats.reading import reader_for

    lines = [
        "[2026/12/02 17:27:46.971290,  0] ../../source3/smbd/server.c:1741(main)",
        "  smbd version 4.17.12-Debian started.",
        "  Copyright Andrew Tridgell and the Samba Team 1992-2022",
        "[2026/12/02 17:27:46.971336,  1, pid=31399, effective(0, 0), real(0, 0)] ../../lib/param/loadparm.c:12(f)",
        "  Unknown parameter encountered: 'Größe'",
        "[2026/12/02 17:27:47.000001,  3] ../../source3/lib/tallocmsg.c:84(register_msg_pool_usage)",
        "  Registered MSG_REQ_POOL_USAGE",
        "[2026/12/02 17:27:48.5, 10] ../../source3/smbd/smb2_server.c:99(smbd_smb2_request_dispatch)",
        "  smbd_smb2_request_dispatch: opcode[SMB2_OP_NEGPROT] mid = 0",
    ]
    rows = _read(lines)[:4]
    assert [(level, message) for _, level, _, message in rows] == [
        ("ERROR", "smbd version 4.17.12-Debian started."),
        ("WARN", "Unknown parameter encountered: 'Größe'"),
        ("INFO", "Registered MSG_REQ_POOL_USAGE"),
        ("DEBUG", "smbd_smb2_request_dispatch: opcode[SMB2_OP_NEGPROT] mid = 0"),
    ]
    assert [row[0] for row in rows] == [
        "2026-12-02T17:27:46.971290",
        "2026-12-02T17:27:46.971336",
        "2026-12-02T17:27:47.000001",
        "2026-12-02T17:27:48.500000",
    ]
    data = ("\n".join(lines * 40) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["level"], "app")
    assert dict(counts) == {("ERROR",): 40, ("WARN",): 40, ("INFO",): 40, ("DEBUG",): 40}


def test_a_bracket_between_a_bracketed_time_and_level_names_the_logger() -> None:
    """Hydra's job log (`[%(asctime)s][%(name)s][%(levelname)s] - %(message)s`): the bracket
    between the time and the level is the logger, the service; the kernel counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "[2026-12-04 02:59:14,436][__main__][INFO] - Starting job for city Köln",
        "[2026-12-04 02:59:14,437][shop.db][WARNING] - slow query: 1.2 s",
        "[2026-12-04 02:59:14,440][shop.db][ERROR] - connection lost",
    ]
    assert [(level, service, message) for _, level, service, message in _read(lines)] == [
        ("INFO", "__main__", "Starting job for city Köln"),
        ("WARN", "shop.db", "slow query: 1.2 s"),
        ("ERROR", "shop.db", "connection lost"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service", "level"], "app")
    assert dict(counts) == {("__main__", "INFO"): 50, ("shop.db", "WARN"): 50, ("shop.db", "ERROR"): 50}


def test_a_padded_logger_name_and_line_in_brackets_names_the_service() -> None:
    """Deluge's `%(asctime)s [%(levelname)-8s][%(name)-30s:%(lineno)-4d] %(message)s`: the logger in
    the padded bracket is the service, dotted or not (`twisted`); ZooKeeper's `[myid:1]` (no blank)
    stays no logger; the kernel counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "03:07:41 [INFO    ][deluge.configmanager          :52  ] Setting config directory to: /tmp/Köln",
        "03:07:41 [CRITICAL][twisted                       :147 ] Unhandled error in Deferred:",
        "03:07:41 [WARNING ][deluge.config                 :410 ] Unable to open config file",
    ]
    assert [(level, service, message) for _, level, service, message in _read(lines)] == [
        ("INFO", "deluge.configmanager", "Setting config directory to: /tmp/Köln"),
        ("FATAL", "twisted", "Unhandled error in Deferred:"),
        ("WARN", "deluge.config", "Unable to open config file"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service"], "app")
    assert dict(counts) == {("deluge.configmanager",): 50, ("twisted",): 50, ("deluge.config",): 50}
    zookeeper = [f"2026-12-02 07:45:{i:02d},605 [myid:1] - INFO  [main:QuorumPeer@{i}] - step {i}" for i in range(30)]
    assert {service for _, _, service, _ in _read(zookeeper)} != {"myid"}


def test_a_level_letter_in_parentheses_before_the_time() -> None:
    """qBittorrent's log (`(N) 2026-12-04T03:07:07 - message`): N normal, I info, W warning, C
    critical; the kernel counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "(N) 2026-12-04T03:07:07 - qBittorrent v4.5.2 started",
        '(C) 2026-12-04T03:07:07 - Failed to listen on IP. IP: "::1". Reason: "Address already in use"',
        "(W) 2026-12-04T03:07:07 - Couldn't load IP geolocation database: Köln",
        "(I) 2026-12-04T03:07:08 - Detected external IP. IP: 127.0.0.1",
    ]
    assert [(level, message) for _, level, _, message in _read(lines)] == [
        ("INFO", "qBittorrent v4.5.2 started"),
        ("FATAL", 'Failed to listen on IP. IP: "::1". Reason: "Address already in use"'),
        ("WARN", "Couldn't load IP geolocation database: Köln"),
        ("INFO", "Detected external IP. IP: 127.0.0.1"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["level"], "app")
    assert dict(counts) == {("INFO",): 100, ("FATAL",): 50, ("WARN",): 50}


def test_glusterfs_translator_names_the_service_after_its_code_location() -> None:
    """GlusterFS' `[time] LETTER [MSGID: n] [file.c:line:function] 0-name: message` (the message id on
    some lines only): the translator's name is the service, the message after its colon; the kernel
    counts the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "[2026-12-04 03:08:34.018771 +0000] I [MSGID: 100030] [glusterfsd.c:2767:main] 0-glusterd: Started running",
        "[2026-12-04 03:08:34.018827 +0000] I [glusterfsd.c:2447:daemonize] 0-glusterfs: Pid of current process is 13",
        "[2026-12-04 03:08:39.837935 +0000] E [MSGID: 106525] [glusterd-op-sm.c:4248:set_volid] 0-management: Volume "
        "daten does not exist ",
        "[2026-12-04 03:08:39.900000 +0000] W [MSGID: 101095] [xlator.c:392:xlator_dynload] 0-xlator: Köln not found",
    ]
    assert [(level, service, message) for _, level, service, message in _read(lines)] == [
        ("INFO", "glusterd", "Started running"),
        ("INFO", "glusterfs", "Pid of current process is 13"),
        ("ERROR", "management", "Volume daten does not exist "),
        ("WARN", "xlator", "Köln not found"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service", "level"], "app")
    assert dict(counts) == {
        ("glusterd", "INFO"): 50,
        ("glusterfs", "INFO"): 50,
        ("management", "ERROR"): 50,
        ("xlator", "WARN"): 50,
    }


def test_a_padded_bracket_names_its_component_without_the_padding_and_the_host_after_a_pid() -> None:
    """corosync's logfile (`Dec 04 03:00:47.110 [30037] vm corosync notice  [MAIN  ] message`): the
    host is the word after the time's `[pid]`, the subsystem's bracket the service without its
    padding, on the record path, the block regex and the kernel alike."""
    from logmr.formats.reading import reader_for

    lines = [
        "Dec 04 03:00:47.110 [30037] vm corosync notice  [MAIN  ] Corosync Cluster Engine 3.1.7 starting up",
        "Dec 04 03:00:47.112 [30037] vm corosync warning [TOTEM ] Knet: Köln link down",
        "Dec 04 03:00:47.113 [30037] vm corosync error   [QUORUM] Quorum provider: no votequorum",
    ]
    records = read_both_paths(lines)
    assert [(r.host, r.service, r.level, r.message) for r in records] == [
        ("vm", "MAIN", "INFO", "Corosync Cluster Engine 3.1.7 starting up"),
        ("vm", "TOTEM", "WARN", "Knet: Köln link down"),
        ("vm", "QUORUM", "ERROR", "Quorum provider: no votequorum"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service", "host"], "app")
    assert dict(counts) == {("MAIN", "vm"): 50, ("TOTEM", "vm"): 50, ("QUORUM", "vm"): 50}


@pytest.mark.parametrize("glued", [False, True])
def test_a_thread_in_brackets_before_the_level_is_no_logger_where_a_logger_follows(glued: bool) -> None:
    """logback's and log4j's `[%d] [%thread] %-5level %logger - %msg`: the bracket is the thread, the
    logger after the level the service (session 31's review: Hydra's rule had taken the thread)."""
    sep = "" if glued else " "
    lines = [
        f"[2026-12-04 10:00:00.123]{sep}[main] INFO  o.s.b.StartupInfoLogger - Starting",
        f"[2026-12-04 10:00:01.456]{sep}[http-nio-8080-exec-1] ERROR c.e.OrderController - Failed",
    ]
    assert [service for _, _, service, _ in _read(lines)] == ["o.s.b.StartupInfoLogger", "c.e.OrderController"]


def test_an_erlang_module_names_no_service_where_a_slot_names_one() -> None:
    """A logger bracket before ejabberd's `<pid>@module:...` names the service on every line, with or
    without the module (session 31's review: the kernel had taken an absent module for none)."""
    lines = [
        "2026-12-04 03:00:00.123 [error] [ejabberd.core] <0.12.0>@gen_mod:start/2:7 Message 0",
        "2026-12-04 03:00:01.123 [info] [ejabberd.core] <0.13.0> Message 1",
    ]
    assert [service for _, _, service, _ in _read(lines)] == ["ejabberd.core", "ejabberd.core"]


def test_the_word_after_a_pid_is_a_host_only_after_a_syslog_time() -> None:
    """corosync's `Dec 04 03:00:47.110 [30037] vm corosync notice  [MAIN  ]` names its host there; an
    app's `2026-12-04 10:00:00,123 [1234] MainThread app.server INFO` names its thread."""
    lines = [f"2026-12-04 10:00:0{i},123 [1234] MainThread app.server INFO step {i}" for i in range(10)]
    assert {record.host for record in read_both_paths(lines)} == {None}


def test_netdatas_program_padded_level_and_thread_tag() -> None:
    """netdata's error log (`2026-12-04 03:53:04: netdata INFO  : MAIN : message`; a thread tag may
    hold blanks, `PLUGIN[proc netdev]`): the program is the service, not a host; the kernel counts
    the same."""
    from logmr.formats.reading import reader_for

    lines = [
        "2026-12-04 03:53:04: netdata INFO  : MAIN : TIMEZONE: using TZ variable 'UTC'",
        "2026-12-04 03:53:04: apps.plugin ERROR : MAIN : PROCFILE: Cannot open file '/etc/netdata/apps_groups.conf'",
        "2026-12-04 03:53:05: netdata ERROR : PLUGIN[proc netdev] : Cannot read Köln",
    ]
    records = read_both_paths(lines)
    assert [(r.service, r.host, r.level, r.message) for r in records] == [
        ("netdata", None, "INFO", "TIMEZONE: using TZ variable 'UTC'"),
        ("apps.plugin", None, "ERROR", "PROCFILE: Cannot open file '/etc/netdata/apps_groups.conf'"),
        ("netdata", None, "ERROR", "Cannot read Köln"),
    ]
    data = ("\n".join(lines * 50) + "\n").encode()
    _, counts = reader_for(data).count_block(data, ["service", "level"], "app")
    assert dict(counts) == {("netdata", "INFO"): 50, ("apps.plugin", "ERROR"): 50, ("netdata", "ERROR"): 50}
