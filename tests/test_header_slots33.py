"""Header slots learned in session 33: a header after one blank on some lines or all (slots.LEAD: a
level right-aligned in its column at the line's start, log4j's `%5p`, pretty_env_logger's ` INFO  target
> message`, and pretty_env_logger's timed lines, each blank-led), a Rust target before ` > ` (`atarget`),
GLib's `[** ][(prgname:pid): ][Domain-]LEVEL[ **]: ` (`glevel`). Before, the blank-led lines were
continuations of the record above, or no layout was found at all."""

from __future__ import annotations

from helpers import json_counts_agree, read_both_paths
from logmr.formats.base import LogFormat, count_columns
from logmr.formats.header import infer_layout
from logmr.formats.reading import reader_for

PRETTY = [
    " INFO  shop::auth > user login user=jürgen",
    "DEBUG shop::db     > pool ready",
    " WARN  shop        > slow (1840 ms)",
    "ERROR shop::db     > DB timeout after 5000 ms",
    "TRACE shop         > entering handler ListOrders",
]
LOG4J_5P = [
    " INFO [main] com.shop.App - started",
    "DEBUG [main] com.shop.Db - pool ready",
    " WARN [http-1] com.shop.Api - slow",
    "ERROR [http-1] com.shop.Api - failed",
]


def _rows(lines: list[str]) -> list[tuple]:
    return [(r.timestamp, r.level, r.service, r.message) for r in read_both_paths(lines)]


def test_pretty_env_logger_level_target_and_message() -> None:
    assert _rows(PRETTY) == [
        (None, "INFO", "shop::auth", "user login user=jürgen"),
        (None, "DEBUG", "shop::db", "pool ready"),
        (None, "WARN", "shop", "slow (1840 ms)"),
        (None, "ERROR", "shop::db", "DB timeout after 5000 ms"),
        (None, "DEBUG", "shop", "entering handler ListOrders"),
    ]
    # (the blank is no field of the record)
    assert all(not record.fields for record in read_both_paths(PRETTY))


def test_pretty_env_logger_timed_lines_each_open_with_a_blank() -> None:
    timed = [f" 2026-12-04T13:59:15.{n:03d}Z {line.lstrip()}" for n, line in enumerate(PRETTY)]
    # (its level padded after the time: `INFO ` and `WARN ` followed by two blanks)
    rows = _rows([line.replace("Z INFO ", "Z INFO  ").replace("Z WARN ", "Z WARN  ") for line in timed])
    assert [row[0] for row in rows] == [f"2026-12-04T13:59:15.{n:03d}000+00:00" for n in range(5)]
    assert [row[1:] for row in rows] == [row[1:] for row in _rows(PRETTY)]


def test_a_level_right_aligned_on_half_the_lines_keeps_them_records() -> None:
    """Where the lines without the blank anchor a layout alone (DEBUG and ERROR: half the lines), the
    blank-led ones were the records' continuations: the layout that fits more lines is kept."""
    data = ("\n".join(LOG4J_5P * 30) + "\n").encode()
    assert infer_layout(data)[0] == ["lead", "none"]
    assert [row[1:] for row in _rows(LOG4J_5P)] == [
        ("INFO", "com.shop.App", "started"),
        ("DEBUG", "com.shop.Db", "pool ready"),
        ("WARN", "com.shop.Api", "slow"),
        ("ERROR", "com.shop.Api", "failed"),
    ]


def test_counted_on_the_kernel_as_on_the_record_path() -> None:
    for lines in (PRETTY, LOG4J_5P):
        data = ("\n".join(lines * 300) + "\n").encode()
        fmt = reader_for(data)
        keys = ("service", "level")
        _, counts = fmt.count_block(data, keys, "app")
        assert counts == count_columns(LogFormat.parse_block(fmt, data, keys, "app"), keys)
        assert sum(counts.values()) == len(lines) * 300


