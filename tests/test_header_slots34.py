"""Header slots learned in session 34: a bracketed name alone as the header, where no time nor level
anchors one (`header_candidates.named_header`): a library's or a tool's prefix on most lines, a few names
written many times. Before, such a file had no layout: each line a record, the name in its message."""

from __future__ import annotations

from helpers import read_both_paths
from logmr.formats.header import infer_layout

TRANSFORMERS = [
    "[transformers] Offline mode: forcing local_files_only=True",
    "[transformers] loading configuration file /tmp/hf/modell-café/config.json",
    "[transformers] Model config BertConfig {",
    '  "hidden_size": 64,',
    '  "model_type": "bert"',
    "}",
    "",
    "[transformers] Modell für Jürgen geladen: bert",
    "Traceback (most recent call last):",
    '  File "run.py", line 46, in <module>',
    "KeyError: 'fehlt'",
    "[transformers] wieder sichtbar: café",
    "[transformers] Konfiguration geladen (DEBUG)",
    "[transformers] nur einmal",
]
KRESD = [
    "[system] warning: hard limit for number of file-descriptors is only 20000",
    "[system] error: module 'nonexistent' not found:",
    "\tno field package.preload['nonexistent']",
    "[plan  ][00000.00] plan '.' type 'NS' uid [65536.00]",
    "[resolv][65536.01]   => using root hints",
    "[resolv][65536.02]   >< TA: '.'",
    "[taupd ] refreshing TA for .",
]


def _rows(lines: list[str], count: int) -> list[tuple]:
    return [(r.timestamp, r.level, r.service, r.message) for r in read_both_paths(lines, count)]


def test_a_bracketed_name_on_every_record_is_its_service() -> None:
    """The JSON dump's lines, its closing `}` and a traceback continue the record above them (the level:
    none, read as INFO)."""
    assert _rows(TRANSFORMERS, 7) == [
        (None, "INFO", "transformers", "Offline mode: forcing local_files_only=True"),
        (None, "INFO", "transformers", "loading configuration file /tmp/hf/modell-café/config.json"),
        (None, "INFO", "transformers", "Model config BertConfig {"),
        (None, "INFO", "transformers", "Modell für Jürgen geladen: bert"),
        (None, "INFO", "transformers", "wieder sichtbar: café"),
        (None, "INFO", "transformers", "Konfiguration geladen (DEBUG)"),
        (None, "INFO", "transformers", "nur einmal"),
    ]


def test_padded_names_and_a_bracket_glued_after_some() -> None:
    """Knot Resolver's `[plan  ][00000.00] `: the name's padding and one blank after it are no message's."""
    assert _rows(KRESD, 6) == [
        (None, "INFO", "system", "warning: hard limit for number of file-descriptors is only 20000"),
        (None, "INFO", "system", "error: module 'nonexistent' not found:"),
        (None, "INFO", "plan", "[00000.00] plan '.' type 'NS' uid [65536.00]"),
        (None, "INFO", "resolv", "[65536.01]   => using root hints"),
        (None, "INFO", "resolv", "[65536.02]   >< TA: '.'"),
        (None, "INFO", "taupd", "refreshing TA for ."),
    ]


def test_brackets_that_name_no_component_stay_in_the_message() -> None:
    """A checklist's or a progress counter's brackets (`[x]`, `[1/5]`: many distinct, or not a name), and a
    name on too few lines, anchor no header."""
    steps = [f"[{n}/9] Building CXX object src/f{n}.cc.o" for n in range(1, 10)]
    assert infer_layout(("\n".join(steps) + "\n").encode()) is None
    words = [f"[{word}] done" for word in ("alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa")]
    assert infer_layout(("\n".join(words) + "\n").encode()) is None
    few = ["[build] start", "compiling a.c", "compiling b.c", "compiling c.c", "[build] done"]
    assert infer_layout(("\n".join(few) + "\n").encode()) is None


def test_opening_chars_reads_only_what_a_match_must_open_with() -> None:
    from logmr.formats.header_candidates import opening_chars

    assert opening_chars(r"\[(?P<G>\d+|0x[0-9a-f]+)\]") == "["  # (an alternation past the opening)
    assert opening_chars(r"(?P<G>\d{4}-\d\d)") == r"\d"
    assert opening_chars(r"\((?P<G>\w+)\)") == "("
    assert opening_chars(r"LOG(?P<G>[0-7])") == "L"
    assert opening_chars(r"ab(?:c|d)") == "a"
    others = (r"(?P<G>a|b)", r"a(?P<G>b)|c", r"x?y", r"\d*x", r"\d{0,2}x", r"(?i:abc)", r"[ab]c", r"\sx", r"(?=a)a")
    for regex in others:
        assert opening_chars(regex) is None, regex


