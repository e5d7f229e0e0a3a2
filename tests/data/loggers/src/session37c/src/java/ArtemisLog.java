// Writes out/artemis.log with the real Log4j 2.19 PatternLayout (Debian liblog4j2-java) configured as Apache
// ActiveMQ Artemis 2.27+ configures its broker log (etc/log4j2.properties:
// appender.log_file.layout.pattern = %d %-5level [%logger] %msg%n, RollingFile log/artemis.log).
// Artemis itself is not packaged in Debian: the records (loggers, AMQ message ids and texts) are composed after
// Artemis's logging documentation and its message bundles (ActiveMQServerLogger etc.); times are fixed.
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;

public class ArtemisLog {
    static PatternLayout layout;
    static FileOutputStream out;
    static long t0 = Instant.parse("2026-12-04T08:15:02.000Z").toEpochMilli();

    static void log(long off, Level level, String logger, String thread, String msg, Throwable t) throws Exception {
        Log4jLogEvent e = Log4jLogEvent.newBuilder().setTimeMillis(t0 + off).setLevel(level).setLoggerName(logger)
            .setThreadName(thread).setMessage(new SimpleMessage(msg)).setThrown(t).build();
        out.write(layout.toByteArray(e));
    }

    static StackTraceElement f(String cls, String m, String file, int line) {
        return new StackTraceElement(cls, m, file, line);
    }

    public static void main(String[] args) throws Exception {
        layout = PatternLayout.newBuilder().withPattern("%d %-5level [%logger] %msg%n").withCharset(StandardCharsets.UTF_8).build();
        out = new FileOutputStream(args[0]);
        String S = "org.apache.activemq.artemis.core.server", M = "main";
        log(0, Level.INFO, "org.apache.activemq.artemis.integration.bootstrap", M, "AMQ101000: Starting ActiveMQ Artemis Server version 2.31.2", null);
        log(388, Level.INFO, S, M, "AMQ221000: Primary message broker is starting with configuration Broker Configuration (clustered=false,journalDirectory=data/journal,bindingsDirectory=data/bindings,largeMessagesDirectory=data/large-messages,pagingDirectory=data/paging)", null);
        log(402, Level.INFO, S, M, "AMQ221013: Using NIO Journal", null);
        log(466, Level.INFO, S, M, "AMQ221057: Global Max Size is being adjusted to 1/2 of the JVM max size (-Xmx). being defined as 1073741824", null);
        log(502, Level.INFO, S, M, "AMQ221043: Protocol module found: [artemis-server]. Adding protocol support for: CORE", null);
        log(504, Level.INFO, S, M, "AMQ221043: Protocol module found: [artemis-amqp-protocol]. Adding protocol support for: AMQP", null);
        log(506, Level.INFO, S, M, "AMQ221043: Protocol module found: [artemis-openwire-protocol]. Adding protocol support for: OPENWIRE", null);
        log(688, Level.WARN, S, M, "AMQ222301: Duplicate address-setting match found: #. These settings will be ignored! Please review your broker.xml and consolidate any duplicate address-setting elements.", null);
        log(741, Level.INFO, S, M, "AMQ221003: Deploying ANYCAST queue DLQ on address DLQ", null);
        log(745, Level.INFO, S, M, "AMQ221003: Deploying ANYCAST queue ExpiryQueue on address ExpiryQueue", null);
        log(749, Level.INFO, S, M, "AMQ221003: Deploying ANYCAST queue commandes.été on address commandes.été", null);
        log(752, Level.INFO, S, M, "AMQ221003: Deploying MULTICAST queue 注文.監査 on address 注文", null);
        log(1010, Level.INFO, S, M, "AMQ221020: Started EPOLL Acceptor at 0.0.0.0:61616 for protocols [CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE]", null);
        log(1013, Level.INFO, S, M, "AMQ221020: Started EPOLL Acceptor at 0.0.0.0:5672 for protocols [AMQP]", null);
        log(1019, Level.INFO, S, M, "AMQ221007: Server is now active", null);
        log(1620, Level.INFO, "org.apache.activemq.artemis", "main", "AMQ241001: HTTP Server started at http://localhost:8161", null);
        log(1621, Level.INFO, "org.apache.activemq.artemis", "main", "AMQ241002: Artemis Jolokia REST API available at http://localhost:8161/console/jolokia", null);
        log(1621, Level.INFO, "org.apache.activemq.artemis", "main", "AMQ241004: Artemis Console available at http://localhost:8161/console", null);
        log(1800000, Level.INFO, S, "Thread-3 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@1c2c22f3)",
            "AMQ221048: Consumer 3a1f9c2d-b1e0-11ef-8f4c-0242ac120002:0 attached to queue 'commandes.été' from /192.0.2.41:50412 identified as 'slow.' Expected consumption rate: 10.0 msgs/second; actual consumption rate: 0.27 msgs/second.", null);
        log(2400000, Level.WARN, S, "Thread-7 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@1c2c22f3)",
            "AMQ222289: Did not route to any matching bindings on dead-letter-address DLQ and auto-create-dead-letter-resources is true; dropping message: CoreMessage[messageID=2147,durable=true,userID=5b0f1c2e-b1e3-11ef-9a11-0242ac120002,priority=4, timestamp=Fri Dec 04 08:55:02 UTC 2026,expiration=0, durable=true, address=orders]", null);
        Throwable ex = new IllegalStateException("AMQ229027: Could not find reference on consumer ID=0, messageId = 2150 queue = commandes.été");
        ex.setStackTrace(new StackTraceElement[] {
            f("org.apache.activemq.artemis.core.server.impl.ServerConsumerImpl", "individualAcknowledge", "ServerConsumerImpl.java", 1086),
            f("org.apache.activemq.artemis.core.server.impl.ServerSessionImpl", "individualAcknowledge", "ServerSessionImpl.java", 1316),
            f("org.apache.activemq.artemis.core.protocol.core.ServerSessionPacketHandler", "slowPacketHandler", "ServerSessionPacketHandler.java", 416),
            f("org.apache.activemq.artemis.utils.actors.OrderedExecutor", "doTask", "OrderedExecutor.java", 57),
            f("org.apache.activemq.artemis.utils.actors.ProcessorBase", "executePendingTasks", "ProcessorBase.java", 68),
            f("java.util.concurrent.ThreadPoolExecutor", "runWorker", "ThreadPoolExecutor.java", 1136),
            f("java.lang.Thread", "run", "Thread.java", 840)});
        log(2401500, Level.ERROR, S, "Thread-9 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@1c2c22f3)",
            "AMQ224016: Caught exception", ex);
        log(2460000, Level.WARN, "org.apache.activemq.artemis.core.client", "Thread-2 (ActiveMQ-scheduled-threads)",
            "AMQ212037: Connection failure to /192.0.2.41:50412 has been detected: AMQ229014: Did not receive data from /192.0.2.41:50412 within the 60000ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]", null);
        log(7200000, Level.DEBUG, S, "Thread-0 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@1c2c22f3)",
            "AMQ223000: Received Interrupt Exception whilst waiting for component to shutdown: org.apache.activemq.artemis.core.server.impl.QueueImpl", null);
        log(7200120, Level.INFO, S, "Thread-0 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@1c2c22f3)",
            "AMQ221002: Apache ActiveMQ Artemis Message Broker version 2.31.2 [8b8f0a1e-d2c4-11ef-9c1a-0242ac120002] stopped, uptime 2 hours", null);
        out.close();
    }
}