def test_blank_led_continuations_of_a_timed_layout_stay_continuations() -> None:
    lines = [
        "2026-12-04 13:59:15,001 INFO [main] com.shop.App - order placed:",
        " INFO line of the order's own text",
        "2026-12-04 13:59:15,002 ERROR [main] com.shop.App - failed",
    ]
    data = ("\n".join(lines * 30) + "\n").encode()
    assert infer_layout(data)[0][0].startswith("time")
    records = [r for r, _ in reader_for(data).records(data, "app")]
    assert len(records) == 60 and records[0].message == "order placed:"


GLIB = [
    "(process:27298): ShopApp-DEBUG: 13:57:44.191: level check: debug",
    "ShopApp-INFO: 13:57:44.191: service starting",
    "ShopApp-Message: 13:57:44.191: listening on 0.0.0.0:8080",
    "(process:27298): GLib-GIO-WARNING **: 13:57:44.191: no D-Bus: café",
    "** (process:27298): WARNING **: 13:57:44.191: no log domain: warning",
    "** Message: 13:57:44.191: no log domain: message",
    "(process:27298): ShopDB-CRITICAL **: 13:57:44.191: pool exhausted",
]


def test_glib_domain_level_and_message() -> None:
    records = read_both_paths(GLIB)
    assert [(r.timestamp, r.level, r.service, r.message) for r in records] == [
        (None, "DEBUG", "ShopApp", "level check: debug"),
        (None, "INFO", "ShopApp", "service starting"),
        (None, "INFO", "ShopApp", "listening on 0.0.0.0:8080"),
        (None, "WARN", "GLib-GIO", "no D-Bus: café"),
        (None, "WARN", "app", "no log domain: warning"),  # (no domain: the file's service)
        (None, "INFO", "app", "no log domain: message"),
        (None, "FATAL", "ShopDB", "pool exhausted"),
    ]
    assert records[0].fields["pid"] == 27298


def test_a_level_and_its_colon_alone_stays_a_level_slot() -> None:
    """`WARNING: message` lines (pip's, PostgreSQL's `LOG:`) are read by the level slot, which comes first."""
    lines = ["WARNING: disk almost full", "ERROR: cannot write", "INFO: done"]
    assert infer_layout(("\n".join(lines * 30) + "\n").encode())[0] == ["level", "colon"]


def test_lambda_logs_level_key() -> None:
    """lambda-log's `_logLevel` (Node's, for AWS Lambda), on the record, column and count paths."""
    lines = [
        '{"_logLevel":"info","msg":"starting","service":"shop-api","_tags":[]}',
        '{"_logLevel":"debug","msg":"config loaded","service":"shop-api","_tags":[]}',
        '{"_logLevel":"warn","msg":"slow","service":"shop-api","_tags":["db"]}',
        '{"_logLevel":"error","msg":"failed","service":"shop-api","_tags":[]}',
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(lines)] == [
        ("INFO", "shop-api", "starting"),
        ("DEBUG", "shop-api", "config loaded"),
        ("WARN", "shop-api", "slow"),
        ("ERROR", "shop-api", "failed"),
    ]
    json_counts_agree([("\n".join(lines * 400) + "\n").encode()])


def test_ruby_logging_names_with_double_colons_and_captains_logs_verbo() -> None:
    """Ruby's logging gem's `[time] LEVEL  -- Shop::Api : message` (a class path before ` : `); Sails'
    captains-log cuts `verbose` to `verbo`."""
    ruby = [
        "[2026-12-04T16:06:44] INFO  -- Shop::Api : shop-api starting",
        "[2026-12-04T16:06:44] DEBUG -- Shop::Db : SELECT 1",
        "[2026-12-04T16:06:45] WARN  -- Shop : slow",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(ruby)] == [
        ("INFO", "Shop::Api", "shop-api starting"),
        ("DEBUG", "Shop::Db", "SELECT 1"),
        ("WARN", "Shop", "slow"),
    ]
    sails = ["verbo: loading hooks", " info: listening", "debug: config loaded", " warn: slow"]
    assert [(r.level, r.message) for r in read_both_paths(sails)] == [
        ("DEBUG", "loading hooks"),
        ("INFO", "listening"),
        ("DEBUG", "config loaded"),
        ("WARN", "slow"),
    ]


