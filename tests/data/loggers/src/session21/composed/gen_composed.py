"""Composes the files of tools that cannot run here, each after the layout its own source or docs give.
Times are fixed (2026-12-02, UTC). Writes to ../out/. See ../../README.md for the sources."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out")
def w(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

JTRACE = ["java.lang.IllegalStateException: payment «declined» for order \"A-17\"",
          "\tat com.shop.pay.Gateway.charge(Gateway.java:88)",
          "\tat com.shop.pay.Checkout.run(Checkout.java:41)",
          "\tat java.base/java.lang.Thread.run(Thread.java:833)",
          "Caused by: java.net.SocketTimeoutException: Read timed out",
          "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:183)",
          "\t... 3 more"]

# 1. Elasticsearch 8 server log (ECS JSON, logs/<cluster>_server.json / docker stdout)
def es8():
    base = lambda ts, lvl, logger, msg, thread="main", extra=None: (
        '{"@timestamp":"%s", "log.level": "%s", "message":%s, "ecs.version": "1.2.0","service.name":"ES_ECS",'
        '"event.dataset":"elasticsearch.server","process.thread.name":%s,"log.logger":"%s"%s,'
        '"elasticsearch.node.name":"es-node-1","elasticsearch.cluster.name":"shop-cluster"}'
        % (ts, lvl, json.dumps(msg), json.dumps(thread), logger, extra or ""))
    L = []
    t = "2026-12-02T09:15:%02d.%03dZ"
    rows = [
        ("INFO", "org.elasticsearch.node.Node", "version[8.11.1], pid[74], build[docker/6f9ff581fbcde658e6f69d6ce03050f060d1fd0c/2023-11-11T10:05:59.421038163Z], OS[Linux/6.1.0/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.1/21.0.1+12-29]"),
        ("INFO", "org.elasticsearch.node.Node", "JVM home [/usr/share/elasticsearch/jdk], using bundled JDK [true]"),
        ("WARN", "org.elasticsearch.common.ssl.DiagnosticTrustManager", "timed out after [10s] waiting for \"é\" certificate; \"quoted\" path"),
        ("INFO", "org.elasticsearch.plugins.PluginsService", "loaded module [x-pack-security]"),
        ("DEBUG", "org.elasticsearch.discovery.PeerFinder", "probing master nodes from cluster state: nodes: \n   {es-node-1}{abc}{127.0.0.1:9300}"),
        ("TRACE", "org.elasticsearch.transport.TransportService", "[1234][indices:data/read/search] sent to [{es-node-2}] (timeout: [null])"),
        ("INFO", "org.elasticsearch.cluster.service.MasterService", "elected-as-master ([1] nodes joined)[FINISH_ELECTION, {es-node-1}{ÿ-node}]"),
        ("WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "high disk watermark [90%] exceeded on [abc][es-node-1][/usr/share/elasticsearch/data] free: 4.1gb[8.9%], shards will be relocated away from this node"),
        ("INFO", "org.elasticsearch.cluster.metadata.MetadataCreateIndexService", "[orders-2026.12] creating index, cause [auto(bulk api)], templates [], shards [1]/[1]"),
        ("INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "current.health=\"GREEN\" message=\"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[orders-2026.12][0]]]).\" previous.health=\"YELLOW\" reason=\"shards started [[orders-2026.12][0]]\""),
    ]
    for i, (lvl, lg, msg) in enumerate(rows):
        L.append(base(t % (1 + i, 100 + i * 7), lvl, lg, msg))
    err = (',"error.type":"org.elasticsearch.index.mapper.DocumentParsingException","error.message":"[1:38] failed to parse field [total] of type [long] in document with id \'7\'. Preview of field\'s value: \'12,50 €\'",'
           '"error.stack_trace":"org.elasticsearch.index.mapper.DocumentParsingException: [1:38] failed to parse field [total]\\n\\tat org.elasticsearch.index.mapper.FieldMapper.parse(FieldMapper.java:220)\\n\\tat org.elasticsearch.index.mapper.DocumentParser.parseObject(DocumentParser.java:300)\\nCaused by: java.lang.NumberFormatException: For input string: \\"12,50 €\\"\\n\\tat java.base/java.lang.Long.parseLong(Long.java:711)\\n"')
    L.append(base("2026-12-02T09:15:20.555Z", "ERROR", "org.elasticsearch.action.bulk.TransportShardBulkAction", "[orders-2026.12][0] failed to execute bulk item (index) index {[orders-2026.12][7], source[{\"total\":\"12,50 €\"}]}", "elasticsearch[es-node-1][write][T#2]", err))
    L.append(base("2026-12-02T09:15:21.001Z", "INFO", "org.elasticsearch.xpack.security.authc.esnative.ReservedRealm", "Authentication of [elastic] was terminated by realm [reserved] - failed to authenticate user [elastic]", "elasticsearch[es-node-1][transport_worker][T#1]"))
    L.append(base("2026-12-02T09:15:22.010Z", "FATAL", "org.elasticsearch.bootstrap.Elasticsearch", "fatal exception while booting Elasticsearch", "main", ',"error.type":"java.lang.IllegalStateException","error.message":"failed to obtain node locks","error.stack_trace":"java.lang.IllegalStateException: failed to obtain node locks, tried [/usr/share/elasticsearch/data]\\n\\tat org.elasticsearch.env.NodeEnvironment.<init>(NodeEnvironment.java:285)\\n"'))
    # ES writes "log.level" padded (%5p) in its ECS layout: "log.level": "INFO" / " WARN"? keep as in the ECS layout: no padding
    L = [l.replace('"log.level":"%5s"' % "", "") for l in L]
    w("elasticsearch8_server.jsonl", L)

# 2. Keycloak 23 (Quarkus) default console: %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n
def keycloak():
    L = []
    def r(ts, lvl, cat, thr, msg, trace=None):
        L.append("2026-12-02 10:0%s %-5s [%s] (%s) %s" % (ts, lvl, cat, thr, msg))
        if trace: L.extend(trace)
    r("0:01,102", "INFO", "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider", "main", "Hostname settings: Base URL: <unset>, Hostname: <request>, Strict HTTPS: false, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: false")
    r("0:02,340", "WARN", "io.quarkus.agroal.runtime.DataSources", "main", "Datasource <default> enables XA but transaction recovery is not enabled. Please enable transaction recovery by setting quarkus.transaction-manager.enable-recovery=true, otherwise data may be lost if the application is terminated abruptly")
    r("0:03,001", "DEBUG", "org.keycloak.services.resources.KeycloakApplication", "main", "bootstrap: realm \"master\" exists")
    r("0:03,555", "INFO", "org.infinispan.CONTAINER", "Thread-5", "ISPN000556: Starting user marshaller 'org.infinispan.jboss.marshalling.core.JBossUserMarshaller'")
    r("0:04,210", "INFO", "org.keycloak.broker.provider.AbstractIdentityProviderMapper", "main", "Registering class org.keycloak.broker.provider.mappersync.ConfigSyncEventListener")
    r("0:05,777", "INFO", "io.quarkus", "main", "Keycloak 23.0.3 on JVM (powered by Quarkus 3.2.9.Final) started in 6.128s. Listening on: http://0.0.0.0:8080")
    r("0:05,778", "INFO", "io.quarkus", "main", "Profile dev activated. ")
    r("0:05,779", "INFO", "io.quarkus", "main", "Installed features: [agroal, cdi, hibernate-orm, jdbc-h2, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, smallrye-context-propagation, vertx]")
    r("0:05,780", "WARN", "org.keycloak.quarkus.runtime.KeycloakMain", "main", "Running the server in development mode. DO NOT use this configuration in production.")
    r("1:12,004", "WARN", "org.keycloak.events", "executor-thread-1", "type=LOGIN_ERROR, realmId=3c5d, clientId=account-console, userId=null, ipAddress=127.0.0.1, error=user_not_found, auth_method=openid-connect, redirect_uri=http://localhost:8080/realms/shop/account/#/, username=zoë.łukasz")
    r("1:13,120", "TRACE", "org.keycloak.authentication.AuthenticationProcessor", "executor-thread-2", "AUTHENTICATE CLIENT")
    r("1:15,400", "ERROR", "org.keycloak.services.error.KeycloakErrorHandler", "executor-thread-3", "Uncaught server error: java.lang.IllegalStateException: payment «declined» for order \"A-17\"", JTRACE)
    r("1:16,002", "INFO", "org.keycloak.services", "executor-thread-1", "KC-SERVICES0077: Created temporary admin user with username admin")
    r("1:17,250", "ERROR", "io.quarkus.vertx.http.runtime.QuarkusErrorHandler", "executor-thread-4", "HTTP Request to /realms/shop/protocol/openid-connect/token failed, error id: 5b1f-1", [
        "org.jboss.resteasy.reactive.common.core.BlockingNotAllowedException: Attempting a blocking read on io thread",
        "\tat org.jboss.resteasy.reactive.server.vertx.VertxInputStream.read(VertxInputStream.java:73)"])
    r("2:00,000", "FATAL", "org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler", "main", "ERROR: Failed to start server in (development) mode")
    r("2:00,001", "INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.044s")
    w("keycloak_quarkus.log", L)

# 3. Spark 3.5 default conf/log4j2.properties.template: %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
def spark():
    L = []
    def r(hms, lvl, c, msg, trace=None):
        L.append("26/12/02 %s %s %s: %s" % (hms, lvl, c, msg))
        if trace: L.extend(trace)
    r("11:00:01", "WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable")
    r("11:00:02", "INFO", "SparkContext", "Running Spark version 3.5.0")
    r("11:00:02", "INFO", "SparkContext", "Submitted application: «orders» \"nightly\" report")
    r("11:00:02", "INFO", "ResourceProfile", "Default ResourceProfile created, executor resources: Map(cores -> name: cores, amount: 1, script: , vendor: , memory -> name: memory, amount: 1024, script: , vendor: ), task resources: Map(cpus -> name: cpus, amount: 1.0)")
    r("11:00:03", "INFO", "SecurityManager", "Changing view acls to: zoë")
    r("11:00:03", "INFO", "Utils", "Successfully started service 'sparkDriver' on port 40123.")
    r("11:00:04", "WARN", "Utils", "Service 'SparkUI' could not bind on port 4040. Attempting port 4041.")
    r("11:00:04", "INFO", "Executor", "Starting executor ID driver on host 10.0.0.5")
    r("11:00:05", "INFO", "DAGScheduler", "Got job 0 (count at report.py:21) with 2 output partitions")
    r("11:00:06", "ERROR", "Executor", "Exception in task 0.0 in stage 1.0 (TID 1)", [
        "java.lang.ArithmeticException: / by zero",
        "\tat org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext(Unknown Source)",
        "\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)"])
    r("11:00:06", "WARN", "TaskSetManager", "Lost task 0.0 in stage 1.0 (TID 1) (10.0.0.5 executor driver): java.lang.ArithmeticException: / by zero", [
        "\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)"])
    r("11:00:06", "ERROR", "TaskSetManager", "Task 0 in stage 1.0 failed 1 times; aborting job")
    r("11:00:07", "INFO", "DAGScheduler", "Job 0 failed: count at report.py:21, took 1.201 s")
    r("11:00:07", "DEBUG", "ContextCleaner", "Got cleaning task CleanBroadcast(0)")
    r("11:00:07", "INFO", "SparkUI", "Stopped Spark web UI at http://10.0.0.5:4041")
    r("11:00:08", "INFO", "ShutdownHookManager", "Deleting directory /tmp/spark-7c9e\tdata")
    r("11:00:08", "INFO", "ShutdownHookManager", "Shutdown hook called")
    w("spark3_log4j2.log", L)

# 4. Jenkins (winstone / JUL through support-log-formatter): yyyy-MM-dd HH:mm:ss.SSSZ [id=N]\tLEVEL\tclass#method: msg
def jenkins():
    L = []
    def r(ts, tid, lvl, src, msg, trace=None):
        L.append("2026-12-02 12:%s+0000 [id=%d]\t%s\t%s: %s" % (ts, tid, lvl, src, msg))
        if trace: L.extend(trace)
    r("00:00.412", 1, "INFO", "winstone.Logger#logInternal", "Beginning extraction from war file")
    r("00:00.530", 1, "WARNING", "o.e.j.s.handler.ContextHandler#setContextPath", "Empty contextPath")
    r("00:00.700", 1, "INFO", "org.eclipse.jetty.server.Server#doStart", "jetty-10.0.18; built: 2023-10-27T01:59:58.245Z; git: 8545fd9bf4cd; jvm 17.0.9+9")
    r("00:01.902", 1, "INFO", "o.e.j.w.StandardDescriptorProcessor#visitServlet", "NO JSP Support for /, did not find org.eclipse.jetty.jsp.JettyJspServlet")
    r("00:02.120", 32, "INFO", "jenkins.InitReactorRunner$1#onAttained", "Started initialization")
    r("00:03.480", 40, "INFO", "jenkins.InitReactorRunner$1#onAttained", "Listed all plugins")
    r("00:05.002", 33, "WARNING", "hudson.PluginManager$PluginCycleDependenciesMonitor#…", "Plugin «blue-ocean» has a \"cycle\"")
    r("00:06.750", 39, "SEVERE", "hudson.PluginWrapper#resolvePluginDependencies", "Failed Loading plugin Pipeline: Groovy v3803.vb_7a_d0a_0d4dd3 (workflow-cps)", [
        "java.io.IOException: Failed to load: Pipeline: Groovy (workflow-cps 3803.vb_7a_d0a_0d4dd3)",
        " - Update required: Pipeline: API (workflow-api 1213) to be updated to 1291 or higher",
        "\tat hudson.PluginWrapper.resolvePluginDependencies(PluginWrapper.java:1077)",
        "\tat hudson.PluginManager$2$1$1.run(PluginManager.java:550)"])
    r("00:08.300", 32, "INFO", "jenkins.InitReactorRunner$1#onAttained", "Completed initialization")
    r("00:08.301", 24, "INFO", "hudson.lifecycle.Lifecycle#onReady", "Jenkins is fully up and running")
    r("01:15.000", 58, "FINE", "hudson.model.Queue#maintain", "Queue maintenance started on hudson.model.Queue@5f1")
    r("01:15.500", 60, "INFO", "hudson.model.Run#execute", "shop-build #42 main completed: FAILURE")
    r("01:16.000", 61, "CONFIG", "jenkins.model.JenkinsLocationConfiguration#load", "Jenkins URL set to https://ci.example/")
    r("01:16.200", 62, "FINER", "hudson.security.csrf.CrumbFilter#doFilter", "Found crumb for user zoë")
    r("01:17.900", 70, "WARNING", "hudson.security.csrf.CrumbFilter#doFilter", "No valid crumb was included in request for /job/shop-build/build by zoë. Returning 403.")
    r("01:20.000", 71, "INFO", "jenkins.model.Jenkins$17#onAttained", "Stopping Jenkins")
    w("jenkins.log", L)

# 5. Serilog Console sink default outputTemplate: [{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}
def serilog_console():
    L = []
    def r(hms, lvl, msg, trace=None):
        L.append("[%s %s] %s" % (hms, lvl, msg))
        if trace: L.extend(trace)
    r("13:00:00", "INF", "Starting web host")
    r("13:00:00", "DBG", "Hosting starting")
    r("13:00:01", "VRB", "Connection id \"0HN1\" accepted.")
    r("13:00:01", "INF", "Now listening on: http://localhost:5000")
    r("13:00:01", "INF", "Application started. Press Ctrl+C to shut down.")
    r("13:00:02", "INF", "Processed {\"Latitude\": 25, \"Longitude\": 134} in 034 ms.")
    r("13:00:02", "INF", "User \"Zoë\" logged in from 127.0.0.1")
    r("13:00:03", "WRN", "Stock low for \"café-au-lait\": 2 left")
    r("13:00:04", "ERR", "Payment failed for order 17", [
        "System.InvalidOperationException: payment «declined»",
        "   at Shop.Payments.Gateway.Charge(Order order) in /src/Shop/Payments/Gateway.cs:line 88",
        "   at Shop.Checkout.Run() in /src/Shop/Checkout.cs:line 41"])
    r("13:00:05", "INF", "Request finished HTTP/1.1 GET http://localhost:5000/api/orders - 200 - application/json;+charset=utf-8 12.3456ms")
    r("13:00:06", "FTL", "Host terminated unexpectedly", [
        "System.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.",
        " ---> System.Net.Sockets.SocketException (98): Address already in use",
        "   at System.Net.Sockets.Socket.Bind(EndPoint localEP)",
        "   --- End of inner exception stack trace ---"])
    r("13:00:06", "INF", "Multi-line message\tfirst line\nsecond line")
    L2 = []
    for l in L: L2.extend(l.split("\n"))
    w("serilog_console.log", L2)

# 6. Fluent Bit's own log (src/flb_log.c): "[%Y/%m/%d %H:%M:%S] [%5s] " then "[component] message"
def fluentbit():
    L = []
    def r(ts, lvl, comp, msg):
        L.append("[2026/12/02 14:%s] [%5s] [%s] %s" % (ts, lvl, comp, msg))
    L.append("Fluent Bit v2.2.2")
    L.append("* Copyright (C) 2015-2024 The Fluent Bit Authors")
    L.append("* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd")
    L.append("* https://fluentbit.io")
    L.append("")
    r("00:00", "info", "fluent bit", "version=2.2.2, commit=eeea396e88, pid=1")
    r("00:00", "info", "storage", "ver=1.5.1, type=memory, sync=normal, checksum=off, max_chunks_up=128")
    r("00:00", "info", "cmetrics", "version=0.6.6")
    r("00:00", "info", "ctraces ", "version=0.4.0")
    r("00:00", "info", "input:tail:tail.0", "initializing")
    r("00:00", "info", "input:tail:tail.0", "storage_strategy='memory' (memory only)")
    r("00:00", "debug", "tail:tail.0", "created event channels: read=21 write=22")
    r("00:00", "info", "output:es:es.0", "worker #0 started")
    r("00:00", "info", "sp", "stream processor started")
    r("00:01", "trace", "input chunk", "update output instances with new chunk size diff=512, records=3, input=tail.0")
    r("00:01", "info", "input:tail:tail.0", "inotify_fs_add(): inode=1234 watch_fd=1 name=/var/log/containers/shop-api-7d9f_default_api-1.log")
    r("00:02", "warn", "input:tail:tail.0", "file=/var/log/app/«old».log cannot be read: Permission denied")
    r("00:03", "error", "output:es:es.0", "HTTP status=400 URI=/_bulk, response:")
    L.append("{\"error\":{\"root_cause\":[{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field [total]\"}]},\"status\":400}")
    L.append("")
    r("00:03", " warn", "engine", "failed to flush chunk '1-1733150583.12345.flb', retry in 9 seconds: task_id=0, input=tail.0 > output=es.0 (out_id=0)")
    r("00:12", "error", "engine", "chunk '1-1733150583.12345.flb' cannot be retried: task_id=0, input=tail.0 > output=es.0")
    r("00:13", "info", "filter:kubernetes:kubernetes.0", "token updated")
    r("00:20", "debug", "out_stdout", "\"zoë\" test record flushed")
    r("00:30", "info", "engine", "caught signal (SIGTERM)")
    r("00:30", " warn", "engine", "service will shutdown in max 5 seconds")
    r("00:30", "info", "input", "pausing tail.0")
    r("00:31", "info", "engine", "service has stopped (0 pending tasks)")
    L = [l.replace("[ warn]", "[ warn]").replace("[  warn]", "[ warn]") for l in L]
    w("fluentbit.log", L)

# 7. OpenTelemetry Collector (zap production config, console encoding): ts\tlevel\tcaller\tmsg[\t{json}]
def otelcol():
    L = []
    def r(ts, lvl, caller, msg, fields=None, stack=None):
        s = "2026-12-02T15:00:%sZ\t%s\t%s\t%s" % (ts, lvl, caller, msg)
        if fields is not None: s += "\t" + json.dumps(fields, ensure_ascii=False).replace('", "', '", "')
        L.append(s)
        if stack: L.extend(stack)
    r("00.101", "info", "service@v0.92.0/telemetry.go:86", "Setting up own telemetry...")
    r("00.102", "info", "service@v0.92.0/telemetry.go:203", "Serving Prometheus metrics", {"address": ":8888", "level": "Basic"})
    r("00.103", "info", "exporter@v0.92.0/exporter.go:275", "Development component. May change in the future.", {"kind": "exporter", "data_type": "traces", "name": "debug"})
    r("00.110", "info", "service@v0.92.0/service.go:143", "Starting otelcol-contrib...", {"Version": "0.92.0", "NumCPU": 2})
    r("00.111", "info", "extensions/extensions.go:34", "Starting extensions...")
    r("00.120", "warn", "internal@v0.92.0/warning.go:40", "Using the 0.0.0.0 address exposes this server to every network interface, which may facilitate Denial of Service attacks", {"kind": "receiver", "name": "otlp", "data_type": "traces", "documentation": "https://github.com/open-telemetry/opentelemetry-collector/blob/main/docs/security-best-practices.md#safeguards-against-denial-of-service-attacks"})
    r("00.121", "info", "otlpreceiver@v0.92.0/otlp.go:102", "Starting GRPC server", {"kind": "receiver", "name": "otlp", "data_type": "traces", "endpoint": "0.0.0.0:4317"})
    r("00.130", "info", "service@v0.92.0/service.go:169", "Everything is ready. Begin running and processing data.")
    r("05.500", "debug", "debugexporter@v0.92.0/traces.go:38", "TracesExporter", {"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 2})
    r("07.800", "warn", "zapgrpc/zapgrpc.go:195", "[core] [Channel #1 SubChannel #2] grpc: addrConn.createTransport failed to connect to {Addr: \"jaeger:4317\", ServerName: \"jaeger:4317\", }. Err: connection error: desc = \"transport: Error while dialing: dial tcp: lookup jaeger on 127.0.0.11:53: no such host\"", {"grpc_log": True})
    r("09.000", "info", "exporterhelper/retry_sender.go:118", "Exporting failed. Will retry the request after interval.", {"kind": "exporter", "data_type": "traces", "name": "otlp", "error": "rpc error: code = Unavailable desc = connection error", "interval": "5.52s"})
    r("15.000", "error", "exporterhelper/common.go:95", "Exporting failed. Dropping data.", {"kind": "exporter", "data_type": "traces", "name": "otlp", "error": "no more retries left: rpc error: code = Unavailable desc = «no» connection", "dropped_items": 5},
      ["go.opentelemetry.io/collector/exporter/exporterhelper.(*baseExporter).send",
       "\tgo.opentelemetry.io/collector/exporter@v0.92.0/exporterhelper/common.go:95",
       "go.opentelemetry.io/collector/exporter/exporterhelper.NewTracesExporter.func1",
       "\tgo.opentelemetry.io/collector/exporter@v0.92.0/exporterhelper/traces.go:99"])
    r("20.000", "info", "otelcol@v0.92.0/collector.go:258", "Received signal from OS", {"signal": "terminated"})
    r("20.001", "info", "service@v0.92.0/service.go:179", "Starting shutdown...")
    r("20.010", "info", "service@v0.92.0/service.go:193", "Shutdown complete.")
    w("otelcol_console.log", L)

if __name__ == "__main__":
    es8(); keycloak(); spark(); jenkins(); serilog_console(); fluentbit(); otelcol()
