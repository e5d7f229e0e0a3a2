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


# --- Java JSON layouts, cloud exports (composed after their documentation) ----------------------

# (level word, message, exception or None): every level, non-ASCII, quotes, a backslash, an embedded
# newline and one exception, the same app events in every shape below.
APP_EVENTS = [
    ("TRACE", 'Cache lookup for key "order:1234"', None),
    ("DEBUG", "Connecting to db host=db-1 port=5432", None),
    ("INFO", "Service started on port 8080", None),
    ("INFO", "User Zoë Łukasz-Søren logged in from München", None),
    ("INFO", "日本語のメッセージ: 注文を受け付けました", None),
    ("WARN", 'Retrying request "GET /api/v1/orders" after 250 ms', None),
    ("ERROR", "Payment failed for order 1234", ("java.lang.IllegalStateException", 'declined: "no funds"')),
    ("ERROR", "Two-line message\nsecond line of the same message", None),
    ("WARN", "Path C:\\data\\orders.csv\tnot found", None),
    ("FATAL", "Disk full on /var/lib/shop", None),
    ("INFO", "Shutting down", None),
]
JAVA_FRAMES = [
    ("com.example.shop.Payments", "charge", "Payments.java", 42),
    ("com.example.shop.Main", "main", "Main.java", 17),
]


def java_trace(exc):
    cls, msg = exc
    return f"{cls}: {msg}\n" + "".join(f"\tat {c}.{m}({f}:{n})\n" for c, m, f, n in JAVA_FRAMES)


def ms_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def write_lines(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def compact(obj, ascii_only=False):
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))


def log4j2_ecs():
    # JsonTemplateLayout with its default eventTemplateUri, classpath:EcsLayout.json: the keys in the
    # template's order, null values (no MDC, no NDC, no exception) left out.
    out = []
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        t = T0 + timedelta(milliseconds=41 * i)
        ev = {"@timestamp": ms_iso(t), "log.level": lvl, "message": msg, "process.thread.name": "main"}
        ev["log.logger"] = "com.example.shop.Payments" if exc else "com.example.shop.Main"
        if i == 3:
            ev["labels"] = {"user": "zoë"}
        if exc:
            ev |= {"error.type": exc[0], "error.message": exc[1], "error.stack_trace": java_trace(exc)}
        out.append(compact(ev))
    write_lines("log4j2_jsontemplate_ecs.jsonl", out)


def logback_json():
    # logback 1.3.8+ JsonEncoder with its defaults: sequenceNumber, epoch-ms timestamp, nanoseconds,
    # level, threadName, loggerName, context, "mdc": {...}, kvpList, the message as logged (the
    # {} template, not formatted: withFormattedMessage is false), arguments, throwable.
    out = []
    birth = int((T0 - timedelta(seconds=3)).timestamp() * 1000)
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        if lvl == "FATAL":  # logback has no FATAL
            lvl = "ERROR"
        t = T0 + timedelta(milliseconds=43 * i, microseconds=217)
        ms = int(t.timestamp() * 1000)
        args = None
        if i == 2:
            msg, args = "Service started on port {}", ["8080"]
        text = (
            f'{{"sequenceNumber":{i},"timestamp":{ms},"nanoseconds":{t.microsecond * 1000},"level":"{lvl}",'
            f'"threadName":"main","loggerName":"com.example.shop.{"Payments" if exc else "Main"}",'
            f'"context":{{"name":"default","birthdate":{birth},"properties":{{}}}},'
            f'"mdc": {{{"" if i != 3 else chr(34) + "user" + chr(34) + ":" + chr(34) + "zoë" + chr(34)}}}'
        )
        if i == 5:
            text += ',"kvpList": [{"attempt":"2"}]'
        text += ',"message":' + compact(msg)
        if args:
            text += ',"arguments": [' + ",".join(compact(a) for a in args) + "]"
        if exc:
            steps = ",".join(
                f'{{"className":"{c}","methodName":"{m}","fileName":"{f}","lineNumber":{n}}}'
                for c, m, f, n in JAVA_FRAMES
            )
            text += f',"throwable":{{"className":"{exc[0]}","message":{compact(exc[1])},"stepArray":[{steps}]}}'
        else:
            text += ',"throwable":null'
        out.append(text + "}")
    write_lines("logback_jsonencoder.jsonl", out)