def test_spdlogs_named_logger_is_the_service_and_log4js_thread_stays_a_thread() -> None:
    """spdlog's `[time] [name] [level]` (its level in lower case) against log4j's `[%d] [%t] [%p]` (in
    upper case), and the JVM's glued `[time][uptime][level][tags]`."""
    spdlog = [
        "[2026-12-04 13:57:44.136] [checkout] [info] ready",
        "[2026-12-04 13:57:44.137] [db] [warning] slow",
        "[2026-12-04 13:57:44.138] [checkout] [critical] down",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(spdlog)] == [
        ("INFO", "checkout", "ready"),
        ("WARN", "db", "slow"),
        ("FATAL", "checkout", "down"),
    ]
    log4j = ["[2026-12-04 13:57:44,136] [main] [INFO] ready", "[2026-12-04 13:57:44,137] [pool-1-thread-2] [WARN] slow"]
    records = read_both_paths(log4j)
    assert [(r.service, r.fields["thread"]) for r in records] == [("app", "main"), ("app", "pool-1-thread-2")]
    jvm = [
        "[2026-12-04T14:33:56.791+0000][0.003s][info][gc] Using G1",
        "[2026-12-04T14:33:56.801+0000][0.013s][warning][gc] x",
    ]
    assert [(r.level, r.service) for r in read_both_paths(jvm)] == [("INFO", "gc"), ("WARN", "gc")]


def test_zerolog_console_fields_after_the_message() -> None:
    """zerolog's ConsoleWriter writes the event's fields after the message (`key=value`, sorted, one blank
    apart): learned from its levels (TRC DBG INF WRN ERR FTL PNC), the message is the text before them,
    each pair a field, `service=` the record's service; elsewhere such pairs stay in the message."""
    lines = [
        "1:59PM INF server starting env=production port=8080",
        "1:59PM DBG loaded configuration entries=42 service=checkout",
        '1:59PM WRN user login failed reason="bad password" user="zoë@example.com"',
        "1:59PM DBG key=value inside the message and a = sign k=a=b",
        "1:59PM INF config reload produced warnings",
        "1:59PM PNC invariant violated: negative stock",
    ]
    records = read_both_paths(lines)
    assert [(r.level, r.service, r.message) for r in records] == [
        ("INFO", "app", "server starting"),
        ("DEBUG", "checkout", "loaded configuration"),
        ("WARN", "app", "user login failed"),
        ("DEBUG", "app", "key=value inside the message and a = sign"),
        ("INFO", "app", "config reload produced warnings"),
        ("FATAL", "app", "invariant violated: negative stock"),
    ]
    assert records[2].fields == {"reason": "bad password", "user": "zoë@example.com", "time": "1:59PM"}
    other = ["2026-12-04 13:59:15 INFO payment authorized amount=261.69 currency=USD", "2026-12-04 13:59:16 WARN slow"]
    assert [r.message for r in read_both_paths(other)] == ["payment authorized amount=261.69 currency=USD", "slow"]


def test_log15_and_go_ethereums_terminal_format() -> None:
    """log15's `INFO[12-04|13:59:15] message   key=value` (the level glued to the bracket) and
    go-ethereum's `INFO [12-04|13:59:15.123] ` (padded): a year-less time, the level, the message
    before its fields (padded to a column, or past it one blank apart)."""
    geth = [
        "INFO [12-04|13:59:15.123] Starting Geth on Ethereum mainnet...",
        "WARN [12-04|13:59:16.001] Sanitizing cache                        provided=1024 updated=4096",
        'ERROR[12-04|13:59:17.500] Snapshot extension registration failed   peer=1a2b3c err="no snap support"',
        "DEBUG[12-04|13:59:18.000] Dereferenced trie from memory database with a long message nodes=12 module=trie",
    ]
    records = read_both_paths(geth)
    assert [(r.timestamp, r.level, r.service, r.message) for r in records] == [
        ("Dec 04 13:59:15.123", "INFO", "app", "Starting Geth on Ethereum mainnet..."),
        ("Dec 04 13:59:16.001", "WARN", "app", "Sanitizing cache"),
        ("Dec 04 13:59:17.500", "ERROR", "app", "Snapshot extension registration failed"),
        ("Dec 04 13:59:18.000", "DEBUG", "trie", "Dereferenced trie from memory database with a long message"),
    ]
    assert records[2].fields == {"peer": "1a2b3c", "err": "no snap support"}
    log15 = ["INFO[12-04|13:59:15] server starting                          port=8080", "DBUG[12-04|13:59:16] x  k=v"]
    assert [(r.level, r.message) for r in read_both_paths(log15)] == [("INFO", "server starting"), ("DEBUG", "x")]


