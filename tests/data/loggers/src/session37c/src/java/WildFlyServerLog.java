// Writes out/wildfly_server.log with the real JBoss LogManager 2.1.18 (Debian libjboss-logmanager-java),
// the library WildFly's logging subsystem is built on, using WildFly's default server.log handler setup
// (standalone.xml: periodic-rotating-file-handler "FILE" with the named formatter PATTERN =
// "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n", UTF-8).
// The records themselves (categories, thread names, WFLY* messages) are composed after WildFly's documentation
// and its usual boot sequence; their times are fixed (2026-12-04, UTC) so the file is reproducible.
import java.time.Instant;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.FileHandler;

public class WildFlyServerLog {
    static FileHandler handler;
    static long t0 = Instant.parse("2026-12-04T09:58:10.000Z").toEpochMilli();

    static void log(long offsetMs, Level level, String category, String thread, String msg, Throwable t) {
        ExtLogRecord r = new ExtLogRecord(level, msg, ExtLogRecord.FormatStyle.NO_FORMAT, WildFlyServerLog.class.getName());
        r.setLoggerName(category);
        r.setMillis(t0 + offsetMs);
        r.setThreadName(thread);
        r.disableCallerCalculation();
        if (t != null) r.setThrown(t);
        handler.publish(r);
    }

    static StackTraceElement f(String loader, String cls, String method, String file, int line) {
        return new StackTraceElement(loader, null, null, cls, method, file, line);
    }

    static StackTraceElement jdk(String cls, String method, String file, int line) {
        return new StackTraceElement(null, "java.base", null, cls, method, file, line);
    }

