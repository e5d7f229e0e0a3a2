"""Composed samples (tools that cannot run here), each written as its documentation says; writes <name>.log and
<name>.expected.jsonl beside this folder. Run: python gen_docs_infra.py"""
import json, os
from datetime import datetime, timezone, timedelta
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
T0 = datetime(2026, 12, 2, 8, 10, 0, 123456, tzinfo=timezone.utc)

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

def write(name, ext, lines, expected):
    with open(os.path.join(OUT, name + ext), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(l + "\n" for l in lines))
    with open(os.path.join(OUT, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")

def rec(line, t, level, service, host, message, **extra):
    return {"line": line, "time": iso(t) if t else None, "level": level, "service": service, "host": host, "message": message, **extra}

# ---------------- MongoDB 4.4+ structured log (mongod.log), docs: https://www.mongodb.com/docs/manual/reference/log-messages/
def mongodb():
    S = {"F": "FATAL", "E": "ERROR", "W": "WARN", "I": "INFO", "D1": "DEBUG", "D2": "DEBUG"}
    items = [
        ("I", "CONTROL", 23285, "main", "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'", None),
        ("I", "NETWORK", 4915701, "main", "Initialized wire specification", {"spec": {"incomingExternalClient": {"minWireVersion": 0, "maxWireVersion": 21}, "isInternalClient": True}}),
        ("W", "ASIO", 22601, "main", "No TransportLayer configured during NetworkInterface startup", None),
        ("I", "CONTROL", 4615611, "initandlisten", "MongoDB starting", {"pid": 2281, "port": 27017, "dbPath": "/var/lib/mongodb", "architecture": "64-bit", "host": "db-1"}),
        ("I", "CONTROL", 23403, "initandlisten", "Build Info", {"buildInfo": {"version": "7.0.14", "gitVersion": "ce59cfc6a3c5e5c067dca0d30697edd68d4f5188"}}),
        ("W", "CONTROL", 22120, "initandlisten", "Access control is not enabled for the database. Read and write access to data and configuration is unrestricted", {"tags": ["startupWarnings"]}),
        ("I", "STORAGE", 22315, "initandlisten", "Opening WiredTiger", {"config": "create,cache_size=7383M,session_max=33000,eviction=(threads_min=4,threads_max=4)"}),
        ("I", "NETWORK", 23015, "listener", "Listening on", {"address": "/tmp/mongodb-27017.sock"}),
        ("I", "NETWORK", 23016, "listener", "Waiting for connections", {"port": 27017, "ssl": "off"}),
        ("I", "NETWORK", 22943, "listener", "Connection accepted", {"remote": "10.0.2.15:52914", "uuid": {"uuid": {"$uuid": "3f2b6c1e-8a4d-4c1b-9e7a-2d5f6a7b8c9d"}}, "connectionId": 12, "connectionCount": 3}),
        ("I", "NETWORK", 51800, "conn12", "client metadata", {"remote": "10.0.2.15:52914", "client": "conn12", "doc": {"driver": {"name": "PyMongo", "version": "4.6.1"}, "application": {"name": "café-orders"}}}),
        ("I", "COMMAND", 51803, "conn12", "Slow query", {"type": "command", "ns": "shop.orders", "command": {"find": "orders", "filter": {"customer": "O\"Brien", "orderId": 1234}}, "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": 182345, "nreturned": 1, "durationMillis": 412}),
        ("E", "QUERY", 20325, "conn12", "Plan executor error during find command", {"error": {"code": 292, "codeName": "QueryExceededMemoryLimitNoDiskUseAllowed", "errmsg": "Sort exceeded memory limit of 104857600 bytes"}, "stats": {}, "cmd": {"find": "orders"}}),
        ("W", "NETWORK", 4615610, "conn12", "Failed to check socket connectivity", {"error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Connection reset by peer"}}),
        ("I", "ACCESS", 20249, "conn13", "Authentication failed", {"mechanism": "SCRAM-SHA-256", "speculative": False, "principalName": "orders_app", "authenticationDatabase": "admin", "remote": "10.0.2.16:40112", "extraInfo": {}, "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}),
        ("D1", "REPL", 21401, "ReplCoord-0", "Scheduling heartbeat", {"target": "db-2:27017", "when": {"$date": "2026-12-02T08:10:02.123Z"}}),
        ("D2", "STORAGE", 22430, "WTCheckpointThread", "WiredTiger message", {"message": {"ts_sec": 1796199000, "ts_usec": 123456, "thread": "2281:0x7f3c", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS", "verbose_level": "DEBUG_1", "msg": "saving checkpoint snapshot min: 37, snapshot max: 37"}}),
        ("I", "NETWORK", 22944, "conn12", "Connection ended", {"remote": "10.0.2.15:52914", "uuid": {"uuid": {"$uuid": "3f2b6c1e-8a4d-4c1b-9e7a-2d5f6a7b8c9d"}}, "connectionId": 12, "connectionCount": 2}),
        ("I", "CONTROL", 23377, "SignalHandler", "Received signal", {"signal": 15, "error": "Terminated"}),
        ("F", "STORAGE", 28595, "initandlisten", "Terminating.", {"reason": "13: Permission denied"}),
        ("F", "-", 23091, "initandlisten", "Fatal assertion", {"msgid": 28595, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp", "line": 708}),
        ("I", "CONTROL", 20565, "SignalHandler", "Now exiting", None),
    ]
    lines, exp = [], []
    for i, (s, c, id_, ctx, msg, attr) in enumerate(items):
        t = T0 + timedelta(milliseconds=317 * i)
        # mongod pads "s" to 2 chars, "c" to 8, "id" to 8 (logv2 JSON formatter), offset from --timeStampFormat iso8601-local (UTC here)
        head = '{"t":{"$date":"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f'{t.microsecond // 1000:03d}+00:00"}},'
        head += '"s":' + (json.dumps(s) + ",").ljust(5) + ' "c":' + (json.dumps(c) + ",").ljust(11) + ' "id":' + (str(id_) + ",").ljust(9) + ' "ctx":' + json.dumps(ctx) + ',"msg":' + json.dumps(msg)
        if attr is not None:
            head += ',"attr":' + json.dumps(attr, separators=(",", ":"), ensure_ascii=False)
        if s == "W" and c == "CONTROL":
            head += ',"tags":["startupWarnings"]'
        lines.append(head + "}")
        exp.append(rec(i + 1, t, S[s], c, None, msg))
    write("mongodb_json", ".jsonl", lines, exp)

# ---------------- Cassandra system.log: conf/logback.xml SYSTEMLOG pattern "%-5level [%thread] %date{ISO8601} %F:%L - %msg%n"
def cassandra():
    items = [
        ("INFO", "main", "YamlConfigurationLoader.java", 104, "Configuration location: file:/etc/cassandra/cassandra.yaml", None),
        ("INFO", "main", "CassandraDaemon.java", 620, "Hostname: cass-1:7000:7001", None),
        ("INFO", "main", "CassandraDaemon.java", 627, "JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.24", None),
        ("WARN", "main", "StartupChecks.java", 311, "Maximum number of memory map areas per process (vm.max_map_count) 65530 is too low, recommended value: 1048575, you can change it with sysctl.", None),
        ("WARN", "main", "NativeLibrary.java", 201, "Unable to lock JVM memory (ENOMEM). This can result in part of the JVM being swapped out, especially with mmapped I/O enabled. Increase RLIMIT_MEMLOCK.", None),
        ("INFO", "main", "ColumnFamilyStore.java", 499, "Initializing system.local", None),
        ("INFO", "main", "StorageService.java", 868, "Cassandra version: 4.1.5", None),
        ("INFO", "ScheduledTasks:1", "StatusLogger.java", 65, "Pool Name                                     Active   Pending      Completed   Blocked  All Time Blocked", None),
        ("INFO", "MemtableFlushWriter:3", "Flushing.java", 145, "Writing Memtable-orders@1234567(2.345MiB serialized bytes, 18234 ops, 1.234%/0.000% of on/off-heap limit), flushed range = [min(-9223372036854775808), max(9223372036854775807))", None),
        ("INFO", "CompactionExecutor:7", "CompactionTask.java", 253, "Compacted (4f1a2b30-8f4e-11ef-9c3b-1d2e3f4a5b6c) 4 sstables to [/var/lib/cassandra/data/shop/orders-1b2c3d/nb-41-big,] to level=0.  12.345MiB to 11.987MiB (~97% of original) in 1,234ms.  Read Throughput = 10.003MiB/s, Write Throughput = 9.713MiB/s, Row Throughput = ~18,234/s.  1,234 total partitions merged to 1,200.  Partition merge counts were {1:1166, 2:34, }", None),
        ("WARN", "Native-Transport-Requests-2", "NoSpamLogger.java", 108, "Query for table café_orders.\"Line Items\" exceeded 1000 tombstones: SELECT * FROM shop.orders WHERE id = 1234 LIMIT 5000", None),
        ("INFO", "GossipStage:1", "Gossiper.java", 1369, "Node /10.0.3.12:7000 is now part of the cluster", None),
        ("INFO", "GossipStage:1", "Gossiper.java", 1332, "InetAddress /10.0.3.12:7000 is now UP", None),
        ("ERROR", "Native-Transport-Requests-5", "ErrorMessage.java", 457, "Unexpected exception during request", [
            "java.io.IOException: Connection reset by peer",
            "\tat java.base/sun.nio.ch.FileDispatcherImpl.read0(Native Method)",
            "\tat java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)",
            "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:496)",
            "\tat java.base/java.lang.Thread.run(Thread.java:829)"]),
        ("INFO", "HintsDispatcher:2", "HintsDispatchExecutor.java", 289, "Finished hinted handoff of file 5f6e7d8c-1a2b-3c4d-5e6f-7a8b9c0d1e2f-1796199000123-2.hints to endpoint /10.0.3.12:7000: 5f6e7d8c-1a2b-3c4d-5e6f-7a8b9c0d1e2f", None),
        ("WARN", "GossipTasks:1", "FailureDetector.java", 331, "Not marking nodes down due to local pause of 8123456789ns > 5000000000ns", None),
        ("ERROR", "MutationStage-3", "JVMStabilityInspector.java", 103, "Exiting due to error while processing commit log during initialization.", [
            "org.apache.cassandra.db.commitlog.CommitLogReadHandler$CommitLogReadException: Could not read commit log descriptor in file /var/lib/cassandra/commitlog/CommitLog-7-1796199000123.log",
            "\tat org.apache.cassandra.db.commitlog.CommitLogReplayer.handleCommitLogReadException(CommitLogReplayer.java:480)",
            "\tat org.apache.cassandra.service.CassandraDaemon.main(CassandraDaemon.java:744)"]),
        ("INFO", "StorageServiceShutdownHook", "HintsService.java", 222, "Paused hints dispatch", None),
        ("INFO", "StorageServiceShutdownHook", "Server.java", 171, "Stop listening for CQL clients", None),
    ]
    lines, exp = [], []
    for i, (lvl, th, f, ln, msg, trace) in enumerate(items):
        t = T0 + timedelta(milliseconds=1234 * i)
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        exp.append(rec(len(lines) + 1, t, lvl if lvl != "WARN" else "WARN", None, None, msg))
        lines.append(f"{lvl:<5} [{th}] {ts} {f}:{ln} - {msg}")
        lines.extend(trace or [])
    write("cassandra_system", ".log", lines, exp)

# ---------------- Envoy application log, default --log-format "[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v"
# https://www.envoyproxy.io/docs/envoy/latest/operations/cli#cmdoption-log-format
def envoy():
    L = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR", "critical": "FATAL"}
    items = [
        (1, "info", "main", "source/server/server.cc", 430, "initializing epoch 0 (base id=0, hot restart version=11.104)"),
        (1, "info", "main", "source/server/server.cc", 432, "statically linked extensions:"),
        (1, "info", "main", "source/server/server.cc", 434, "  envoy.access_loggers: envoy.access_loggers.file, envoy.access_loggers.stderr, envoy.access_loggers.stdout"),
        (1, "info", "main", "source/server/server.cc", 894, "runtime: {}"),
        (1, "warning", "main", "source/server/server.cc", 850, "No admin address given, so no admin HTTP server started."),
        (1, "info", "config", "source/server/configuration_impl.cc", 131, "loading tracing configuration"),
        (1, "info", "config", "source/server/configuration_impl.cc", 91, "loading 0 static secret(s)"),
        (1, "info", "config", "source/server/configuration_impl.cc", 97, "loading 2 cluster(s)"),
        (1, "info", "upstream", "source/common/upstream/cluster_manager_impl.cc", 222, "cm init: all clusters initialized"),
        (1, "info", "main", "source/server/server.cc", 938, "all clusters initialized. initializing init manager"),
        (1, "info", "config", "source/common/listener_manager/listener_manager_impl.cc", 944, "all dependencies initialized. starting workers"),
        (1, "info", "main", "source/server/server.cc", 957, "starting main dispatch loop"),
        (14, "debug", "conn_handler", "source/common/listener_manager/active_tcp_listener.cc", 160, "[Tags: \"ConnectionId\":\"12\"] new connection from 10.0.5.7:51234"),
        (14, "debug", "http", "source/common/http/conn_manager_impl.cc", 393, "[Tags: \"ConnectionId\":\"12\"] new stream"),
        (14, "trace", "http", "source/common/http/http1/codec_impl.cc", 577, "[Tags: \"ConnectionId\":\"12\"] parsing 78 bytes"),
        (14, "debug", "router", "source/common/router/router.cc", 514, "[Tags: \"ConnectionId\":\"12\",\"StreamId\":\"8812345678901234567\"] cluster 'orders_service' match for URL '/api/orders/1234?q=café'"),
        (14, "warning", "upstream", "source/common/upstream/health_checker_impl.cc", 330, "health check failed for host 10.0.6.21:8080 in cluster orders_service: \"connection refused\""),
        (15, "error", "envoy_bug", "source/common/network/connection_impl.cc", 1012, "envoy bug failure: !socket_->isOpen(). Details: connection 1234 closed twice"),
        (1, "warning", "config", "source/extensions/config_subscription/grpc/grpc_stream.h", 155, "StreamAggregatedResources gRPC config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
        (1, "critical", "backtrace", "source/server/backtrace.h", 104, "Caught Segmentation fault, suspect faulting address 0x0"),
        (1, "critical", "backtrace", "source/server/backtrace.h", 91, "Backtrace (use tools/stack_decode.py to get line numbers):"),
        (1, "critical", "backtrace", "source/server/backtrace.h", 92, "Envoy version: 6ea1a5ba7c4b16f7d3a8c4a1ce1b8e6e2f5c1d02/1.31.2/Clean/RELEASE/BoringSSL"),
        (1, "info", "main", "source/server/server.cc", 1006, "shutting down server instance"),
    ]
    lines, exp = [], []
    for i, (tid, lvl, name, src, ln, msg) in enumerate(items):
        t = T0 + timedelta(milliseconds=7 * i + (900 if i > 11 else 0))
        ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
        lines.append(f"[{ts}][{tid}][{lvl}][{name}] [{src}:{ln}] {msg}")
        exp.append(rec(i + 1, t, L[lvl], name, None, msg))
    write("envoy_default", ".log", lines, exp)

# ---------------- Envoy access log, default format (https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#default-format-string)
def envoy_access():
    reqs = [("GET", "/api/orders/1234", "HTTP/1.1", 200, "-", 0, 312, 12, "11"),
            ("POST", "/api/orders", "HTTP/1.1", 201, "-", 245, 87, 31, "30"),
            ("GET", "/api/orders/9999", "HTTP/2", 404, "-", 0, 23, 3, "2"),
            ("GET", "/healthz", "HTTP/1.1", 200, "-", 0, 2, 0, "-"),
            ("GET", "/api/search?q=caf%C3%A9", "HTTP/1.1", 503, "UF,URX", 0, 91, 1002, "-"),
            ("PUT", "/api/orders/1234/cancel", "HTTP/1.1", 504, "UT", 18, 24, 15000, "-"),
            ("GET", "/static/app.js", "HTTP/2", 304, "-", 0, 0, 1, "1"),
            ("DELETE", "/api/carts/77", "HTTP/1.1", 403, "RBAC", 0, 19, 0, "-"),
            ("GET", "/api/orders/1234", "HTTP/1.1", 0, "DC", 0, 0, 4, "-"),
            ("GET", "/ws", "HTTP/1.1", 101, "-", 1234, 5678, 60231, "1")]
    lines, exp = [], []
    for i, (m, p, proto, st, flags, rx, tx, dur, ust) in enumerate(reqs):
        t = T0 + timedelta(milliseconds=2345 * i)
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        ua = 'Mozilla/5.0 (X11; Linux x86_64) "quoted"' if i == 4 else "curl/8.5.0"
        rid = f"5f0c9a1e-2b3d-4c5e-8f70-{i:012d}"
        lines.append(f'[{ts}] "{m} {p} {proto}" {st} {flags} {rx} {tx} {dur} {ust} "10.0.5.{7 + i}" "{ua}" "{rid}" "shop.example.com" "10.0.6.21:8080"')
        exp.append(rec(i + 1, t, None, None, None, f"{m} {p} {proto}", status=st))
    write("envoy_access", ".log", lines, exp)

# ---------------- Traefik v3 default log (zerolog console, no colour) and access log "common" format
# https://doc.traefik.io/traefik/observability/logs/ , https://doc.traefik.io/traefik/observability/access-logs/
def traefik():
    L = {"TRC": "DEBUG", "DBG": "DEBUG", "INF": "INFO", "WRN": "WARN", "ERR": "ERROR", "FTL": "FATAL", "PNC": "FATAL"}
    items = [
        ("INF", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:103", "Traefik version 3.1.2 built on 2024-08-06T13:37:49Z", "version=3.1.2"),
        ("INF", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:110", "Stats collection is disabled.", ""),
        ("INF", "github.com/traefik/traefik/v3/pkg/server/configurationwatcher.go:73", "Starting provider aggregator *aggregator.ProviderAggregator", ""),
        ("INF", "github.com/traefik/traefik/v3/pkg/server/configurationwatcher.go:73", "Starting provider *docker.Provider", ""),
        ("WRN", "github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:87", "Error while getting Docker server version", "error=\"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\" providerName=docker"),
        ("DBG", "github.com/traefik/traefik/v3/pkg/server/service/service.go:285", "Creating load-balancer", "entryPointName=websecure routerName=orders@file serviceName=orders@file"),
        ("ERR", "github.com/traefik/traefik/v3/pkg/server/router/router.go:177", "Router uses a nonexistent certificate resolver", "certificateResolver=letsencrypt entryPointName=websecure routerName=café@docker"),
        ("ERR", "github.com/traefik/traefik/v3/pkg/provider/acme/provider.go:472", "Unable to obtain ACME certificate for domains", "ACME CA=https://acme-v02.api.letsencrypt.org/directory acmeCA=https://acme-v02.api.letsencrypt.org/directory domains=[\"shop.example.com\"] error=\"unable to generate a certificate for the domains [shop.example.com]: error: one or more domains had a problem\" providerName=letsencrypt.acme routerName=shop@docker rule=Host(`shop.example.com`)"),
        ("INF", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:166", "I have to go...", ""),
        ("INF", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:167", "Stopping server gracefully", ""),
        ("FTL", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:92", "Command error", "error=\"command traefik error: error while building entryPoint web: error preparing server: error opening listener: listen tcp :80: bind: address already in use\""),
    ]
    lines, exp = [], []
    for i, (lvl, caller, msg, kv) in enumerate(items):
        t = T0 + timedelta(seconds=i)
        ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f"{ts} {lvl} {caller} > {msg}" + (f" {kv}" if kv else ""))
        exp.append({"line": i + 1, "time": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "level": L[lvl], "service": None, "host": None, "message": msg})
    write("traefik_v3_default", ".log", lines, exp)
    reqs = [("GET", "/api/orders/1234", 200, 312, "orders@docker", "http://172.18.0.5:8080", 12),
            ("POST", "/api/orders", 201, 87, "orders@docker", "http://172.18.0.5:8080", 31),
            ("GET", "/api/orders/9999", 404, 19, "orders@docker", "http://172.18.0.6:8080", 3),
            ("GET", "/favicon.ico", 404, 19, "-", "-", 0),
            ("GET", "/search?q=caf%C3%A9", 502, 11, "shop@docker", "http://172.18.0.7:3000", 1002),
            ("GET", "/", 301, 17, "web-to-websecure@file", "-", 0),
            ("PUT", "/api/carts/77", 500, 21, "carts@docker", "http://172.18.0.8:8080", 45),
            ("GET", "/dashboard/", 200, 1734, "dashboard@internal", "-", 1)]
    lines, exp = [], []
    for i, (m, p, st, size, router, server, dur) in enumerate(reqs):
        t = T0 + timedelta(seconds=3 * i)
        ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        ua = 'Mozilla/5.0 (X11; Linux x86_64) "quoted"' if i == 2 else "curl/8.5.0"
        lines.append(f'10.0.7.{10 + i} - - [{ts}] "{m} {p} HTTP/1.1" {st} {size} "-" "{ua}" {i + 1} "{router}" "{server}" {dur}ms')
        exp.append({"line": i + 1, "time": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "level": None, "service": None, "host": None, "message": f"{m} {p} HTTP/1.1", "status": st})
    write("traefik_access_common", ".log", lines, exp)

# ---------------- AWS ALB access log (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html)
def alb():
    reqs = [("http", 200, 200, "GET http://shop.example.com:80/api/orders/1234 HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("https", 201, 201, "POST https://shop.example.com:443/api/orders HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("https", 404, 404, "GET https://shop.example.com:443/api/orders/9999 HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("http", 301, "-", "GET http://shop.example.com:80/ HTTP/1.1", '"redirect"', '"https://shop.example.com:443/"', '"-"'),
            ("h2", 502, "-", "GET https://shop.example.com:443/search?q=caf%C3%A9 HTTP/2.0", '"forward"', '"-"', '"Target.ResponseCodeMismatch"'),
            ("https", 503, "-", "GET https://shop.example.com:443/api/carts/77 HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("https", 460, "-", "PUT https://shop.example.com:443/api/orders/1234 HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("ws", 101, 101, "GET http://shop.example.com:80/ws HTTP/1.1", '"forward"', '"-"', '"-"'),
            ("https", 200, 200, "GET https://shop.example.com:443/static/app.js HTTP/1.1", '"waf,forward"', '"-"', '"-"'),
            ("https", 403, "-", "GET https://shop.example.com:443/admin HTTP/1.1", '"waf"', '"-"', '"-"')]
    lines, exp = [], []
    for i, (typ, est, tst, req, actions, redirect, err) in enumerate(reqs):
        t = T0 + timedelta(microseconds=1_234_567 * i)
        created = t - timedelta(milliseconds=35)
        f = lambda x: x.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        target = "-" if tst == "-" and est in (301, 460, 403) else f"10.0.1.{20 + i % 3}:8080"
        tpt = "-1" if target == "-" or est in (502, 503) else "0.012"
        ua = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0" if i == 2 else "curl/8.5.0"
        ssl = ("ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2") if typ in ("https", "h2") else ("-", "-")
        lines.append(f'{typ} {f(t)} app/shop-alb/50dc6c495c0c9188 203.0.113.{10 + i}:{40000 + i} {target} 0.000 {tpt} 0.000 {est} {tst} {34 + i} {366 + 10 * i} "{req}" "{ua}" {ssl[0]} {ssl[1]} arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-tg/73e2d6bc24d8a067 "Root=1-6751a6c0-{i:024x}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" {i} {f(created)} {actions} {redirect} {err} "{target}" "{tst}" "-" "-" TID_{i:032x}')
        exp.append(rec(i + 1, t, None, None, None, req, status=est))
    write("aws_alb_access", ".log", lines, exp)

# ---------------- S3 server access log (https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html)
def s3():
    ops = [("REST.GET.OBJECT", "invoices/2026/1234.pdf", "GET /shop-invoices/invoices/2026/1234.pdf HTTP/1.1", 200, "-", 48213),
           ("REST.PUT.OBJECT", "invoices/2026/1235.pdf", "PUT /shop-invoices/invoices/2026/1235.pdf HTTP/1.1", 200, "-", 0),
           ("REST.GET.OBJECT", "invoices/2026/9999.pdf", "GET /shop-invoices/invoices/2026/9999.pdf HTTP/1.1", 404, "NoSuchKey", 243),
           ("REST.GET.BUCKET", "-", "GET /shop-invoices?list-type=2&prefix=invoices%2F2026%2F HTTP/1.1", 200, "-", 1234),
           ("REST.HEAD.OBJECT", "reports/caf%C3%A9-menu.pdf", "HEAD /shop-invoices/reports/caf%C3%A9-menu.pdf HTTP/1.1", 200, "-", "-"),
           ("REST.DELETE.OBJECT", "tmp/upload-77", "DELETE /shop-invoices/tmp/upload-77 HTTP/1.1", 204, "-", "-"),
           ("REST.GET.OBJECT", "private/keys.txt", "GET /shop-invoices/private/keys.txt HTTP/1.1", 403, "AccessDenied", 243),
           ("REST.PUT.OBJECT", "uploads/big.bin", "PUT /shop-invoices/uploads/big.bin HTTP/1.1", 503, "SlowDown", 300),
           ("BATCH.DELETE.OBJECT", "tmp/upload-78", "-", 204, "-", "-"),
           ("REST.GET.VERSIONING", "-", "GET /shop-invoices?versioning HTTP/1.1", 200, "-", 113)]
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    lines, exp = [], []
    for i, (op, key, uri, st, err, sent) in enumerate(ops):
        t = (T0 + timedelta(seconds=17 * i)).replace(microsecond=0)
        ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        ua = 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64 prompt/off command/s3.cp' if i == 1 else "S3Console/0.4"
        uri_f = f'"{uri}"' if uri != "-" else "-"
        lines.append(f'{owner} shop-invoices [{ts}] 192.0.2.{3 + i} arn:aws:iam::123456789012:user/deploy 3E57427F3EXAMPL{i} {op} {key} {uri_f} {st} {err} {sent} {"-" if op != "REST.PUT.OBJECT" else 48213} {7 + i} {6 + i if st < 500 else "-"} "-" "{ua}" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi3{i}234= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader shop-invoices.s3.eu-west-1.amazonaws.com TLSv1.2 - -')
        exp.append(rec(i + 1, t, None, None, None, uri if uri != "-" else op, status=st))
    write("aws_s3_access", ".log", lines, exp)

# ---------------- CloudFront standard log (legacy), W3C with #Version/#Fields, tab-separated
# https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
def cloudfront():
    fields = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"
    lines = ["#Version: 1.0", "#Fields: " + fields]
    exp = []
    reqs = [("GET", "/index.html", 200, "-", "Hit"), ("GET", "/static/app.js", 200, "-", "Miss"),
            ("GET", "/api/orders/1234", 200, "-", "Miss"), ("GET", "/search", 200, "q=caf%C3%A9", "Miss"),
            ("GET", "/missing.png", 404, "-", "Error"), ("POST", "/api/orders", 502, "-", "Error"),
            ("GET", "/favicon.ico", 304, "-", "RefreshHit"), ("HEAD", "/", 403, "-", "Error"),
            ("GET", "/video/intro.mp4", 206, "-", "Hit"), ("OPTIONS", "/api/orders", 204, "-", "Miss")]
    for i, (m, stem, st, q, res) in enumerate(reqs):
        t = (T0 + timedelta(seconds=5 * i)).replace(microsecond=0)
        ua = "Mozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/120.0.0.0%20Safari/537.36" if i != 3 else "curl/8.5.0%20%22quoted%22"
        row = [t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "FRA56-P3", str(1234 + 100 * i), f"198.51.100.{20 + i}", m, "d111111abcdef8.cloudfront.net", stem, str(st), "-", ua, q, "-", res,
               f"SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ=={i}", "shop.example.com", "https", str(200 + i), f"{0.001 * (i + 1):.3f}", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", res, "HTTP/2.0", "-", "-", str(50000 + i), f"{0.001 * (i + 1):.3f}", res, "text/html", str(1234 + 100 * i), "-", "-"]
        lines.append("\t".join(row))
        exp.append(rec(len(lines), t, None, None, None, f"{m} {stem}", status=st))
    write("aws_cloudfront_standard", ".log", lines, exp)

# ---------------- IIS W3C extended log, IIS 10 default fields (https://learn.microsoft.com/iis/configuration/system.applicationhost/sites/site/logfile/)
def iis():
    lines = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-12-02 08:10:00",
             "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]
    exp = []
    reqs = [("GET", "/", "-", 200, 0, 0, "-"), ("GET", "/api/orders/1234", "-", 200, 0, 0, "SHOP\\alice"),
            ("POST", "/api/orders", "-", 201, 0, 0, "SHOP\\alice"), ("GET", "/api/orders/9999", "-", 404, 0, 2, "-"),
            ("GET", "/search", "q=caf%C3%A9", 200, 0, 0, "-"), ("GET", "/admin", "-", 401, 2, 5, "-"),
            ("GET", "/admin", "-", 401, 1, 2148074254, "-"), ("GET", "/reports/export.aspx", "id=1234", 500, 0, 0, "SHOP\\bob"),
            ("GET", "/bigfile.zip", "-", 200, 0, 64, "-"), ("GET", "/app/api/slow", "-", 503, 0, 0, "-")]
    for i, (m, stem, q, st, sub, win, user) in enumerate(reqs):
        t = (T0 + timedelta(seconds=9 * i)).replace(microsecond=0)
        ua = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36"
        ref = "https://shop.example.com/" if i % 3 == 1 else "-"
        lines.append(f"{t.strftime('%Y-%m-%d %H:%M:%S')} 10.0.0.4 {m} {stem} {q} 443 {user} 203.0.113.{50 + i} {ua} {ref} {st} {sub} {win} {15 + 7 * i}")
        exp.append(rec(len(lines), t, None, None, None, f"{m} {stem}", status=st))
    write("iis_w3c", ".log", lines, exp)

# ---------------- Linux audit log /var/log/audit/audit.log, auditd 3.0 default log_format = ENRICHED
# (https://github.com/linux-audit/audit-userspace/blob/master/docs/auditd.conf.5 "log_format", RHEL 9 Security hardening ch. 11 "Understanding Audit log files")
def auditd():
    GS = "\x1d"
    ev = []
    base = 1796199000.123
    def a(typ, ts, serial, body, enr=""):
        ev.append((typ, ts, serial, body, enr))
    a("DAEMON_START", base, 2321, 'op=start ver=3.0.9 format=enriched kernel=6.1.0-26-amd64 auid=4294967295 pid=612 uid=0 ses=4294967295 subj=unconfined res=success', ' AUID="unset" UID="root"')
    a("CONFIG_CHANGE", base + 0.210, 5, 'op=set audit_backlog_limit=8192 old=64 auid=4294967295 ses=4294967295 subj=unconfined res=1', ' AUID="unset"')
    a("SERVICE_START", base + 1.5, 61, "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='unit=ssh comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'", ' UID="root" AUID="unset"')
    a("USER_AUTH", base + 10.25, 812, "pid=2231 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=PAM:authentication grantors=? acct=\"admin\" exe=\"/usr/sbin/sshd\" hostname=203.0.113.45 addr=203.0.113.45 terminal=ssh res=failed'", ' UID="root" AUID="unset"')
    a("USER_LOGIN", base + 10.26, 813, "pid=2231 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=login acct=\"admin\" exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.45 terminal=sshd res=failed'", ' UID="root" AUID="unset"')
    a("USER_START", base + 20.5, 830, "pid=2245 uid=0 auid=1001 ses=17 subj=unconfined msg='op=PAM:session_open grantors=pam_selinux,pam_loginuid,pam_keyinit,pam_permit,pam_umask,pam_unix,pam_systemd,pam_mail,pam_limits,pam_env,pam_env,pam_selinux,pam_tty_audit acct=\"deploy\" exe=\"/usr/sbin/sshd\" hostname=198.51.100.7 addr=198.51.100.7 terminal=ssh res=success'", ' UID="root" AUID="deploy"')
    for typ, body, enr in [
        ("SYSCALL", 'arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1=7ffd1c2e3f40 a2=0 a3=0 items=1 ppid=2246 pid=2290 auid=1001 uid=1001 gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 sgid=1001 fsgid=1001 tty=pts0 ses=17 comm="cat" exe="/usr/bin/cat" subj=unconfined key="shadow-watch"', ' ARCH=x86_64 SYSCALL=openat AUID="deploy" UID="deploy" GID="deploy" EUID="deploy" SUID="deploy" FSUID="deploy" EGID="deploy" SGID="deploy" FSGID="deploy"'),
        ("CWD", 'cwd="/home/deploy/café"', ""),
        ("PATH", 'item=0 name="/etc/shadow" inode=1050 dev=08:01 mode=0100640 ouid=0 ogid=42 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0', ' OUID="root" OGID="shadow"'),
        ("PROCTITLE", "proctitle=636174002F6574632F736861646F77", "")]:
        a(typ, base + 25.004, 24287, body, enr)
    a("USER_CMD", base + 30.75, 24301, "pid=2290 uid=1001 auid=1001 ses=17 subj=unconfined msg='cwd=\"/home/deploy\" cmd=73797374656D63746C20726573746172742073686F702D617069 exe=\"/usr/bin/sudo\" terminal=pts/0 res=success'", ' UID="deploy" AUID="deploy"')
    a("ANOM_ABEND", base + 41.0, 24330, 'auid=4294967295 uid=1002 gid=1002 ses=4294967295 subj=unconfined pid=2301 comm="shop-api" exe="/usr/bin/python3.11" sig=11 res=1', ' AUID="unset" UID="shop" GID="shop" SIG=SIGSEGV')
    a("AVC", base + 45.5, 24340, 'apparmor="DENIED" operation="open" class="file" profile="/usr/sbin/nginx" name="/srv/shop/secrets.env" pid=2402 comm="nginx" requested_mask="r" denied_mask="r" fsuid=33 ouid=0', ' FSUID="www-data" OUID="root"')
    a("USER_END", base + 60.2, 24399, "pid=2245 uid=0 auid=1001 ses=17 subj=unconfined msg='op=PAM:session_close grantors=pam_selinux,pam_loginuid,pam_keyinit,pam_permit,pam_umask,pam_unix,pam_systemd,pam_mail,pam_limits,pam_env,pam_env,pam_selinux,pam_tty_audit acct=\"deploy\" exe=\"/usr/sbin/sshd\" hostname=198.51.100.7 addr=198.51.100.7 terminal=ssh res=success'", ' UID="root" AUID="deploy"')
    a("DAEMON_END", base + 70.0, 2322, 'op=terminate auid=0 uid=0 ses=4294967295 subj=unconfined pid=1 res=success', ' AUID="root" UID="root"')
    lines, exp = [], []
    for i, (typ, ts, serial, body, enr) in enumerate(ev):
        tss = f"{ts:.3f}"
        line = f"type={typ} msg=audit({tss}:{serial}): {body}" + (GS + enr.lstrip() if enr else "")
        lines.append(line)
        t = datetime.fromtimestamp(int(tss.split(".")[0]), timezone.utc).replace(microsecond=int(tss.split(".")[1]) * 1000)
        exp.append(rec(i + 1, t, None, None, None, body + (GS + enr.lstrip() if enr else "")))
    write("auditd_enriched", ".log", lines, exp)

for fn in (mongodb, cassandra, envoy, envoy_access, traefik, alb, s3, cloudfront, iis, auditd):
    fn()