def test_a_bracket_of_rust_module_paths_past_the_level_is_the_component() -> None:
    """Rust's simple_logger (`time LEVEL [target] message`) against log4j's `%d %p [%t] %m`: a bracket
    past the level that holds `::` paths (on some lines, module paths on all) names the component."""
    rust = [
        "2026-12-04 13:59:15,319 INFO  [rustlogs] server starting port=8080",
        "2026-12-04 13:59:15,320 DEBUG [shop::http] GET /api/orders",
        "2026-12-04 13:59:15,321 WARN  [shop::db] slow query",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(rust)] == [
        ("INFO", "rustlogs", "server starting port=8080"),
        ("DEBUG", "shop::http", "GET /api/orders"),
        ("WARN", "shop::db", "slow query"),
    ]
    java = ["2026-12-04 13:59:15,319 INFO [main] started", "2026-12-04 13:59:15,320 WARN [pool-1-thread-2] slow"]
    records = read_both_paths(java)
    assert [(r.service, r.fields["thread"], r.message) for r in records] == [
        ("app", "main", "started"),
        ("app", "pool-1-thread-2", "slow"),
    ]


def test_console_stamps_dotted_clock() -> None:
    """console-stamp's default time (`dd.mm.yyyy HH:MM.ss.l`: its minutes and seconds dotted)."""
    lines = ["[04.12.2026 16:06.44.210] [INFO]  shop-api starting", "[04.12.2026 16:06.45.001] [WARN]  slow"]
    assert [(r.timestamp, r.level, r.message) for r in read_both_paths(lines)] == [
        ("2026-12-04T16:06:44.210000", "INFO", "shop-api starting"),
        ("2026-12-04T16:06:45.001000", "WARN", "slow"),
    ]


def test_xorgs_markers_are_levels_where_a_line_has_one() -> None:
    """Xorg's `[ uptime] (II) message` (3 decimals: dmesg writes 6), its marker on most lines only."""
    lines = [
        "[ 59801.188] (++) Log file: /var/log/Xorg.0.log",
        "[ 59801.188] (WW) The directory /usr/share/fonts/X11/misc does not exist.",
        "[ 59801.189] \tEntry deleted from font path.",
        "[ 59801.190] (EE) no screens found",
        "[ 59801.190] (II) LoadModule: dummy",
    ]
    assert [(r.timestamp, r.level, r.message) for r in read_both_paths(lines)] == [
        (None, "INFO", "Log file: /var/log/Xorg.0.log"),
        (None, "WARN", "The directory /usr/share/fonts/X11/misc does not exist."),
        (None, "INFO", "Entry deleted from font path."),
        (None, "ERROR", "no screens found"),
        (None, "INFO", "LoadModule: dummy"),
    ]


