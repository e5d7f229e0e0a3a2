#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per XML layout.

Standard library only; written from the observed output and the libraries' documented layouts (no XML parser:
several files are not well-formed XML — bare event fragments without a root, raw control characters, two or three
documents in one file, a document cut short by a crash).
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Every reader finds the record's opening tag in the whole text (line = 1-based line of that tag; several records
can open on one line), takes the text up to the next opening tag as the record, and reads its fields there. The
message element is taken whole, its CDATA sections and character references decoded; exception/throwable
elements are never the message.
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "FINEST": "DEBUG", "FINER": "DEBUG", "FINE": "DEBUG",
    "INFO": "INFO", "INFORMATION": "INFO", "NOTICE": "INFO", "CONFIG": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERROR": "ERROR", "SEVERE": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL",
    # System.Diagnostics activity events (TraceEventType Start/Stop/Suspend/Resume/Transfer): lifecycle notices
    "START": "INFO", "STOP": "INFO", "SUSPEND": "INFO", "RESUME": "INFO", "TRANSFER": "INFO",
}


def level(word):
    return LEVELS[word.strip().upper()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_z(text):
    """ISO 8601 in UTC ('Z'), any number of fraction digits, truncated to ms."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z", text)
    return iso(*m.groups()[:6], m[7] or "")


def epoch_ns(sec, nano):
    t = datetime.fromtimestamp(int(sec), tz=UTC)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, f"{int(nano):09d}")


def epoch_ms(ms):
    return epoch_ns(int(ms) // 1000, (int(ms) % 1000) * 1_000_000)


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def entities(s):
    """XML character data outside CDATA: numeric references and the five predefined entities."""
    s = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m[1], 16)), s)
    s = re.sub(r"&#(\d+);", lambda m: chr(int(m[1])), s)
    for ent, ch in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        s = s.replace(ent, ch)
    return s


def content(s):
    """An element's content: CDATA sections kept as written, the text between them entity-decoded; line ends
    first normalised as XML 1.0 (2.11) does, CR LF and lone CR to LF (also inside CDATA; a &#xD; stays CR)."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    out, pos = [], 0
    for m in re.finditer(r"<!\[CDATA\[(.*?)\]\]>", s, re.DOTALL):
        out.append(entities(s[pos:m.start()]))
        out.append(m[1])
        pos = m.end()
    out.append(entities(s[pos:]))
    return "".join(out)


def attr(tag, name):
    m = re.search(r"\s" + re.escape(name) + r"""\s*=\s*(?:"([^"]*)"|'([^']*)')""", tag)
    return None if m is None else entities(m[1] if m[1] is not None else m[2])


def records(text, start_pattern, build):
    """Records open where start_pattern matches; build(text_of_record, line) -> record."""
    starts = [m.start() for m in re.finditer(start_pattern, text, re.MULTILINE)]
    out = []
    for k, pos in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        out.append(build(text[pos:end], text.count("\n", 0, pos) + 1))
    return out


# --- one reader per layout -------------------------------------------------------------------

def jul_xmlformatter(text):
    # java.util.logging.XMLFormatter: <record> with <date>, <millis>, <logger>, <level>, <message> indented 2;
    # the exception's own <message> is indented 4 inside <exception>. useInstant=false writes <date> to the second
    # (local time, no zone): the instant is then <millis>.
    def b(r, n):
        date = re.search(r"^  <date>(.*?)</date>$", r, re.MULTILINE)[1]
        if re.fullmatch(r".*T\d\d:\d\d:\d\d\.\d+Z", date):
            time = iso_z(date)
        else:
            time = epoch_ms(re.search(r"^  <millis>(\d+)</millis>$", r, re.MULTILINE)[1])
        logger = re.search(r"^  <logger>(.*?)</logger>$", r, re.MULTILINE)
        msg = re.search(r"^  <message>(.*?)</message>$", r, re.MULTILINE | re.DOTALL)
        return rec(n, time, level(re.search(r"^  <level>(.*?)</level>$", r, re.MULTILINE)[1]),
                   entities(logger[1]) if logger else None, None, content(msg[1]) if msg else None)
    return records(text, r"^<record>$", b)


def log4j_schema(text):
    # log4j 1.x event schema (log4j 1.2 XMLLayout, logback's log4j.XMLLayout, Log4j 2's Log4j1XmlLayout, log4cxx):
    # <log4j:event logger timestamp(ms) level thread> <log4j:message> (CDATA, or escaped text in logback) ...
    # host: the log4jmachinename property (Chainsaw's name for it), when present
    def b(r, n):
        tag = re.match(r"<log4j:event\b[^>]*>", r)[0]
        msg = re.search(r"<log4j:message>(.*?)</log4j:message>", r, re.DOTALL)
        host = None
        for d in re.finditer(r"<log4j:data\b[^>]*/>", r):
            if attr(d[0], "name") == "log4jmachinename":
                host = attr(d[0], "value")
        return rec(n, epoch_ms(attr(tag, "timestamp")), level(attr(tag, "level")), attr(tag, "logger"), host,
                   content(msg[1]) if msg else None)
    return records(text, r"<log4j:event\b", b)


def log4j2_xmllayout(text):
    # Log4j 2 XmlLayout (Jackson XML): <Event ... level loggerName>, <Instant epochSecond nanoOfSecond/>,
    # <Message>; the exception is <Thrown> (its message an attribute). compact: every event on one line.
    def b(r, n):
        tag = re.match(r"<Event\b[^>]*>", r)[0]
        ins = re.search(r'<Instant epochSecond="(\d+)" nanoOfSecond="(\d+)"/>', r)
        msg = re.search(r"<Message>(.*?)</Message>", r, re.DOTALL)
        return rec(n, epoch_ns(ins[1], ins[2]), level(attr(tag, "level")), attr(tag, "loggerName"), None,
                   content(msg[1]) if msg else None)
    return records(text, r"<Event\s", b)


def log4javascript(text):
    # log4javascript XmlLayout: <log4javascript:event logger timestamp(ms) level>, <log4javascript:message> CDATA
    def b(r, n):
        tag = re.match(r"<log4javascript:event\b[^>]*>", r)[0]
        msg = re.search(r"<log4javascript:message>(.*?)</log4javascript:message>", r, re.DOTALL)
        return rec(n, epoch_ms(attr(tag, "timestamp")), level(attr(tag, "level")), attr(tag, "logger"), None,
                   content(msg[1]) if msg else None)
    return records(text, r"<log4javascript:event\b", b)


def e2etraceevent(text):
    # System.Diagnostics XmlWriterTraceListener (E2ETraceEvent): <SubType Name="Information">, <TimeCreated
    # SystemTime>, <Source Name>, <Computer>; message = <ApplicationData>'s own text before the
    # <System.Diagnostics> footer (TraceOutputOptions); TraceData's payload is <TraceData><DataItem>.
    def b(r, n):
        sub = re.search(r'<SubType Name="([^"]*)"', r)[1]
        t = re.search(r'<TimeCreated SystemTime="([^"]*)"', r)[1]
        src = re.search(r'<Source Name="([^"]*)"', r)[1]
        comp = re.search(r"<Computer>(.*?)</Computer>", r)
        app = re.search(r"<ApplicationData>(.*?)</ApplicationData>", r, re.DOTALL)[1]
        items = re.findall(r"<DataItem>(.*?)</DataItem>", app, re.DOTALL) if app.startswith("<TraceData>") else []
        msg = "\n".join(content(i) for i in items) if items else content(re.match(r"[^<]*", app)[0])
        return rec(n, iso_z(t), level(sub), entities(src), entities(comp[1]) if comp else None, msg)
    return records(text, r"<E2ETraceEvent\b", b)


FILES = {
    "jul_xml_filehandler.log": jul_xmlformatter,
    "jul_xml_noinstant.log": jul_xmlformatter,
    "jul_xml_append.log": jul_xmlformatter,
    "log4j1_xmllayout.log": log4j_schema,
    "log4j1_xmllayout_location_props.log": log4j_schema,
    "logback_log4j_xmllayout.log": log4j_schema,
    "logback_log4j_xmllayout_location_props.log": log4j_schema,
    "log4j2_xml_complete.log": log4j2_xmllayout,
    "log4j2_xml_compact.log": log4j2_xmllayout,
    "log4j2_xml_location_props.log": log4j2_xmllayout,
    "log4j2_log4j1xmllayout.log": log4j_schema,
    "log4cxx_xmllayout.log": log4j_schema,
    "log4cxx_xmllayout_location_props.log": log4j_schema,
    "log4javascript_xmllayout.log": log4javascript,
    "dotnet_xmlwritertracelistener.log": e2etraceevent,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        text = (HERE / name).read_bytes().decode("utf-8")
        recs = reader(text)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        target = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                print(f"DIFFERS: {target.name}")
                bad += 1
        else:
            target.write_text(out, encoding="utf-8")
        nlines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        print(f"{name}: {nlines} lines, {len(recs)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
