"""Linux audit logs, as auditd writes /var/log/audit/audit.log: `[node=HOST ]type=TYPE
msg=audit(EPOCH:SERIAL): FIELDS` a line, the fields raw or enriched (auditd.conf's
`log_format = ENRICHED`: the interpreted fields after a group separator, \\x1d).

A record is a line (the lines of one event share its serial): its time the event's (epoch
seconds), its host the `node=` auditd writes with `name_format`, its message the fields as
written, its service the file's; `fields` holds its type and serial and its `key=value` pairs as
logfmt reads them (the enriched part's too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Batch, LogFormat, count_lines, keep_samples, split_block
from .logfmt import parse_pairs
from .record import DEFAULT_LEVEL, Record

_AUDIT = re.compile(
    r"(?:node=(?P<node>\S+) )?type=(?P<type>[A-Z0-9_]+) msg=audit\((?P<time>\d+(?:\.\d+)?):(?P<serial>\d+)\):"
    r" ?(?P<message>.*)",
    re.DOTALL,
)
# The fields parse_block reads from a line's header alone (the others: the record's, line by line).
_HEADER_FIELDS = {
    "message": lambda found, line, default: found["message"],
    "level": lambda found, line, default: DEFAULT_LEVEL,
    "service": lambda found, line, default: default,
    "host": lambda found, line, default: found["node"],
    "timestamp": lambda found, line, default: found["time"],
    "raw": lambda found, line, default: line,
    "text": lambda found, line, default: line,
    **dict.fromkeys(("status", "method", "path", "bytes", "latency_ms"), lambda found, line, default: None),
}


class AuditdFormat(LogFormat):
    name = "auditd"
    description = "Linux audit logs (auditd: type=TYPE msg=audit(TIME:SERIAL): fields)"

    def matches(self, line: str) -> bool:
        return _AUDIT.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _AUDIT.match(line)
        if found is None:
            return None
        fields: dict = parse_pairs(found["message"].replace("\x1d", " "))
        fields.update(type=found["type"], serial=int(found["serial"]))
        return Record(
            message=found["message"],
            service=default_service,
            host=found["node"],
            timestamp=found["time"],
            raw=line,
            fields=fields,
        )

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """The header's fields of each line from its match alone (no `key=value` pairs read)."""
        if not set(fields) <= _HEADER_FIELDS.keys():
            return super().parse_block(block, fields, default_service)
        columns: dict[str, list] = {name: [] for name in fields}
        readers = [(columns[name].append, _HEADER_FIELDS[name]) for name in fields]
        malformed, starts = [], []
        for i, line in enumerate(lines := split_block(block)):
            found = _AUDIT.match(line)
            if found is None:
                if line.strip():
                    malformed.append(line)
                continue
            for append, read in readers:
                append(read(found, line, default_service))
            starts.append(i)
        batch = Batch(columns, len(starts), count_lines(block), len(malformed), keep_samples([], malformed))
        batch.starts = starts if len(starts) < len(lines) else None
        return batch