def test_dates_default_output_as_a_shell_script_writes_it() -> None:
    """`echo "$(date) message"`: `date`'s default (`Fri Dec  4 16:06:44 UTC 2026`), the zone before the year;
    tcllib's logger brackets it, with its service and level in lower case after it."""
    shell = ["Fri Dec  4 16:06:44 UTC 2026 backup started", "Fri Dec  4 16:07:01 UTC 2026 ERROR: rsync failed"]
    assert [(r.timestamp, r.level, r.message) for r in read_both_paths(shell)] == [
        ("2026-12-04T16:06:44", "INFO", "backup started"),
        ("2026-12-04T16:07:01", "ERROR", "rsync failed"),
    ]
    tcl = [
        "[Fri Dec 04 16:06:44 UTC 2026] [shop] [info] 'started'",
        "[Fri Dec 04 16:06:45 UTC 2026] [shop::http] [warn] 'x'",
    ]
    assert [(r.timestamp, r.level, r.service) for r in read_both_paths(tcl)] == [
        ("2026-12-04T16:06:44", "INFO", "shop"),
        ("2026-12-04T16:06:45", "WARN", "shop::http"),
    ]


def test_activemqs_logger_and_thread_after_the_message() -> None:
    """ActiveMQ's `%d | %-5p | %m | %c | %t%n`: the logger between pipes after the message (as Kafka's
    `%m (%c)`: learned where most lines end so, most loggers classes), the thread after it."""
    broker = "org.apache.activemq.broker.BrokerService"
    lines = [
        f"2026-12-03 22:25:06,099 | INFO  | Using Persistence Adapter: KahaDB at /data/kahadb | {broker} | main",
        f"2026-12-03 22:25:06,100 | WARN  | Store limit is 102400 mb, only 4096 mb free | {broker} | main",
        "2026-12-03 22:25:07,000 | INFO  | Connector openwire started on port 61616 | org.apache.activemq.Tc | main",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(lines)] == [
        ("INFO", broker, "Using Persistence Adapter: KahaDB at /data/kahadb"),
        ("WARN", broker, "Store limit is 102400 mb, only 4096 mb free"),
        ("INFO", "org.apache.activemq.Tc", "Connector openwire started on port 61616"),
    ]
    plain = ["2026-12-03 22:25:06,099 | INFO  | a | b", "2026-12-03 22:25:06,100 | WARN  | slow"]
    assert [r.message for r in read_both_paths(plain)] == ["a | b", "slow"]


def test_zaps_console_columns_with_a_logger_on_some_lines() -> None:
    """zap's console encoder (Caddy's `format console`): tab-separated time, level, the logger's name
    where it has one, the message, its fields as JSON: the name an optional slot, the component."""
    lines = [
        '2026/12/04 16:04:06.952\tINFO\tadmin\tadmin endpoint started\t{"address": "127.0.0.1:2019"}',
        '2026/12/04 16:04:06.953\tWARN\thttp\tserver is listening only on the HTTP port\t{"server_name": "srv0"}',
        '2026/12/04 16:04:06.954\tINFO\tautosaved config (load with --resume flag)\t{"file": "autosave.json"}',
        "2026/12/04 16:04:06.955\tINFO\tserving initial configuration",
        '2026/12/04 16:04:09.950\tDEBUG\thttp.handlers.file_server\tsanitized path join\t{"site_root": "/www"}',
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(lines)] == [
        ("INFO", "admin", "admin endpoint started"),
        ("WARN", "http", "server is listening only on the HTTP port"),
        ("INFO", "app", "autosaved config (load with --resume flag)"),
        ("INFO", "app", "serving initial configuration"),
        ("DEBUG", "http.handlers.file_server", "sanitized path join"),
    ]


