"""Composed samples for loggers that cannot run here (.NET) and Airflow (too big to install), written after
their source/docs as cited in the report. TZ=UTC. Writes into $WORK."""
import os
import logging, io, sys, time, os
from datetime import datetime, timedelta, timezone

OUT = os.environ.get("WORK", ".")
T0 = datetime(2026, 12, 2, 8, 0, 0, 123456, tzinfo=timezone.utc)
def t(i): return T0 + timedelta(milliseconds=137 * i + (i * i) % 97)

DOTNET_EXC = (
    "System.InvalidOperationException: Order 100236 could not be saved: \"db-1\" refused connection\n"
    " ---> Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.0.7:5432\n"
    "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)\n"
    "   --- End of inner exception stack trace ---\n"
    "   at Shop.Orders.OrderService.SaveAsync(Order order) in /src/Shop/Orders/OrderService.cs:line 42\n"
    "   at Shop.Orders.OrdersController.Post(OrderDto dto) in /src/Shop/Orders/OrdersController.cs:line 27")

# (level(.NET), category, message, exception)
EVENTS = [
    ("Information", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080", None),
    ("Information", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down.", None),
    ("Information", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production", None),
    ("Information", "Microsoft.Hosting.Lifetime", 0, "Content root path: /app", None),
    ("Trace", "Shop.Payments.GatewayClient", 0, "Polling gateway queue depth=0", None),
    ("Debug", "Shop.Orders.OrderService", 0, "Building order 100234 with 3 items", None),
    ("Information", "Shop.Orders.OrderService", 1001, "Order 100234 accepted: total=59.90 EUR", None),
    ("Information", "Shop.Auth.LoginHandler", 0, "User Zoë Łukasz-Søren logged in from München", None),
    ("Information", "Shop.Orders.OrderService", 0, "日本語のメッセージ: 注文を受け付けました", None),
    ("Warning", "Shop.Payments.GatewayClient", 2002, "Payment gateway latency 1840ms exceeds budget 1000ms", None),
    ("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, "Request starting HTTP/1.1 GET http://shop/api/orders/100234 - - -", None),
    ("Information", "Shop.Orders.OrdersController", 0, "Request \"GET /api/orders/100234\" completed with 200 in 45ms", None),
    ("Error", "Shop.Orders.OrdersController", 3003, "Saving order 100236 failed", DOTNET_EXC),
    ("Information", "Shop.Config", 0, "Configuration reloaded:\n  MaxConnections=100\n  Timeout=00:00:30", None),
    ("Critical", "Shop.Storage.DiskMonitor", 0, "Disk usage at 97% on /var/lib/shop", None),
    ("Information", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down...", None),
]
NORM = {"Trace": "DEBUG", "Debug": "DEBUG", "Information": "INFO", "Warning": "WARN", "Error": "ERROR", "Critical": "FATAL"}

def write(name, lines, expected):
    with open(f"{OUT}/{name}.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))
    import json
    with open(f"{OUT}/{name}.expected.jsonl", "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")

def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"

# 1. Microsoft.Extensions.Logging SimpleConsoleFormatter, defaults (no timestamp, not single line, no colours
#    because output is redirected): dotnet/runtime src/libraries/Microsoft.Extensions.Logging.Console/src/SimpleConsoleFormatter.cs
short = {"Trace": "trce", "Debug": "dbug", "Information": "info", "Warning": "warn", "Error": "fail", "Critical": "crit"}
pad = " " * 6
lines, exp, n = [], [], 1
for lvl, cat, eid, msg, exc in EVENTS:
    rec = f"{short[lvl]}: {cat}[{eid}]\n" + pad + msg.replace("\n", "\n" + pad) + "\n"
    if exc:
        rec += pad + exc.replace("\n", "\n" + pad) + "\n"
    lines.append(rec)
    exp.append({"line": n, "time": None, "level": NORM[lvl], "service": cat, "host": None, "message": msg.split("\n")[0]})
    n += rec.count("\n")
write("dotnet_simpleconsole", lines, exp)

# 2. NLog 5 default target layout ${longdate}|${level:uppercase=true}|${logger}|${message:withexception=true}
#    (NLog wiki SimpleLayout; MessageLayoutRenderer.ExceptionSeparator default "|"; longdate = yyyy-MM-dd HH:mm:ss.ffff local)
nl = {"Trace": "TRACE", "Debug": "DEBUG", "Information": "INFO", "Warning": "WARN", "Error": "ERROR", "Critical": "FATAL"}
lines, exp, n = [], [], 1
for i, (lvl, cat, eid, msg, exc) in enumerate(EVENTS):
    d = t(i)
    longdate = d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 100:04d}"
    rec = f"{longdate}|{nl[lvl]}|{cat}|{msg}" + (f"|{exc}" if exc else "") + "\n"
    lines.append(rec)
    exp.append({"line": n, "time": iso(d), "level": NORM[lvl], "service": cat, "host": None, "message": msg.split("\n")[0]})
    n += rec.count("\n")
write("nlog_default", lines, exp)

# 3. log4net PatternLayout "%date [%thread] %-5level %logger - %message%newline" (the log4net config examples);
#    %date = ISO8601 yyyy-MM-dd HH:mm:ss,fff; the layout ignores exceptions, so the appender writes
#    exception.ToString() + newline after it. log4net levels DEBUG INFO WARN ERROR FATAL.
l4 = {"Trace": "DEBUG", "Debug": "DEBUG", "Information": "INFO", "Warning": "WARN", "Error": "ERROR", "Critical": "FATAL"}
lines, exp, n = [], [], 1
for i, (lvl, cat, eid, msg, exc) in enumerate(EVENTS):
    if lvl == "Trace":
        continue
    d = t(i)
    thread = "1" if cat.startswith("Microsoft.Hosting") else str(5 + i % 3)
    rec = d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d} [{thread}] {l4[lvl]:<5} {cat} - {msg}\n"
    if exc:
        rec += exc + "\n"
    lines.append(rec)
    exp.append({"line": n, "time": iso(d), "level": NORM[lvl] if lvl != "Trace" else "DEBUG", "service": cat, "host": None, "message": msg.split("\n")[0]})
    n += rec.count("\n")
write("log4net_pattern", lines, exp)

# 4. Airflow 2.6+ task log: log_format "[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s"
#    with airflow.utils.log.timezone_aware.TimezoneAware (asctime = 2022-06-12T13:00:00.123+0000)
AIR = [
    ("taskinstance.py", 1159, "INFO", "Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: shop_etl.load_orders scheduled__2026-12-01T00:00:00+00:00 [queued]>"),
    ("taskinstance.py", 1361, "INFO", "Starting attempt 1 of 3"),
    ("taskinstance.py", 1382, "INFO", "Executing <Task(PythonOperator): load_orders> on 2026-12-01 00:00:00+00:00"),
    ("standard_task_runner.py", 57, "INFO", "Started process 4242 to run task"),
    ("standard_task_runner.py", 84, "INFO", "Running: ['airflow', 'tasks', 'run', 'shop_etl', 'load_orders', 'scheduled__2026-12-01T00:00:00+00:00', '--job-id', '1287', '--raw', '--subdir', 'DAGS_FOLDER/shop_etl.py', '--cfg-path', '/tmp/tmpa3f9c2']"),
    ("task_command.py", 416, "INFO", "Running <TaskInstance: shop_etl.load_orders scheduled__2026-12-01T00:00:00+00:00 [running]> on host worker-1.shop.internal"),
    ("base.py", 73, "INFO", "Using connection ID 'shop_db' for task execution."),
    ("logging_mixin.py", 188, "INFO", "Loaded 1284 orders for customer Zoë Łukasz-Søren (München)"),
    ("shop_etl.py", 31, "DEBUG", "batch 3/7 size=200"),
    ("shop_etl.py", 44, "WARNING", "Skipping 3 rows with \"currency\" = NULL"),
    ("taskinstance.py", 1937, "ERROR", "Task failed with exception"),
    ("taskinstance.py", 1400, "INFO", "Marking task as UP_FOR_RETRY. dag_id=shop_etl, task_id=load_orders, execution_date=20261201T000000, start_date=20261202T080000, end_date=20261202T080004"),
    ("standard_task_runner.py", 104, "ERROR", "Failed to execute job 1287 for task load_orders (relation \"orders_staging\" does not exist; 4242)"),
    ("local_task_job_runner.py", 225, "INFO", "Task exited with return code 1"),
    ("taskinstance.py", 2778, "INFO", "0 downstream tasks scheduled from follow-on schedule check"),
]
TB = ("Traceback (most recent call last):\n"
      "  File \"/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/python.py\", line 192, in execute\n"
      "    return_value = self.execute_callable()\n"
      "  File \"/opt/airflow/dags/shop_etl.py\", line 52, in load_orders\n"
      "    cur.execute(\"INSERT INTO orders_staging SELECT * FROM orders\")\n"
      "psycopg2.errors.UndefinedTable: relation \"orders_staging\" does not exist\n")
lines, exp, n = [], [], 1
for i, (fn, ln, lvl, msg) in enumerate(AIR):
    d = t(i)
    asct = d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}+0000"
    rec = f"[{asct}] {{{fn}:{ln}}} {lvl} - {msg}\n"
    if msg == "Task failed with exception":
        rec += TB
    lines.append(rec)
    exp.append({"line": n, "time": iso(d), "level": {"WARNING": "WARN"}.get(lvl, lvl), "service": None, "host": None, "message": msg})
    n += rec.count("\n")
write("airflow_task", lines, exp)
