"""Plain text: any line is a record. Finds a leading timestamp, a level word and a component.

Covers the usual Java/Hadoop-style layouts without configuration, e.g.
`2015-10-18 18:01:47,978 INFO [main] org.apache.Foo: message` (Hadoop),
`081109 203615 148 INFO dfs.DataNode: message` (HDFS),
`17/06/09 20:10:40 INFO spark.SecurityManager: message` (Spark) and
`2015-07-29 17:41:44,747 - INFO  [thread:Component@774] - message` (ZooKeeper).
"""

from __future__ import annotations

import re

from .base import LogFormat
from .record import Record, normalize_level

_TIMESTAMP = (
    r"(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\d\d/\d\d/\d\d \d\d:\d\d:\d\d"
    r"|\d{6} \d{6}"
    r"|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d"
    r"|\[[^\]]{6,40}\])"
)
_LEVEL_WORDS = r"TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL"
_STRUCTURED = re.compile(
    rf"^(?P<time>{_TIMESTAMP})?(?P<head>[^\[\]]{{0,24}}?)\s*-?\s*\b(?P<level>{_LEVEL_WORDS})\b\s*-?\s*"
    r"(?:\[(?P<thread>(?:[^\[\]]|\[[^\]]*\])*)\]\s*(?P<dash>-\s+)?)?"
    # After "[thread] - " comes the message itself (log4j's "%t - %m" layouts).
    r"(?(dash)|(?:(?P<component>[A-Za-z_$][\w.$]*):(?:\s+|$))?)(?P<message>.*)$"
)
_LEADING_TIME = re.compile(rf"^(?P<time>{_TIMESTAMP})\s*(?P<message>.*)$")
_THREAD_COMPONENT = re.compile(r"(?P<component>[A-Za-z_$][\w$]*)@\d+$")


class PlainTextFormat(LogFormat):
    name = "plain"
    description = "plain text (timestamp, level and component found where present)"

    def matches(self, line: str) -> bool:
        return True

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _STRUCTURED.match(line)
        if found is not None:
            thread = found["thread"]
            component = found["component"]
            fields: dict[str, object] = {}
            if thread is not None:
                fields["thread"] = thread
                if component is None:
                    from_thread = _THREAD_COMPONENT.search(thread)
                    component = from_thread["component"] if from_thread else None
            head = found["head"].strip()
            if head:
                fields["head"] = head
            return Record(
                message=found["message"],
                level=normalize_level(found["level"]),
                service=component or default_service,
                timestamp=found["time"],
                raw=line,
                fields=fields,
            )
        found = _LEADING_TIME.match(line)
        if found is not None:
            return Record(
                message=found["message"],
                service=default_service,
                timestamp=found["time"].strip("[]"),
                raw=line,
            )
        return Record(message=line, service=default_service, raw=line)