def test_lldpd_minidlna_pgbadgers_prefix_and_pgpool() -> None:
    """lldpd's `[ DBG/token]` (a level padded in its bracket, a slash, the component); MiniDLNA's
    `file.c:N: level: ` (its `maxdebug` DEBUG; a header on a third of the lines where its HTTP dumps
    fill the rest); PostgreSQL's pgBadger prefix `%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h `;
    pgpool-II's `%m: %a pid %p: ` (its `DETAIL:` lines continue the report)."""
    lldpd = [
        "2026-12-04T16:20:16 [ DBG/main] get OS release",
        "2026-12-04T16:20:17 [INFO/lldpd] started",
        "2026-12-04T16:20:18 [WARN/interfaces] x",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(lldpd)] == [
        ("DEBUG", "main", "get OS release"),
        ("INFO", "lldpd", "started"),
        ("WARN", "interfaces", "x"),
    ]
    minidlna = [
        "minidlna.c:1186: warn: HTTP listening on port 8200",
        "upnphttp.c:1083: maxdebug: HTTP REQUEST: GET /",
        "Host: 10.97.0.1:8200",
        "Accept: */*",
    ]
    records = read_both_paths(minidlna, count=2)
    assert [(r.level, r.message) for r in records] == [
        ("WARN", "HTTP listening on port 8200"),
        ("DEBUG", "HTTP REQUEST: GET /"),
    ]
    pgbadger = [
        "2026-12-04 16:04:58 UTC [6948]: [6-1] user=,db=,app=,client= LOG:  database system is ready",
        '2026-12-04 16:04:58 UTC [6958]: [1-1] user=shop,db=orders,app=psql,client=::1 ERROR:  no relation "x"',
    ]
    assert [(r.level, r.message) for r in read_both_paths(pgbadger)] == [
        ("INFO", "database system is ready"),
        ("ERROR", 'no relation "x"'),
    ]
    pgpool = [
        "2026-12-04 16:05:00.130: main pid 7041: LOG:  allocating shared memory",
        "2026-12-04 16:05:00.131: main pid 7041: DETAIL:  size 134522656",
        "2026-12-04 16:05:01.000: health_check0 pid 7050: ERROR:  failed to connect",
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(pgpool, count=2)] == [
        ("INFO", "main", "allocating shared memory"),
        ("ERROR", "health_check0", "failed to connect"),
    ]


def test_traefiks_zerolog_console_with_its_caller() -> None:
    """Traefik v3 writes zerolog's console with the caller after the level (`INF file.go:103 > `): the
    fields after the message are cut there too."""
    at = "github.com/traefik/traefik/v3/cmd/traefik"
    lines = [
        f"2026-12-02T08:10:00Z INF {at}/traefik.go:103 > Traefik version 3.1.2 version=3.1.2",
        f"2026-12-02T08:10:01Z INF {at}/traefik.go:110 > Stats collection is disabled.",
        f'2026-12-02T08:10:02Z ERR {at}/docker.go:12 > Provider error error="refused"',
    ]
    assert [(r.level, r.message) for r in read_both_paths(lines)] == [
        ("INFO", "Traefik version 3.1.2"),
        ("INFO", "Stats collection is disabled."),
        ("ERROR", "Provider error"),
    ]


def test_hclogs_fields_after_its_message_and_a_colon() -> None:
    """hclog (Consul, Vault, Nomad): `time [LEVEL]  name: message: key=value ...`: where a fifth of the
    messages end so, the fields and the colon before them are cut (a message without any is whole)."""
    lines = [
        "2026-12-02T07:57:56.350Z [INFO]  agent: Consul agent running!",
        "2026-12-02T07:57:56.351Z [TRACE] agent.raft: heartbeat sent: peer=10.0.1.12:8300 term=42",
        "2026-12-02T07:57:56.352Z [INFO]  agent.http: Request finished: method=GET url=/v1/kv/orders latency=1.2ms",
        "2026-12-02T07:57:56.353Z [INFO]  agent.serf.lan: serf: EventMemberJoin: node-2 10.0.1.12",
    ]
    records = read_both_paths(lines)
    assert [(r.level, r.service, r.message) for r in records] == [
        ("INFO", "agent", "Consul agent running!"),
        ("DEBUG", "agent.raft", "heartbeat sent"),
        ("INFO", "agent.http", "Request finished"),
        ("INFO", "agent.serf.lan", "serf: EventMemberJoin: node-2 10.0.1.12"),
    ]
    assert records[1].fields["term"] == "42"