def test_a_kind_passed_over_by_its_opening_matches_no_line_there() -> None:
    """Header inference passes over a kind whose opening character too few cursors are at, without
    compiling its regex: on real loggers' lines, wherever a kind's regex matches, the line opens so."""
    import re
    from pathlib import Path

    from logmr.formats.header_candidates import opening_chars
    from logmr.formats.slots import SLOTS

    folder = Path(__file__).parent / "data" / "loggers"
    texts = [path.read_text("utf-8", "replace") for path in sorted(folder.glob("*.log"))[::4]]
    lines = [line for text in texts for line in text.split("\n")[:20]]
    lines += ["٣٠ Dec 12:00:00 x", "[٢٠٢٦-01-01 00:00:00] x", "(2026-01-01 00:00:00) y", "<6>kernel: z"]
    checked = 0
    for kind, regex in SLOTS.items():
        chars = opening_chars(regex)
        if chars is None:
            continue
        pattern = re.compile(regex)
        for line in lines:
            if pattern.match(line):
                checked += 1
                assert line[:1].isdecimal() if chars == r"\d" else line[:1] == chars, (kind, line)
    assert checked > 100


OCAML = [
    "shop_logs: [INFO] shop-api starting on 127.0.0.1:8080 (pid 751)",
    "shop_logs: [DEBUG] cache warm: 128 entries",
    "shop_logs: [WARNING] disk almost full on C:\\shop\\orders (91% used)",
    "shop_logs: [ERROR] POST /checkout failed: payment gateway timeout after 30s",
]
LOGGERV = [
    "shoprs: shop-api starting on 127.0.0.1:8080 (pid 640)",
    "shoprs::http: GET /orders/1001 200 customer=Café Zoë in 東京",
    "shoprs: multi-line report:",
    "line two",
    "shoprs: database connection lost",
]
D_LOGGER = [
    "2026-12-04T18:35:09.598 [info] shop_d.d:11:main shop-api starting on 127.0.0.1:8080 (pid 780)",
    "2026-12-04T18:35:09.598 [trace] shop_d.d:13:main cache warm: 128 entries",
    "2026-12-04T18:35:09.599 [error] shop_d.d:30:checkout POST /checkout failed: timeout",
]
SENTRY = [
    " [sentry] DEBUG: Setting up integrations (with default = False)",
    " [sentry] INFO: Flushing HTTP transport",
    " [sentry] WARNING: Rate-limited via x-sentry-rate-limits",
    " [sentry] ERROR: Unexpected status code: 400 (body: {'detail': 'bad'})",
]


def test_a_name_then_a_bracketed_level() -> None:
    """OCaml's Logs (`Logs_fmt.reporter ()`): `exe: [LEVEL] message`."""
    assert _rows(OCAML, 4) == [
        (None, "INFO", "shop_logs", "shop-api starting on 127.0.0.1:8080 (pid 751)"),
        (None, "DEBUG", "shop_logs", "cache warm: 128 entries"),
        (None, "WARN", "shop_logs", "disk almost full on C:\\shop\\orders (91% used)"),
        (None, "ERROR", "shop_logs", "POST /checkout failed: payment gateway timeout after 30s"),
    ]


def test_a_module_path_and_its_colon_alone_on_most_lines() -> None:
    """loggerv's default: `module::path: message`, no time nor level; a line without it continues."""
    assert _rows(LOGGERV, 4) == [
        (None, "INFO", "shoprs", "shop-api starting on 127.0.0.1:8080 (pid 640)"),
        (None, "INFO", "shoprs::http", "GET /orders/1001 200 customer=Café Zoë in 東京"),
        (None, "INFO", "shoprs", "multi-line report:"),
        (None, "INFO", "shoprs", "database connection lost"),
    ]


def test_a_code_location_and_its_function() -> None:
    """D's std.logger: `time [level] file.d:line:function message` (the function part of the location;
    the service: the file's default)."""
    assert [row[1:] for row in _rows(D_LOGGER, 3)] == [
        ("INFO", "app", "shop-api starting on 127.0.0.1:8080 (pid 780)"),
        ("DEBUG", "app", "cache warm: 128 entries"),
        ("ERROR", "app", "POST /checkout failed: timeout"),
    ]


def test_one_blank_before_every_header_whose_level_follows_a_bracket() -> None:
    """sentry-sdk's debug output (` [sentry] LEVEL: `): before, every line continued a record."""
    assert [row[1] for row in _rows(SENTRY, 4)] == ["DEBUG", "INFO", "WARN", "ERROR"]
    assert [row[3] for row in _rows(SENTRY, 4)][1] == "Flushing HTTP transport"


