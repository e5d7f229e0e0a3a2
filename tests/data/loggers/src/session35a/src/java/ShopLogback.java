import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Shop activity through SLF4J and logback; the layout comes from -Dlogback.configurationFile. */
public class ShopLogback {
    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger("shop.http");
        Logger db = LoggerFactory.getLogger("shop.db");
        log.info("shop starting, version {}", "1.4.2");
        log.debug("config loaded: port={} workers={}", 8080, 4);
        for (int i = 0; i < Shop.CUSTOMERS.length; i++) {
            MDC.put("requestId", "req-" + (1001 + i));
            MDC.put("customer", Shop.CUSTOMERS[i]);
            log.info("GET /orders/{} 200 customer={}", 1001 + i, Shop.CUSTOMERS[i]);
            db.trace("SELECT * FROM orders WHERE id={}", 1001 + i);
        }
        MDC.clear();
        log.warn(Shop.WARN);
        MDC.put("requestId", "req-1006");
        log.error("POST /checkout failed for order {}", 1006, Shop.failure());
        MDC.clear();
        log.info(Shop.MULTI);
        log.info(Shop.CDATA_END);
        log.info(Shop.CONTROL);
        log.error("database connection lost, shutting down");
        log.info("shop stopped");
        ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }
}
