#!/usr/bin/env python3
"""Second opinion on the expected files: read each log with xml.etree (after the least surgery that makes it
parse: fragments wrapped in a root element, a missing </log> supplied, the control character ESC swapped for a
private-use character and back) and compare time, level, service, host and message with <name>.expected.jsonl.
Standard library only; exits 1 on a difference."""

import json
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PUA = "\ue01b"
LV = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "FINE": "DEBUG", "FINER": "DEBUG", "FINEST": "DEBUG", "VERBOSE": "DEBUG",
      "INFO": "INFO", "CONFIG": "INFO", "INFORMATION": "INFO", "START": "INFO", "STOP": "INFO",
      "WARN": "WARN", "WARNING": "WARN", "ERROR": "ERROR", "SEVERE": "ERROR", "FATAL": "FATAL", "CRITICAL": "FATAL"}


def ms(epoch_ms):
    t = datetime.fromtimestamp(int(epoch_ms) / 1000, tz=UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(epoch_ms) % 1000:03d}Z"


def back(s):
    return None if s is None else s.replace(PUA, "\x1b")


def parse(xml):
    return ET.fromstring(xml.replace("\x1b", PUA))


def jul(text):
    out = []
    for doc in text.split("<?xml")[1:]:
        doc = "<?xml" + doc
        doc = doc.replace('<!DOCTYPE log SYSTEM "logger.dtd">', "")
        if "</log>" not in doc:
            doc += "</log>"
        for r in parse(doc.encode("utf-8").decode("utf-8").split("?>", 1)[1]).iter("record"):
            out.append((ms(r.findtext("millis")), LV[r.findtext("level")], r.findtext("logger"), None,
                        back(r.findtext("message"))))
    return out


def log4j(text):
    root = parse('<r xmlns:log4j="urn:log4j">' + text + "</r>")
    ns = "{urn:log4j}"
    out = []
    for e in root.iter(ns + "event"):
        host = None
        for d in e.iter(ns + "data"):
            if d.get("name") == "log4jmachinename":
                host = d.get("value")
        out.append((ms(e.get("timestamp")), LV[e.get("level")], e.get("logger"), host,
                    back(e.findtext(ns + "message"))))
    return out


def log4j2(text):
    if text.startswith("<?xml"):
        text = text.split("?>", 1)[1]
    root = parse("<r>" + text + "</r>")
    ns = "{http://logging.apache.org/log4j/2.0/events}"
    out = []
    for e in root.iter(ns + "Event"):
        i = e.find(ns + "Instant")
        t = ms(int(i.get("epochSecond")) * 1000 + int(i.get("nanoOfSecond")) // 1_000_000)
        out.append((t, LV[e.get("level")], e.get("loggerName"), None, back(e.findtext(ns + "Message"))))
    return out


def log4javascript(text):
    root = parse('<r xmlns:log4javascript="urn:l">' + text + "</r>")
    return [(ms(e.get("timestamp")), LV[e.get("level")], e.get("logger"), None,
             back(e.findtext("{urn:l}message"))) for e in root.iter("{urn:l}event")]


def e2e(text):
    root = parse("<r>" + text + "</r>")
    e2 = "{http://schemas.microsoft.com/2004/06/E2ETraceEvent}"
    sy = "{http://schemas.microsoft.com/2004/06/windows/eventlog/system}"
    out = []
    for e in root.iter(e2 + "E2ETraceEvent"):
        s = e.find(sy + "System")
        t = s.find(sy + "TimeCreated").get("SystemTime")
        t = t[:23] + "Z"
        app = e.find(e2 + "ApplicationData")
        items = [d.text for d in app.iter(e2 + "DataItem")]
        msg = "\n".join(items) if items else (app.text or "")
        out.append((t, LV[s.find(sy + "SubType").get("Name").upper()], s.find(sy + "Source").get("Name"),
                    s.findtext(sy + "Computer"), back(msg)))
    return out


READERS = {"jul_": jul, "log4j1_": log4j, "logback_": log4j, "log4j2_log4j1": log4j, "log4cxx_": log4j,
           "log4j2_xml": log4j2, "log4javascript_": log4javascript, "dotnet_xmlwriter": e2e}


def main():
    bad = 0
    for log in sorted(HERE.glob("*.log")):
        reader = next(f for p, f in READERS.items() if log.name.startswith(p))
        got = reader(log.read_text(encoding="utf-8"))
        exp = [tuple(json.loads(x)[k] for k in ("time", "level", "service", "host", "message"))
               for x in log.with_name(log.stem + ".expected.jsonl").read_text(encoding="utf-8").splitlines()]
        status = "ok" if got == exp else "DIFFERS"
        if got != exp:
            bad += 1
            for g, x in zip(got, exp):
                if g != x:
                    print("  got", g, "\n  exp", x)
                    break
        print(f"{log.name}: {len(got)} records {status}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