LIGHTGBM = [
    "[LightGBM] [Warning] Unknown parameter: no_such_param",
    "[LightGBM] [Info] Number of positive: 91, number of negative: 109",
    "[LightGBM] [Debug] Trained a tree with leaves = 4 and depth = 2",
    "[LightGBM] [Fatal] Check failed: (num_data) > (0)",
]
BIBOUMI = [
    "[INFO]: src/utils/reload.cpp:13:\tOpening database: /var/lib/biboumi/biboumi.sqlite",
    "[WARNING]: src/network/credentials_manager.cpp:84:\tI/O error: DataSource: Failure opening file",
    "[DEBUG]: src/irc/irc_client.cpp:412:\tIRC connection to Café Zoë in 東京",
    "[ERROR]: src/xmpp/biboumi_component.cpp:98:\tconnection lost",
]


def test_a_bracket_before_a_bracketed_level_alone_names_the_program() -> None:
    """LightGBM's `[LightGBM] [Info] ` (and sentry-sdk's ` [sentry] DEBUG: `): with no other slot, the
    bracket is the component, not a thread (log4j's `[%t] %p %c - ` keeps its thread: its `%c` names it)."""
    assert _rows(LIGHTGBM, 4) == [
        (None, "WARN", "LightGBM", "Unknown parameter: no_such_param"),
        (None, "INFO", "LightGBM", "Number of positive: 91, number of negative: 109"),
        (None, "DEBUG", "LightGBM", "Trained a tree with leaves = 4 and depth = 2"),
        (None, "FATAL", "LightGBM", "Check failed: (num_data) > (0)"),
    ]
    assert [row[2] for row in _rows(SENTRY, 4)] == ["sentry"] * 4


def test_a_code_location_past_a_levels_colon() -> None:
    """biboumi's `[LEVEL]: file.cpp:NN:<tab>`: the location is no part of the message."""
    assert [row[3] for row in _rows(BIBOUMI, 4)] == [
        "Opening database: /var/lib/biboumi/biboumi.sqlite",
        "I/O error: DataSource: Failure opening file",
        "IRC connection to Café Zoë in 東京",
        "connection lost",
    ]


SYNAPSE = [
    "2026-12-04 18:41:47,377 - synapse.config.logger - 377 - WARNING - main - ***** STARTING SERVER *****",
    "2026-12-04 18:41:47,402 - synapse.app.homeserver - 123 - INFO - main - Setting up server",
    "2026-12-04 18:41:48,010 - synapse.access.http.8008 - 465 - INFO - GET-1 - 127.0.0.1 - 8008 - {None} Processed",
    "2026-12-04 18:41:48,511 - synapse.http.server - 130 - ERROR - GET-2 - Failed handle request",
]


def test_a_line_number_between_the_name_and_the_level() -> None:
    """Python logging's `%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - ` (Synapse's): the number is
    no level's end; the level after it is read (the request after that stays in the message)."""
    assert [row[1:3] for row in _rows(SYNAPSE, 4)] == [
        ("WARN", "synapse.config.logger"),
        ("INFO", "synapse.app.homeserver"),
        ("INFO", "synapse.access.http.8008"),
        ("ERROR", "synapse.http.server"),
    ]


def _layout(lines: list[str], times: int = 10) -> object:
    return infer_layout(("\n".join(lines * times) + "\n").encode())


def test_names_that_are_no_programs_anchor_no_header() -> None:
    """A review's false positives of `named_header`: a checklist's `[x]`, a test run's `[PASS]`, `pip show`'s
    `Name: `, a progress line's `Downloading: `, an exception's name: none is a program's (`_programs`)."""
    assert _layout(["[x] write the docs", "[x] run the tests", "[ ] ship it", "[x] tag the release"]) is None
    assert _layout([f"[PASS] test_case_{n}" for n in range(9)] + ["All tests passed"]) is None
    assert (
        _layout(["Name: requests", "Version: 2.32.3", "Summary: HTTP for Humans.", "Location: /usr/lib", "---"]) is None
    )
    assert _layout([f"Downloading: {n}% of model.bin" for n in range(0, 100, 5)] + ["Done."]) is None
    assert _layout([f"Exception: something failed at step {n}" for n in range(10)]) is None


def test_a_bracket_of_threads_or_ids_before_a_level_stays_no_component() -> None:
    """`[pool-1-thread-2] INFO ` names threads (digits, many), `[17ec9406] DEBUG ` requests: not the program."""
    verbs = ("placed", "paid for", "shipped", "cancelled")
    threads = [
        f"[pool-1-thread-{n % 3}] INFO order {n} {verbs[n % 4]}" if n % 2 else f"[main] INFO ok {n}" for n in range(12)
    ]
    assert {row[2] for row in _rows(threads, 12)} == {"app"}
    ids = [f"[{n:08x}] DEBUG handled request {n}" for n in range(0x17EC9400, 0x17EC940C)]
    assert {row[2] for row in _rows(ids, 12)} == {"app"}