def test_monolog_and_laravel_messages_without_their_context_and_extra() -> None:
    """Monolog's LineFormatter (Laravel's logs): `[time] channel.LEVEL: message %context% %extra%`, both JSON
    (`[]` when empty): the message before them; a message that ends with its own JSON keeps it where the two
    are not both there."""
    lines = [
        "[2026-12-02T07:45:41.897099+00:00] app.DEBUG: Loaded 14 config keys [] []",
        '[2026-12-02T07:45:41.898047+00:00] app.INFO: Starting checkout {"order_id":100234,"items":3} []',
        '[2026-12-02T07:45:41.898120+00:00] security.WARNING: Failed login {"user":"zoë"} {"ip":"10.0.0.1"}',
        '[2026-12-02T07:45:41.899000+00:00] app.ERROR: Payload was {"a":[1,2]}',
    ]
    assert [(r.level, r.service, r.message) for r in read_both_paths(lines)] == [
        ("DEBUG", "app", "Loaded 14 config keys"),
        ("INFO", "app", "Starting checkout"),
        ("WARN", "security", "Failed login"),
        ("ERROR", "app", 'Payload was {"a":[1,2]}'),
    ]


def test_levels_padded_to_seven_sd_daemons_priority_and_a_time_to_the_minute() -> None:
    """AIDE's `   INFO: ` (a level right-aligned to seven columns, every line indented), a systemd service's
    stderr `<6>message` (sd-daemon's priority: syslog's severities, first on the line only: ulogd's `time <5> `
    is its own scale), knockd's `[2026-12-04 16:40] ` (to the minute)."""
    aide = ["   INFO: initialize rule tree", "WARNING: /etc/shadow changed", "  ERROR: cannot open database"]
    assert [(r.level, r.message) for r in read_both_paths(aide)] == [
        ("INFO", "initialize rule tree"),
        ("WARN", "/etc/shadow changed"),
        ("ERROR", "cannot open database"),
    ]
    sd = ["<6>logging initialized", "<5>starting amavisd", "<3>TROUBLE in check_mail", "<7>debug detail"]
    assert [(r.level, r.message) for r in read_both_paths(sd)] == [
        ("INFO", "logging initialized"),
        ("INFO", "starting amavisd"),
        ("ERROR", "TROUBLE in check_mail"),
        ("DEBUG", "debug detail"),
    ]
    knockd = ["[2026-12-04 16:40] starting up, listening on lo", "[2026-12-04 16:41] 127.0.0.1: openSSH: Stage 1"]
    assert [(r.timestamp, r.message) for r in read_both_paths(knockd)] == [
        ("2026-12-04T16:40:00", "starting up, listening on lo"),
        ("2026-12-04T16:41:00", "127.0.0.1: openSSH: Stage 1"),
    ]


def test_what_the_new_readings_leave_alone() -> None:
    """A review's cases: a Serilog template's `{Level:u3}` keeps its message's own pairs (zerolog's fields are
    sorted); zap's one-word message before its fields, and a TSV message, are no logger's name; one-blank
    continuation lines under a level-only header stay continuations (the blanks do not right-align a level);
    a build's `file.c:N: error: ` lines on a third of its lines make no header."""
    serilog = [
        "2024-03-01 10:00:02.001 +00:00 INF Request finished in 12ms status=200 path=/api/orders",
        "2024-03-01 10:00:02.101 +00:00 WRN Restarting worker service=billing attempt=3",
        "2024-03-01 10:00:03.000 +00:00 ERR Order failed for customer id=42",
    ]
    assert [(r.service, r.message) for r in read_both_paths(serilog)] == [
        ("app", "Request finished in 12ms status=200 path=/api/orders"),
        ("app", "Restarting worker service=billing attempt=3"),
        ("app", "Order failed for customer id=42"),
    ]
    zap = [
        '2024-03-01T10:00:01.123Z\tINFO\tstarting server\t{"version": "1.2"}',
        '2024-03-01T10:00:02.123Z\tINFO\tlistening\t{"addr": ":8080"}',
        '2024-03-01T10:00:05.123Z\tERROR\tshutdown\t{"signal": "SIGTERM"}',
    ]
    assert [(r.service, r.message) for r in read_both_paths(zap)] == [
        ("app", "starting server"),
        ("app", "listening"),
        ("app", "shutdown"),
    ]
    continued = ["INFO     summary:", " success rate 99%", " error rate 1%", "WARNING  retrying connection"]
    assert [(r.level, r.message) for r in read_both_paths(continued, count=2)] == [
        ("INFO", "summary:"),
        ("WARN", "retrying connection"),
    ]
    build = [
        "make[1]: Entering directory '/src/app'",
        "gcc -O2 -Wall -c main.c -o main.o",
        "main.c:40: error: 'y' undeclared (first use in this function)",
        "make[1]: *** [Makefile:12: main.o] Error 1",
    ]
    assert len(read_both_paths(build)) == 4


