#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included; lines before the first header belong to no record);
a record's message is its first line's text after the header, as written. In the structured
layouts (XML, YAML) the message element is taken whole, its escapes decoded, like a JSON field.
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "FINEST": "DEBUG", "FINER": "DEBUG", "FINE": "DEBUG",
    "INFO": "INFO", "INFORMATION": "INFO", "NOTICE": "INFO", "CONFIG": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERROR": "ERROR", "SEVERE": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "PANIC": "FATAL",
    # System.Diagnostics activity events (TraceEventType Start/Stop/Suspend/Resume/Transfer): lifecycle notices
    "START": "INFO", "STOP": "INFO", "SUSPEND": "INFO", "RESUME": "INFO", "TRANSFER": "INFO",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_z(text):
    """RFC 3339 in UTC ('Z'), any number of fraction digits, truncated to ms."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z", text)
    return iso(*m.groups()[:6], m[7] or "")


def epoch(sec, nano):
    t = datetime.fromtimestamp(int(sec), tz=UTC)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, f"{int(nano):09d}")


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


def xml_text(s):
    """XML character data: numeric references and the five predefined entities."""
    s = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m[1], 16)), s)
    s = re.sub(r"&#(\d+);", lambda m: chr(int(m[1])), s)
    for ent, ch in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        s = s.replace(ent, ch)
    return s


ESC = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "/": "/", "0": "\0", "a": "\a", "b": "\b",
       "f": "\f", "v": "\v", "e": "\x1b", " ": " ", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def unquote(s):
    """The inside of a double-quoted string: Go strconv.Quote / YAML double-quoted escapes."""
    def one(m):
        e = m[1]
        if e[0] in "xuU":
            return chr(int(e[1:], 16))
        return ESC[e]
    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", one, s)


def logfmt(text):
    """key=value pairs; values bare or Go-quoted."""
    pairs = []
    for m in re.finditer(r'(\S+?)=("(?:[^"\\]|\\.)*"|\S*)\s*', text):
        v = m[2]
        pairs.append((m[1], unquote(v[1:-1]) if v.startswith('"') else v, m[0].rstrip()))
    return pairs


def go_duration_ms(d):
    m = re.fullmatch(r"([\d.]+)(ns|µs|us|ms|s|m|h)", d)
    factor = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4, "h": 3.6e6}[m[2]]
    return round(float(m[1]) * factor, 6)


# --- one reader per layout -------------------------------------------------------------------

def jul_xmlformatter(lines):
    # java.util.logging.XMLFormatter (FileHandler's default): <record> ... </record>, the prolog belongs to no record
    def b(m, n, rl):
        body = "\n".join(rl)
        date = re.search(r"<date>(.*?)</date>", body)[1]
        lvl = re.search(r"<level>(.*?)</level>", body)[1]
        logger = re.search(r"<logger>(.*?)</logger>", body)
        msg = re.search(r"<message>(.*?)</message>", body, re.DOTALL)  # the first <message>: the record's own
        return rec(n, iso_z(date), level(lvl), xml_text(logger[1]) if logger else None, None,
                   xml_text(msg[1]) if msg else None)
    return by_header(lines, r"^<record>$", b)


def log4j2_xmllayout(lines):
    # Log4j 2 XmlLayout (complete=false, compact=false): one indented <Event ...> element per event
    def b(m, n, rl):
        body = "\n".join(rl)
        ins = re.search(r'<Instant epochSecond="(\d+)" nanoOfSecond="(\d+)"/>', body)
        msg = re.search(r"<Message>(.*?)</Message>", body, re.DOTALL)
        return rec(n, epoch(ins[1], ins[2]), level(re.search(r' level="(\w+)"', m[0])[1]),
                   xml_text(re.search(r' loggerName="([^"]*)"', m[0])[1]), None, xml_text(msg[1]) if msg else None)
    return by_header(lines, r"^  <Event .*>$", b)


def log4j2_yamllayout(lines):
    # Log4j 2 YamlLayout (Jackson YAML): one "---" document per event; top-level keys unindented
    def b(m, n, rl):
        top = {}
        for t in rl:
            kv = re.match(r'^(\w+): "((?:[^"\\]|\\.)*)"$', t)
            if kv:
                top[kv[1]] = unquote(kv[2])
        sec = next(re.match(r"^  epochSecond: (\d+)$", t)[1] for t in rl if t.startswith("  epochSecond:"))
        nano = next(re.match(r"^  nanoOfSecond: (\d+)$", t)[1] for t in rl if t.startswith("  nanoOfSecond:"))
        return rec(n, epoch(sec, nano), level(top["level"]), top.get("loggerName"), None, top.get("message"))
    return by_header(lines, r"^---$", b)


def tomcat_access_log(lines):
    # Tomcat AccessLogValve "common": %h %l %u %t "%r" %s %b
    out = []
    for i, t in enumerate(lines, 1):
        m = re.match(r'^(\S+) (\S+) (\S+) \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "(.*)" (\d{3}) (\d+|-)$', t)
        assert m[10] == "+0000"
        r = rec(i, iso(m[6], MONTHS[m[5]], m[4], m[7], m[8], m[9]), None, None, None, m[11])
        r.update(status=int(m[12]), bytes=0 if m[13] == "-" else int(m[13]), latency_ms=None)
        out.append(r)
    return out


def dotnet_trace(lines):
    # System.Diagnostics TraceListener header: "source EventType: id : message"; with TraceOutputOptions
    # the footer lines "    DateTime=..." (and ProcessId=, ThreadId=) follow the message
    def b(m, n, rl):
        dt = next((x[1] for t in rl if (x := re.match(r"^    DateTime=(\S+Z)$", t))), None)
        return rec(n, iso_z(dt) if dt else None, level(m[2]), m[1], None, m[4])
    return by_header(lines, r"^(\S+) (Critical|Error|Warning|Information|Verbose|Start|Stop|Suspend|Resume|Transfer): (-?\d+) : (.*)$", b)


def mono_log(lines):
    # Mono runtime trace (MONO_LOG_LEVEL/MONO_LOG_MASK): "Mono: message"; "Mono" is the log domain
    return by_header(lines, r"^(Mono): (.*)$", lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


def blackbox_exporter(lines):
    # go-kit log (Prometheus promlog) logfmt: ts= caller= [context pairs] level= msg= ...
    def b(m, n, rl):
        pairs = logfmt(rl[0])
        d = {k: v for k, v, _ in pairs}
        msg = d.get("msg")
        if msg is None:  # no msg: the pairs after the header keys, as written
            msg = " ".join(raw for k, _, raw in pairs if k not in ("ts", "caller", "level"))
        return rec(n, iso_z(d["ts"]), level(d["level"]), None, None, msg)
    return by_header(lines, r"^ts=\S+ ", b)


def webhook(lines):
    # webhook: Go log.New(os.Stdout, "[webhook] ", log.Ldate|log.Ltime); request summaries carry status/bytes/latency
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[/ :]", m[1])
        r = rec(n, iso(y, mo, d, h, mi, s), None, "webhook", None, m[2])
        a = re.match(r"^\[\w+\] (\d{3}) \| (\d+) B \| (\S+) \| \S+ \| ", m[2])
        if a:
            r.update(status=int(a[1]), bytes=int(a[2]), latency_ms=go_duration_ms(a[3]))
        return r
    return by_header(lines, r"^\[webhook\] (\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (.*)$", b)


def hugo_server(lines):
    # hugo 0.111 jww notepad: "LEVEL YYYY/mm/dd HH:MM:SS message"; its fmt-printed lines have no header
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[/ :]", m[2])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[1]), None, None, m[3])
    return by_header(lines, r"^(TRACE|DEBUG|INFO|WARN|ERROR|CRITICAL|FATAL) (\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (.*)$", b)


def dlv_log(lines):
    # Delve logflags text formatter: "TIME level key=value[,key=value] message"; service = layer
    def b(m, n, _):
        fields = dict(kv.split("=", 1) for kv in m[3].split(","))
        return rec(n, iso_z(m[1]), level(m[2]), fields.get("layer"), None, m[4])
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) (trace|debug|info|warning|error|fatal|panic) (\w+=[\w.]+(?:,\w+=[\w.]+)*) (.*)$", b)


def ripgrep_debug(lines):
    # ripgrep 13's own logger: "LEVEL|target|file:line: message"
    return by_header(lines, r"^(TRACE|DEBUG|INFO|WARN|ERROR)\|([^|]*)\|([^|]*?:\d+): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[4]))


def cargo_log(lines):
    # cargo CARGO_LOG (tracing-subscriber fmt, uptime timer): "  secs LEVEL spans: target: message"
    def b(m, n, _):
        t = re.match(r"^(?:(.*?): )??([a-z_][a-z0-9_]*(?:::[a-z0-9_]+)+): (.*)$", m[2])
        return rec(n, None, level(m[1]), t[2], None, t[3])
    return by_header(lines, r"^ *\d+\.\d+s +(TRACE|DEBUG|INFO|WARN|ERROR) (.*)$", b)


def alacritty(lines):
    # alacritty 0.11 logger: "[uptime s] [LEVEL] [target] message"
    return by_header(lines, r"^\[\d+\.\d+s\] \[(TRACE|DEBUG|INFO |WARN |ERROR)\] \[([^\]]+)\] (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[3]))


def gopls_rpc_trace(lines):
    # gopls -rpc.trace (LSP inspector format): "[Trace - HH:MM:SS.mmm PM] text", "[Error - dir] HH:MM:SS.mmm PM text"
    # (the Error lines end in CR LF, the Trace lines in LF: the CR is the line end, not message text)
    def b(m, n, _):
        if m[1] is not None:
            return rec(n, None, "DEBUG", None, None, m[1].rstrip("\r"))
        return rec(n, None, "ERROR", None, None, m[2].rstrip("\r"))
    return by_header(lines, r"^(?:\[Trace - \d\d:\d\d:\d\d\.\d{3} [AP]M\] (.*)|\[Error - [^\]]+\] \d\d:\d\d:\d\d\.\d{3} [AP]M (.*))$", b)


def obfs4proxy(lines):
    # obfs4proxy common/log: "YYYY/mm/dd HH:MM:SS [LEVEL]: message"
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[/ :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), None, None, m[3])
    return by_header(lines, r"^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(DEBUG|INFO|NOTICE|WARN|ERROR)\]: (.*)$", b)


FILES = {
    "jul_xmlformatter.log": jul_xmlformatter,
    "log4j2_xmllayout.log": log4j2_xmllayout,
    "log4j2_yamllayout.log": log4j2_yamllayout,
    "tomcat_access_log.log": tomcat_access_log,
    "dotnet_trace_textwriter.log": dotnet_trace,
    "dotnet_tracesource_console.log": dotnet_trace,
    "mono_log_asm.log": mono_log,
    "blackbox_exporter.log": blackbox_exporter,
    "webhook_verbose.log": webhook,
    "hugo_server.log": hugo_server,
    "dlv_log.log": dlv_log,
    "ripgrep_debug.log": ripgrep_debug,
    "cargo_log.log": cargo_log,
    "alacritty_vv.log": alacritty,
    "gopls_rpc_trace.log": gopls_rpc_trace,
    "obfs4proxy.log": obfs4proxy,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        text = (HERE / name).read_bytes().decode("utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        records = reader(lines)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                print(f"DIFFERS: {target.name}")
                bad += 1
        else:
            target.write_text(out, encoding="utf-8")
        print(f"{name}: {len(lines)} lines, {len(records)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