def test_blank_led_lines_under_dated_records_stay_their_continuations() -> None:
    """Where the lines without the blank open with dates, they are the records (a blank-led `word LEVEL` is a
    row of the message's table): no header learned after the blank."""
    record = [
        "2024-05-01 12:00:00 INFO health report follows",
        " db WARN status 79",
        " cache WARN status 3",
        " api WARN 12",
    ]
    layout = _layout(record, 20)
    assert layout is None or layout[0][0] != "lead"


def test_a_bracket_of_modules_after_the_time_names_the_component() -> None:
    """Liquidsoap's `time [module.path:N] `: modules' names, as many as there are (dotted paths); a bracket of
    threads (`[pool-1-thread-2]`, digits) stays a thread."""
    modules = ["decoder", "request.dynamic", "main", "clock.main", "frame", "server", "shop", "video.text"]
    texts = ["Loading file", "Clock started", "No valid mode found!", "Request 12 resolved", "Using pipe:/x", "a b c"]
    lines = [f"2026/12/04 18:43:{n:02d} [{modules[n % 8]}:3] {texts[n % 6]} {n}" for n in range(16)]
    assert [row[2] for row in _rows(lines, 8)] == modules
    threads = [f"2026/12/04 18:43:{n:02d} [pool-1-thread-{n % 4}] {texts[n % 6]} {n}" for n in range(16)]
    assert {row[2] for row in _rows(threads, 16)} == {"app"}


AWSCLI = [
    "2026-12-04 19:45:19,150 - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/1.46.3 Python/3.11.7",
    "2026-12-04 19:45:19,152 - MainThread - botocore.hooks - DEBUG - Event session-initialized: calling handler",
    "2026-12-04 19:45:19,160 - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=X)",
    "2026-12-04 19:45:20,171 - ThreadPoolExecutor-0_0 - urllib3.connectionpool - WARNING - Retrying (Retry(total=3))",
]
WEBHOOK = [
    "[webhook] 2026/12/04 19:46:01 version 2.8.0 starting",
    "[webhook] 2026/12/04 19:46:01 setting up os signal watcher",
    "[webhook] 2026/12/04 19:46:02 incoming HTTP POST request from 127.0.0.1:41234",
    "[webhook] 2026/12/04 19:46:02 shop got matched",
]


def test_a_thread_and_a_logger_between_dashes_before_the_level() -> None:
    """The AWS CLI's and botocore's `%(asctime)s - %(threadName)s - %(name)s - %(levelname)s - `: the logger is
    the component, the thread no host."""
    rows = [(r.level, r.service, r.host, r.message) for r in read_both_paths(AWSCLI, 4)]
    assert rows == [
        ("DEBUG", "awscli.clidriver", None, "CLI version: aws-cli/1.46.3 Python/3.11.7"),
        ("DEBUG", "botocore.hooks", None, "Event session-initialized: calling handler"),
        ("DEBUG", "botocore.endpoint", None, "Making request for OperationModel(name=X)"),
        ("WARN", "urllib3.connectionpool", None, "Retrying (Retry(total=3))"),
    ]


def test_a_bracketed_program_before_the_time() -> None:
    """Go's `log.New(w, "[webhook] ", log.LstdFlags)`: the prefix names the program."""
    assert [row[2] for row in _rows(WEBHOOK, 4)] == ["webhook"] * 4
    assert _rows(WEBHOOK, 4)[0][0].startswith("2026-12-04T19:46:01")


def test_a_program_and_its_pid_alone() -> None:
    """xl2tpd's `xl2tpd[pid]: message`, no time nor level: the program is the service (a digit in a program's
    name, as in a `name: `, is no thread's)."""
    lines = ["xl2tpd[1825]: Not looking for kernel SAref support.", "xl2tpd[1825]: xl2tpd version 1.3.18 started"]
    lines += ["xl2tpd[1825]: Listening on 0.0.0.0, port 1701", "xl2tpd[1825]: death_handler: Fatal signal 15"]
    assert [row[2:] for row in _rows(lines, 4)] == [
        ("xl2tpd", "Not looking for kernel SAref support."),
        ("xl2tpd", "xl2tpd version 1.3.18 started"),
        ("xl2tpd", "Listening on 0.0.0.0, port 1701"),
        ("xl2tpd", "death_handler: Fatal signal 15"),
    ]
