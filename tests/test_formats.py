"""Formats parse real lines (loghub ground truth, generated logs) and are detected per file."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from helpers import LOGHUB, run_job
from logmr.formats import FORMATS, detect_format, normalize_level
from logmr.formats.base import LogFormat, split_block
from logmr.formats.reading import reader_for


def _loghub(system: str) -> tuple[list[str], list[dict[str, str]]]:
    folder = LOGHUB / system
    lines = split_block((folder / f"{system}_2k.log").read_bytes())
    with open(folder / f"{system}_2k.log_structured.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(lines) == len(rows) == 2000
    return lines, rows


def test_apache_error_log_matches_ground_truth() -> None:
    lines, rows = _loghub("Apache")
    fmt = detect_format("\n".join(lines).encode())
    assert fmt.name == "apache_error"
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line, "apache")
        assert record is not None, line
        content = row["Content"].strip()
        if content.startswith("[client "):  # the client address becomes a field of its own
            client, _, content = content[len("[client ") :].partition("] ")
            assert record.fields["client"] == client
        assert record.message.strip() == content
        assert record.level == normalize_level(row["Level"])
        assert record.timestamp == row["Time"]
        assert record.level in ("INFO", "ERROR")


def test_linux_syslog_matches_ground_truth() -> None:
    lines, rows = _loghub("Linux")
    fmt = detect_format("\n".join(lines).encode())
    assert fmt.name == "syslog"
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line)
        assert record is not None, line
        assert record.host == row["Level"]  # loghub's Linux CSV keeps the host in "Level"
        assert record.message.strip() == row["Content"].strip()
        assert record.service == row["Component"]
        assert str(record.fields.get("pid", "")) == row["PID"]


def test_openssh_syslog_matches_ground_truth() -> None:
    lines, rows = _loghub("OpenSSH")
    fmt = FORMATS["syslog"]
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line)
        assert record is not None, line
        assert record.host == row["Component"]  # the CSV calls the host "Component"
        assert record.service == "sshd"
        assert record.fields["pid"] == int(row["Pid"])
        assert record.message.strip() == row["Content"].strip()


@pytest.mark.parametrize("system", ["HDFS", "Hadoop", "Spark"])
def test_java_style_plain_text_matches_ground_truth(system: str) -> None:
    lines, rows = _loghub(system)
    fmt = reader_for("\n".join(lines).encode()[:65536])  # the layout learned from the head
    assert fmt.name == "plain"
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line, system)
        assert record.level == normalize_level(row["Level"]), line
        assert record.service == row["Component"], line
        assert record.message.strip() == row["Content"].strip(), line


def test_zookeeper_plain_text_levels_and_messages() -> None:
    lines, rows = _loghub("Zookeeper")
    fmt = reader_for("\n".join(lines).encode()[:65536])
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line, "zk")
        assert record.level == normalize_level(row["Level"])
        assert record.message.strip() == row["Content"].strip()


def test_generated_access_log_fields(sample_dir: Path) -> None:
    data = (sample_dir / "access.log").read_bytes()[:100_000]
    fmt = detect_format(data)
    assert fmt.name == "access"
    for line in split_block(data)[:-1]:
        record = fmt.parse(line, "web")
        assert record is not None, line
        request = line.split('"')[1]
        method, path, _ = request.split(" ")
        status = int(line.split('"')[2].split()[0])
        assert (record.method, record.path, record.status) == (method, path, status)
        assert record.level == ("ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO")
        assert record.latency_ms is not None and record.latency_ms >= 0
        assert record.service == "web"


def test_access_log_common_and_combined_variants() -> None:
    fmt = FORMATS["access"]
    common = '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
    record = fmt.parse(common)
    assert (record.method, record.path, record.status, record.bytes) == ("GET", "/apache_pb.gif", 200, 2326)
    assert record.fields["user"] == "frank" and record.latency_ms is None
    combined = '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "POST /api HTTP/1.1" 502 - "http://ref/" "curl/8" rt=0.250'
    record = fmt.parse(combined)
    assert record.status == 502 and record.bytes == 0 and record.level == "ERROR"
    assert record.fields["agent"] == "curl/8" and record.latency_ms == pytest.approx(250.0)
    assert fmt.parse('10.0.0.1 - - [x] "GET / HTTP/1.1" 200 1 "-" "a" D=1500').latency_ms == 1.5
    assert fmt.parse("not an access line") is None


def test_json_lines_aliases_and_levels() -> None:
    fmt = FORMATS["json"]
    record = fmt.parse('{"ts":"2026-01-01T00:00:00Z","lvl":"warning","app":"api","msg":"slow","status":"503","x":1}')
    assert (record.level, record.service, record.message, record.status) == ("WARN", "api", "slow", 503)
    assert record.fields == {"x": 1} and record.time is not None
    assert fmt.parse('{"level":50,"msg":"pino error"}').level == "ERROR"
    assert fmt.parse('{"msg":"no level","status":500}').level == "ERROR"
    assert fmt.parse("[1, 2]") is None
    assert fmt.parse("{broken") is None


def test_syslog_rfc5424() -> None:
    line = (
        "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
        '[exampleSDID@32473 iut="3" eventSource="Application"] \ufeffAn application event log entry'
    )
    record = FORMATS["syslog"].parse(line)
    assert record.level == "INFO"  # 165 = local4.notice
    assert (record.host, record.service, record.timestamp) == (
        "mymachine.example.com",
        "evntslog",
        "2003-10-11T22:14:15.003Z",
    )
    assert record.message == "An application event log entry"
    assert record.fields["exampleSDID@32473"] == {"iut": "3", "eventSource": "Application"}
    assert record.fields["msgid"] == "ID47"
    assert FORMATS["syslog"].parse("<11>1 2003-10-11T22:14:15Z host app 12 - -").message == ""


def test_syslog_rfc3164_with_priority() -> None:
    record = FORMATS["syslog"].parse("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")
    assert (record.level, record.service, record.host) == ("FATAL", "su", "mymachine")  # severity 2 = crit
    assert record.message == "'su root' failed for lonvick on /dev/pts/8"


def test_logfmt() -> None:
    fmt = FORMATS["logfmt"]
    line = 'time=2026-01-01T00:00:00Z level=error service=billing msg="charge failed: card \\"declined\\"" id=42'
    assert fmt.matches(line)
    record = fmt.parse(line)
    assert (record.level, record.service) == ("ERROR", "billing")
    assert record.message == 'charge failed: card "declined"'
    assert record.fields == {"id": "42"}
    assert detect_format(((line + "\n") * 5).encode()).name == "logfmt"


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("warning", "WARN"),
        ("Err", "ERROR"),
        ("CRITICAL", "FATAL"),
        ("notice", "INFO"),
        ("trace", "DEBUG"),
        (None, "INFO"),
        ("", "INFO"),
        ("bogus", "INFO"),
        (60, "FATAL"),
        ("40", "WARN"),
    ],
)
def test_level_normalisation(raw: object, level: str) -> None:
    assert normalize_level(raw) == level


def test_detection_of_generated_files(sample_dir: Path) -> None:
    expected = {"app.jsonl": "json", "access.log": "access", "syslog.log": "syslog"}
    for name, fmt in expected.items():
        assert detect_format((sample_dir / name).read_bytes()[:65536]).name == fmt


def test_detection_falls_back_to_plain() -> None:
    assert detect_format(b"hello world\nsomething else\n").name == "plain"
    assert detect_format(b"").name == "plain"


def test_json_block_columns_equal_record_by_record_as_key_conventions_change() -> None:
    """The fast JSON path learns which alias keys a file uses; whatever it learned, its columns
    must equal parsing each line on its own."""
    from logmr.formats.base import LogFormat, count_columns
    from logmr.formats.jsonl import JsonLinesFormat

    fmt = JsonLinesFormat()
    blocks = [
        b'{"message":"a","level":"info","service":"x"}\n{"message":"b","level":"warn","service":"y"}\n',
        b'{"msg":"c","lvl":"error","app":"z"}\n{"msg":"d","severity":"debug","app":"z"}\n',
        b'{"msg":"e","message":"wins","level":"info","name":"n"}\n{"msg":"f","level":"info"}\n',
        b'{"message":"g","status":503}\n{"message":"h","level":"info","service":"x","status":200}\n',
        b'{"message":"i","level":"info","service":"x"}\n{"message":"j","level":"info","service":""}\n',
        b'{"message":"k","level":30,"service":"x"}\r\n{"message":"l","level":"info","service":"x"}',
        b'{"message":"m","level":"info","service":"x"}\n\n{"message":"n","level":"info","service":"x"}\n',
        b'{"message":5,"level":"info","service":"x"}\n{"message":"o","level":"info","service":"x"}\n',
    ]
    field_sets = [("message", "level", "service", "status", "raw"), ("service", "level"), ("message",), ("level",)]
    for fields in field_sets * 2:  # a second pass starts from whatever was learned on the first
        for block in blocks:
            fast = fmt.parse_block(block, fields, "default")
            slow = LogFormat.parse_block(fmt, block, fields, "default")
            assert fast.columns == slow.columns, block
            assert (fast.records, fast.lines, fast.malformed) == (slow.records, slow.lines, slow.malformed)
            if "raw" not in fields:  # the parser's own group-by agrees with counting the columns
                counted, counts = fmt.count_block(block, fields, "default")
                assert counts == count_columns(slow, fields), block
                assert (counted.records, counted.lines, counted.malformed) == (slow.records, slow.lines, slow.malformed)


def test_access_block_columns_equal_record_by_record() -> None:
    """The access log's one-scan block path gives the columns of parsing each line on its own, and
    falls back to that when a line does not match."""
    from logmr.formats.access import AccessLogFormat
    from logmr.formats.base import LogFormat

    fmt = AccessLogFormat()
    ok = '1.2.3.4 - bob [01/Nov/2026:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 512 "-" "curl/8" 0.034'
    blocks = [
        "\n".join(
            [
                ok,
                '5.6.7.8 - - [01/Nov/2026:10:00:01 +0000] "POST /b HTTP/2.0" 503 - rt=1.250',
                '5.6.7.8 - - [01/Nov/2026:10:00:02 +0000] "DELETE /c HTTP/1.1" 404 0 "r" "a" D=1500',
                '5.6.7.8 - - [01/Nov/2026:10:00:03 +0000] "" 400 0',
                '5.6.7.8 - - [01/Nov/2026:10:00:04 +0000] "GET /with space inside HTTP/1.1" 200 1 42',
                '5.6.7.8 - - [01/Nov/2026:10:00:05 +0000] "GET /q\\"uoted HTTP/1.1" 301 7 "-" "-"',
                "",
                "   ",
                ok,
            ]
        )
        + "\n",
        ok + "\r\n" + ok + "\r\n",  # CRLF
        "\n".join(  # requests of at most three parts (one scan over the requests), odd ones among them
            [
                ok,
                '5.6.7.8 - - [01/Nov/2026:10:00:01 +0000] "GET" 200 1',
                '5.6.7.8 - - [01/Nov/2026:10:00:02 +0000] "GET " 200 2',
                '5.6.7.8 - - [01/Nov/2026:10:00:03 +0000] "GET  /x" 200 3',
                '5.6.7.8 - - [01/Nov/2026:10:00:04 +0000] " " 200 4 0.5',
                '5.6.7.8 - - [01/Nov/2026:10:00:05 +0000] "GET /\tx\r HTTP/1.1" ٢٠٠ ١٢ rt=0.25',
                '5.6.7.8 - - [01/Nov/2026:10:00:06 +0000] "" 200 -',
            ]
        ),
        ok + "\nnot an access line\n" + ok,  # a malformed line: line by line
        ok + '\n1.2.3.4 - - [01/Nov/2026:10:00:00 +0000] "GET /split\n' + 'across" 200 1\n',
    ]
    fields = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")
    for block in blocks:
        data = block.encode()
        fast = fmt.parse_block(data, fields, "web")
        slow = LogFormat.parse_block(fmt, data, fields, "web")
        assert fast.columns == slow.columns, block
        assert (fast.records, fast.lines, fast.malformed) == (slow.records, slow.lines, slow.malformed)
    assert slow.malformed == 2  # the last block: a request cut by a newline is two malformed lines


def test_klog_structured_records_read_as_their_message_and_pairs() -> None:
    """klog's InfoS/ErrorS (Kubernetes' structured logging, the text the KEP documents): the
    quoted message unquoted as Go quotes it, the pairs as fields; other quoted text left alone."""
    from logmr.formats.header import infer_layout
    from logmr.formats.logfmt import quoted_message
    from logmr.formats.plain import PlainTextFormat

    lines = [
        'I1025 00:15:15.525108       1 controller_utils.go:116] "Pod status updated" pod="kube-system/kubedns"'
        ' status="ready"',
        'E1025 00:15:16.000001       1 main.go:42] "Failed to sync" err="dial tcp: \\"refused\\"" attempt=3',
        'I1025 00:15:17.000001       1 main.go:43] plain message with "quotes" inside',
        'I1025 00:15:18.000001       1 main.go:44] "GET / HTTP/1.1" 200 512',
    ] * 5
    block = ("\n".join(lines) + "\n").encode()
    fmt = PlainTextFormat(infer_layout(block))
    first, second, plain, other = (fmt.parse(line) for line in lines[:4])
    assert (first.message, first.fields["pod"], first.fields["status"]) == (
        "Pod status updated",
        "kube-system/kubedns",
        "ready",
    )
    assert (second.level, second.message, second.fields["err"]) == ("ERROR", "Failed to sync", 'dial tcp: "refused"')
    assert plain.message == 'plain message with "quotes" inside'
    assert other.message == '"GET / HTTP/1.1" 200 512'  # not followed by key=value pairs only
    assert fmt.parse_block(block, ["message"]).columns["message"] == [fmt.parse(line).message for line in lines]
    assert quoted_message('"a\\tb" k=<') == ("a\tb", {"k": "<"})  # klog 1.24+: a multi-line value follows


@pytest.mark.parametrize(
    ("line", "host", "service", "message"),
    [
        ("<134>Dec  2 07:46:24 haproxy[21783]: Connect from 1.2.3.4", None, "haproxy", "Connect from 1.2.3.4"),
        ("<6>Dec  2 07:46:24 kernel: usb 1-1: new device", None, "kernel", "usb 1-1: new device"),
        ("Dec  2 07:46:24 web01 sshd[12]: Accepted key", "web01", "sshd", "Accepted key"),
        ("Dec  2 07:46:24 fe80::1 ntpd[7]: synced", "fe80::1", "ntpd", "synced"),
        ("Dec  2 07:46:24  sshd[1]: two blanks, no host", None, "sshd", "two blanks, no host"),
        ("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass", "combo", "sshd(pam_unix)", "check pass"),
    ],
)
def test_rfc3164_without_a_hostname_reads_the_tag(line: str, host: str | None, service: str, message: str) -> None:
    """RFC 3164's HOSTNAME may be left out (HAProxy over UDP, the kernel): a first word with
    brackets or ending in `:` is the tag, as rsyslog reads it; on the block path too."""
    record = FORMATS["syslog"].parse(line)
    assert (record.host, record.service, record.message) == (host, service, message)
    block = ("\n".join([line] * 70) + "\n").encode()
    for lines in (block, block[: block.index(b"\n") + 1] * 3):  # (the RE2 kernel, and one scan)
        batch = FORMATS["syslog"].parse_block(lines, ("host", "service", "message"), "d")
        assert set(zip(*batch.columns.values(), strict=True)) == {(host, service, message)}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Dec  2 07:46:24 web-1 sshd[2240]: error: kex_exchange_identification: closed", "ERROR"),
        ("Dec  2 07:46:24 web-1 sshd[2350]: fatal: mm_answer_sign: sign: error in libcrypto", "FATAL"),
        ("Dec  2 07:46:24 web-1 sshd[2245]: debug1: channel 0: free: client-session", "DEBUG"),
        ("Dec  2 07:46:24 vm postfix/smtpd[23961]: warning: hash:/etc/postfix/access is unavailable", "WARN"),
        ("Dec 03 14:55:54 auth: Debug: Loading modules from directory: /usr/lib/dovecot", "DEBUG"),
        ("Dec 03 14:55:54 imap(alice)<31402><oWnO9Lth>: Info: Disconnected: Logged out", "INFO"),
        ("Dec  2 07:46:24 nuc NetworkManager[619]: <warn>  [1701501984.1234] dhcp4 (wlp2s0): timed out", "WARN"),
        ("Dec  2 07:46:24 nuc NetworkManager[619]: <info>  [1701501984.1234] manager: startup complete", "INFO"),
        ("<13>Dec  2 07:46:24 vm postfix/smtpd[1]: warning: the PRI's severity rules", "INFO"),
        ("<11>Dec  2 07:46:24 vm app[1]: the PRI's severity alone", "ERROR"),
        ("Dec  2 07:46:24 vm app[1]: errors: 3 (no level word)", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: Alert: the word is not read", "INFO"),
        ("Dec  2 07:46:24 vm app[1]:  error: after two blanks", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: eRRor: not a spelling daemons write", "INFO"),
        ('Dec  2 07:46:24 vm prometheus[8]: ts=2026-12-02T07:46:24.1Z caller=main.go:1 level=warn msg="x"', "WARN"),
        ('Dec  2 07:46:24 vm grafana[9]: logger=settings t=2026-12-02T07:46:24+00:00 level=error msg="y"', "ERROR"),
        ('Dec  2 07:46:24 vm dockerd[5]: time="2026-12-02T07:46:24Z" level=warning msg="shim gone"', "WARN"),
        ('Dec  2 07:46:24 vm etcd[3]: {"level":"error","ts":"2026-12-02T07:46:24Z","msg":"slow"}', "ERROR"),
        ('Dec  2 07:46:24 vm node[4]: {"level":40,"time":1764661584000,"msg":"pino"}', "WARN"),
        ('Dec  2 07:46:24 vm app[6]: t=2026-12-02T07:46:24+0000 lvl=dbug msg="log15, no level= key"', "INFO"),
        ('Dec  2 07:46:24 vm pdns[7]: msg="verbosity, not a level" level="0" prio="Info"', "INFO"),
        ("Dec  2 07:46:24 vm app[1]: a level=high is no level", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: errors: 3 level=error (an opening word that is no level)", "ERROR"),
        ("Dec  2 07:46:24 vm app[1]: warning: x level=error (a level word opening it rules)", "WARN"),
        ('Dec  2 07:46:24 vm app[1]: msg="x level=debug" level=info (the first one named)', "DEBUG"),
        ("<12>Dec  2 07:46:24 vm app[1]: level=error (the PRI's severity rules)", "WARN"),
        ("May 20 17:43:12 master kubelet[6926]: E0520 17:43:12.284354    6926 kubelet.go:2900] not ready", "ERROR"),
        ("Jan 23 09:47:22 wk kubelet[3623]: F0123 09:47:22.219308    3623 server.go:198] failed to load", "FATAL"),
        ("Feb 04 20:54:07 k8s-1 kubelet[107681]: W0204 20:54:07.442834  107681 log.go:172] level=error", "WARN"),
        ("Mar 22 11:55:33 node kube-proxy: I0322 11:55:33.941658   11124 server.go:407] Version: v1.13.4", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: E1234 an error code, no klog time", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: EE0322 11:55:33.941658 1 a.go:1] two letters", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: D0322 11:55:33.941658 1 a.go:1] no klog letter", "INFO"),
        ("<14>Dec  2 07:46:24 vm kubelet[1]: E0520 17:43:12.284354 1 a.go:1] the PRI's severity rules", "INFO"),
        ("Dec  2 07:46:24 vm app[1]: E2: a word like any other, level=warn", "WARN"),  # (session 30's review)
    ],
)
def test_rfc3164_without_a_pri_takes_the_level_its_message_opens_with_or_names(line: str, level: str) -> None:
    """A line without a PRI: the level its daemon wrote as the message's first word (OpenSSH's and
    Postfix's `error: `, Dovecot's `Info: `, NetworkManager's `<warn> `, klog's `E0520 17:43:12.284354`
    header of kubelet's lines under journald), else the first level its
    logfmt or JSON text names (Go services' `level=warn`, zap's `{"level":"error"`, pino's numbers),
    the message kept whole; a PRI's severity wins where there is one. The block path reads the same."""
    record = FORMATS["syslog"].parse(line)
    assert record.level == level
    assert line.endswith(record.message) and record.message.split()[-1] == line.split()[-1]
    block = ("\n".join([line] * 70) + "\n").encode()
    for lines in (block, block[: block.index(b"\n") + 1] * 3):  # (the RE2 kernel, and one scan)
        batch = FORMATS["syslog"].parse_block(lines, ("level", "message"), "d")
        assert set(zip(*batch.columns.values(), strict=True)) == {(level, record.message)}
        counts = FORMATS["syslog"].count_block(lines, ("level",), "d")[1]
        assert counts == {(level,): lines.count(b"\n")}


def test_haproxy_http_log_lines_get_their_http_fields(tmp_path: Path) -> None:
    """HAProxy's HTTP log inside its syslog message: status, bytes, Ta as the latency, the request's
    method and path (the record path, which a block asking for them takes), and the http analysis."""
    line = (
        "<134>Dec  2 07:46:24 haproxy[21783]: 127.0.0.1:54122 [02/Dec/2026:07:46:24.520] shop_front "
        'shop_back/web1 0/0/1/12/13 503 192 - - SC-- 1/1/0/0/0 0/0 {h1|a} "GET /api/orders/7?x=1 HTTP/1.1"'
    )
    record = FORMATS["syslog"].parse(line)
    assert (record.status, record.bytes, record.latency_ms, record.method, record.path) == (
        503,
        192,
        13.0,
        "GET",
        "/api/orders/7?x=1",
    )
    assert record.fields["backend"] == "shop_back" and record.fields["termination_state"] == "SC--"
    aborted = line.replace("0/0/1/12/13 503", "0/-1/-1/-1/-1 -1")
    assert (FORMATS["syslog"].parse(aborted).status, FORMATS["syslog"].parse(aborted).latency_ms) == (None, None)
    other = FORMATS["syslog"].parse(line.replace("haproxy[21783]", "nginx[1]"))  # (another tag: no HTTP log)
    assert other.status is None
    log = tmp_path / "haproxy.log"
    log.write_text((line + "\n") * 80)
    _, result = run_job("http", [log], tmp_path / "out", split_size=4096)
    assert result["summary"]["status"] == {"503": 80} and result["summary"]["latency"]["max"] == pytest.approx(
        13, rel=0.01
    )


@pytest.mark.parametrize("lines", [3, 10, 200])
def test_a_syslog_layouts_named_level_is_read_alike_on_every_path_in_any_block(lines: int) -> None:
    """A learned syslog layout (rsyslog's ISO files): the level a line names is searched in the whole
    line on the record path, the block regex's path (a block too small for the kernel) and the
    kernel alike (session 29's review: the block path read the message alone, so a host word
    `level=error` gave another level there); a klog header opening the message rules."""
    klog = "W1203 14:59:01.000001      12 main.go:7] level=error"  # (its header's level rules)
    texts = [
        f"2026-12-03T14:59:{i % 60:02d}.000001+00:00 {'level=error' if i % 7 == 3 else 'vm'} "
        f"{'caller' if i % 2 else 'sshd'}[12]: "
        f"{klog if i % 11 == 4 else 'main: level=warn m' if i % 5 == 1 else 'accepted'} {i}"
        for i in range(lines)
    ]
    block = ("\n".join(texts) + "\n").encode()
    fmt = reader_for(block * (1 if lines > 3 else 4))
    assert fmt.layout[-1] == ("?mlevel", "none")
    records = [record.level for record, _ in fmt.records(block, "d")]
    named = [
        "WARN" if i % 11 == 4 else "ERROR" if i % 7 == 3 else "WARN" if i % 5 == 1 else "INFO" for i in range(lines)
    ]
    assert records == named
    assert fmt.parse_block(block, ("level", "message"), "d").columns["level"] == records
    assert LogFormat.parse_block(fmt, block, ("level",), "d").columns["level"] == records
    assert fmt.count_block(block, ("level",), "d")[1] == Counter((level,) for level in records)
