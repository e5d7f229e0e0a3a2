"""Formats of tools that cannot run here (.NET Serilog, Docker, a CRI runtime such as containerd),
composed line by line after their documentation; see the README for the documents. Writes
../serilog_clef.jsonl, ../docker_json_file.log, ../docker_json_file_pino.log, ../cri_containerd.log."""

import json
import os
from datetime import UTC, datetime, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
T0 = datetime(2026, 11, 30, 12, 34, 56, 789123, tzinfo=UTC)


def go_time(dt, nanos=0):
    """Go's time.RFC3339Nano in UTC: 9 fraction digits with trailing zeros trimmed."""
    frac = f"{dt.microsecond:06d}{nanos:03d}".rstrip("0")
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if frac else "") + "Z"


def go_json(obj):
    """encoding/json as Docker's jsonlog writes it: compact, raw UTF-8, <, > and & escaped."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def serilog():
    lines = [
        # Verbatim from the serilog-formatting-compact README ("Sample" and "Rendered events").
        '{"@t":"2016-06-07T03:44:57.8532799Z","@mt":"Hello, {User}","User":"nblumhardt"}',
        '{"@t":"2016-06-07T03:44:57.8532799Z","@m":"Hello, \\"nblumhardt\\"","@i":"7a8b9c0d","User":"nblumhardt"}',
        # Verbatim from the Analogy.LogViewer.Serilog README (CLEF examples), the @x one without its "<snip>".
        '{"@t":"2016-10-12T04:46:58.0554314Z","@mt":"Hello, {@User}","User":{"Name":"nblumhardt","Id":101}}',
        '{"@t":"2016-10-12T04:46:58.0684369Z","@mt":"Number {N:x8}","@r":["0000002a"],"N":42}',
        '{"@t":"2016-10-12T04:46:58.0724384Z","@mt":"Tags are {Tags}","@l":"Warning","Tags":["test","orange"]}',
    ]
    # Composed after the README's table (@t @m @mt @l @x @i @r; no @l means Information), one per Serilog
    # level, as RenderedCompactJsonFormatter writes them (System.Text.Encodings.Web escaping: non-ASCII as \uXXXX).
    base = T0
    events = [
        ("Verbose", 'Cache lookup for key "order:1234"', None),
        ("Debug", "Connecting to db host=db-1 port=5432", None),
        (None, "Service started", None),
        (None, "User Zoë Łukasz-Søren logged in from München", None),
        (None, "日本語のメッセージ: 注文を受け付けました", None),
        ("Warning", 'Retrying request "GET /api/v1/orders" after 250 ms', None),
        (
            "Error",
            "Payment failed for order 1234",
            'System.InvalidOperationException: card declined for order 1234: "insufficient funds"\r\n'
            "   at Shop.Payments.Charge(Int32 orderId) in C:\\src\\Shop\\Payments.cs:line 42\r\n"
            "   at Shop.Program.Main(String[] args) in C:\\src\\Shop\\Program.cs:line 17",
        ),
        ("Error", "Two-line message\nsecond line of the same message", None),
        ("Fatal", "Disk full on D:\\data", None),
        (None, "Shutting down", None),
    ]
    for i, (level, msg, exc) in enumerate(events):
        ev = {
            "@t": (base + timedelta(milliseconds=37 * i)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z",
            "@m": msg,
            "@i": f"{0x1A2B3C00 + i:08x}",
        }
        if level:
            ev["@l"] = level
        if exc:
            ev["@x"] = exc
        ev["SourceContext"] = "Shop.Payments"
        ev["MachineName"] = "WEB-1"
        lines.append(json.dumps(ev, ensure_ascii=True, separators=(",", ":")))
    with open(os.path.join(OUT, "serilog_clef.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


APP_TEXT = [
    ("stdout", "Listening on http://0.0.0.0:8080"),
    ("stdout", "GET /api/v1/orders?limit=10&offset=0 200 12ms"),
    ("stderr", "WARNING: <deprecated> flag --old-mode used"),
    ("stdout", "user Zoë Łukasz-Søren logged in from München"),
    ("stdout", "日本語のメッセージ: 注文を受け付けました"),
    ("stdout", 'retrying request "GET /api/v1/orders" after 250 ms'),
    ("stdout", "path C:\\Users\\zoe\\orders.csv\tloaded"),
    ("stderr", "Traceback (most recent call last):"),
    ("stderr", '  File "/app/shop/payments.py", line 5, in charge'),
    ("stderr", 'ValueError: card declined for order 1234: "insufficient funds"'),
    ("stdout", "shutting down"),
]


def docker_text():
    # Each line the app writes becomes one JSON line with its "\n"; a line longer than 16 KiB is cut
    # into 16 KiB pieces, all but the last without the "\n" (Docker's partial messages).
    out = []
    t = T0
    for i, (stream, text) in enumerate(APP_TEXT):
        t += timedelta(microseconds=1731)
        out.append(go_json({"log": text + "\n", "stream": stream, "time": go_time(t, 417)}))
        if i == 1:
            long_line = "payload " + "0123456789abcdef" * 1100  # 17608 bytes
            chunk = 16 * 1024
            for start in range(0, len(long_line), chunk):
                piece = long_line[start : start + chunk]
                last = start + chunk >= len(long_line)
                out.append(
                    go_json(
                        {"log": piece + ("\n" if last else ""), "stream": "stdout", "time": go_time(t, 500 + start % 7)}
                    )
                )
    with open(os.path.join(OUT, "docker_json_file.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docker_pino():
    # The container's app is the pino program of gen_node.js: its real output lines go inside "log".
    with open(os.path.join(OUT, "pino_nobase.jsonl"), encoding="utf-8") as f:
        app = f.read().splitlines()
    out = []
    for line in app:
        t = datetime.fromisoformat(json.loads(line)["time"].replace("Z", "+00:00")) + timedelta(microseconds=412)
        out.append(go_json({"log": line + "\n", "stream": "stdout", "time": go_time(t, 77)}))
    with open(os.path.join(OUT, "docker_json_file_pino.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def cri():
    # kubelet's CRI log format: "<RFC3339Nano time> <stream> <P|F> <content>"; a line longer than the
    # runtime's buffer (16 KiB in containerd) is written as P pieces and a final F piece.
    out = []
    t = T0
    for i, (stream, text) in enumerate(APP_TEXT):
        t += timedelta(microseconds=2113)
        out.append(f"{go_time(t, 202)} {stream} F {text}")
        if i == 2:
            long_line = "payload " + "0123456789abcdef" * 2100  # 33608 bytes: P, P, F
            chunk = 16 * 1024
            pieces = [long_line[s : s + chunk] for s in range(0, len(long_line), chunk)]
            for k, piece in enumerate(pieces):
                out.append(f"{go_time(t, 300 + k)} stdout {'F' if k == len(pieces) - 1 else 'P'} {piece}")
        if i == 5:
            # The documented example pair (kubernetes pkg/kubelet/kuberuntime/logs/logs.go), in this file's time.
            out.append(f"{go_time(t, 203)} stdout P First line of log entry 2")
            out.append(f"{go_time(t, 204)} stdout F , continued")
    with open(os.path.join(OUT, "cri_containerd.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    serilog()
    docker_text()
    docker_pino()
    cri()