    public static void main(String[] args) throws Exception {
        handler = new FileHandler();
        handler.setAutoFlush(true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new PatternFormatter("%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n"));
        handler.setAppend(false);
        handler.setFileName(args[0]);
        org.jboss.logmanager.Level INFO = org.jboss.logmanager.Level.INFO, WARN = org.jboss.logmanager.Level.WARN,
            ERROR = org.jboss.logmanager.Level.ERROR, FATAL = org.jboss.logmanager.Level.FATAL,
            DEBUG = org.jboss.logmanager.Level.DEBUG, TRACE = org.jboss.logmanager.Level.TRACE;
        String MSC2 = "MSC service thread 1-2", BOOT = "Controller Boot Thread";
        String V = "WildFly Full 30.0.1.Final (WildFly Core 22.0.2.Final)";

        // first boot: the datasource expression cannot be resolved, the server gives up
        log(0, INFO, "org.jboss.modules", "main", "JBoss Modules version 2.1.2.Final", null);
        log(431, INFO, "org.jboss.msc", "main", "JBoss MSC version 1.5.2.Final", null);
        log(440, INFO, "org.jboss.threads", "main", "JBoss Threads version 2.4.0.Final", null);
        log(579, INFO, "org.jboss.as", MSC2, "WFLYSRV0049: " + V + " starting", null);
        log(1704, ERROR, "org.jboss.as.controller.management-operation", BOOT,
            "WFLYCTL0013: Operation (\"add\") failed - address: ([\n    (\"subsystem\" => \"datasources\"),\n    (\"data-source\" => \"ShopDS\")\n]) - failure description: \"WFLYCTL0211: Cannot resolve expression '${env.SHOP_DB_URL}'\"", null);
        log(1711, FATAL, "org.jboss.as.server", BOOT,
            "WFLYSRV0056: Server boot has failed in an unrecoverable manner; exiting. See previous messages for details.", null);
        log(1730, INFO, "org.jboss.as.server", "Thread-2", "WFLYSRV0220: Server shutdown has been requested via an OS signal", null);
        log(1762, INFO, "org.jboss.as", MSC2, "WFLYSRV0050: " + V + " stopped in 25ms", null);

        // second boot, after the environment was fixed
        long b = 110000;
        log(b + 0, INFO, "org.jboss.modules", "main", "JBoss Modules version 2.1.2.Final", null);
        log(b + 402, INFO, "org.jboss.msc", "main", "JBoss MSC version 1.5.2.Final", null);
        log(b + 411, INFO, "org.jboss.threads", "main", "JBoss Threads version 2.4.0.Final", null);
        log(b + 560, INFO, "org.jboss.as", MSC2, "WFLYSRV0049: " + V + " starting", null);
        log(b + 563, DEBUG, "org.jboss.as.config", MSC2,
            "Configured system properties:\n\t[Standalone] = \n\tfile.encoding = UTF-8\n\tjava.version = 17.0.15\n"
            + "\tjboss.home.dir = /opt/wildfly\n\tjboss.server.log.dir = /opt/wildfly/standalone/log\n"
            + "\tshop.greeting = Grüß Gott, Zoë\n\tuser.language = en", null);
        log(b + 564, DEBUG, "org.jboss.as.config", MSC2,
            "VM Arguments: -D[Standalone] -Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m "
            + "-Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true "
            + "--add-exports=java.desktop/sun.awt=ALL-UNNAMED --add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED "
            + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED "
            + "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED "
            + "--add-opens=java.base/java.security=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED "
            + "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.management/javax.management=ALL-UNNAMED "
            + "--add-opens=java.naming/javax.naming=ALL-UNNAMED -Dorg.jboss.boot.log.file=/opt/wildfly/standalone/log/server.log "
            + "-Dlogging.configuration=file:/opt/wildfly/standalone/configuration/logging.properties", null);
        log(b + 1290, INFO, "org.wildfly.security", "ServerService Thread Pool -- 26", "ELY00001: WildFly Elytron version 2.2.2.Final", null);
        log(b + 1668, INFO, "org.jboss.as.server", BOOT, "WFLYSRV0039: Creating http management service using socket-binding (management-http)", null);
        log(b + 1689, INFO, "org.xnio", "MSC service thread 1-4", "XNIO version 3.8.11.Final", null);
        log(b + 1700, INFO, "org.xnio.nio", "MSC service thread 1-4", "XNIO NIO Implementation Version 3.8.11.Final", null);
        log(b + 1745, WARN, "org.jboss.as.txn", "ServerService Thread Pool -- 76",
            "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique.", null);
        log(b + 1811, INFO, "org.jboss.as.connector.subsystems.datasources", "ServerService Thread Pool -- 45",
            "WFLYJCA0004: Deploying JDBC-compliant driver class org.postgresql.Driver (version 42.7)", null);
        log(b + 2070, INFO, "org.wildfly.extension.undertow", "MSC service thread 1-3", "WFLYUT0003: Undertow 2.3.10.Final starting", null);
        log(b + 2448, INFO, "org.wildfly.extension.undertow", "MSC service thread 1-1",
            "WFLYUT0006: Undertow HTTP listener default listening on 0.0.0.0:8080", null);
        log(b + 2539, INFO, "org.jboss.as.connector.subsystems.datasources", MSC2,
            "WFLYJCA0001: Bound data source [java:jboss/datasources/ShopDS]", null);
        log(b + 2727, INFO, "org.jboss.as.server.deployment.scanner", "MSC service thread 1-4",
            "WFLYDS0013: Started FileSystemDeploymentService for directory /opt/wildfly/standalone/deployments", null);
        log(b + 2738, INFO, "org.jboss.as.server.deployment", "MSC service thread 1-3",
            "WFLYSRV0027: Starting deployment of \"shop.war\" (runtime-name: \"shop.war\")", null);
        log(b + 2741, TRACE, "org.jboss.as.server.deployment", "MSC service thread 1-3",
            "Starting phase STRUCTURE for deployment \"shop.war\"", null);
        log(b + 3790, INFO, "org.wildfly.extension.undertow", "ServerService Thread Pool -- 80",
            "WFLYUT0021: Registered web context: '/shop' for server 'default-server'", null);
        log(b + 3843, INFO, "org.jboss.as.server", "ServerService Thread Pool -- 45",
            "WFLYSRV0010: Deployed \"shop.war\" (runtime-name : \"shop.war\")", null);
        log(b + 3890, INFO, "org.jboss.as.server", BOOT, "WFLYSRV0212: Resuming server", null);
        log(b + 3894, INFO, "org.jboss.as", BOOT, "WFLYSRV0060: Http management interface listening on http://127.0.0.1:9990/management", null);
        log(b + 3894, INFO, "org.jboss.as", BOOT, "WFLYSRV0051: Admin console listening on http://127.0.0.1:9990", null);
        log(b + 3896, INFO, "org.jboss.as", BOOT,
            "WFLYSRV0025: " + V + " started in 3890ms - Started 298 of 517 services (317 services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml", null);

        // traffic
        long c = 600000;
        log(c + 12, INFO, "com.example.shop.CheckoutResource", "default task-3", "Bestellung 4711 für Zoë bestätigt – 東京", null);
        log(c + 18, DEBUG, "com.example.shop.CheckoutResource", "default task-3", "cart=[sku=A-1\tqty=2, sku=\"B-2\" qty=1]", null);
        Throwable npe = new NullPointerException("Cannot invoke \"com.example.shop.Cart.items()\" because \"cart\" is null");
        npe.setStackTrace(new StackTraceElement[] {
            f("deployment.shop.war", "com.example.shop.CheckoutResource", "checkout", "CheckoutResource.java", 57),
            jdk("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", "DirectMethodHandleAccessor.java", 104),
            jdk("java.lang.reflect.Method", "invoke", "Method.java", 578),
            f("org.jboss.resteasy.resteasy-core@6.2.6.Final", "org.jboss.resteasy.core.MethodInjectorImpl", "invoke", "MethodInjectorImpl.java", 154),
            f("io.undertow.servlet@2.3.10.Final", "io.undertow.servlet.handlers.ServletHandler", "handleRequest", "ServletHandler.java", 74),
            f("io.undertow.core@2.3.10.Final", "io.undertow.server.Connectors", "executeRootHandler", "Connectors.java", 393),
            f("org.jboss.threads@2.4.0.Final", "org.jboss.threads.EnhancedQueueExecutor$ThreadBody", "run", "EnhancedQueueExecutor.java", 1513),
            jdk("java.lang.Thread", "run", "Thread.java", 840)});
        log(c + 240, ERROR, "io.undertow.request", "default task-5", "UT005023: Exception handling request to /shop/api/checkout", npe);
        Throwable sql = new java.sql.SQLException("IJ031084: Unable to create connection");
        Throwable cause = new java.net.ConnectException("Connection refused");
        cause.setStackTrace(new StackTraceElement[] {
            jdk("sun.nio.ch.Net", "pollConnect", "Native Method", -2),
            jdk("sun.nio.ch.NioSocketImpl", "connect", "NioSocketImpl.java", 592),
            f("org.postgresql.jdbc", "org.postgresql.core.PGStream", "createSocket", "PGStream.java", 243)});
        sql.initCause(cause);
        sql.setStackTrace(new StackTraceElement[] {
            f("org.jboss.ironjacamar.jdbcadapters@3.0.5.Final", "org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory", "createLocalManagedConnection", "LocalManagedConnectionFactory.java", 345),
            f("org.jboss.ironjacamar.impl@3.0.5.Final", "org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool", "createConnectionEventListener", "SemaphoreConcurrentLinkedDequeManagedConnectionPool.java", 1328),
            jdk("java.lang.Thread", "run", "Thread.java", 840)});
        log(c + 9012, WARN, "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "default task-7",
            "IJ000604: Throwable while attempting to get a new connection: null", sql);
        log(c + 9013, ERROR, "org.jboss.as.ejb3.invocation", "default task-7",
            "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component OrderService for method public void com.example.shop.OrderService.place(com.example.shop.Order)", null);
        log(c + 300000, WARN, "com.arjuna.ats.arjuna", "Transaction Reaper",
            "ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff7f000101:-5c1b3f2e:6750a1c2:2f in state  RUN", null);
        log(c + 300007, WARN, "com.arjuna.ats.arjuna", "Transaction Reaper Worker 0",
            "ARJUNA012095: Abort of action id 0:ffff7f000101:-5c1b3f2e:6750a1c2:2f invoked while multiple threads active within it.", null);
        log(c + 300011, WARN, "com.arjuna.ats.arjuna", "Transaction Reaper Worker 0",
            "ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX 0:ffff7f000101:-5c1b3f2e:6750a1c2:2f", null);
        log(c + 600000, INFO, "org.jboss.as.server", "Thread-2", "WFLYSRV0220: Server shutdown has been requested via an OS signal", null);
        log(c + 600021, INFO, "org.wildfly.extension.undertow", "ServerService Thread Pool -- 83",
            "WFLYUT0022: Unregistered web context: '/shop' from server 'default-server'", null);
        log(c + 600074, INFO, "org.jboss.as.server.deployment", "MSC service thread 1-1",
            "WFLYSRV0028: Stopped deployment shop.war (runtime-name: shop.war) in 52ms", null);
        log(c + 600080, INFO, "org.jboss.as", MSC2, "WFLYSRV0050: " + V + " stopped in 58ms", null);
        handler.close();
    }
}