_LEVEL_VALUES = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


def logstash_logback():
    # logstash-logback-encoder's LogstashEncoder defaults: @timestamp (ISO_OFFSET_DATE_TIME, UTC here),
    # @version, message, logger_name, thread_name, level, level_value, stack_trace, MDC entries.
    out = []
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        lvl = "ERROR" if lvl == "FATAL" else lvl
        t = T0 + timedelta(milliseconds=47 * i, microseconds=i)
        # ISO_OFFSET_DATE_TIME of the event's Instant (microseconds on Linux, Java 9+), Z in UTC
        ev = {"@timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "@version": "1", "message": msg}
        ev |= {"logger_name": "com.example.shop." + ("Payments" if exc else "Main"), "thread_name": "main"}
        ev |= {"level": lvl, "level_value": _LEVEL_VALUES[lvl]}
        if exc:
            ev["stack_trace"] = java_trace(exc)
        if i == 3:
            ev["user"] = "zoë"
        out.append(compact(ev))
    write_lines("logstash_logback_encoder.jsonl", out)


# App events as .NET ILogger levels (Azure Functions), their top-level Azure Monitor level and levelId.
_DOTNET = {"TRACE": "Trace", "DEBUG": "Debug", "INFO": "Information", "WARN": "Warning", "ERROR": "Error"}
_DOTNET["FATAL"] = "Critical"
_AZURE = {"Trace": "Verbose", "Debug": "Verbose", "Information": "Informational", "Warning": "Warning"}
_AZURE |= {"Error": "Error", "Critical": "Critical"}
_DOTNET_ID = {name: i for i, name in enumerate(("Trace", "Debug", "Information", "Warning", "Error", "Critical"))}
_RESOURCE = (
    "/SUBSCRIPTIONS/0F1E2D3C-0000-4000-8000-000000000001/RESOURCEGROUPS/SHOP/PROVIDERS/MICROSOFT.WEB/SITES/SHOP-FUNC"
)


def dotnet_time(dt):
    """Azure Monitor's times: 7 fraction digits (.NET ticks) and Z."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"


def function_app_log(i, lvl, msg, exc, t):
    """One FunctionAppLogs resource log record as Azure Monitor writes it to storage or Event Hubs."""
    dotnet = _DOTNET[lvl]
    props = {
        "appName": "shop-func",
        "roleInstance": "54108609-638134" if i % 2 else "54108609-638135",
        "message": msg,
        "category": "Function.Checkout.User",
        "hostVersion": "4.1036.1.23224",
        "functionInvocationId": f"9b1a7c52-0000-4000-8000-{i:012d}",
        "functionName": "Functions.Checkout",
        "hostInstanceId": "2f0b8d1e-0000-4000-8000-000000000042",
        "level": dotnet,
        "levelId": _DOTNET_ID[dotnet],
        "processId": 4308,
    }
    if exc:
        props |= {"exceptionType": "System.InvalidOperationException", "exceptionMessage": exc[1]}
        props["exceptionDetails"] = (
            f"System.InvalidOperationException : {exc[1]}\n   at Shop.Payments.Charge(Int32 orderId) in "
            "C:\\src\\Shop\\Payments.cs : 42"
        )
    return {
        "time": dotnet_time(t),
        "resourceId": _RESOURCE,
        "category": "FunctionAppLogs",
        "operationName": "Microsoft.Web/sites/functions/log",
        "level": _AZURE[dotnet],
        "location": "West Europe",
        "properties": props,
    }


def azure_function_logs():
    # Resource logs in a storage account (insights-logs-functionapplogs/.../PT1H.json): one record a
    # line, the top-level common schema with the service's own fields in `properties`.
    out = []
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        out.append(compact(function_app_log(i, lvl, msg, exc, T0 + timedelta(milliseconds=53 * i, microseconds=4))))
    write_lines("azure_functionapplogs.jsonl", out)


def azure_records():
    # The `{"records": [...]}` shape: an Event Hubs message of resource logs (and storage blobs before
    # November 2018), several records an object, here one object a line.
    events = [function_app_log(i, *e, T0 + timedelta(milliseconds=59 * i)) for i, e in enumerate(APP_EVENTS)]
    out = [compact({"records": events[a:b]}) for a, b in ((0, 4), (4, 5), (5, 11))]
    write_lines("azure_records.jsonl", out)


_AI_LEVEL = {"TRACE": 0, "DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3, "FATAL": 4}


def app_insights_traces():
    # Application Insights traces as the workspace's AppTraces table exports them (Log Analytics data
    # export to a storage account: one JSON record a line): SeverityLevel 0 Verbose .. 4 Critical.
    out = []
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        t = T0 + timedelta(milliseconds=61 * i, microseconds=5)
        ev = {
            "TenantId": "7d3c2b1a-0000-4000-8000-000000000007",
            "TimeGenerated": dotnet_time(t),
            "Message": msg,
            "SeverityLevel": _AI_LEVEL[lvl],
            "Properties": {"CategoryName": "Shop.Payments", "OrderId": "1234"} if exc else {"CategoryName": "Shop"},
            "OperationName": "POST /api/checkout",
            "OperationId": f"4bf92f3577b34da6a3ce929d0e0e{i:04x}",
            "AppRoleName": "shop-api",
            "AppRoleInstance": "web-1" if i % 3 else "web-2",
            "AppVersion": "1.4.2",
            "ClientType": "PC",
            "SDKVersion": "dotnetc:2.22.0-997",
            "ItemCount": 1,
            "Type": "AppTraces",
            "_ResourceId": "/subscriptions/0f1e2d3c-0000-4000-8000-000000000001/resourcegroups/shop/providers/"
            "microsoft.insights/components/shop-ai",
        }
        out.append(compact(ev))
    write_lines("appinsights_apptraces.jsonl", out)


_PY_LEVEL = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR"}
_PY_LEVEL["FATAL"] = "CRITICAL"
_REQUEST = "79b4f56e-95b1-4643-9700-2807f4e68189"
_PY_TRACE = [
    '  File "/var/task/app.py", line 5, in handler\n    charge(order)\n',
    '  File "/var/task/payments.py", line 9, in charge\n    raise ValueError(reason)\n',
]


def lambda_platform(kind, t, **record):
    return {"time": ms_iso(t), "type": kind, "record": record}


def lambda_python_events(t0):
    """(time, object) of one Python 3.12 invocation with JSON logging: platform records around the
    application's records (the standard logging module's records as the runtime's JsonFormatter,
    awslambdaric/lambda_runtime_log_utils.py, writes them)."""
    out = [
        (
            t0,
            lambda_platform(
                "platform.initStart",
                t0,
                initializationType="on-demand",
                phase="init",
                runtimeVersion="python:3.12.v38",
                functionName="checkout",
                functionVersion="$LATEST",
            ),
        ),
        (
            t0 + timedelta(milliseconds=180),
            lambda_platform("platform.start", t0 + timedelta(milliseconds=180), requestId=_REQUEST, version="$LATEST"),
        ),
    ]
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        t = t0 + timedelta(milliseconds=181 + 3 * i)
        # awslambdaric's JsonFormatter: these keys in this order, the None ones left out.
        ev = {"timestamp": ms_iso(t), "level": _PY_LEVEL[lvl], "message": msg, "logger": "root"}
        if exc:
            ev |= {"stackTrace": _PY_TRACE, "errorType": "ValueError", "errorMessage": exc[1]}
        ev["requestId"] = _REQUEST
        if exc:
            ev["location"] = "/var/task/app.py:handler:7"
        out.append((t, ev))
    t = t0 + timedelta(milliseconds=230)
    metrics = {"durationMs": 49.71, "billedDurationMs": 50, "memorySizeMB": 128, "maxMemoryUsedMB": 41}
    out.append(
        (
            t,
            lambda_platform(
                "platform.runtimeDone",
                t,
                requestId=_REQUEST,
                status="success",
                metrics={"durationMs": 49.71, "producedBytes": 0},
            ),
        )
    )
    out.append((t, lambda_platform("platform.report", t, requestId=_REQUEST, status="success", metrics=metrics)))
    return out


def lambda_json():
    # A Python function's log stream with LoggingConfig LogFormat=JSON, each event's message a line.
    write_lines("lambda_json.jsonl", [compact(ev) for _, ev in lambda_python_events(T0)])


def cloudwatch_export():
    # The same invocation with LogFormat=Text, as CreateExportTask writes a log stream to S3: each event
    # "<ISO time> <message>". The Python runtime's Text lines are "[LEVEL]\t<time>\t<request id>\t<message>".
    t0 = T0
    lines = [
        f"{ms_iso(t0)} INIT_START Runtime Version: python:3.12.v38\tRuntime Version ARN: "
        "arn:aws:lambda:eu-west-1::runtime:0f4e6a6b0c",
        f"{ms_iso(t0 + timedelta(milliseconds=180))} START RequestId: {_REQUEST} Version: $LATEST",
    ]
    for i, (lvl, msg, _) in enumerate(APP_EVENTS):
        t = ms_iso(t0 + timedelta(milliseconds=181 + 3 * i))
        if "\n" in msg:
            continue  # (the Text format keeps an event's newlines: not a one-line record)
        lines.append(f"{t} [{_PY_LEVEL[lvl]}]\t{t}\t{_REQUEST}\t{msg}")
    t = ms_iso(t0 + timedelta(milliseconds=230))
    lines.append(f"{t} END RequestId: {_REQUEST}")
    lines.append(
        f"{t} REPORT RequestId: {_REQUEST}\tDuration: 49.71 ms\tBilled Duration: 50 ms\tMemory Size: 128 MB\t"
        "Max Memory Used: 41 MB\tInit Duration: 179.53 ms"
    )
    write_lines("cloudwatch_export_lambda.log", lines)


def cloudwatch_subscription():
    # CloudWatch Logs subscription payloads (gunzipped) as Firehose delivers them to S3, one payload a line:
    # a CONTROL_MESSAGE, then DATA_MESSAGEs of the Lambda function's JSON log group and of an EC2 app's text.
    def payload(group, stream, events, kind="DATA_MESSAGE", owner="123456789012", filters=("to-firehose",)):
        evs = [
            {
                "id": f"3795310660696698337880902507980421114328961542429822{len(group) + k:04d}",
                "timestamp": ms,
                "message": msg,
            }
            for k, (ms, msg) in enumerate(events)
        ]
        return compact(
            {
                "messageType": kind,
                "owner": owner,
                "logGroup": group,
                "logStream": stream,
                "subscriptionFilters": list(filters),
                "logEvents": evs,
            }
        )

    def epoch_ms(dt):
        return int(dt.timestamp() * 1000)

    control = [(epoch_ms(T0), "CWL CONTROL MESSAGE: Checking health of destination Firehose.")]
    fn = [(epoch_ms(t), compact(ev)) for t, ev in lambda_python_events(T0 + timedelta(seconds=5))]
    text = [
        (epoch_ms(T0 + timedelta(seconds=9, milliseconds=7 * i)), f"{lvl} {msg}")
        for i, (lvl, msg, _) in enumerate(APP_EVENTS[2:6])
    ]
    stream = "2026/11/30/[$LATEST]9f8e7d6c5b4a39281706f5e4d3c2b1a0"
    lines = [
        payload("", "", control, kind="CONTROL_MESSAGE", owner="CloudwatchLogs", filters=()),
        payload("/aws/lambda/checkout", stream, fn[:6]),
        payload("/aws/lambda/checkout", stream, fn[6:]),
        payload("shop-api", "i-0a1b2c3d4e5f67890", text),
    ]
    write_lines("cloudwatch_subscription_firehose.jsonl", lines)


def powertools():
    # Powertools for AWS Lambda (Python) Logger with @inject_lambda_context: its default keys and order,
    # json.dumps (non-ASCII as \\uXXXX), "%Y-%m-%d %H:%M:%S,%F%z" times, `exception` / `exception_name`.
    out = []
    for i, (lvl, msg, exc) in enumerate(APP_EVENTS):
        t = T0 + timedelta(milliseconds=67 * i)
        ev = {"level": _PY_LEVEL[lvl], "location": f"handler:{10 + i}", "message": msg}
        ev["timestamp"] = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}+0000"
        ev |= {"service": "payment", "cold_start": i == 0, "function_name": "checkout", "function_memory_size": 128}
        ev |= {"function_arn": "arn:aws:lambda:eu-west-1:123456789012:function:checkout"}
        ev |= {"function_request_id": _REQUEST, "xray_trace_id": "1-5759e988-bd862e3fe1be46a994272793"}
        if exc:
            ev["exception"] = "Traceback (most recent call last):\n" + "".join(_PY_TRACE) + f"ValueError: {exc[1]}"
            ev["exception_name"] = "ValueError"
        out.append(compact(ev, ascii_only=True))
    write_lines("powertools_logger.jsonl", out)


_GCP_SEVERITY = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR"}
_GCP_SEVERITY["FATAL"] = "CRITICAL"


def gcp_log_entries():
    # Cloud Logging LogEntry objects as a sink writes them to Cloud Storage, one a line: a Cloud Run
    # service's jsonPayload and textPayload entries (and a request log), every severity incl. DEFAULT,
    # NOTICE, ALERT and EMERGENCY, RFC 3339 times with nanoseconds.
    run = {"type": "cloud_run_revision", "labels": {"service_name": "checkout", "revision_name": "checkout-00042-xiv"}}
    run["labels"] |= {"location": "europe-west1", "project_id": "shop-prod", "configuration_name": "checkout"}
    extra = [("DEFAULT", "container started", None), ("NOTICE", "config reloaded", None)]
    extra += [("ALERT", "replica lag over 30 s", None), ("EMERGENCY", "database unreachable", None)]
    events = [(_GCP_SEVERITY[lvl], msg, exc) for lvl, msg, exc in APP_EVENTS] + extra
    out = []
    for i, (severity, msg, exc) in enumerate(events):
        t = T0 + timedelta(milliseconds=71 * i)
        entry = {"insertId": f"66a1b2c3000{i:03d}e8f1a2b3c4"}
        if i % 4 == 3:  # the app printed a line of text
            entry["textPayload"] = msg
        else:
            entry["jsonPayload"] = {"message": msg, "component": "payments"}
            if exc:
                entry["jsonPayload"]["stack_trace"] = java_trace(exc)
        entry |= {"resource": run, "timestamp": go_time(t, 123), "severity": severity}
        entry |= {"labels": {"instanceId": "00f46b9285a1c2e4b1d3"}}
        entry |= {"logName": "projects/shop-prod/logs/run.googleapis.com%2Fstdout"}
        entry["receiveTimestamp"] = go_time(t + timedelta(milliseconds=5), 456)
        out.append(compact(entry))
    write_lines("gcp_logentry_gcs.jsonl", out)


# Text layouts of tools not run here (Ruby, Rails, Android's logcat), each line as the cited source writes it.
_TEXT_EVENTS = [
    ("DEBUG", 'Cache lookup for key "order:1234"'),
    ("INFO", "Service started on port 8080"),
    ("INFO", "User Zoë Łukasz-Søren logged in from München"),
    ("INFO", "日本語のメッセージ: 注文を受け付けました"),
    ("WARN", 'Retrying request "GET /api/v1/orders" after 250 ms'),
    ("ERROR", "Payment failed for order 1234"),
    ("WARN", "Path C:\\data\\orders.csv\tnot found"),
    ("FATAL", "Disk full on /var/lib/shop"),
    ("INFO", "Shutting down: 3 workers left [pool=main]"),
]


def ruby_line(t, severity, progname, msg, pid=4321):
    """Ruby's Logger::Formatter: Format = "%.1s, [%s #%d] %5s -- %s: %s\\n" with DatetimeFormat
    "%Y-%m-%dT%H:%M:%S.%6N" (lib/logger/formatter.rb); a nil progname prints as empty."""
    stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}"
    return f"{severity[:1]}, [{stamp} #{pid}] {severity:>5} -- {progname or ''}: {msg}"


def ruby_logger():
    # Logger.new(file, progname: "shop"); two records with no progname (Logger.new without one);
    # an exception logged as msg2str writes it: "message (Class)" then the backtrace lines.
    lines = []
    for i, (severity, msg) in enumerate(_TEXT_EVENTS):
        t = T0 + timedelta(milliseconds=37 * i)
        if severity == "ERROR":
            msg = "card declined for order 1234 (Payments::Declined)\napp/models/payment.rb:42:in `charge'\n"
            msg += "app/controllers/orders_controller.rb:17:in `create'"
        lines.append(ruby_line(t, severity, None if i in (2, 6) else "shop", msg))
    write_lines("ruby_logger.log", "\n".join(lines).split("\n"))


def rails_production():
    # Rails 7.0's generated config/environments/production.rb: config.log_tags = [:request_id] and
    # config.log_formatter = ::Logger::Formatter.new; ActiveSupport::TaggedLogging puts "[tag] " before
    # each message; Rails logs with no progname ("-- : ").
    first, second = "8f3c2a8e-0d5b-4c61-9a0e-5b1f4c7d2e90", "b7e0d1c4-6a2f-4e8b-8c3d-1f2a3b4c5d6e"
    events = [
        ("INFO", first, 'Started GET "/orders?page=2" for 203.0.113.7 at 2026-11-30 12:34:56 +0000'),
        ("INFO", first, "Processing by OrdersController#index as HTML"),
        ("INFO", first, '  Parameters: {"page"=>"2"}'),
        ("DEBUG", first, '  Order Load (0.4ms)  SELECT "orders".* FROM "orders" LIMIT $1  [["LIMIT", 25]]'),
        ("INFO", first, "  Rendered orders/index.html.erb within layouts/application (Duration: 5.1ms)"),
        ("INFO", first, "Completed 200 OK in 12ms (Views: 5.1ms | ActiveRecord: 2.3ms | Allocations: 4321)"),
        ("INFO", second, 'Started POST "/orders" for 198.51.100.23 at 2026-11-30 12:34:57 +0000'),
        ("WARN", second, "Can't verify CSRF token authenticity."),
        ("INFO", second, "Completed 422 Unprocessable Entity in 3ms (ActiveRecord: 0.0ms | Allocations: 512)"),
        ("FATAL", second, 'ActionController::RoutingError (No route matches [GET] "/wp-login.php"):'),
        ("ERROR", second, "Zoë's order 日本 failed: PG::ConnectionBad"),
    ]
    lines = [
        ruby_line(T0 + timedelta(milliseconds=11 * i), severity, None, f"[{tag}] {msg}", pid=2046)
        for i, (severity, tag, msg) in enumerate(events)
    ]
    write_lines("rails_production.log", lines)


_LOGCAT_PRI = {"DEBUG": "D", "INFO": "I", "WARN": "W", "ERROR": "E", "FATAL": "F"}
_LOGCAT_TAGS = ["ActivityManager", "Zygote", "chatty", "OkHttp", "AndroidRuntime"]


def logcat_events():
    events = [("V", "Zygote", 1234, 1234, "Preloading classes...")]
    for i, (severity, msg) in enumerate(_TEXT_EVENTS):
        events.append((_LOGCAT_PRI[severity], _LOGCAT_TAGS[i % 5], 1234 + 100 * (i % 3), 1240 + i, msg))
    events.append(("E", "AndroidRuntime", 4321, 4321, "FATAL EXCEPTION: main"))
    events.append(("E", "AndroidRuntime", 4321, 4321, "Process: com.example.shop, PID: 4321"))
    return events


def logcat():
    # Android's logprint.c (liblog): brief "%c/%-8s(%5d): " and threadtime "%s.%03ld %5d %5d %c %-8s: " with
    # timeBuf "%m-%d %H:%M:%S"; one line a message line (a message's newlines make lines of their own).
    brief, threadtime = [], []
    for i, (pri, tag, pid, tid, msg) in enumerate(logcat_events()):
        t = T0 + timedelta(milliseconds=23 * i)
        for line in msg.split("\n"):
            brief.append(f"{pri}/{tag:<8}({pid:5d}): {line}")
            stamp = t.strftime("%m-%d %H:%M:%S") + f".{t.microsecond // 1000:03d}"
            threadtime.append(f"{stamp} {pid:5d} {tid:5d} {pri} {tag:<8}: {line}")
    write_lines("logcat_brief.log", brief)
    write_lines("logcat_threadtime.log", threadtime)


def mysql_error_log():
    # MySQL 8.0's error log, log_sink_internal (the default): "time thread [label] [err_code] [subsystem] msg"
    # (https://dev.mysql.com/doc/refman/8.0/en/error-log-format.html), times in UTC with microseconds
    # (log_timestamps=UTC); labels System, Error, Warning, Note.
    events = [
        (0, "System", "MY-010116", "Server", "/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1"),
        (1, "System", "MY-013576", "InnoDB", "InnoDB initialization has started."),
        (1, "System", "MY-013577", "InnoDB", "InnoDB initialization has ended."),
        (0, "Warning", "MY-010068", "Server", "CA certificate ca.pem is self signed."),
        (0, "Note", "MY-010253", "Server", "IPv6 is available."),
        (
            0,
            "System",
            "MY-010931",
            "Server",
            "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: "
            "'/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
        ),
        (
            8,
            "Warning",
            "MY-013360",
            "Server",
            "Plugin mysql_native_password reported: ''mysql_native_password' is "
            "deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
        ),
        (
            9,
            "Note",
            "MY-010914",
            "Server",
            "Aborted connection 9 to db: 'shop' user: 'zoë' host: 'München.example' "
            "(Got an error reading communication packets).",
        ),
        (10, "Error", "MY-012592", "InnoDB", "Operating system error number 28 in a file operation."),
        (10, "Error", "MY-012596", "InnoDB", "Error number 28 means 'No space left on device'"),
        (
            0,
            "System",
            "MY-013172",
            "Server",
            "Received SHUTDOWN from user boot. Shutting down mysqld (Version: 8.0.36).",
        ),
        (
            0,
            "System",
            "MY-010910",
            "Server",
            "/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.",
        ),
    ]
    lines = []
    for i, (thread, label, code, subsystem, msg) in enumerate(events):
        t = T0 + timedelta(milliseconds=53 * i)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z"
        lines.append(f"{stamp} {thread} [{label}] [{code}] [{subsystem}] {msg}")
    write_lines("mysql_error.log", lines)


def zookeeper_log4j():
    # ZooKeeper 3.5-3.7's conf/log4j.properties: "%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n"
    # (log4j 1.2's ISO8601 is "yyyy-MM-dd HH:mm:ss,SSS"); an exception's stack trace follows its line.
    events = [
        ("INFO", "main", "QuorumPeerConfig", 174, "Reading configuration from: /conf/zoo.cfg"),
        ("INFO", "main", "QuorumPeerMain", 132, "Starting quorum peer"),
        ("DEBUG", "main", "QuorumPeer", 1021, "Initializing data tree for Zoë's ensemble (München)"),
        (
            "INFO",
            "QuorumPeer[myid=1](plain=0.0.0.0:2181)(secure=disabled)",
            "FastLeaderElection",
            979,
            "New election. My id = 1, proposed zxid=0x0",
        ),
        (
            "WARN",
            "QuorumConnectionThread-[myid=1]-2",
            "QuorumCnxManager",
            400,
            "Cannot open channel to 2 at election address zk-2/10.0.0.2:3888",
        ),
        (
            "ERROR",
            "NIOWorkerThread-3",
            "NIOServerCnxn",
            364,
            "Unexpected exception causing shutdown while sock still open",
        ),
        ("INFO", "SyncThread:1", "FileTxnLog", 284, "Creating new log file: log.100000001"),
        (
            "WARN",
            "NIOWorkerThread-1",
            "NIOServerCnxn",
            371,
            "Unable to read additional data from client, it probably "
            "closed the socket: address = /10.0.0.7:51234, session = 0x100000abc",
        ),
        ("INFO", "main", "QuorumPeerMain", 101, "日本語のメッセージ: shutting down"),
    ]
    lines = []
    for i, (level, thread, cls, line, msg) in enumerate(events):
        t = T0 + timedelta(milliseconds=71 * i)
        stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        lines.append(f"{stamp} [myid:1] - {level:<5} [{thread}:{cls}@{line}] - {msg}")
        if level == "ERROR":
            lines.append("java.io.IOException: Connection reset by peer")
            lines.append("\tat sun.nio.ch.FileDispatcherImpl.read0(Native Method)")
            lines.append("\tat org.apache.zookeeper.server.NIOServerCnxn.doIO(NIOServerCnxn.java:330)")
    write_lines("zookeeper_log4j.log", lines)


def elasticsearch_console():
    # Elasticsearch's (and OpenSearch's) config/log4j2.properties console and old-style file pattern
    # "[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n": log4j2's ISO8601 is
    # "yyyy-MM-dd'T'HH:mm:ss,SSS", the logger abbreviated (`o.e.n.Node`) and padded to 25; a trace follows.
    events = [
        ("INFO", "o.e.n.Node", "version[7.17.18], pid[4242], build[default/tar], OS[Linux/6.1.0/amd64]"),
        ("INFO", "o.e.p.PluginsService", "loaded module [analysis-common]"),
        ("DEBUG", "o.e.d.z.ZenDiscovery", "filtered ping responses: (ignore_non_masters [false])"),
        (
            "WARN",
            "o.e.c.r.a.DiskThresholdMonitor",
            "high disk watermark [90%] exceeded on [Zoë-1][/var/lib/es] free: 4.1gb[8.9%]",
        ),
        ("INFO", "o.e.c.m.MetadataCreateIndexService", "[orders-2026.11.30] creating index, cause [auto(bulk api)]"),
        ("ERROR", "o.e.b.ElasticsearchUncaughtExceptionHandler", "uncaught exception in thread [main]"),
        ("INFO", "o.e.n.Node", "日本語のメッセージ: stopping ..."),
    ]
    lines = []
    for i, (level, logger, msg) in enumerate(events):
        t = T0 + timedelta(milliseconds=61 * i)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        lines.append(f"[{stamp}][{level:<5}][{logger:<25}] [es-node-1] {msg}")
        if level == "ERROR":
            lines.append(
                "org.elasticsearch.bootstrap.StartupException: java.lang.IllegalStateException: "
                "failed to obtain node locks"
            )
            lines.append(
                "\tat org.elasticsearch.bootstrap.Elasticsearch.init(Elasticsearch.java:173) "
                "~[elasticsearch-7.17.18.jar:7.17.18]"
            )
    write_lines("elasticsearch_console.log", lines)


if __name__ == "__main__":
    serilog()
    docker_text()
    docker_pino()
    cri()
    for shape in (
        log4j2_ecs,
        logback_json,
        logstash_logback,
        azure_function_logs,
        azure_records,
        app_insights_traces,
        lambda_json,
        cloudwatch_export,
        cloudwatch_subscription,
        powertools,
        gcp_log_entries,
        ruby_logger,
        rails_production,
        logcat,
        mysql_error_log,
        zookeeper_log4j,
        elasticsearch_console,
    ):
        shape()