def test_long_lines_of_pairs_and_blanks() -> None:
    """A shipper's cut line of 3,000 pairs ending inside a quote, and 100,000 blanks before ` | `: read whole
    (a run of pairs searched for from each blank, and the piped tail's blanks, took seconds, quadratic in
    the line: docs/benchmarks.md; now one pass each, a few milliseconds; no time is asserted here)."""
    from logmr.formats.context import split_pairs
    from logmr.formats.header_names import split_trailer

    pairs = " ".join(f"id{i}=v{i}" for i in range(3000)) + ' note="cut at'
    blanks = "x" + " " * 100_000 + "x | y"
    assert split_pairs(pairs) == (pairs, {})
    assert split_pairs(pairs + '"') == ("", {**{f"id{i}": f"v{i}" for i in range(3000)}, "note": "cut at"})
    assert split_trailer(blanks) == (blanks, None)


def test_gins_request_lines_in_release_mode() -> None:
    """Go's Gin (`[GIN] 2026/12/04 - 17:35:45 | 200 |  16.414µs | 127.0.0.1 | GET  "/"`, all its lines in
    release mode): the time with its ` - `, and the request past it: status (the level), latency (a Go
    duration), method, path."""
    lines = [
        '[GIN] 2026/12/04 - 17:35:45 | 200 |      16.414µs |       127.0.0.1 | GET      "/"',
        '[GIN] 2026/12/04 - 17:35:45 | 404 |         211ns |       127.0.0.1 | GET      "/gibtsnicht"',
        '[GIN] 2026/12/04 - 17:35:46 | 500 |  250.518212ms |       127.0.0.1 | POST     "/orders?x=1"',
    ]
    records = read_both_paths(lines)
    assert [(r.timestamp, r.level, r.status, r.method, r.path) for r in records] == [
        ("2026-12-04T17:35:45", "INFO", 200, "GET", "/"),
        ("2026-12-04T17:35:45", "WARN", 404, "GET", "/gibtsnicht"),
        ("2026-12-04T17:35:46", "ERROR", 500, "POST", "/orders?x=1"),
    ]
    assert [round(r.latency_ms, 6) for r in records] == [0.016414, 0.000211, 250.518212]


def test_phps_built_in_servers_request_lines() -> None:
    """PHP's built-in server (`php -S`, Laravel's `artisan serve`): `[ctime] client:port [404]: GET /path - Success`
    among its `Accepted`/`Closing` lines: each request's status, method and path read, its message kept."""
    lines = [
        "[Fri Dec  4 17:35:31 2026] 127.0.0.1:48292 Accepted",
        "[Fri Dec  4 17:35:31 2026] 127.0.0.1:48322 [404]: GET /gibtsnicht - Success",
        "[Fri Dec  4 17:35:31 2026] 127.0.0.1:48292 Closing",
        "[Fri Dec  4 17:35:32 2026] 127.0.0.1:48332 [200]: GET /style.css",
    ]
    records = read_both_paths(lines)
    assert [(r.timestamp, r.status, r.method, r.path) for r in records] == [
        ("2026-12-04T17:35:31", None, None, None),
        ("2026-12-04T17:35:31", 404, "GET", "/gibtsnicht"),
        ("2026-12-04T17:35:31", None, None, None),
        ("2026-12-04T17:35:32", 200, "GET", "/style.css"),
    ]
    assert records[1].message == "127.0.0.1:48322 [404]: GET /gibtsnicht - Success"
