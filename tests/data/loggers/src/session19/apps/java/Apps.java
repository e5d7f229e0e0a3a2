import java.util.concurrent.*;

public class Apps {
    static void sleep(int ms) { try { Thread.sleep(ms); } catch (InterruptedException e) {} }

    static Exception boom() {
        try { throw new IllegalStateException("Connection to node 2 (broker-2/10.0.0.12:9092) could not be established"); }
        catch (Exception e) { return new RuntimeException("Failed to send request to broker 2", e); }
    }

    static void kafka() throws Exception {
        org.apache.log4j.Logger srv = org.apache.log4j.Logger.getLogger("kafka.server.KafkaServer");
        org.apache.log4j.Logger cfg = org.apache.log4j.Logger.getLogger("kafka.server.KafkaConfig");
        org.apache.log4j.Logger log = org.apache.log4j.Logger.getLogger("kafka.log.LogManager");
        org.apache.log4j.Logger rm = org.apache.log4j.Logger.getLogger("kafka.server.ReplicaManager");
        org.apache.log4j.Logger ctl = org.apache.log4j.Logger.getLogger("kafka.controller.KafkaController");
        org.apache.log4j.Logger net = org.apache.log4j.Logger.getLogger("org.apache.kafka.clients.NetworkClient");
        org.apache.log4j.Logger coord = org.apache.log4j.Logger.getLogger("kafka.coordinator.group.GroupCoordinator");
        srv.info("[KafkaServer id=0] starting");
        cfg.info("KafkaConfig values: \n\tadvertised.listeners = PLAINTEXT://broker-0:9092\n\tbroker.id = 0\n\tlog.dirs = /var/lib/kafka/data");
        log.trace("Scanning log directory /var/lib/kafka/data for 148 partitions");
        log.debug("Loading log orders-3 from /var/lib/kafka/data/orders-3");
        log.info("Loaded 148 logs in 1204ms.");
        srv.info("[KafkaServer id=0] started");
        rm.info("[ReplicaManager broker=0] Shrinking ISR for partition orders-3 from 0,1,2 to 0,1");
        ctl.warn("[Controller id=0] Broker 2 is not alive; marking 17 partitions offline");
        net.warn("[Controller id=0, targetBrokerId=2] Connection to node 2 (broker-2/10.0.0.12:9092) could not be established. Broker may not be available.");
        coord.info("[GroupCoordinator 0]: Member consumer-checkout-1-6f1c2b7e in group \"checkout\" has left, removing it from the group");
        coord.info("[GroupCoordinator 0]: Preparing to rebalance group checkout in state PreparingRebalance with old generation 41 (__consumer_offsets-12) (reason: Zoë Łukasz-Søren's consumer left)");
        ctl.error("[Controller id=0] Error while processing broker change for broker 2", boom());
        rm.info("[ReplicaManager broker=0] Removed 17 fetchers for partitions orders-0,orders-1");
        srv.fatal("[KafkaServer id=0] Fatal error during KafkaServer startup. Prepare to shutdown", new java.io.IOException("No space left on device"));
        srv.info("[KafkaServer id=0] shutting down");
        srv.info("[KafkaServer id=0] shut down completed");
    }

    static void spring() throws Exception {
        org.slf4j.Logger app = org.slf4j.LoggerFactory.getLogger("com.example.shop.ShopApplication");
        org.slf4j.Logger tws = org.slf4j.LoggerFactory.getLogger("org.springframework.boot.web.embedded.tomcat.TomcatWebServer");
        org.slf4j.Logger svc = org.slf4j.LoggerFactory.getLogger("org.apache.catalina.core.StandardService");
        org.slf4j.Logger ctx = org.slf4j.LoggerFactory.getLogger("org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]");
        org.slf4j.Logger orders = org.slf4j.LoggerFactory.getLogger("com.example.shop.orders.OrderController");
        org.slf4j.Logger pay = org.slf4j.LoggerFactory.getLogger("com.example.shop.payments.PaymentGatewayClient");
        org.slf4j.Logger disp = org.slf4j.LoggerFactory.getLogger("org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]");
        org.slf4j.Logger hik = org.slf4j.LoggerFactory.getLogger("com.zaxxer.hikari.HikariDataSource");
        app.info("Starting ShopApplication v1.4.2 using Java 17.0.15 with PID 4242 (/opt/shop/shop.jar started by shop in /opt/shop)");
        app.debug("Running with Spring Boot v3.4.1, Spring v6.2.1");
        app.info("No active profile set, falling back to 1 default profile: \"default\"");
        tws.info("Tomcat initialized with port 8080 (http)");
        svc.info("Starting service [Tomcat]");
        ctx.info("Initializing Spring embedded WebApplicationContext");
        hik.info("HikariPool-1 - Starting...");
        hik.info("HikariPool-1 - Start completed.");
        tws.info("Tomcat started on port 8080 (http) with context path '/'");
        app.info("Started ShopApplication in 3.482 seconds (process running for 3.911)");
        Thread t = new Thread(() -> {
            orders.trace("GET /api/orders/100234 matched OrderController#get(Long)");
            orders.info("Order 100234 accepted: total=59.90 EUR items=3");
            orders.info("User Zoë Łukasz-Søren logged in from München");
            orders.info("日本語のメッセージ: 注文を受け付けました");
            pay.warn("Payment gateway latency 1840ms exceeds budget 1000ms for order 100235");
            pay.error("Charge failed for order 100236: \"card_declined\" (code 402)");
            disp.error("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception", boom());
        }, "http-nio-8080-exec-1");
        t.start(); t.join();
        Thread t2 = new Thread(() -> {
            app.info("Commencing graceful shutdown. Waiting for active requests to complete");
            hik.info("HikariPool-1 - Shutdown completed.");
        }, "SpringApplicationShutdownHook");
        t2.start(); t2.join();
    }

    public static void main(String[] a) throws Exception {
        if (a[0].equals("kafka")) kafka(); else spring();
    }
}
